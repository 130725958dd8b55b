//! The resident's file: reading it (audited), editing, traject steps, reports, agreements,
//! goals, appointments, and health data behind a stated purpose.

use serde::Deserialize;
use tauri::State;
use werkpad_core::store::health::HealthAccess;
use werkpad_core::store::residents::ResidentFile;
use werkpad_domain::forms::{
    AgreementInput, AppointmentInput, GoalInput, ReportInput, TrajectEndInput,
};
use werkpad_domain::{
    HealthRecord, Purpose, ResidentDraft, ResidentId, TrajectId, TrajectState, ValidationError,
    ValidationErrors,
};

use crate::error::CmdResult;
use crate::state::AppState;

pub(super) fn purpose(s: &str) -> Result<Purpose, ValidationErrors> {
    Purpose::parse(s)
        .ok_or_else(|| ValidationErrors::single("purpose", ValidationError::InvalidChoice))
}

/// Which file to open, and why (the purpose is audited).
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "ResidentFileInput")]
pub struct FileInput {
    resident_id: ResidentId,
    #[ts(type = "Purpose")]
    purpose: String,
}

#[tauri::command]
pub async fn resident_file(
    state: State<'_, AppState>,
    input: FileInput,
) -> CmdResult<ResidentFile> {
    let store = state.unlocked().await?;
    Ok(store
        .residents()
        .resident_file(input.resident_id, purpose(&input.purpose)?)
        .await?)
}

/// The personal data as the edit form gives it.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "ResidentUpdateInput")]
pub struct UpdateInput {
    resident_id: ResidentId,
    draft: ResidentDraft,
}

#[tauri::command]
pub async fn resident_update(
    state: State<'_, AppState>,
    input: UpdateInput,
) -> CmdResult<ResidentFile> {
    let store = state.unlocked().await?;
    let resident = input.draft.validate(input.resident_id, super::today())?;
    Ok(store
        .residents()
        .save_and_reload(&resident, Purpose::Guidance)
        .await?)
}

/// A step of the traject.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "TrajectTransitionInput")]
pub struct TransitionInput {
    resident_id: ResidentId,
    traject_id: TrajectId,
    #[ts(type = "TrajectState")]
    to: String,
    reason: Option<String>,
}

#[tauri::command]
pub async fn traject_transition(
    state: State<'_, AppState>,
    input: TransitionInput,
) -> CmdResult<ResidentFile> {
    let store = state.unlocked().await?;
    let to = TrajectState::parse(&input.to)
        .ok_or_else(|| ValidationErrors::single("to", ValidationError::InvalidChoice))?;
    let reason = input.reason.filter(|r| !r.trim().is_empty());
    Ok(store
        .residents()
        .transition_traject(
            input.resident_id,
            input.traject_id,
            to,
            super::today(),
            reason,
        )
        .await?)
}

/// The end of a traject as the form gives it.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "TrajectEndInput")]
pub struct EndInput {
    resident_id: ResidentId,
    traject_id: TrajectId,
    #[serde(flatten)]
    end: TrajectEndInput,
}

#[tauri::command]
pub async fn traject_end(state: State<'_, AppState>, input: EndInput) -> CmdResult<ResidentFile> {
    let store = state.unlocked().await?;
    let (reason, ended_on, reasoning) = input.end.parse()?;
    Ok(store
        .residents()
        .end_traject(
            input.resident_id,
            input.traject_id,
            reason,
            ended_on,
            reasoning,
        )
        .await?)
}

/// A new report in the resident's file.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct ReportAddInput {
    resident_id: ResidentId,
    #[serde(flatten)]
    form: ReportInput,
}

#[tauri::command]
pub async fn report_add(
    state: State<'_, AppState>,
    input: ReportAddInput,
) -> CmdResult<ResidentFile> {
    let store = state.unlocked().await?;
    let report = input
        .form
        .into_record(input.resident_id, &store.device().coach)?;
    Ok(store
        .residents()
        .save_and_reload(&report, Purpose::Guidance)
        .await?)
}

/// A new or changed agreement.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct AgreementSaveInput {
    resident_id: ResidentId,
    #[serde(flatten)]
    form: AgreementInput,
}

#[tauri::command]
pub async fn agreement_save(
    state: State<'_, AppState>,
    input: AgreementSaveInput,
) -> CmdResult<ResidentFile> {
    let store = state.unlocked().await?;
    let record = input.form.into_record(input.resident_id, super::today())?;
    Ok(store
        .residents()
        .save_and_reload(&record, Purpose::Guidance)
        .await?)
}

/// A new or changed goal.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct GoalSaveInput {
    resident_id: ResidentId,
    #[serde(flatten)]
    form: GoalInput,
}

#[tauri::command]
pub async fn goal_save(
    state: State<'_, AppState>,
    input: GoalSaveInput,
) -> CmdResult<ResidentFile> {
    let store = state.unlocked().await?;
    let record = input.form.into_record(input.resident_id)?;
    Ok(store
        .residents()
        .save_and_reload(&record, Purpose::Guidance)
        .await?)
}

/// A new or changed appointment.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct AppointmentSaveInput {
    resident_id: ResidentId,
    #[serde(flatten)]
    form: AppointmentInput,
}

#[tauri::command]
pub async fn appointment_save(
    state: State<'_, AppState>,
    input: AppointmentSaveInput,
) -> CmdResult<ResidentFile> {
    let store = state.unlocked().await?;
    let record = input.form.into_record(input.resident_id)?;
    Ok(store
        .residents()
        .save_and_reload(&record, Purpose::Guidance)
        .await?)
}

/// Health data: without a purpose the answer is empty; with one, every read is audited.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "HealthViewInput")]
pub struct HealthInput {
    resident_id: ResidentId,
    #[ts(type = "Purpose | null")]
    purpose: Option<String>,
    reason: Option<String>,
}

#[tauri::command]
pub async fn health_view(
    state: State<'_, AppState>,
    input: HealthInput,
) -> CmdResult<Vec<HealthRecord>> {
    let store = state.unlocked().await?;
    let access = match input.purpose.as_deref().filter(|p| !p.is_empty()) {
        Some(p) => Some(HealthAccess {
            purpose: purpose(p)?,
            reason: input.reason.unwrap_or_default(),
        }),
        None => None,
    };
    Ok(store
        .residents()
        .health_records(input.resident_id, access.as_ref())
        .await?)
}

/// A request of the resident about their data that came in.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct RightsRequestAddInput {
    resident_id: ResidentId,
    #[serde(flatten)]
    form: werkpad_domain::forms::RightsRequestInput,
}

#[tauri::command]
pub async fn rights_request_add(
    state: State<'_, AppState>,
    input: RightsRequestAddInput,
) -> CmdResult<ResidentFile> {
    let store = state.unlocked().await?;
    Ok(store
        .residents()
        .add_rights_request(input.resident_id, &input.form)
        .await?)
}

/// The answer to a request, by the signed-in staff member.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct RightsRequestDecideInput {
    resident_id: ResidentId,
    request_id: werkpad_domain::RightsRequestId,
    #[serde(flatten)]
    form: werkpad_domain::forms::RightsDecisionInput,
}

#[tauri::command]
pub async fn rights_request_decide(
    state: State<'_, AppState>,
    input: RightsRequestDecideInput,
) -> CmdResult<ResidentFile> {
    let store = state.unlocked().await?;
    Ok(store
        .residents()
        .decide_rights_request(input.resident_id, input.request_id, &input.form)
        .await?)
}
