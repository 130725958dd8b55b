//! What the app holds while it runs: the session (core's: the store while unlocked, and its
//! sync rounds), the settings, and when the coach last did something (for the idle lock).

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use werkpad_core::StoreError;
use werkpad_core::session::{Session, Unlocked};
use werkpad_core::settings::AppSettings;

/// Shared app state (Tauri-managed).
#[derive(Debug)]
pub struct AppState {
    /// Unlock, lock, the store and its sync rounds.
    pub session: Session,
    /// Settings (language, auto-lock).
    pub settings: Mutex<AppSettings>,
    /// Last sign of the coach at work.
    pub last_activity: Mutex<Instant>,
    /// Wakes the scheduler for a round now.
    pub sync_wakeup: tokio::sync::Notify,
}

impl AppState {
    /// State for the store in `data_dir` (empties the print folder a crash left behind).
    pub fn new(data_dir: PathBuf) -> Self {
        let settings = AppSettings::load(&data_dir);
        Self {
            session: Session::new(data_dir, settings.store_config()),
            settings: Mutex::new(settings),
            last_activity: Mutex::new(Instant::now()),
            sync_wakeup: tokio::sync::Notify::new(),
        }
    }

    /// The data folder.
    pub fn data_dir(&self) -> &Path {
        self.session.data_dir()
    }

    /// Note that the coach did something now.
    pub fn touch(&self) {
        if let Ok(mut t) = self.last_activity.lock() {
            *t = Instant::now();
        }
    }

    /// The unlocked store, or [`StoreError::Locked`]; counts as activity.
    pub async fn unlocked(&self) -> Result<Unlocked<'_>, StoreError> {
        self.touch();
        self.session.unlocked().await
    }

    /// Current settings.
    pub fn settings(&self) -> AppSettings {
        self.settings.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Lock (store closed, print folder emptied); whether the store was open.
    pub async fn lock(&self) -> bool {
        self.session.lock().await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use werkpad_core::store::print_folder::PrintFolder;

    #[tokio::test]
    async fn locking_leaves_no_pdf_in_the_print_folder() {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = PrintFolder::new(dir.path());
        folder
            .write("old.pdf", b"%PDF from a crashed session")
            .expect("write");
        let state = AppState::new(dir.path().to_path_buf());
        assert_eq!(
            std::fs::read_dir(folder.path()).expect("dir").count(),
            0,
            "starting the app empties what a crash left behind"
        );
        folder
            .write("verklaring-56plus-V56-X.pdf", b"%PDF personal")
            .expect("write");
        folder.write("inzage-INZ-X.json", b"{}").expect("write");
        state.lock().await;
        assert_eq!(
            std::fs::read_dir(folder.path()).expect("dir").count(),
            0,
            "after lock no PDF or JSON with personal data remains"
        );
    }
}
