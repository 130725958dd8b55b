//! Retention on the server: a resident's file is destroyed once every traject has ended and
//! the longest retention period of those endings has passed (10 years, 5 years, 42 days;
//! DOMAIN.md and [`werkpad_domain::retention`], the same rule the laptops apply).
//!
//! One transaction per file, holding the case lock alone (no push runs beside it): every
//! record of the resident (conflicts included), its caseload rows and caseload events go,
//! and a destruction record stays that holds no personal data (the resident's random id,
//! how and when the guidance ended, when it was due, who ran it, how many records of each
//! kind). The destruction has a change number, so every laptop that pulls learns of it and
//! destroys its copy; a push about a destroyed resident is refused, so a file never comes
//! back from a laptop that was offline or restored from a backup.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;
use werkpad_domain::{EndReason, TrajectEnd, retention};

use crate::audit::{self, AuditEntry};
use crate::locks;
use crate::sync::records::next_change_seqs;

/// A file whose trajecten have all ended, and when it is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Due {
    /// The resident.
    pub resident_id: Uuid,
    /// How the ending that keeps the file longest ended.
    pub reason: EndReason,
    /// The day it ended.
    pub ended_on: NaiveDate,
    /// The first day the file may be destroyed.
    pub due_on: NaiveDate,
}

/// A destroyed file: what stays of it (no personal data).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Destroyed {
    /// Why it went.
    pub due: Due,
    /// Records destroyed per kind.
    pub counts: BTreeMap<String, i64>,
}

/// The ends of the trajecten of residents whose trajecten have all ended (`only`: of that
/// resident alone).
const ENDED_SQL: &str = "SELECT resident_id, doc -> 'end' FROM records
     WHERE entity = 'traject' AND NOT deleted AND resident_id IN (
         SELECT resident_id FROM records
         WHERE entity = 'traject' AND NOT deleted AND ($1::uuid IS NULL OR resident_id = $1)
         GROUP BY resident_id
         HAVING bool_and(doc ->> 'state' = 'ended'))";

/// Every file whose trajecten have all ended, with its due date, soonest first.
pub async fn schedule(conn: &mut PgConnection) -> Result<Vec<Due>, sqlx::Error> {
    ended(conn, None).await
}

async fn ended(conn: &mut PgConnection, only: Option<Uuid>) -> Result<Vec<Due>, sqlx::Error> {
    let rows: Vec<(Uuid, Option<serde_json::Value>)> = sqlx::query_as(ENDED_SQL)
        .bind(only)
        .fetch_all(&mut *conn)
        .await?;
    let mut latest: BTreeMap<Uuid, Due> = BTreeMap::new();
    for (resident_id, end) in rows {
        // An ended traject without a readable end decision cannot start a period: the
        // file is kept (never destroyed early).
        let Some(end) = end.and_then(|e| serde_json::from_value::<TrajectEnd>(e).ok()) else {
            latest.insert(
                resident_id,
                Due {
                    resident_id,
                    reason: EndReason::Beeindigd,
                    ended_on: NaiveDate::MAX,
                    due_on: NaiveDate::MAX,
                },
            );
            continue;
        };
        let due = Due {
            resident_id,
            reason: end.reason,
            ended_on: end.ended_on,
            due_on: retention::destroy_after(end.reason, end.ended_on),
        };
        match latest.get(&resident_id) {
            Some(kept) if kept.due_on >= due.due_on => {}
            _ => {
                latest.insert(resident_id, due);
            }
        }
    }
    let mut all: Vec<Due> = latest.into_values().collect();
    all.sort_by_key(|d| (d.due_on, d.resident_id));
    Ok(all)
}

/// Destroy every file due on or before `today`. `by` is the administrator who ran it
/// (none for the scheduled job). With `dry_run`, every transaction is rolled back: the
/// answer says what would have gone.
pub async fn run(
    pool: &PgPool,
    today: NaiveDate,
    by: Option<Uuid>,
    dry_run: bool,
) -> Result<Vec<Destroyed>, sqlx::Error> {
    let candidates: Vec<Uuid> = {
        let mut conn = pool.acquire().await?;
        schedule(&mut conn)
            .await?
            .into_iter()
            .filter(|d| d.due_on <= today)
            .map(|d| d.resident_id)
            .collect()
    };
    let mut destroyed = Vec::new();
    for resident in candidates {
        let mut tx = pool.begin().await?;
        locks::exclusive(&mut tx).await?;
        // Checked again under the lock: a traject reopened since is not destroyed.
        let Some(due) = ended(&mut tx, Some(resident))
            .await?
            .into_iter()
            .find(|d| d.due_on <= today)
        else {
            continue;
        };
        let counts = destroy_in(&mut tx, &due, by).await?;
        if dry_run {
            tx.rollback().await?;
        } else {
            tx.commit().await?;
        }
        destroyed.push(Destroyed { due, counts });
    }
    Ok(destroyed)
}

async fn destroy_in(
    tx: &mut PgConnection,
    due: &Due,
    by: Option<Uuid>,
) -> Result<BTreeMap<String, i64>, sqlx::Error> {
    let resident = due.resident_id;
    let gone: Vec<(String,)> = sqlx::query_as(
        "DELETE FROM records WHERE resident_id = $1 OR (entity = 'resident' AND id = $1)
         RETURNING entity",
    )
    .bind(resident)
    .fetch_all(&mut *tx)
    .await?;
    let mut counts: BTreeMap<String, i64> = BTreeMap::new();
    for (entity,) in gone {
        *counts.entry(entity).or_default() += 1;
    }
    sqlx::query("DELETE FROM caseload WHERE resident_id = $1")
        .bind(resident)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM emergency_access WHERE resident_id = $1")
        .bind(resident)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM caseload_events WHERE resident_id = $1")
        .bind(resident)
        .execute(&mut *tx)
        .await?;
    let seq = next_change_seqs(&mut *tx, 2).await?;
    sqlx::query(
        "INSERT INTO destructions (seq, resident_id, end_reason, ended_on, due_on, by_user, counts)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(seq[0])
    .bind(resident)
    .bind(due.reason.as_str())
    .bind(due.ended_on)
    .bind(due.due_on)
    .bind(by)
    .bind(sqlx::types::Json(&counts))
    .execute(&mut *tx)
    .await?;
    let mut entry = AuditEntry::new(by, None, "destroy");
    entry.resident_id = Some(resident);
    entry.purpose = Some("retention".into());
    audit::append_numbered(&mut *tx, &[entry], &seq[1..]).await?;
    Ok(counts)
}

/// Residents destroyed among `residents` (a push about one is refused).
pub async fn destroyed_among(
    conn: &mut PgConnection,
    residents: &[Uuid],
) -> Result<std::collections::HashSet<Uuid>, sqlx::Error> {
    if residents.is_empty() {
        return Ok(Default::default());
    }
    let rows: Vec<(Uuid,)> =
        sqlx::query_as("SELECT resident_id FROM destructions WHERE resident_id = ANY($1)")
            .bind(residents)
            .fetch_all(&mut *conn)
            .await?;
    Ok(rows.into_iter().map(|(r,)| r).collect())
}

/// How often the server runs retention while it serves.
const RUN_EVERY: std::time::Duration = std::time::Duration::from_secs(6 * 60 * 60);

/// Run retention at start and every six hours, for as long as the server runs, and with it
/// end expired break-the-glass accesses and prune the access log (six months, see
/// [`crate::audit::prune`]), and bring the report facts up to date. The day is
/// the UTC date, which is never ahead of the Dutch one: a file goes a few hours late at
/// most, never early. A failed run is logged (ids and counts only) and tried again.
pub async fn keep_running(pool: PgPool, key: crate::audit::AuditKey) {
    let mut tick = tokio::time::interval(RUN_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if let Err(e) = crate::sync::emergency::expire_due(&pool).await {
            tracing::warn!(error = %e, "ending expired emergency accesses failed");
        }
        let today = chrono::Utc::now().date_naive();
        match run(&pool, today, None, false).await {
            Ok(done) if !done.is_empty() => {
                tracing::info!(files = done.len(), "retention: files destroyed");
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "retention run failed; trying again later"),
        }
        let pruned = async {
            let mut conn = pool.acquire().await?;
            let cutoff = crate::audit::prune::cutoff(chrono::Utc::now());
            crate::audit::prune(&mut conn, &key, cutoff, false).await
        };
        match pruned.await {
            Ok(r) if r.entries > 0 => {
                tracing::info!(entries = r.entries, "access log: old entries pruned");
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "pruning the access log failed"),
        }
        // The report facts, so the first report after a start, an upgrade or a restore
        // does not wait for all of them (the first tick comes at once).
        if let Err(e) = crate::reports::facts::refresh(&pool).await {
            tracing::warn!(error = %e, "deriving the report facts failed");
        }
    }
}
