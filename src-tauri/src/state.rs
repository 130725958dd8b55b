//! What the app holds while it runs: where the data lives, the unlocked store (or none),
//! the settings, and when the coach last did something (for the idle lock).

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Instant;

use tokio::sync::{RwLock, RwLockReadGuard};
use werkpad_core::settings::AppSettings;
use werkpad_core::statements::print_folder::PrintFolder;
use werkpad_core::store::StoreConfig;
use werkpad_core::{Store, StoreError};

/// Shared app state (Tauri-managed).
#[derive(Debug)]
pub struct AppState {
    /// The data folder.
    pub data_dir: PathBuf,
    /// How to open the store.
    pub config: StoreConfig,
    /// The store while unlocked.
    pub store: RwLock<Option<Store>>,
    /// Settings (language, auto-lock).
    pub settings: Mutex<AppSettings>,
    /// Last sign of the coach at work.
    pub last_activity: Mutex<Instant>,
    /// The sync scheduler's memory.
    pub sync: Mutex<crate::sync_scheduler::SyncRuntime>,
    /// One sync round at a time.
    pub sync_round: tokio::sync::Mutex<()>,
    /// Wakes the scheduler for a round now.
    pub sync_wakeup: tokio::sync::Notify,
}

/// A read guard that is known to hold an unlocked store.
#[derive(Debug)]
pub struct Unlocked<'a>(RwLockReadGuard<'a, Option<Store>>);

impl std::ops::Deref for Unlocked<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        self.0
            .as_ref()
            .expect("Unlocked is only made when the store is present")
    }
}

impl AppState {
    /// State for the store in `data_dir`.
    pub fn new(data_dir: PathBuf) -> Self {
        let settings = AppSettings::load(&data_dir);
        // Left over from a crash: nothing from a previous session stays.
        if let Err(e) = PrintFolder::new(&data_dir).clean() {
            tracing::warn!(error = %e, "could not empty the print folder");
        }
        Self {
            data_dir,
            config: StoreConfig::default(),
            store: RwLock::new(None),
            settings: Mutex::new(settings),
            last_activity: Mutex::new(Instant::now()),
            sync: Mutex::default(),
            sync_round: tokio::sync::Mutex::new(()),
            sync_wakeup: tokio::sync::Notify::new(),
        }
    }

    /// Note that the coach did something now.
    pub fn touch(&self) {
        if let Ok(mut t) = self.last_activity.lock() {
            *t = Instant::now();
        }
    }

    /// The unlocked store, or [`StoreError::Locked`].
    pub async fn unlocked(&self) -> Result<Unlocked<'_>, StoreError> {
        self.touch();
        let guard = self.store.read().await;
        if guard.is_none() {
            return Err(StoreError::Locked);
        }
        Ok(Unlocked(guard))
    }

    /// Remove every file from the print folder (lock, start, exit). A failure is logged,
    /// not fatal: locking must always succeed.
    pub fn clean_print_folder(&self) {
        if let Err(e) = PrintFolder::new(&self.data_dir).clean() {
            tracing::warn!(error = %e, "could not empty the print folder");
        }
    }

    /// Current settings.
    pub fn settings(&self) -> AppSettings {
        self.settings.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Lock: close the store (if open) and empty the print folder, so no PDF with personal
    /// data outlives the session. Returns whether the store was open.
    pub async fn lock(&self) -> bool {
        let store = self.store.write().await.take();
        self.clean_print_folder();
        match store {
            Some(store) => {
                store.lock().await;
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
