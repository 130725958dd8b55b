//! Pull: pages of changes after the cursor, each page applied in one local transaction
//! together with the new cursor, so a crash in the middle loses nothing and repeats nothing.

use std::collections::BTreeSet;

use chrono::Utc;
use serde_json::{Map, Value};
use sqlx::{Sqlite, Transaction};
use uuid::Uuid;
use werkpad_domain::EntityKind;
use werkpad_domain::sync::{CONFLICT_ENTITY, Change, PullRequest, PullResponse};

use super::SyncFailure;
use super::http::Http;
use crate::store::Store;
use crate::store::audit::{self, AuditAction, AuditEntry};
use crate::store::records::table_of;

/// Records per pull page: the server's maximum. A first sync of 60,000 records took
/// 1.5–1.7 s with pages of 5,000 and up to 2.2 s with pages of 2,000 (BENCHMARKS.md).
pub const PULL_PAGE: u32 = 5000;

/// Counts of one pull.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct PullReport {
    /// Records received and stored.
    pub received: u64,
    /// Residents removed because they left the caseload.
    pub purged: u64,
}

/// Progress of a pull: records so far, and the total when the server said it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Progress {
    /// Records received so far.
    pub done: u64,
    /// All records to come (first sync only).
    pub total: Option<u64>,
}

pub(crate) async fn pull_all(
    store: &Store,
    http: &Http,
    token: &str,
    device_id: Uuid,
    mut cursor: i64,
    progress: &(dyn Fn(Progress) + Send + Sync),
) -> Result<PullReport, SyncFailure> {
    let mut report = PullReport::default();
    let mut total = None;
    loop {
        let page = http
            .pull(
                token,
                &PullRequest {
                    device_id,
                    cursor,
                    limit: PULL_PAGE,
                },
            )
            .await?;
        if let Some(t) = page.total {
            total = u64::try_from(t).ok();
        }
        let more = page.more;
        let next = page.cursor;
        let (received, purged) = apply_page(store, page).await?;
        report.received += received;
        report.purged += purged;
        progress(Progress {
            done: report.received,
            total,
        });
        cursor = next;
        if !more {
            return Ok(report);
        }
    }
}

/// Apply one page and move the cursor, in one transaction.
pub(crate) async fn apply_page(
    store: &Store,
    page: PullResponse,
) -> Result<(u64, u64), SyncFailure> {
    let mut tx = store.pool().begin_with("BEGIN IMMEDIATE").await?;
    let mut changes = page.changes;
    // A resident before anything that belongs to them.
    changes.sort_by_key(|c| c.entity != EntityKind::Resident.as_str());
    let mut received = 0;
    for change in &changes {
        if apply_change(&mut tx, change).await? {
            received += 1;
        }
    }
    let purged = purge(store, &mut tx, &page.purge_residents).await?;
    sqlx::query("UPDATE sync_state SET cursor = ? WHERE singleton = 1")
        .bind(page.cursor)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok((received, purged))
}

async fn apply_change(
    tx: &mut Transaction<'static, Sqlite>,
    c: &Change,
) -> Result<bool, SyncFailure> {
    let id = c.entity_id.to_string();
    if c.entity == CONFLICT_ENTITY {
        let open = !c.deleted && c.doc.get("status").and_then(Value::as_str) == Some("open");
        if open {
            sqlx::query(
                "INSERT INTO sync_conflicts (id, resident_id, version, data) VALUES (?, ?, ?, ?)
                 ON CONFLICT (id) DO UPDATE SET version = excluded.version, data = excluded.data
                 WHERE excluded.version >= sync_conflicts.version",
            )
            .bind(&id)
            .bind(c.resident_id.map(|r| r.to_string()))
            .bind(c.version)
            .bind(c.doc.to_string())
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
            let sql = if kind == EntityKind::Resident {
                "INSERT INTO residents (id, version, data, created_at, updated_at)
                 VALUES (?1, ?3, ?4, ?5, ?5)"
                    .to_owned()
            } else if kind.is_shared() {
                // Employers, workplaces, reference data: no resident, no resident_id column.
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
                .bind(c.doc.to_string())
                .bind(&now)
                .execute(&mut **tx)
                .await?;
        }
        Some((version, _)) if version > c.version || kind.is_append_only() => return Ok(false),
        Some((_, data)) => {
            // Fields changed here and not yet pushed stay as the coach typed them; the
            // push that follows brings them to the server (or to a conflict).
            let pending: Vec<(String,)> = sqlx::query_as(
                "SELECT fields FROM outbox WHERE acked_at IS NULL AND entity = ? AND entity_id = ?",
            )
            .bind(&c.entity)
            .bind(&id)
            .fetch_all(&mut **tx)
            .await?;
            let mut doc = c.doc.clone();
            if !pending.is_empty()
                && let (Value::Object(doc), Ok(Value::Object(local))) =
                    (&mut doc, serde_json::from_str::<Value>(&data))
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
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "UPDATE {table} SET data = ?, version = ?, updated_at = ? WHERE id = ?"
            )))
            .bind(doc.to_string())
            .bind(c.version)
            .bind(&now)
            .bind(&id)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(true)
}

/// Remove residents that left the caseload, with proof in the audit and destruction logs.
async fn purge(
    store: &Store,
    tx: &mut Transaction<'static, Sqlite>,
    residents: &[Uuid],
) -> Result<u64, SyncFailure> {
    let mut purged = Vec::new();
    for r in residents {
        let id = r.to_string();
        let gone = sqlx::query("DELETE FROM residents WHERE id = ?")
            .bind(&id)
            .execute(&mut **tx)
            .await?
            .rows_affected();
        sqlx::query("DELETE FROM sync_conflicts WHERE resident_id = ?")
            .bind(&id)
            .execute(&mut **tx)
            .await?;
        if gone > 0 {
            let device = store.device();
            audit::append(
                tx,
                &AuditEntry {
                    at: Utc::now(),
                    actor_id: device.coach.id.to_string(),
                    device_id: device.device_id.clone(),
                    resident_id: Some(id.clone()),
                    action: AuditAction::Purge,
                    entity: Some(EntityKind::Resident),
                    entity_id: Some(id.clone()),
                    purpose: None,
                    reason: Some("caseload_left".into()),
                },
            )
            .await?;
            purged.push(id);
        }
    }
    if !purged.is_empty() {
        sqlx::query(
            "INSERT INTO destruction_log (at, rule, resident_ids, count) VALUES (?, ?, ?, ?)",
        )
        .bind(Utc::now().to_rfc3339())
        .bind("caseload_left")
        .bind(serde_json::to_string(&purged).unwrap_or_default())
        .bind(i64::try_from(purged.len()).unwrap_or(i64::MAX))
        .execute(&mut **tx)
        .await?;
    }
    Ok(purged.len() as u64)
}
