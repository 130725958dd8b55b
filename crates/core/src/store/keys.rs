//! The data key and how it is wrapped.
//!
//! A random 256-bit data key opens the database (SQLCipher raw key). It never touches the
//! disk in the clear: it is sealed with XChaCha20-Poly1305 under a key-encryption key that
//! Argon2id derives from the coach's passphrase, with the device secret as Argon2's secret
//! input (a pepper that lives in the keyring, not in the wrapped blob). The Argon2 parameters
//! travel with the blob, so stronger defaults later do not lock out existing stores.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::{Result, StoreError};

/// Bytes in a data key, a key-encryption key and a device secret.
pub const KEY_LEN: usize = 32;

/// The database key. Zeroised when dropped.
pub struct DataKey(Zeroizing<[u8; KEY_LEN]>);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(..)")
    }
}

impl DataKey {
    /// A fresh random key.
    pub fn generate() -> Result<Self> {
        let mut key = Zeroizing::new([0u8; KEY_LEN]);
        random_fill(key.as_mut_slice())?;
        Ok(Self(key))
    }

    /// The raw key bytes (sealing the recovery copy).
    pub(crate) fn bytes(&self) -> &[u8] {
        self.0.as_slice()
    }

    /// A key from raw bytes (a recovery code).
    pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Self> {
        let bytes: [u8; KEY_LEN] = bytes
            .try_into()
            .map_err(|_| StoreError::Secrets("a data key has 32 bytes".into()))?;
        Ok(Self(Zeroizing::new(bytes)))
    }

    /// The SQLCipher `PRAGMA key` value: a quoted raw-key blob literal, hex only.
    pub(crate) fn sqlcipher_pragma(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("\"x'{}'\"", hex::encode(self.0.as_slice())))
    }
}

/// Argon2id cost, recorded with every wrapped key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_cost_kib: u32,
    /// Iterations.
    pub t_cost: u32,
    /// Lanes.
    pub p_cost: u32,
}

impl Default for KdfParams {
    /// 64 MiB, 3 passes, 1 lane: about 0.2–0.4 s on a 2-core laptop (see BENCHMARKS.md);
    /// above OWASP's Argon2id minimum (19 MiB, 2 passes).
    fn default() -> Self {
        Self {
            m_cost_kib: 64 * 1024,
            t_cost: 3,
            p_cost: 1,
        }
    }
}

impl KdfParams {
    /// Cheap parameters for unit tests only; never used by the app or werkpadctl.
    pub fn insecure_for_tests() -> Self {
        Self {
            m_cost_kib: 8,
            t_cost: 1,
            p_cost: 1,
        }
    }
}

/// The data key sealed under the passphrase: safe to store, useless without the passphrase
/// and the device secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrappedKey {
    /// Blob format version.
    pub format: u32,
    /// Always "argon2id".
    pub kdf: String,
    /// Argon2id cost used for this blob.
    pub params: KdfParams,
    /// Argon2 salt, hex.
    pub salt: String,
    /// Always "xchacha20poly1305".
    pub aead: String,
    /// AEAD nonce, hex.
    pub nonce: String,
    /// Sealed data key, hex.
    pub ciphertext: String,
}

/// Seal `key` under `passphrase`. `context` (the store id) is bound as associated data, so a
/// blob copied from another store does not open this one.
pub fn wrap(
    key: &DataKey,
    passphrase: &str,
    device_secret: &[u8],
    context: &[u8],
    params: KdfParams,
) -> Result<WrappedKey> {
    let mut salt = [0u8; 16];
    random_fill(&mut salt)?;
    let mut nonce = [0u8; 24];
    random_fill(&mut nonce)?;
    let kek = derive(passphrase, device_secret, &salt, params)?;
    let cipher = XChaCha20Poly1305::new(kek.as_slice().into());
    let ciphertext = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: key.0.as_slice(),
                aad: context,
            },
        )
        .map_err(|_| StoreError::Secrets("sealing the data key failed".into()))?;
    Ok(WrappedKey {
        format: 1,
        kdf: "argon2id".into(),
        params,
        salt: hex::encode(salt),
        aead: "xchacha20poly1305".into(),
        nonce: hex::encode(nonce),
        ciphertext: hex::encode(ciphertext),
    })
}

/// Open a wrapped key. A wrong passphrase (or device secret, or context) is
/// [`StoreError::WrongPassphrase`]; a damaged blob is [`StoreError::Secrets`].
pub fn unwrap(
    wrapped: &WrappedKey,
    passphrase: &str,
    device_secret: &[u8],
    context: &[u8],
) -> Result<DataKey> {
    if wrapped.format != 1 || wrapped.kdf != "argon2id" || wrapped.aead != "xchacha20poly1305" {
        return Err(StoreError::Secrets("unknown wrapped-key format".into()));
    }
    let bad = |_| StoreError::Secrets("wrapped key is damaged".into());
    let salt = hex::decode(&wrapped.salt).map_err(bad)?;
    let nonce = hex::decode(&wrapped.nonce).map_err(bad)?;
    let ciphertext = hex::decode(&wrapped.ciphertext).map_err(bad)?;
    if nonce.len() != 24 {
        return Err(StoreError::Secrets("wrapped key is damaged".into()));
    }
    let kek = derive(passphrase, device_secret, &salt, wrapped.params)?;
    let cipher = XChaCha20Poly1305::new(kek.as_slice().into());
    let plain = Zeroizing::new(
        cipher
            .decrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &ciphertext,
                    aad: context,
                },
            )
            .map_err(|_| StoreError::WrongPassphrase)?,
    );
    let bytes: [u8; KEY_LEN] = plain
        .as_slice()
        .try_into()
        .map_err(|_| StoreError::Secrets("wrapped key has the wrong length".into()))?;
    Ok(DataKey(Zeroizing::new(bytes)))
}

/// Argon2id(passphrase, salt; secret = device secret) → 32-byte key-encryption key.
pub fn derive(
    passphrase: &str,
    device_secret: &[u8],
    salt: &[u8],
    params: KdfParams,
) -> Result<Zeroizing<[u8; KEY_LEN]>> {
    let p = Params::new(
        params.m_cost_kib,
        params.t_cost,
        params.p_cost,
        Some(KEY_LEN),
    )
    .map_err(|e| StoreError::Secrets(format!("Argon2 parameters: {e}")))?;
    let argon = Argon2::new_with_secret(device_secret, Algorithm::Argon2id, Version::V0x13, p)
        .map_err(|e| StoreError::Secrets(format!("Argon2 secret: {e}")))?;
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    argon
        .hash_password_into(passphrase.as_bytes(), salt, out.as_mut_slice())
        .map_err(|e| StoreError::Secrets(format!("Argon2: {e}")))?;
    Ok(out)
}

/// Fill `buf` from the operating system's random source.
pub fn random_fill(buf: &mut [u8]) -> Result<()> {
    getrandom::fill(buf).map_err(|e| StoreError::Secrets(format!("no randomness: {e}")))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const SECRET: &[u8] = b"device-secret-device-secret-0123";

    #[test]
    fn round_trip_and_wrong_inputs() {
        let key = DataKey::generate().unwrap();
        let p = KdfParams::insecure_for_tests();
        let w = wrap(&key, "correct horse", SECRET, b"store-a", p).unwrap();
        let back = unwrap(&w, "correct horse", SECRET, b"store-a").unwrap();
        assert_eq!(
            back.0.as_slice(),
            key.0.as_slice(),
            "the right passphrase opens the key"
        );
        assert!(
            matches!(
                unwrap(&w, "wrong horse", SECRET, b"store-a"),
                Err(StoreError::WrongPassphrase)
            ),
            "a wrong passphrase is the typed error"
        );
        assert!(
            matches!(
                unwrap(&w, "correct horse", b"other-secret", b"store-a"),
                Err(StoreError::WrongPassphrase)
            ),
            "without the device secret the passphrase alone is not enough"
        );
        assert!(
            matches!(
                unwrap(&w, "correct horse", SECRET, b"store-b"),
                Err(StoreError::WrongPassphrase)
            ),
            "a blob from another store does not open this one"
        );
    }

    #[test]
    fn blob_records_parameters_and_never_the_key() {
        let key = DataKey::generate().unwrap();
        let p = KdfParams::insecure_for_tests();
        let w = wrap(&key, "pw-pw-pw-pw", SECRET, b"s", p).unwrap();
        assert_eq!(w.params, p, "the cost parameters are stored with the blob");
        let json = serde_json::to_string(&w).unwrap();
        assert!(
            !json.contains(&hex::encode(key.0.as_slice())),
            "the key is not in the blob"
        );
        let again = wrap(&key, "pw-pw-pw-pw", SECRET, b"s", p).unwrap();
        assert_ne!(w.salt, again.salt, "every wrap uses a fresh salt");
    }

    #[test]
    fn pragma_is_quoted_hex() {
        let key = DataKey::generate().unwrap();
        let pragma = key.sqlcipher_pragma();
        assert!(pragma.starts_with("\"x'") && pragma.ends_with("'\""));
        assert_eq!(pragma.len(), 3 + 64 + 2, "64 hex digits for 32 bytes");
    }
}
