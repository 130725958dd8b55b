//! Reports (rapportages): what happened in a contact, written by a staff member.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::choice::choice_enum;
use crate::error::ValidationErrors;
use crate::ids::{ReportId, ResidentId, StaffMember, TrajectId};
use crate::validate::REPORT_TEXT_MAX;
use crate::validate::fields::Collector;

choice_enum! {
    /// The kind of contact a report is about.
    pub enum ReportKind {
        /// A conversation in person.
        Conversation => ("conversation", "report-kind-conversation"),
        /// A phone call.
        Phone => ("phone", "report-kind-phone"),
        /// A visit at the workplace.
        WorkplaceVisit => ("workplace_visit", "report-kind-workplace-visit"),
        /// A visit at the resident's home.
        HomeVisit => ("home_visit", "report-kind-home-visit"),
        /// Anything else.
        Other => ("other", "report-kind-other"),
    }
}

/// A report of a contact with or about a resident.
///
/// Reports are append-only: once saved they are never edited or deleted (until the
/// retention period ends). A correction is a new report that refers to the old one, so
/// the file shows what was known and written at the time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// The report's id.
    pub id: ReportId,
    /// Whom it is about.
    pub resident_id: ResidentId,
    /// The traject it belongs to, if any.
    pub traject_id: Option<TrajectId>,
    /// When it was written (UTC; shown in Europe/Amsterdam time).
    pub written_at: DateTime<Utc>,
    /// Who wrote it.
    pub author: StaffMember,
    /// What kind of contact it reports.
    pub kind: ReportKind,
    /// The report itself.
    pub text: String,
}

impl Report {
    /// Checks the author and the text (required, at most 20,000 characters).
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_staff("author", &self.author);
        c.check_required("text", &self.text, REPORT_TEXT_MAX);
        c.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ValidationError;
    use crate::ids::StaffId;

    #[test]
    fn report_needs_text_and_author() {
        crate::choice::assert_choice_consistent::<ReportKind>();
        let mut report = Report {
            id: ReportId::new(),
            resident_id: ResidentId::new(),
            traject_id: None,
            written_at: DateTime::from_timestamp(1_750_000_000, 0).expect("a valid timestamp"),
            author: StaffMember::new(StaffId::new(), "Sanne de Vries").expect("named"),
            kind: ReportKind::WorkplaceVisit,
            text: "Werkplekbezoek: gaat goed.".into(),
        };
        assert_eq!(
            report.validate(),
            Ok(()),
            "a written report by a named author is valid"
        );
        report.text = " \n ".into();
        report.author.name = String::new();
        let errors = report.validate().expect_err("blank report");
        assert!(
            errors.contains("text", &ValidationError::Required),
            "a report needs text"
        );
        assert!(
            errors.contains("author", &ValidationError::StaffRequired),
            "and an author"
        );
        report.text = "x".repeat(20_001);
        report.author.name = "Sanne".into();
        assert_eq!(
            report.validate(),
            Err(ValidationErrors::single(
                "text",
                ValidationError::TooLong { max: 20_000 }
            )),
            "reports are limited to 20,000 characters"
        );
    }
}
