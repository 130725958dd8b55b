//! The resident's rights beside inzage (AVG art. 16, 17, 18 and 21): rectification,
//! erasure, restriction and objection. Each request is recorded with the day it came in and
//! its deadline (one month, art. 12(3)), and later with the outcome, decided and explained
//! by a named staff member (never by the software, art. 22).

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{ResidentId, StaffMember, id_newtype};
use crate::validate::TEXT_MAX;
use crate::validate::fields::Collector;

id_newtype! {
    /// Identifies a request of a resident about their data.
    RightsRequestId,
}

choice_enum! {
    /// What the resident asks.
    pub enum RightsKind {
        /// Correct or complete data (art. 16).
        Rectification => ("rectification", "rights-kind-rectification"),
        /// Erase data, where no legal duty to keep it remains (art. 17).
        Erasure => ("erasure", "rights-kind-erasure"),
        /// Use data less for a while (art. 18).
        Restriction => ("restriction", "rights-kind-restriction"),
        /// Object to a use of data (art. 21).
        Objection => ("objection", "rights-kind-objection"),
    }
}

choice_enum! {
    /// How a request was answered.
    pub enum RightsOutcome {
        /// Done as asked.
        Granted => ("granted", "rights-outcome-granted"),
        /// Partly done.
        PartlyGranted => ("partly_granted", "rights-outcome-partly-granted"),
        /// Not done, with the reasons.
        Refused => ("refused", "rights-outcome-refused"),
    }
}

/// The answer to a request: what was decided, when, by whom and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct RightsDecision {
    /// The outcome.
    pub outcome: RightsOutcome,
    /// The day it was decided.
    pub decided_on: NaiveDate,
    /// Who decided.
    pub decided_by: StaffMember,
    /// Why, in the staff member's words (the resident receives it).
    pub reasoning: String,
}

/// A request of a resident about their data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct RightsRequest {
    /// The request's id.
    pub id: RightsRequestId,
    /// Whose request.
    pub resident_id: ResidentId,
    /// What is asked.
    pub kind: RightsKind,
    /// The day it came in.
    pub received_on: NaiveDate,
    /// The day it must be answered: one month after it came in.
    pub due_on: NaiveDate,
    /// What the resident asks, in short.
    pub summary: String,
    /// The answer, once decided.
    pub decision: Option<RightsDecision>,
}

/// The deadline of a request that came in on `received_on`: one calendar month later (on
/// 31 January: the last day of February).
pub fn due_date(received_on: NaiveDate) -> NaiveDate {
    received_on
        .checked_add_months(Months::new(1))
        .unwrap_or(NaiveDate::MAX)
}

impl RightsRequest {
    /// A summary, a deadline one month after it came in, and a decision (if any) by a named
    /// staff member with reasons, not before the request came in.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_required("summary", &self.summary, TEXT_MAX);
        if self.due_on != due_date(self.received_on) {
            c.push("due_on", ValidationError::InvalidChoice);
        }
        if let Some(d) = &self.decision {
            c.check_staff("decision.decided_by", &d.decided_by);
            c.check_required("decision.reasoning", &d.reasoning, TEXT_MAX);
            if d.decided_on < self.received_on {
                c.push("decision.decided_on", ValidationError::EndBeforeStart);
            }
        }
        c.finish()
    }

    /// Open and past its deadline on `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.decision.is_none() && today > self.due_on
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::StaffId;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    fn request(received_on: NaiveDate) -> RightsRequest {
        RightsRequest {
            id: RightsRequestId::new(),
            resident_id: ResidentId::new(),
            kind: RightsKind::Rectification,
            received_on,
            due_on: due_date(received_on),
            summary: "Mijn adres is fout".into(),
            decision: None,
        }
    }

    #[test]
    fn choices_are_consistent() {
        crate::choice::assert_choice_consistent::<RightsKind>();
        crate::choice::assert_choice_consistent::<RightsOutcome>();
    }

    #[test]
    fn the_deadline_is_one_calendar_month() {
        assert_eq!(due_date(day(2026, 12, 5)), day(2027, 1, 5));
        assert_eq!(due_date(day(2027, 1, 31)), day(2027, 2, 28));
        assert_eq!(due_date(day(2028, 1, 31)), day(2028, 2, 29));
        let r = request(day(2026, 12, 5));
        assert!(!r.is_overdue(day(2027, 1, 5)), "the last day still counts");
        assert!(r.is_overdue(day(2027, 1, 6)));
    }

    #[test]
    fn a_decision_is_a_named_staff_members_with_reasons() {
        let mut r = request(day(2026, 12, 5));
        assert_eq!(r.validate(), Ok(()));
        r.due_on = day(2027, 2, 5);
        assert!(r.validate().is_err(), "the deadline is not free to choose");
        r.due_on = due_date(r.received_on);
        r.decision = Some(RightsDecision {
            outcome: RightsOutcome::Granted,
            decided_on: day(2026, 12, 1),
            decided_by: StaffMember {
                id: StaffId::new(),
                name: String::new(),
            },
            reasoning: " ".into(),
        });
        let errors = r.validate().expect_err("three problems");
        for field in [
            "decision.decided_by",
            "decision.reasoning",
            "decision.decided_on",
        ] {
            assert!(
                errors.iter().any(|e| e.field == field),
                "{field}: {errors:?}"
            );
        }
    }
}
