//! Pruning the access log: entries older than six months go, unless they belong to a case
//! file that is still kept (DOMAIN.md "Audit log"). So what goes is an entry about no
//! resident (a login, a caseload view) or about a resident whose file retention destroyed.
//!
//! The chain stays verifiable. Pruning works one sealed round at a time, holding the
//! sealer's lock: it recomputes the round from the MAC it started with (and refuses to
//! touch a round that does not match its seal: that is evidence), and replaces each run of
//! consecutive entries that may go by one row in `audit_pruned`: the ids it spans, how many
//! entries, the chain's MAC after its last entry and the cut-off, tagged with the key.
//! [`super::verify`] continues the chain from that MAC, so a pruned run checks like the
//! entries it replaced, and a removal without the key's tag breaks the chain as before.

use std::collections::HashSet;

use chrono::{DateTime, Months, Utc};
use serde::Serialize;
use sqlx::{Connection, PgConnection};
use uuid::Uuid;

use super::verify::{Pruned, Seal};
use super::{AuditEntry, AuditKey, MicrosPrecision, SEAL_LOCK, Stored, entry_mac};

/// How long an access-log entry outside a kept case file stays.
pub const KEEP_MONTHS: u32 = 6;

/// The cut-off for `now`: entries made before it may go.
pub fn cutoff(now: DateTime<Utc>) -> DateTime<Utc> {
    now.checked_sub_months(Months::new(KEEP_MONTHS))
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// What a pruning run removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct PruneReport {
    /// Entries removed.
    pub entries: u64,
    /// Runs of consecutive entries (one `audit_pruned` row each).
    pub runs: u64,
    /// Sealed rounds that lost entries.
    pub rounds: u64,
}

/// Why pruning stopped.
#[derive(Debug, thiserror::Error)]
pub enum PruneError {
    /// The database.
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    /// A round does not match its seal: nothing of it is removed (it is evidence).
    #[error("the audit chain breaks in the round ending at entry {0}; run `audit verify`")]
    Broken(i64),
}

/// Rounds that hold an entry that may go: entries before `cutoff` about no resident or a
/// destroyed file, sealed already. Their seals' ids, in order.
const ROUNDS_SQL: &str = "
    SELECT DISTINCT (SELECT min(s.id) FROM audit_seal s WHERE s.id >= a.id) AS round_end
    FROM audit_log a
    WHERE a.at < $1
      AND (a.resident_id IS NULL
           OR EXISTS (SELECT 1 FROM destructions d WHERE d.resident_id = a.resident_id))
      AND a.id <= (SELECT coalesce(max(id), 0) FROM audit_seal)
    ORDER BY round_end";

/// Remove every entry made before `cutoff` that belongs to no kept file. Seals first (only
/// sealed entries go). With `dry_run`, every round is rolled back: the report says what
/// would go.
pub async fn prune(
    conn: &mut PgConnection,
    key: &AuditKey,
    cutoff: DateTime<Utc>,
    dry_run: bool,
) -> Result<PruneReport, PruneError> {
    // As stored (microseconds): the tag covers it.
    let cutoff = cutoff.with_nanosecond_micros();
    super::seal(conn, key).await?;
    let rounds: Vec<(Option<i64>,)> = sqlx::query_as(ROUNDS_SQL)
        .bind(cutoff)
        .fetch_all(&mut *conn)
        .await?;
    let mut report = PruneReport::default();
    for end in rounds.into_iter().filter_map(|(e,)| e) {
        let mut tx = conn.begin().await?;
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(SEAL_LOCK)
            .execute(&mut *tx)
            .await?;
        let runs = prune_round(&mut tx, key, end, cutoff).await?;
        if !runs.is_empty() {
            report.rounds += 1;
            report.runs += runs.len() as u64;
            report.entries += runs.iter().map(|r| r.entries as u64).sum::<u64>();
        }
        if dry_run {
            tx.rollback().await?;
        } else {
            tx.commit().await?;
        }
    }
    if report.entries > 0 && !dry_run {
        // The pruning itself is in the log: how many, no ids of what went.
        let mut entry = AuditEntry::new(None, None, "audit_prune");
        entry.purpose = Some("retention".into());
        let mut tx = conn.begin().await?;
        super::append(&mut tx, &[entry]).await?;
        tx.commit().await?;
    }
    Ok(report)
}

/// Prune the round whose seal is `end`, in the caller's transaction. The runs written.
async fn prune_round(
    tx: &mut PgConnection,
    key: &AuditKey,
    end: i64,
    cutoff: DateTime<Utc>,
) -> Result<Vec<Pruned>, PruneError> {
    let seal: Seal = sqlx::query_as("SELECT id, prev_hash, hash FROM audit_seal WHERE id = $1")
        .bind(end)
        .fetch_one(&mut *tx)
        .await?;
    let (start,): (i64,) =
        sqlx::query_as("SELECT coalesce(max(id), 0) FROM audit_seal WHERE id < $1")
            .bind(end)
            .fetch_one(&mut *tx)
            .await?;
    let rows: Vec<Stored> = sqlx::query_as(
        "SELECT id, at, user_id, device_id, resident_id, action, entity, entity_id, purpose,
                mutation_seq, device_entry
         FROM audit_log WHERE id > $1 AND id <= $2 ORDER BY id",
    )
    .bind(start)
    .bind(end)
    .fetch_all(&mut *tx)
    .await?;
    let earlier: Vec<Pruned> = sqlx::query_as(
        "SELECT first_id, last_id, entries, mac, cutoff, tag FROM audit_pruned
         WHERE first_id > $1 AND first_id <= $2 ORDER BY first_id",
    )
    .bind(start)
    .bind(end)
    .fetch_all(&mut *tx)
    .await?;
    let residents: Vec<Uuid> = rows.iter().filter_map(|r| r.entry.resident_id).collect();
    let destroyed: HashSet<Uuid> = sqlx::query_as::<_, (Uuid,)>(
        "SELECT resident_id FROM destructions WHERE resident_id = ANY($1)",
    )
    .bind(&residents)
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(|(r,)| r)
    .collect();
    let may_go = |r: &Stored| {
        r.entry.at < cutoff && r.entry.resident_id.is_none_or(|id| destroyed.contains(&id))
    };

    // Recompute the round, entries and earlier runs in id order, and cut the new runs.
    let mut prev = seal.1.clone();
    let mut runs: Vec<Pruned> = Vec::new();
    let mut open: Option<Pruned> = None;
    let mut gone: Vec<i64> = Vec::new();
    let mut earlier = earlier.into_iter().peekable();
    for row in &rows {
        while let Some(p) = earlier.next_if(|p| p.first_id < row.id) {
            runs.extend(open.take());
            if p.tag != p.expected_tag(key) {
                return Err(PruneError::Broken(end));
            }
            prev = p.mac;
        }
        prev = entry_mac(key, &prev, row.id, &row.entry);
        if may_go(row) {
            gone.push(row.id);
            let run = open.get_or_insert_with(|| Pruned {
                first_id: row.id,
                last_id: row.id,
                entries: 0,
                mac: Vec::new(),
                cutoff,
                tag: Vec::new(),
            });
            run.last_id = row.id;
            run.entries += 1;
            run.mac = prev.clone();
        } else {
            runs.extend(open.take());
        }
    }
    runs.extend(open.take());
    for p in earlier {
        if p.tag != p.expected_tag(key) {
            return Err(PruneError::Broken(end));
        }
        prev = p.mac;
    }
    if prev != seal.2 {
        return Err(PruneError::Broken(end));
    }
    if runs.is_empty() {
        return Ok(runs);
    }
    for run in &mut runs {
        run.tag = run.expected_tag(key);
    }
    sqlx::query("SET LOCAL werkpad.audit_prune = 'on'")
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM audit_log WHERE id = ANY($1)")
        .bind(&gone)
        .execute(&mut *tx)
        .await?;
    sqlx::query("SET LOCAL werkpad.audit_prune = 'off'")
        .execute(&mut *tx)
        .await?;
    for run in &runs {
        sqlx::query(
            "INSERT INTO audit_pruned (first_id, last_id, entries, mac, cutoff, tag)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(run.first_id)
        .bind(run.last_id)
        .bind(run.entries)
        .bind(&run.mac)
        .bind(run.cutoff)
        .bind(&run.tag)
        .execute(&mut *tx)
        .await?;
    }
    Ok(runs)
}
