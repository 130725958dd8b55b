//! What travels between laptop and server, as JSON. Every request type refuses unknown
//! fields, so a typo or a newer client's field is a clear error, not silently ignored.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use uuid::Uuid;

/// The protocol this build speaks. A server answers another version with `update_needed`.
/// Version 2: a mutation says what its device had really seen (per-field bases, its own
/// earlier changes, the pull cursor), pulls carry the role, and the self-check exists.
pub const PROTOCOL_VERSION: u32 = 2;
/// The HTTP header that carries [`PROTOCOL_VERSION`] on every request.
pub const PROTOCOL_HEADER: &str = "werkpad-protocol";
/// Most mutations in one push page.
pub const MAX_PUSH_PAGE: usize = 1000;
/// Most bytes of JSON a client puts in one push page (the server accepts 8 MiB by
/// default). One mutation is far smaller: the domain bounds every text.
pub const MAX_PUSH_BYTES: usize = 2 * 1024 * 1024;
/// Most records in one pull page.
pub const MAX_PULL_PAGE: u32 = 5000;
/// The entity name of a conflict record (it syncs like any record, scoped by resident).
pub const CONFLICT_ENTITY: &str = "conflict";

/// What a mutation does to its record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MutationOp {
    /// A new record; `fields` is the whole document.
    Create,
    /// Some fields of an existing record.
    Update,
    /// A new record of an append-only kind: never conflicts, never changes.
    Append,
    /// The record is removed.
    Delete,
    /// A change this laptop can no longer send (its record was destroyed here before a
    /// server restored from a backup asked for it again): it only fills its number.
    Void,
}

/// One change made on a device, numbered per device without gaps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mutation {
    /// Per-device sequence number (1, 2, 3, …).
    pub seq: i64,
    /// Kind of record ("resident", "traject", …, or [`CONFLICT_ENTITY`] to resolve one).
    pub entity: String,
    /// The record's id (UUIDv7, made offline).
    pub entity_id: Uuid,
    /// The resident the record belongs to; none for shared data (employers, workplaces).
    pub resident_id: Option<Uuid>,
    /// What it does.
    pub op: MutationOp,
    /// The fields set, with their values (top-level keys of the record's JSON).
    pub fields: Map<String, Value>,
    /// The version of the record this device had pulled when the change was made (0: new,
    /// or never pulled).
    pub base_version: i64,
    /// Fields whose server value this device last saw at an older version than
    /// `base_version`: its own unsent change stood on them when a newer version arrived.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub field_bases: BTreeMap<String, i64>,
    /// Ranges of this device's own sequence numbers (inclusive) whose changes it had NOT
    /// seen when making this one: the changes of an older copy of this laptop that was
    /// replaced by a restored backup. Every other earlier change of the device it had seen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub own_unseen: Vec<[i64; 2]>,
    /// The device's pull cursor when the change was made: a resident who left the
    /// caseload after that point was still the coach's as far as this change knew.
    #[serde(default)]
    pub known_cursor: i64,
    /// Why the coach made the change (a purpose code, for the server's audit log).
    pub purpose: Option<String>,
    /// When the change was made on the device.
    pub made_at: DateTime<Utc>,
}

/// A page of mutations, in sequence order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PushRequest {
    /// The pushing device (must match the token's device).
    pub device_id: Uuid,
    /// At most [`MAX_PUSH_PAGE`] mutations, consecutive sequence numbers.
    pub mutations: Vec<Mutation>,
}

/// One entry of a laptop's own access log (a read of a file, a search, a caseload view, a
/// change), sent to the server so the FG sees every access in one place. Ids and codes only:
/// a coach's free-text reason stays on the laptop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeviceAuditEntry {
    /// The entry's number on the laptop (increasing): the server stores each once.
    pub local_id: i64,
    /// When, on the laptop's clock.
    pub at: chrono::DateTime<chrono::Utc>,
    /// About which resident.
    pub resident_id: Option<Uuid>,
    /// What: a code (`read`, `read_health`, `search`, `create`, …).
    pub action: String,
    /// Kind of record.
    pub entity: Option<String>,
    /// Which record.
    pub entity_id: Option<Uuid>,
    /// Why: a purpose code.
    pub purpose: Option<String>,
}

/// Most access-log entries per upload.
pub const MAX_AUDIT_UPLOAD: usize = 1000;

/// `POST /api/v1/audit`: a page of the laptop's access log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditUpload {
    /// The sending device (must match the token's device).
    pub device_id: Uuid,
    /// At most [`MAX_AUDIT_UPLOAD`] entries, by `local_id`.
    pub entries: Vec<DeviceAuditEntry>,
}

/// The answer: every entry up to this `local_id` is stored (now or before).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditUploadResponse {
    /// The highest `local_id` stored.
    pub stored_through: i64,
}

/// Why a mutation was refused. The mutation counts as handled (it will not be retried).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RejectReason {
    /// The entity kind is not known to this server.
    UnknownEntity,
    /// The resident is not (or no longer) in the user's caseload.
    NotInCaseload,
    /// The user's role may not make this change.
    Forbidden,
    /// The resulting record does not meet the domain's rules or shape.
    InvalidDocument,
    /// An update of an append-only record, or an update of a record that does not exist.
    NotUpdatable,

    /// A conflict resolution for a conflict that does not exist or is already resolved.
    UnknownConflict,
}

impl RejectReason {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::UnknownEntity => "unknown_entity",
            Self::NotInCaseload => "not_in_caseload",
            Self::Forbidden => "forbidden",
            Self::InvalidDocument => "invalid_document",
            Self::NotUpdatable => "not_updatable",
            Self::UnknownConflict => "unknown_conflict",
        }
    }
}

/// What the server did with one mutation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// Applied; the record is now at `version`.
    Applied {
        /// New record version.
        version: i64,
    },
    /// Seen before (a retry after a lost answer): the first answer, again.
    Duplicate {
        /// The outcome the first time.
        first: Box<Outcome>,
    },
    /// Some fields applied (the record is at `version`), the listed fields are conflicts
    /// kept for a person to resolve.
    Conflict {
        /// Record version after applying the fields that did not conflict.
        version: i64,
        /// The conflict records made, one per field.
        conflict_ids: Vec<Uuid>,
        /// The conflicting fields.
        fields: Vec<String>,
    },
    /// Refused, nothing stored.
    Rejected {
        /// Why.
        reason: RejectReason,
    },
}

/// The answer for one mutation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MutationResult {
    /// The mutation's sequence number.
    pub seq: i64,
    /// What happened.
    #[serde(flatten)]
    pub outcome: Outcome,
}

/// The answer to a push: one result per mutation, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PushResponse {
    /// Results in the order of the request.
    pub results: Vec<MutationResult>,
}

/// Ask for changes after `cursor`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PullRequest {
    /// The pulling device (must match the token's device).
    pub device_id: Uuid,
    /// The cursor of the last page applied (0: first sync).
    pub cursor: i64,
    /// Page size wanted (at most [`MAX_PULL_PAGE`]).
    pub limit: u32,
}

/// A record as the server holds it now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// Kind of record.
    pub entity: String,
    /// Its id.
    pub entity_id: Uuid,
    /// The resident it belongs to.
    pub resident_id: Option<Uuid>,
    /// The record's server version.
    pub version: i64,
    /// The whole document (null when deleted).
    pub doc: Value,
    /// True when the record was removed.
    pub deleted: bool,
}

/// A page of changes visible to the user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PullResponse {
    /// Changed records, oldest change first.
    pub changes: Vec<Change>,
    /// Residents that left the user's caseload: remove them from the laptop.
    pub purge_residents: Vec<Uuid>,
    /// The cursor to send next time.
    pub cursor: i64,
    /// True when more pages follow.
    pub more: bool,
    /// On a first page: about how many records will come in all (for a progress bar).
    pub total: Option<i64>,
    /// The user's role now: a laptop whose role changed pulls again from the start and
    /// lets the self-check remove what the new role may not hold.
    pub role: String,
    /// The cursor sent lies beyond anything this server has (it was restored from a
    /// backup): this page starts again from the beginning, and the laptop should check
    /// what it holds afterwards.
    #[serde(default)]
    pub reset: bool,
    /// The user's break-the-glass accesses that are still running: the laptop ends each
    /// at its moment, also offline (see [`super::emergency`]).
    #[serde(default)]
    pub emergency: Vec<super::emergency::EmergencyGrant>,
}

/// The document of a conflict record (entity [`CONFLICT_ENTITY`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConflictDoc {
    /// Kind of the record in conflict.
    pub entity: String,
    /// Its id.
    pub entity_id: Uuid,
    /// The field.
    pub field: String,
    /// The value the pushing device wanted.
    pub mine: Value,
    /// The value the server kept.
    pub theirs: Value,
    /// The device whose change conflicted.
    pub device_id: Uuid,
    /// The device change that set the value the server kept (`theirs`), when known: the
    /// conflict is between two devices, never between a device and itself.
    #[serde(default)]
    pub theirs_by: Option<super::FieldWriter>,
    /// When the conflict arose.
    pub created_at: DateTime<Utc>,
    /// "open" or "resolved".
    pub status: String,
    /// How it was resolved ("mine", "theirs", "edited"; "superseded" when the field had
    /// moved on to a newer value before a person chose), once resolved.
    pub resolution: Option<String>,
}

/// Sign in from a laptop: registers (or re-registers) the device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    /// The user's name on the server.
    pub user_name: String,
    /// The password (only over HTTPS, or plain HTTP on loopback).
    pub password: String,
    /// The laptop's device id (its store's id).
    pub device_id: Uuid,
    /// A name for the laptop, shown to administrators.
    pub device_name: String,
}

/// Tokens for one device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tokens {
    /// Sent as `Authorization: Bearer …` on every sync request.
    pub access_token: String,
    /// When the access token stops working.
    pub access_expires_at: DateTime<Utc>,
    /// Exchanged for new tokens at `/api/v1/refresh` (used once).
    pub refresh_token: String,
    /// When the refresh token stops working (then: log in again).
    pub refresh_expires_at: DateTime<Utc>,
}

/// The answer to a login.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoginResponse {
    /// The user's id.
    pub user_id: Uuid,
    /// The user's display name.
    pub display_name: String,
    /// The user's role.
    pub role: String,
    /// The registered device.
    pub device_id: Uuid,
    /// Tokens.
    #[serde(flatten)]
    pub tokens: Tokens,
}

/// Exchange a refresh token for new tokens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    /// The refresh token.
    pub refresh_token: String,
}

/// Every error answer of the server: a typed code, a Fluent message id and its arguments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// Stable code (`update_needed`, `device_revoked`, `malformed_json`, …).
    pub code: String,
    /// Fluent id of the message for a person.
    pub message_id: String,
    /// Arguments for the message.
    #[serde(default)]
    pub args: Map<String, Value>,
    /// True when the laptop must destroy its database and key now.
    #[serde(default)]
    pub wipe: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn outcomes_have_a_flat_tagged_form() {
        let r = MutationResult {
            seq: 7,
            outcome: Outcome::Applied { version: 3 },
        };
        assert_eq!(
            serde_json::to_value(&r).ok(),
            Some(json!({"seq": 7, "outcome": "applied", "version": 3}))
        );
        let back: MutationResult = serde_json::from_value(
            json!({"seq": 8, "outcome": "rejected", "reason": "not_in_caseload"}),
        )
        .expect("parses");
        assert_eq!(
            back.outcome,
            Outcome::Rejected {
                reason: RejectReason::NotInCaseload
            }
        );
    }

    #[test]
    fn requests_refuse_unknown_fields() {
        let err = serde_json::from_value::<PullRequest>(json!({
            "device_id": Uuid::nil(), "cursor": 0, "limit": 10, "sneaky": true
        }))
        .expect_err("unknown field");
        assert!(err.to_string().contains("unknown field"), "{err}");
    }
}
