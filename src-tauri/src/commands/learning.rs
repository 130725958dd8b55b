//! Leerwerkplekken and trainings (issue 23), shown in the Werk tab. Every write answers
//! the resident's learning file.

use serde::Deserialize;
use tauri::State;
use werkpad_core::learning::LearningFile;
use werkpad_domain::ResidentId;
use werkpad_domain::learning::{LeerwerkplekId, LeerwerkplekInput, TrainingId, TrainingInput};

use super::{ResidentIdInput, today};
use crate::error::CmdResult;
use crate::state::AppState;

async fn file(state: &AppState, resident_id: ResidentId) -> CmdResult<LearningFile> {
    let store = state.unlocked().await?;
    Ok(store.learning().learning_file(resident_id).await?)
}

#[tauri::command]
pub async fn learning_file(
    state: State<'_, AppState>,
    input: ResidentIdInput,
) -> CmdResult<LearningFile> {
    file(&state, input.resident_id).await
}

/// A leerwerkplek: new without `id`.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct LeerwerkplekSaveInput {
    resident_id: ResidentId,
    id: Option<LeerwerkplekId>,
    form: LeerwerkplekInput,
}

#[tauri::command]
pub async fn leerwerkplek_save(
    state: State<'_, AppState>,
    input: LeerwerkplekSaveInput,
) -> CmdResult<LearningFile> {
    let store = state.unlocked().await?;
    store
        .learning()
        .save_leerwerkplek(input.resident_id, input.id, &input.form, today())
        .await?;
    file(&state, input.resident_id).await
}

/// An evaluation of a leerwerkplek.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct LeerwerkplekEvaluateInput {
    resident_id: ResidentId,
    id: LeerwerkplekId,
    summary: String,
}

#[tauri::command]
pub async fn leerwerkplek_evaluate(
    state: State<'_, AppState>,
    input: LeerwerkplekEvaluateInput,
) -> CmdResult<LearningFile> {
    let store = state.unlocked().await?;
    store
        .learning()
        .evaluate(input.resident_id, input.id, &input.summary, today())
        .await?;
    file(&state, input.resident_id).await
}

/// A training: new without `id`.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct TrainingSaveInput {
    resident_id: ResidentId,
    id: Option<TrainingId>,
    form: TrainingInput,
}

#[tauri::command]
pub async fn training_save(
    state: State<'_, AppState>,
    input: TrainingSaveInput,
) -> CmdResult<LearningFile> {
    let store = state.unlocked().await?;
    store
        .learning()
        .save_training(input.resident_id, input.id, &input.form, today())
        .await?;
    file(&state, input.resident_id).await
}
