//! The benchmark baseline: a Tauri v2 window showing one static page (dist/), with the same
//! `ui_ready` command as Werkpad. The page calls it after its first paint; the first call
//! writes "werkpad: ui ready" to stderr, which bench/desktop-bench.mjs times.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::sync::atomic::{AtomicBool, Ordering};

static REPORTED: AtomicBool = AtomicBool::new(false);

#[tauri::command]
fn ui_ready() {
    if !REPORTED.swap(true, Ordering::Relaxed) {
        eprintln!("werkpad: ui ready");
    }
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ui_ready])
        .run(tauri::generate_context!())
        .expect("the Tauri context is valid at build time");
}
