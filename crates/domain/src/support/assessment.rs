//! Assessments, warnings and measures: decisions about a resident.
//!
//! No automated decision-making (AVG art. 22): a tool or a colleague may give `advice`, but
//! the decision is always recorded with the staff member who took it, the date and the
//! reasoning. The type makes `decided_by` mandatory; `validate` refuses a blank one.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::choice::choice_enum;
use crate::error::ValidationErrors;
use crate::ids::{AssessmentId, ResidentId, StaffMember};
use crate::validate::fields::Collector;
use crate::validate::{SHORT_TEXT_MAX, TEXT_MAX, validate_period};

choice_enum! {
    /// What kind of decision an assessment records.
    pub enum AssessmentKind {
        /// An assessment (beoordeling), e.g. of work readiness.
        Beoordeling => ("beoordeling", "assessment-kind-beoordeling"),
        /// A warning (waarschuwing).
        Waarschuwing => ("waarschuwing", "assessment-kind-waarschuwing"),
        /// A measure (maatregel), e.g. a benefit reduction.
        Maatregel => ("maatregel", "assessment-kind-maatregel"),
    }
}

/// A decision about a resident, taken by a named staff member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// The assessment's id.
    pub id: AssessmentId,
    /// Whom it is about.
    pub resident_id: ResidentId,
    /// Assessment, warning or measure.
    pub kind: AssessmentKind,
    /// What it is about, in a few words.
    pub subject: String,
    /// What a tool or colleague advised. Advice only: it never decides.
    pub advice: Option<String>,
    /// The decision.
    pub decision: String,
    /// Why this decision was taken.
    pub reasoning: String,
    /// Who decided.
    pub decided_by: StaffMember,
    /// When it was decided.
    pub decided_on: NaiveDate,
    /// From when it applies, if it has a period.
    pub effective_from: Option<NaiveDate>,
    /// Until when it applies, if it has an end.
    pub effective_until: Option<NaiveDate>,
}

impl Assessment {
    /// Checks the decider, the required texts and the period.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_staff("decided_by", &self.decided_by);
        c.check_required("subject", &self.subject, SHORT_TEXT_MAX);
        c.check_optional("advice", self.advice.as_deref(), TEXT_MAX);
        c.check_required("decision", &self.decision, TEXT_MAX);
        c.check_required("reasoning", &self.reasoning, TEXT_MAX);
        if let Some(from) = self.effective_from {
            c.check(
                "effective_until",
                validate_period(from, self.effective_until),
            );
        }
        c.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ValidationError;
    use crate::ids::StaffId;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("test dates exist")
    }

    fn warning() -> Assessment {
        Assessment {
            id: AssessmentId::new(),
            resident_id: ResidentId::new(),
            kind: AssessmentKind::Waarschuwing,
            subject: "Niet verschenen op werkplek".into(),
            advice: Some("Verzuimsignaal: 3 keer afwezig".into()),
            decision: "Schriftelijke waarschuwing".into(),
            reasoning: "Twee keer zonder bericht afwezig".into(),
            decided_by: StaffMember::new(StaffId::new(), "Sanne de Vries").expect("named"),
            decided_on: d(2025, 6, 1),
            effective_from: Some(d(2025, 6, 1)),
            effective_until: Some(d(2025, 12, 1)),
        }
    }

    #[test]
    fn a_reasoned_decision_by_a_person_is_valid() {
        crate::choice::assert_choice_consistent::<AssessmentKind>();
        assert_eq!(
            warning().validate(),
            Ok(()),
            "decision, reasoning and decider are present"
        );
    }

    #[test]
    fn decision_needs_person_reasoning_and_a_sound_period() {
        let mut a = warning();
        a.decided_by.name = String::new();
        a.decision = String::new();
        a.reasoning = "   ".into();
        a.effective_until = Some(d(2025, 5, 31));
        let errors = a.validate().expect_err("an unfounded decision is refused");
        assert!(
            errors.contains("decided_by", &ValidationError::StaffRequired),
            "no decision without a staff member (AVG art. 22)"
        );
        assert!(
            errors.contains("decision", &ValidationError::Required),
            "what was decided"
        );
        assert!(
            errors.contains("reasoning", &ValidationError::Required),
            "and why"
        );
        assert!(
            errors.contains("effective_until", &ValidationError::EndBeforeStart),
            "a measure cannot end before it starts"
        );
        assert_eq!(errors.len(), 4, "all problems are reported together");
    }
}
