//! The Werkpad desktop app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    werkpad_app::run();
}
