//! Break-the-glass: a file outside the caseload, with a reason, for a short while; the
//! running accesses for the file's banner; the notices a team lead is shown.

use serde::Deserialize;
use tauri::{AppHandle, State};
use werkpad_core::sync::emergency::{EmergencyAccess, Notice};
use werkpad_domain::sync::emergency::EmergencyReason;

use crate::error::{CmdResult, CommandError};
use crate::state::AppState;
use crate::sync_scheduler;

/// The coach's request: who, why, in her words.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "EmergencyAccessInput")]
pub struct RequestInput {
    bsn: String,
    reason: EmergencyReason,
    explanation: String,
}

/// Ask the server (online only), then sync so the file arrives. Returns the access.
#[tauri::command]
pub async fn emergency_access_request(
    app: AppHandle,
    state: State<'_, AppState>,
    input: RequestInput,
) -> CmdResult<EmergencyAccess> {
    let grant = state
        .unlocked()
        .await?
        .sync()
        .request_emergency_access(&input.bsn, input.reason, &input.explanation)
        .await
        .map_err(|f| CommandError::from_payload(f.payload()))?;
    sync_scheduler::run_round(&app)
        .await
        .map_err(CommandError::from_payload)?;
    let running = state.unlocked().await?.sync().emergency_accesses().await?;
    let rid = grant.resident_id.to_string();
    running
        .into_iter()
        .find(|a| a.resident_id == rid)
        .ok_or_else(|| {
            CommandError::from_payload(
                werkpad_core::StoreError::NotFound {
                    entity: werkpad_domain::EntityKind::Resident,
                    id: rid,
                }
                .payload(),
            )
        })
}

/// The running accesses to files outside the caseload.
#[tauri::command]
pub async fn emergency_accesses(state: State<'_, AppState>) -> CmdResult<Vec<EmergencyAccess>> {
    Ok(state.unlocked().await?.sync().emergency_accesses().await?)
}

/// For a team lead: the accesses coaches took in the last 30 days.
#[tauri::command]
pub async fn emergency_notices(state: State<'_, AppState>) -> CmdResult<Vec<Notice>> {
    Ok(state.unlocked().await?.sync().emergency_notices().await?)
}
