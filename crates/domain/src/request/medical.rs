//! Medical examinations at a research agency (medisch of arbeidsdeskundig onderzoek): the
//! question, the resident's explicit consent (health data, AVG art. 9(2)(a)), the
//! appointment and the outcome in short. The whole record is health data: restricted by
//! role, every read logged.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::life::{Consent, RequestLife};
use crate::category::DataCategory;
use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{ResidentId, id_newtype};
use crate::validate::fields::Collector;
use crate::validate::{SHORT_TEXT_MAX, TEXT_MAX};

id_newtype! {
    /// Identifies a medical examination.
    MedicalExaminationId,
}

choice_enum! {
    /// What kind of examination.
    pub enum ExaminationKind {
        /// By a doctor (verzekeringsarts, bedrijfsarts).
        Medical => ("medical", "examination-kind-medical"),
        /// By an arbeidsdeskundige: what work fits.
        Arbeidsdeskundig => ("arbeidsdeskundig", "examination-kind-arbeidsdeskundig"),
        /// By a psychologist.
        Psychological => ("psychological", "examination-kind-psychological"),
    }
}

/// The appointment at the agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ExaminationAppointment {
    /// The day.
    pub on: NaiveDate,
    /// The time, "HH:MM".
    pub at: Option<String>,
    /// Where.
    pub place: String,
}

/// The outcome in as few words as the support needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ExaminationOutcome {
    /// The day the report came in.
    pub received_on: NaiveDate,
    /// What it says, in short.
    pub summary: String,
    /// What the resident can and cannot do at work.
    pub work_limitations: Option<String>,
}

/// A medical examination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct MedicalExamination {
    /// The examination's id.
    pub id: MedicalExaminationId,
    /// Whose.
    pub resident_id: ResidentId,
    /// What kind.
    pub kind: ExaminationKind,
    /// The research agency.
    pub agency: String,
    /// The question the agency answers.
    pub question: String,
    /// The resident's consent: always needed before sending.
    pub consent: Option<Consent>,
    /// The appointment, once made.
    pub appointment: Option<ExaminationAppointment>,
    /// The life cycle.
    pub life: RequestLife,
    /// The outcome.
    pub outcome: Option<ExaminationOutcome>,
}

impl MedicalExamination {
    /// The whole record is health data.
    pub const SPECIAL_CATEGORY: bool = true;

    /// What goes to the agency.
    pub fn shared_categories() -> Vec<DataCategory> {
        vec![
            DataCategory::Name,
            DataCategory::Bsn,
            DataCategory::Phone,
            DataCategory::Address,
            DataCategory::Health,
        ]
    }

    /// An agency and a question; a well-formed appointment; the life cycle; an outcome
    /// exactly when answered, on the day of the answer.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_required("agency", &self.agency, SHORT_TEXT_MAX);
        c.check_required("question", &self.question, TEXT_MAX);
        if let Some(k) = &self.consent {
            k.check(&mut c, "consent");
        }
        if let Some(a) = &self.appointment {
            c.check_required("appointment.place", &a.place, SHORT_TEXT_MAX);
            if let Some(at) = &a.at
                && !is_time(at)
            {
                c.push("appointment.at", ValidationError::TimeFormat);
            }
        }
        self.life.check(&mut c, "life");
        match (&self.outcome, self.life.answered_on) {
            (Some(o), Some(on)) => {
                if o.received_on != on {
                    c.push("outcome.received_on", ValidationError::DateOutOfOrder);
                }
                c.check_required("outcome.summary", &o.summary, TEXT_MAX);
                c.check_optional(
                    "outcome.work_limitations",
                    o.work_limitations.as_deref(),
                    TEXT_MAX,
                );
            }
            (None, None) => {}
            _ => c.push("outcome", ValidationError::Required),
        }
        c.finish()
    }
}

/// "HH:MM", 00:00 to 23:59.
pub fn is_time(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 5
        && b[2] == b':'
        && b[..2].iter().chain(&b[3..]).all(u8::is_ascii_digit)
        && s[..2].parse::<u8>().is_ok_and(|h| h < 24)
        && s[3..].parse::<u8>().is_ok_and(|m| m < 60)
}
