//! The caseload list, a page at a time (each page shown is logged by core), search as you
//! type (not logged), and the search that has settled on screen (logged: one entry per
//! resident shown, never the text).

use serde::{Deserialize, Serialize};
use tauri::State;
use werkpad_core::store::search::{self, ResidentSummary};

use crate::error::CmdResult;
use crate::state::AppState;

/// Rows per page of the caseload list ("Meer tonen" adds the next page). A coach reads a
/// page at a glance; a shorter table is also less for WebKit to lay out and hold
/// (BENCHMARKS.md, desktop app).
const PAGE: i64 = 50;
/// Rows for a search: every typed word must match, so 50 is a precise list, and a shorter
/// table renders in a fraction of the time on each keystroke (BENCHMARKS.md).
const SEARCH_LIMIT: i64 = 50;

#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct CaseloadInput {
    /// Only residents whose latest traject is in this state.
    #[ts(type = "TrajectState | null")]
    state: Option<String>,
    text: Option<String>,
    /// Rows of the list already shown (the list only; a search always starts at its top).
    #[serde(default)]
    #[ts(optional)]
    offset: Option<i64>,
}

/// One page of the list or a search's result.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct CaseloadPage {
    rows: Vec<ResidentSummary>,
    /// Residents in the list in all (with the state filter); `None` for a search, which
    /// stops at its limit.
    total: Option<i64>,
    /// More rows follow: a next page of the list, or a search that reached its limit.
    more: bool,
}

/// The list's filter as the UI sends it: empty is none.
fn filter(state: &Option<String>) -> Option<&str> {
    state.as_deref().filter(|s| !s.is_empty())
}

#[tauri::command]
pub async fn caseload(state: State<'_, AppState>, input: CaseloadInput) -> CmdResult<CaseloadPage> {
    let store = state.unlocked().await?;
    let filter = filter(&input.state);
    let text = input
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    if let Some(text) = text {
        let rows = store.residents().search(text, SEARCH_LIMIT).await?;
        let more = rows.len() as i64 >= SEARCH_LIMIT;
        return Ok(CaseloadPage {
            rows: search::in_state(rows, filter),
            total: None,
            more,
        });
    }
    // Only the UI sends it, counting rows it has: below zero means from the top.
    let offset = input.offset.unwrap_or(0).max(0);
    let rows = store.residents().caseload(filter, PAGE, offset).await?;
    let total = store.residents().caseload_count(filter).await?;
    let more = offset + (rows.len() as i64) < total;
    Ok(CaseloadPage {
        rows,
        total: Some(total),
        more,
    })
}

/// A search whose result the coach has in front of her: the text and filter of the
/// `caseload` call whose rows are shown.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct SettledSearchInput {
    /// Only residents whose latest traject is in this state.
    #[ts(type = "TrajectState | null")]
    state: Option<String>,
    text: String,
}

/// The search has settled (a pause in typing, Enter, or a result opened): the same search
/// again, logged for each resident it shows.
#[tauri::command]
pub async fn caseload_search_settled(
    state: State<'_, AppState>,
    input: SettledSearchInput,
) -> CmdResult<()> {
    let store = state.unlocked().await?;
    store
        .residents()
        .search_settled(&input.text, filter(&input.state), SEARCH_LIMIT)
        .await?;
    Ok(())
}
