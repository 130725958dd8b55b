//! Verzuimcontrole (issue 23): absences, the controller's check, the resident's account
//! and a named staff member's decision. Every write answers the resident's cases.

use serde::Deserialize;
use tauri::State;
use werkpad_domain::ResidentId;
use werkpad_domain::verzuim::{
    AbsenceInput, AccountInput, ControlInput, VerzuimCase, VerzuimDecisionInput, VerzuimId,
};

use super::{ResidentIdInput, today};
use crate::error::CmdResult;
use crate::state::AppState;

async fn cases(state: &AppState, resident_id: ResidentId) -> CmdResult<Vec<VerzuimCase>> {
    let store = state.unlocked().await?;
    Ok(store.verzuim().cases(resident_id).await?)
}

#[tauri::command]
pub async fn verzuim_cases(
    state: State<'_, AppState>,
    input: ResidentIdInput,
) -> CmdResult<Vec<VerzuimCase>> {
    cases(&state, input.resident_id).await
}

/// A new absence.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct AbsenceReportInput {
    resident_id: ResidentId,
    form: AbsenceInput,
}

#[tauri::command]
pub async fn absence_report(
    state: State<'_, AppState>,
    input: AbsenceReportInput,
) -> CmdResult<Vec<VerzuimCase>> {
    let store = state.unlocked().await?;
    store
        .verzuim()
        .report_absence(input.resident_id, &input.form, today())
        .await?;
    cases(&state, input.resident_id).await
}

/// The controller's check: asked, or its result.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct VerzuimControlInput {
    resident_id: ResidentId,
    id: VerzuimId,
    form: ControlInput,
}

#[tauri::command]
pub async fn verzuim_control(
    state: State<'_, AppState>,
    input: VerzuimControlInput,
) -> CmdResult<Vec<VerzuimCase>> {
    let store = state.unlocked().await?;
    store
        .verzuim()
        .control(input.resident_id, input.id, &input.form, today())
        .await?;
    cases(&state, input.resident_id).await
}

/// The resident's account: asked, or given.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct VerzuimAccountInput {
    resident_id: ResidentId,
    id: VerzuimId,
    form: AccountInput,
}

#[tauri::command]
pub async fn verzuim_account(
    state: State<'_, AppState>,
    input: VerzuimAccountInput,
) -> CmdResult<Vec<VerzuimCase>> {
    let store = state.unlocked().await?;
    store
        .verzuim()
        .account(input.resident_id, input.id, &input.form, today())
        .await?;
    cases(&state, input.resident_id).await
}

/// The signed-in staff member's decision.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct VerzuimDecideInput {
    resident_id: ResidentId,
    id: VerzuimId,
    form: VerzuimDecisionInput,
}

#[tauri::command]
pub async fn verzuim_decide(
    state: State<'_, AppState>,
    input: VerzuimDecideInput,
) -> CmdResult<Vec<VerzuimCase>> {
    let store = state.unlocked().await?;
    store
        .verzuim()
        .decide(input.resident_id, input.id, &input.form, today())
        .await?;
    cases(&state, input.resident_id).await
}
