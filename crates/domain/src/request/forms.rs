//! What the request screens send, and how each becomes a record or a step: strings in,
//! every problem out at once with the form's field names.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::life::{Consent, ConsentForm, RequestLife};
use super::medical::{
    ExaminationAppointment, ExaminationKind, ExaminationOutcome, MedicalExamination,
    MedicalExaminationId, is_time,
};
use super::referral::{LifeDomain, Referral, ReferralId, ReferralProgress, ReferralUpdate};
use super::uwv::{
    ArbeidsvermogenCriteria, BanenafspraakRoute, Criterion, CriterionView, UwvAnswer, UwvOutcome,
    UwvRequest, UwvRequestId, UwvRequestKind,
};
use crate::category::DataCategory;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{ResidentId, StaffMember};
use crate::loonwaarde::LoonwaardeId;
use crate::validate::fields::Collector;
use crate::validate::{SHORT_TEXT_MAX, TEXT_MAX, parse_date};

/// The resident's consent as typed; all blank means none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct ConsentInput {
    /// The day given.
    pub given_on: Option<String>,
    /// `written`, `spoken`, `digital`.
    pub form: Option<String>,
    /// What it covers.
    pub scope: Option<String>,
    /// The day taken back.
    pub withdrawn_on: Option<String>,
}

impl ConsentInput {
    fn is_blank(&self) -> bool {
        [&self.given_on, &self.form, &self.scope, &self.withdrawn_on]
            .iter()
            .all(|v| crate::validate::fields::is_blank(v))
    }

    /// The consent, recorded by `by`; `None` when nothing was filled in.
    fn read(&self, c: &mut Collector, by: &StaffMember, today: NaiveDate) -> Option<Consent> {
        if self.is_blank() {
            return None;
        }
        let given_on = c.required_parsed("consent.given_on", &self.given_on, parse_date);
        if given_on.is_some_and(|g| g > today) {
            c.push("consent.given_on", ValidationError::DateInFuture);
        }
        let form = c.required_choice::<ConsentForm>("consent.form", &self.form);
        let scope = c.required("consent.scope", &self.scope, TEXT_MAX);
        let withdrawn_on = c.date("consent.withdrawn_on", &self.withdrawn_on);
        Some(Consent {
            given_on: given_on?,
            form: form?,
            scope: scope?,
            recorded_by: by.clone(),
            withdrawn_on,
        })
    }
}

/// One criterion as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct CriterionInput {
    /// `yes`, `no`, `unsure`.
    pub view: Option<String>,
    /// What the coach saw.
    pub explanation: Option<String>,
}

/// A request to UWV as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct UwvRequestInput {
    /// `beschut_werk`, `banenafspraak`, `wajong` (required).
    pub kind: Option<String>,
    /// `uwv` or `praktijkroute`, for a banenafspraak.
    pub route: Option<String>,
    /// The signed loonwaarde, for the praktijkroute.
    pub loonwaarde_id: Option<LoonwaardeId>,
    /// Can do a task in an organisation.
    pub task_in_organisation: CriterionInput,
    /// Basic employee skills.
    pub basic_skills: CriterionInput,
    /// One hour at a stretch.
    pub one_hour_at_a_stretch: CriterionInput,
    /// Four hours a day.
    pub four_hours_a_day: CriterionInput,
    /// Why (required).
    pub motivation: Option<String>,
    /// The resident's consent.
    pub consent: ConsentInput,
    /// What changed since a refusal less than 12 months ago.
    pub circumstances_changed: Option<String>,
}

impl UwvRequestInput {
    /// The draft: new (`earlier` is `None`) or the earlier draft changed. Refused when the
    /// earlier one was sent already.
    pub fn into_draft(
        &self,
        earlier: Option<&UwvRequest>,
        resident_id: ResidentId,
        by: &StaffMember,
        today: NaiveDate,
    ) -> Result<UwvRequest, ValidationErrors> {
        let mut c = Collector::new();
        if earlier.is_some_and(|e| !e.life.is_draft()) {
            c.push("status", ValidationError::Locked);
        }
        let kind = c.required_choice::<UwvRequestKind>("kind", &self.kind);
        let route = c.choice::<BanenafspraakRoute>("route", &self.route);
        let motivation = c.required("motivation", &self.motivation, TEXT_MAX);
        let circumstances_changed = c.text(
            "circumstances_changed",
            &self.circumstances_changed,
            TEXT_MAX,
        );
        let consent = self.consent.read(&mut c, by, today);
        let inputs = [
            ("task_in_organisation", &self.task_in_organisation),
            ("basic_skills", &self.basic_skills),
            ("one_hour_at_a_stretch", &self.one_hour_at_a_stretch),
            ("four_hours_a_day", &self.four_hours_a_day),
        ];
        let any = inputs.iter().any(|(_, i)| {
            !crate::validate::fields::is_blank(&i.view)
                || !crate::validate::fields::is_blank(&i.explanation)
        });
        let needs = kind.is_some_and(|k| k.needs_criteria(route));
        let criteria = if any || needs {
            let mut read = inputs.map(|(name, i)| {
                let view = c.required_choice::<CriterionView>(&format!("{name}.view"), &i.view);
                let explanation =
                    c.required(&format!("{name}.explanation"), &i.explanation, TEXT_MAX);
                Some(Criterion {
                    view: view?,
                    explanation: explanation?,
                })
            });
            let mut take = |i: usize| read[i].take();
            match (take(0), take(1), take(2), take(3)) {
                (Some(a), Some(b), Some(c4), Some(d)) => Some(ArbeidsvermogenCriteria {
                    task_in_organisation: a,
                    basic_skills: b,
                    one_hour_at_a_stretch: c4,
                    four_hours_a_day: d,
                }),
                _ => None,
            }
        } else {
            None
        };
        c.finish()?;
        let (Some(kind), Some(motivation)) = (kind, motivation) else {
            return Err(ValidationErrors::single("kind", ValidationError::Required));
        };
        let request = UwvRequest {
            id: earlier.map_or_else(UwvRequestId::new, |e| e.id),
            resident_id,
            kind,
            route,
            loonwaarde_id: self.loonwaarde_id,
            criteria,
            motivation,
            consent,
            circumstances_changed,
            life: earlier.map_or_else(
                || RequestLife::drafted(today, by.clone()),
                |e| e.life.clone(),
            ),
            due_on: None,
            answer: None,
        };
        request.validate()?;
        Ok(request)
    }
}

/// UWV's answer as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct UwvAnswerInput {
    /// `positive` or `negative` (required).
    pub outcome: Option<String>,
    /// The day it came in (blank: today).
    pub received_on: Option<String>,
    /// UWV's reference.
    pub reference: Option<String>,
    /// What UWV said (required).
    pub summary: Option<String>,
}

impl UwvAnswerInput {
    /// The answer, or every problem.
    pub fn read(&self, today: NaiveDate) -> Result<UwvAnswer, ValidationErrors> {
        let mut c = Collector::new();
        let outcome = c.required_choice::<UwvOutcome>("outcome", &self.outcome);
        let received_on = c.date("received_on", &self.received_on).unwrap_or(today);
        if received_on > today {
            c.push("received_on", ValidationError::DateInFuture);
        }
        let reference = c.text("reference", &self.reference, SHORT_TEXT_MAX);
        let summary = c.required("summary", &self.summary, TEXT_MAX);
        c.finish()?;
        match (outcome, summary) {
            (Some(outcome), Some(summary)) => Ok(UwvAnswer {
                outcome,
                received_on,
                reference,
                summary,
            }),
            _ => Err(ValidationErrors::single(
                "outcome",
                ValidationError::Required,
            )),
        }
    }
}

/// A medical examination as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct MedicalExaminationInput {
    /// `medical`, `arbeidsdeskundig`, `psychological` (required).
    pub kind: Option<String>,
    /// The agency (required).
    pub agency: Option<String>,
    /// The question (required).
    pub question: Option<String>,
    /// The resident's consent.
    pub consent: ConsentInput,
    /// The appointment's day.
    pub appointment_on: Option<String>,
    /// Its time, "HH:MM".
    pub appointment_at: Option<String>,
    /// Its place.
    pub appointment_place: Option<String>,
}

impl MedicalExaminationInput {
    /// The record: a new draft, or the earlier one changed (only the appointment and the
    /// consent once sent).
    pub fn into_record(
        &self,
        earlier: Option<&MedicalExamination>,
        resident_id: ResidentId,
        by: &StaffMember,
        today: NaiveDate,
    ) -> Result<MedicalExamination, ValidationErrors> {
        let mut c = Collector::new();
        let kind = c.required_choice::<ExaminationKind>("kind", &self.kind);
        let agency = c.required("agency", &self.agency, SHORT_TEXT_MAX);
        let question = c.required("question", &self.question, TEXT_MAX);
        if let Some(e) = earlier
            && !e.life.is_draft()
            && (Some(e.kind) != kind
                || agency.as_deref() != Some(e.agency.as_str())
                || question.as_deref() != Some(e.question.as_str()))
        {
            c.push("status", ValidationError::Locked);
        }
        let consent = self.consent.read(&mut c, by, today);
        let on = c.date("appointment_on", &self.appointment_on);
        let at = c.text("appointment_at", &self.appointment_at, 5);
        if at.as_deref().is_some_and(|t| !is_time(t)) {
            c.push("appointment_at", ValidationError::TimeFormat);
        }
        let place = c.text("appointment_place", &self.appointment_place, SHORT_TEXT_MAX);
        let appointment = match (on, place) {
            (Some(on), Some(place)) => Some(ExaminationAppointment { on, at, place }),
            (None, None) => None,
            (None, Some(_)) => {
                c.push("appointment_on", ValidationError::Required);
                None
            }
            (Some(_), None) => {
                c.push("appointment_place", ValidationError::Required);
                None
            }
        };
        c.finish()?;
        let (Some(kind), Some(agency), Some(question)) = (kind, agency, question) else {
            return Err(ValidationErrors::single("kind", ValidationError::Required));
        };
        let record = MedicalExamination {
            id: earlier.map_or_else(MedicalExaminationId::new, |e| e.id),
            resident_id,
            kind,
            agency,
            question,
            consent,
            appointment,
            life: earlier.map_or_else(
                || RequestLife::drafted(today, by.clone()),
                |e| e.life.clone(),
            ),
            outcome: earlier.and_then(|e| e.outcome.clone()),
        };
        record.validate()?;
        Ok(record)
    }
}

/// The outcome of an examination as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct ExaminationOutcomeInput {
    /// The day the report came in (blank: today).
    pub received_on: Option<String>,
    /// What it says (required).
    pub summary: Option<String>,
    /// What the resident can and cannot do at work.
    pub work_limitations: Option<String>,
}

impl ExaminationOutcomeInput {
    /// The outcome, or every problem.
    pub fn read(&self, today: NaiveDate) -> Result<ExaminationOutcome, ValidationErrors> {
        let mut c = Collector::new();
        let received_on = c.date("received_on", &self.received_on).unwrap_or(today);
        if received_on > today {
            c.push("received_on", ValidationError::DateInFuture);
        }
        let summary = c.required("summary", &self.summary, TEXT_MAX);
        let work_limitations = c.text("work_limitations", &self.work_limitations, TEXT_MAX);
        c.finish()?;
        Ok(ExaminationOutcome {
            received_on,
            summary: summary.unwrap_or_default(),
            work_limitations,
        })
    }
}

/// A referral as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct ReferralInput {
    /// The life domain (required).
    pub domain: Option<String>,
    /// The organisation (required).
    pub organisation: Option<String>,
    /// Why (required).
    pub reason: Option<String>,
    /// The data categories shared, by machine name (at least one).
    pub shared: Vec<String>,
    /// Why these data (required).
    pub shared_why: Option<String>,
    /// The resident's consent.
    pub consent: ConsentInput,
}

impl ReferralInput {
    /// The draft: new, or the earlier draft changed (refused once sent).
    pub fn into_draft(
        &self,
        earlier: Option<&Referral>,
        resident_id: ResidentId,
        by: &StaffMember,
        today: NaiveDate,
    ) -> Result<Referral, ValidationErrors> {
        let mut c = Collector::new();
        if earlier.is_some_and(|e| !e.life.is_draft()) {
            c.push("status", ValidationError::Locked);
        }
        let domain = c.required_choice::<LifeDomain>("domain", &self.domain);
        let organisation = c.required("organisation", &self.organisation, SHORT_TEXT_MAX);
        let reason = c.required("reason", &self.reason, TEXT_MAX);
        let shared_why = c.required("shared_why", &self.shared_why, TEXT_MAX);
        let mut shared = Vec::new();
        for name in &self.shared {
            match DataCategory::parse(name.trim()) {
                Some(k) if !k.is_special_category() => {
                    if !shared.contains(&k) {
                        shared.push(k);
                    }
                }
                _ => c.push("shared", ValidationError::InvalidChoice),
            }
        }
        if shared.is_empty() {
            c.push("shared", ValidationError::Required);
        }
        let consent = self.consent.read(&mut c, by, today);
        c.finish()?;
        let (Some(domain), Some(organisation), Some(reason), Some(shared_why)) =
            (domain, organisation, reason, shared_why)
        else {
            return Err(ValidationErrors::single(
                "domain",
                ValidationError::Required,
            ));
        };
        let referral = Referral {
            id: earlier.map_or_else(ReferralId::new, |e| e.id),
            resident_id,
            domain,
            organisation,
            reason,
            shared,
            shared_why,
            consent,
            life: earlier.map_or_else(
                || RequestLife::drafted(today, by.clone()),
                |e| e.life.clone(),
            ),
            updates: Vec::new(),
        };
        referral.validate()?;
        Ok(referral)
    }
}

/// A report from the other party as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct ReferralUpdateInput {
    /// `accepted`, `declined`, `started`, `ended` (required).
    pub progress: Option<String>,
    /// The day (blank: today).
    pub on: Option<String>,
    /// What they said.
    pub feedback: Option<String>,
}

impl ReferralUpdateInput {
    /// The update, or every problem.
    pub fn read(&self, today: NaiveDate) -> Result<ReferralUpdate, ValidationErrors> {
        let mut c = Collector::new();
        let progress = c.required_choice::<ReferralProgress>("progress", &self.progress);
        let on = c.date("on", &self.on).unwrap_or(today);
        if on > today {
            c.push("on", ValidationError::DateInFuture);
        }
        let feedback = c.text("feedback", &self.feedback, TEXT_MAX);
        c.finish()?;
        match progress {
            Some(progress) => Ok(ReferralUpdate {
                on,
                progress,
                feedback,
            }),
            None => Err(ValidationErrors::single(
                "progress",
                ValidationError::Required,
            )),
        }
    }
}
