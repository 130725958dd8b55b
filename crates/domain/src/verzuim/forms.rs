//! What the verzuim screens send, and how each step changes the case: strings in, every
//! problem out at once with the form's field names; nothing changes on a refusal.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{
    Absence, AbsencePlace, AbsenceSource, Control, ControlFinding, ControlKind, ResidentAccount,
    VerzuimCase, VerzuimDecision, VerzuimId, VerzuimOutcome,
};
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{AppointmentId, PlacementId, ResidentId, StaffMember};
use crate::validate::fields::Collector;
use crate::validate::{SHORT_TEXT_MAX, TEXT_MAX, parse_date};

fn not_after_today(c: &mut Collector, field: &str, day: Option<NaiveDate>, today: NaiveDate) {
    if day.is_some_and(|d| d > today) {
        c.push(field, ValidationError::DateInFuture);
    }
}

/// An absence as reported.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct AbsenceInput {
    /// The day (required, not in the future).
    pub on: Option<String>,
    /// `workplace` or `programme` (required).
    pub place: Option<String>,
    /// The placement, for a workplace.
    pub placement_id: Option<PlacementId>,
    /// The missed appointment, for a no-show.
    pub appointment_id: Option<AppointmentId>,
    /// `no_show`, `employer` or `provider` (required).
    pub source: Option<String>,
    /// The reporter's name.
    pub reported_by: Option<String>,
    /// What was reported.
    pub note: Option<String>,
}

impl AbsenceInput {
    /// A new case for `resident_id`.
    pub fn into_case(
        &self,
        resident_id: ResidentId,
        today: NaiveDate,
    ) -> Result<VerzuimCase, ValidationErrors> {
        let mut c = Collector::new();
        let on = c.required_parsed("on", &self.on, parse_date);
        not_after_today(&mut c, "on", on, today);
        let place = c.required_choice::<AbsencePlace>("place", &self.place);
        let source = c.required_choice::<AbsenceSource>("source", &self.source);
        let reported_by = c.text("reported_by", &self.reported_by, SHORT_TEXT_MAX);
        let note = c.text("note", &self.note, TEXT_MAX);
        if place == Some(AbsencePlace::Workplace) && self.placement_id.is_none() {
            c.push("placement_id", ValidationError::Required);
        }
        if source == Some(AbsenceSource::NoShow) && self.appointment_id.is_none() {
            c.push("appointment_id", ValidationError::Required);
        }
        c.finish()?;
        let (Some(on), Some(place), Some(source)) = (on, place, source) else {
            return Err(ValidationErrors::single("on", ValidationError::Required));
        };
        let case = VerzuimCase {
            id: VerzuimId::new(),
            resident_id,
            absence: Absence {
                on,
                place,
                placement_id: self.placement_id,
                appointment_id: self.appointment_id,
                source,
                reported_by,
                note,
            },
            control: None,
            account: None,
            decision: None,
        };
        case.validate()?;
        Ok(case)
    }
}

/// A control asked of a verzuimcontroleur, or its result.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct ControlInput {
    /// The day it was asked (blank: today).
    pub requested_on: Option<String>,
    /// The controller (required).
    pub controller: Option<String>,
    /// `visit` or `call` (required).
    pub kind: Option<String>,
    /// The day it was done.
    pub done_on: Option<String>,
    /// `ill`, `justified`, `unjustified`, `not_reached` (with the day done).
    pub finding: Option<String>,
    /// The controller's note.
    pub note: Option<String>,
}

impl ControlInput {
    /// The case with this control; refused once decided.
    pub fn apply(
        &self,
        case: &VerzuimCase,
        today: NaiveDate,
    ) -> Result<VerzuimCase, ValidationErrors> {
        let mut c = Collector::new();
        if case.decision.is_some() {
            c.push("decision", ValidationError::Locked);
        }
        let requested_on = c.date("requested_on", &self.requested_on).unwrap_or(today);
        not_after_today(&mut c, "requested_on", Some(requested_on), today);
        let controller = c.required("controller", &self.controller, SHORT_TEXT_MAX);
        let kind = c.required_choice::<ControlKind>("kind", &self.kind);
        let done_on = c.date("done_on", &self.done_on);
        not_after_today(&mut c, "done_on", done_on, today);
        let finding = c.choice::<ControlFinding>("finding", &self.finding);
        if done_on.is_some() && finding.is_none() {
            c.push("finding", ValidationError::Required);
        }
        if finding.is_some() && done_on.is_none() {
            c.push("done_on", ValidationError::Required);
        }
        let note = c.text("note", &self.note, TEXT_MAX);
        c.finish()?;
        let (Some(controller), Some(kind)) = (controller, kind) else {
            return Err(ValidationErrors::single(
                "controller",
                ValidationError::Required,
            ));
        };
        let mut next = case.clone();
        next.control = Some(Control {
            requested_on,
            controller,
            kind,
            done_on,
            finding,
            note,
        });
        next.validate()?;
        Ok(next)
    }
}

/// The resident's account: asked (blank text) or given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct AccountInput {
    /// The day the resident was asked (blank: today, or the day asked before).
    pub asked_on: Option<String>,
    /// The day the account was given (with the text).
    pub given_on: Option<String>,
    /// The account in the resident's words.
    pub text: Option<String>,
}

impl AccountInput {
    /// The case with the resident asked, or with their account; refused once decided.
    pub fn apply(
        &self,
        case: &VerzuimCase,
        today: NaiveDate,
    ) -> Result<VerzuimCase, ValidationErrors> {
        let mut c = Collector::new();
        if case.decision.is_some() {
            c.push("decision", ValidationError::Locked);
        }
        let asked_on = c
            .date("asked_on", &self.asked_on)
            .or(case.account.as_ref().map(|a| a.asked_on))
            .unwrap_or(today);
        not_after_today(&mut c, "asked_on", Some(asked_on), today);
        let text = c.text("text", &self.text, TEXT_MAX);
        let given_on = c.date("given_on", &self.given_on);
        not_after_today(&mut c, "given_on", given_on, today);
        let given_on = match (given_on, &text) {
            (None, Some(_)) => Some(today),
            (g, _) => g,
        };
        if given_on.is_some() && text.is_none() {
            c.push("text", ValidationError::Required);
        }
        c.finish()?;
        let mut account = ResidentAccount::asked(asked_on);
        account.given_on = given_on;
        account.text = text;
        let mut next = case.clone();
        next.account = Some(account);
        next.validate()?;
        Ok(next)
    }
}

/// A decision as typed; the decider is the signed-in staff member.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct VerzuimDecisionInput {
    /// `no_action`, `warning`, `measure_proposal` (required).
    pub outcome: Option<String>,
    /// Why (required).
    pub reasoning: Option<String>,
}

impl VerzuimDecisionInput {
    /// The decided case: refused without the resident's account (or its term passed),
    /// without a named person, twice.
    pub fn decide(
        &self,
        case: &VerzuimCase,
        by: StaffMember,
        today: NaiveDate,
    ) -> Result<VerzuimCase, ValidationErrors> {
        let mut c = Collector::new();
        if case.decision.is_some() {
            c.push("decision", ValidationError::Locked);
        }
        let outcome = c.required_choice::<VerzuimOutcome>("outcome", &self.outcome);
        let reasoning = c.required("reasoning", &self.reasoning, TEXT_MAX);
        c.check_staff("decided_by", &by);
        if let Err(e) = case.may_decide(today) {
            for fe in e.iter() {
                c.push(&fe.field, fe.error.clone());
            }
        }
        c.finish()?;
        let (Some(outcome), Some(reasoning)) = (outcome, reasoning) else {
            return Err(ValidationErrors::single(
                "outcome",
                ValidationError::Required,
            ));
        };
        let mut next = case.clone();
        next.decision = Some(VerzuimDecision {
            on: today,
            by,
            outcome,
            reasoning,
        });
        next.validate()?;
        Ok(next)
    }
}
