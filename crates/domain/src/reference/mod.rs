//! Reference data for matching residents to workplaces: ESCO occupations with Dutch labels
//! and synonyms ([`Occupation`]), the ISCO-08 groups they belong to ([`IscoGroup`]), and
//! 4-digit postcode areas with a centroid ([`Pc4Area`]).
//!
//! Main idea: an administrator imports a published file on the server; the parsers here
//! read it whole (from any [`std::io::Read`]) and either return every record or the first
//! problem with the line it starts on ([`ImportError`]), so a malformed file stores
//! nothing. The records then sync to every laptop as shared records, and a
//! [`ReferenceRelease`] per [`Dataset`] says which release a laptop holds. Ids are stable
//! across releases (ESCO's own UUID, or [`name_uuid`] over the code), so a new release
//! changes only the records that differ.

mod csv_rows;
mod error;
mod isco;
mod occupation;
mod pc4;
mod release;
#[cfg(test)]
mod sample_tests;

use sha2::{Digest, Sha256};
use uuid::Uuid;

pub use error::{ImportError, ImportProblem};
pub use isco::{IscoGroup, parse_isco_groups};
pub use occupation::{Occupation, parse_occupations};
pub use pc4::{LATITUDE, LONGITUDE, Pc4Area, parse_pc4};
pub use release::{Dataset, ReferenceRelease, sha256_hex};

/// Record kind of [`Occupation`].
pub const OCCUPATION: &str = "occupation";
/// Record kind of [`IscoGroup`].
pub const ISCO_GROUP: &str = "isco_group";
/// Record kind of [`Pc4Area`].
pub const PC4_AREA: &str = "pc4_area";
/// Record kind of [`ReferenceRelease`].
pub const REFERENCE_RELEASE: &str = "reference_release";

/// A name-based id: UUIDv8 from the first 16 bytes of SHA-256 over `werkpad:{kind}:{name}`.
/// The same code gets the same id in every import, on every server.
pub fn name_uuid(kind: &str, name: &str) -> Uuid {
    let digest = Sha256::digest(format!("werkpad:{kind}:{name}").as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_custom_bytes(bytes).into_uuid()
}

/// True when `value` is `min..=max` ASCII digits.
fn is_digits(value: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_digit())
}

/// A record the parser read but its type refuses (its `validate`).
fn invalid(line: u64, errors: crate::ValidationErrors) -> ImportError {
    ImportError::new(line, ImportProblem::Invalid(errors))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::EntityKind;

    #[test]
    fn name_uuids_are_stable_version_8_ids() {
        let id = name_uuid("isco", "7213");
        assert_eq!(
            id.to_string(),
            PINNED_ISCO_7213,
            "the id of a code never changes, or every laptop would get a new record"
        );
        assert_eq!(id.get_version_num(), 8, "a custom (v8) UUID");
        assert_eq!(id.get_variant(), uuid::Variant::RFC4122, "RFC variant bits");
        assert_ne!(
            name_uuid("isco", "7213"),
            name_uuid("pc4", "7213"),
            "the kind is part of the name"
        );
    }

    /// SHA-256("werkpad:isco:7213"), first 16 bytes, version and variant bits set.
    const PINNED_ISCO_7213: &str = "f9985f08-8461-8c50-bc2b-11caf33afcbb";

    #[test]
    fn record_kinds_match_the_entity_kinds() {
        for (name, kind) in [
            (OCCUPATION, EntityKind::Occupation),
            (ISCO_GROUP, EntityKind::IscoGroup),
            (PC4_AREA, EntityKind::Pc4Area),
            (REFERENCE_RELEASE, EntityKind::ReferenceRelease),
        ] {
            assert_eq!(name, kind.as_str(), "one name per kind, everywhere");
        }
    }

    #[test]
    fn digits_are_counted() {
        assert!(is_digits("0110", 1, 4), "leading zeros are digits");
        assert!(!is_digits("", 1, 4), "empty has too few");
        assert!(!is_digits("12345", 1, 4), "too many");
        assert!(!is_digits("12a", 1, 4), "only digits");
    }
}
