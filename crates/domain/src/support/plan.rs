//! The plan of a traject: agreements made with the resident and goals to reach.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::choice::choice_enum;
use crate::error::ValidationErrors;
use crate::ids::{AgreementId, GoalId, ResidentId, TrajectId};
use crate::validate::fields::Collector;
use crate::validate::{TEXT_MAX, validate_period};

choice_enum! {
    /// Whether an agreement was kept.
    pub enum AgreementStatus {
        /// Not yet due or not yet checked.
        Open => ("open", "agreement-status-open"),
        /// Kept.
        Kept => ("kept", "agreement-status-kept"),
        /// Not kept.
        NotKept => ("not_kept", "agreement-status-not-kept"),
        /// No longer applies.
        Cancelled => ("cancelled", "agreement-status-cancelled"),
    }
}

/// An agreement (afspraak) made with a resident, e.g. "applies for two jobs a week".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    /// The agreement's id.
    pub id: AgreementId,
    /// With whom it was made.
    pub resident_id: ResidentId,
    /// The traject it belongs to, if any.
    pub traject_id: Option<TrajectId>,
    /// Day it was made.
    pub made_on: NaiveDate,
    /// What was agreed.
    pub description: String,
    /// When it should be done, if there is a deadline.
    pub due_on: Option<NaiveDate>,
    /// Whether it was kept.
    pub status: AgreementStatus,
}

impl Agreement {
    /// Checks the description and that `due_on` is not before `made_on`.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_required("description", &self.description, TEXT_MAX);
        c.check("due_on", validate_period(self.made_on, self.due_on));
        c.finish()
    }
}

choice_enum! {
    /// Whether a goal was reached.
    pub enum GoalStatus {
        /// Being worked on.
        Open => ("open", "goal-status-open"),
        /// Reached.
        Achieved => ("achieved", "goal-status-achieved"),
        /// Not reached.
        NotAchieved => ("not_achieved", "goal-status-not-achieved"),
        /// No longer pursued.
        Dropped => ("dropped", "goal-status-dropped"),
    }
}

/// A goal (doelstelling) in the plan, e.g. "has a VCA certificate".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// The goal's id.
    pub id: GoalId,
    /// Whose goal it is.
    pub resident_id: ResidentId,
    /// The traject it belongs to, if any.
    pub traject_id: Option<TrajectId>,
    /// What should be reached.
    pub description: String,
    /// When it should be reached, if set.
    pub target_date: Option<NaiveDate>,
    /// Whether it was reached.
    pub status: GoalStatus,
}

impl Goal {
    /// Checks the description.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_required("description", &self.description, TEXT_MAX);
        c.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ValidationError;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("test dates exist")
    }

    #[test]
    fn statuses_are_consistent() {
        crate::choice::assert_choice_consistent::<AgreementStatus>();
        crate::choice::assert_choice_consistent::<GoalStatus>();
    }

    #[test]
    fn agreement_due_date_not_before_it_was_made() {
        let mut a = Agreement {
            id: AgreementId::new(),
            resident_id: ResidentId::new(),
            traject_id: Some(TrajectId::new()),
            made_on: d(2025, 5, 1),
            description: "Twee sollicitaties per week".into(),
            due_on: Some(d(2025, 5, 1)),
            status: AgreementStatus::Open,
        };
        assert_eq!(a.validate(), Ok(()), "due the same day it was made is fine");
        a.due_on = Some(d(2025, 4, 30));
        a.description = String::new();
        let errors = a.validate().expect_err("bad agreement");
        assert!(
            errors.contains("due_on", &ValidationError::EndBeforeStart),
            "deadline order"
        );
        assert!(
            errors.contains("description", &ValidationError::Required),
            "what was agreed"
        );
    }

    #[test]
    fn goal_needs_a_description() {
        let mut g = Goal {
            id: GoalId::new(),
            resident_id: ResidentId::new(),
            traject_id: None,
            description: "VCA-certificaat halen".into(),
            target_date: None,
            status: GoalStatus::Open,
        };
        assert_eq!(g.validate(), Ok(()), "a described goal is valid");
        g.description = "x".repeat(4001);
        assert_eq!(
            g.validate(),
            Err(ValidationErrors::single(
                "description",
                ValidationError::TooLong { max: 4000 }
            )),
            "free text is limited to 4000 characters"
        );
    }
}
