//! Pull: pages of changes after the cursor, each page applied in one local transaction
//! together with the new cursor, so a crash in the middle loses nothing and repeats nothing.
//!
//! A change that cannot be stored here (it breaks a local rule, or belongs to a resident
//! this laptop does not hold) is set aside, not allowed to stop the page: its resident is
//! fetched again whole by the round's repair. Changes of residents this laptop destroyed
//! by retention are not taken back. Every page names the user's role; when it changed, the
//! laptop drops health data the new role may not see, starts the pull over, and the
//! self-check removes what else it may no longer hold.

use std::collections::HashSet;
use std::time::Instant;

use chrono::Utc;
use sqlx::{Sqlite, Transaction};
use uuid::Uuid;
use werkpad_domain::sync::{PullRequest, Role};

use super::SyncFailure;
use super::apply::{Incoming, PageIn, apply_all};
use super::http::Http;
use crate::store::Store;
use crate::store::faults::FaultPoint;
use crate::store::purge::{PurgeRule, purge_in};
use crate::sync::SyncArea;

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
    /// Milliseconds spent storing pages into the encrypted store (the next page is
    /// fetched alongside; that time is not counted here).
    pub storing_ms: u64,
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
    cursor: i64,
    progress: &(dyn Fn(Progress) + Send + Sync),
) -> Result<PullReport, SyncFailure> {
    let mut report = PullReport::default();
    let mut total = None;
    let mut role = store.sync().account().await?.map(|a| a.role);
    // A role change starts the pull over once per round.
    let mut restarts_left = 1;
    let request = |cursor| PullRequest {
        device_id,
        cursor,
        limit: PULL_PAGE,
    };
    let mut fetched = Some(http.pull_raw(token, &request(cursor)).await);
    while let Some(page) = fetched.take() {
        let page = page?;
        if role.as_deref() != Some(page.role.as_str()) && restarts_left > 0 {
            restarts_left -= 1;
            store.sync().role_changed(&page.role).await?;
            role = Some(page.role.clone());
            report.restarted = true;
            fetched = Some(http.pull_raw(token, &request(0)).await);
            continue;
        }
        report.restarted |= page.reset;
        if let Some(t) = page.total {
            total = u64::try_from(t).ok();
        }
        let more = page.more;
        let next = page.cursor;
        let store_page = async {
            let started = Instant::now();
            let applied = apply_page(store, page).await;
            (applied, started.elapsed())
        };
        // While this page is stored, the next one is already on its way (its cursor is
        // this page's); a failure to store drops it, and the next round asks again.
        let (applied, took) = if more {
            let following = request(next);
            let (stored, following) = tokio::join!(store_page, http.pull_raw(token, &following));
            fetched = Some(following);
            stored
        } else {
            store_page.await
        };
        let applied = applied?;
        report.storing_ms += u64::try_from(took.as_millis()).unwrap_or(u64::MAX);
        report.received += applied.received;
        report.purged += applied.purged;
        report.set_aside += applied.set_aside;
        progress(Progress {
            done: report.received,
            total,
        });
    }
    Ok(report)
}

/// What one page did.
#[derive(Debug, Default)]
pub(crate) struct Applied {
    pub received: u64,
    pub purged: u64,
    pub set_aside: u64,
}

/// Apply one page and move the cursor, in one transaction.
pub(crate) async fn apply_page(store: &Store, page: PageIn) -> Result<Applied, SyncFailure> {
    let mut tx = store.pool().begin_with("BEGIN IMMEDIATE").await?;
    let destroyed = destroyed(&mut tx).await?;
    // Changes of residents destroyed here by retention are not taken back.
    let changes: Vec<&Incoming> = page
        .changes
        .iter()
        .filter(|c| {
            c.resident_id
                .is_none_or(|r| !destroyed.contains(&r.to_string()))
        })
        .collect();
    let (received, aside) = apply_all(&mut tx, &changes, false).await?;
    for c in &aside {
        set_aside(&mut tx, c).await?;
    }
    let mut out = Applied {
        received,
        purged: 0,
        set_aside: aside.len() as u64,
    };
    let purge: Vec<String> = page.purge_residents.iter().map(Uuid::to_string).collect();
    let purged = purge_in(store, &mut tx, &purge, PurgeRule::CaseloadLeft).await?;
    out.purged = purged.len() as u64;
    super::emergency::replace_running(&mut tx, &page.emergency).await?;
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
    change: &Incoming,
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

impl SyncArea<'_> {
    /// The server says the user now has `role`: remember it, drop health data the role may
    /// not see, and start the pull over (the self-check after it removes residents the
    /// role may no longer hold).
    async fn role_changed(&self, role: &str) -> Result<(), SyncFailure> {
        let mut tx = self.store.pool().begin_with("BEGIN IMMEDIATE").await?;
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
