//! Server login, sync status, "Nu synchroniseren", and the conflict inbox.

use serde::Deserialize;
use serde_json::Value;
use tauri::{AppHandle, State};
use werkpad_core::sync::{Choice, ConflictView};
use zeroize::Zeroizing;

use crate::error::{CmdResult, CommandError};
use crate::state::AppState;
use crate::sync_scheduler;
use werkpad_core::session::SyncStatus;

#[tauri::command]
pub async fn sync_status(state: State<'_, AppState>) -> CmdResult<SyncStatus> {
    Ok(state.session.sync_status().await)
}

/// The server and the coach's account there.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "SyncLoginInput")]
pub struct LoginInput {
    server_url: String,
    user_name: String,
    password: String,
}

#[tauri::command]
pub async fn sync_login(state: State<'_, AppState>, input: LoginInput) -> CmdResult<SyncStatus> {
    {
        let password = Zeroizing::new(input.password);
        let store = state.unlocked().await?;
        store
            .sync()
            .login(&input.server_url, input.user_name.trim(), &password)
            .await
            .map_err(|f| CommandError::from_payload(f.payload()))?;
    }
    state.session.reset_sync();
    // The first sync starts right away, in the background (progress by event).
    state.sync_wakeup.notify_one();
    Ok(state.session.sync_status().await)
}

#[tauri::command]
pub async fn sync_logout(state: State<'_, AppState>) -> CmdResult<SyncStatus> {
    state.unlocked().await?.sync().logout().await?;
    state.session.reset_sync();
    Ok(state.session.sync_status().await)
}

#[tauri::command]
pub async fn sync_now(app: AppHandle, state: State<'_, AppState>) -> CmdResult<SyncStatus> {
    state.unlocked().await?;
    sync_scheduler::run_round(&app)
        .await
        .map_err(CommandError::from_payload)?;
    Ok(state.session.sync_status().await)
}

#[tauri::command]
pub async fn conflicts(state: State<'_, AppState>) -> CmdResult<Vec<ConflictView>> {
    Ok(state.unlocked().await?.sync().conflicts().await?)
}

/// One conflict to open with its values; for health data with a purpose and a reason.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "ConflictOpenInput")]
pub struct OpenInput {
    conflict_id: String,
    #[ts(type = "Purpose | null")]
    purpose: Option<String>,
    reason: Option<String>,
}

#[tauri::command]
pub async fn conflict_open(
    state: State<'_, AppState>,
    input: OpenInput,
) -> CmdResult<ConflictView> {
    let store = state.unlocked().await?;
    let access = match input.purpose.as_deref().filter(|p| !p.is_empty()) {
        Some(p) => Some(werkpad_core::store::health::HealthAccess {
            purpose: super::resident::purpose(p)?,
            reason: input.reason.unwrap_or_default(),
        }),
        None => None,
    };
    Ok(store
        .sync()
        .open_conflict(&input.conflict_id, access.as_ref())
        .await?)
}

/// A person's choice for one conflict.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "ConflictResolveInput")]
pub struct ResolveInput {
    conflict_id: String,
    choice: Choice,
    /// The value typed by the person (`edited` only).
    #[ts(optional)]
    value: Option<Value>,
}

#[tauri::command]
pub async fn conflict_resolve(
    state: State<'_, AppState>,
    input: ResolveInput,
) -> CmdResult<SyncStatus> {
    state
        .unlocked()
        .await?
        .sync()
        .resolve_conflict(&input.conflict_id, input.choice, input.value)
        .await?;
    state.sync_wakeup.notify_one();
    Ok(state.session.sync_status().await)
}
