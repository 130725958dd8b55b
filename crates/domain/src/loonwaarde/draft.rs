//! The loonwaardebepaling as the coach types it at the workplace: strings in, the record
//! (or every problem at once, with the form's field names) out.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{
    Assessor, AssessorKind, CoachingIntensity, JobcoachingNeed, LoonwaardeId, Loonwaardebepaling,
    MainTask, SignOff, reassess_on,
};
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{EmployerId, PlacementId, ResidentId, StaffMember};
use crate::validate::fields::{Collector, clean};
use crate::validate::{SHORT_TEXT_MAX, TEXT_MAX, parse_hours_minutes};

/// One main task as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct MainTaskDraft {
    /// The task.
    pub name: Option<String>,
    /// Share of the week in percent.
    pub share: Option<String>,
    /// Tempo in percent.
    pub tempo: Option<String>,
    /// Quality in percent.
    pub quality: Option<String>,
    /// Net working time in percent.
    pub net_time: Option<String>,
}

/// A loonwaardebepaling as typed. The employer and placement are picked, so they are ids.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct LoonwaardeDraft {
    /// The placement, when the resident is placed.
    pub placement_id: Option<PlacementId>,
    /// The employer (required).
    pub employer_id: Option<EmployerId>,
    /// The employer's contact person.
    pub employer_contact: Option<String>,
    /// The normfunctie (required).
    pub normfunctie: Option<String>,
    /// The actual function (required).
    pub actual_function: Option<String>,
    /// Hours worked a week ("24,5").
    pub worked_hours: Option<String>,
    /// Full-time hours a week at this employer ("38").
    pub fulltime_hours: Option<String>,
    /// Day of the company visit (dd-mm-jjjj).
    pub visit_date: Option<String>,
    /// Day of the report; blank: the visit date.
    pub report_date: Option<String>,
    /// `staff` or `research_agency`.
    pub assessor_kind: Option<String>,
    /// The assessor's name.
    pub assessor_name: Option<String>,
    /// The research agency.
    pub assessor_organisation: Option<String>,
    /// The main tasks.
    pub tasks: Vec<MainTaskDraft>,
    /// Observations.
    pub notes: Option<String>,
    /// Coaching hours a month; blank: no job coaching.
    pub jobcoaching_hours: Option<String>,
    /// Coaching intensity.
    pub jobcoaching_intensity: Option<String>,
    /// Coaching duration in months.
    pub jobcoaching_months: Option<String>,
}

impl LoonwaardeDraft {
    /// The draft record with id `id` (kept when a draft is saved again), or every problem.
    pub fn into_record(
        &self,
        id: LoonwaardeId,
        resident_id: ResidentId,
    ) -> Result<Loonwaardebepaling, ValidationErrors> {
        let mut c = Collector::new();
        let employer_id = self.employer_id;
        if employer_id.is_none() {
            c.push("employer_id", ValidationError::Required);
        }
        let normfunctie = c.required("normfunctie", &self.normfunctie, SHORT_TEXT_MAX);
        let actual = c.required("actual_function", &self.actual_function, SHORT_TEXT_MAX);
        let contact = c.text("employer_contact", &self.employer_contact, SHORT_TEXT_MAX);
        let worked = c.required_parsed("worked_hours", &self.worked_hours, parse_hours_minutes);
        let fulltime =
            c.required_parsed("fulltime_hours", &self.fulltime_hours, parse_hours_minutes);
        let visit = c.required_parsed("visit_date", &self.visit_date, crate::parse_date);
        let report = c.date("report_date", &self.report_date).or(visit);
        let kind = c.required_choice::<AssessorKind>("assessor.kind", &self.assessor_kind);
        let assessor_name = c.required("assessor.name", &self.assessor_name, SHORT_TEXT_MAX);
        let organisation = c.text(
            "assessor.organisation",
            &self.assessor_organisation,
            SHORT_TEXT_MAX,
        );
        let notes = c.text("notes", &self.notes, TEXT_MAX);
        let tasks: Vec<MainTask> = self
            .tasks
            .iter()
            .enumerate()
            .filter(|(_, t)| **t != MainTaskDraft::default())
            .filter_map(|(i, t)| task(&mut c, i, t))
            .collect();
        let jobcoaching = self.jobcoaching(&mut c);
        match (
            employer_id,
            normfunctie,
            actual,
            worked,
            fulltime,
            visit,
            report,
            kind,
            assessor_name,
        ) {
            (
                Some(employer_id),
                Some(normfunctie),
                Some(actual_function),
                Some(worked),
                Some(fulltime),
                Some(visit_date),
                Some(report_date),
                Some(kind),
                Some(name),
            ) if c.is_ok() => {
                let record = Loonwaardebepaling {
                    id,
                    resident_id,
                    placement_id: self.placement_id,
                    employer_id,
                    employer_contact: contact,
                    normfunctie,
                    actual_function,
                    worked_minutes_per_week: worked,
                    fulltime_minutes_per_week: fulltime,
                    visit_date,
                    report_date,
                    assessor: Assessor {
                        kind,
                        name,
                        organisation,
                    },
                    tasks,
                    notes,
                    jobcoaching,
                    sign_off: None,
                };
                record.validate()?;
                Ok(record)
            }
            _ => Err(c.into_errors()),
        }
    }

    /// Only the task rows, parsed and checked as the method wants them: the live
    /// arithmetic while the rest of the form is still being filled in.
    pub fn tasks(&self) -> Result<Vec<MainTask>, ValidationErrors> {
        let mut c = Collector::new();
        let tasks: Vec<MainTask> = self
            .tasks
            .iter()
            .enumerate()
            .filter(|(_, t)| **t != MainTaskDraft::default())
            .filter_map(|(i, t)| task(&mut c, i, t))
            .collect();
        c.finish()?;
        Ok(tasks)
    }

    fn jobcoaching(&self, c: &mut Collector) -> Option<JobcoachingNeed> {
        let blank = [
            &self.jobcoaching_hours,
            &self.jobcoaching_intensity,
            &self.jobcoaching_months,
        ]
        .iter()
        .all(|v| clean(v.as_deref()).is_none());
        if blank {
            return None;
        }
        let hours = c.number(
            "jobcoaching.hours_per_month",
            &self.jobcoaching_hours,
            1,
            200,
        );
        if clean(self.jobcoaching_hours.as_deref()).is_none() {
            c.push("jobcoaching.hours_per_month", ValidationError::Required);
        }
        let intensity = c.required_choice::<CoachingIntensity>(
            "jobcoaching.intensity",
            &self.jobcoaching_intensity,
        );
        let months = c.number("jobcoaching.months", &self.jobcoaching_months, 1, 36);
        if clean(self.jobcoaching_months.as_deref()).is_none() {
            c.push("jobcoaching.months", ValidationError::Required);
        }
        Some(JobcoachingNeed {
            hours_per_month: u16::try_from(hours?).ok()?,
            intensity: intensity?,
            months: u8::try_from(months?).ok()?,
        })
    }
}

fn task(c: &mut Collector, i: usize, t: &MainTaskDraft) -> Option<MainTask> {
    let name = c.required(&format!("tasks[{i}].name"), &t.name, SHORT_TEXT_MAX);
    let mut pct = |field: &str, v: &Option<String>, max: i64| {
        let f = format!("tasks[{i}].{field}");
        if clean(v.as_deref()).is_none() {
            c.push(&f, ValidationError::Required);
            return None;
        }
        c.number(&f, v, 0, max)
    };
    let share = pct("share", &t.share, 100);
    let tempo = pct("tempo", &t.tempo, i64::from(super::MAX_SCORE));
    let quality = pct("quality", &t.quality, i64::from(super::MAX_SCORE));
    let net = pct("net_time", &t.net_time, i64::from(super::MAX_SCORE));
    Some(MainTask {
        name: name?,
        share_percent: u8::try_from(share?).ok()?,
        tempo_percent: u16::try_from(tempo?).ok()?,
        quality_percent: u16::try_from(quality?).ok()?,
        net_time_percent: u16::try_from(net?).ok()?,
    })
}

/// The assessor's signature as recorded by the coach.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct SignOffInput {
    /// The assessor's name as signed.
    pub signed_by: Option<String>,
    /// The day of signing (dd-mm-jjjj).
    pub signed_on: Option<String>,
}

impl SignOffInput {
    /// `draft` signed off: the loonwaarde fixed, the re-assessment due `reassess_months`
    /// later. A signed assessment cannot be signed again.
    pub fn sign(
        &self,
        draft: &Loonwaardebepaling,
        recorded_by: StaffMember,
        reassess_months: u32,
        today: NaiveDate,
    ) -> Result<Loonwaardebepaling, ValidationErrors> {
        let mut c = Collector::new();
        if draft.is_signed() {
            c.push("sign_off", ValidationError::AlreadySigned);
        }
        let signed_by = c.required("sign_off.signed_by", &self.signed_by, SHORT_TEXT_MAX);
        let signed_on = c.required_parsed("sign_off.signed_on", &self.signed_on, crate::parse_date);
        if signed_on.is_some_and(|d| d > today) {
            c.push("sign_off.signed_on", ValidationError::DateInFuture);
        }
        let outcome = super::compute(&draft.tasks);
        if let Err(e) = &outcome {
            for fe in e.iter() {
                c.push(&fe.field, fe.error.clone());
            }
        }
        match (signed_by, signed_on, outcome) {
            (Some(signed_by), Some(signed_on), Ok(outcome)) if c.is_ok() => {
                let mut signed = draft.clone();
                signed.sign_off = Some(SignOff {
                    signed_by,
                    signed_on,
                    recorded_by,
                    loonwaarde_percent: outcome.percent,
                    reassess_on: reassess_on(signed_on, reassess_months),
                });
                signed.validate()?;
                Ok(signed)
            }
            _ => Err(c.into_errors()),
        }
    }
}
