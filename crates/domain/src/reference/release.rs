//! Which release of a reference dataset the server imported last: one record per dataset,
//! replaced by each import, so a laptop knows which release it holds.

use std::fmt::Write as _;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::{ISCO_GROUP, OCCUPATION, PC4_AREA, name_uuid};
use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};
use crate::validate::SHORT_TEXT_MAX;
use crate::validate::fields::Collector;

choice_enum! {
    /// A reference dataset that can be imported.
    pub enum Dataset {
        /// ESCO occupations ([`super::Occupation`]).
        EscoOccupations => ("esco_occupations", "reference-dataset-esco-occupations"),
        /// ISCO-08 groups ([`super::IscoGroup`]).
        IscoGroups => ("isco_groups", "reference-dataset-isco-groups"),
        /// Postcode areas ([`super::Pc4Area`]).
        Pc4 => ("pc4", "reference-dataset-pc4"),
    }
}

impl Dataset {
    /// The record kind of the dataset's records.
    pub fn entity(self) -> &'static str {
        match self {
            Self::EscoOccupations => OCCUPATION,
            Self::IscoGroups => ISCO_GROUP,
            Self::Pc4 => PC4_AREA,
        }
    }
}

/// The release of one dataset that the server holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ReferenceRelease {
    /// [`ReferenceRelease::id_for`] the dataset: one record per dataset.
    pub id: Uuid,
    /// Which dataset.
    pub dataset: Dataset,
    /// The release as the administrator names it ("ESCO v1.2", "GeoNames 2026-11").
    pub version: String,
    /// When it was imported.
    pub imported_at: DateTime<Utc>,
    /// How many records the release holds.
    pub records: u32,
    /// SHA-256 of the imported file, lowercase hex.
    pub sha256: String,
}

impl ReferenceRelease {
    /// The release `version` of `dataset`, imported at `imported_at` from `file`.
    pub fn new(
        dataset: Dataset,
        version: &str,
        imported_at: DateTime<Utc>,
        records: u32,
        file: &[u8],
    ) -> Self {
        Self {
            id: Self::id_for(dataset),
            dataset,
            version: version.trim().to_owned(),
            imported_at,
            records,
            sha256: sha256_hex(file),
        }
    }

    /// The stable id of `dataset`'s release record.
    pub fn id_for(dataset: Dataset) -> Uuid {
        name_uuid("release", dataset.as_str())
    }

    /// The id of its dataset, a named version, a SHA-256 in hex.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        if self.id != Self::id_for(self.dataset) {
            c.push("id", ValidationError::InvalidChoice);
        }
        c.check_required("version", &self.version, SHORT_TEXT_MAX);
        let hex = |b: u8| b.is_ascii_digit() || (b'a'..=b'f').contains(&b);
        if self.sha256.len() != 64 || !self.sha256.bytes().all(hex) {
            c.push("sha256", ValidationError::InvalidChoice);
        }
        c.finish()
    }
}

/// SHA-256 of `bytes` as lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut s, b| {
            // Writing to a String cannot fail.
            let _ = write!(s, "{b:02x}");
            s
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn release() -> ReferenceRelease {
        let at = Utc
            .with_ymd_and_hms(2026, 11, 28, 12, 0, 0)
            .single()
            .expect("a real moment");
        ReferenceRelease::new(Dataset::Pc4, " GeoNames 2026-11 ", at, 4064, b"abc")
    }

    #[test]
    fn a_release_has_one_id_per_dataset_and_the_file_hash() {
        let r = release();
        assert_eq!(r.id, name_uuid("release", "pc4"), "werkpad:release:pc4");
        assert_eq!(r.version, "GeoNames 2026-11", "the name is trimmed");
        assert_eq!(
            r.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            "SHA-256 of \"abc\" (FIPS 180-2 test vector)"
        );
        assert_eq!(r.validate(), Ok(()), "a new release is valid");
        let ids: std::collections::HashSet<_> = Dataset::ALL
            .into_iter()
            .map(ReferenceRelease::id_for)
            .collect();
        assert_eq!(ids.len(), 3, "each dataset its own release record");
    }

    #[test]
    fn datasets_serialize_in_snake_case() {
        for dataset in Dataset::ALL {
            assert_eq!(
                serde_json::to_value(dataset).expect("serializable"),
                dataset.as_str(),
                "serde and as_str agree"
            );
            assert_eq!(Dataset::parse(dataset.as_str()), Some(dataset));
        }
        assert_eq!(Dataset::EscoOccupations.as_str(), "esco_occupations");
        assert_eq!(Dataset::IscoGroups.entity(), "isco_group");
        let json = serde_json::to_value(release()).expect("serializable");
        let back: ReferenceRelease = serde_json::from_value(json).expect("deserializable");
        assert_eq!(back, release(), "a synced release reads back the same");
    }

    #[test]
    fn validate_refuses_a_nameless_release_or_a_bad_hash() {
        let errors = ReferenceRelease {
            version: " ".into(),
            sha256: "ABC".into(),
            ..release()
        }
        .validate()
        .expect_err("two problems");
        assert!(
            errors.contains("version", &ValidationError::Required)
                && errors.contains("sha256", &ValidationError::InvalidChoice),
            "{errors}"
        );
    }
}
