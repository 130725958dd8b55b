//! Retention on the laptop: a resident whose trajecten have all ended is destroyed once the
//! longest retention period of those endings has passed (DOMAIN.md: 10 years, 5 years,
//! 42 days), through [`super::purge`] (file, records, search tokens, proof).
//!
//! A file with changes the server has not answered yet waits until it has: those changes
//! (often the ending itself, backdated) must reach the server, which keeps the file by the
//! same rule; destroying them here would lose them and leave a gap in the device's
//! sequence. The purge after the next sync destroys the file.

use chrono::NaiveDate;
use serde::Serialize;
use werkpad_domain::{EntityKind, ResidentId, TrajectEnd, retention};

use super::purge::{PurgeRule, purge_in};
use crate::error::{Result, StoreError};
use crate::store::upkeep::UpkeepArea;

/// What a purge destroyed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PurgeReport {
    /// The residents whose files were destroyed.
    pub destroyed: Vec<ResidentId>,
    /// Residents due for destruction whose unsent changes must reach the server first.
    pub waiting_for_sync: usize,
}

impl UpkeepArea<'_> {
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
        .fetch_all(self.store.pool())
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
                waiting_for_sync: 0,
            });
        }
        let mut tx = self.store.pool().begin_with("BEGIN IMMEDIATE").await?;
        let unsent: std::collections::BTreeSet<String> = sqlx::query_as::<_, (String,)>(
            "SELECT DISTINCT resident_id FROM outbox
             WHERE acked_at IS NULL AND resident_id IS NOT NULL",
        )
        .fetch_all(&mut *tx)
        .await?
        .into_iter()
        .map(|(r,)| r)
        .collect();
        let (waiting, now): (Vec<String>, Vec<String>) =
            due.into_iter().partition(|id| unsent.contains(id));
        let gone = purge_in(self.store, &mut tx, &now, PurgeRule::Retention).await?;
        tx.commit().await?;
        if !gone.is_empty() {
            self.store.after_purge().await?;
            tracing::info!(count = gone.len(), "retention: files destroyed");
        }
        let destroyed = gone
            .iter()
            .filter_map(|id| uuid::Uuid::parse_str(id).ok().map(ResidentId::from_uuid))
            .collect();
        Ok(PurgeReport {
            destroyed,
            waiting_for_sync: waiting.len(),
        })
    }
}
