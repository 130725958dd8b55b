//! The facts of one resident, arranged for counting: which traject (and so which coach
//! and team) a date belongs to, and whether the resident was in paid work on a day.

use chrono::{Months, NaiveDate};
use uuid::Uuid;

use super::fact::Fact;
use crate::matching::PlacementEndReason;
use crate::traject::EndReason;

/// Every fact of one resident, as the server holds them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResidentFacts {
    /// The resident (only to group facts; never published).
    pub resident: Uuid,
    /// The facts.
    pub facts: Vec<Fact>,
}

/// A traject as counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrajectFact {
    /// Its coach.
    pub coach: Option<Uuid>,
    /// Referred on.
    pub referred_on: NaiveDate,
    /// First intake.
    pub intake_on: Option<NaiveDate>,
    /// End.
    pub ended: Option<(NaiveDate, EndReason)>,
}

impl TrajectFact {
    /// True when the traject is open at the end of `day`.
    pub fn open_on(&self, day: NaiveDate) -> bool {
        self.referred_on <= day && self.ended.is_none_or(|(on, _)| on > day)
    }

    /// True when `day` falls within the traject (its end day included).
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.referred_on <= day && self.ended.is_none_or(|(on, _)| day <= on)
    }
}

/// A placement as counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlacementFact {
    /// First day.
    pub start: NaiveDate,
    /// Paid work.
    pub paid: bool,
    /// Last day and why.
    pub ended: Option<(NaiveDate, PlacementEndReason)>,
}

/// Whether the resident still works a while after a placement began.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lasting {
    /// The moment lies after the day the figures are of.
    NotYet,
    /// In paid work at that moment (or moved on to a regular job before it).
    Working,
    /// Not in paid work at that moment.
    Stopped,
}

/// One resident's facts, sorted for counting.
#[derive(Debug, Clone, Default)]
pub struct Resident {
    /// Trajecten, oldest first.
    pub trajecten: Vec<TrajectFact>,
    /// Placements, earliest first.
    pub placements: Vec<PlacementFact>,
    /// The other facts.
    pub others: Vec<Fact>,
}

impl Resident {
    /// Sort one resident's facts.
    pub fn of(facts: &ResidentFacts) -> Self {
        let mut r = Resident::default();
        for fact in &facts.facts {
            match *fact {
                Fact::Traject {
                    coach,
                    referred_on,
                    intake_on,
                    ended,
                } => r.trajecten.push(TrajectFact {
                    coach,
                    referred_on,
                    intake_on,
                    ended,
                }),
                Fact::Placement { start, paid, ended } => {
                    r.placements.push(PlacementFact { start, paid, ended })
                }
                ref other => r.others.push(other.clone()),
            }
        }
        r.trajecten.sort_by_key(|t| t.referred_on);
        r.placements.sort_by_key(|p| p.start);
        r
    }

    /// The coach responsible on `day`: of the latest traject covering the day, else of
    /// the latest traject begun before it, else of the first traject.
    pub fn coach_on(&self, day: NaiveDate) -> Option<Uuid> {
        let covering = self.trajecten.iter().rev().find(|t| t.covers(day));
        let before = || self.trajecten.iter().rev().find(|t| t.referred_on <= day);
        covering
            .or_else(before)
            .or_else(|| self.trajecten.first())
            .and_then(|t| t.coach)
    }

    /// True when the resident is in paid work on `day`: a paid placement runs that day.
    pub fn working_on(&self, day: NaiveDate) -> bool {
        self.placements
            .iter()
            .any(|p| p.paid && p.start <= day && p.ended.is_none_or(|(on, _)| day <= on))
    }

    /// Whether the resident still works `months` after a placement began on `start`,
    /// seen on `as_of`: in paid work that day, or moved on to a regular job (a placement
    /// that began on or after `start` ended that way) before it.
    pub fn lasting(&self, start: NaiveDate, months: u32, as_of: NaiveDate) -> Lasting {
        let Some(moment) = start.checked_add_months(Months::new(months)) else {
            return Lasting::NotYet;
        };
        if moment > as_of {
            return Lasting::NotYet;
        }
        let moved_on = self.placements.iter().any(|p| {
            p.start >= start
                && p.ended.is_some_and(|(on, why)| {
                    why == PlacementEndReason::DoorstroomRegulier && on <= moment
                })
        });
        if moved_on || self.working_on(moment) {
            Lasting::Working
        } else {
            Lasting::Stopped
        }
    }

    /// The first placement (any kind) in traject `t`: begun on or after the referral and
    /// not after the traject's end.
    pub fn first_placement_in(&self, t: &TrajectFact) -> Option<&PlacementFact> {
        self.placements
            .iter()
            .find(|p| p.start >= t.referred_on && t.ended.is_none_or(|(on, _)| p.start <= on))
    }
}
