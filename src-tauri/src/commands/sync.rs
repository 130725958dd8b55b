//! Server login, sync status, "Nu synchroniseren", and the conflict inbox.

use serde::Deserialize;
use serde_json::Value;
use tauri::{AppHandle, State};
use werkpad_core::sync::{Choice, ConflictView};
use zeroize::Zeroizing;

use crate::error::{CmdResult, CommandError};
use crate::state::AppState;
use crate::sync_scheduler::{self, SyncStatus};

#[tauri::command]
pub async fn sync_status(state: State<'_, AppState>) -> CmdResult<SyncStatus> {
    Ok(sync_scheduler::status(&state).await)
}

#[derive(Debug, Deserialize)]
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
            .sync_login(&input.server_url, input.user_name.trim(), &password)
            .await
            .map_err(|f| CommandError::from_payload(f.payload()))?;
    }
    if let Ok(mut rt) = state.sync.lock() {
        rt_reset(&mut rt);
    }
    // The first sync starts right away, in the background (progress by event).
    state.sync_wakeup.notify_one();
    Ok(sync_scheduler::status(&state).await)
}

fn rt_reset(rt: &mut sync_scheduler::SyncRuntime) {
    *rt = sync_scheduler::SyncRuntime::default();
}

#[tauri::command]
pub async fn sync_logout(state: State<'_, AppState>) -> CmdResult<SyncStatus> {
    state.unlocked().await?.sync_logout().await?;
    if let Ok(mut rt) = state.sync.lock() {
        rt_reset(&mut rt);
    }
    Ok(sync_scheduler::status(&state).await)
}

#[tauri::command]
pub async fn sync_now(app: AppHandle, state: State<'_, AppState>) -> CmdResult<SyncStatus> {
    state.unlocked().await?;
    sync_scheduler::run_round(&app)
        .await
        .map_err(CommandError::from_payload)?;
    Ok(sync_scheduler::status(&state).await)
}

#[tauri::command]
pub async fn conflicts(state: State<'_, AppState>) -> CmdResult<Vec<ConflictView>> {
    Ok(state.unlocked().await?.conflicts().await?)
}

#[derive(Debug, Deserialize)]
pub struct ResolveInput {
    conflict_id: String,
    choice: Choice,
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
        .resolve_conflict(&input.conflict_id, input.choice, input.value)
        .await?;
    state.sync_wakeup.notify_one();
    Ok(sync_scheduler::status(&state).await)
}
