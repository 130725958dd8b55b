//! The server's audit log: append-only (triggers refuse UPDATE/DELETE/TRUNCATE) and
//! tamper-evident. Ids only, never content.
//!
//! Entries are written by many transactions at once (a push, a pull, a login), each with an
//! id from `next_change_seqs` (its transaction id and its place in it, see
//! migrations/server/20261129000002). [`seal`] chains them afterwards, one sealer at a time,
//! in id order and only below the horizon of finished transactions:
//! `hash = sha256(prev_hash ‖ id ‖ fields)` for every entry, and one row per round in
//! `audit_seal` (append-only too): the id of the round's last entry, the hash the round
//! started from and the hash it ended with. So no writer waits for another to extend the
//! chain, the chain still has one order, and sealing writes one row per round instead of
//! one per entry. (Rows written one per entry before are rounds of one entry.)

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use sqlx::{Connection, PgConnection};
use uuid::Uuid;

/// The advisory lock that lets one sealer at a time extend the chain.
const SEAL_LOCK: i64 = 20_261_129;

/// Entries sealed per round.
const SEAL_BATCH: i64 = 20_000;

/// One audit entry to write.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
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
    /// The device's sequence number of the mutation this entry answers (with `device_id`,
    /// the mutation's id): one entry per mutation, so each shows exactly once.
    pub mutation_seq: Option<i64>,
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
            mutation_seq: None,
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
    // Added later: hashed only where present, so entries written before still verify.
    if let Some(seq) = e.mutation_seq {
        h.update(seq.to_string().as_bytes());
        h.update([0x1f]);
    }
    h.finalize().to_vec()
}

/// Append `entries` in order, within the caller's transaction. They are chained by the
/// next [`seal`] once the transaction has committed.
pub async fn append(conn: &mut PgConnection, entries: &[AuditEntry]) -> Result<(), sqlx::Error> {
    if entries.is_empty() {
        return Ok(());
    }
    let ids: Vec<i64> = sqlx::query_scalar("SELECT next_change_seqs($1)")
        .bind(i32::try_from(entries.len()).unwrap_or(i32::MAX))
        .fetch_all(&mut *conn)
        .await?;
    append_numbered(conn, entries, &ids).await
}

/// [`append`] with ids the caller drew from `next_change_seqs` in this transaction (one
/// per entry, increasing), to save the round trip.
pub async fn append_numbered(
    conn: &mut PgConnection,
    entries: &[AuditEntry],
    ids: &[i64],
) -> Result<(), sqlx::Error> {
    if entries.is_empty() {
        return Ok(());
    }
    if ids.len() != entries.len() {
        return Err(sqlx::Error::Protocol(format!(
            "{} audit entries but {} ids",
            entries.len(),
            ids.len()
        )));
    }
    let n = entries.len();
    let mut ats = Vec::with_capacity(n);
    let mut users = Vec::with_capacity(n);
    let mut devices = Vec::with_capacity(n);
    let mut residents = Vec::with_capacity(n);
    let mut actions = Vec::with_capacity(n);
    let mut entities = Vec::with_capacity(n);
    let mut entity_ids = Vec::with_capacity(n);
    let mut purposes = Vec::with_capacity(n);
    let mut seqs = Vec::with_capacity(n);
    for e in entries {
        // Stored with microsecond precision: the sealer hashes what it reads back.
        ats.push(e.at.with_nanosecond_micros());
        users.push(e.user_id);
        devices.push(e.device_id);
        residents.push(e.resident_id);
        actions.push(e.action.as_str());
        entities.push(e.entity.as_deref());
        entity_ids.push(e.entity_id);
        purposes.push(e.purpose.as_deref());
        seqs.push(e.mutation_seq);
    }
    sqlx::query(
        "INSERT INTO audit_log (id, at, user_id, device_id, resident_id, action, entity,
                                entity_id, purpose, mutation_seq)
         SELECT * FROM UNNEST($1::bigint[], $2::timestamptz[], $3::uuid[], $4::uuid[],
                              $5::uuid[], $6::text[], $7::text[], $8::uuid[], $9::text[],
                              $10::bigint[])",
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
    .bind(seqs)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// An entry as stored.
#[derive(sqlx::FromRow)]
struct Stored {
    id: i64,
    #[sqlx(flatten)]
    entry: AuditEntry,
}

/// Chain every finished entry not chained yet. Returns how many were sealed. One sealer
/// at a time (an advisory lock); safe to call from anywhere, at any moment.
pub async fn seal(conn: &mut PgConnection) -> Result<u64, sqlx::Error> {
    let mut sealed = 0;
    loop {
        let mut tx = conn.begin().await?;
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(SEAL_LOCK)
            .execute(&mut *tx)
            .await?;
        // The horizon in a statement before the one that reads the entries (read committed:
        // each statement sees what had committed when it started), so a writer that
        // finishes in between is seen by the read.
        let (horizon,): (i64,) = sqlx::query_as("SELECT change_horizon()")
            .fetch_one(&mut *tx)
            .await?;
        let last: Option<(i64, Vec<u8>)> =
            sqlx::query_as("SELECT id, hash FROM audit_seal ORDER BY id DESC LIMIT 1")
                .fetch_optional(&mut *tx)
                .await?;
        let (after, mut prev) = last.unwrap_or((0, vec![0u8; 32]));
        let rows: Vec<Stored> = sqlx::query_as(
            "SELECT id, at, user_id, device_id, resident_id, action, entity, entity_id, purpose,
                    mutation_seq
             FROM audit_log WHERE id > $1 AND id < $3 ORDER BY id LIMIT $2",
        )
        .bind(after)
        .bind(SEAL_BATCH)
        .bind(horizon)
        .fetch_all(&mut *tx)
        .await?;
        if rows.is_empty() {
            tx.commit().await?;
            return Ok(sealed);
        }
        let n = rows.len();
        let start = prev.clone();
        let mut last_id = after;
        for row in &rows {
            prev = entry_hash(&prev, row.id, &row.entry);
            last_id = row.id;
        }
        sqlx::query("INSERT INTO audit_seal (id, prev_hash, hash) VALUES ($1, $2, $3)")
            .bind(last_id)
            .bind(start)
            .bind(&prev)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        sealed += n as u64;
        if (n as i64) < SEAL_BATCH {
            return Ok(sealed);
        }
    }
}

/// How often the server seals new audit entries while it serves.
const SEAL_EVERY: std::time::Duration = std::time::Duration::from_millis(500);

/// Seal new entries every half second, for as long as the server runs. A failed round is
/// logged (without content) and tried again.
pub async fn keep_sealed(pool: sqlx::PgPool) {
    let mut tick = tokio::time::interval(SEAL_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let round = async {
            let mut conn = pool.acquire().await?;
            seal(&mut conn).await
        };
        if let Err(e) = round.await {
            tracing::warn!(error = %e, "sealing the audit log failed; trying again");
        }
    }
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
    /// Every sealed round's hashes match its entries' content and the round before it, and
    /// the entries not sealed yet all come after the sealed ones.
    Intact {
        /// Entries checked.
        entries: i64,
        /// Entries of transactions still running when the chain was sealed.
        unsealed: i64,
    },
    /// The first entry of the first sealed round that does not match: one of its entries
    /// was changed or removed, or one was added below the end of the chain.
    BrokenAt {
        /// Its id.
        id: i64,
    },
}

/// Seal what can be sealed (waiting up to a second for writers still running), then
/// recompute the chain from the first entry and compare it with every round's seal.
pub async fn verify(conn: &mut PgConnection) -> Result<Verified, sqlx::Error> {
    for _ in 0..50 {
        seal(conn).await?;
        let (open,): (bool,) = sqlx::query_as(
            "SELECT EXISTS (SELECT 1 FROM audit_log
                            WHERE id > COALESCE((SELECT max(id) FROM audit_seal), 0))",
        )
        .fetch_one(&mut *conn)
        .await?;
        if !open {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let seals: Vec<Seal> = sqlx::query_as("SELECT id, prev_hash, hash FROM audit_seal ORDER BY id")
        .fetch_all(&mut *conn)
        .await?;
    let rows: Vec<Stored> = sqlx::query_as(
        "SELECT id, at, user_id, device_id, resident_id, action, entity, entity_id, purpose,
                mutation_seq
         FROM audit_log ORDER BY id",
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(check_chain(&seals, &rows))
}

/// One round's seal: its last entry's id, the hash it started from, the hash it ended with.
type Seal = (i64, Vec<u8>, Vec<u8>);

/// The chain over `rows` (in id order) against the rounds' `seals` (in id order).
fn check_chain(seals: &[Seal], rows: &[Stored]) -> Verified {
    let mut sealed = seals.iter().peekable();
    let mut prev = vec![0u8; 32];
    // The hash at the end of the last round that matched, and where the next one starts.
    let mut checkpoint = prev.clone();
    let mut round_start: Option<i64> = None;
    let mut entries = 0;
    let mut unsealed = 0;
    for row in rows {
        let Some((end, start_hash, end_hash)) = sealed.peek() else {
            unsealed += 1;
            continue;
        };
        let first = *round_start.get_or_insert(row.id);
        prev = entry_hash(&prev, row.id, &row.entry);
        entries += 1;
        if row.id > *end {
            // The round's last entry is gone.
            return Verified::BrokenAt { id: first };
        }
        if row.id == *end {
            if *start_hash != checkpoint || prev != *end_hash {
                return Verified::BrokenAt { id: first };
            }
            checkpoint = prev.clone();
            round_start = None;
            sealed.next();
        }
    }
    match (sealed.peek(), round_start) {
        // A round whose entries are (partly) gone.
        (Some(_), Some(first)) => Verified::BrokenAt { id: first },
        (Some((end, _, _)), None) => Verified::BrokenAt { id: *end },
        (None, _) => Verified::Intact { entries, unsealed },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(action: &str) -> AuditEntry {
        AuditEntry::new(None, None, action)
    }

    /// Entries with ids 10, 20, … (n of them; real ids have gaps too) and the seals `seal`
    /// makes for rounds ending at `ends`.
    fn sealed(n: i64, ends: &[i64]) -> (Vec<Seal>, Vec<Stored>) {
        let rows: Vec<Stored> = (1..=n)
            .map(|i| Stored {
                id: i * 10,
                entry: entry(&format!("a{i}")),
            })
            .collect();
        let mut seals = Vec::new();
        let mut prev = vec![0u8; 32];
        let mut start = prev.clone();
        for r in &rows {
            prev = entry_hash(&prev, r.id, &r.entry);
            if ends.contains(&r.id) {
                seals.push((
                    r.id,
                    std::mem::replace(&mut start, prev.clone()),
                    prev.clone(),
                ));
            }
        }
        (seals, rows)
    }

    #[test]
    fn rounds_of_any_size_verify_and_later_entries_are_unsealed() {
        let (seals, rows) = sealed(10, &[10, 20, 60, 80]);
        assert_eq!(
            check_chain(&seals, &rows),
            Verified::Intact {
                entries: 8,
                unsealed: 2
            }
        );
    }

    #[test]
    fn a_changed_removed_or_added_entry_breaks_its_round() {
        let ends = [20, 60, 100];
        let (seals, mut rows) = sealed(10, &ends);
        rows[4].entry.action = "changed".into(); // id 50, in the round 30..=60
        assert_eq!(check_chain(&seals, &rows), Verified::BrokenAt { id: 30 });

        let (seals, mut rows) = sealed(10, &ends);
        rows.remove(7); // id 80
        assert_eq!(check_chain(&seals, &rows), Verified::BrokenAt { id: 70 });

        let (seals, mut rows) = sealed(10, &ends);
        rows.remove(5); // id 60, the last entry of the second round
        assert_eq!(check_chain(&seals, &rows), Verified::BrokenAt { id: 30 });

        let (seals, mut rows) = sealed(10, &ends);
        let slipped_in = Stored {
            id: 45,
            entry: entry("added below the end of the chain"),
        };
        rows.insert(4, slipped_in);
        assert_eq!(check_chain(&seals, &rows), Verified::BrokenAt { id: 30 });

        let (seals, _) = sealed(10, &ends);
        assert_eq!(
            check_chain(&seals, &[]),
            Verified::BrokenAt { id: 20 },
            "every entry gone"
        );
    }

    #[test]
    fn a_round_must_start_where_the_last_one_ended() {
        let (mut seals, rows) = sealed(6, &[20, 40, 60]);
        // A forged round 30..=40 whose own hashes agree but that does not continue round 1.
        let mut prev = vec![7u8; 32];
        let start = prev.clone();
        for r in &rows[2..4] {
            prev = entry_hash(&prev, r.id, &r.entry);
        }
        seals[1] = (40, start, prev);
        assert_eq!(check_chain(&seals, &rows), Verified::BrokenAt { id: 30 });
    }
}
