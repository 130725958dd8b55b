//! The resident's file: reading it (audited), editing, traject steps, reports, agreements,
//! goals, appointments, and health data behind a stated purpose.

use serde::Deserialize;
use tauri::State;
use werkpad_core::forms::{
    AgreementInput, AppointmentInput, GoalInput, ReportInput, TrajectEndInput,
};
use werkpad_core::store::health::HealthAccess;
use werkpad_core::store::residents::ResidentFile;
use werkpad_domain::{
    HealthRecord, Purpose, ResidentDraft, ResidentId, TrajectId, TrajectState, ValidationError,
    ValidationErrors,
};

use crate::error::CmdResult;
use crate::state::AppState;

fn resident_id(s: &str) -> Result<ResidentId, ValidationErrors> {
    s.parse()
        .map_err(|_| ValidationErrors::single("resident_id", ValidationError::InvalidChoice))
}

fn purpose(s: &str) -> Result<Purpose, ValidationErrors> {
    Purpose::parse(s)
        .ok_or_else(|| ValidationErrors::single("purpose", ValidationError::InvalidChoice))
}

#[derive(Debug, Deserialize)]
pub struct FileInput {
    resident_id: String,
    purpose: String,
}

#[tauri::command]
pub async fn resident_file(
    state: State<'_, AppState>,
    input: FileInput,
) -> CmdResult<ResidentFile> {
    let store = state.unlocked().await?;
    Ok(store
        .resident_file(resident_id(&input.resident_id)?, purpose(&input.purpose)?)
        .await?)
}

#[derive(Debug, Deserialize)]
pub struct UpdateInput {
    resident_id: String,
    draft: ResidentDraft,
}

#[tauri::command]
pub async fn resident_update(
    state: State<'_, AppState>,
    input: UpdateInput,
) -> CmdResult<ResidentFile> {
    let store = state.unlocked().await?;
    let resident = input
        .draft
        .validate(resident_id(&input.resident_id)?, super::today())?;
    Ok(store.save_and_reload(&resident, Purpose::Guidance).await?)
}

#[derive(Debug, Deserialize)]
pub struct TransitionInput {
    resident_id: String,
    traject_id: String,
    to: String,
    reason: Option<String>,
}

#[tauri::command]
pub async fn traject_transition(
    state: State<'_, AppState>,
    input: TransitionInput,
) -> CmdResult<ResidentFile> {
    let store = state.unlocked().await?;
    let traject: TrajectId = input
        .traject_id
        .parse()
        .map_err(|_| ValidationErrors::single("traject_id", ValidationError::InvalidChoice))?;
    let to = TrajectState::parse(&input.to)
        .ok_or_else(|| ValidationErrors::single("to", ValidationError::InvalidChoice))?;
    let reason = input.reason.filter(|r| !r.trim().is_empty());
    Ok(store
        .transition_traject(
            resident_id(&input.resident_id)?,
            traject,
            to,
            super::today(),
            reason,
        )
        .await?)
}

#[derive(Debug, Deserialize)]
pub struct EndInput {
    resident_id: String,
    traject_id: String,
    #[serde(flatten)]
    end: TrajectEndInput,
}

#[tauri::command]
pub async fn traject_end(state: State<'_, AppState>, input: EndInput) -> CmdResult<ResidentFile> {
    let store = state.unlocked().await?;
    let traject: TrajectId = input
        .traject_id
        .parse()
        .map_err(|_| ValidationErrors::single("traject_id", ValidationError::InvalidChoice))?;
    let (reason, ended_on, reasoning) = input.end.parse()?;
    Ok(store
        .end_traject(
            resident_id(&input.resident_id)?,
            traject,
            reason,
            ended_on,
            reasoning,
        )
        .await?)
}

#[derive(Debug, Deserialize)]
pub struct WithResident<T> {
    resident_id: String,
    #[serde(flatten)]
    form: T,
}

#[tauri::command]
pub async fn report_add(
    state: State<'_, AppState>,
    input: WithResident<ReportInput>,
) -> CmdResult<ResidentFile> {
    let store = state.unlocked().await?;
    let report = input
        .form
        .into_record(resident_id(&input.resident_id)?, &store.device().coach)?;
    Ok(store.save_and_reload(&report, Purpose::Guidance).await?)
}

#[tauri::command]
pub async fn agreement_save(
    state: State<'_, AppState>,
    input: WithResident<AgreementInput>,
) -> CmdResult<ResidentFile> {
    let store = state.unlocked().await?;
    let record = input
        .form
        .into_record(resident_id(&input.resident_id)?, super::today())?;
    Ok(store.save_and_reload(&record, Purpose::Guidance).await?)
}

#[tauri::command]
pub async fn goal_save(
    state: State<'_, AppState>,
    input: WithResident<GoalInput>,
) -> CmdResult<ResidentFile> {
    let store = state.unlocked().await?;
    let record = input.form.into_record(resident_id(&input.resident_id)?)?;
    Ok(store.save_and_reload(&record, Purpose::Guidance).await?)
}

#[tauri::command]
pub async fn appointment_save(
    state: State<'_, AppState>,
    input: WithResident<AppointmentInput>,
) -> CmdResult<ResidentFile> {
    let store = state.unlocked().await?;
    let record = input.form.into_record(resident_id(&input.resident_id)?)?;
    Ok(store.save_and_reload(&record, Purpose::Guidance).await?)
}

#[derive(Debug, Deserialize)]
pub struct HealthInput {
    resident_id: String,
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
        .health_records(resident_id(&input.resident_id)?, access.as_ref())
        .await?)
}
