//! First start, unlock, lock, activity and settings.

use serde::{Deserialize, Serialize};
use tauri::State;
use werkpad_core::Store;
use werkpad_core::settings::AppSettings;

use crate::error::CmdResult;
use crate::state::AppState;

/// What the UI needs to pick a screen.
#[derive(Debug, Serialize)]
pub struct AppStatus {
    initialised: bool,
    unlocked: bool,
    coach_name: Option<String>,
    keyring_backend: Option<&'static str>,
    locale: String,
    auto_lock_minutes: u32,
    pending_changes: Option<i64>,
}

async fn status(state: &AppState) -> CmdResult<AppStatus> {
    let settings = state.settings();
    let guard = state.store.read().await;
    let (coach_name, keyring_backend, pending_changes) = match guard.as_ref() {
        Some(store) => (
            Some(store.device().coach.name.clone()),
            Some(store.backend_kind().as_str()),
            Some(store.outbox_stats().await?.pending),
        ),
        None => (None, None, None),
    };
    Ok(AppStatus {
        initialised: Store::exists(&state.data_dir),
        unlocked: guard.is_some(),
        coach_name,
        keyring_backend,
        locale: settings.locale,
        auto_lock_minutes: settings.auto_lock_minutes,
        pending_changes,
    })
}

#[tauri::command]
pub async fn app_status(state: State<'_, AppState>) -> CmdResult<AppStatus> {
    status(&state).await
}

#[derive(Debug, Deserialize)]
pub struct CreateInput {
    coach_name: String,
    passphrase: String,
}

#[tauri::command]
pub async fn create_store(state: State<'_, AppState>, input: CreateInput) -> CmdResult<AppStatus> {
    let store = Store::create(
        &state.data_dir,
        &input.passphrase,
        &input.coach_name,
        &state.config,
    )
    .await?;
    *state.store.write().await = Some(store);
    state.touch();
    status(&state).await
}

#[derive(Debug, Deserialize)]
pub struct UnlockInput {
    passphrase: String,
}

#[tauri::command]
pub async fn unlock(state: State<'_, AppState>, input: UnlockInput) -> CmdResult<AppStatus> {
    // Retention runs at every unlock (ARCHITECTURE.md).
    let (store, _) = werkpad_core::sync::engine::unlock(
        &state.data_dir,
        &input.passphrase,
        &state.config,
        super::today(),
    )
    .await?;
    *state.store.write().await = Some(store);
    state.touch();
    status(&state).await
}

#[tauri::command]
pub async fn lock(state: State<'_, AppState>) -> CmdResult<AppStatus> {
    state.lock().await;
    status(&state).await
}

#[tauri::command]
pub fn activity(state: State<'_, AppState>) {
    state.touch();
}

#[tauri::command]
pub async fn save_settings(
    state: State<'_, AppState>,
    mut input: AppSettings,
) -> CmdResult<AppStatus> {
    // The letterhead is the functional administrator's (settings.json); the settings screen
    // does not send it, so keep what is there.
    input.letterhead = state.settings().letterhead;
    input.save(&state.data_dir)?;
    if let Ok(mut s) = state.settings.lock() {
        *s = input;
    }
    state.touch();
    status(&state).await
}
