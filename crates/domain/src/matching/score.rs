//! The match score: how well a resident and a workplace fit, from 0 to 100, and the
//! ranking of many workplaces for one resident (or many residents for one workplace).
//!
//! A score is the sum of nine components; their maximum points are the weights:
//!
//! | component  | max | full points when                                          |
//! |------------|-----|-----------------------------------------------------------|
//! | occupation |  30 | a wished occupation (experience 24, same ISCO unit group 18, same minor group 10) |
//! | hours      |  15 | the resident can work the hours needed (else in proportion) |
//! | travel     |  15 | within 5 km (0 from 50 km), or within 15 minutes by the coach's travel time (0 from 90) |
//! | days       |  10 | the resident can work every working day (else in proportion) |
//! | support    |   8 | every kind of support needed is offered (else in proportion) |
//! | physical   |   7 | the work is not heavier than the resident can do (one level heavier: 2) |
//! | mental     |   7 | the same, for mental load                                |
//! | Dutch      |   5 | the resident's Dutch reaches the level asked (one level below: 2) |
//! | kind       |   3 | the kind of workplace suits the resident's indication    |
//!
//! What is not known (no hours or days recorded, a postcode outside the index, no level of
//! Dutch) earns about half, so missing data neither wins nor buries a match; a workplace
//! or resident without occupations earns 10 for occupation.
//!
//! Hard exclusions do not remove a match: it keeps its score and its reasons and ranks
//! after every match without exclusions. They are beschut werk without an indicatie
//! beschut werk, no free places, a closed workplace, work two levels heavier than the
//! resident can do (zwaar against licht), and a distance beyond the resident's limit
//! (unless the coach entered a travel time, which replaces the distance).
//!
//! A match is advice for a coach; a placement is the coach's decision.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

use super::facts::{DaySet, ResidentFacts, SupportSet, WorkplaceFacts};
use super::points::{
    days_points, demand_points, dutch_points, hours_points, kind_points, occupation_fit,
    occupation_points, support_points, travel_points,
};
use super::workplace::WorkplaceKind;
use super::{DemandLevel, Indication, MatchIndex};
use crate::choice::choice_enum;
use crate::ids::{EmployerId, ResidentId, WorkplaceId};
use crate::resident::LanguageLevel;

choice_enum! {
    /// One part of a match score.
    pub enum MatchComponent {
        /// Occupation: wish, experience or a related occupation.
        Occupation => ("occupation", "match-component-occupation"),
        /// Hours a week.
        Hours => ("hours", "match-component-hours"),
        /// Travel distance or time.
        Travel => ("travel", "match-component-travel"),
        /// Working days.
        Days => ("days", "match-component-days"),
        /// Support at work.
        Support => ("support", "match-component-support"),
        /// Physical demand against capacity.
        Physical => ("physical", "match-component-physical"),
        /// Mental demand against capacity.
        Mental => ("mental", "match-component-mental"),
        /// Level of Dutch.
        Dutch => ("dutch", "match-component-dutch"),
        /// Kind of workplace against the resident's indication.
        Kind => ("kind", "match-component-kind"),
    }
}

impl MatchComponent {
    /// The most points this component gives; together they make 100.
    pub const fn max_points(self) -> u8 {
        match self {
            Self::Occupation => 30,
            Self::Hours | Self::Travel => 15,
            Self::Days => 10,
            Self::Support => 8,
            Self::Physical | Self::Mental => 7,
            Self::Dutch => 5,
            Self::Kind => 3,
        }
    }
}

/// A reason a match is excluded. Excluded matches are shown, with this reason, after the
/// others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Exclusion {
    /// Beschut werk, and the resident has no indicatie beschut werk.
    NoBeschutIndication,
    /// Every place is taken.
    NoFreePlaces,
    /// The workplace is closed.
    Closed,
    /// The work is physically two levels heavier than the resident can do.
    PhysicalTooHeavy,
    /// The work is mentally two levels heavier than the resident can carry.
    MentalTooHeavy,
    /// Further away than the resident's travel limit.
    TooFar,
}

impl Exclusion {
    /// Every exclusion, in the order reasons list them.
    pub const ALL: [Self; 6] = [
        Self::NoBeschutIndication,
        Self::NoFreePlaces,
        Self::Closed,
        Self::PhysicalTooHeavy,
        Self::MentalTooHeavy,
        Self::TooFar,
    ];

    const fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// How the workplace's occupation relates to the resident's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OccupationFit {
    /// One of the resident's wished occupations.
    Wish,
    /// An occupation the resident has done.
    Experience,
    /// The same ISCO-08 unit group (4 digits) as a wish or experience.
    UnitGroup(u16),
    /// The same ISCO-08 minor group (first 3 digits) as a wish or experience.
    MinorGroup(u16),
    /// None of these.
    Unrelated,
    /// The workplace has no occupation.
    WorkplaceUnknown,
    /// The resident has no wished or known occupations.
    NoProfile,
}

/// How far the resident travels to the workplace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Travel {
    /// The coach's travel time, in minutes (replaces the distance).
    Minutes(u16),
    /// The distance between the PC4 centroids, in metres.
    Distance(u32),
    /// A PC4 area is not in the index.
    Unknown,
}

/// Everything a score was computed from, in numbers: enough to explain it later
/// ([`Match::reasons`]) without the records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Breakdown {
    /// Points per component, in [`MatchComponent::ALL`] order.
    pub points: [u8; MatchComponent::ALL.len()],
    exclusions: u8,
    /// Occupation fit.
    pub occupation: OccupationFit,
    /// Hours the resident can work (none: unknown) and hours needed.
    pub hours: (Option<u8>, u8),
    /// Days the resident can work (none: unknown) and working days.
    pub days: (Option<DaySet>, DaySet),
    /// Travel.
    pub travel: Travel,
    /// The resident's travel limit in km.
    pub max_travel_km: Option<u16>,
    /// Physical demand and capacity.
    pub physical: (DemandLevel, DemandLevel),
    /// Mental demand and capacity.
    pub mental: (DemandLevel, DemandLevel),
    /// Support needed and offered.
    pub support: (SupportSet, SupportSet),
    /// The resident's Dutch (none: unknown) and the level asked (none: no minimum).
    pub dutch: (Option<LanguageLevel>, Option<LanguageLevel>),
    /// Kind of workplace and the resident's indication.
    pub kind: (WorkplaceKind, Option<Indication>),
    /// Places in total.
    pub places: u16,
}

impl Breakdown {
    /// Points of one component.
    pub fn points_of(&self, component: MatchComponent) -> u8 {
        self.points[component as usize]
    }

    /// True when `exclusion` applies.
    pub fn has(&self, exclusion: Exclusion) -> bool {
        self.exclusions & exclusion.bit() != 0
    }

    /// The exclusions that apply, in [`Exclusion::ALL`] order.
    pub fn exclusions(&self) -> impl Iterator<Item = Exclusion> + '_ {
        Exclusion::ALL.into_iter().filter(|e| self.has(*e))
    }
}

/// One resident and one workplace, scored. Advice for a coach, not a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// The resident.
    pub resident_id: ResidentId,
    /// The workplace.
    pub workplace_id: WorkplaceId,
    /// The workplace's employer.
    pub employer_id: EmployerId,
    /// 0 to 100; an excluded match keeps the score of its other components.
    pub score: u8,
    /// True when a hard exclusion applies (see [`Breakdown::exclusions`]).
    pub excluded: bool,
    /// Distance between the PC4 centroids in metres, when both are known.
    pub distance_m: Option<u32>,
    /// What the score was computed from.
    pub breakdown: Breakdown,
}

/// Scores one resident against one workplace.
pub fn score_pair(
    resident: &ResidentFacts,
    workplace: &WorkplaceFacts,
    index: &MatchIndex,
) -> Match {
    let mut exclusions = 0u8;
    let mut exclude = |e: Exclusion| exclusions |= e.bit();
    let distance_m = index.distance_m(resident.pc4, workplace.pc4);
    let travel = match (resident.travel_minutes(workplace.workplace_id), distance_m) {
        (Some(minutes), _) => Travel::Minutes(minutes),
        (None, Some(m)) => Travel::Distance(m),
        (None, None) => Travel::Unknown,
    };
    if let (Travel::Distance(m), Some(max)) = (travel, resident.max_travel_km)
        && m > u32::from(max) * 1000
    {
        exclude(Exclusion::TooFar);
    }
    let physical = (workplace.physical_demand, resident.physical_capacity);
    let mental = (workplace.mental_demand, resident.mental_capacity);
    let (physical_points, physical_out) = demand_points(physical, MatchComponent::Physical);
    let (mental_points, mental_out) = demand_points(mental, MatchComponent::Mental);
    if physical_out {
        exclude(Exclusion::PhysicalTooHeavy);
    }
    if mental_out {
        exclude(Exclusion::MentalTooHeavy);
    }
    let kind = (workplace.kind, resident.indication);
    if kind.0 == WorkplaceKind::Beschut && kind.1 != Some(Indication::BeschutWerk) {
        exclude(Exclusion::NoBeschutIndication);
    }
    if workplace.free_places() == 0 {
        exclude(Exclusion::NoFreePlaces);
    }
    if !workplace.open {
        exclude(Exclusion::Closed);
    }

    let occupation = occupation_fit(resident, workplace);
    let hours = (resident.hours_per_week, workplace.hours_per_week);
    let days = (resident.days, workplace.days);
    let support = (resident.support_needed, workplace.support);
    let dutch = (resident.dutch, workplace.dutch_level);
    // In [`MatchComponent::ALL`] order, which [`Breakdown::points_of`] relies on.
    let points = [
        occupation_points(occupation),
        hours_points(hours),
        travel_points(travel),
        days_points(days),
        support_points(support),
        physical_points,
        mental_points,
        dutch_points(dutch),
        kind_points(kind),
    ];
    let score = points.iter().sum::<u8>().min(100);
    Match {
        resident_id: resident.resident_id,
        workplace_id: workplace.workplace_id,
        employer_id: workplace.employer_id,
        score,
        excluded: exclusions != 0,
        distance_m,
        breakdown: Breakdown {
            points,
            exclusions,
            occupation,
            hours,
            days,
            travel,
            max_travel_km: resident.max_travel_km,
            physical,
            mental,
            support,
            dutch,
            kind,
            places: workplace.places,
        },
    }
}

/// Every workplace scored for one resident, best first: matches without exclusions
/// before excluded ones, then by score (high first), distance (near first, unknown last),
/// workplace id. The same input always gives the same order.
pub fn rank_workplaces(
    resident: &ResidentFacts,
    workplaces: &[WorkplaceFacts],
    index: &MatchIndex,
) -> Vec<Match> {
    let mut out: Vec<Match> = workplaces
        .iter()
        .map(|w| score_pair(resident, w, index))
        .collect();
    out.sort_unstable_by(rank_order);
    out
}

/// Every resident scored for one workplace, best first, in the order of
/// [`rank_workplaces`] (the resident id breaks the last ties).
pub fn rank_residents(
    workplace: &WorkplaceFacts,
    residents: &[ResidentFacts],
    index: &MatchIndex,
) -> Vec<Match> {
    let mut out: Vec<Match> = residents
        .iter()
        .map(|r| score_pair(r, workplace, index))
        .collect();
    out.sort_unstable_by(rank_order);
    out
}

fn rank_order(a: &Match, b: &Match) -> Ordering {
    a.excluded
        .cmp(&b.excluded)
        .then(b.score.cmp(&a.score))
        .then(match (a.distance_m, b.distance_m) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        })
        .then(a.workplace_id.cmp(&b.workplace_id))
        .then(a.resident_id.cmp(&b.resident_id))
}
