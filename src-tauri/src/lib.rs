//! The Tauri shell: thin commands over `werkpad_core`, grouped per area, the idle lock, and
//! the data folder. Everything a command does is a call into the core, so the CLI, tests
//! and this app share one implementation.

mod commands;
#[cfg(test)]
mod contract;
mod error;
mod lock_on_suspend;
mod lock_timer;
mod state;
mod sync_scheduler;
mod webview;

use std::path::PathBuf;

use tauri::Manager;

pub use state::AppState;

/// The data folder: `--data-dir DIR` or `WERKPAD_DATA_DIR` (tests, support), otherwise the
/// platform's app-data folder for nl.werkpad.desktop.
fn data_dir_override() -> Option<PathBuf> {
    let mut args = std::env::args();
    while let Some(arg) = args.next() {
        if arg == "--data-dir" {
            return args.next().map(PathBuf::from);
        }
        if let Some(v) = arg.strip_prefix("--data-dir=") {
            return Some(PathBuf::from(v));
        }
    }
    std::env::var_os("WERKPAD_DATA_DIR")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// Build and run the app.
pub fn run() {
    commands::startup::mark_started();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("WERKPAD_LOG")
                .unwrap_or_else(|_| "warn,werkpad_app=info".into()),
        )
        .init();
    // An unlocked app's memory holds the data key and personal data: never on disk.
    if let Err(e) = werkpad_core::hardening::forbid_core_dumps() {
        tracing::warn!(error = %e, "core dumps could not be switched off");
    }
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            commands::startup::mark_setup();
            webview::configure(app.handle());
            let dir = match data_dir_override() {
                Some(d) => d,
                None => app.path().app_data_dir()?,
            };
            app.manage(AppState::new(dir));
            lock_timer::start(app.handle().clone());
            lock_on_suspend::start(app.handle().clone());
            sync_scheduler::start(app.handle().clone());
            Ok(())
        })
        .invoke_handler(commands::handler())
        .build(tauri::generate_context!())
        .expect("the Tauri context is valid at build time");
    app.run(|handle, event| {
        if let tauri::RunEvent::Exit = event {
            // Close the database before the process ends.
            let state = handle.state::<AppState>();
            tauri::async_runtime::block_on(state.lock());
        }
    });
}
