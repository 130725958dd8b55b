//! The decision on a loonkostensubsidie and the payments under it.
//!
//! The software calculates an estimate with every step; a named staff member grants or
//! refuses, with reasons. A decision is append-only: a re-assessed loonwaarde or a changed
//! contract is a new decision that supersedes the old one from its start date. Payments
//! are recorded per period with the hours actually worked, approved by a named person,
//! and only for periods the decision covers (not after the placement ended).

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::lks::{LksCalculation, LksInput, calculate_lks};
use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{EmployerId, PlacementId, ResidentId, StaffMember, id_newtype};
use crate::loonwaarde::LoonwaardeId;
use crate::validate::TEXT_MAX;
use crate::validate::fields::Collector;

id_newtype! {
    /// Identifies a decision on a loonkostensubsidie.
    LksDecisionId,
    /// Identifies a payment of loonkostensubsidie.
    LksPaymentId,
}

choice_enum! {
    /// Granted or refused.
    pub enum LksOutcome {
        /// The employer gets the subsidy.
        Granted => ("granted", "lks-outcome-granted"),
        /// No subsidy.
        Refused => ("refused", "lks-outcome-refused"),
    }
}

/// A trial placement before the subsidy: at most three months, no wage, benefit kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct TrialPlacement {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub until: NaiveDate,
}

impl TrialPlacement {
    /// The last day a trial placement from `from` may run: three months minus a day.
    pub fn latest_end(from: NaiveDate) -> NaiveDate {
        from.checked_add_months(Months::new(3))
            .and_then(|d| d.pred_opt())
            .unwrap_or(NaiveDate::MAX)
    }
}

/// A decision on a loonkostensubsidie.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct LksDecision {
    /// The decision's id.
    pub id: LksDecisionId,
    /// Who works.
    pub resident_id: ResidentId,
    /// The placement the subsidy is for.
    pub placement_id: PlacementId,
    /// The employer who receives it.
    pub employer_id: EmployerId,
    /// The signed loonwaardebepaling it rests on.
    pub loonwaarde_id: LoonwaardeId,
    /// The signed loonwaarde, in percent.
    pub loonwaarde_percent: u8,
    /// Contract hours a week, in minutes.
    pub minutes_per_week: u32,
    /// First day of the subsidy.
    pub starts_on: NaiveDate,
    /// The trial placement before it, if any.
    pub trial: Option<TrialPlacement>,
    /// The calculation for the first month at the contract hours (the advice).
    pub estimate: LksCalculation,
    /// Granted or refused.
    pub outcome: LksOutcome,
    /// Who decided (never the software).
    pub decided_by: StaffMember,
    /// The day of the decision.
    pub decided_on: NaiveDate,
    /// Why, in the staff member's words (the employer reads it).
    pub reasoning: String,
    /// The earlier decision this one replaces from `starts_on`.
    pub supersedes: Option<LksDecisionId>,
}

/// Hours in a month at `minutes_per_week`: 52 weeks over 12 months.
pub fn minutes_per_month(minutes_per_week: u32) -> u32 {
    minutes_per_week * 13 / 3
}

/// The estimate a decision shows: one calendar month from `starts_on` at the contract hours.
pub fn estimate(
    loonwaarde_percent: u8,
    minutes_per_week: u32,
    starts_on: NaiveDate,
) -> Result<LksCalculation, ValidationErrors> {
    let until = starts_on
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(starts_on);
    calculate_lks(&LksInput {
        loonwaarde_percent,
        from: starts_on,
        until,
        minutes: minutes_per_month(minutes_per_week),
    })
}

impl LksDecision {
    /// A named staff member with reasons; a trial of at most three months that ends before
    /// the subsidy starts; an estimate that is the calculation of these facts; no grant at a
    /// loonwaarde of 100 %.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_staff("decided_by", &self.decided_by);
        c.check_required("reasoning", &self.reasoning, TEXT_MAX);
        if self.loonwaarde_percent > 100 {
            c.push(
                "loonwaarde_percent",
                ValidationError::OutOfRange { min: 0, max: 100 },
            );
        }
        if self.outcome == LksOutcome::Granted && self.loonwaarde_percent >= 100 {
            c.push("outcome", ValidationError::NoLksAtFullLoonwaarde);
        }
        if self.minutes_per_week == 0 || self.minutes_per_week > crate::loonwaarde::MAX_WEEK_MINUTES
        {
            c.push(
                "hours_per_week",
                ValidationError::OutOfRange { min: 1, max: 60 },
            );
        }
        if let Some(t) = &self.trial {
            if t.until < t.from {
                c.push("trial.until", ValidationError::EndBeforeStart);
            } else if t.until > TrialPlacement::latest_end(t.from) {
                c.push("trial.until", ValidationError::TrialTooLong);
            }
            if self.starts_on <= t.until {
                c.push("starts_on", ValidationError::DateOutOfOrder);
            }
        }
        if c.is_ok()
            && estimate(
                self.loonwaarde_percent,
                self.minutes_per_week,
                self.starts_on,
            )
            .as_ref()
                != Ok(&self.estimate)
        {
            c.push("estimate", ValidationError::InvalidChoice);
        }
        c.finish()
    }

    /// True when this decision is a grant that covers `from..=until`, given the last day it
    /// applies (the day before a superseding decision, or the placement's last day).
    pub fn covers(&self, from: NaiveDate, until: NaiveDate, last_day: Option<NaiveDate>) -> bool {
        self.outcome == LksOutcome::Granted
            && from >= self.starts_on
            && last_day.is_none_or(|end| until <= end)
    }
}

/// One payment of loonkostensubsidie: a period, the hours actually worked, the amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct LksPayment {
    /// The payment's id.
    pub id: LksPaymentId,
    /// Who worked.
    pub resident_id: ResidentId,
    /// The decision it is paid under.
    pub decision_id: LksDecisionId,
    /// The calculation of the period with the hours worked.
    pub calculation: LksCalculation,
    /// Who approved it.
    pub approved_by: StaffMember,
    /// The day of approval.
    pub approved_on: NaiveDate,
}

impl LksPayment {
    /// A named approver, not before the period began, and a calculation that is the
    /// calculation of its own input.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_staff("approved_by", &self.approved_by);
        if self.approved_on < self.calculation.input.from {
            c.push("approved_on", ValidationError::DateOutOfOrder);
        }
        if calculate_lks(&self.calculation.input).as_ref() != Ok(&self.calculation) {
            c.push("calculation", ValidationError::InvalidChoice);
        }
        c.finish()
    }
}

/// The last day before `next`, for a decision superseded from `next`.
pub fn day_before(next: NaiveDate) -> NaiveDate {
    next.checked_sub_days(Days::new(1)).unwrap_or(next)
}
