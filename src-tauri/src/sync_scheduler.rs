//! Automatic sync: a round one minute after the last good one, sooner when asked ("Nu
//! synchroniseren", a login), and after a failure again with backoff (10 s, 20 s, … up to
//! 5 min) — never only on the next local write. Rounds never overlap. A wipe instruction
//! from the server destroys the store at once and tells the window (`werkpad://wiped`).
//! The rules (what a round does, when to retry, what needs a person) are core's
//! (`werkpad_core::sync::engine`); this module keeps the timer, the events and the status.

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager};
use werkpad_core::ErrorPayload;
use werkpad_core::sync::Progress;
use werkpad_core::sync::engine::{self, Retry};

use crate::state::AppState;

/// The event with a [`SyncStatus`].
pub const SYNC_EVENT: &str = "werkpad://sync";
/// The event after a remote wipe.
pub const WIPED_EVENT: &str = "werkpad://wiped";

const GOOD_INTERVAL: Duration = engine::GOOD_INTERVAL;

/// Records received so far in a round.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct ProgressView {
    done: u64,
    total: Option<u64>,
}

/// What the status bar shows (docs/ipc.md).
#[derive(Debug, Clone, Default, Serialize)]
pub struct SyncStatus {
    pub logged_in: bool,
    pub server_url: Option<String>,
    pub user_name: Option<String>,
    pub online: bool,
    pub running: bool,
    pub pending: i64,
    pub oldest_pending_at: Option<String>,
    pub last_sync_at: Option<String>,
    pub next_attempt_at: Option<String>,
    pub progress: Option<ProgressView>,
    pub conflicts: i64,
    /// Changes the server refused: a person looks at them.
    pub rejected: i64,
    /// How often the self-check repaired a difference, and when it last did.
    pub repairs: i64,
    pub last_repair_at: Option<String>,
    pub last_error: Option<ErrorPayload>,
    /// Since when rounds have been failing (the first failure of the current run).
    pub failing_since: Option<String>,
    /// The failure needs a person (log in again, update the app): `last_error` says what.
    pub needs_person: bool,
}

/// The scheduler's memory between rounds.
#[derive(Debug, Default)]
pub struct SyncRuntime {
    online: bool,
    running: bool,
    failures: u32,
    next_attempt_at: Option<DateTime<Utc>>,
    progress: Option<ProgressView>,
    last_error: Option<ErrorPayload>,
    failing_since: Option<DateTime<Utc>>,
    needs_person: bool,
}

/// The status now: the store's counts plus the scheduler's memory.
pub async fn status(state: &AppState) -> SyncStatus {
    let mut s = SyncStatus::default();
    if let Ok(rt) = state.sync.lock() {
        s.online = rt.online;
        s.running = rt.running;
        s.next_attempt_at = rt.next_attempt_at.map(|t| t.to_rfc3339());
        s.progress = rt.progress;
        s.last_error = rt.last_error.clone();
        s.failing_since = rt.failing_since.map(|t| t.to_rfc3339());
        s.needs_person = rt.needs_person;
    }
    let guard = state.store.read().await;
    if let Some(store) = guard.as_ref() {
        if let Ok(Some(account)) = store.sync_account().await {
            s.logged_in = true;
            s.server_url = Some(account.server_url);
            s.user_name = Some(account.user_name);
            s.last_sync_at = account.last_sync_at;
        }
        if let Ok(stats) = store.outbox_stats().await {
            s.pending = stats.pending;
            s.oldest_pending_at = stats.oldest_pending_at;
        }
        if let Ok((conflicts, rejected)) = store.sync_counts().await {
            s.conflicts = conflicts;
            s.rejected = rejected;
        }
        if let Ok((repairs, last)) = store.sync_repairs().await {
            s.repairs = repairs;
            s.last_repair_at = last;
        }
    }
    s
}

async fn emit_status(app: &AppHandle) {
    let state = app.state::<AppState>();
    let s = status(&state).await;
    let _ = app.emit(SYNC_EVENT, s);
}

fn update(app: &AppHandle, f: impl FnOnce(&mut SyncRuntime)) {
    let state = app.state::<AppState>();
    if let Ok(mut rt) = state.sync.lock() {
        f(&mut rt);
    }
}

/// One round, if unlocked and logged in. Returns the failure, if any.
pub async fn run_round(app: &AppHandle) -> Result<(), ErrorPayload> {
    let state = app.state::<AppState>();
    let _one_at_a_time = state.sync_round.lock().await;
    let outcome = {
        let guard = state.store.read().await;
        let Some(store) = guard.as_ref() else {
            return Ok(());
        };
        match store.sync_account().await {
            Ok(Some(_)) => {}
            _ => return Ok(()),
        }
        update(app, |rt| {
            rt.running = true;
            rt.progress = None;
        });
        emit_status(app).await;
        let progress_app = app.clone();
        let on_progress = move |p: Progress| {
            let view = ProgressView {
                done: p.done,
                total: p.total,
            };
            update(&progress_app, |rt| rt.progress = Some(view));
            let app = progress_app.clone();
            tauri::async_runtime::spawn(async move { emit_status(&app).await });
        };
        engine::round(store, crate::commands::today(), &on_progress).await
    };
    let now = Utc::now();
    let out = match outcome {
        Ok(report) => {
            tracing::info!(
                pushed = report.push.applied,
                received = report.pull.received,
                "sync round done"
            );
            update(app, |rt| {
                rt.online = true;
                rt.failures = 0;
                rt.last_error = None;
                rt.failing_since = None;
                rt.needs_person = false;
                rt.next_attempt_at = Some(now + GOOD_INTERVAL);
            });
            Ok(())
        }
        Err(failure) if failure.is_wipe() => {
            let store = state.store.write().await.take();
            if let Some(store) = store
                && let Err(e) = engine::wipe(store).await
            {
                tracing::error!(error = %e, "wipe failed");
            }
            update(app, |rt| *rt = SyncRuntime::default());
            let _ = app.emit(WIPED_EVENT, ());
            return Err(failure.payload());
        }
        Err(failure) => {
            let payload = failure.payload();
            tracing::info!(code = payload.code, "sync round failed");
            let offline = engine::is_offline(&failure);
            update(app, |rt| {
                rt.online = !offline;
                rt.failures = rt.failures.saturating_add(1);
                let retry = engine::next_attempt(Some(&failure), rt.failures);
                rt.needs_person = matches!(retry, Retry::NeedsPerson(_));
                rt.next_attempt_at =
                    Some(now + chrono::Duration::from_std(retry.wait()).unwrap_or_default());
                rt.failing_since.get_or_insert(now);
                rt.last_error = Some(payload.clone());
            });
            Err(payload)
        }
    };
    update(app, |rt| {
        rt.running = false;
        rt.progress = None;
    });
    emit_status(app).await;
    out
}

/// Start the scheduler for the app's lifetime.
pub fn start(app: AppHandle) {
    tauri::async_runtime::spawn(async move {
        loop {
            let state = app.state::<AppState>();
            let wait = state
                .sync
                .lock()
                .ok()
                .and_then(|rt| rt.next_attempt_at)
                .map_or(Duration::from_secs(10), |t| {
                    (t - Utc::now()).to_std().unwrap_or(Duration::ZERO)
                });
            tokio::select! {
                () = tokio::time::sleep(wait.min(GOOD_INTERVAL)) => {}
                () = state.sync_wakeup.notified() => {}
            }
            let due = state
                .sync
                .lock()
                .ok()
                .and_then(|rt| rt.next_attempt_at)
                .is_none_or(|t| t <= Utc::now());
            if due {
                let _ = run_round(&app).await;
            }
        }
    });
}
