//! A study's key and the pseudonyms made with it.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use uuid::Uuid;
use zeroize::Zeroizing;

use super::StatisticsError;

/// A study's key: 32 random bytes, wiped from memory when dropped.
pub struct StudyKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for StudyKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StudyKey(..)")
    }
}

impl StudyKey {
    /// A fresh key from the OS's randomness.
    pub fn fresh() -> Result<Self, StatisticsError> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        getrandom::fill(bytes.as_mut_slice()).map_err(|_| StatisticsError::Random)?;
        Ok(Self(bytes))
    }

    /// A key from its stored bytes; `None` unless exactly 32.
    pub fn from_slice(bytes: &[u8]) -> Option<Self> {
        let bytes: [u8; 32] = bytes.try_into().ok()?;
        Some(Self(Zeroizing::new(bytes)))
    }

    /// The bytes, to store.
    pub fn as_bytes(&self) -> &[u8] {
        self.0.as_slice()
    }

    /// The resident's pseudonym in this study: the first 16 bytes of
    /// HMAC-SHA256(key, the resident id's 16 bytes), as 32 lowercase hex digits.
    pub fn pseudonym(&self, resident: Uuid) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.as_bytes())
            .unwrap_or_else(|_| unreachable!("HMAC takes a key of any length"));
        mac.update(resident.as_bytes());
        let tag = mac.finalize().into_bytes();
        hex::encode(&tag[..16])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_key_one_pseudonym_per_resident_and_another_key_another() {
        let a = StudyKey::from_slice(&[1; 32]).expect("32 bytes");
        let b = StudyKey::from_slice(&[2; 32]).expect("32 bytes");
        let r = Uuid::from_u128(0x0193_0000_0000_7000_8000_0000_0000_0001);
        let s = Uuid::from_u128(0x0193_0000_0000_7000_8000_0000_0000_0002);
        assert_eq!(a.pseudonym(r), a.pseudonym(r));
        assert_ne!(a.pseudonym(r), a.pseudonym(s));
        assert_ne!(a.pseudonym(r), b.pseudonym(r));
        assert_eq!(a.pseudonym(r).len(), 32);
        assert!(!a.pseudonym(r).contains(&r.simple().to_string()));
    }

    #[test]
    fn keys_are_32_random_bytes() {
        assert!(StudyKey::from_slice(&[0; 31]).is_none());
        let fresh = StudyKey::fresh().expect("randomness");
        assert_ne!(
            fresh.as_bytes(),
            StudyKey::fresh().expect("randomness").as_bytes()
        );
    }
}
