//! Key lifecycle: create a store, unlock it, change the passphrase. Failed unlocks are
//! counted in `store.json` and slow down the next attempts.

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use werkpad_domain::{StaffId, StaffMember};
use zeroize::Zeroizing;

use super::keys::{self, DataKey, KdfParams, WrappedKey};
use super::meta::{DataDir, StoreMeta};
use super::secrets::{BackendKind, FileBackend, KeyringBackend, SecretBackend, SecretName};
use super::{DeviceInfo, Store, db, load_device};
use crate::error::{Result, StoreError};

/// How long the first start waits for the OS keyring before using the key file.
const KEYRING_PROBE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// Shortest passphrase accepted.
pub const MIN_PASSPHRASE_LEN: usize = 12;

/// Where a new store keeps its secrets.
#[derive(Debug, Clone, Default)]
pub enum BackendPreference {
    /// The OS keyring when one works, else the 0600 key file.
    #[default]
    Auto,
    /// Always the key file (support, scripts, headless machines).
    File,
    /// A given backend (tests).
    Use(Arc<dyn SecretBackend>),
}

/// How to create or open a store.
#[derive(Debug, Clone, Default)]
pub struct StoreConfig {
    /// Secret backend choice (for `create`; `unlock` follows `store.json` unless `Use`).
    pub backend: BackendPreference,
    /// Argon2id cost for new wrapped keys.
    pub kdf: KdfParams,
    /// The municipality's recovery public key (X25519, hex): when set, the store keeps a
    /// recovery copy of its data key sealed to it ([`super::recovery`]).
    pub recovery_public_key: Option<String>,
}

impl StoreConfig {
    pub(crate) fn backend_for_new(&self, dir: &DataDir) -> Arc<dyn SecretBackend> {
        match &self.backend {
            BackendPreference::Use(b) => b.clone(),
            BackendPreference::File => Arc::new(FileBackend::new(dir.key_file())),
            BackendPreference::Auto => match KeyringBackend::probe_within(KEYRING_PROBE_TIMEOUT) {
                Ok(()) => Arc::new(KeyringBackend),
                Err(reason) => {
                    tracing::warn!(%reason, "no OS keyring: using the 0600 key file");
                    Arc::new(FileBackend::new(dir.key_file()))
                }
            },
        }
    }

    pub(crate) fn backend_for(
        &self,
        dir: &DataDir,
        kind: BackendKind,
    ) -> Result<Arc<dyn SecretBackend>> {
        match (&self.backend, kind) {
            (BackendPreference::Use(b), _) => Ok(b.clone()),
            (_, BackendKind::Keyring) => Ok(Arc::new(KeyringBackend)),
            (_, BackendKind::File) => Ok(Arc::new(FileBackend::new(dir.key_file()))),
            (_, BackendKind::Memory) => Err(StoreError::Secrets(
                "this store's secrets were in memory only".into(),
            )),
        }
    }
}

pub(crate) fn check_strength(passphrase: &str) -> Result<()> {
    if passphrase.chars().count() < MIN_PASSPHRASE_LEN {
        return Err(StoreError::WeakPassphrase {
            min: MIN_PASSPHRASE_LEN,
        });
    }
    Ok(())
}

impl Store {
    /// Whether `dir` holds a store.
    pub fn exists(dir: &Path) -> bool {
        DataDir::new(dir).meta().exists()
    }

    /// Make a new, empty, encrypted store in `dir` for the coach `coach_name`.
    pub async fn create(
        dir: &Path,
        passphrase: &str,
        coach_name: &str,
        config: &StoreConfig,
    ) -> Result<Store> {
        let dir = DataDir::new(dir);
        if dir.meta().exists() || dir.database().exists() {
            return Err(StoreError::AlreadyInitialised);
        }
        check_strength(passphrase)?;
        let coach = StaffMember::new(StaffId::new(), coach_name)
            .map_err(|e| werkpad_domain::ValidationErrors::single("coach_name", e))?;
        std::fs::create_dir_all(dir.root())?;
        restrict_dir(dir.root())?;

        let backend = config.backend_for_new(&dir);
        let store_id = uuid::Uuid::now_v7().to_string();
        match Self::create_in(&dir, &store_id, backend.clone(), passphrase, coach, config).await {
            Ok(store) => {
                tracing::info!(backend = backend.kind().as_str(), "store created");
                Ok(store)
            }
            Err(e) => {
                // Leave nothing half-made: no key without a database, no database without
                // its metadata.
                let _ = backend.delete(&store_id, SecretName::WrappedKey);
                let _ = backend.delete(&store_id, SecretName::DeviceSecret);
                remove_store_files(&dir);
                Err(e)
            }
        }
    }

    async fn create_in(
        dir: &DataDir,
        store_id: &str,
        backend: Arc<dyn SecretBackend>,
        passphrase: &str,
        coach: StaffMember,
        config: &StoreConfig,
    ) -> Result<Store> {
        let mut secret = Zeroizing::new([0u8; keys::KEY_LEN]);
        keys::random_fill(secret.as_mut_slice())?;
        let key = DataKey::generate()?;
        let wrapped = keys::wrap(
            &key,
            passphrase,
            secret.as_slice(),
            store_id.as_bytes(),
            config.kdf,
        )?;
        backend.set(
            store_id,
            SecretName::DeviceSecret,
            &hex::encode(secret.as_slice()),
        )?;
        backend.set(store_id, SecretName::WrappedKey, &to_json(&wrapped)?)?;

        let pool = db::open(&dir.database(), Some(&key)).await?;
        super::recovery::keep_current(dir, store_id, &key, config);
        drop(key);
        let device = DeviceInfo {
            device_id: uuid::Uuid::now_v7().to_string(),
            coach,
        };
        insert_device(&pool, &device).await?;
        let meta = StoreMeta {
            format: 1,
            store_id: store_id.to_owned(),
            backend: backend.kind(),
            created_at: Utc::now(),
            failed_unlocks: 0,
            last_failed_unlock: None,
            unsent: None,
        };
        if let Err(e) = meta.save(dir) {
            pool.close().await;
            return Err(e);
        }
        Ok(Store::from_parts(
            pool,
            dir.clone(),
            store_id.to_owned(),
            backend,
            device,
        ))
    }

    /// A store WITHOUT encryption, for benchmarks that measure what SQLCipher costs. Never
    /// used by the app or werkpadctl; it keeps no secrets and cannot be unlocked later.
    #[doc(hidden)]
    pub async fn create_unencrypted_for_benchmarks(dir: &Path, coach_name: &str) -> Result<Store> {
        let dir = DataDir::new(dir);
        std::fs::create_dir_all(dir.root())?;
        let pool = db::open(&dir.database(), None).await?;
        let coach = StaffMember {
            id: StaffId::new(),
            name: coach_name.to_owned(),
        };
        let device = DeviceInfo {
            device_id: uuid::Uuid::now_v7().to_string(),
            coach,
        };
        insert_device(&pool, &device).await?;
        let backend: Arc<dyn SecretBackend> = Arc::new(super::secrets::MemoryBackend::default());
        Ok(Store::from_parts(pool, dir, String::new(), backend, device))
    }

    /// Unlock the store in `dir` with `passphrase`.
    pub async fn unlock(dir: &Path, passphrase: &str, config: &StoreConfig) -> Result<Store> {
        Self::unlock_at(dir, passphrase, config, Utc::now()).await
    }

    /// [`Store::unlock`] with the clock given (tests of the slow-down).
    pub async fn unlock_at(
        dir: &Path,
        passphrase: &str,
        config: &StoreConfig,
        now: DateTime<Utc>,
    ) -> Result<Store> {
        let dir = DataDir::new(dir);
        let mut meta = StoreMeta::load(&dir)?;
        if let Some(retry_after_secs) = meta.wait_before_unlock(now) {
            return Err(StoreError::TooManyAttempts { retry_after_secs });
        }
        let backend = config.backend_for(&dir, meta.backend)?;
        let (wrapped, secret) = read_secrets(backend.as_ref(), &meta.store_id)?;
        let opened = match keys::unwrap(
            &wrapped,
            passphrase,
            secret.as_slice(),
            meta.store_id.as_bytes(),
        ) {
            Ok(key) => match db::open(&dir.database(), Some(&key)).await {
                Ok(pool) => {
                    let device = load_device(&pool).await?;
                    let store = Store::from_parts(
                        pool,
                        dir.clone(),
                        meta.store_id.clone(),
                        backend.clone(),
                        device,
                    );
                    // The current key opened the database: a pending key is from a
                    // passphrase change that never swapped the file in.
                    store.discard_unfinished_rekey()?;
                    super::recovery::keep_current(&dir, &meta.store_id, &key, config);
                    Some(store)
                }
                // After an interrupted re-key the old passphrase opens the old key, and the
                // database already has the new one: counted as a wrong passphrase below.
                Err(StoreError::DatabaseKey) if has_pending(backend.as_ref(), &meta.store_id)? => {
                    None
                }
                Err(e) => return Err(e),
            },
            Err(StoreError::WrongPassphrase) => None,
            Err(e) => return Err(e),
        };
        let store = match opened {
            Some(store) => store,
            None => match super::rekey::open_with_pending(
                &dir,
                &meta.store_id,
                backend.clone(),
                passphrase,
                config,
            )
            .await?
            {
                Some(store) => store,
                None => {
                    meta.failed_unlocks += 1;
                    meta.last_failed_unlock = Some(now);
                    meta.save(&dir)?;
                    tracing::warn!(
                        failures = meta.failed_unlocks,
                        "unlock failed: wrong passphrase"
                    );
                    return Err(StoreError::WrongPassphrase);
                }
            },
        };
        if meta.failed_unlocks != 0 {
            meta.failed_unlocks = 0;
            meta.last_failed_unlock = None;
            meta.save(&dir)?;
        }
        store.sync().adopt_legacy_tokens().await?;
        Ok(store)
    }

    /// Destroy this store: database files and secrets (remote wipe, tests).
    pub async fn destroy(self) -> Result<()> {
        self.pool.close().await;
        self.backend
            .delete(&self.store_id, SecretName::WrappedKey)?;
        self.backend
            .delete(&self.store_id, SecretName::DeviceSecret)?;
        self.backend
            .delete(&self.store_id, SecretName::SyncTokens)?;
        self.backend
            .delete(&self.store_id, SecretName::PendingKey)?;
        let db = self.dir.database();
        for path in [
            db.clone(),
            db.with_extension("db-wal"),
            db.with_extension("db-shm"),
            self.dir.meta(),
        ] {
            match std::fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }
}

async fn insert_device(pool: &sqlx::SqlitePool, device: &DeviceInfo) -> Result<()> {
    sqlx::query(
        "INSERT INTO device (singleton, device_id, coach_id, coach_name, created_at)
         VALUES (1, ?, ?, ?, ?)",
    )
    .bind(&device.device_id)
    .bind(device.coach.id.to_string())
    .bind(&device.coach.name)
    .bind(Utc::now().to_rfc3339())
    .execute(pool)
    .await?;
    Ok(())
}

pub(crate) fn read_secrets(
    backend: &dyn SecretBackend,
    store_id: &str,
) -> Result<(WrappedKey, Zeroizing<Vec<u8>>)> {
    let missing = || StoreError::KeyMissing {
        backend: backend.kind().as_str(),
    };
    let wrapped = backend
        .get(store_id, SecretName::WrappedKey)?
        .ok_or_else(missing)?;
    let wrapped: WrappedKey = serde_json::from_str(&wrapped)
        .map_err(|e| StoreError::Secrets(format!("wrapped key unreadable: {e}")))?;
    let secret = backend
        .get(store_id, SecretName::DeviceSecret)?
        .ok_or_else(missing)?;
    let secret = Zeroizing::new(
        hex::decode(secret).map_err(|_| StoreError::Secrets("device secret unreadable".into()))?,
    );
    Ok((wrapped, secret))
}

fn has_pending(backend: &dyn SecretBackend, store_id: &str) -> Result<bool> {
    Ok(backend.get(store_id, SecretName::PendingKey)?.is_some())
}

fn to_json(wrapped: &WrappedKey) -> Result<String> {
    serde_json::to_string(wrapped).map_err(|e| StoreError::Secrets(format!("wrapped key: {e}")))
}

/// Remove the database, its WAL and shared-memory files and the metadata (best effort).
fn remove_store_files(dir: &DataDir) {
    let db = dir.database();
    for path in [
        db.with_extension("db-wal"),
        db.with_extension("db-shm"),
        db,
        dir.meta(),
    ] {
        let _ = std::fs::remove_file(path);
    }
}

fn restrict_dir(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700))?;
    }
    let _ = path;
    Ok(())
}
