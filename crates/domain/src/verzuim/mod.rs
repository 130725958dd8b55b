//! Verzuimcontrole: a resident did not show up at the workplace or the programme. The
//! absence is recorded (from a missed appointment or reported by the employer), a
//! verzuimcontroleur may check (visit or call), the resident gives their own account (hoor
//! en wederhoor) or lets the reply term pass, and only then a named staff member decides:
//! nothing, a warning (a letter), or a proposal for a measure to the benefits department,
//! which decides the measure itself (Participatiewet art. 18). Never automatic.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::category::DataCategory;
use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{AppointmentId, PlacementId, ResidentId, StaffMember, id_newtype};
use crate::request::deadline::working_days_after;
use crate::validate::fields::Collector;
use crate::validate::{SHORT_TEXT_MAX, TEXT_MAX};

/// Working days the resident has to give their account.
pub const ACCOUNT_WORKING_DAYS: u32 = 5;

id_newtype! {
    /// Identifies a case of absence.
    VerzuimId,
}

choice_enum! {
    /// Where the resident did not show up.
    pub enum AbsencePlace {
        /// At the workplace (a placement).
        Workplace => ("workplace", "absence-place-workplace"),
        /// At the programme (an appointment of the traject).
        Programme => ("programme", "absence-place-programme"),
    }
}

choice_enum! {
    /// Who reported the absence.
    pub enum AbsenceSource {
        /// A missed appointment (no-show) in Werkpad.
        NoShow => ("no_show", "absence-source-no-show"),
        /// The employer.
        Employer => ("employer", "absence-source-employer"),
        /// The provider of the programme.
        Provider => ("provider", "absence-source-provider"),
    }
}

choice_enum! {
    /// How the controller checked.
    pub enum ControlKind {
        /// A home visit.
        Visit => ("visit", "control-kind-visit"),
        /// A phone call.
        Call => ("call", "control-kind-call"),
    }
}

choice_enum! {
    /// What the controller found.
    pub enum ControlFinding {
        /// Ill.
        Ill => ("ill", "control-finding-ill"),
        /// Absent with a good reason.
        Justified => ("justified", "control-finding-justified"),
        /// Absent without a good reason.
        Unjustified => ("unjustified", "control-finding-unjustified"),
        /// Not reached.
        NotReached => ("not_reached", "control-finding-not-reached"),
    }
}

choice_enum! {
    /// What a staff member decided.
    pub enum VerzuimOutcome {
        /// Nothing follows.
        NoAction => ("no_action", "verzuim-outcome-no-action"),
        /// A warning letter.
        Warning => ("warning", "verzuim-outcome-warning"),
        /// A proposal for a measure to the benefits department.
        MeasureProposal => ("measure_proposal", "verzuim-outcome-measure-proposal"),
    }
}

/// The absence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Absence {
    /// The day.
    pub on: NaiveDate,
    /// Workplace or programme.
    pub place: AbsencePlace,
    /// The placement, for a workplace.
    pub placement_id: Option<PlacementId>,
    /// The missed appointment, for a no-show.
    pub appointment_id: Option<AppointmentId>,
    /// Who reported it.
    pub source: AbsenceSource,
    /// The reporter's name (the employer's contact).
    pub reported_by: Option<String>,
    /// What was reported.
    pub note: Option<String>,
}

/// The check by a verzuimcontroleur.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Control {
    /// The day it was asked (the controller receives name, address and the absence).
    pub requested_on: NaiveDate,
    /// The controller (organisation and name).
    pub controller: String,
    /// Visit or call.
    pub kind: ControlKind,
    /// The day it was done.
    pub done_on: Option<NaiveDate>,
    /// What was found.
    pub finding: Option<ControlFinding>,
    /// The controller's note.
    pub note: Option<String>,
}

/// The resident's own account (hoor en wederhoor).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ResidentAccount {
    /// The day the resident was asked.
    pub asked_on: NaiveDate,
    /// The last day to answer: [`ACCOUNT_WORKING_DAYS`] working days later.
    pub answer_by: NaiveDate,
    /// The day the account was given.
    pub given_on: Option<NaiveDate>,
    /// The account in the resident's words.
    pub text: Option<String>,
}

/// The decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct VerzuimDecision {
    /// The day.
    pub on: NaiveDate,
    /// Who decided.
    pub by: StaffMember,
    /// What.
    pub outcome: VerzuimOutcome,
    /// Why, in words the resident can follow.
    pub reasoning: String,
}

/// One case of absence from first report to decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct VerzuimCase {
    /// The case's id.
    pub id: VerzuimId,
    /// Whose.
    pub resident_id: ResidentId,
    /// The absence.
    pub absence: Absence,
    /// The controller's check.
    pub control: Option<Control>,
    /// The resident's account.
    pub account: Option<ResidentAccount>,
    /// The decision.
    pub decision: Option<VerzuimDecision>,
}

impl ResidentAccount {
    /// Asked on `asked_on`, to answer within the term.
    pub fn asked(asked_on: NaiveDate) -> Self {
        Self {
            asked_on,
            answer_by: working_days_after(asked_on, ACCOUNT_WORKING_DAYS),
            given_on: None,
            text: None,
        }
    }

    /// Heard: the account was given, or the term passed without one on `today`.
    pub fn heard(&self, today: NaiveDate) -> bool {
        self.given_on.is_some() || today > self.answer_by
    }
}

impl VerzuimCase {
    /// What the verzuimcontroleur receives.
    pub fn shared_with_controller() -> Vec<DataCategory> {
        vec![
            DataCategory::Name,
            DataCategory::Address,
            DataCategory::Phone,
            DataCategory::Support,
        ]
    }

    /// A decision may be taken on `today`: the resident was heard (or let the term pass).
    /// Refused with [`ValidationError::AccountRequired`] under `account`.
    pub fn may_decide(&self, today: NaiveDate) -> Result<(), ValidationErrors> {
        if self.account.as_ref().is_some_and(|a| a.heard(today)) {
            Ok(())
        } else {
            Err(ValidationErrors::single(
                "account",
                ValidationError::AccountRequired,
            ))
        }
    }

    /// The record's rules: a placement for a workplace absence, an appointment for a
    /// no-show, dates in order, the account's term, and a decision only after the resident
    /// was asked, by a named person, with reasons.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        let a = &self.absence;
        if a.place == AbsencePlace::Workplace && a.placement_id.is_none() {
            c.push("absence.placement_id", ValidationError::Required);
        }
        if a.source == AbsenceSource::NoShow && a.appointment_id.is_none() {
            c.push("absence.appointment_id", ValidationError::Required);
        }
        c.check_optional(
            "absence.reported_by",
            a.reported_by.as_deref(),
            SHORT_TEXT_MAX,
        );
        c.check_optional("absence.note", a.note.as_deref(), TEXT_MAX);
        if let Some(k) = &self.control {
            c.check_required("control.controller", &k.controller, SHORT_TEXT_MAX);
            c.check_optional("control.note", k.note.as_deref(), TEXT_MAX);
            if k.requested_on < a.on {
                c.push("control.requested_on", ValidationError::DateOutOfOrder);
            }
            if k.done_on.is_some_and(|d| d < k.requested_on) {
                c.push("control.done_on", ValidationError::DateOutOfOrder);
            }
            if k.finding.is_some() != k.done_on.is_some() {
                c.push("control.finding", ValidationError::Required);
            }
        }
        if let Some(acc) = &self.account {
            if acc.asked_on < a.on {
                c.push("account.asked_on", ValidationError::DateOutOfOrder);
            }
            if acc.answer_by != working_days_after(acc.asked_on, ACCOUNT_WORKING_DAYS) {
                c.push("account.answer_by", ValidationError::InvalidChoice);
            }
            if acc.given_on.is_some_and(|g| g < acc.asked_on) {
                c.push("account.given_on", ValidationError::DateOutOfOrder);
            }
            if acc.given_on.is_some() {
                match &acc.text {
                    Some(t) => c.check_required("account.text", t, TEXT_MAX),
                    None => c.push("account.text", ValidationError::Required),
                }
            }
        }
        if let Some(d) = &self.decision {
            c.check_staff("decision.by", &d.by);
            c.check_required("decision.reasoning", &d.reasoning, TEXT_MAX);
            if let Err(e) = self.may_decide(d.on) {
                for fe in e.iter() {
                    c.push(&fe.field, fe.error.clone());
                }
            }
        }
        c.finish()
    }
}

mod forms;

pub use forms::{AbsenceInput, AccountInput, ControlInput, VerzuimDecisionInput};

#[cfg(test)]
mod tests;
