//! Storing what the server sent: a pull page, or a repair. Documents stay the bytes the
//! server sent (never parsed and written again, except where a conflict or an unsent
//! local change needs it), and records this laptop does not have yet go in with one
//! statement per table. A first sync of ~60,000 records is mostly that.
//!
//! If that fast path breaks a rule of this laptop, the page is applied again change by
//! change, each in a savepoint: a change that cannot be stored here is set aside (its
//! resident is fetched again by the repair) and the rest goes on.

use std::collections::{BTreeSet, HashMap};

use chrono::Utc;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value};
use sqlx::{Sqlite, Transaction};
use uuid::Uuid;
use werkpad_domain::EntityKind;
use werkpad_domain::sync::CONFLICT_ENTITY;

use super::SyncFailure;
use crate::store::records::table_of;

/// A record as the server sent it, its document unparsed.
#[derive(Debug, Deserialize)]
pub struct Incoming {
    /// Kind of record.
    pub entity: String,
    /// Its id.
    pub entity_id: Uuid,
    /// The resident it belongs to.
    pub resident_id: Option<Uuid>,
    /// The server's version.
    pub version: i64,
    /// The whole document, as sent.
    pub doc: Box<RawValue>,
    /// Removed on the server.
    pub deleted: bool,
}

impl Incoming {
    fn parsed(&self) -> Value {
        serde_json::from_str(self.doc.get()).unwrap_or(Value::Null)
    }
}

/// A pull page as it arrives (`werkpad_domain::sync::PullResponse`, documents unparsed).
#[derive(Debug, Deserialize)]
pub(crate) struct PageIn {
    pub changes: Vec<Incoming>,
    pub purge_residents: Vec<Uuid>,
    pub cursor: i64,
    pub more: bool,
    pub total: Option<i64>,
    pub role: String,
    #[serde(default)]
    pub reset: bool,
    #[serde(default)]
    pub emergency: Vec<werkpad_domain::sync::emergency::EmergencyGrant>,
}

/// A repair's records as they arrive (`werkpad_domain::sync::RecordsResponse`).
#[derive(Debug, Deserialize)]
pub(crate) struct RecordsIn {
    pub residents: Vec<Uuid>,
    pub changes: Vec<Incoming>,
}

/// Rows per multi-row insert.
const BATCH: usize = 2000;

/// A failure that means: this change breaks a rule of this laptop's database.
fn breaks_a_rule(e: &SyncFailure) -> bool {
    matches!(e, SyncFailure::Store(crate::StoreError::Database(sqlx::Error::Database(db)))
        if db.is_foreign_key_violation()
            || db.is_unique_violation()
            || db.is_check_violation()
            || db.message().contains("append-only"))
}

/// Store `changes` (a resident before its records) in `tx`. With `force` (a repair) the
/// server's copy wins even over a higher local version. Returns how many were stored and
/// the changes set aside.
pub(crate) async fn apply_all<'c>(
    tx: &mut Transaction<'static, Sqlite>,
    changes: &[&'c Incoming],
    force: bool,
) -> Result<(u64, Vec<&'c Incoming>), SyncFailure> {
    sqlx::query("SAVEPOINT page").execute(&mut **tx).await?;
    match apply_fast(tx, changes, force).await {
        Ok(stored) => {
            sqlx::query("RELEASE page").execute(&mut **tx).await?;
            Ok((stored, Vec::new()))
        }
        Err(e) if breaks_a_rule(&e) => {
            sqlx::query("ROLLBACK TO page").execute(&mut **tx).await?;
            sqlx::query("RELEASE page").execute(&mut **tx).await?;
            let mut stored = 0;
            let mut aside = Vec::new();
            for c in changes {
                match apply_guarded(tx, c, force).await? {
                    Some(true) => stored += 1,
                    Some(false) => {}
                    None => aside.push(*c),
                }
            }
            Ok((stored, aside))
        }
        Err(e) => Err(e),
    }
}

/// Residents first, then every other kind (each kind's new records in a few multi-row
/// inserts, the rest one by one), then conflicts.
async fn apply_fast(
    tx: &mut Transaction<'static, Sqlite>,
    changes: &[&Incoming],
    force: bool,
) -> Result<u64, SyncFailure> {
    let mut stored = 0;
    let order = std::iter::once(EntityKind::Resident).chain(
        EntityKind::ALL
            .iter()
            .copied()
            .filter(|k| *k != EntityKind::Resident),
    );
    for kind in order {
        let of_kind: Vec<&Incoming> = changes
            .iter()
            .copied()
            .filter(|c| c.entity == kind.as_str())
            .collect();
        if of_kind.is_empty() {
            continue;
        }
        let table = table_of(kind);
        let ids: Vec<String> = of_kind.iter().map(|c| c.entity_id.to_string()).collect();
        let here: HashMap<String, i64> = sqlx::query_as::<_, (String, i64)>(sqlx::AssertSqlSafe(
            format!("SELECT id, version FROM {table} WHERE id IN (SELECT value FROM json_each(?))"),
        ))
        .bind(serde_json::to_string(&ids).unwrap_or_default())
        .fetch_all(&mut **tx)
        .await?
        .into_iter()
        .collect();
        let (new, known): (Vec<&Incoming>, Vec<&Incoming>) = of_kind
            .into_iter()
            .partition(|c| !c.deleted && !here.contains_key(&c.entity_id.to_string()));
        for chunk in new.chunks(BATCH) {
            insert_many(tx, kind, chunk).await?;
            stored += chunk.len() as u64;
        }
        for c in known {
            if apply_change(tx, c, force).await? {
                stored += 1;
            }
        }
    }
    for c in changes
        .iter()
        .filter(|c| EntityKind::parse(&c.entity).is_none())
    {
        if apply_change(tx, c, force).await? {
            stored += 1;
        }
    }
    Ok(stored)
}

/// Insert records of `kind` that this laptop does not have, in one statement: the rows go
/// in as one JSON array `[[id, resident_id, version, document], …]`.
async fn insert_many(
    tx: &mut Transaction<'static, Sqlite>,
    kind: EntityKind,
    rows: &[&Incoming],
) -> Result<(), SyncFailure> {
    let mut array = String::with_capacity(rows.iter().map(|c| c.doc.get().len() + 96).sum());
    array.push('[');
    for (i, c) in rows.iter().enumerate() {
        if i > 0 {
            array.push(',');
        }
        array.push_str("[\"");
        array.push_str(&c.entity_id.to_string());
        array.push_str("\",");
        match c.resident_id {
            Some(r) => {
                array.push('"');
                array.push_str(&r.to_string());
                array.push('"');
            }
            None => array.push_str("null"),
        }
        array.push(',');
        array.push_str(&c.version.to_string());
        array.push(',');
        array.push_str(c.doc.get());
        array.push(']');
    }
    array.push(']');
    let table = table_of(kind);
    let sql = if kind == EntityKind::Resident || kind.is_shared() {
        format!(
            "INSERT INTO {table} (id, version, data, created_at, updated_at)
             SELECT value ->> 0, value ->> 2, value -> 3, ?2, ?2 FROM json_each(?1)"
        )
    } else {
        format!(
            "INSERT INTO {table} (id, resident_id, version, data, created_at, updated_at)
             SELECT value ->> 0, value ->> 1, value ->> 2, value -> 3, ?2, ?2 FROM json_each(?1)"
        )
    };
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(array)
        .bind(Utc::now().to_rfc3339())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Apply `c` inside a savepoint: `None` when it broke a local rule (the savepoint is
/// rolled back and the rest of the page goes on), else whether it was stored.
pub(crate) async fn apply_guarded(
    tx: &mut Transaction<'static, Sqlite>,
    c: &Incoming,
    force: bool,
) -> Result<Option<bool>, SyncFailure> {
    sqlx::query("SAVEPOINT change").execute(&mut **tx).await?;
    match apply_change(tx, c, force).await {
        Ok(stored) => {
            sqlx::query("RELEASE change").execute(&mut **tx).await?;
            Ok(Some(stored))
        }
        Err(e) if breaks_a_rule(&e) => {
            sqlx::query("ROLLBACK TO change").execute(&mut **tx).await?;
            sqlx::query("RELEASE change").execute(&mut **tx).await?;
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Store one change. With `force` (a repair) the server's copy wins even over a higher
/// local version (the server was restored from a backup). Fields with unsent changes here
/// stay as the coach typed them; the push that follows brings them to the server.
async fn apply_change(
    tx: &mut Transaction<'static, Sqlite>,
    c: &Incoming,
    force: bool,
) -> Result<bool, SyncFailure> {
    let id = c.entity_id.to_string();
    if c.entity == CONFLICT_ENTITY {
        let doc = c.parsed();
        let open = !c.deleted && doc.get("status").and_then(Value::as_str) == Some("open");
        if open {
            sqlx::query(
                "INSERT INTO sync_conflicts (id, resident_id, version, data) VALUES (?, ?, ?, ?)
                 ON CONFLICT (id) DO UPDATE SET version = excluded.version, data = excluded.data
                 WHERE excluded.version >= sync_conflicts.version OR ?",
            )
            .bind(&id)
            .bind(c.resident_id.map(|r| r.to_string()))
            .bind(c.version)
            .bind(c.doc.get())
            .bind(force)
            .execute(&mut **tx)
            .await?;
        } else {
            sqlx::query("DELETE FROM sync_conflicts WHERE id = ?")
                .bind(&id)
                .execute(&mut **tx)
                .await?;
        }
        return Ok(true);
    }
    // A kind this build does not know yet (a newer server): skipped, not an error.
    let Some(kind) = EntityKind::parse(&c.entity) else {
        return Ok(false);
    };
    let table = table_of(kind);
    let local: Option<(i64, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT version, data FROM {table} WHERE id = ?"
    )))
    .bind(&id)
    .fetch_optional(&mut **tx)
    .await?;
    let now = Utc::now().to_rfc3339();
    if c.deleted {
        if !kind.is_append_only() {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "DELETE FROM {table} WHERE id = ?"
            )))
            .bind(&id)
            .execute(&mut **tx)
            .await?;
        }
        return Ok(true);
    }
    match local {
        None => {
            let sql = if kind == EntityKind::Resident || kind.is_shared() {
                format!(
                    "INSERT INTO {table} (id, version, data, created_at, updated_at)
                     VALUES (?1, ?3, ?4, ?5, ?5)"
                )
            } else {
                format!(
                    "INSERT INTO {table} (id, resident_id, version, data, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5)"
                )
            };
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(&id)
                .bind(c.resident_id.map(|r| r.to_string()))
                .bind(c.version)
                .bind(c.doc.get())
                .bind(&now)
                .execute(&mut **tx)
                .await?;
        }
        Some((version, _)) if kind.is_append_only() => {
            // Never changes; only learn the server's version of a record made here.
            if version == c.version {
                return Ok(false);
            }
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "UPDATE {table} SET version = ? WHERE id = ?"
            )))
            .bind(c.version)
            .bind(&id)
            .execute(&mut **tx)
            .await?;
        }
        Some((version, _)) if version > c.version && !force => return Ok(false),
        Some((_, data)) => {
            let doc = overlay_pending(tx, c, &id, &data).await?;
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "UPDATE {table} SET data = ?, version = ?, updated_at = ? WHERE id = ?"
            )))
            .bind(doc)
            .bind(c.version)
            .bind(&now)
            .bind(&id)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(true)
}

/// The server's document with this laptop's unsent field values on top (the server's
/// bytes as they are when nothing is unsent).
async fn overlay_pending(
    tx: &mut Transaction<'static, Sqlite>,
    c: &Incoming,
    id: &str,
    local_data: &str,
) -> Result<String, SyncFailure> {
    let pending: Vec<(String,)> = sqlx::query_as(
        "SELECT fields FROM outbox WHERE acked_at IS NULL AND entity_id = ? AND entity = ?",
    )
    .bind(id)
    .bind(&c.entity)
    .fetch_all(&mut **tx)
    .await?;
    if pending.is_empty() {
        return Ok(c.doc.get().to_owned());
    }
    let mut doc = c.parsed();
    if let (Value::Object(doc), Ok(Value::Object(local))) =
        (&mut doc, serde_json::from_str::<Value>(local_data))
    {
        let keys: BTreeSet<String> = pending
            .iter()
            .filter_map(|(f,)| serde_json::from_str::<Map<String, Value>>(f).ok())
            .flat_map(|m| m.into_iter().map(|(k, _)| k))
            .collect();
        for k in keys {
            if let Some(v) = local.get(&k) {
                doc.insert(k, v.clone());
            }
        }
    }
    Ok(doc.to_string())
}
