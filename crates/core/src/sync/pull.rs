//! Pull: pages of changes after the cursor, each page applied in one local transaction
//! together with the new cursor, so a crash in the middle loses nothing and repeats nothing.
//!
//! A change that cannot be stored here (it breaks a local rule, or belongs to a resident
//! this laptop does not hold) is set aside, not allowed to stop the page: its resident is
//! fetched again whole by the round's repair. Changes of residents this laptop destroyed
//! by retention are not taken back. Every page names the user's role; when it changed, the
//! laptop drops health data the new role may not see, starts the pull over, and the
//! self-check removes what else it may no longer hold.

use std::collections::{BTreeSet, HashSet};

use chrono::Utc;
use serde_json::{Map, Value};
use sqlx::{Sqlite, Transaction};
use uuid::Uuid;
use werkpad_domain::EntityKind;
use werkpad_domain::sync::{CONFLICT_ENTITY, Change, PullRequest, PullResponse, Role};

use super::SyncFailure;
use super::http::Http;
use crate::store::Store;
use crate::store::faults::FaultPoint;
use crate::store::purge::{PurgeRule, purge_in};
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
    /// Changes that could not be stored here; their residents are fetched again.
    pub set_aside: u64,
    /// The pull started over (another role, or a server restored from a backup).
    pub restarted: bool,
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
    let mut role = store.sync_account().await?.map(|a| a.role);
    // A role change starts the pull over once per round.
    let mut restarts_left = 1;
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
        if role.as_deref() != Some(page.role.as_str()) && restarts_left > 0 {
            restarts_left -= 1;
            store.role_changed(&page.role).await?;
            role = Some(page.role.clone());
            report.restarted = true;
            cursor = 0;
            continue;
        }
        report.restarted |= page.reset;
        if let Some(t) = page.total {
            total = u64::try_from(t).ok();
        }
        let more = page.more;
        let next = page.cursor;
        let applied = apply_page(store, page).await?;
        report.received += applied.received;
        report.purged += applied.purged;
        report.set_aside += applied.set_aside;
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

/// What one page did.
#[derive(Debug, Default)]
pub(crate) struct Applied {
    pub received: u64,
    pub purged: u64,
    pub set_aside: u64,
}

/// Apply one page and move the cursor, in one transaction.
pub(crate) async fn apply_page(store: &Store, page: PullResponse) -> Result<Applied, SyncFailure> {
    let mut tx = store.pool().begin_with("BEGIN IMMEDIATE").await?;
    let mut changes = page.changes;
    // A resident before anything that belongs to them.
    changes.sort_by_key(|c| c.entity != EntityKind::Resident.as_str());
    let destroyed = destroyed(&mut tx).await?;
    let mut out = Applied::default();
    for change in &changes {
        if change
            .resident_id
            .is_some_and(|r| destroyed.contains(&r.to_string()))
        {
            continue;
        }
        match apply_guarded(&mut tx, change, false).await? {
            Some(true) => out.received += 1,
            Some(false) => {}
            None => {
                out.set_aside += 1;
                set_aside(&mut tx, change).await?;
            }
        }
    }
    let purge: Vec<String> = page.purge_residents.iter().map(Uuid::to_string).collect();
    let purged = purge_in(store, &mut tx, &purge, PurgeRule::CaseloadLeft).await?;
    out.purged = purged.len() as u64;
    // After a reset too: the server counted this page's cursor from the beginning.
    sqlx::query("UPDATE sync_state SET cursor = ? WHERE singleton = 1")
        .bind(page.cursor)
        .execute(&mut *tx)
        .await?;
    store.faults().check(FaultPoint::PullPageBeforeCommit)?;
    tx.commit().await?;
    if !purged.is_empty() {
        store.after_purge().await?;
    }
    Ok(out)
}

/// Residents destroyed here by retention.
pub(crate) async fn destroyed(
    tx: &mut Transaction<'static, Sqlite>,
) -> Result<HashSet<String>, SyncFailure> {
    Ok(
        sqlx::query_as::<_, (String,)>("SELECT resident_id FROM destroyed_residents")
            .fetch_all(&mut **tx)
            .await?
            .into_iter()
            .map(|(r,)| r)
            .collect(),
    )
}

/// Note that `change` could not be stored: its resident (or the shared data) is fetched
/// again whole by the next repair.
async fn set_aside(
    tx: &mut Transaction<'static, Sqlite>,
    change: &Change,
) -> Result<(), SyncFailure> {
    tracing::warn!(
        entity = %change.entity,
        "a pulled change could not be stored; its file is fetched again"
    );
    sqlx::query(
        "INSERT INTO sync_repair (resident_id, reason, at) VALUES (?, 'set_aside', ?)
         ON CONFLICT DO NOTHING",
    )
    .bind(
        change
            .resident_id
            .map(|r| r.to_string())
            .unwrap_or_default(),
    )
    .bind(Utc::now().to_rfc3339())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Apply `c` inside a savepoint: `None` when it broke a local rule (the savepoint is
/// rolled back and the rest of the page goes on), else whether it was stored.
pub(crate) async fn apply_guarded(
    tx: &mut Transaction<'static, Sqlite>,
    c: &Change,
    force: bool,
) -> Result<Option<bool>, SyncFailure> {
    sqlx::query("SAVEPOINT change").execute(&mut **tx).await?;
    match apply_change(tx, c, force).await {
        Ok(stored) => {
            sqlx::query("RELEASE change").execute(&mut **tx).await?;
            Ok(Some(stored))
        }
        Err(SyncFailure::Store(crate::StoreError::Database(sqlx::Error::Database(e))))
            if e.is_foreign_key_violation()
                || e.is_unique_violation()
                || e.is_check_violation()
                || e.message().contains("append-only") =>
        {
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
    c: &Change,
    force: bool,
) -> Result<bool, SyncFailure> {
    let id = c.entity_id.to_string();
    if c.entity == CONFLICT_ENTITY {
        let open = !c.deleted && c.doc.get("status").and_then(Value::as_str) == Some("open");
        if open {
            sqlx::query(
                "INSERT INTO sync_conflicts (id, resident_id, version, data) VALUES (?, ?, ?, ?)
                 ON CONFLICT (id) DO UPDATE SET version = excluded.version, data = excluded.data
                 WHERE excluded.version >= sync_conflicts.version OR ?",
            )
            .bind(&id)
            .bind(c.resident_id.map(|r| r.to_string()))
            .bind(c.version)
            .bind(c.doc.to_string())
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

/// The server's document with this laptop's unsent field values on top.
async fn overlay_pending(
    tx: &mut Transaction<'static, Sqlite>,
    c: &Change,
    id: &str,
    local_data: &str,
) -> Result<Value, SyncFailure> {
    let pending: Vec<(String,)> = sqlx::query_as(
        "SELECT fields FROM outbox WHERE acked_at IS NULL AND entity_id = ? AND entity = ?",
    )
    .bind(id)
    .bind(&c.entity)
    .fetch_all(&mut **tx)
    .await?;
    let mut doc = c.doc.clone();
    if !pending.is_empty()
        && let (Value::Object(doc), Ok(Value::Object(local))) =
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
    Ok(doc)
}

impl Store {
    /// The server says the user now has `role`: remember it, drop health data the role may
    /// not see, and start the pull over (the self-check after it removes residents the
    /// role may no longer hold).
    async fn role_changed(&self, role: &str) -> Result<(), SyncFailure> {
        let mut tx = self.pool().begin_with("BEGIN IMMEDIATE").await?;
        sqlx::query("UPDATE sync_state SET role = ?, cursor = 0 WHERE singleton = 1")
            .bind(role)
            .execute(&mut *tx)
            .await?;
        let sees_health = Role::parse(role).is_some_and(Role::sees_health);
        if !sees_health {
            let gone = sqlx::query("DELETE FROM health_records")
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if gone > 0 {
                sqlx::query(
                    "INSERT INTO destruction_log (at, rule, resident_ids, count)
                     VALUES (?, 'role_changed', '[]', ?)",
                )
                .bind(Utc::now().to_rfc3339())
                .bind(i64::try_from(gone).unwrap_or(i64::MAX))
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
        tracing::info!(
            role,
            "the user's role changed; pulling again from the start"
        );
        Ok(())
    }
}
