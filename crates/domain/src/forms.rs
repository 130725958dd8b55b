//! What the app's small forms send (reports, agreements, goals, appointments, traject
//! steps), and how each becomes a domain record: strings in, every problem out at once
//! with the form's field names. Shared by the app shell, werkpadctl and tests; plain rules
//! with no store, so they live with the domain.

use crate::rights::{
    RightsDecision, RightsKind, RightsOutcome, RightsRequest, RightsRequestId, due_date,
};
use crate::{
    Agreement, AgreementId, AgreementStatus, Appointment, AppointmentId, AppointmentStatus, Goal,
    GoalId, GoalStatus, Report, ReportId, ReportKind, ResidentId, StaffMember, ValidationError,
    ValidationErrors, parse_date,
};
use chrono::{NaiveDate, NaiveDateTime, Utc};
use serde::Deserialize;

fn required_date(
    errors: &mut ValidationErrors,
    field: &str,
    v: &Option<String>,
) -> Option<NaiveDate> {
    match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => {
            errors.push(field, ValidationError::Required);
            None
        }
        Some(s) => parse_date(s).map_err(|e| errors.push(field, e)).ok(),
    }
}

fn optional_date(
    errors: &mut ValidationErrors,
    field: &str,
    v: &Option<String>,
) -> Option<NaiveDate> {
    let s = v.as_deref().map(str::trim).filter(|s| !s.is_empty())?;
    parse_date(s).map_err(|e| errors.push(field, e)).ok()
}

fn choice<T>(
    errors: &mut ValidationErrors,
    field: &str,
    v: &Option<String>,
    parse: fn(&str) -> Option<T>,
    default: T,
) -> T {
    match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => default,
        Some(s) => parse(s).unwrap_or_else(|| {
            errors.push(field, ValidationError::InvalidChoice);
            default
        }),
    }
}

fn text(v: &Option<String>) -> String {
    v.as_deref().map(str::trim).unwrap_or_default().to_owned()
}

fn opt_text(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

fn parse_id<T>(
    errors: &mut ValidationErrors,
    v: &Option<String>,
    make: fn(uuid::Uuid) -> T,
    new: fn() -> T,
) -> T {
    match v.as_deref().filter(|s| !s.is_empty()) {
        None => new(),
        Some(s) => match uuid::Uuid::parse_str(s) {
            Ok(u) => make(u),
            Err(_) => {
                errors.push("id", ValidationError::InvalidChoice);
                new()
            }
        },
    }
}

fn finish<T>(
    errors: ValidationErrors,
    value: T,
    validate: impl FnOnce(&T) -> Result<(), ValidationErrors>,
) -> Result<T, ValidationErrors> {
    if !errors.is_empty() {
        return Err(errors);
    }
    validate(&value)?;
    Ok(value)
}

/// A new report (append-only).
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct ReportInput {
    /// conversation, phone, workplace_visit, home_visit, other.
    pub kind: Option<String>,
    /// The text.
    pub text: Option<String>,
}

impl ReportInput {
    /// The report, written now by `author`.
    pub fn into_record(
        &self,
        resident_id: ResidentId,
        author: &StaffMember,
    ) -> Result<Report, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let kind = choice(
            &mut errors,
            "kind",
            &self.kind,
            ReportKind::parse,
            ReportKind::Conversation,
        );
        let report = Report {
            id: ReportId::new(),
            resident_id,
            traject_id: None,
            written_at: Utc::now(),
            author: author.clone(),
            kind,
            text: text(&self.text),
        };
        finish(errors, report, Report::validate)
    }
}

/// A new or changed agreement.
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct AgreementInput {
    /// Existing id, or none for a new one.
    pub id: Option<String>,
    /// What was agreed.
    pub description: Option<String>,
    /// When it is due.
    pub due_on: Option<String>,
    /// open, kept, not_kept, cancelled.
    pub status: Option<String>,
}

impl AgreementInput {
    /// The agreement, made `today` if new.
    pub fn into_record(
        &self,
        resident_id: ResidentId,
        today: NaiveDate,
    ) -> Result<Agreement, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let id = parse_id(
            &mut errors,
            &self.id,
            AgreementId::from_uuid,
            AgreementId::new,
        );
        let agreement = Agreement {
            id,
            resident_id,
            traject_id: None,
            made_on: today,
            description: text(&self.description),
            due_on: optional_date(&mut errors, "due_on", &self.due_on),
            status: choice(
                &mut errors,
                "status",
                &self.status,
                AgreementStatus::parse,
                AgreementStatus::Open,
            ),
        };
        finish(errors, agreement, Agreement::validate)
    }
}

/// A new or changed goal.
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct GoalInput {
    /// Existing id, or none for a new one.
    pub id: Option<String>,
    /// The goal.
    pub description: Option<String>,
    /// When it should be reached.
    pub target_date: Option<String>,
    /// open, achieved, not_achieved, dropped.
    pub status: Option<String>,
}

impl GoalInput {
    /// The goal.
    pub fn into_record(&self, resident_id: ResidentId) -> Result<Goal, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let goal = Goal {
            id: parse_id(&mut errors, &self.id, GoalId::from_uuid, GoalId::new),
            resident_id,
            traject_id: None,
            description: text(&self.description),
            target_date: optional_date(&mut errors, "target_date", &self.target_date),
            status: choice(
                &mut errors,
                "status",
                &self.status,
                GoalStatus::parse,
                GoalStatus::Open,
            ),
        };
        finish(errors, goal, Goal::validate)
    }
}

/// A new or changed appointment.
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct AppointmentInput {
    /// Existing id, or none for a new one.
    pub id: Option<String>,
    /// Start, local time: "yyyy-mm-ddThh:mm" or "dd-mm-jjjj hh:mm".
    pub starts_at: Option<String>,
    /// End, same formats.
    pub ends_at: Option<String>,
    /// Where.
    pub location: Option<String>,
    /// What about.
    pub subject: Option<String>,
    /// planned, held, no_show, cancelled.
    pub status: Option<String>,
}

/// Parse a local date-time as a form sends it.
pub fn parse_datetime(s: &str) -> Result<NaiveDateTime, ValidationError> {
    let s = s.trim();
    for fmt in [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%d-%m-%Y %H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, fmt) {
            return Ok(dt);
        }
    }
    Err(ValidationError::DateFormat)
}

impl AppointmentInput {
    /// The appointment.
    pub fn into_record(&self, resident_id: ResidentId) -> Result<Appointment, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let mut when = |field: &str, v: &Option<String>| match v
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => {
                errors.push(field, ValidationError::Required);
                None
            }
            Some(s) => parse_datetime(s).map_err(|e| errors.push(field, e)).ok(),
        };
        let starts_at = when("starts_at", &self.starts_at);
        let ends_at = when("ends_at", &self.ends_at);
        let id = parse_id(
            &mut errors,
            &self.id,
            AppointmentId::from_uuid,
            AppointmentId::new,
        );
        let status = choice(
            &mut errors,
            "status",
            &self.status,
            AppointmentStatus::parse,
            AppointmentStatus::Planned,
        );
        let (Some(starts_at), Some(ends_at)) = (starts_at, ends_at) else {
            return Err(errors);
        };
        let appointment = Appointment {
            id,
            resident_id,
            starts_at,
            ends_at,
            location: opt_text(&self.location),
            subject: text(&self.subject),
            status,
        };
        finish(errors, appointment, Appointment::validate)
    }
}

/// Ending a traject.
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[serde(default)]
#[ts(rename = "TrajectEndForm")]
pub struct TrajectEndInput {
    /// beeindigd, geweigerd or afgebroken.
    pub reason: Option<String>,
    /// The end date.
    pub ended_on: Option<String>,
    /// The coach's reasoning.
    pub reasoning: Option<String>,
}

impl TrajectEndInput {
    /// The parsed end reason, date and reasoning.
    pub fn parse(&self) -> Result<(crate::EndReason, NaiveDate, String), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let reason = match self
            .reason
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => {
                errors.push("reason", ValidationError::Required);
                None
            }
            Some(s) => crate::EndReason::parse(s).or_else(|| {
                errors.push("reason", ValidationError::InvalidChoice);
                None
            }),
        };
        let ended_on = required_date(&mut errors, "ended_on", &self.ended_on);
        let reasoning = text(&self.reasoning);
        if reasoning.is_empty() {
            errors.push("reasoning", ValidationError::Required);
        }
        match (reason, ended_on) {
            (Some(r), Some(d)) if errors.is_empty() => Ok((r, d, reasoning)),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn an_appointment_that_ends_before_it_starts_is_refused() {
        let input = AppointmentInput {
            starts_at: Some("01-12-2026 10:00".into()),
            ends_at: Some("2026-12-01T09:00".into()),
            subject: Some("Gesprek".into()),
            ..Default::default()
        };
        let errors = input.into_record(ResidentId::new()).unwrap_err();
        assert!(!errors.is_empty(), "end before start must be refused");
    }

    #[test]
    fn ending_needs_reason_date_and_reasoning() {
        let errors = TrajectEndInput::default().parse().unwrap_err();
        for field in ["reason", "ended_on", "reasoning"] {
            assert!(
                errors.contains(field, &ValidationError::Required),
                "{field} is required"
            );
        }
        let ok = TrajectEndInput {
            reason: Some("afgebroken".into()),
            ended_on: Some("28-11-2026".into()),
            reasoning: Some("Inwoner verhuisd.".into()),
        };
        let (reason, date, _) = ok.parse().unwrap();
        assert_eq!(reason, crate::EndReason::Afgebroken);
        assert_eq!(date, NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    }
}

/// A request of the resident about their data, as the form sends it.
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct RightsRequestInput {
    /// rectification, erasure, restriction, objection.
    pub kind: Option<String>,
    /// The day it came in (dd-mm-jjjj).
    pub received_on: Option<String>,
    /// What the resident asks.
    pub summary: Option<String>,
}

impl RightsRequestInput {
    /// A new request; its deadline follows from the day it came in.
    pub fn into_record(&self, resident_id: ResidentId) -> Result<RightsRequest, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let kind = match self
            .kind
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => {
                errors.push("kind", ValidationError::Required);
                RightsKind::Rectification
            }
            Some(s) => RightsKind::parse(s).unwrap_or_else(|| {
                errors.push("kind", ValidationError::InvalidChoice);
                RightsKind::Rectification
            }),
        };
        let received_on =
            required_date(&mut errors, "received_on", &self.received_on).unwrap_or(NaiveDate::MIN);
        let request = RightsRequest {
            id: RightsRequestId::new(),
            resident_id,
            kind,
            received_on,
            due_on: due_date(received_on),
            summary: text(&self.summary),
            decision: None,
        };
        finish(errors, request, RightsRequest::validate)
    }
}

/// The answer to a request, as the form sends it; the signed-in staff member decides.
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct RightsDecisionInput {
    /// granted, partly_granted, refused.
    pub outcome: Option<String>,
    /// The day it was decided (dd-mm-jjjj).
    pub decided_on: Option<String>,
    /// Why.
    pub reasoning: Option<String>,
}

impl RightsDecisionInput {
    /// `request` with this decision by `decided_by`.
    pub fn decide(
        &self,
        request: &RightsRequest,
        decided_by: StaffMember,
    ) -> Result<RightsRequest, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let outcome = match self
            .outcome
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => {
                errors.push("decision.outcome", ValidationError::Required);
                RightsOutcome::Refused
            }
            Some(s) => RightsOutcome::parse(s).unwrap_or_else(|| {
                errors.push("decision.outcome", ValidationError::InvalidChoice);
                RightsOutcome::Refused
            }),
        };
        let decided_on = required_date(&mut errors, "decision.decided_on", &self.decided_on)
            .unwrap_or(request.received_on);
        let mut decided = request.clone();
        decided.decision = Some(RightsDecision {
            outcome,
            decided_on,
            decided_by,
            reasoning: text(&self.reasoning),
        });
        finish(errors, decided, RightsRequest::validate)
    }
}
