//! The passphrase and the ways back when it is lost: change (re-keys the store), recover
//! with the helpdesk's code, or reset after seeing how many changes would be lost.

use serde::{Deserialize, Serialize};
use tauri::State;
use zeroize::Zeroizing;

use super::session::{AppStatus, status};
use crate::error::CmdResult;
use crate::state::AppState;

/// What the "forgot passphrase" screen shows before the coach chooses.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct RecoveryStatus {
    /// The recovery copy to hand to the helpdesk, when this laptop has one.
    recovery_copy: Option<String>,
    /// Changes not yet accepted by the server: what a reset would lose.
    #[ts(type = "number | null")]
    unsent: Option<u64>,
    /// When they were counted (RFC 3339).
    unsent_counted_at: Option<String>,
}

#[tauri::command]
pub async fn recovery_status(state: State<'_, AppState>) -> CmdResult<RecoveryStatus> {
    let unsent = state.session.unsent_changes()?;
    Ok(RecoveryStatus {
        recovery_copy: state
            .session
            .recovery_copy()
            .map(|p| p.display().to_string()),
        unsent: unsent.map(|u| u.count),
        unsent_counted_at: unsent.map(|u| u.counted_at.to_rfc3339()),
    })
}

#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct ChangePassphraseInput {
    old_passphrase: String,
    new_passphrase: String,
}

#[tauri::command]
pub async fn change_passphrase(
    state: State<'_, AppState>,
    input: ChangePassphraseInput,
) -> CmdResult<AppStatus> {
    let (old, new) = (
        Zeroizing::new(input.old_passphrase),
        Zeroizing::new(input.new_passphrase),
    );
    state.session.change_passphrase(&old, &new).await?;
    state.touch();
    status(&state).await
}

#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct RecoverInput {
    code: String,
    passphrase: String,
}

#[tauri::command]
pub async fn recover_store(
    state: State<'_, AppState>,
    input: RecoverInput,
) -> CmdResult<AppStatus> {
    let (code, passphrase) = (Zeroizing::new(input.code), Zeroizing::new(input.passphrase));
    state
        .session
        .recover(&code, &passphrase, super::today())
        .await?;
    state.touch();
    status(&state).await
}

#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct ResetInput {
    /// The number of unsent changes the coach saw and accepts to lose.
    lose_unsent: u32,
}

#[tauri::command]
pub async fn reset_store(state: State<'_, AppState>, input: ResetInput) -> CmdResult<AppStatus> {
    state.session.reset(u64::from(input.lose_unsent)).await?;
    status(&state).await
}
