//! The recovery copy: the data key sealed to the municipality's public key.
//!
//! A forgotten passphrase or a keyring that IT reset would otherwise leave unsent work
//! locked for ever. When the functional administrator configured the municipality's
//! recovery public key (X25519), the laptop keeps `recovery.json` beside the store: the
//! data key sealed to that key (ephemeral X25519, HKDF-SHA256, XChaCha20-Poly1305, the store
//! id as associated data). Only the holder of the private key (the helpdesk, offline) can
//! open it; `werkpadctl recovery open` turns it into a one-time recovery code. Entering
//! that code with a new passphrase re-keys the store at once ([`Store::recover`]), so the
//! code opens nothing afterwards.
//!
//! Without the configured key there is no copy, and "reset and sync again" is the only way
//! back: [`unsent_changes`] tells beforehand how much work that would lose.

use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use x25519_dalek::{PublicKey, StaticSecret};
use zeroize::Zeroizing;

use super::keys::{self, DataKey, KEY_LEN};
use super::meta::{DataDir, StoreMeta};
use super::rekey::KeySet;
use super::secrets::write_private;
use super::{Store, StoreConfig, db};
use crate::error::{Result, StoreError};

const HKDF_INFO: &[u8] = b"werkpad recovery copy v1";

/// `recovery.json`: safe to keep on the laptop and to hand to the helpdesk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryCopy {
    /// Format version.
    pub format: u32,
    /// The store this copy opens.
    pub store_id: String,
    /// The municipality public key it is sealed to, hex.
    pub recipient: String,
    /// The ephemeral public key, hex.
    pub ephemeral: String,
    /// AEAD nonce, hex.
    pub nonce: String,
    /// The sealed data key, hex.
    pub ciphertext: String,
    /// A one-way check value of the sealed key: tells whether the copy is current without
    /// opening it.
    pub key_check: String,
    /// When the copy was made.
    pub created_at: DateTime<Utc>,
}

/// The file that holds the copy.
pub fn copy_path(dir: &Path) -> PathBuf {
    dir.join("recovery.json")
}

/// A new municipality key pair: (private key hex, public key hex). The private key belongs
/// offline with the helpdesk; the public key goes into each laptop's settings.json.
pub fn generate_key_pair() -> Result<(Zeroizing<String>, String)> {
    let secret = random_secret()?;
    let public = PublicKey::from(&secret);
    Ok((
        Zeroizing::new(hex::encode(secret.to_bytes())),
        hex::encode(public.as_bytes()),
    ))
}

fn random_secret() -> Result<StaticSecret> {
    let mut bytes = Zeroizing::new([0u8; 32]);
    keys::random_fill(bytes.as_mut_slice())?;
    Ok(StaticSecret::from(*bytes))
}

fn parse_key32(hex_text: &str, what: &str) -> Result<[u8; 32]> {
    hex::decode(hex_text.trim())
        .ok()
        .and_then(|b| <[u8; 32]>::try_from(b.as_slice()).ok())
        .ok_or_else(|| StoreError::Secrets(format!("{what} is not 64 hex digits")))
}

fn seal_key(
    shared: &[u8; 32],
    ephemeral: &PublicKey,
    recipient: &PublicKey,
) -> Zeroizing<[u8; 32]> {
    let mut salt = Vec::with_capacity(64);
    salt.extend_from_slice(ephemeral.as_bytes());
    salt.extend_from_slice(recipient.as_bytes());
    let hk = hkdf::Hkdf::<Sha256>::new(Some(&salt), shared);
    let mut out = Zeroizing::new([0u8; 32]);
    // 32 bytes is far below HKDF-SHA256's limit of 8160.
    let _ = hk.expand(HKDF_INFO, out.as_mut_slice());
    out
}

fn key_check(key: &DataKey) -> String {
    let mut h = Sha256::new();
    h.update(b"werkpad recovery key check");
    h.update(key.bytes());
    hex::encode(&h.finalize()[..16])
}

/// Seal `key` of `store_id` to the municipality public key `recipient_hex`.
pub fn seal(key: &DataKey, store_id: &str, recipient_hex: &str) -> Result<RecoveryCopy> {
    let recipient = PublicKey::from(parse_key32(recipient_hex, "the recovery public key")?);
    let ephemeral_secret = random_secret()?;
    let ephemeral = PublicKey::from(&ephemeral_secret);
    let shared = ephemeral_secret.diffie_hellman(&recipient);
    let aead_key = seal_key(shared.as_bytes(), &ephemeral, &recipient);
    let mut nonce = [0u8; 24];
    keys::random_fill(&mut nonce)?;
    let cipher = XChaCha20Poly1305::new(aead_key.as_slice().into());
    let ciphertext = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: key.bytes(),
                aad: store_id.as_bytes(),
            },
        )
        .map_err(|_| StoreError::Secrets("sealing the recovery copy failed".into()))?;
    Ok(RecoveryCopy {
        format: 1,
        store_id: store_id.to_owned(),
        recipient: hex::encode(recipient.as_bytes()),
        ephemeral: hex::encode(ephemeral.as_bytes()),
        nonce: hex::encode(nonce),
        ciphertext: hex::encode(ciphertext),
        key_check: key_check(key),
        created_at: Utc::now(),
    })
}

/// The helpdesk's side: open `copy` with the municipality private key and give the
/// one-time recovery code for the coach.
pub fn open_to_code(copy: &RecoveryCopy, private_key_hex: &str) -> Result<Zeroizing<String>> {
    let secret = StaticSecret::from(parse_key32(private_key_hex, "the recovery private key")?);
    let recipient = PublicKey::from(&secret);
    if hex::encode(recipient.as_bytes()) != copy.recipient {
        return Err(StoreError::Secrets(
            "this recovery copy is sealed to another municipality key".into(),
        ));
    }
    let ephemeral = PublicKey::from(parse_key32(&copy.ephemeral, "the ephemeral key")?);
    let shared = secret.diffie_hellman(&ephemeral);
    let aead_key = seal_key(shared.as_bytes(), &ephemeral, &recipient);
    let bad = |_| StoreError::Secrets("the recovery copy is damaged".into());
    let nonce = hex::decode(&copy.nonce).map_err(bad)?;
    let ciphertext = hex::decode(&copy.ciphertext).map_err(bad)?;
    if nonce.len() != 24 {
        return Err(StoreError::Secrets("the recovery copy is damaged".into()));
    }
    let cipher = XChaCha20Poly1305::new(aead_key.as_slice().into());
    let plain = Zeroizing::new(
        cipher
            .decrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &ciphertext,
                    aad: copy.store_id.as_bytes(),
                },
            )
            .map_err(|_| StoreError::Secrets("the recovery copy is damaged".into()))?,
    );
    Ok(format_code(&plain))
}

/// The code: the key in hex plus two check bytes, in groups of four ("a1b2-c3d4-…"), so a
/// typing mistake is caught before the database is tried.
fn format_code(key: &[u8]) -> Zeroizing<String> {
    let mut digits = Zeroizing::new(hex::encode(key));
    digits.push_str(&hex::encode(&Sha256::digest(key)[..2]));
    let groups: Vec<&str> = digits
        .as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap_or_default())
        .collect();
    Zeroizing::new(groups.join("-"))
}

/// Read a recovery code as typed (spaces, dashes, any case).
pub(crate) fn parse_code(code: &str) -> Result<DataKey> {
    let digits: Zeroizing<String> = Zeroizing::new(
        code.chars()
            .filter(|c| c.is_ascii_hexdigit())
            .map(|c| c.to_ascii_lowercase())
            .collect(),
    );
    let bytes =
        Zeroizing::new(hex::decode(digits.as_str()).map_err(|_| StoreError::RecoveryCodeInvalid)?);
    if bytes.len() != KEY_LEN + 2
        || code
            .chars()
            .any(|c| !(c.is_ascii_hexdigit() || c == '-' || c.is_whitespace()))
    {
        return Err(StoreError::RecoveryCodeInvalid);
    }
    let (key, check) = bytes.split_at(KEY_LEN);
    if Sha256::digest(key)[..2] != *check {
        return Err(StoreError::RecoveryCodeInvalid);
    }
    DataKey::from_bytes(key)
}

/// Read `recovery.json` of the store in `dir`, if there is one.
pub fn read_copy(dir: &Path) -> Result<Option<RecoveryCopy>> {
    match std::fs::read(copy_path(dir)) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| StoreError::Secrets(format!("recovery.json unreadable: {e}"))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Keep the recovery copy current for `key`: written when a municipality key is configured
/// and the copy is missing, stale (another key) or sealed to another municipality key.
/// A failure is logged and not fatal: the coach's work goes on without a fresh copy.
pub(crate) fn keep_current(dir: &DataDir, store_id: &str, key: &DataKey, config: &StoreConfig) {
    let Some(recipient) = config.recovery_public_key.as_deref() else {
        return;
    };
    let current = read_copy(dir.root()).ok().flatten();
    let fresh = current.is_some_and(|c| {
        c.store_id == store_id && c.key_check == key_check(key) && c.recipient == recipient.trim()
    });
    if fresh {
        return;
    }
    let written = seal(key, store_id, recipient).and_then(|copy| {
        let bytes = serde_json::to_vec_pretty(&copy)
            .map_err(|e| StoreError::Secrets(format!("recovery.json: {e}")))?;
        write_private(&copy_path(dir.root()), &bytes)
    });
    match written {
        Ok(()) => tracing::info!("recovery copy written"),
        Err(e) => tracing::warn!(error = %e, "recovery copy not written"),
    }
}

/// How much work a reset would lose: the changes not yet accepted by the server, as the
/// store last counted them (kept in store.json, readable without the key).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct UnsentChanges {
    /// Changes not yet accepted by the server.
    pub count: u64,
    /// When they were counted.
    #[ts(type = "string")]
    pub counted_at: DateTime<Utc>,
}

/// The last count of unsent changes of the store in `dir` (None: never counted).
pub fn unsent_changes(dir: &Path) -> Result<Option<UnsentChanges>> {
    Ok(StoreMeta::load(&DataDir::new(dir))?.unsent)
}

impl Store {
    /// Count the changes not yet accepted by the server into store.json, so the lock screen
    /// can tell what a reset would lose. Called after every write and every sync round.
    pub async fn note_unsent(&self) -> Result<()> {
        let count: i64 = sqlx::query_scalar("SELECT count(*) FROM outbox WHERE acked_at IS NULL")
            .fetch_one(self.pool())
            .await?;
        let count = u64::try_from(count).unwrap_or(0);
        let mut meta = StoreMeta::load(&self.dir)?;
        if meta.unsent.map(|u| u.count) == Some(count) {
            return Ok(());
        }
        meta.unsent = Some(UnsentChanges {
            count,
            counted_at: Utc::now(),
        });
        meta.save(&self.dir)
    }

    /// Open the store in `dir` with a recovery code from the helpdesk and set `passphrase`:
    /// the store is re-keyed at once (new data key, new device secret), so the code opens
    /// nothing afterwards.
    pub async fn recover(
        dir: &Path,
        code: &str,
        passphrase: &str,
        config: &StoreConfig,
    ) -> Result<Store> {
        super::vault::check_strength(passphrase)?;
        let data_dir = DataDir::new(dir);
        let mut meta = StoreMeta::load(&data_dir)?;
        let key = parse_code(code)?;
        let pool = match db::open(&data_dir.database(), Some(&key)).await {
            Ok(pool) => pool,
            Err(StoreError::DatabaseKey) => return Err(StoreError::RecoveryCodeInvalid),
            Err(e) => return Err(e),
        };
        let device = super::load_device(&pool).await?;
        // The keyring may be the thing that was lost: pick the backend as a new store does.
        let backend = config.backend_for_new(&data_dir);
        meta.backend = backend.kind();
        meta.failed_unlocks = 0;
        meta.last_failed_unlock = None;
        meta.save(&data_dir)?;
        let store = Store::from_parts(
            pool,
            data_dir.clone(),
            meta.store_id.clone(),
            backend,
            device,
        );
        let (next, new_key) = KeySet::generate(passphrase, &meta.store_id, config.kdf)?;
        let store = store.rekey(&next, &new_key).await?;
        keep_current(&data_dir, &meta.store_id, &new_key, config);
        tracing::info!("store recovered with a recovery code and re-keyed");
        Ok(store)
    }

    /// Remove the store in `dir` whose passphrase or key is lost, so a new one can be made
    /// and filled by syncing again. Everything not yet sent is lost: show
    /// [`unsent_changes`] first. Secrets go from the backend where they can be reached.
    pub fn reset(dir: &Path, config: &StoreConfig) -> Result<()> {
        let data_dir = DataDir::new(dir);
        let meta = StoreMeta::load(&data_dir)?;
        if let Ok(backend) = config.backend_for(&data_dir, meta.backend) {
            for name in super::secrets::SecretName::ALL {
                let _ = backend.delete(&meta.store_id, name);
            }
        }
        let db = data_dir.database();
        for path in [
            db.with_extension("db-wal"),
            db.with_extension("db-shm"),
            db.with_extension("db.rekey"),
            db,
            copy_path(dir),
            data_dir.key_file(),
            data_dir.meta(),
        ] {
            match std::fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e.into()),
            }
        }
        tracing::warn!("store reset: a new one must be made and synced");
        Ok(())
    }
}
