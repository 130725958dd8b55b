//! The facts the engine scores on, taken from the records once: small, mostly numeric
//! values (bit sets for days and support, ISCO codes as numbers), so scoring one pair
//! allocates nothing and touches little memory.

use chrono::Weekday;
use uuid::Uuid;

use super::distance::pc4;
use super::profile::{MatchProfile, TravelOverride};
use super::workplace::{Workplace, WorkplaceKind};
use super::{DemandLevel, Indication, OccupationRef, SupportKind};
use crate::ids::{EmployerId, ResidentId, WorkplaceId};
use crate::resident::{LanguageLevel, LanguageSkill, Resident};

/// A set of weekdays as bits (Monday is bit 0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct DaySet(u8);

impl DaySet {
    /// The set of `days`.
    pub fn of(days: &[Weekday]) -> Self {
        Self(
            days.iter()
                .fold(0, |bits, d| bits | 1 << d.num_days_from_monday()),
        )
    }

    /// How many days.
    pub fn len(self) -> u8 {
        // At most 7 bits are ever set.
        self.0.count_ones() as u8
    }

    /// True when no day is in the set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The days in both sets.
    pub fn and(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

/// A set of [`SupportKind`]s as bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SupportSet(u16);

impl SupportSet {
    /// The set of `kinds`.
    pub fn of(kinds: &[SupportKind]) -> Self {
        Self(kinds.iter().fold(0, |bits, k| bits | 1 << (*k as u16)))
    }

    /// How many kinds.
    pub fn len(self) -> u8 {
        // SupportKind has fewer than 16 variants.
        self.0.count_ones() as u8
    }

    /// True when the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The kinds in both sets.
    pub fn and(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }

    /// True when `kind` is in the set.
    pub fn contains(self, kind: SupportKind) -> bool {
        self.0 & (1 << (kind as u16)) != 0
    }
}

/// An occupation as the engine compares it: the ESCO id and the ISCO unit group number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OccupationKey {
    /// The ESCO occupation's UUID.
    pub id: Uuid,
    /// The ISCO-08 unit group (8344); none when the stored code is not 4 digits.
    pub isco: Option<u16>,
}

impl From<&OccupationRef> for OccupationKey {
    fn from(o: &OccupationRef) -> Self {
        Self {
            id: o.id,
            isco: o.isco_code(),
        }
    }
}

/// The level of Dutch in a resident's languages: the highest level given for "Nederlands"
/// or "Dutch" (case and spaces ignored); a native speaker counts as the highest level.
pub fn dutch_level(languages: &[LanguageSkill]) -> Option<LanguageLevel> {
    languages
        .iter()
        .filter(|l| {
            let name = l.language.trim();
            ["nederlands", "dutch", "nl"]
                .iter()
                .any(|n| name.eq_ignore_ascii_case(n))
        })
        .map(|l| l.level)
        .max_by_key(|l| level_rank(*l))
}

/// A language level as a number to compare: A1 = 1 ... C2 = 6, native = 7.
pub(crate) fn level_rank(level: LanguageLevel) -> u8 {
    match level {
        LanguageLevel::A1 => 1,
        LanguageLevel::A2 => 2,
        LanguageLevel::B1 => 3,
        LanguageLevel::B2 => 4,
        LanguageLevel::C1 => 5,
        LanguageLevel::C2 => 6,
        LanguageLevel::Native => 7,
    }
}

/// What the engine knows about a resident: from the resident record (address,
/// availability, languages) and the coach's [`MatchProfile`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResidentFacts {
    /// The resident.
    pub resident_id: ResidentId,
    /// The PC4 area of the home address.
    pub pc4: u16,
    /// Hours a week the resident can work; none when not recorded.
    pub hours_per_week: Option<u8>,
    /// Days the resident can work; none when not recorded.
    pub days: Option<DaySet>,
    /// Level of Dutch; none when not recorded.
    pub dutch: Option<LanguageLevel>,
    /// Wished occupations.
    pub wished: Vec<OccupationKey>,
    /// Occupations done before.
    pub experience: Vec<OccupationKey>,
    /// UWV indication, if any.
    pub indication: Option<Indication>,
    /// Physical capacity.
    pub physical_capacity: DemandLevel,
    /// Mental capacity.
    pub mental_capacity: DemandLevel,
    /// Support needed at work.
    pub support_needed: SupportSet,
    /// Furthest the resident can travel, in km.
    pub max_travel_km: Option<u16>,
    /// The coach's travel times per workplace (the first one per workplace counts).
    pub travel_overrides: Vec<TravelOverride>,
}

impl ResidentFacts {
    /// The facts of `resident` with its `profile`. The profile must be the resident's own
    /// (checked in debug builds).
    pub fn new(resident: &Resident, profile: &MatchProfile) -> Self {
        debug_assert_eq!(
            resident.id, profile.resident_id,
            "a match profile is used only for its own resident"
        );
        let days = &resident.availability.days;
        Self {
            resident_id: resident.id,
            pc4: pc4(&resident.address.postcode),
            hours_per_week: resident.availability.hours_per_week,
            days: (!days.is_empty()).then(|| DaySet::of(days)),
            dutch: dutch_level(&resident.languages),
            wished: profile.wished_occupations.iter().map(Into::into).collect(),
            experience: profile
                .experience_occupations
                .iter()
                .map(Into::into)
                .collect(),
            indication: profile.indication,
            physical_capacity: profile.physical_capacity,
            mental_capacity: profile.mental_capacity,
            support_needed: SupportSet::of(&profile.support_needed),
            max_travel_km: profile.max_travel_km,
            travel_overrides: profile.travel_overrides.clone(),
        }
    }

    /// The coach's travel time to `workplace`, if one was entered.
    pub fn travel_minutes(&self, workplace: WorkplaceId) -> Option<u16> {
        self.travel_overrides
            .iter()
            .find(|t| t.workplace_id == workplace)
            .map(|t| t.minutes)
    }

    /// Bytes these facts hold on the heap (the occupation and override lists).
    pub fn heap_bytes(&self) -> usize {
        self.wished.capacity() * size_of::<OccupationKey>()
            + self.experience.capacity() * size_of::<OccupationKey>()
            + self.travel_overrides.capacity() * size_of::<TravelOverride>()
    }
}

/// What the engine knows about a workplace. Holds no heap data: a slice of these is one
/// block of memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkplaceFacts {
    /// The workplace.
    pub workplace_id: WorkplaceId,
    /// Its employer.
    pub employer_id: EmployerId,
    /// The PC4 area of the place of work.
    pub pc4: u16,
    /// Kind of workplace.
    pub kind: WorkplaceKind,
    /// The occupation, if picked.
    pub occupation: Option<OccupationKey>,
    /// Hours a week needed.
    pub hours_per_week: u8,
    /// Working days; empty means not fixed.
    pub days: DaySet,
    /// Physical demand.
    pub physical_demand: DemandLevel,
    /// Mental demand.
    pub mental_demand: DemandLevel,
    /// Support offered.
    pub support: SupportSet,
    /// Minimum level of Dutch, if any.
    pub dutch_level: Option<LanguageLevel>,
    /// Places in total.
    pub places: u16,
    /// Places taken by active placements.
    pub filled: u16,
    /// Open for candidates.
    pub open: bool,
}

impl WorkplaceFacts {
    /// The facts of `workplace`, of whose places `filled` are taken by active placements.
    pub fn new(workplace: &Workplace, filled: u16) -> Self {
        Self {
            workplace_id: workplace.id,
            employer_id: workplace.employer_id,
            pc4: pc4(&workplace.postcode),
            kind: workplace.kind,
            occupation: workplace.occupation.as_ref().map(Into::into),
            hours_per_week: workplace.hours_per_week,
            days: DaySet::of(&workplace.days),
            physical_demand: workplace.physical_demand,
            mental_demand: workplace.mental_demand,
            support: SupportSet::of(&workplace.support),
            dutch_level: workplace.dutch_level,
            places: workplace.places,
            filled,
            open: workplace.open,
        }
    }

    /// Places still free.
    pub fn free_places(&self) -> u16 {
        self.places.saturating_sub(self.filled)
    }
}
