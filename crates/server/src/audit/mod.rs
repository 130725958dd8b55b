//! The server's audit log: append-only (triggers refuse UPDATE/DELETE/TRUNCATE) and
//! tamper-evident. Ids only, never content.
//!
//! Entries are written by many transactions at once (a push, a pull, a login), each with an
//! id from `next_change_seqs` (its transaction id and its place in it, see
//! migrations/server/20261129000002). [`seal`] chains them afterwards, one sealer at a time,
//! in id order and only below the horizon of finished transactions:
//! `mac = HMAC-SHA256(key, prev_mac ‖ id ‖ fields)` for every entry, and one row per round
//! in `audit_seal` (append-only too): the id of the round's last entry, the MAC the round
//! started from and the MAC it ended with. So no writer waits for another to extend the
//! chain, the chain still has one order, and sealing writes one row per round instead of
//! one per entry.
//!
//! The key ([`AuditKey`]) is a file on the server's disk that the database never sees, so
//! whoever can write the database (its superuser included) can switch off the triggers and
//! change, remove or insert entries, but cannot make seals that [`verify`] accepts.
//! What a key cannot show is a chain cut short at its end, or wiped and sealed again:
//! `verify` prints the head (last sealed id and MAC) for the FG to keep outside the
//! database, and `verify --head` checks that a kept head is still in the chain.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use sqlx::{Connection, PgConnection};
use uuid::Uuid;
use zeroize::Zeroizing;

/// The secret the chain is keyed with: 32 random bytes in a file only the server's user can
/// read, never in the database. Back it up apart from the database backups.
#[derive(Clone)]
pub struct AuditKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuditKey(..)")
    }
}

/// Why the audit key cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The file cannot be read or written.
    #[error("audit key {path}: {source}")]
    Io {
        /// The key file.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The file does not hold 64 hex digits.
    #[error("audit key {0}: not 64 hex digits")]
    Malformed(PathBuf),
    /// No random bytes from the OS.
    #[error("audit key: no randomness from the OS")]
    Random,
}

impl AuditKey {
    /// A key from its bytes (tests, and a key restored from a backup).
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(Zeroizing::new(bytes))
    }

    /// Where the key lives when the settings do not say: `$STATE_DIRECTORY` (systemd),
    /// else `$XDG_STATE_HOME/werkpad-server`, else `~/.local/state/werkpad-server`.
    pub fn default_path() -> PathBuf {
        let dir = std::env::var_os("STATE_DIRECTORY")
            .map(PathBuf::from)
            .or_else(|| {
                std::env::var_os("XDG_STATE_HOME").map(|d| PathBuf::from(d).join("werkpad-server"))
            })
            .or_else(|| {
                std::env::var_os("HOME")
                    .map(|h| PathBuf::from(h).join(".local/state/werkpad-server"))
            })
            .unwrap_or_else(|| PathBuf::from("."));
        dir.join("audit.key")
    }

    /// Read the key at `path`.
    pub fn load(path: &Path) -> Result<Self, KeyError> {
        let io = |source| KeyError::Io {
            path: path.to_owned(),
            source,
        };
        let text = Zeroizing::new(std::fs::read_to_string(path).map_err(io)?);
        let mut bytes = Zeroizing::new([0u8; 32]);
        hex::decode_to_slice(text.trim(), bytes.as_mut_slice())
            .map_err(|_| KeyError::Malformed(path.to_owned()))?;
        Ok(Self(bytes))
    }

    /// Read the key at `path`, or make one there (owner-only) when there is none. Two
    /// servers starting at once end up with the same key: the file appears whole or not at
    /// all (written aside, then linked into place).
    pub fn load_or_create(path: &Path) -> Result<Self, KeyError> {
        match Self::load(path) {
            Err(KeyError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {}
            other => return other,
        }
        let io = |source| KeyError::Io {
            path: path.to_owned(),
            source,
        };
        let mut bytes = Zeroizing::new([0u8; 32]);
        getrandom::fill(bytes.as_mut_slice()).map_err(|_| KeyError::Random)?;
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
        if let Some(dir) = dir {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        // Unique per attempt (two servers in one process, as in the tests, race too).
        let mut nonce = [0u8; 8];
        getrandom::fill(&mut nonce).map_err(|_| KeyError::Random)?;
        let aside = path.with_extension(format!("new.{}", hex::encode(nonce)));
        write_owner_only(&aside, hex::encode(bytes.as_slice()).as_bytes()).map_err(io)?;
        let linked = std::fs::hard_link(&aside, path);
        let _ = std::fs::remove_file(&aside);
        match linked {
            Ok(()) => Ok(Self(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Self::load(path),
            Err(e) => Err(io(e)),
        }
    }
}

/// Writes a new file (never an existing one) that only its owner may read, on Unix.
pub(crate) fn write_owner_only(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

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
    /// The laptop's own number of an entry of its access log (with `device_id`): the
    /// server stores each once (with `at`: a restored laptop reuses numbers).
    pub device_entry: Option<i64>,
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
            device_entry: None,
        }
    }
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// The MAC of entry `id` following `prev`: every field, each ended by a unit separator.
pub fn entry_mac(key: &AuditKey, prev: &[u8], id: i64, e: &AuditEntry) -> Vec<u8> {
    let mut h = <Hmac<Sha256> as Mac>::new_from_slice(key.0.as_slice())
        .unwrap_or_else(|_| unreachable!("HMAC takes a key of any length"));
    h.update(prev);
    h.update(&id.to_be_bytes());
    for part in [
        e.at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        opt(&e.user_id),
        opt(&e.device_id),
        opt(&e.resident_id),
        e.action.clone(),
        opt(&e.entity),
        opt(&e.entity_id),
        opt(&e.purpose),
        opt(&e.mutation_seq),
        opt(&e.device_entry),
    ] {
        h.update(part.as_bytes());
        h.update(&[0x1f]);
    }
    h.finalize().into_bytes().to_vec()
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
    let mut device_entries = Vec::with_capacity(n);
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
        device_entries.push(e.device_entry);
    }
    sqlx::query(
        "INSERT INTO audit_log (id, at, user_id, device_id, resident_id, action, entity,
                                entity_id, purpose, mutation_seq, device_entry)
         SELECT * FROM UNNEST($1::bigint[], $2::timestamptz[], $3::uuid[], $4::uuid[],
                              $5::uuid[], $6::text[], $7::text[], $8::uuid[], $9::text[],
                              $10::bigint[], $11::bigint[])
         ON CONFLICT (device_id, device_entry, at) WHERE device_entry IS NOT NULL DO NOTHING",
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
    .bind(device_entries)
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
pub async fn seal(conn: &mut PgConnection, key: &AuditKey) -> Result<u64, sqlx::Error> {
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
                    mutation_seq, device_entry
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
            prev = entry_mac(key, &prev, row.id, &row.entry);
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
pub async fn keep_sealed(pool: sqlx::PgPool, key: AuditKey) {
    let mut tick = tokio::time::interval(SEAL_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let round = async {
            let mut conn = pool.acquire().await?;
            seal(&mut conn, &key).await
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

pub mod prune;
mod verify;

pub use prune::{PruneReport, prune};
pub use verify::{Verified, format_head, parse_head, verify};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_file_is_made_once_owner_only_and_read_back() {
        let dir = std::env::temp_dir().join(format!("werkpad-audit-key-{}", std::process::id()));
        let path = dir.join("sub").join("audit.key");
        let made = AuditKey::load_or_create(&path).expect("made");
        let again = AuditKey::load_or_create(&path).expect("read");
        assert_eq!(
            made.0.as_slice(),
            again.0.as_slice(),
            "the second call reads the first key"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "owner-only");
        }
        std::fs::write(&path, "not hex").expect("write");
        assert!(matches!(AuditKey::load(&path), Err(KeyError::Malformed(_))));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
