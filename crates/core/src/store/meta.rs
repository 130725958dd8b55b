//! The data folder and its one plain-text file, `store.json`: which store this is, which
//! secret backend holds its key, and the unlock-failure counter. Nothing in it is secret or
//! personal; it exists so the app knows how to ask for the key before the database is open.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::secrets::{BackendKind, write_private};
use crate::error::{Result, StoreError};

/// Failed unlocks allowed before waiting starts.
pub const FREE_ATTEMPTS: u32 = 3;
/// Longest wait between attempts, in seconds.
pub const MAX_WAIT_SECS: u64 = 300;

/// The files of one store.
#[derive(Debug, Clone)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    /// A store in `root` (created on `init` if missing).
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }
    /// The folder.
    pub fn root(&self) -> &Path {
        &self.root
    }
    /// The encrypted database.
    pub fn database(&self) -> PathBuf {
        self.root.join("werkpad.db")
    }
    /// The plain metadata file.
    pub fn meta(&self) -> PathBuf {
        self.root.join("store.json")
    }
    /// The fallback key file (only with the file backend).
    pub fn key_file(&self) -> PathBuf {
        self.root.join("keys.json")
    }
}

/// Contents of `store.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreMeta {
    /// File format version.
    pub format: u32,
    /// Random id naming this store's keyring entries.
    pub store_id: String,
    /// Where the wrapped key lives.
    pub backend: BackendKind,
    /// When the store was made.
    pub created_at: DateTime<Utc>,
    /// Failed unlocks since the last success.
    pub failed_unlocks: u32,
    /// When the last one failed.
    pub last_failed_unlock: Option<DateTime<Utc>>,
    /// Changes not yet accepted by the server, as last counted: what a reset would lose.
    #[serde(default)]
    pub unsent: Option<super::recovery::UnsentChanges>,
}

impl StoreMeta {
    /// Read `store.json`; [`StoreError::NotInitialised`] when there is none.
    pub fn load(dir: &DataDir) -> Result<Self> {
        match std::fs::read(dir.meta()) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map_err(|e| StoreError::Secrets(format!("store.json unreadable: {e}"))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(StoreError::NotInitialised),
            Err(e) => Err(e.into()),
        }
    }

    /// Write `store.json` atomically.
    pub fn save(&self, dir: &DataDir) -> Result<()> {
        let bytes = serde_json::to_vec_pretty(self)
            .map_err(|e| StoreError::Secrets(format!("store.json: {e}")))?;
        write_private(&dir.meta(), &bytes)
    }

    /// Seconds to wait before another unlock attempt is accepted at `now`, if any.
    /// After [`FREE_ATTEMPTS`] failures the wait doubles per failure: 1 s, 2 s, 4 s, …,
    /// at most [`MAX_WAIT_SECS`].
    pub fn wait_before_unlock(&self, now: DateTime<Utc>) -> Option<u64> {
        if self.failed_unlocks < FREE_ATTEMPTS {
            return None;
        }
        let exp = (self.failed_unlocks - FREE_ATTEMPTS).min(16);
        let wait = (1u64 << exp).min(MAX_WAIT_SECS);
        let last = self.last_failed_unlock?;
        let elapsed = u64::try_from((now - last).num_seconds()).unwrap_or(0);
        (elapsed < wait).then(|| wait - elapsed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn meta(failures: u32, last: DateTime<Utc>) -> StoreMeta {
        StoreMeta {
            format: 1,
            store_id: "s".into(),
            backend: BackendKind::Memory,
            created_at: last,
            failed_unlocks: failures,
            last_failed_unlock: Some(last),
            unsent: None,
        }
    }

    #[test]
    fn waiting_grows_with_failures() {
        let t0 = Utc
            .with_ymd_and_hms(2026, 11, 28, 9, 0, 0)
            .single()
            .expect("valid time");
        assert_eq!(
            meta(2, t0).wait_before_unlock(t0),
            None,
            "two mistakes cost nothing"
        );
        assert_eq!(
            meta(3, t0).wait_before_unlock(t0),
            Some(1),
            "the third costs a second"
        );
        assert_eq!(
            meta(5, t0).wait_before_unlock(t0),
            Some(4),
            "then it doubles"
        );
        assert_eq!(
            meta(30, t0).wait_before_unlock(t0),
            Some(MAX_WAIT_SECS),
            "capped"
        );
        let later = t0 + chrono::Duration::seconds(5);
        assert_eq!(
            meta(5, t0).wait_before_unlock(later),
            None,
            "after the wait it is free"
        );
    }
}
