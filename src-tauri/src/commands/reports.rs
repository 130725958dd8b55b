//! Management information for team leads and policy staff: the teams they may choose, a
//! report fetched from the server (offline: the last fetched one, marked as such), and the
//! shown report as CSV or PDF in the print folder, to save or print like a statement.

use serde::Deserialize;
use tauri::State;
use uuid::Uuid;
use werkpad_core::StoreError;
use werkpad_core::i18n::Locale;
use werkpad_core::reports::{FetchedReport, FetchedTeams, ReportError, export, pdf};
use werkpad_core::statements::Context;
use werkpad_domain::report::ManagementReport;

use super::statements::{PrintFile, print_file, put};
use crate::error::{CmdResult, CommandError};
use crate::state::AppState;

/// Which report: a team (none: every team, policy staff only) and the months.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "ReportInput")]
pub struct ReportInput {
    #[ts(type = "string | null")]
    team: Option<Uuid>,
    /// First month, `yyyy-mm`.
    from: String,
    /// Last month, `yyyy-mm`.
    to: String,
}

fn failed(e: ReportError) -> CommandError {
    CommandError::from_payload(e.payload())
}

fn locale(state: &AppState) -> Locale {
    Locale::parse(&state.settings().locale).unwrap_or_default()
}

/// Whether this user gets management figures at all (for the navigation).
#[tauri::command]
pub async fn report_allowed(state: State<'_, AppState>) -> CmdResult<bool> {
    state
        .unlocked()
        .await?
        .reports()
        .allowed()
        .await
        .map_err(failed)
}

/// The teams whose figures this user may see.
#[tauri::command]
pub async fn report_teams(state: State<'_, AppState>) -> CmdResult<FetchedTeams> {
    state
        .unlocked()
        .await?
        .reports()
        .teams()
        .await
        .map_err(failed)
}

/// A report from the server; offline the last fetched one of the same question.
#[tauri::command]
pub async fn report_fetch(
    state: State<'_, AppState>,
    input: ReportInput,
) -> CmdResult<FetchedReport> {
    state
        .unlocked()
        .await?
        .reports()
        .fetch(input.team, &input.from, &input.to)
        .await
        .map_err(failed)
}

async fn logged(state: &AppState, report: &ManagementReport, format: &str) -> CmdResult<()> {
    state
        .unlocked()
        .await?
        .reports()
        .record_export(report, format)
        .await
        .map_err(failed)
}

async fn kept(state: &AppState, input: &ReportInput) -> CmdResult<FetchedReport> {
    state
        .unlocked()
        .await?
        .reports()
        .kept(input.team, &input.from, &input.to)
        .await
        .map_err(failed)
}

/// The shown report as CSV in the print folder (the UI then saves it with
/// `print_file_save`).
#[tauri::command]
pub async fn report_save_csv(
    state: State<'_, AppState>,
    input: ReportInput,
) -> CmdResult<PrintFile> {
    let fetched = kept(&state, &input).await?;
    let text = export::csv(&fetched.report, locale(&state));
    // A BOM, so that spreadsheet programs read the accents as UTF-8.
    let bytes = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
    let path = put(&state, &export::file_name(&fetched.report, "csv"), &bytes)?;
    logged(&state, &fetched.report, "csv").await?;
    Ok(print_file(path, None, None))
}

/// The shown report as a PDF in the print folder (the UI then opens it to print, with
/// `print_file_open`, or saves it).
#[tauri::command]
pub async fn report_save_pdf(
    state: State<'_, AppState>,
    input: ReportInput,
) -> CmdResult<PrintFile> {
    let fetched = kept(&state, &input).await?;
    let settings = state.settings();
    let ctx = Context {
        locale: locale(&state),
        letterhead: settings.letterhead,
        now: chrono::Utc::now(),
    };
    let doc = pdf::document(&ctx, &fetched).map_err(StoreError::from)?;
    let bytes = werkpad_core::statements::pdf::render(&doc)
        .map_err(|e| StoreError::from(werkpad_core::statements::StatementError::from(e)))?;
    let path = put(&state, &export::file_name(&fetched.report, "pdf"), &bytes)?;
    logged(&state, &fetched.report, "pdf").await?;
    Ok(print_file(path, None, None))
}
