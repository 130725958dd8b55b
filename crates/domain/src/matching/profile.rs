//! [`MatchProfile`]: what a coach knows about a resident that matters for matching, next
//! to what the resident record already holds (address, availability, languages).

use serde::{Deserialize, Serialize};

use super::{DemandLevel, Indication, OccupationRef, SupportKind};
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{MatchProfileId, ResidentId, WorkplaceId};
use crate::validate::fields::Collector;

/// Longest travel distance a resident can set, in km (the Netherlands is about 300 km long).
pub const MAX_TRAVEL_KM: i64 = 300;
/// Longest travel time a coach can enter for one workplace, in minutes.
const MAX_TRAVEL_MINUTES: i64 = 300;

/// The coach's work-related picture of a resident (zoekprofiel): wished and known
/// occupations, an indication from UWV, and how much the resident can carry at work
/// (belastbaarheid) as observed for work.
///
/// This holds no diagnoses or medical data: capacities are levels a coach sees at work
/// ("licht lichamelijk werk"), and support is what helps at the workplace. Health data
/// stays in a [`HealthRecord`](crate::HealthRecord), with its own access rules. One profile
/// per resident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct MatchProfile {
    /// The profile's id.
    pub id: MatchProfileId,
    /// Whose profile.
    pub resident_id: ResidentId,
    /// Occupations the resident would like to do.
    pub wished_occupations: Vec<OccupationRef>,
    /// Occupations the resident has done.
    pub experience_occupations: Vec<OccupationRef>,
    /// An indication from UWV, if the resident has one.
    pub indication: Option<Indication>,
    /// How much physical work the resident can do now.
    pub physical_capacity: DemandLevel,
    /// How much mental load the resident can carry now.
    pub mental_capacity: DemandLevel,
    /// Support the resident needs at work.
    pub support_needed: Vec<SupportKind>,
    /// Furthest the resident can or wants to travel, in km; none: no limit set.
    pub max_travel_km: Option<u16>,
    /// Travel times the coach knows better than the distance (no direct bus, a lift from
    /// family); they replace the distance for that workplace.
    pub travel_overrides: Vec<TravelOverride>,
}

/// The real travel time from the resident to one workplace, entered by the coach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct TravelOverride {
    /// The workplace.
    pub workplace_id: WorkplaceId,
    /// One-way travel time in minutes (1 to 300).
    pub minutes: u16,
}

impl MatchProfile {
    /// An empty profile: no occupations, light work, no support, no limits.
    pub fn new(id: MatchProfileId, resident_id: ResidentId) -> Self {
        Self {
            id,
            resident_id,
            wished_occupations: Vec::new(),
            experience_occupations: Vec::new(),
            indication: None,
            physical_capacity: DemandLevel::Licht,
            mental_capacity: DemandLevel::Licht,
            support_needed: Vec::new(),
            max_travel_km: None,
            travel_overrides: Vec::new(),
        }
    }

    /// Checks the occupations (label, 4-digit ISCO group), the travel limit (1 to 300 km),
    /// the travel times (1 to 300 minutes) and that a workplace has one travel time only.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        for (i, o) in self.wished_occupations.iter().enumerate() {
            o.check(&format!("wished_occupations[{i}]"), &mut c);
        }
        for (i, o) in self.experience_occupations.iter().enumerate() {
            o.check(&format!("experience_occupations[{i}]"), &mut c);
        }
        if let Some(km) = self.max_travel_km {
            check_range(&mut c, "max_travel_km", km, MAX_TRAVEL_KM);
        }
        for (i, t) in self.travel_overrides.iter().enumerate() {
            check_range(
                &mut c,
                &format!("travel_overrides[{i}].minutes"),
                t.minutes,
                MAX_TRAVEL_MINUTES,
            );
            let earlier = &self.travel_overrides[..i];
            if earlier.iter().any(|e| e.workplace_id == t.workplace_id) {
                // Two times for one workplace: which one counts would be a guess.
                c.push(
                    &format!("travel_overrides[{i}].workplace_id"),
                    ValidationError::InvalidChoice,
                );
            }
        }
        c.finish()
    }
}

fn check_range(c: &mut Collector, field: &str, value: u16, max: i64) {
    if !(1..=max).contains(&i64::from(value)) {
        c.push(field, ValidationError::OutOfRange { min: 1, max });
    }
}
