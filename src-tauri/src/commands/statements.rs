//! Verklaringen: the 56+ advice and decision, issuing and reprinting statements (also the
//! loonwaarde report, the LKS beschikking, the request to UWV and the verzuim warning
//! letter), the inzage export and the privacy statement. PDFs go to the private print
//! folder; from there the coach opens them in the system viewer (to print) or saves them
//! where they choose.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use werkpad_core::i18n::Locale;
use werkpad_core::statements::{Context, Recipients56, StatementsOverview, privacy};
use werkpad_core::store::print_folder::PrintFolder;
use werkpad_core::{StoreError, statements};
use werkpad_domain::verklaring56::{
    Advice, DecisionOutcome, EmploymentFactsDraft, Verklaring56Decision,
};
use werkpad_domain::{
    ResidentId, StatementId, StatementKind, ValidationError, ValidationErrors,
    Verklaring56DecisionId,
};

use crate::error::CmdResult;
use crate::state::AppState;

fn context(state: &AppState) -> Context {
    let settings = state.settings();
    Context {
        locale: Locale::parse(&settings.locale).unwrap_or_default(),
        letterhead: settings.letterhead,
        now: chrono::Utc::now(),
    }
}

/// A PDF (and for an inzage also a JSON file) waiting in the print folder.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct PrintFile {
    /// Full path in the print folder.
    path: String,
    /// Its file name (the suggested name when saving).
    file_name: String,
    /// The statement's reference, when it has one.
    reference: Option<String>,
    /// The JSON file of an inzage export.
    json_path: Option<String>,
}

pub(super) fn put(state: &AppState, name: &str, bytes: &[u8]) -> Result<PathBuf, StoreError> {
    PrintFolder::new(state.data_dir()).write(name, bytes)
}

pub(super) fn print_file(
    path: PathBuf,
    reference: Option<String>,
    json_path: Option<PathBuf>,
) -> PrintFile {
    PrintFile {
        file_name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        path: path.to_string_lossy().into_owned(),
        reference,
        json_path: json_path.map(|p| p.to_string_lossy().into_owned()),
    }
}

/// The facts of an employment, for the 56+ advice (nothing is stored).
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "Verklaring56AdviceInput")]
pub struct AdviceInput {
    resident_id: ResidentId,
    facts: EmploymentFactsDraft,
}

#[tauri::command]
pub async fn verklaring56_advice(
    state: State<'_, AppState>,
    input: AdviceInput,
) -> CmdResult<Advice> {
    let store = state.unlocked().await?;
    Ok(store
        .statements()
        .verklaring56_advice(input.resident_id, &input.facts)
        .await?)
}

/// The coach's decision on a 56+ declaration.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "Verklaring56DecideInput")]
pub struct DecideInput {
    resident_id: ResidentId,
    facts: EmploymentFactsDraft,
    #[ts(type = "DecisionOutcome | null")]
    outcome: String,
    reasoning: String,
}

#[tauri::command]
pub async fn verklaring56_decide(
    state: State<'_, AppState>,
    input: DecideInput,
) -> CmdResult<Verklaring56Decision> {
    let outcome = DecisionOutcome::parse(&input.outcome)
        .ok_or_else(|| ValidationErrors::single("outcome", ValidationError::Required))?;
    let store = state.unlocked().await?;
    Ok(store
        .statements()
        .verklaring56_decide(
            input.resident_id,
            &input.facts,
            outcome,
            &input.reasoning,
            super::today(),
        )
        .await?)
}

#[tauri::command]
pub async fn statements_overview(
    state: State<'_, AppState>,
    input: super::ResidentIdInput,
) -> CmdResult<StatementsOverview> {
    let store = state.unlocked().await?;
    Ok(store.statements().overview(input.resident_id).await?)
}

/// Print the verklaring of a granted decision, for these recipients.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "Verklaring56IssueInput")]
pub struct IssueInput {
    decision_id: Verklaring56DecisionId,
    to_employer: bool,
    to_uwv: bool,
}

#[tauri::command]
pub async fn verklaring56_issue(
    state: State<'_, AppState>,
    input: IssueInput,
) -> CmdResult<PrintFile> {
    let ctx = context(&state);
    let store = state.unlocked().await?;
    let to = Recipients56 {
        employer: input.to_employer,
        uwv: input.to_uwv,
    };
    let issued = store
        .statements()
        .issue_verklaring56(&ctx, input.decision_id, to)
        .await?;
    let reference = issued.statement.reference;
    let path = put(
        &state,
        &format!("verklaring-56plus-{reference}.pdf"),
        &issued.pdf,
    )?;
    Ok(print_file(path, Some(reference), None))
}

/// Print a statement of this kind (intake report, plan van aanpak).
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "StatementIssueInput")]
pub struct StatementInput {
    resident_id: ResidentId,
    #[ts(type = "StatementKind")]
    kind: String,
}

#[tauri::command]
pub async fn statement_issue(
    state: State<'_, AppState>,
    input: StatementInput,
) -> CmdResult<PrintFile> {
    let ctx = context(&state);
    let resident = input.resident_id;
    let store = state.unlocked().await?;
    let issued = match StatementKind::parse(&input.kind) {
        Some(StatementKind::IntakeReport) => {
            store
                .statements()
                .issue_intake_report(&ctx, resident)
                .await?
        }
        Some(StatementKind::PlanVanAanpak) => store.statements().issue_plan(&ctx, resident).await?,
        _ => return Err(ValidationErrors::single("kind", ValidationError::InvalidChoice).into()),
    };
    let reference = issued.statement.reference;
    let name = format!(
        "{}-{reference}.pdf",
        issued.statement.kind.as_str().replace('_', "-")
    );
    let path = put(&state, &name, &issued.pdf)?;
    Ok(print_file(path, Some(reference), None))
}

/// The loonwaarde report of one assessment (a draft prints as CONCEPT).
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct LoonwaardeReportInput {
    resident_id: ResidentId,
    loonwaarde_id: werkpad_domain::loonwaarde::LoonwaardeId,
}

#[tauri::command]
pub async fn loonwaarde_report_issue(
    state: State<'_, AppState>,
    input: LoonwaardeReportInput,
) -> CmdResult<PrintFile> {
    let ctx = context(&state);
    let store = state.unlocked().await?;
    let issued = store
        .statements()
        .issue_loonwaarde_report(&ctx, input.resident_id, input.loonwaarde_id)
        .await?;
    let reference = issued.statement.reference;
    let path = put(&state, &format!("loonwaarde-{reference}.pdf"), &issued.pdf)?;
    Ok(print_file(path, Some(reference), None))
}

/// The beschikking of one LKS decision, to the employer with a copy to the resident.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct LksBeschikkingInput {
    resident_id: ResidentId,
    decision_id: werkpad_domain::subsidy::LksDecisionId,
}

#[tauri::command]
pub async fn lks_beschikking_issue(
    state: State<'_, AppState>,
    input: LksBeschikkingInput,
) -> CmdResult<PrintFile> {
    let ctx = context(&state);
    let store = state.unlocked().await?;
    let issued = store
        .statements()
        .issue_lks_beschikking(&ctx, input.resident_id, input.decision_id)
        .await?;
    let reference = issued.statement.reference;
    let path = put(
        &state,
        &format!("beschikking-lks-{reference}.pdf"),
        &issued.pdf,
    )?;
    Ok(print_file(path, Some(reference), None))
}

/// The request to UWV as it stands, with the list of its attachments.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct UwvRequestPrintInput {
    resident_id: ResidentId,
    request_id: werkpad_domain::request::UwvRequestId,
}

#[tauri::command]
pub async fn uwv_request_issue(
    state: State<'_, AppState>,
    input: UwvRequestPrintInput,
) -> CmdResult<PrintFile> {
    let ctx = context(&state);
    let store = state.unlocked().await?;
    let issued = store
        .statements()
        .issue_uwv_request(&ctx, input.resident_id, input.request_id)
        .await?;
    let reference = issued.statement.reference;
    let path = put(
        &state,
        &format!("aanvraag-uwv-{reference}.pdf"),
        &issued.pdf,
    )?;
    Ok(print_file(path, Some(reference), None))
}

/// The warning letter of a verzuim case decided with a warning (refused with
/// `not_a_warning` otherwise).
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct VerzuimWarningInput {
    resident_id: ResidentId,
    case_id: werkpad_domain::verzuim::VerzuimId,
}

#[tauri::command]
pub async fn verzuim_warning_issue(
    state: State<'_, AppState>,
    input: VerzuimWarningInput,
) -> CmdResult<PrintFile> {
    let ctx = context(&state);
    let store = state.unlocked().await?;
    let issued = store
        .statements()
        .issue_verzuim_warning(&ctx, input.resident_id, input.case_id)
        .await?;
    let reference = issued.statement.reference;
    let path = put(
        &state,
        &format!("waarschuwing-verzuim-{reference}.pdf"),
        &issued.pdf,
    )?;
    Ok(print_file(path, Some(reference), None))
}

/// A copy of an issued statement.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "StatementReprintInput")]
pub struct ReprintInput {
    statement_id: StatementId,
}

#[tauri::command]
pub async fn statement_reprint(
    state: State<'_, AppState>,
    input: ReprintInput,
) -> CmdResult<PrintFile> {
    let ctx = context(&state);
    let store = state.unlocked().await?;
    let bytes = store.statements().reprint(&ctx, input.statement_id).await?;
    let path = put(
        &state,
        &format!("afschrift-{}.pdf", input.statement_id),
        &bytes,
    )?;
    Ok(print_file(path, None, None))
}

#[tauri::command]
pub async fn inzage_export(
    state: State<'_, AppState>,
    input: super::ResidentIdInput,
) -> CmdResult<PrintFile> {
    let ctx = context(&state);
    let store = state.unlocked().await?;
    let (issued, json) = store
        .statements()
        .export_inzage(&ctx, input.resident_id)
        .await?;
    let reference = issued.statement.reference;
    let pdf = put(&state, &format!("inzage-{reference}.pdf"), &issued.pdf)?;
    let json = put(&state, &format!("inzage-{reference}.json"), json.as_bytes())?;
    Ok(print_file(pdf, Some(reference), Some(json)))
}

/// The privacy statement for residents: no personal data, so it also prints while locked.
#[tauri::command]
pub async fn privacy_statement(state: State<'_, AppState>) -> CmdResult<PrintFile> {
    let ctx = context(&state);
    let doc = privacy::document(&ctx).map_err(StoreError::from)?;
    let bytes = statements::pdf::render(&doc)
        .map_err(|e| StoreError::from(statements::StatementError::from(e)))?;
    let path = put(&state, "privacyverklaring.pdf", &bytes)?;
    Ok(print_file(path, None, None))
}

/// A file of the print folder.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "PrintFileInput")]
pub struct FileInput {
    path: String,
}

fn in_print_folder(state: &AppState, path: &str) -> Result<PathBuf, ValidationErrors> {
    let path = PathBuf::from(path);
    if PrintFolder::new(state.data_dir()).contains(&path) {
        Ok(path)
    } else {
        Err(ValidationErrors::single(
            "path",
            ValidationError::InvalidChoice,
        ))
    }
}

/// Open a file from the print folder in the system's viewer, where the coach prints it.
/// `WERKPAD_OPEN_COMMAND` replaces the viewer (tests use `true`).
#[tauri::command]
pub fn print_file_open(state: State<'_, AppState>, input: FileInput) -> CmdResult<()> {
    let path = in_print_folder(&state, &input.path)?;
    let (program, args): (String, Vec<String>) = match std::env::var("WERKPAD_OPEN_COMMAND") {
        Ok(cmd) if !cmd.is_empty() => (cmd, Vec::new()),
        _ if cfg!(target_os = "windows") => (
            "cmd".into(),
            vec!["/C".into(), "start".into(), String::new()],
        ),
        _ if cfg!(target_os = "macos") => ("open".into(), Vec::new()),
        _ => ("xdg-open".into(), Vec::new()),
    };
    std::process::Command::new(program)
        .args(args)
        .arg(&path)
        .spawn()
        .map_err(StoreError::Io)?;
    Ok(())
}

/// Save a file from the print folder where the coach chooses (a native save dialog).
/// Returns the chosen path, or nothing when the coach cancelled. `WERKPAD_SAVE_DIR`
/// replaces the dialog with a fixed folder (end-to-end tests cannot drive native dialogs).
#[tauri::command]
pub async fn print_file_save(
    app: AppHandle,
    state: State<'_, AppState>,
    input: FileInput,
) -> CmdResult<Option<String>> {
    let from = in_print_folder(&state, &input.path)?;
    let name = from
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let target = match std::env::var_os("WERKPAD_SAVE_DIR").filter(|v| !v.is_empty()) {
        Some(dir) => Some(PathBuf::from(dir).join(&name)),
        None => {
            let extension = from
                .extension()
                .map(|e| e.to_string_lossy().into_owned())
                .unwrap_or_default();
            let chosen = tauri::async_runtime::spawn_blocking(move || {
                app.dialog()
                    .file()
                    .set_file_name(&name)
                    .add_filter(extension.to_uppercase(), &[extension.as_str()])
                    .blocking_save_file()
            })
            .await
            .map_err(|e| StoreError::Io(std::io::Error::other(e)))?;
            chosen.and_then(|p| p.into_path().ok())
        }
    };
    let Some(target) = target else {
        return Ok(None);
    };
    std::fs::copy(&from, &target).map_err(StoreError::Io)?;
    Ok(Some(target.to_string_lossy().into_owned()))
}
