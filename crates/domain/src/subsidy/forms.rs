//! What the subsidy screens send, and how each becomes a record: strings in, every problem
//! out at once with the form's field names. The store passes in what it looked up (the
//! placement, the signed loonwaarde, the decision, the tariffs) and the signed-in person.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::decision::{LksDecision, LksDecisionId, LksOutcome, LksPayment, LksPaymentId};
use super::decision::{TrialPlacement, estimate};
use super::jobcoaching::{
    JobcoachOrganisation, JobcoachOrganisationId, JobcoachSubsidy, JobcoachSubsidyId,
    PaymentApproval, ProgressReport, TariffRow, calculate_jobcoaching,
};
use super::lks::{LksInput, calculate_lks};
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{PlacementId, ResidentId, StaffMember};
use crate::loonwaarde::{LoonwaardeId, Loonwaardebepaling};
use crate::matching::Placement;
use crate::validate::fields::Collector;
use crate::validate::{
    Email, KvkNumber, PhoneNumber, SHORT_TEXT_MAX, TEXT_MAX, parse_date, parse_hours_minutes,
};

fn merge(c: &mut Collector, errors: ValidationErrors) {
    for e in errors.iter() {
        c.push(&e.field, e.error.clone());
    }
}

/// A decision on a loonkostensubsidie as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct LksDecisionInput {
    /// The placement (required).
    pub placement_id: Option<PlacementId>,
    /// The signed loonwaardebepaling (required).
    pub loonwaarde_id: Option<LoonwaardeId>,
    /// First day of the subsidy (required).
    pub starts_on: Option<String>,
    /// First day of a trial placement before it.
    pub trial_from: Option<String>,
    /// Last day of the trial placement.
    pub trial_until: Option<String>,
    /// `granted` or `refused` (required).
    pub outcome: Option<String>,
    /// Day of the decision; blank: today.
    pub decided_on: Option<String>,
    /// Why (required).
    pub reasoning: Option<String>,
    /// The decision this one replaces.
    pub supersedes: Option<LksDecisionId>,
}

impl LksDecisionInput {
    /// The decision, by `decided_by`, on `placement` with the signed `loonwaarde`.
    pub fn decide(
        &self,
        placement: &Placement,
        loonwaarde: &Loonwaardebepaling,
        decided_by: StaffMember,
        today: NaiveDate,
    ) -> Result<LksDecision, ValidationErrors> {
        let mut c = Collector::new();
        let percent = loonwaarde.signed_percent();
        if percent.is_none() {
            c.push("loonwaarde_id", ValidationError::NotSigned);
        }
        if loonwaarde.resident_id != placement.resident_id {
            c.push("loonwaarde_id", ValidationError::InvalidChoice);
        }
        let starts_on = c.required_parsed("starts_on", &self.starts_on, parse_date);
        let trial_from = c.date("trial_from", &self.trial_from);
        let trial_until = c.date("trial_until", &self.trial_until);
        let trial = match (trial_from, trial_until) {
            (Some(from), Some(until)) => Some(TrialPlacement { from, until }),
            (None, None) => None,
            (Some(_), None) => {
                c.push("trial_until", ValidationError::Required);
                None
            }
            (None, Some(_)) => {
                c.push("trial_from", ValidationError::Required);
                None
            }
        };
        let outcome = c.required_choice::<LksOutcome>("outcome", &self.outcome);
        let decided_on = c.date("decided_on", &self.decided_on).unwrap_or(today);
        if decided_on > today {
            c.push("decided_on", ValidationError::DateInFuture);
        }
        let reasoning = c.required("reasoning", &self.reasoning, TEXT_MAX);
        if let (Some(start), Some(end)) = (starts_on, placement.end.as_ref())
            && start > end.on
        {
            c.push("starts_on", ValidationError::PlacementEnded);
        }
        if starts_on.is_some_and(|s| s < placement.start) && trial.is_none() {
            c.push("starts_on", ValidationError::DateOutOfOrder);
        }
        let minutes_per_week = u32::from(placement.hours_per_week) * 60;
        let est = match (percent, starts_on) {
            (Some(p), Some(s)) => match estimate(p, minutes_per_week, s) {
                Ok(e) => Some(e),
                Err(e) => {
                    for fe in e.iter() {
                        c.push("starts_on", fe.error.clone());
                    }
                    None
                }
            },
            _ => None,
        };
        match (percent, starts_on, outcome, reasoning, est) {
            (Some(p), Some(starts_on), Some(outcome), Some(reasoning), Some(estimate))
                if c.is_ok() =>
            {
                let d = LksDecision {
                    id: LksDecisionId::new(),
                    resident_id: placement.resident_id,
                    placement_id: placement.id,
                    employer_id: placement.employer_id,
                    loonwaarde_id: loonwaarde.id,
                    loonwaarde_percent: p,
                    minutes_per_week,
                    starts_on,
                    trial,
                    estimate,
                    outcome,
                    decided_by,
                    decided_on,
                    reasoning,
                    supersedes: self.supersedes,
                };
                d.validate()?;
                Ok(d)
            }
            _ => Err(c.into_errors()),
        }
    }
}

/// A payment of loonkostensubsidie as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct LksPaymentInput {
    /// The decision (required).
    pub decision_id: Option<LksDecisionId>,
    /// First day of the period.
    pub period_from: Option<String>,
    /// Last day of the period.
    pub period_until: Option<String>,
    /// Hours actually worked in the period ("96,5").
    pub hours_worked: Option<String>,
}

impl LksPaymentInput {
    /// The payment under `decision`, whose grant runs until `last_day` (the placement's
    /// end or the day before a newer decision), approved by `approved_by` today.
    pub fn pay(
        &self,
        decision: &LksDecision,
        last_day: Option<NaiveDate>,
        approved_by: StaffMember,
        today: NaiveDate,
    ) -> Result<LksPayment, ValidationErrors> {
        let mut c = Collector::new();
        let from = c.required_parsed("period_from", &self.period_from, parse_date);
        let until = c.required_parsed("period_until", &self.period_until, parse_date);
        let minutes = c.required_parsed("hours_worked", &self.hours_worked, parse_hours_minutes);
        if let (Some(f), Some(u)) = (from, until) {
            if u < f {
                c.push("period_until", ValidationError::EndBeforeStart);
            } else if !decision.covers(f, u, last_day) {
                c.push("period_from", ValidationError::OutsideDecision);
            }
            if (u - f).num_days() > 366 {
                c.push(
                    "period_until",
                    ValidationError::OutOfRange { min: 1, max: 366 },
                );
            }
        }
        match (from, until, minutes) {
            (Some(from), Some(until), Some(minutes)) if c.is_ok() => {
                let calculation = calculate_lks(&LksInput {
                    loonwaarde_percent: decision.loonwaarde_percent,
                    from,
                    until,
                    minutes,
                });
                let calculation = match calculation {
                    Ok(calc) => calc,
                    Err(e) => {
                        merge(&mut c, e);
                        return Err(c.into_errors());
                    }
                };
                let p = LksPayment {
                    id: LksPaymentId::new(),
                    resident_id: decision.resident_id,
                    decision_id: decision.id,
                    calculation,
                    approved_by,
                    approved_on: today,
                };
                p.validate()?;
                Ok(p)
            }
            _ => Err(c.into_errors()),
        }
    }
}

/// A jobcoach organisation as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct JobcoachOrganisationInput {
    /// Name (required).
    pub name: Option<String>,
    /// KvK number.
    pub kvk: Option<String>,
    /// Contact person.
    pub contact_name: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
}

impl JobcoachOrganisationInput {
    /// The organisation with id `id` (kept when it is edited).
    pub fn into_record(
        &self,
        id: JobcoachOrganisationId,
    ) -> Result<JobcoachOrganisation, ValidationErrors> {
        let mut c = Collector::new();
        let name = c.required("name", &self.name, SHORT_TEXT_MAX);
        let kvk = c.parsed("kvk", &self.kvk, KvkNumber::parse);
        let contact_name = c.text("contact_name", &self.contact_name, SHORT_TEXT_MAX);
        let email = c.parsed("email", &self.email, Email::parse);
        let phone = c.parsed("phone", &self.phone, PhoneNumber::parse);
        match name {
            Some(name) if c.is_ok() => Ok(JobcoachOrganisation {
                id,
                name,
                kvk,
                contact_name,
                email,
                phone,
            }),
            _ => Err(c.into_errors()),
        }
    }
}

/// Job coaching of one resident and period, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct JobcoachSubsidyInput {
    /// The organisation (required).
    pub organisation_id: Option<JobcoachOrganisationId>,
    /// The loonwaardebepaling that set the need.
    pub loonwaarde_id: Option<LoonwaardeId>,
    /// First day of the period.
    pub period_from: Option<String>,
    /// Last day of the period.
    pub period_until: Option<String>,
    /// Hours of coaching in the period.
    pub hours: Option<String>,
}

impl JobcoachSubsidyInput {
    /// The planned subsidy for `resident_id` at `tariffs`.
    pub fn into_record(
        &self,
        resident_id: ResidentId,
        tariffs: &[TariffRow],
    ) -> Result<JobcoachSubsidy, ValidationErrors> {
        let mut c = Collector::new();
        if self.organisation_id.is_none() {
            c.push("organisation_id", ValidationError::Required);
        }
        let from = c.required_parsed("period_from", &self.period_from, parse_date);
        let until = c.required_parsed("period_until", &self.period_until, parse_date);
        let minutes = c.required_parsed("hours", &self.hours, parse_hours_minutes);
        if minutes == Some(0) {
            c.push("hours", ValidationError::OutOfRange { min: 1, max: 2400 });
        }
        match (self.organisation_id, from, until, minutes) {
            (Some(organisation_id), Some(from), Some(until), Some(minutes)) if c.is_ok() => {
                let calculation = calculate_jobcoaching(tariffs, from, until, minutes)?;
                let s = JobcoachSubsidy {
                    id: JobcoachSubsidyId::new(),
                    resident_id,
                    organisation_id,
                    loonwaarde_id: self.loonwaarde_id,
                    calculation,
                    progress_report: None,
                    approval: None,
                };
                s.validate()?;
                Ok(s)
            }
            _ => Err(c.into_errors()),
        }
    }
}

/// The organisation's progress report as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct ProgressReportInput {
    /// The day it came in (required).
    pub received_on: Option<String>,
    /// What it says (required).
    pub summary: Option<String>,
}

impl ProgressReportInput {
    /// `subsidy` with the report; refused once the payment is approved.
    pub fn apply(
        &self,
        subsidy: &JobcoachSubsidy,
        today: NaiveDate,
    ) -> Result<JobcoachSubsidy, ValidationErrors> {
        let mut c = Collector::new();
        if subsidy.approval.is_some() {
            c.push("progress_report", ValidationError::AlreadySigned);
        }
        let received_on = c.required_parsed("received_on", &self.received_on, parse_date);
        if received_on.is_some_and(|d| d > today) {
            c.push("received_on", ValidationError::DateInFuture);
        }
        let summary = c.required("summary", &self.summary, TEXT_MAX);
        match (received_on, summary) {
            (Some(received_on), Some(summary)) if c.is_ok() => {
                let mut s = subsidy.clone();
                s.progress_report = Some(ProgressReport {
                    received_on,
                    summary,
                });
                s.validate()?;
                Ok(s)
            }
            _ => Err(c.into_errors()),
        }
    }
}

/// `subsidy` approved for payment by `by` today: needs the report, once.
pub fn approve_jobcoaching(
    subsidy: &JobcoachSubsidy,
    by: StaffMember,
    today: NaiveDate,
) -> Result<JobcoachSubsidy, ValidationErrors> {
    if subsidy.approval.is_some() {
        return Err(ValidationErrors::single(
            "approval",
            ValidationError::AlreadySigned,
        ));
    }
    let mut s = subsidy.clone();
    s.approval = Some(PaymentApproval {
        approved_by: by,
        approved_on: today,
    });
    s.validate()?;
    Ok(s)
}
