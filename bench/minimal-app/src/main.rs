//! The benchmark baseline: a Tauri v2 window showing one static page (dist/), with the same
//! `ui_ready` command as Werkpad. The page calls it after its first paint; the first call
//! writes "werkpad: ui ready" to stderr, which bench/desktop-bench.mjs times, with the same
//! milestones as Werkpad's line (ms after `main` began: Tauri's setup, the page's start,
//! the first paint), so the two starts can be compared step by step. It draws the way
//! Werkpad does (no accelerated compositing, unless `WERKPAD_HARDWARE_ACCELERATION=1`;
//! src-tauri/src/webview.rs), so the comparison is on the same WebKit settings.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

static REPORTED: AtomicBool = AtomicBool::new(false);
static STARTED: OnceLock<(Instant, f64)> = OnceLock::new();
static SETUP: OnceLock<Instant> = OnceLock::new();

/// "setup 80, page 290, painted 400" from the page's `time_origin` and `painted`.
fn breakdown(marks: &HashMap<String, f64>) -> Option<String> {
    let (started, started_wall) = *STARTED.get()?;
    let setup = SETUP.get()?.duration_since(started).as_secs_f64() * 1000.0;
    let page = marks.get("time_origin")? - started_wall;
    let painted = page + marks.get("painted")?;
    Some(format!(
        "setup {setup:.0}, page {page:.0}, painted {painted:.0}"
    ))
}

#[tauri::command]
fn ui_ready(marks: Option<HashMap<String, f64>>) {
    if REPORTED.swap(true, Ordering::Relaxed) {
        return;
    }
    match marks.as_ref().and_then(breakdown) {
        Some(times) => eprintln!("werkpad: ui ready (ms after start: {times})"),
        None => eprintln!("werkpad: ui ready"),
    }
}

/// Werkpad's drawing policy (src-tauri/src/webview.rs), repeated here so this baseline does
/// not depend on Werkpad's crates.
fn draw_like_werkpad(app: &tauri::AppHandle) {
    use tauri::Manager;
    if std::env::var_os("WERKPAD_HARDWARE_ACCELERATION").is_some_and(|v| v == "1") {
        return;
    }
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.with_webview(|webview| {
            #[cfg(target_os = "linux")]
            {
                use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
                if let Some(settings) = WebViewExt::settings(&webview.inner()) {
                    settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
                }
            }
            #[cfg(not(target_os = "linux"))]
            let _ = webview;
        });
    }
}

fn main() {
    let wall = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    STARTED.get_or_init(|| (Instant::now(), wall));
    tauri::Builder::default()
        .setup(|app| {
            SETUP.get_or_init(Instant::now);
            draw_like_werkpad(app.handle());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![ui_ready])
        .run(tauri::generate_context!())
        .expect("the Tauri context is valid at build time");
}
