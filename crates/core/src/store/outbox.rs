//! The sync outbox: every change, in order, waiting to be pushed to the server.
//!
//! Sequence numbers come from a counter in the `device` row, bumped in the change's own
//! transaction: a rolled-back change gives its number back, so the sequence has no gaps,
//! and it survives reopening (it does not depend on which entries still exist).

use serde::Serialize;
use serde_json::Value;
use sqlx::{Sqlite, Transaction};

use super::Store;
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
    fn as_str(self) -> &'static str {
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
}

/// Append an entry in `tx`, taking the next sequence number.
pub(crate) async fn append(
    tx: &mut Transaction<'static, Sqlite>,
    device_id: &str,
    entry: &NewEntry<'_>,
    now: &str,
) -> Result<i64> {
    let (seq,): (i64,) = sqlx::query_as(
        "UPDATE device SET next_seq = next_seq + 1 WHERE singleton = 1 RETURNING next_seq - 1",
    )
    .fetch_one(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO outbox (seq, device_id, entity, entity_id, resident_id, op, fields,
                             base_version, created_at, purpose)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
    .execute(&mut **tx)
    .await?;
    Ok(seq)
}

impl Store {
    /// Pending entries in order, at most `limit`.
    pub async fn outbox_pending(&self, limit: i64) -> Result<Vec<OutboxEntry>> {
        Ok(sqlx::query_as(
            "SELECT seq, device_id, entity, entity_id, resident_id, op, fields, base_version,
                    created_at, purpose
             FROM outbox WHERE acked_at IS NULL ORDER BY seq LIMIT ?",
        )
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// Queue size, age of the oldest entry and the next sequence number.
    pub async fn outbox_stats(&self) -> Result<OutboxStats> {
        let (pending, oldest_pending_at): (i64, Option<String>) =
            sqlx::query_as("SELECT count(*), min(created_at) FROM outbox WHERE acked_at IS NULL")
                .fetch_one(self.pool())
                .await?;
        let (next_seq,): (i64,) = sqlx::query_as("SELECT next_seq FROM device WHERE singleton = 1")
            .fetch_one(self.pool())
            .await?;
        Ok(OutboxStats {
            pending,
            oldest_pending_at,
            next_seq,
        })
    }
}
