//! Where the wrapped data key and the device secret are kept.
//!
//! First choice is the OS keyring (Windows Credential Manager, macOS Keychain, Secret
//! Service on Linux) through the `keyring` crate. Where none works — a headless Linux box,
//! a locked-down session — the store falls back to a 0600 file in the data folder. Both hold
//! only the *wrapped* key, so the passphrase is needed either way; the keyring adds that the
//! device secret is not in the data folder. `doctor` reports which one is in use.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

use crate::error::{Result, StoreError};

/// Which backend holds the secrets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum BackendKind {
    /// The operating system's keyring.
    Keyring,
    /// A 0600 file in the data folder (no keyring available).
    File,
    /// In memory, for tests.
    Memory,
}

impl BackendKind {
    /// Short name for `doctor` and settings.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Keyring => "keyring",
            Self::File => "file",
            Self::Memory => "memory",
        }
    }
}

/// The two secrets a store needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretName {
    /// The wrapped data key (JSON).
    WrappedKey,
    /// The device secret (hex), Argon2's pepper.
    DeviceSecret,
    /// The server's device tokens (JSON) of a store made before issue 21; they now live
    /// inside the encrypted store and this entry is removed at unlock.
    SyncTokens,
    /// The key set a re-key is switching to, until the switch is complete (JSON).
    PendingKey,
}

impl SecretName {
    /// Every secret a store may have.
    pub const ALL: [SecretName; 4] = [
        Self::WrappedKey,
        Self::DeviceSecret,
        Self::SyncTokens,
        Self::PendingKey,
    ];

    fn as_str(self) -> &'static str {
        match self {
            Self::WrappedKey => "wrapped-key",
            Self::DeviceSecret => "device-secret",
            Self::SyncTokens => "sync-tokens",
            Self::PendingKey => "pending-key",
        }
    }
}

/// A place to keep a store's secrets, addressed by store id.
pub trait SecretBackend: Send + Sync + std::fmt::Debug {
    /// Which kind this is.
    fn kind(&self) -> BackendKind;
    /// Read a secret; `Ok(None)` when absent.
    fn get(&self, store_id: &str, name: SecretName) -> Result<Option<String>>;
    /// Write a secret, replacing any earlier value.
    fn set(&self, store_id: &str, name: SecretName, value: &str) -> Result<()>;
    /// Remove a secret (absent is fine).
    fn delete(&self, store_id: &str, name: SecretName) -> Result<()>;
}

/// The OS keyring.
#[derive(Debug, Default)]
pub struct KeyringBackend;

/// The keyring "service" under which Werkpad files its entries.
pub const KEYRING_SERVICE: &str = "nl.werkpad.desktop";

impl KeyringBackend {
    fn entry(store_id: &str, name: SecretName) -> Result<keyring::Entry> {
        keyring::Entry::new(KEYRING_SERVICE, &format!("{store_id}/{}", name.as_str()))
            .map_err(|e| StoreError::Secrets(format!("keyring: {e}")))
    }

    /// Whether a keyring works here, answering within `timeout`. A keyring that waits for a
    /// password prompt nobody answers (a Linux session without a login keyring) must not
    /// hang the first start: after the timeout the store uses the key file instead.
    pub fn probe_within(timeout: std::time::Duration) -> std::result::Result<(), String> {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(Self::probe());
        });
        rx.recv_timeout(timeout)
            .unwrap_or_else(|_| Err("the keyring did not answer in time".into()))
    }

    /// Whether a keyring works here: write, read back and delete a probe entry.
    pub fn probe() -> std::result::Result<(), String> {
        let entry = keyring::Entry::new(KEYRING_SERVICE, "probe").map_err(|e| e.to_string())?;
        entry.set_password("probe").map_err(|e| e.to_string())?;
        let back = entry.get_password().map_err(|e| e.to_string())?;
        let _ = entry.delete_credential();
        if back == "probe" {
            Ok(())
        } else {
            Err("keyring returned another value".into())
        }
    }
}

impl SecretBackend for KeyringBackend {
    fn kind(&self) -> BackendKind {
        BackendKind::Keyring
    }

    fn get(&self, store_id: &str, name: SecretName) -> Result<Option<String>> {
        match Self::entry(store_id, name)?.get_password() {
            Ok(v) => Ok(Some(v)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(StoreError::Secrets(format!("keyring: {e}"))),
        }
    }

    fn set(&self, store_id: &str, name: SecretName, value: &str) -> Result<()> {
        Self::entry(store_id, name)?
            .set_password(value)
            .map_err(|e| StoreError::Secrets(format!("keyring: {e}")))
    }

    fn delete(&self, store_id: &str, name: SecretName) -> Result<()> {
        match Self::entry(store_id, name)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(StoreError::Secrets(format!("keyring: {e}"))),
        }
    }
}

/// A 0600 JSON file in the data folder, written atomically (temp file + rename).
#[derive(Debug)]
pub struct FileBackend {
    path: PathBuf,
}

impl FileBackend {
    /// The key file at `path` (normally `<data dir>/keys.json`).
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    fn load(&self) -> Result<HashMap<String, String>> {
        match std::fs::read(&self.path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map_err(|e| StoreError::Secrets(format!("key file unreadable: {e}"))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(HashMap::new()),
            Err(e) => Err(e.into()),
        }
    }

    fn save(&self, map: &HashMap<String, String>) -> Result<()> {
        let bytes = serde_json::to_vec_pretty(map)
            .map_err(|e| StoreError::Secrets(format!("key file: {e}")))?;
        write_private(&self.path, &bytes)
    }

    fn key(store_id: &str, name: SecretName) -> String {
        format!("{store_id}/{}", name.as_str())
    }
}

impl SecretBackend for FileBackend {
    fn kind(&self) -> BackendKind {
        BackendKind::File
    }

    fn get(&self, store_id: &str, name: SecretName) -> Result<Option<String>> {
        Ok(self.load()?.remove(&Self::key(store_id, name)))
    }

    fn set(&self, store_id: &str, name: SecretName, value: &str) -> Result<()> {
        let mut map = self.load()?;
        map.insert(Self::key(store_id, name), value.to_owned());
        self.save(&map)
    }

    fn delete(&self, store_id: &str, name: SecretName) -> Result<()> {
        let mut map = self.load()?;
        if map.remove(&Self::key(store_id, name)).is_some() {
            self.save(&map)?;
        }
        Ok(())
    }
}

/// Secrets in memory, shared between clones: for tests of the store's own logic.
#[derive(Debug, Clone, Default)]
pub struct MemoryBackend {
    map: Arc<Mutex<HashMap<String, String>>>,
}

impl SecretBackend for MemoryBackend {
    fn kind(&self) -> BackendKind {
        BackendKind::Memory
    }

    fn get(&self, store_id: &str, name: SecretName) -> Result<Option<String>> {
        let map = self
            .map
            .lock()
            .map_err(|_| StoreError::Secrets("poisoned".into()))?;
        Ok(map.get(&FileBackend::key(store_id, name)).cloned())
    }

    fn set(&self, store_id: &str, name: SecretName, value: &str) -> Result<()> {
        let mut map = self
            .map
            .lock()
            .map_err(|_| StoreError::Secrets("poisoned".into()))?;
        map.insert(FileBackend::key(store_id, name), value.to_owned());
        Ok(())
    }

    fn delete(&self, store_id: &str, name: SecretName) -> Result<()> {
        let mut map = self
            .map
            .lock()
            .map_err(|_| StoreError::Secrets("poisoned".into()))?;
        map.remove(&FileBackend::key(store_id, name));
        Ok(())
    }
}

/// Write `bytes` to `path` readable by the owner only, atomically.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let tmp = path.with_extension("tmp");
    {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn file_backend_is_private_and_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.json");
        let b = FileBackend::new(&path);
        assert_eq!(
            b.get("s1", SecretName::WrappedKey).unwrap(),
            None,
            "empty at first"
        );
        b.set("s1", SecretName::WrappedKey, "blob").unwrap();
        b.set("s1", SecretName::DeviceSecret, "pepper").unwrap();
        assert_eq!(
            b.get("s1", SecretName::WrappedKey).unwrap().as_deref(),
            Some("blob")
        );
        assert_eq!(
            b.get("s2", SecretName::WrappedKey).unwrap(),
            None,
            "stores are separate"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "only the owner may read the key file");
        }
        b.delete("s1", SecretName::WrappedKey).unwrap();
        assert_eq!(
            b.get("s1", SecretName::WrappedKey).unwrap(),
            None,
            "deleted"
        );
        assert_eq!(
            b.get("s1", SecretName::DeviceSecret).unwrap().as_deref(),
            Some("pepper")
        );
    }
}
