//! Push: send pending outbox entries in pages, in order; record the server's answer for
//! each in the same local transaction that marks it answered.
//!
//! Pages are sized in bytes as well as counted, so long reports never exceed the server's
//! body limit. The answer never raises a record's local version: the laptop only claims
//! what it has pulled (its own changes the server knows it has seen). An answered entry
//! keeps only its field names. A refused change keeps its values for a person (unless the
//! refusal means the laptop may not hold them), and its resident is fetched again whole
//! at the end of the round, so the laptop shows what the server has.
//!
//! Two answers about the sequence itself are repaired here: a server restored from a
//! backup asks again for changes it had acknowledged (`sequence_gap`): they are sent again
//! from the records they changed. A laptop restored from an older copy reused numbers the
//! server had applied (`sequence_reused`): its new changes are numbered again, after the
//! server's, and say which of its own changes they never saw.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use uuid::Uuid;
use werkpad_domain::EntityKind;
use werkpad_domain::sync::{
    MAX_PUSH_BYTES, Mutation, MutationOp, Outcome, PushRequest, RejectReason,
};

use super::http::Http;
use super::{SyncError, SyncFailure};
use crate::store::Store;
use crate::store::faults::FaultPoint;
use crate::store::outbox::{ENTRY_COLUMNS, OutboxEntry};
use crate::store::records::table_of;
use crate::sync::SyncArea;

/// Most mutations per push page.
pub const PUSH_PAGE: i64 = 500;

/// Counts of one push.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct PushReport {
    /// Applied (including duplicates of earlier applied ones).
    pub applied: u64,
    /// With a conflict kept on the server.
    pub conflicts: u64,
    /// Refused (kept in sync_rejections).
    pub rejected: u64,
    /// Changes sent again because the server had lost them.
    pub resent: u64,
    /// Changes numbered again because this laptop had reused numbers.
    pub renumbered: u64,
}

fn bad(seq: i64, what: &str) -> SyncFailure {
    SyncFailure::Store(crate::StoreError::Secrets(format!("outbox {seq}: {what}")))
}

fn to_mutation(e: &OutboxEntry) -> Result<Mutation, SyncFailure> {
    let op = match e.op.as_str() {
        "create" => MutationOp::Create,
        "update" => MutationOp::Update,
        "append" => MutationOp::Append,
        "delete" => MutationOp::Delete,
        "void" => MutationOp::Void,
        _ => return Err(bad(e.seq, "op")),
    };
    let fields: Map<String, Value> =
        serde_json::from_str(&e.fields).map_err(|_| bad(e.seq, "fields"))?;
    let parse_uuid = |s: &str| Uuid::parse_str(s).map_err(|_| bad(e.seq, "id"));
    Ok(Mutation {
        seq: e.seq,
        entity: e.entity.clone(),
        entity_id: if op == MutationOp::Void {
            Uuid::nil()
        } else {
            parse_uuid(&e.entity_id)?
        },
        resident_id: e.resident_id.as_deref().map(parse_uuid).transpose()?,
        op,
        fields,
        base_version: e.base_version,
        field_bases: e
            .field_bases
            .as_deref()
            .map(serde_json::from_str)
            .transpose()
            .map_err(|_| bad(e.seq, "field bases"))?
            .unwrap_or_default(),
        own_unseen: e
            .own_unseen
            .as_deref()
            .map(serde_json::from_str)
            .transpose()
            .map_err(|_| bad(e.seq, "own unseen"))?
            .unwrap_or_default(),
        known_cursor: e.known_cursor,
        purpose: e.purpose.clone(),
        made_at: DateTime::parse_from_rfc3339(&e.created_at)
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_else(|_| Utc::now()),
    })
}

/// The next page: pending entries in order, at most [`PUSH_PAGE`] and [`MAX_PUSH_BYTES`]
/// (always at least one), with consecutive numbers (after a renumbering, entries the
/// server already has may still wait below the renumbered ones).
fn page(pending: &[OutboxEntry]) -> Result<Vec<Mutation>, SyncFailure> {
    let mut out: Vec<Mutation> = Vec::new();
    let mut bytes = 0;
    for e in pending {
        if out.last().is_some_and(|m| m.seq + 1 != e.seq) {
            break;
        }
        let m = to_mutation(e)?;
        let size = serde_json::to_vec(&m).map_or(0, |v| v.len()) + 1;
        if !out.is_empty() && bytes + size > MAX_PUSH_BYTES {
            break;
        }
        bytes += size;
        out.push(m);
    }
    Ok(out)
}

/// Push everything pending.
pub(crate) async fn push_all(
    store: &Store,
    http: &Http,
    token: &str,
    device_id: Uuid,
) -> Result<PushReport, SyncFailure> {
    let mut report = PushReport::default();
    // A sequence repair that does not take is not tried forever in one round.
    let mut repairs_left = 3;
    loop {
        let pending = store.sync().outbox_pending(PUSH_PAGE).await?;
        if pending.is_empty() {
            return Ok(report);
        }
        let mutations = page(&pending)?;
        let sent = mutations.len();
        let answer = http
            .push(
                token,
                &PushRequest {
                    device_id,
                    mutations,
                },
            )
            .await;
        let resp = match answer {
            Ok(resp) => resp,
            Err(e @ (SyncError::SequenceGap { .. } | SyncError::SequenceReused { .. }))
                if repairs_left > 0 =>
            {
                repairs_left -= 1;
                match e {
                    SyncError::SequenceGap { expected } => {
                        report.resent += store.sync().resend_from(expected).await?;
                    }
                    SyncError::SequenceReused { first, expected } => {
                        report.renumbered += store.sync().renumber_from(first, expected).await?;
                    }
                    _ => {}
                }
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        if resp.results.len() != sent {
            return Err(SyncError::Server {
                code: "push_answer_mismatch".into(),
            }
            .into());
        }
        store
            .sync()
            .record_answers(&pending[..sent], &resp.results, &mut report)
            .await?;
    }
}

/// Refusals after which the laptop may not keep the refused values (its role or caseload
/// no longer covers them).
fn may_keep_values(reason: RejectReason) -> bool {
    !matches!(
        reason,
        RejectReason::Forbidden | RejectReason::NotInCaseload
    )
}

impl SyncArea<'_> {
    /// Store the server's answers to `entries`, in one transaction.
    async fn record_answers(
        &self,
        entries: &[OutboxEntry],
        results: &[werkpad_domain::sync::MutationResult],
        report: &mut PushReport,
    ) -> Result<(), SyncFailure> {
        let now = Utc::now().to_rfc3339();
        let mut tx = self.store.pool().begin_with("BEGIN IMMEDIATE").await?;
        for (entry, result) in entries.iter().zip(results) {
            if result.seq != entry.seq {
                return Err(SyncError::Server {
                    code: "push_answer_mismatch".into(),
                }
                .into());
            }
            let outcome = match &result.outcome {
                Outcome::Duplicate { first } => first.as_ref(),
                other => other,
            };
            match outcome {
                Outcome::Applied { .. } | Outcome::Duplicate { .. } => report.applied += 1,
                Outcome::Conflict { .. } => report.conflicts += 1,
                Outcome::Rejected { reason } => {
                    report.rejected += 1;
                    let fields = may_keep_values(*reason).then_some(entry.fields.as_str());
                    sqlx::query(
                        "INSERT OR REPLACE INTO sync_rejections
                             (seq, entity, entity_id, resident_id, reason, at, op, fields)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    )
                    .bind(entry.seq)
                    .bind(&entry.entity)
                    .bind(&entry.entity_id)
                    .bind(&entry.resident_id)
                    .bind(reason.as_str())
                    .bind(&now)
                    .bind(&entry.op)
                    .bind(fields)
                    .execute(&mut *tx)
                    .await?;
                    // The laptop shows what the server has: fetch the file again.
                    sqlx::query(
                        "INSERT INTO sync_repair (resident_id, reason, at) VALUES (?, ?, ?)
                         ON CONFLICT DO NOTHING",
                    )
                    .bind(entry.resident_id.as_deref().unwrap_or(""))
                    .bind("rejected")
                    .bind(&now)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            // Only the names of the fields stay: the values are in the record.
            sqlx::query(
                "UPDATE outbox SET acked_at = ?, outcome = ?,
                     field_names = (SELECT json_group_array(key) FROM json_each(outbox.fields)),
                     fields = '{}'
                 WHERE seq = ?",
            )
            .bind(&now)
            .bind(serde_json::to_string(&result.outcome).unwrap_or_default())
            .bind(entry.seq)
            .execute(&mut *tx)
            .await?;
        }
        self.store
            .faults()
            .check(FaultPoint::PushAnswerBeforeCommit)?;
        tx.commit().await?;
        Ok(())
    }

    /// The server lost the changes from `expected` on (restored from a backup): make
    /// them pending again, each rebuilt from the record it changed as the laptop holds it
    /// now, claiming nothing seen (base 0), so a value someone else set meanwhile becomes a
    /// conflict, not an overwrite. A change whose record is gone from this laptop (or that
    /// resolved a conflict) can no longer be sent: it only fills its number. Returns how
    /// many were made pending.
    async fn resend_from(&self, expected: i64) -> Result<u64, SyncFailure> {
        let mut tx = self.store.pool().begin_with("BEGIN IMMEDIATE").await?;
        let (first_pending,): (Option<i64>,) =
            sqlx::query_as("SELECT min(seq) FROM outbox WHERE acked_at IS NULL")
                .fetch_one(&mut *tx)
                .await?;
        let end = first_pending.unwrap_or(i64::MAX);
        type Lost = (i64, String, String, String, Option<String>);
        let lost: Vec<Lost> = sqlx::query_as(
            "SELECT seq, entity, entity_id, op, field_names FROM outbox
             WHERE seq >= ? AND seq < ? AND acked_at IS NOT NULL ORDER BY seq",
        )
        .bind(expected)
        .bind(end)
        .fetch_all(&mut *tx)
        .await?;
        let mut made = 0;
        for (seq, entity, entity_id, op, names) in lost {
            let kind = EntityKind::parse(&entity);
            let doc: Option<(String,)> = match kind {
                Some(kind) => {
                    sqlx::query_as(sqlx::AssertSqlSafe(format!(
                        "SELECT data FROM {} WHERE id = ?",
                        table_of(kind)
                    )))
                    .bind(&entity_id)
                    .fetch_optional(&mut *tx)
                    .await?
                }
                None => None,
            };
            let doc: Option<Map<String, Value>> =
                doc.and_then(|(d,)| serde_json::from_str(&d).ok());
            let (op, fields) = match (op.as_str(), doc) {
                ("delete", _) => ("delete", Map::new()),
                ("create" | "append", Some(doc)) => (op.as_str(), doc),
                ("update", Some(doc)) => {
                    let names: Vec<String> = names
                        .as_deref()
                        .and_then(|n| serde_json::from_str(n).ok())
                        .unwrap_or_default();
                    let fields = names
                        .into_iter()
                        .map(|n| {
                            let v = doc.get(&n).cloned().unwrap_or(Value::Null);
                            (n, v)
                        })
                        .collect();
                    ("update", fields)
                }
                _ => ("void", Map::new()),
            };
            sqlx::query(
                "UPDATE outbox SET op = ?, fields = ?, base_version = 0, field_bases = NULL,
                     own_unseen = NULL, acked_at = NULL, outcome = NULL, field_names = NULL
                 WHERE seq = ?",
            )
            .bind(op)
            .bind(Value::Object(fields).to_string())
            .bind(seq)
            .execute(&mut *tx)
            .await?;
            made += 1;
        }
        // Numbers the laptop no longer has an entry for (purged with their resident):
        // filled with voids.
        let have: std::collections::BTreeSet<i64> =
            sqlx::query_as::<_, (i64,)>("SELECT seq FROM outbox WHERE seq >= ? AND seq < ?")
                .bind(expected)
                .bind(end)
                .fetch_all(&mut *tx)
                .await?
                .into_iter()
                .map(|(s,)| s)
                .collect();
        let now = Utc::now().to_rfc3339();
        for seq in (expected..end).filter(|s| !have.contains(s)) {
            sqlx::query(
                "INSERT INTO outbox (seq, device_id, entity, entity_id, op, fields,
                                     base_version, created_at)
                 VALUES (?, (SELECT device_id FROM device), '', '', 'void', '{}', 0, ?)",
            )
            .bind(seq)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
            made += 1;
        }
        tx.commit().await?;
        tracing::warn!(
            made,
            expected,
            "the server had lost changes; sending them again"
        );
        Ok(made)
    }

    /// This laptop reused numbers from `first` on that the server had applied from an
    /// older copy of it: number every pending change from `first` again, after the
    /// server's last one (`expected` on), and remember that the changes numbered
    /// `first..expected` were never seen here. Returns how many were renumbered.
    async fn renumber_from(&self, first: i64, expected: i64) -> Result<u64, SyncFailure> {
        if expected <= first {
            return Err(SyncError::Server {
                code: "sequence_reused".into(),
            }
            .into());
        }
        let shift = expected - first;
        let unseen = [first, expected - 1];
        let mut tx = self.store.pool().begin_with("BEGIN IMMEDIATE").await?;
        let rows: Vec<OutboxEntry> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {ENTRY_COLUMNS} FROM outbox WHERE seq >= ? ORDER BY seq"
        )))
        .bind(first)
        .fetch_all(&mut *tx)
        .await?;
        // Out of the way first (negative), then to their new numbers: no clash on the key.
        sqlx::query("UPDATE outbox SET seq = -seq WHERE seq >= ?")
            .bind(first)
            .execute(&mut *tx)
            .await?;
        for e in &rows {
            let mut ranges: Vec<[i64; 2]> = e
                .own_unseen
                .as_deref()
                .and_then(|u| serde_json::from_str(u).ok())
                .unwrap_or_default();
            ranges.push(unseen);
            sqlx::query("UPDATE outbox SET seq = ?, own_unseen = ? WHERE seq = ?")
                .bind(e.seq + shift)
                .bind(serde_json::to_string(&ranges).unwrap_or_default())
                .bind(-e.seq)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(
            "UPDATE device SET next_seq = next_seq + ?,
                 own_unseen = json_insert(own_unseen, '$[#]', json(?))",
        )
        .bind(shift)
        .bind(serde_json::to_string(&unseen).unwrap_or_default())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        tracing::warn!(
            count = rows.len(),
            first,
            expected,
            "this laptop reused sequence numbers (restored from an older copy); renumbered"
        );
        Ok(rows.len() as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(seq: i64, text_len: usize) -> OutboxEntry {
        OutboxEntry {
            seq,
            device_id: "d".into(),
            entity: "report".into(),
            entity_id: Uuid::now_v7().to_string(),
            resident_id: Some(Uuid::now_v7().to_string()),
            op: "append".into(),
            fields: serde_json::json!({ "text": "x".repeat(text_len) }).to_string(),
            base_version: 0,
            created_at: Utc::now().to_rfc3339(),
            purpose: None,
            field_bases: None,
            own_unseen: None,
            known_cursor: 0,
        }
    }

    #[test]
    fn pages_stay_under_the_byte_limit_and_always_carry_one() {
        // 500 long reports (20,000 characters each) are ~10 MB: more than the server takes.
        let long: Vec<OutboxEntry> = (1..=500).map(|s| entry(s, 20_000)).collect();
        let first = page(&long).expect("page");
        let bytes: usize = first
            .iter()
            .map(|m| serde_json::to_vec(m).map_or(0, |v| v.len()))
            .sum();
        assert!(
            bytes <= MAX_PUSH_BYTES && first.len() < 500,
            "a page of long reports is cut by size: {} mutations, {bytes} bytes",
            first.len()
        );
        let huge = vec![entry(1, 3 * MAX_PUSH_BYTES)];
        assert_eq!(
            page(&huge).map(|p| p.len()).ok(),
            Some(1),
            "one entry always goes, even a large one"
        );
    }
}
