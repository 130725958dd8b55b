//! Health data: a special category of personal data (AVG art. 9).
//!
//! Health data is kept in its own records, never inside [`Resident`](crate::Resident), so
//! the store can restrict access to it and log every read. Each record must say why it is
//! needed for the support (`necessity`): the privacy statement allows health data only
//! "als dit noodzakelijk is voor de ondersteuning".

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::ValidationErrors;
use crate::ids::{HealthRecordId, ResidentId, StaffMember};
use crate::validate::fields::Collector;
use crate::validate::{SHORT_TEXT_MAX, TEXT_MAX};

/// A note about a resident's health, as far as needed for guidance to work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct HealthRecord {
    /// The record's id.
    pub id: HealthRecordId,
    /// Whose health this is about.
    pub resident_id: ResidentId,
    /// Day it was recorded.
    pub recorded_on: NaiveDate,
    /// Who recorded it.
    pub recorded_by: StaffMember,
    /// Why this health information is needed for the support (required).
    pub necessity: String,
    /// What is known, in as few words as the support needs.
    pub summary: String,
    /// What the resident can or cannot do at work because of it.
    pub work_limitations: Option<String>,
    /// Where the information comes from (e.g. "bedrijfsarts", "inwoner zelf").
    pub source: Option<String>,
}

impl HealthRecord {
    /// Health data is a special category (AVG art. 9): restricted access, every access
    /// logged.
    pub const SPECIAL_CATEGORY: bool = true;

    /// Checks the required texts, their lengths and the recorder.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_staff("recorded_by", &self.recorded_by);
        c.check_required("necessity", &self.necessity, TEXT_MAX);
        c.check_required("summary", &self.summary, TEXT_MAX);
        c.check_optional(
            "work_limitations",
            self.work_limitations.as_deref(),
            TEXT_MAX,
        );
        c.check_optional("source", self.source.as_deref(), SHORT_TEXT_MAX);
        c.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ValidationError;
    use crate::ids::StaffId;

    fn record() -> HealthRecord {
        HealthRecord {
            id: HealthRecordId::new(),
            resident_id: ResidentId::new(),
            recorded_on: NaiveDate::from_ymd_opt(2025, 5, 1).expect("a real date"),
            recorded_by: StaffMember::new(StaffId::new(), "Sanne de Vries").expect("named"),
            necessity: "Nodig om een passende werkplek te kiezen".into(),
            summary: "Kan niet lang staan".into(),
            work_limitations: Some("Zittend werk, max. 4 uur per dag".into()),
            source: Some("bedrijfsarts".into()),
        }
    }

    #[test]
    fn health_is_special() {
        const { assert!(HealthRecord::SPECIAL_CATEGORY) };
        assert_eq!(record().validate(), Ok(()), "a complete record is valid");
    }

    #[test]
    fn necessity_is_required_and_all_errors_are_reported() {
        let mut r = record();
        r.necessity = "  ".into();
        r.summary = String::new();
        r.source = Some("x".repeat(201));
        r.recorded_by.name = String::new();
        let errors = r.validate().expect_err("an incomplete record is refused");
        assert!(
            errors.contains("necessity", &ValidationError::Required),
            "health data without a stated necessity is not allowed (AVG art. 9)"
        );
        assert!(
            errors.contains("summary", &ValidationError::Required),
            "summary required"
        );
        assert!(
            errors.contains("source", &ValidationError::TooLong { max: 200 }),
            "short text"
        );
        assert!(
            errors.contains("recorded_by", &ValidationError::StaffRequired),
            "who recorded"
        );
        assert_eq!(errors.len(), 4, "all four problems at once");
    }
}
