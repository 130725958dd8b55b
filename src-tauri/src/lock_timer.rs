//! Auto-lock: every few seconds, if the store is open and the coach has been idle longer
//! than the setting, lock it and tell the window (`werkpad://locked`).

use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager};

use crate::state::AppState;

/// The event the UI listens to.
pub const LOCKED_EVENT: &str = "werkpad://locked";

/// Start the idle-lock loop for the app's lifetime.
pub fn start(app: AppHandle) {
    tauri::async_runtime::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(5));
        loop {
            tick.tick().await;
            let state = app.state::<AppState>();
            let limit = Duration::from_secs(u64::from(state.settings().auto_lock_minutes) * 60);
            let idle = state
                .last_activity
                .lock()
                .map(|t| t.elapsed())
                .unwrap_or_default();
            if idle >= limit && state.lock().await {
                tracing::info!("locked after idle time");
                let _ = app.emit(LOCKED_EVENT, ());
            }
        }
    });
}
