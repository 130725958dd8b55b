//! First start, unlock, lock, activity and settings.

use serde::{Deserialize, Serialize};
use tauri::State;
use werkpad_core::settings::AppSettings;
use werkpad_core::store::secrets::BackendKind;

use crate::error::CmdResult;
use crate::state::AppState;

/// What the UI needs to pick a screen.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct AppStatus {
    initialised: bool,
    unlocked: bool,
    coach_name: Option<String>,
    /// Where the wrapped data key lives.
    keyring_backend: Option<BackendKind>,
    #[ts(type = "Locale")]
    locale: String,
    auto_lock_minutes: u32,
    pending_changes: Option<i64>,
}

pub(super) async fn status(state: &AppState) -> CmdResult<AppStatus> {
    let settings = state.settings();
    let store = state.session.unlocked().await.ok();
    let (coach_name, keyring_backend, pending_changes) = match store.as_deref() {
        Some(store) => (
            Some(store.device().coach.name.clone()),
            Some(store.backend_kind()),
            Some(store.sync().outbox_stats().await?.pending),
        ),
        None => (None, None, None),
    };
    Ok(AppStatus {
        initialised: state.session.initialised(),
        unlocked: store.is_some(),
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

#[derive(Debug, Deserialize, ts_rs::TS)]
#[ts(rename = "CreateStoreInput")]
pub struct CreateInput {
    coach_name: String,
    passphrase: String,
}

#[tauri::command]
pub async fn create_store(state: State<'_, AppState>, input: CreateInput) -> CmdResult<AppStatus> {
    state
        .session
        .create(&input.passphrase, &input.coach_name)
        .await?;
    state.touch();
    status(&state).await
}

#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct UnlockInput {
    passphrase: String,
}

#[tauri::command]
pub async fn unlock(state: State<'_, AppState>, input: UnlockInput) -> CmdResult<AppStatus> {
    // Retention runs at every unlock (ARCHITECTURE.md).
    state
        .session
        .unlock(&input.passphrase, super::today())
        .await?;
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

/// What the settings screen changes.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct SettingsInput {
    #[ts(type = "Locale")]
    locale: String,
    auto_lock_minutes: u32,
}

#[tauri::command]
pub async fn save_settings(
    state: State<'_, AppState>,
    input: SettingsInput,
) -> CmdResult<AppStatus> {
    // The letterhead is the functional administrator's (settings.json); the settings screen
    // does not send it, so keep what is there.
    let settings = AppSettings {
        locale: input.locale,
        auto_lock_minutes: input.auto_lock_minutes,
        ..state.settings()
    };
    settings.save(state.data_dir())?;
    if let Ok(mut s) = state.settings.lock() {
        *s = settings;
    }
    state.touch();
    status(&state).await
}
