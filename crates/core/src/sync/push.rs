//! Push: send pending outbox entries in pages, in order; record the server's answer for
//! each in the same local transaction that marks it acknowledged.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use uuid::Uuid;
use werkpad_domain::EntityKind;
use werkpad_domain::sync::{Mutation, MutationOp, Outcome, PushRequest};

use super::http::Http;
use super::{SyncError, SyncFailure};
use crate::store::Store;
use crate::store::outbox::OutboxEntry;
use crate::store::records::table_of;

/// Mutations per push page.
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
}

fn to_mutation(e: &OutboxEntry) -> Result<Mutation, SyncFailure> {
    let bad = |what: &str| {
        SyncFailure::Store(crate::StoreError::Secrets(format!(
            "outbox {}: {what}",
            e.seq
        )))
    };
    let op = match e.op.as_str() {
        "create" => MutationOp::Create,
        "update" => MutationOp::Update,
        "append" => MutationOp::Append,
        "delete" => MutationOp::Delete,
        _ => return Err(bad("op")),
    };
    let fields: Map<String, Value> = serde_json::from_str(&e.fields).map_err(|_| bad("fields"))?;
    Ok(Mutation {
        seq: e.seq,
        entity: e.entity.clone(),
        entity_id: Uuid::parse_str(&e.entity_id).map_err(|_| bad("entity id"))?,
        resident_id: e
            .resident_id
            .as_deref()
            .map(Uuid::parse_str)
            .transpose()
            .map_err(|_| bad("resident id"))?,
        op,
        fields,
        base_version: e.base_version,
        purpose: e.purpose.clone(),
        made_at: DateTime::parse_from_rfc3339(&e.created_at)
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_else(|_| Utc::now()),
    })
}

/// Push everything pending.
pub(crate) async fn push_all(
    store: &Store,
    http: &Http,
    token: &str,
    device_id: Uuid,
) -> Result<PushReport, SyncFailure> {
    let mut report = PushReport::default();
    loop {
        let pending = store.outbox_pending(PUSH_PAGE).await?;
        if pending.is_empty() {
            return Ok(report);
        }
        let mutations = pending
            .iter()
            .map(to_mutation)
            .collect::<Result<Vec<_>, _>>()?;
        let resp = http
            .push(
                token,
                &PushRequest {
                    device_id,
                    mutations,
                },
            )
            .await?;
        if resp.results.len() != pending.len() {
            return Err(SyncError::Server {
                code: "push_answer_mismatch".into(),
            }
            .into());
        }
        let now = Utc::now().to_rfc3339();
        let mut tx = store.pool().begin().await?;
        for (entry, result) in pending.iter().zip(&resp.results) {
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
                Outcome::Applied { version } | Outcome::Conflict { version, .. } => {
                    if matches!(outcome, Outcome::Conflict { .. }) {
                        report.conflicts += 1;
                    } else {
                        report.applied += 1;
                    }
                    // Later edits of this record build on the server's version. The pull
                    // still brings the server's whole document at this version (it applies
                    // versions >= the local one), so fields merged in from elsewhere arrive.
                    if let Some(kind) = EntityKind::parse(&entry.entity)
                        && !kind.is_append_only()
                    {
                        let sql = format!(
                            "UPDATE {} SET version = max(version, ?) WHERE id = ?",
                            table_of(kind)
                        );
                        sqlx::query(sqlx::AssertSqlSafe(sql))
                            .bind(version)
                            .bind(&entry.entity_id)
                            .execute(&mut *tx)
                            .await?;
                    }
                }
                Outcome::Rejected { reason } => {
                    report.rejected += 1;
                    sqlx::query(
                        "INSERT OR REPLACE INTO sync_rejections
                             (seq, entity, entity_id, resident_id, reason, at)
                         VALUES (?, ?, ?, ?, ?, ?)",
                    )
                    .bind(entry.seq)
                    .bind(&entry.entity)
                    .bind(&entry.entity_id)
                    .bind(&entry.resident_id)
                    .bind(reason.as_str())
                    .bind(&now)
                    .execute(&mut *tx)
                    .await?;
                }
                Outcome::Duplicate { .. } => report.applied += 1,
            }
            sqlx::query("UPDATE outbox SET acked_at = ?, outcome = ? WHERE seq = ?")
                .bind(&now)
                .bind(serde_json::to_string(&result.outcome).unwrap_or_default())
                .bind(entry.seq)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
    }
}
