//! Checking the chain: [`verify`] recomputes every round from the entries (and the runs
//! the pruner removed, see [`super::prune`]) with the key, page by page, and compares it
//! with the seals; a head kept outside the database shows a chain cut short or rebuilt.

use std::collections::VecDeque;

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use sqlx::PgConnection;

#[cfg(test)]
use super::AuditEntry;
use super::{AuditKey, Stored, entry_mac};

/// Where the chain breaks, if it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verified {
    /// Every sealed round's MACs match its entries' content and the round before it, and
    /// the entries not sealed yet all come after the sealed ones.
    Intact {
        /// Entries checked.
        entries: i64,
        /// Entries removed by pruning, whose runs were checked in their place.
        pruned: i64,
        /// Entries after the last seal (written since the sealer last ran).
        unsealed: i64,
        /// The last sealed entry and the MAC the chain ends with there (none when nothing
        /// is sealed): keep it outside the database and pass it to a later `verify`.
        head: Option<(i64, Vec<u8>)>,
    },
    /// The first entry of the first sealed round that does not match: one of its entries
    /// was changed or removed, or one was added below the end of the chain, or the round
    /// was sealed with another key.
    BrokenAt {
        /// Its id.
        id: i64,
    },
    /// The chain no longer holds a head kept from an earlier check: it was cut short or
    /// wiped and sealed again.
    HeadMissing {
        /// The kept head's entry id.
        id: i64,
    },
}

/// A head as `verify` prints it and `verify --head` reads it: `ID:HEX`.
pub fn format_head(id: i64, mac: &[u8]) -> String {
    format!("{id}:{}", hex::encode(mac))
}

/// Read a head printed by [`format_head`].
pub fn parse_head(s: &str) -> Result<(i64, Vec<u8>), String> {
    let (id, mac) = s.split_once(':').ok_or("expected ID:HEX")?;
    let id = id.parse().map_err(|_| "the id is not a number")?;
    let mac = hex::decode(mac).map_err(|_| "the MAC is not hex")?;
    Ok((id, mac))
}

/// One round's seal: its last entry's id, the MAC it started from, the MAC it ended with.
pub(super) type Seal = (i64, Vec<u8>, Vec<u8>);

/// Rows read per query: the check streams the log in pages, never holding all of it.
const VERIFY_PAGE: i64 = 10_000;

/// A run of pruned entries as stored in `audit_pruned` (see [`super::prune`]).
#[derive(Debug, Clone, sqlx::FromRow)]
pub(super) struct Pruned {
    pub first_id: i64,
    pub last_id: i64,
    pub entries: i64,
    pub mac: Vec<u8>,
    pub cutoff: DateTime<Utc>,
    pub tag: Vec<u8>,
}

impl Pruned {
    /// The tag only the key's holder can make: HMAC over every field of the run.
    pub(super) fn expected_tag(&self, key: &AuditKey) -> Vec<u8> {
        let mut h = <Hmac<Sha256> as Mac>::new_from_slice(key.0.as_slice())
            .unwrap_or_else(|_| unreachable!("HMAC takes a key of any length"));
        h.update(b"werkpad audit pruned\x1f");
        h.update(&self.first_id.to_be_bytes());
        h.update(&self.last_id.to_be_bytes());
        h.update(&self.entries.to_be_bytes());
        h.update(&self.mac);
        h.update(
            self.cutoff
                .to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
                .as_bytes(),
        );
        h.finalize().into_bytes().to_vec()
    }
}

/// Rows of one table read page by page in id order.
struct Pager<T> {
    sql: &'static str,
    after: i64,
    done: bool,
    queue: VecDeque<T>,
    id: fn(&T) -> i64,
}

impl<T> Pager<T>
where
    T: for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow> + Send + Unpin,
{
    fn new(sql: &'static str, id: fn(&T) -> i64) -> Self {
        Self {
            sql,
            after: 0,
            done: false,
            queue: VecDeque::new(),
            id,
        }
    }

    /// The next row, reading a page when the queue is empty.
    async fn front(&mut self, conn: &mut PgConnection) -> Result<Option<&T>, sqlx::Error> {
        if self.queue.is_empty() && !self.done {
            let page: Vec<T> = sqlx::query_as(sqlx::AssertSqlSafe(self.sql))
                .bind(self.after)
                .bind(VERIFY_PAGE)
                .fetch_all(&mut *conn)
                .await?;
            self.done = (page.len() as i64) < VERIFY_PAGE;
            if let Some(last) = page.last() {
                self.after = (self.id)(last);
            }
            self.queue.extend(page);
        }
        Ok(self.queue.front())
    }

    fn pop(&mut self) -> Option<T> {
        self.queue.pop_front()
    }
}

/// An item of the chain: an entry, or a run of pruned entries.
enum Item<'a> {
    Row(&'a Stored),
    Pruned(&'a Pruned),
}

/// Recompute the chain from the first entry with `key` and compare it with every round's
/// seal, reading log, pruned runs and seals page by page (without sealing first: what is
/// not sealed yet is counted, not checked). A pruned run stands in for its entries when
/// its tag is the key's and its MAC continues the chain. With `head`, the chain must still
/// hold that seal.
pub async fn verify(
    conn: &mut PgConnection,
    key: &AuditKey,
    head: Option<(i64, &[u8])>,
) -> Result<Verified, sqlx::Error> {
    let mut check = ChainCheck::new(key);
    let mut seals: Pager<Seal> = Pager::new(
        "SELECT id, prev_hash, hash FROM audit_seal WHERE id > $1 ORDER BY id LIMIT $2",
        |s| s.0,
    );
    let mut pruned: Pager<Pruned> = Pager::new(
        "SELECT first_id, last_id, entries, mac, cutoff, tag FROM audit_pruned
         WHERE first_id > $1 ORDER BY first_id LIMIT $2",
        |p| p.first_id,
    );
    let mut rows: Pager<Stored> = Pager::new(
        "SELECT id, at, user_id, device_id, resident_id, action, entity, entity_id, purpose,
                mutation_seq, device_entry
         FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2",
        |r| r.id,
    );
    let mut head_seen = head.is_none();
    loop {
        let next_row = rows.front(conn).await?.map(|r| r.id);
        let next_pruned = pruned.front(conn).await?.map(|p| p.first_id);
        let take_pruned = match (next_row, next_pruned) {
            (None, None) => break,
            (Some(r), Some(p)) => p < r,
            (None, Some(_)) => true,
            (Some(_), None) => false,
        };
        let seal = seals.front(conn).await?.cloned();
        let step = if take_pruned {
            let p = pruned
                .pop()
                .unwrap_or_else(|| unreachable!("front was some"));
            check.feed(seal.as_ref(), Item::Pruned(&p))
        } else {
            let r = rows.pop().unwrap_or_else(|| unreachable!("front was some"));
            check.feed(seal.as_ref(), Item::Row(&r))
        };
        match step {
            Step::Next => {}
            Step::RoundDone => {
                let done = seals.pop();
                if let (Some((id, mac)), Some((end, _, end_mac))) = (head, &done) {
                    head_seen |= id == *end && mac == end_mac.as_slice();
                }
            }
            Step::Broken(id) => return Ok(Verified::BrokenAt { id }),
        }
    }
    let verified = check.finish(seals.front(conn).await?);
    match (verified, head) {
        (Verified::Intact { .. }, Some((id, _))) if !head_seen => Ok(Verified::HeadMissing { id }),
        (v, _) => Ok(v),
    }
}

/// What one entry did to the check.
enum Step {
    /// Inside a round, or after the last seal.
    Next,
    /// The entry closed the current round, and the round matched its seal.
    RoundDone,
    /// The round starting at this id does not match.
    Broken(i64),
}

/// The chain check over entries in id order, fed one entry at a time.
struct ChainCheck<'k> {
    key: &'k AuditKey,
    prev: Vec<u8>,
    /// The MAC at the end of the last round that matched.
    checkpoint: Vec<u8>,
    /// Where the current round started.
    round_start: Option<i64>,
    entries: i64,
    pruned: i64,
    unsealed: i64,
    head: Option<(i64, Vec<u8>)>,
}

impl<'k> ChainCheck<'k> {
    fn new(key: &'k AuditKey) -> Self {
        Self {
            key,
            prev: vec![0u8; 32],
            checkpoint: vec![0u8; 32],
            round_start: None,
            entries: 0,
            pruned: 0,
            unsealed: 0,
            head: None,
        }
    }

    /// Feed the next item; `seal` is the current round's seal (none after the last).
    fn feed(&mut self, seal: Option<&Seal>, item: Item<'_>) -> Step {
        let (first_id, last_id) = match &item {
            Item::Row(row) => (row.id, row.id),
            Item::Pruned(p) => (p.first_id, p.last_id),
        };
        let Some((end, start_mac, end_mac)) = seal else {
            return match item {
                Item::Row(_) => {
                    self.unsealed += 1;
                    Step::Next
                }
                // Only sealed entries are ever pruned.
                Item::Pruned(p) => Step::Broken(p.first_id),
            };
        };
        let first = *self.round_start.get_or_insert(first_id);
        match item {
            Item::Row(row) => {
                self.prev = entry_mac(self.key, &self.prev, row.id, &row.entry);
                self.entries += 1;
            }
            Item::Pruned(p) => {
                if p.tag != p.expected_tag(self.key) || p.entries < 1 {
                    return Step::Broken(first);
                }
                // The chain goes on from the MAC the pruner recorded after the run.
                self.prev = p.mac.clone();
                self.pruned += p.entries;
            }
        }
        if last_id > *end {
            // The round's last entry is gone.
            return Step::Broken(first);
        }
        if last_id < *end {
            return Step::Next;
        }
        if *start_mac != self.checkpoint || self.prev != *end_mac {
            return Step::Broken(first);
        }
        self.checkpoint = self.prev.clone();
        self.round_start = None;
        self.head = Some((*end, end_mac.clone()));
        Step::RoundDone
    }

    /// After the last entry; `seal` is a round still waiting for entries, if any.
    fn finish(self, seal: Option<&Seal>) -> Verified {
        match (seal, self.round_start) {
            // A round whose entries are (partly) gone.
            (Some(_), Some(first)) => Verified::BrokenAt { id: first },
            (Some((end, _, _)), None) => Verified::BrokenAt { id: *end },
            (None, _) => Verified::Intact {
                entries: self.entries,
                pruned: self.pruned,
                unsealed: self.unsealed,
                head: self.head,
            },
        }
    }
}

/// The chain over `rows` (in id order) against the rounds' `seals` (in id order).
#[cfg(test)]
fn check_chain(key: &AuditKey, seals: &[Seal], rows: &[Stored]) -> Verified {
    let mut check = ChainCheck::new(key);
    let mut sealed = seals.iter().peekable();
    for row in rows {
        match check.feed(sealed.peek().copied(), Item::Row(row)) {
            Step::Next => {}
            Step::RoundDone => {
                sealed.next();
            }
            Step::Broken(id) => return Verified::BrokenAt { id },
        }
    }
    check.finish(sealed.peek().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> AuditKey {
        AuditKey::from_bytes([42; 32])
    }

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
            prev = entry_mac(&key(), &prev, r.id, &r.entry);
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
        let end_mac = seals[3].2.clone();
        assert_eq!(
            check_chain(&key(), &seals, &rows),
            Verified::Intact {
                entries: 8,
                pruned: 0,
                unsealed: 2,
                head: Some((80, end_mac)),
            }
        );
    }

    #[test]
    fn a_head_reads_back_as_printed() {
        let printed = format_head(80, &[0xab, 0x01]);
        assert_eq!(printed, "80:ab01");
        assert_eq!(parse_head(&printed), Ok((80, vec![0xab, 0x01])));
        assert!(parse_head("80").is_err());
        assert!(parse_head("x:ab").is_err());
        assert!(parse_head("80:zz").is_err());
    }

    #[test]
    fn a_chain_sealed_with_another_key_does_not_verify() {
        let (seals, rows) = sealed(6, &[20, 40, 60]);
        let other = AuditKey::from_bytes([7; 32]);
        assert_eq!(
            check_chain(&other, &seals, &rows),
            Verified::BrokenAt { id: 10 }
        );
    }

    #[test]
    fn a_changed_removed_or_added_entry_breaks_its_round() {
        let ends = [20, 60, 100];
        let (seals, mut rows) = sealed(10, &ends);
        rows[4].entry.action = "changed".into(); // id 50, in the round 30..=60
        assert_eq!(
            check_chain(&key(), &seals, &rows),
            Verified::BrokenAt { id: 30 }
        );

        let (seals, mut rows) = sealed(10, &ends);
        rows.remove(7); // id 80
        assert_eq!(
            check_chain(&key(), &seals, &rows),
            Verified::BrokenAt { id: 70 }
        );

        let (seals, mut rows) = sealed(10, &ends);
        rows.remove(5); // id 60, the last entry of the second round
        assert_eq!(
            check_chain(&key(), &seals, &rows),
            Verified::BrokenAt { id: 30 }
        );

        let (seals, mut rows) = sealed(10, &ends);
        let slipped_in = Stored {
            id: 45,
            entry: entry("added below the end of the chain"),
        };
        rows.insert(4, slipped_in);
        assert_eq!(
            check_chain(&key(), &seals, &rows),
            Verified::BrokenAt { id: 30 }
        );

        let (seals, _) = sealed(10, &ends);
        assert_eq!(
            check_chain(&key(), &seals, &[]),
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
            prev = entry_mac(&key(), &prev, r.id, &r.entry);
        }
        seals[1] = (40, start, prev);
        assert_eq!(
            check_chain(&key(), &seals, &rows),
            Verified::BrokenAt { id: 30 }
        );
    }
}
