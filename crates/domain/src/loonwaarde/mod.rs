//! Loonwaardebepaling by the uniform method (Besluit loonkostensubsidie Participatiewet
//! 2021): how much of an average employee's work in the same function the resident does,
//! as a whole percentage, assessed at the actual workplace.
//!
//! - [`Loonwaardebepaling`]: the assessment, a draft filled in at the workplace until the
//!   assessor signs it off; after that it does not change (a re-assessment is a new one);
//! - [`arithmetic`]: the time-weighted sum over the main tasks, with every step shown;
//! - [`draft`]: the form as the coach types it.
//!
//! The software computes; the assessor (a loonwaardedeskundige, from the staff list or a
//! research agency) signs, and a named staff member records the sign-off.

pub mod arithmetic;
pub mod draft;

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

pub use arithmetic::{LoonwaardeOutcome, TaskLine, compute};
pub use draft::{LoonwaardeDraft, MainTaskDraft, SignOffInput};

use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{EmployerId, PlacementId, ResidentId, StaffMember, id_newtype};
use crate::validate::fields::Collector;
use crate::validate::{SHORT_TEXT_MAX, TEXT_MAX};

id_newtype! {
    /// Identifies one loonwaardebepaling.
    LoonwaardeId,
}

/// At most this many main tasks (the method speaks of "up to about five").
pub const MAX_TASKS: usize = 5;
/// Scores above 100 % are noted but count as 100 % (the method caps them).
pub const MAX_SCORE: u16 = 200;
/// Longest working week the form accepts, in minutes (60 hours).
pub const MAX_WEEK_MINUTES: u32 = 60 * 60;
/// Default interval between re-assessments, in months (municipal policy; settings).
pub const DEFAULT_REASSESS_MONTHS: u32 = 12;

choice_enum! {
    /// Where the assessor comes from.
    pub enum AssessorKind {
        /// A loonwaardedeskundige on the municipality's staff list.
        Staff => ("staff", "assessor-kind-staff"),
        /// A research agency engaged by the municipality (a recipient: the sharing
        /// register records what it received).
        ResearchAgency => ("research_agency", "assessor-kind-research-agency"),
    }
}

choice_enum! {
    /// How intensive the job coaching is.
    pub enum CoachingIntensity {
        /// A few contacts a month, mostly with the employer.
        Light => ("light", "coaching-intensity-light"),
        /// Weekly contact at the workplace.
        Regular => ("regular", "coaching-intensity-regular"),
        /// Several times a week at the workplace.
        Intensive => ("intensive", "coaching-intensity-intensive"),
    }
}

/// The loonwaardedeskundige who assesses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Assessor {
    /// Staff list or research agency.
    pub kind: AssessorKind,
    /// The assessor's name.
    pub name: String,
    /// The research agency's name (required for a research agency).
    pub organisation: Option<String>,
}

/// One main task (hoofdtaak) with its share of the working time and the scores.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct MainTask {
    /// What the task is, e.g. "Orderpicken".
    pub name: String,
    /// Share of the weekly hours, in whole percent.
    pub share_percent: u8,
    /// Tempo compared with the normfunctie, in percent.
    pub tempo_percent: u16,
    /// Quality compared with the normfunctie, in percent.
    pub quality_percent: u16,
    /// Net working time (the time actually worked of the time present), in percent.
    pub net_time_percent: u16,
}

/// The need for job coaching, set together with the loonwaarde.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct JobcoachingNeed {
    /// Hours of coaching a month.
    pub hours_per_month: u16,
    /// How intensive.
    pub intensity: CoachingIntensity,
    /// For how many months.
    pub months: u8,
}

/// The assessor's sign-off: from then on the assessment is final.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct SignOff {
    /// The assessor who signed (the assessment's assessor, by name).
    pub signed_by: String,
    /// The day of signing.
    pub signed_on: NaiveDate,
    /// The staff member who recorded the signature.
    pub recorded_by: StaffMember,
    /// The loonwaarde as signed.
    pub loonwaarde_percent: u8,
    /// The day a re-assessment is due.
    pub reassess_on: NaiveDate,
}

/// A loonwaardebepaling: a draft until the assessor signs it off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Loonwaardebepaling {
    /// The assessment's id.
    pub id: LoonwaardeId,
    /// Whose work.
    pub resident_id: ResidentId,
    /// The placement the work is done in, when recorded.
    pub placement_id: Option<PlacementId>,
    /// The employer.
    pub employer_id: EmployerId,
    /// The employer's contact person for the assessment.
    pub employer_contact: Option<String>,
    /// The normfunctie: the function of an average employee it is compared with.
    pub normfunctie: String,
    /// The function the resident actually does.
    pub actual_function: String,
    /// Hours the resident works a week, in minutes.
    pub worked_minutes_per_week: u32,
    /// Full-time hours at this employer, in minutes a week.
    pub fulltime_minutes_per_week: u32,
    /// The day of the company visit.
    pub visit_date: NaiveDate,
    /// The day of the report.
    pub report_date: NaiveDate,
    /// Who assesses.
    pub assessor: Assessor,
    /// The main tasks, one to five.
    pub tasks: Vec<MainTask>,
    /// Observations at the workplace, in the assessor's words.
    pub notes: Option<String>,
    /// The need for job coaching, when there is one.
    pub jobcoaching: Option<JobcoachingNeed>,
    /// The sign-off; none while it is a draft.
    pub sign_off: Option<SignOff>,
}

impl Loonwaardebepaling {
    /// Every rule at once: texts, hours, one to five tasks whose shares add up to 100 %
    /// and each take at least 1/16 of the weekly hours, scores in range, the report not
    /// before the visit, and a sign-off by the assessor that matches the arithmetic.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_required("normfunctie", &self.normfunctie, SHORT_TEXT_MAX);
        c.check_required("actual_function", &self.actual_function, SHORT_TEXT_MAX);
        c.check_optional(
            "employer_contact",
            self.employer_contact.as_deref(),
            SHORT_TEXT_MAX,
        );
        c.check_optional("notes", self.notes.as_deref(), TEXT_MAX);
        check_minutes(&mut c, "fulltime_hours", self.fulltime_minutes_per_week);
        check_minutes(&mut c, "worked_hours", self.worked_minutes_per_week);
        if self.worked_minutes_per_week > self.fulltime_minutes_per_week {
            c.push("worked_hours", ValidationError::WorkedOverFulltime);
        }
        if self.report_date < self.visit_date {
            c.push("report_date", ValidationError::DateOutOfOrder);
        }
        c.check_required("assessor.name", &self.assessor.name, SHORT_TEXT_MAX);
        match (self.assessor.kind, &self.assessor.organisation) {
            (AssessorKind::ResearchAgency, None) => {
                c.push("assessor.organisation", ValidationError::Required)
            }
            (_, Some(org)) => c.check_required("assessor.organisation", org, SHORT_TEXT_MAX),
            _ => {}
        }
        check_tasks(&mut c, &self.tasks);
        if let Some(need) = &self.jobcoaching {
            if !(1..=200).contains(&need.hours_per_month) {
                c.push(
                    "jobcoaching.hours_per_month",
                    ValidationError::OutOfRange { min: 1, max: 200 },
                );
            }
            if !(1..=36).contains(&need.months) {
                c.push(
                    "jobcoaching.months",
                    ValidationError::OutOfRange { min: 1, max: 36 },
                );
            }
        }
        if let Some(s) = &self.sign_off {
            c.check_staff("sign_off.recorded_by", &s.recorded_by);
            if s.signed_by.trim() != self.assessor.name.trim() {
                c.push("sign_off.signed_by", ValidationError::NotTheAssessor);
            }
            if s.signed_on < self.visit_date {
                c.push("sign_off.signed_on", ValidationError::DateOutOfOrder);
            }
            if s.reassess_on <= s.signed_on {
                c.push("sign_off.reassess_on", ValidationError::DateOutOfOrder);
            }
            if c.is_ok() && Some(s.loonwaarde_percent) != self.outcome().map(|o| o.percent) {
                c.push(
                    "sign_off.loonwaarde_percent",
                    ValidationError::InvalidChoice,
                );
            }
        }
        c.finish()
    }

    /// The loonwaarde with its arithmetic, when the tasks allow one.
    pub fn outcome(&self) -> Option<LoonwaardeOutcome> {
        compute(&self.tasks).ok()
    }

    /// Signed off by the assessor.
    pub fn is_signed(&self) -> bool {
        self.sign_off.is_some()
    }

    /// The signed loonwaarde, if signed.
    pub fn signed_percent(&self) -> Option<u8> {
        self.sign_off.as_ref().map(|s| s.loonwaarde_percent)
    }

    /// A re-assessment is due on or before `today` (signed assessments only).
    pub fn reassessment_due(&self, today: NaiveDate) -> bool {
        self.sign_off
            .as_ref()
            .is_some_and(|s| s.reassess_on <= today)
    }
}

/// The day a re-assessment is due: `months` after signing.
pub fn reassess_on(signed_on: NaiveDate, months: u32) -> NaiveDate {
    signed_on
        .checked_add_months(Months::new(months.max(1)))
        .unwrap_or(NaiveDate::MAX)
}

fn check_minutes(c: &mut Collector, field: &str, minutes: u32) {
    if minutes == 0 || minutes > MAX_WEEK_MINUTES {
        c.push(field, ValidationError::OutOfRange { min: 1, max: 60 });
    }
}

/// One to five tasks, each named, each at least 1/16 of the week, shares adding up to
/// 100 %, scores from 0 to 200 %.
fn check_tasks(c: &mut Collector, tasks: &[MainTask]) {
    if tasks.is_empty() {
        c.push("tasks", ValidationError::Required);
        return;
    }
    if tasks.len() > MAX_TASKS {
        c.push(
            "tasks",
            ValidationError::OutOfRange {
                min: 1,
                max: MAX_TASKS as i64,
            },
        );
    }
    for (i, t) in tasks.iter().enumerate() {
        c.check_required(&format!("tasks[{i}].name"), &t.name, SHORT_TEXT_MAX);
        if u32::from(t.share_percent) * 16 < 100 {
            c.push(&format!("tasks[{i}].share"), ValidationError::TaskTooSmall);
        }
        for (field, score) in [
            ("tempo", t.tempo_percent),
            ("quality", t.quality_percent),
            ("net_time", t.net_time_percent),
        ] {
            if score > MAX_SCORE {
                c.push(
                    &format!("tasks[{i}].{field}"),
                    ValidationError::OutOfRange {
                        min: 0,
                        max: i64::from(MAX_SCORE),
                    },
                );
            }
        }
    }
    let total: u32 = tasks.iter().map(|t| u32::from(t.share_percent)).sum();
    if total != 100 {
        c.push(
            "tasks",
            ValidationError::SharesNotHundred {
                total: i64::from(total),
            },
        );
    }
}

#[cfg(test)]
mod tests;
