//! Satisfaction surveys (issue 24): keep one resident's answers (given with consent, on
//! the laptop or on paper) for the next sync, and say how many wait. No command takes a
//! resident: an answer is not part of anyone's file.

use serde::Serialize;
use tauri::State;
use werkpad_domain::survey::SurveyInput;

use super::today;
use crate::error::CmdResult;
use crate::state::AppState;

/// How many answers wait for the server.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct SurveyPending {
    /// Answers not yet delivered.
    pub pending: u32,
}

async fn pending(state: &AppState) -> CmdResult<SurveyPending> {
    let store = state.unlocked().await?;
    let n = store.surveys().pending_count().await?;
    Ok(SurveyPending {
        pending: u32::try_from(n).unwrap_or(u32::MAX),
    })
}

/// Keep the answers (refused without consent or with a score outside 1..=5).
#[tauri::command]
pub async fn survey_record(
    state: State<'_, AppState>,
    input: SurveyInput,
) -> CmdResult<SurveyPending> {
    let store = state.unlocked().await?;
    store.surveys().record(input, today()).await?;
    pending(&state).await
}

/// How many answers wait for the next sync.
#[tauri::command]
pub async fn survey_pending(state: State<'_, AppState>) -> CmdResult<SurveyPending> {
    pending(&state).await
}
