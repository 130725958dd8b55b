//! `ui_ready`: the UI calls this once its first screen has rendered and painted. The first
//! call writes one line to stderr, so the desktop benchmark (bench/desktop-bench.mjs) can
//! time a cold start to an interactive screen and see where the time went. The line holds
//! only times, never personal data.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use serde::Deserialize;

/// Set by the first call; later calls (a reload, a second window) print nothing.
static REPORTED: AtomicBool = AtomicBool::new(false);

/// When `run()` began (monotonic, and as wall-clock ms for comparing with the page's clock).
static STARTED: OnceLock<(Instant, f64)> = OnceLock::new();
/// When Tauri's setup ran (the window is made right after it).
static SETUP: OnceLock<Instant> = OnceLock::new();

/// The line the benchmark waits for.
pub const READY_LINE: &str = "werkpad: ui ready";

/// The first thing `run()` does.
pub fn mark_started() {
    let wall = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    STARTED.get_or_init(|| (Instant::now(), wall));
}

/// Tauri's setup hook has run.
pub fn mark_setup() {
    SETUP.get_or_init(Instant::now);
}

/// The page's own clock: `performance.timeOrigin` (wall-clock ms when the page began to
/// load) and `performance.now()` values at its milestones.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct PageMarks {
    time_origin: f64,
    /// The first module began to run (its JS and CSS loaded and parsed).
    script: f64,
    /// `app_status` answered.
    status: f64,
    /// The first screen painted.
    painted: f64,
}

/// "setup 80, page 290, script 510, status 540, painted 600": ms since `run()` began.
fn breakdown(marks: &PageMarks) -> Option<String> {
    let (started, started_wall) = *STARTED.get()?;
    let setup = SETUP.get()?.duration_since(started).as_secs_f64() * 1000.0;
    let page = marks.time_origin - started_wall;
    Some(format!(
        "setup {setup:.0}, page {page:.0}, script {:.0}, status {:.0}, painted {:.0}",
        page + marks.script,
        page + marks.status,
        page + marks.painted,
    ))
}

#[tauri::command]
pub fn ui_ready(input: PageMarks) {
    if REPORTED.swap(true, Ordering::Relaxed) {
        return;
    }
    match breakdown(&input) {
        Some(times) => eprintln!("{READY_LINE} (ms after start: {times})"),
        None => eprintln!("{READY_LINE}"),
    }
}
