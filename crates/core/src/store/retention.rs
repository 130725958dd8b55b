//! Retention on the laptop: a resident whose trajecten have all ended is destroyed once the
//! longest retention period of those endings has passed (DOMAIN.md: 10 years, 5 years,
//! 42 days). Destruction removes the file, its records (cascade), its search entry and any
//! unsent outbox entries, overwrites the freed pages (`secure_delete`), and leaves proof: an
//! audit entry per resident and a destruction-log row with the count and ids.

use chrono::{NaiveDate, Utc};
use serde::Serialize;
use werkpad_domain::{EntityKind, Purpose, ResidentId, TrajectEnd, retention};

use super::Store;
use super::audit::AuditAction;
use crate::error::{Result, StoreError};

/// What a purge destroyed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PurgeReport {
    /// The residents whose files were destroyed.
    pub destroyed: Vec<ResidentId>,
}

impl Store {
    /// Destroy every file whose retention period ended on or before `today`.
    pub async fn purge_expired(&self, today: NaiveDate) -> Result<PurgeReport> {
        // Only the end decision of each traject is read (not the whole document): this runs
        // at every unlock, over every ended traject of the caseload.
        let rows: Vec<(String, String, Option<String>)> = sqlx::query_as(
            "SELECT id, resident_id, json_extract(data, '$.end') FROM trajecten
             WHERE resident_id IN (
                 SELECT resident_id FROM trajecten GROUP BY resident_id
                 HAVING sum(state IS NOT 'ended') = 0)
             ORDER BY resident_id",
        )
        .fetch_all(self.pool())
        .await?;
        let mut latest: std::collections::BTreeMap<String, NaiveDate> = Default::default();
        for (id, resident_id, end) in rows {
            let Some(end) = end else { continue };
            let end: TrajectEnd =
                serde_json::from_str(&end).map_err(|source| StoreError::Corrupt {
                    entity: EntityKind::Traject,
                    id,
                    source,
                })?;
            let date = retention::destroy_after(end.reason, end.ended_on);
            let entry = latest.entry(resident_id).or_insert(date);
            *entry = (*entry).max(date);
        }
        let due: Vec<String> = latest
            .into_iter()
            .filter(|(_, date)| *date <= today)
            .map(|(id, _)| id)
            .collect();
        if due.is_empty() {
            return Ok(PurgeReport {
                destroyed: Vec::new(),
            });
        }
        let mut w = self.writer(Purpose::Guidance).await?;
        for id in &due {
            sqlx::query("DELETE FROM outbox WHERE resident_id = ? AND acked_at IS NULL")
                .bind(id)
                .execute(&mut **w.tx())
                .await?;
            sqlx::query("DELETE FROM residents WHERE id = ?")
                .bind(id)
                .execute(&mut **w.tx())
                .await?;
            w.audit(
                AuditAction::Destroy,
                Some(id),
                Some((EntityKind::Resident, id)),
                None,
            )
            .await?;
        }
        sqlx::query(
            "INSERT INTO destruction_log (at, rule, resident_ids, count) VALUES (?, ?, ?, ?)",
        )
        .bind(Utc::now().to_rfc3339())
        .bind("retention")
        .bind(serde_json::Value::from(due.clone()).to_string())
        .bind(i64::try_from(due.len()).unwrap_or(i64::MAX))
        .execute(&mut **w.tx())
        .await?;
        w.commit().await?;
        tracing::info!(count = due.len(), "retention: files destroyed");
        let destroyed = due
            .iter()
            .filter_map(|id| uuid::Uuid::parse_str(id).ok().map(ResidentId::from_uuid))
            .collect();
        Ok(PurgeReport { destroyed })
    }
}
