//! How WebKitGTK draws the window. Werkpad is forms and tables: it has no 3D transforms,
//! video or WebGL that need the GPU, and WebKit's accelerated compositing costs more than
//! it gives here. On a laptop without a working GPU driver (and under Xvfb) it renders
//! through Mesa's software OpenGL, which compiles shaders at every first start and holds
//! ~55 MiB of buffers in the web process; with a GPU it is the known source of blank
//! windows on some drivers (tauri-apps/tauri#5143). So the window draws without it, unless
//! `WERKPAD_HARDWARE_ACCELERATION=1` asks for WebKit's default (support, comparison).
//! BENCHMARKS.md ("Drawing without accelerated compositing") has the measurements.

use tauri::{AppHandle, Manager};

/// Applies the drawing policy to the main window, before its first paint.
pub fn configure(app: &AppHandle) {
    if std::env::var_os("WERKPAD_HARDWARE_ACCELERATION").is_some_and(|v| v == "1") {
        return;
    }
    let Some(window) = app.get_webview_window("main") else {
        tracing::warn!("no main window to configure");
        return;
    };
    if let Err(e) = window.with_webview(|webview| without_compositing(&webview)) {
        tracing::warn!(error = %e, "could not set the window's drawing policy");
    }
}

#[cfg(target_os = "linux")]
fn without_compositing(webview: &tauri::webview::PlatformWebview) {
    use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
    if let Some(settings) = WebViewExt::settings(&webview.inner()) {
        settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
    }
}

#[cfg(not(target_os = "linux"))]
fn without_compositing(_webview: &tauri::webview::PlatformWebview) {}
