//! Automatic sync: a round one minute after the last good one, sooner when asked ("Nu
//! synchroniseren", a login), and after a failure again with backoff (10 s, 20 s, … up to
//! 5 min) — never only on the next local write. What a round does, when to retry and the
//! wipe on revoke are core's (`werkpad_core::session`); this module keeps the timer and the
//! events: `werkpad://sync` with the status, `werkpad://wiped` after a remote wipe.

use std::time::Duration;

use chrono::Utc;
use tauri::{AppHandle, Emitter, Manager};
use werkpad_core::ErrorPayload;
use werkpad_core::session::RoundOutcome;
use werkpad_core::sync::engine::GOOD_INTERVAL;

use crate::state::AppState;

/// The event with a `SyncStatus`.
pub const SYNC_EVENT: &str = "werkpad://sync";
/// The event after a remote wipe.
pub const WIPED_EVENT: &str = "werkpad://wiped";

async fn emit_status(app: &AppHandle) {
    let state = app.state::<AppState>();
    let s = state.session.sync_status().await;
    let _ = app.emit(SYNC_EVENT, s);
}

/// One round, if unlocked and logged in. Returns the failure, if any.
pub async fn run_round(app: &AppHandle) -> Result<(), ErrorPayload> {
    let state = app.state::<AppState>();
    let changed_app = app.clone();
    let changed = move || {
        let app = changed_app.clone();
        tauri::async_runtime::spawn(async move { emit_status(&app).await });
    };
    match state
        .session
        .sync_round(crate::commands::today(), &changed)
        .await
    {
        RoundOutcome::Skipped | RoundOutcome::Cancelled => Ok(()),
        RoundOutcome::Done(report) => {
            tracing::info!(
                pushed = report.push.applied,
                received = report.pull.received,
                "sync round done"
            );
            Ok(())
        }
        RoundOutcome::Failed(payload) => Err(payload),
        RoundOutcome::Wiped(payload) => {
            let _ = app.emit(WIPED_EVENT, ());
            Err(payload)
        }
    }
}

/// Start the scheduler for the app's lifetime.
pub fn start(app: AppHandle) {
    tauri::async_runtime::spawn(async move {
        loop {
            let state = app.state::<AppState>();
            let wait = state
                .session
                .next_attempt_at()
                .map_or(Duration::from_secs(10), |t| {
                    (t - Utc::now()).to_std().unwrap_or(Duration::ZERO)
                });
            tokio::select! {
                () = tokio::time::sleep(wait.min(GOOD_INTERVAL)) => {}
                () = state.sync_wakeup.notified() => {}
            }
            if state.session.tick().await > 0 {
                emit_status(&app).await;
            }
            if state.session.round_due(Utc::now()) {
                let _ = run_round(&app).await;
            }
        }
    });
}
