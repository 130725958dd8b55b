//! The caseload list and search as you type.

use serde::Deserialize;
use tauri::State;
use werkpad_core::store::search::ResidentSummary;

use crate::error::CmdResult;
use crate::state::AppState;

/// Rows in the caseload list.
const LIMIT: i64 = 200;
/// Rows for a search: every typed word must match, so 50 is a precise list, and a shorter
/// table renders in a fraction of the time on each keystroke (BENCHMARKS.md).
const SEARCH_LIMIT: i64 = 50;

#[derive(Debug, Deserialize)]
pub struct CaseloadInput {
    state: Option<String>,
    text: Option<String>,
}

#[tauri::command]
pub async fn caseload(
    state: State<'_, AppState>,
    input: CaseloadInput,
) -> CmdResult<Vec<ResidentSummary>> {
    let store = state.unlocked().await?;
    let filter = input.state.as_deref().filter(|s| !s.is_empty());
    match input
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        Some(text) => {
            let mut hits = store.search(text, SEARCH_LIMIT).await?;
            if let Some(f) = filter {
                hits.retain(|h| h.traject_state.as_deref() == Some(f));
            }
            Ok(hits)
        }
        None => Ok(store.caseload(filter, LIMIT, 0).await?),
    }
}
