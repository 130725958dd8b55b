//! `ui_ready`: the UI calls this once its first screen has rendered and painted. The first
//! call writes one fixed line to stderr, so the desktop benchmark (bench/desktop-bench.mjs)
//! can time a cold start to an interactive screen. No personal data is ever written.

use std::sync::atomic::{AtomicBool, Ordering};

/// Set by the first call; later calls (a reload, a second window) print nothing.
static REPORTED: AtomicBool = AtomicBool::new(false);

/// The line the benchmark waits for.
pub const READY_LINE: &str = "werkpad: ui ready";

#[tauri::command]
pub fn ui_ready() {
    if !REPORTED.swap(true, Ordering::Relaxed) {
        eprintln!("{READY_LINE}");
    }
}
