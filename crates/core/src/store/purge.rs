//! Taking residents off this laptop: the one place that does it, for every reason
//! (retention, a resident who left the caseload, one the coach's role may no longer hold).
//!
//! A purge removes the file and its records (cascade), its open conflicts, the values of
//! its refused changes (the refusal itself stays, as ids, for the coach to see), pending
//! repairs, and the answered outbox entries that name it; the search index is
//! merged afterwards so no token of the file stays in its segments, the WAL is truncated,
//! and the print folder is emptied. Changes the coach made and the server has not answered
//! yet stay in the outbox until it has: they are her work, and the server decides (a
//! resident handed over while she was offline still receives them). Each purge leaves
//! proof without content: an audit entry per resident and a destruction-log row.

use chrono::Utc;
use sqlx::{Sqlite, Transaction};
use werkpad_domain::EntityKind;

use super::Store;
use super::audit::{self, AuditAction, AuditEntry};
use crate::error::Result;
use crate::store::print_folder::PrintFolder;

/// Why residents leave the laptop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PurgeRule {
    /// Their retention period ended: destroyed, and never taken back from the server.
    Retention,
    /// They left the coach's caseload on the server.
    CaseloadLeft,
    /// The self-check found the coach may not hold them (another role, a missed purge).
    NotInScope,
}

impl PurgeRule {
    /// The name in the destruction log and the audit entry's reason.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Retention => "retention",
            Self::CaseloadLeft => "caseload_left",
            Self::NotInScope => "not_in_scope",
        }
    }
}

/// Purge `ids` in `tx`. Returns the ids that were on the laptop.
pub(crate) async fn purge_in(
    store: &Store,
    tx: &mut Transaction<'static, Sqlite>,
    ids: &[String],
    rule: PurgeRule,
) -> Result<Vec<String>> {
    let mut gone = Vec::new();
    let now = Utc::now();
    for id in ids {
        let held = sqlx::query("DELETE FROM residents WHERE id = ?")
            .bind(id)
            .execute(&mut **tx)
            .await?
            .rows_affected()
            > 0;
        for sql in [
            "DELETE FROM outbox WHERE resident_id = ? AND acked_at IS NOT NULL",
            "DELETE FROM sync_conflicts WHERE resident_id = ?",
            // The coach still learns that a change was refused, without its content.
            "UPDATE sync_rejections SET fields = NULL WHERE resident_id = ?",
            "DELETE FROM sync_repair WHERE resident_id = ?",
        ] {
            sqlx::query(sql).bind(id).execute(&mut **tx).await?;
        }
        if rule == PurgeRule::Retention {
            sqlx::query(
                "INSERT INTO destroyed_residents (resident_id, rule, at) VALUES (?, ?, ?)
                 ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(rule.as_str())
            .bind(now.to_rfc3339())
            .execute(&mut **tx)
            .await?;
        }
        if !held {
            continue;
        }
        let device = store.device();
        audit::append(
            tx,
            &AuditEntry {
                at: now,
                actor_id: device.coach.id.to_string(),
                device_id: device.device_id.clone(),
                resident_id: Some(id.clone()),
                action: if rule == PurgeRule::Retention {
                    AuditAction::Destroy
                } else {
                    AuditAction::Purge
                },
                entity: Some(EntityKind::Resident),
                entity_id: Some(id.clone()),
                purpose: None,
                reason: Some(rule.as_str().into()),
            },
        )
        .await?;
        gone.push(id.clone());
    }
    if !gone.is_empty() {
        // In the same transaction: no moment exists where the file is gone and its tokens
        // are not (and no other connection works on the index in between).
        sqlx::query("INSERT INTO resident_search (resident_search) VALUES ('rebuild')")
            .execute(&mut **tx)
            .await?;
        sqlx::query(
            "INSERT INTO destruction_log (at, rule, resident_ids, count) VALUES (?, ?, ?, ?)",
        )
        .bind(now.to_rfc3339())
        .bind(rule.as_str())
        .bind(serde_json::Value::from(gone.clone()).to_string())
        .bind(i64::try_from(gone.len()).unwrap_or(i64::MAX))
        .execute(&mut **tx)
        .await?;
    }
    Ok(gone)
}

impl super::upkeep::UpkeepArea<'_> {
    /// Rebuild the search index from the residents on this laptop: nothing of a removed
    /// file stays in its segments.
    pub async fn rebuild_search_index(&self) -> Result<()> {
        sqlx::query("INSERT INTO resident_search (resident_search) VALUES ('rebuild')")
            .execute(self.store.pool())
            .await?;
        Ok(())
    }
}

impl Store {
    /// After a committed purge: move the WAL into the file and truncate it, and empty the
    /// print folder (a preview of a purged file must not outlive it).
    pub(crate) async fn after_purge(&self) -> Result<()> {
        self.checkpoint().await?;
        PrintFolder::new(self.data_dir().root()).clean()?;
        Ok(())
    }
}
