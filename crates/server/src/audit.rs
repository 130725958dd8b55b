//! The server's audit log: append-only (triggers refuse UPDATE/DELETE/TRUNCATE) and
//! tamper-evident: every entry stores the previous entry's hash and its own,
//! `hash = sha256(prev_hash ‖ id ‖ fields)`. Ids only, never content.

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use sqlx::PgConnection;
use uuid::Uuid;

/// The advisory lock that orders writers of `change_seq` and of the audit chain.
pub const WRITE_LOCK: i64 = 20_261_128;

/// Take the write lock for the rest of the transaction.
pub async fn write_lock(conn: &mut PgConnection) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(WRITE_LOCK)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// One audit entry to write.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    /// When.
    pub at: DateTime<Utc>,
    /// Who (none for the system itself).
    pub user_id: Option<Uuid>,
    /// From which device.
    pub device_id: Option<Uuid>,
    /// About which resident.
    pub resident_id: Option<Uuid>,
    /// What: login, pull, apply_create, apply_update, conflict, reject, assign, …
    pub action: String,
    /// Kind of record.
    pub entity: Option<String>,
    /// Which record.
    pub entity_id: Option<Uuid>,
    /// Why (a purpose code).
    pub purpose: Option<String>,
}

impl AuditEntry {
    /// An entry without resident or record.
    pub fn new(user_id: Option<Uuid>, device_id: Option<Uuid>, action: &str) -> Self {
        Self {
            at: Utc::now(),
            user_id,
            device_id,
            resident_id: None,
            action: action.to_owned(),
            entity: None,
            entity_id: None,
            purpose: None,
        }
    }
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// The hash of entry `id` following `prev`.
pub fn entry_hash(prev: &[u8], id: i64, e: &AuditEntry) -> Vec<u8> {
    let mut h = Sha256::new();
    h.update(prev);
    h.update(id.to_be_bytes());
    for part in [
        e.at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        opt(&e.user_id),
        opt(&e.device_id),
        opt(&e.resident_id),
        e.action.clone(),
        opt(&e.entity),
        opt(&e.entity_id),
        opt(&e.purpose),
    ] {
        h.update(part.as_bytes());
        h.update([0x1f]);
    }
    h.finalize().to_vec()
}

/// Append `entries` in order, extending the hash chain. Takes the write lock.
pub async fn append(conn: &mut PgConnection, entries: &[AuditEntry]) -> Result<(), sqlx::Error> {
    if entries.is_empty() {
        return Ok(());
    }
    write_lock(conn).await?;
    let last: Option<(i64, Vec<u8>)> =
        sqlx::query_as("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
            .fetch_optional(&mut *conn)
            .await?;
    let (mut id, mut prev) = last.unwrap_or((0, vec![0u8; 32]));
    let n = entries.len();
    let mut ids = Vec::with_capacity(n);
    let mut ats = Vec::with_capacity(n);
    let mut users = Vec::with_capacity(n);
    let mut devices = Vec::with_capacity(n);
    let mut residents = Vec::with_capacity(n);
    let mut actions = Vec::with_capacity(n);
    let mut entities = Vec::with_capacity(n);
    let mut entity_ids = Vec::with_capacity(n);
    let mut purposes = Vec::with_capacity(n);
    let mut prevs = Vec::with_capacity(n);
    let mut hashes = Vec::with_capacity(n);
    for e in entries {
        id += 1;
        // Stored with microsecond precision: hash what will be read back.
        let at = e.at.with_nanosecond_micros();
        let e = AuditEntry { at, ..e.clone() };
        let hash = entry_hash(&prev, id, &e);
        ids.push(id);
        ats.push(e.at);
        users.push(e.user_id);
        devices.push(e.device_id);
        residents.push(e.resident_id);
        actions.push(e.action);
        entities.push(e.entity);
        entity_ids.push(e.entity_id);
        purposes.push(e.purpose);
        prevs.push(prev.clone());
        hashes.push(hash.clone());
        prev = hash;
    }
    sqlx::query(
        "INSERT INTO audit_log (id, at, user_id, device_id, resident_id, action, entity,
                                entity_id, purpose, prev_hash, hash)
         SELECT * FROM UNNEST($1::bigint[], $2::timestamptz[], $3::uuid[], $4::uuid[],
                              $5::uuid[], $6::text[], $7::text[], $8::uuid[], $9::text[],
                              $10::bytea[], $11::bytea[])",
    )
    .bind(ids)
    .bind(ats)
    .bind(users)
    .bind(devices)
    .bind(residents)
    .bind(actions)
    .bind(entities)
    .bind(entity_ids)
    .bind(purposes)
    .bind(prevs)
    .bind(hashes)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

trait MicrosPrecision {
    fn with_nanosecond_micros(self) -> Self;
}

impl MicrosPrecision for DateTime<Utc> {
    fn with_nanosecond_micros(self) -> Self {
        use chrono::Timelike;
        let micros = self.nanosecond() / 1000 * 1000;
        self.with_nanosecond(micros).unwrap_or(self)
    }
}

/// Where the chain breaks, if it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verified {
    /// Every entry's hash matches its content and its predecessor.
    Intact {
        /// Entries checked.
        entries: i64,
    },
    /// The first entry whose hash or link does not match.
    BrokenAt {
        /// Its id.
        id: i64,
    },
}

type Row = (
    i64,
    DateTime<Utc>,
    Option<Uuid>,
    Option<Uuid>,
    Option<Uuid>,
    String,
    Option<String>,
    Option<Uuid>,
    Option<String>,
    Vec<u8>,
    Vec<u8>,
);

/// Recompute the chain from the first entry.
pub async fn verify(conn: &mut PgConnection) -> Result<Verified, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, at, user_id, device_id, resident_id, action, entity, entity_id, purpose,
                prev_hash, hash
         FROM audit_log ORDER BY id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut prev = vec![0u8; 32];
    let mut count = 0;
    for (id, at, user_id, device_id, resident_id, action, entity, entity_id, purpose, p, h) in rows
    {
        let e = AuditEntry {
            at,
            user_id,
            device_id,
            resident_id,
            action,
            entity,
            entity_id,
            purpose,
        };
        if p != prev || entry_hash(&prev, id, &e) != h {
            return Ok(Verified::BrokenAt { id });
        }
        prev = h;
        count += 1;
    }
    Ok(Verified::Intact { entries: count })
}
