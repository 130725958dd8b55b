//! The intake form: draft kept while typing, checks, submit.

use serde::Serialize;
use tauri::State;
use werkpad_core::intake::IntakeForm;
use werkpad_domain::{FieldError, ResidentId};

use crate::error::CmdResult;
use crate::state::AppState;

#[tauri::command]
pub async fn intake_draft_load(state: State<'_, AppState>) -> CmdResult<Option<IntakeForm>> {
    Ok(state.unlocked().await?.intake().load_draft().await?)
}

#[tauri::command]
pub async fn intake_draft_save(state: State<'_, AppState>, input: IntakeForm) -> CmdResult<()> {
    Ok(state.unlocked().await?.intake().save_draft(&input).await?)
}

#[tauri::command]
pub async fn intake_draft_discard(state: State<'_, AppState>) -> CmdResult<()> {
    Ok(state.unlocked().await?.intake().discard_draft().await?)
}

#[tauri::command]
pub async fn intake_check(
    state: State<'_, AppState>,
    input: IntakeForm,
) -> CmdResult<Vec<FieldError>> {
    let store = state.unlocked().await?;
    Ok(match input.check(&store.device().coach, super::today()) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.0,
    })
}

#[derive(Debug, Serialize, ts_rs::TS)]
#[ts(rename = "IntakeSubmitResult")]
pub struct Submitted {
    resident_id: ResidentId,
}

#[tauri::command]
pub async fn intake_submit(state: State<'_, AppState>, input: IntakeForm) -> CmdResult<Submitted> {
    let store = state.unlocked().await?;
    let id = store.intake().submit(&input, super::today()).await?;
    Ok(Submitted { resident_id: id })
}
