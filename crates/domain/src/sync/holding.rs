//! The sync self-check: after a round, laptop and server compare what the laptop holds with
//! what it may hold, per resident, as a digest over (entity, id, version) of every record.
//! A difference is repaired by fetching that resident's records again; a resident the
//! laptop may no longer hold is removed from it. (CommCare keeps a case-state hash for the
//! same purpose.)
//!
//! Both sides compute the digest with [`holding_digest`] (the server in SQL, with the same
//! line format and order; a server test checks they agree).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::Change;

/// Most residents in one [`RecordsRequest`].
pub const MAX_REPAIR_RESIDENTS: usize = 200;

/// One record as the digest sees it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Held {
    /// Kind of record (or the conflict entity).
    pub entity: String,
    /// Its id.
    pub id: Uuid,
    /// Its server version.
    pub version: i64,
}

/// The digest of a set of records: SHA-256 over one line `entity:id:version\n` per
/// record, sorted by entity (bytewise) and id, as lowercase hex. The empty set has the
/// digest of the empty string.
pub fn holding_digest(records: &mut [Held]) -> String {
    records.sort_unstable_by(|a, b| {
        a.entity
            .as_bytes()
            .cmp(b.entity.as_bytes())
            .then(a.id.cmp(&b.id))
    });
    let lines: String = records
        .iter()
        .map(|r| format!("{}:{}:{}\n", r.entity, r.id, r.version))
        .collect();
    digest_of_lines(&lines)
}

/// The digest of lines already in [`holding_digest`]'s form and order (a laptop makes
/// them in SQL: `group_concat(… ORDER BY entity, id)`).
pub fn digest_of_lines(lines: &str) -> String {
    hex(&Sha256::digest(lines.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// What the laptop holds of one resident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResidentDigest {
    /// The resident.
    pub resident_id: Uuid,
    /// [`holding_digest`] over the resident's records (and open conflicts) that the laptop
    /// holds at a server version (records made here and not yet pulled back are left out).
    pub digest: String,
}

/// `POST /api/v1/check`: what this laptop holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckRequest {
    /// The checking device (must match the token's device).
    pub device_id: Uuid,
    /// Every resident the laptop holds, with its digest.
    pub residents: Vec<ResidentDigest>,
    /// [`holding_digest`] over the shared records (employers, workplaces, reference data
    /// and their open conflicts).
    pub shared: String,
    /// Residents this laptop destroyed because their retention period ended: they are not
    /// expected back.
    #[serde(default)]
    pub destroyed: Vec<Uuid>,
}

/// The answer: where the laptop differs from what it may hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckResponse {
    /// Residents the laptop may hold whose records differ (or are missing): fetch them.
    pub differ: Vec<Uuid>,
    /// Residents the laptop holds but may not: remove them.
    pub extra: Vec<Uuid>,
    /// The shared records differ: fetch them all.
    pub shared_differs: bool,
}

/// `POST /api/v1/records`: every live record of some residents (and the shared records),
/// as the server holds them now, for a repair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordsRequest {
    /// The device (must match the token's device).
    pub device_id: Uuid,
    /// At most [`MAX_REPAIR_RESIDENTS`] residents.
    pub residents: Vec<Uuid>,
    /// Also every shared record.
    #[serde(default)]
    pub shared: bool,
}

/// The records asked for; a record that is not in it is not on the server (or not for
/// this user), and the laptop removes its copy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordsResponse {
    /// The residents asked for that the user may hold (the others are to be removed).
    pub residents: Vec<Uuid>,
    /// Their records, residents first.
    pub changes: Vec<Change>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn held(entity: &str, id: u128, version: i64) -> Held {
        Held {
            entity: entity.into(),
            id: Uuid::from_u128(id),
            version,
        }
    }

    #[test]
    fn the_digest_ignores_order_and_sees_every_version() {
        let mut a = vec![held("traject", 2, 3), held("resident", 1, 1)];
        let mut b = vec![held("resident", 1, 1), held("traject", 2, 3)];
        assert_eq!(
            holding_digest(&mut a),
            holding_digest(&mut b),
            "the same records in another order are the same holding"
        );
        let mut c = vec![held("resident", 1, 1), held("traject", 2, 4)];
        assert_ne!(
            holding_digest(&mut a),
            holding_digest(&mut c),
            "one record at another version is another holding"
        );
        assert_eq!(
            holding_digest(&mut []),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "the empty holding is the digest of the empty string"
        );
    }

    #[test]
    fn lines_sort_bytewise_like_postgres_collate_c() {
        // "health_record" < "healthz" bytewise ('_' is 0x5F, 'z' is 0x7A); a locale-aware
        // collation could put them the other way round.
        let mut v = vec![held("healthz", 1, 1), held("health_record", 2, 1)];
        holding_digest(&mut v);
        assert_eq!(v[0].entity, "health_record");
    }
}
