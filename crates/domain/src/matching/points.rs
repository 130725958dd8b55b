//! Points per component of the match score (the weights are in the table of
//! [`super::score`]): plain functions of numbers, so scoring allocates nothing.

use super::facts::{DaySet, ResidentFacts, SupportSet, WorkplaceFacts, level_rank};
use super::score::{MatchComponent, OccupationFit, Travel};
use super::workplace::WorkplaceKind;
use super::{DemandLevel, Indication};
use crate::resident::LanguageLevel;

/// Points for an occupation that is wished for.
const WISH: u8 = MatchComponent::Occupation.max_points();
/// Points for an occupation done before.
const EXPERIENCE: u8 = 24;
/// Points for the same ISCO-08 unit group.
const UNIT_GROUP: u8 = 18;
/// Points for the same ISCO-08 minor group, and for an occupation that is not recorded.
const MINOR_GROUP_OR_UNKNOWN: u8 = 10;
/// Points for work one level heavier than the resident's capacity.
const ONE_LEVEL_HEAVIER: u8 = 2;
/// Points for Dutch one level below the minimum, or not recorded.
const DUTCH_ONE_BELOW_OR_UNKNOWN: u8 = 2;

pub(super) fn occupation_fit(
    resident: &ResidentFacts,
    workplace: &WorkplaceFacts,
) -> OccupationFit {
    let Some(job) = workplace.occupation else {
        return OccupationFit::WorkplaceUnknown;
    };
    if resident.wished.is_empty() && resident.experience.is_empty() {
        return OccupationFit::NoProfile;
    }
    if resident.wished.iter().any(|o| o.id == job.id) {
        return OccupationFit::Wish;
    }
    if resident.experience.iter().any(|o| o.id == job.id) {
        return OccupationFit::Experience;
    }
    let Some(code) = job.isco else {
        return OccupationFit::Unrelated;
    };
    let known = || resident.wished.iter().chain(&resident.experience);
    if known().any(|o| o.isco == Some(code)) {
        OccupationFit::UnitGroup(code)
    } else if known().any(|o| o.isco.is_some_and(|c| c / 10 == code / 10)) {
        OccupationFit::MinorGroup(code / 10)
    } else {
        OccupationFit::Unrelated
    }
}

pub(super) fn occupation_points(fit: OccupationFit) -> u8 {
    match fit {
        OccupationFit::Wish => WISH,
        OccupationFit::Experience => EXPERIENCE,
        OccupationFit::UnitGroup(_) => UNIT_GROUP,
        OccupationFit::MinorGroup(_)
        | OccupationFit::WorkplaceUnknown
        | OccupationFit::NoProfile => MINOR_GROUP_OR_UNKNOWN,
        OccupationFit::Unrelated => 0,
    }
}

/// `max` times `part / whole`, rounded down; `max` when `whole` is 0.
fn share(max: u8, part: u32, whole: u32) -> u8 {
    if whole == 0 || part >= whole {
        return max;
    }
    u8::try_from(u32::from(max) * part / whole).expect("below max, so it fits")
}

/// `max` up to `full`, 0 from `zero`, linear (rounded) in between.
fn sliding(max: u8, value: u32, full: u32, zero: u32) -> u8 {
    if value <= full {
        max
    } else if value >= zero {
        0
    } else {
        let span = zero - full;
        let scaled = (u32::from(max) * (zero - value) + span / 2) / span;
        u8::try_from(scaled).expect("below max, so it fits")
    }
}

pub(super) fn hours_points((available, needed): (Option<u8>, u8)) -> u8 {
    let max = MatchComponent::Hours.max_points();
    available.map_or(max / 2, |a| share(max, a.into(), needed.into()))
}

pub(super) fn days_points((available, needed): (Option<DaySet>, DaySet)) -> u8 {
    let max = MatchComponent::Days.max_points();
    match available {
        _ if needed.is_empty() => max,
        None => max / 2,
        Some(a) => share(max, a.and(needed).len().into(), needed.len().into()),
    }
}

pub(super) fn travel_points(travel: Travel) -> u8 {
    let max = MatchComponent::Travel.max_points();
    match travel {
        Travel::Minutes(m) => sliding(max, m.into(), 15, 90),
        Travel::Distance(m) => sliding(max, m, 5_000, 50_000),
        Travel::Unknown => max / 2,
    }
}

pub(super) fn support_points((needed, offered): (SupportSet, SupportSet)) -> u8 {
    let max = MatchComponent::Support.max_points();
    share(max, needed.and(offered).len().into(), needed.len().into())
}

/// Points for demand against capacity, and whether the gap excludes the match.
pub(super) fn demand_points(
    (demand, capacity): (DemandLevel, DemandLevel),
    c: MatchComponent,
) -> (u8, bool) {
    match demand.steps().saturating_sub(capacity.steps()) {
        0 => (c.max_points(), false),
        1 => (ONE_LEVEL_HEAVIER, false),
        _ => (0, true),
    }
}

pub(super) fn dutch_points(
    (level, required): (Option<LanguageLevel>, Option<LanguageLevel>),
) -> u8 {
    let max = MatchComponent::Dutch.max_points();
    match (level, required) {
        (_, None) => max,
        (None, Some(_)) => DUTCH_ONE_BELOW_OR_UNKNOWN,
        (Some(l), Some(r)) => match level_rank(r).saturating_sub(level_rank(l)) {
            0 => max,
            1 => DUTCH_ONE_BELOW_OR_UNKNOWN,
            _ => 0,
        },
    }
}

pub(super) fn kind_points((kind, indication): (WorkplaceKind, Option<Indication>)) -> u8 {
    let max = MatchComponent::Kind.max_points();
    match (kind, indication) {
        (WorkplaceKind::Beschut, Some(Indication::BeschutWerk)) => max,
        (WorkplaceKind::Beschut, _) => 0,
        (WorkplaceKind::Regulier, Some(Indication::BeschutWerk)) => 1,
        (WorkplaceKind::Aangepast, None) => 2,
        _ => max,
    }
}
