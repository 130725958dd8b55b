//! The sync outbox: every change, in order, waiting to be pushed to the server.
//!
//! Sequence numbers come from a counter in the `device` row, bumped in the change's own
//! transaction: a rolled-back change gives its number back, so the sequence has no gaps,
//! and it survives reopening (it does not depend on which entries still exist).
//!
//! Each entry also says what the laptop had seen when the change was made (the record's
//! pulled version, per-field older bases, the pull cursor, own changes it never saw), so
//! the server's merge rule never takes the laptop for more informed than it was. Once the
//! server has answered, an entry keeps only its field names, not their values.

use serde::Serialize;
use serde_json::Value;
use sqlx::{Sqlite, Transaction};

use crate::error::Result;

/// What a mutation does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    /// A new record.
    Create,
    /// Some fields of a record changed.
    Update,
    /// A new record of an append-only kind (never conflicts).
    Append,
    /// A record removed.
    Delete,
}

impl Op {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Update => "update",
            Self::Append => "append",
            Self::Delete => "delete",
        }
    }
}

/// An entry about to be written.
#[derive(Debug)]
pub struct NewEntry<'a> {
    /// Kind of record ([`werkpad_domain::EntityKind::as_str`], or the sync protocol's conflict entity).
    pub entity: &'a str,
    /// Its id.
    pub entity_id: &'a str,
    /// The resident it belongs to.
    pub resident_id: Option<&'a str>,
    /// What happened.
    pub op: Op,
    /// The fields set, with their new values.
    pub fields: &'a Value,
    /// The record's version this change was based on (0 for a new record).
    pub base_version: i64,
    /// Fields whose server value the laptop last saw at an older version (JSON object of
    /// field to version), when any.
    pub field_bases: Option<&'a Value>,
    /// Why the change was made.
    pub purpose: Option<werkpad_domain::Purpose>,
}

/// A stored outbox entry.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct OutboxEntry {
    /// Per-device sequence number, gap-free from 1.
    pub seq: i64,
    /// This device.
    pub device_id: String,
    /// Kind of record.
    pub entity: String,
    /// Its id.
    pub entity_id: String,
    /// The resident it belongs to.
    pub resident_id: Option<String>,
    /// create, update, append or delete.
    pub op: String,
    /// JSON object of the fields set.
    pub fields: String,
    /// The version the change was based on.
    pub base_version: i64,
    /// When it was made (RFC 3339).
    pub created_at: String,
    /// Why it was made (purpose code), when known.
    pub purpose: Option<String>,
    /// Fields last seen at an older version than `base_version` (JSON object), if any.
    pub field_bases: Option<String>,
    /// Own earlier changes not seen (JSON array of [lo, hi]), if any.
    pub own_unseen: Option<String>,
    /// The pull cursor when the change was made.
    pub known_cursor: i64,
}

/// Size and age of the queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutboxStats {
    /// Entries not yet acknowledged by the server.
    pub pending: i64,
    /// When the oldest pending entry was made (RFC 3339), if any.
    pub oldest_pending_at: Option<String>,
    /// The next sequence number to be handed out.
    pub next_seq: i64,
    /// Own sequence numbers this laptop skipped after it was restored from an older copy
    /// (an older copy of it used them), as [lo, hi] ranges.
    pub own_unseen: Vec<[i64; 2]>,
}

/// Append an entry in `tx`, taking the next sequence number.
pub(crate) async fn append(
    tx: &mut Transaction<'static, Sqlite>,
    device_id: &str,
    entry: &NewEntry<'_>,
    now: &str,
) -> Result<i64> {
    let (seq, own_unseen, known_cursor): (i64, String, i64) = sqlx::query_as(
        "UPDATE device SET next_seq = next_seq + 1 WHERE singleton = 1
         RETURNING next_seq - 1, own_unseen,
                   coalesce((SELECT cursor FROM sync_state WHERE singleton = 1), 0)",
    )
    .fetch_one(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO outbox (seq, device_id, entity, entity_id, resident_id, op, fields,
                             base_version, created_at, purpose, field_bases, own_unseen,
                             known_cursor)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, nullif(?, '[]'), ?)",
    )
    .bind(seq)
    .bind(device_id)
    .bind(entry.entity)
    .bind(entry.entity_id)
    .bind(entry.resident_id)
    .bind(entry.op.as_str())
    .bind(entry.fields.to_string())
    .bind(entry.base_version)
    .bind(now)
    .bind(entry.purpose.map(|p| p.as_str()))
    .bind(entry.field_bases.map(Value::to_string))
    .bind(own_unseen)
    .bind(known_cursor)
    .execute(&mut **tx)
    .await?;
    Ok(seq)
}

/// The unsent entries of one record, oldest first: (fields, base version, field bases).
pub(crate) async fn pending_for_record(
    tx: &mut Transaction<'static, Sqlite>,
    entity: &str,
    entity_id: &str,
) -> Result<Vec<(String, i64, Option<String>)>> {
    Ok(sqlx::query_as(
        "SELECT fields, base_version, field_bases FROM outbox
         WHERE acked_at IS NULL AND entity_id = ? AND entity = ? ORDER BY seq",
    )
    .bind(entity_id)
    .bind(entity)
    .fetch_all(&mut **tx)
    .await?)
}

/// The columns of [`OutboxEntry`], for queries that read entries.
pub(crate) const ENTRY_COLUMNS: &str = "seq, device_id, entity, entity_id, resident_id, op,
    fields, base_version, created_at, purpose, field_bases, own_unseen, known_cursor";
