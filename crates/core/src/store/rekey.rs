//! Re-keying: a new data key and a new device secret for the database, crash-safe.
//!
//! A passphrase change (and a recovery) does not only re-wrap the old key: an old keys.json
//! or keyring backup plus the old passphrase would still open the database. Instead the
//! database is copied under a fresh data key (`sqlcipher_export` into `werkpad.db.rekey`),
//! and the new key, wrapped under the new passphrase and a new device secret, is first kept
//! as a *pending* key beside the current one. Then the copy replaces the database (one
//! rename) and the pending key becomes the key. A crash at any step leaves a store that one
//! of the two passphrases opens: [`Store::finish_interrupted_rekey`] runs at every unlock.

use std::path::PathBuf;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::keys::{self, DataKey, KdfParams, WrappedKey};
use super::meta::DataDir;
use super::secrets::{SecretBackend, SecretName};
use super::{Store, StoreConfig, db, load_device};
use crate::error::{Result, StoreError};

/// The data key and device secret a re-key is switching to (JSON in the secret backend).
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct KeySet {
    /// The new data key, wrapped under the new passphrase and `device_secret`.
    pub wrapped: WrappedKey,
    /// The new device secret, hex.
    pub device_secret: String,
}

impl KeySet {
    /// A fresh data key and device secret, the key wrapped under `passphrase`.
    pub(crate) fn generate(
        passphrase: &str,
        store_id: &str,
        kdf: KdfParams,
    ) -> Result<(Self, DataKey)> {
        let mut secret = Zeroizing::new([0u8; keys::KEY_LEN]);
        keys::random_fill(secret.as_mut_slice())?;
        let key = DataKey::generate()?;
        let wrapped = keys::wrap(
            &key,
            passphrase,
            secret.as_slice(),
            store_id.as_bytes(),
            kdf,
        )?;
        Ok((
            Self {
                wrapped,
                device_secret: hex::encode(secret.as_slice()),
            },
            key,
        ))
    }

    /// Open the key with `passphrase`.
    pub(crate) fn unwrap(&self, passphrase: &str, store_id: &str) -> Result<DataKey> {
        let secret = Zeroizing::new(
            hex::decode(&self.device_secret)
                .map_err(|_| StoreError::Secrets("device secret unreadable".into()))?,
        );
        keys::unwrap(
            &self.wrapped,
            passphrase,
            secret.as_slice(),
            store_id.as_bytes(),
        )
    }

    fn to_json(&self) -> Result<Zeroizing<String>> {
        serde_json::to_string(self)
            .map(Zeroizing::new)
            .map_err(|e| StoreError::Secrets(format!("key set: {e}")))
    }

    /// The pending key set of `store_id`, if a re-key was interrupted.
    pub(crate) fn pending(backend: &dyn SecretBackend, store_id: &str) -> Result<Option<Self>> {
        backend
            .get(store_id, SecretName::PendingKey)?
            .map(|json| {
                serde_json::from_str(&json)
                    .map_err(|e| StoreError::Secrets(format!("pending key unreadable: {e}")))
            })
            .transpose()
    }

    /// Make this the store's key set (wrapped key and device secret), then drop the pending
    /// copy.
    pub(crate) fn install(&self, backend: &dyn SecretBackend, store_id: &str) -> Result<()> {
        backend.set(store_id, SecretName::DeviceSecret, &self.device_secret)?;
        let wrapped = serde_json::to_string(&self.wrapped)
            .map_err(|e| StoreError::Secrets(format!("wrapped key: {e}")))?;
        backend.set(store_id, SecretName::WrappedKey, &wrapped)?;
        backend.delete(store_id, SecretName::PendingKey)
    }
}

/// Where the re-keyed copy is written before it replaces the database.
fn copy_path(dir: &DataDir) -> PathBuf {
    dir.database().with_extension("db.rekey")
}

impl Store {
    /// Change the passphrase and re-key: afterwards only `new` opens the store, and an old
    /// copy of the wrapped key plus `old` no longer does. Consumes the store (its connections
    /// are closed while the file is swapped) and returns it open again.
    pub async fn change_passphrase(
        self,
        old: &str,
        new: &str,
        config: &StoreConfig,
    ) -> Result<Store> {
        super::vault::check_strength(new)?;
        let (wrapped, secret) = super::vault::read_secrets(self.backend.as_ref(), &self.store_id)?;
        // The old passphrase must be right: the unwrapped key itself is not needed.
        drop(keys::unwrap(
            &wrapped,
            old,
            secret.as_slice(),
            self.store_id.as_bytes(),
        )?);
        let (next, key) = KeySet::generate(new, &self.store_id, config.kdf)?;
        let store = self.rekey(&next, &key).await?;
        super::recovery::keep_current(&store.dir, &store.store_id, &key, config);
        tracing::info!("passphrase changed; the database has a new key");
        Ok(store)
    }

    /// Copy the database under `key`, then switch to `next` (which wraps `key`).
    pub(crate) async fn rekey(self, next: &KeySet, key: &DataKey) -> Result<Store> {
        let dir = self.dir.clone();
        let copy = copy_path(&dir);
        remove_if_present(&copy)?;
        let exported = export(&self, &copy, key).await;
        if let Err(e) = exported {
            remove_if_present(&copy)?;
            return Err(e);
        }
        let backend = self.backend.clone();
        let store_id = self.store_id.clone();
        // From here the new key must not get lost: it is kept before the file is swapped.
        backend.set(&store_id, SecretName::PendingKey, &next.to_json()?)?;
        self.pool.close().await;
        drop(self);
        swap_in(&dir, &copy)?;
        next.install(backend.as_ref(), &store_id)?;
        open_with(&dir, store_id, backend, key).await
    }

    /// Finish (or undo) a re-key that a crash interrupted. Called by unlock after the current
    /// key opened the database: a pending key left behind belongs to a swap that never
    /// happened, so it and the half-made copy go.
    pub(crate) fn discard_unfinished_rekey(&self) -> Result<()> {
        remove_if_present(&copy_path(&self.dir))?;
        self.backend.delete(&self.store_id, SecretName::PendingKey)
    }
}

/// After the current key failed to open the database: the pending key of an interrupted
/// re-key may be the right one (the crash came after the swap). Opens and promotes it.
pub(crate) async fn open_with_pending(
    dir: &DataDir,
    store_id: &str,
    backend: Arc<dyn SecretBackend>,
    passphrase: &str,
    config: &StoreConfig,
) -> Result<Option<Store>> {
    let Some(pending) = KeySet::pending(backend.as_ref(), store_id)? else {
        return Ok(None);
    };
    let key = match pending.unwrap(passphrase, store_id) {
        Ok(key) => key,
        Err(StoreError::WrongPassphrase) => return Ok(None),
        Err(e) => return Err(e),
    };
    match db::open(&dir.database(), Some(&key)).await {
        Ok(pool) => {
            pool.close().await;
            pending.install(backend.as_ref(), store_id)?;
            super::recovery::keep_current(dir, store_id, &key, config);
            tracing::info!("an interrupted passphrase change was completed");
            open_with(dir, store_id.to_owned(), backend, &key)
                .await
                .map(Some)
        }
        Err(StoreError::DatabaseKey) => Ok(None),
        Err(e) => Err(e),
    }
}

async fn open_with(
    dir: &DataDir,
    store_id: String,
    backend: Arc<dyn SecretBackend>,
    key: &DataKey,
) -> Result<Store> {
    let pool = db::open(&dir.database(), Some(key)).await?;
    let device = load_device(&pool).await?;
    Ok(Store::from_parts(
        pool,
        dir.clone(),
        store_id,
        backend,
        device,
    ))
}

/// `sqlcipher_export` the whole database into `copy`, encrypted under `key`, and make the
/// copy durable.
async fn export(store: &Store, copy: &std::path::Path, key: &DataKey) -> Result<()> {
    let path = copy
        .to_str()
        .ok_or_else(|| StoreError::Secrets("data folder path is not UTF-8".into()))?
        .replace('\'', "''");
    let mut conn = store.pool.acquire().await?;
    // Everything committed is in the main file first: the copy is read from one snapshot
    // either way, but a checkpointed WAL keeps the swap simple.
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .execute(&mut *conn)
        .await?;
    let attach = Zeroizing::new(format!(
        "ATTACH DATABASE '{path}' AS rekeyed KEY {}",
        key.sqlcipher_pragma().as_str()
    ));
    sqlx::raw_sql(sqlx::AssertSqlSafe(attach.as_str()))
        .execute(&mut *conn)
        .await?;
    let copied = async {
        sqlx::query("SELECT sqlcipher_export('rekeyed')")
            .fetch_all(&mut *conn)
            .await?;
        let version: i64 = sqlx::query_scalar("PRAGMA main.user_version")
            .fetch_one(&mut *conn)
            .await?;
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
            "PRAGMA rekeyed.user_version = {version}"
        )))
        .execute(&mut *conn)
        .await?;
        Ok::<_, StoreError>(())
    }
    .await;
    sqlx::query("DETACH DATABASE rekeyed")
        .execute(&mut *conn)
        .await?;
    copied?;
    std::fs::File::open(copy)?.sync_all()?;
    Ok(())
}

/// Replace the database by the re-keyed copy: the old WAL and shared-memory files belong to
/// the old file (checkpointed into it before the export) and go first.
fn swap_in(dir: &DataDir, copy: &std::path::Path) -> Result<()> {
    let db = dir.database();
    remove_if_present(&db.with_extension("db-wal"))?;
    remove_if_present(&db.with_extension("db-shm"))?;
    std::fs::rename(copy, &db)?;
    #[cfg(unix)]
    std::fs::File::open(dir.root())?.sync_all()?;
    Ok(())
}

fn remove_if_present(path: &std::path::Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e.into()),
    }
}
