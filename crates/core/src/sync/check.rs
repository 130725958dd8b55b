//! The self-check at the end of every round: the laptop sends, per resident, a digest of
//! the (entity, id, version) of what it holds; the server names the residents that differ
//! from what it may hold, and those it may no longer hold. The first are fetched again
//! whole (the server's copy wins; unsent changes here stay on top), the second removed.
//! Residents queued for a repair during the round (a refused change, a pulled change that
//! could not be stored) are fetched the same way. The status shows how often the check
//! had to repair something: after faults stop it should be never.

use std::collections::{BTreeSet, HashSet};

use chrono::Utc;
use uuid::Uuid;
use werkpad_domain::EntityKind;
use werkpad_domain::sync::{
    CheckRequest, MAX_REPAIR_RESIDENTS, RecordsRequest, ResidentDigest, digest_of_lines,
};

use super::apply::{Incoming, RecordsIn, apply_all};
use super::http::Http;
use super::pull::destroyed;
use super::{SyncError, SyncFailure};
use crate::store::Store;
use crate::store::faults::FaultPoint;
use crate::store::purge::{PurgeRule, purge_in};
use crate::store::records::table_of;
use crate::sync::SyncArea;

/// What the check found and did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct CheckReport {
    /// Residents whose copy differed from the server's and was fetched again.
    pub repaired: u64,
    /// Residents the laptop held but may not, removed.
    pub removed: u64,
    /// The shared records differed and were fetched again.
    pub shared_repaired: bool,
    /// Residents fetched again because a change of theirs was refused or set aside.
    pub refetched: u64,
}

impl CheckReport {
    /// Differences the check found (not counting files fetched for a known reason).
    pub fn repairs(&self) -> u64 {
        self.repaired + self.removed + u64::from(self.shared_repaired)
    }
}

/// Run the check and repair what it finds.
pub(crate) async fn check_and_repair(
    store: &Store,
    http: &Http,
    token: &str,
    device_id: Uuid,
) -> Result<CheckReport, SyncFailure> {
    let (residents, shared) = store.sync().holdings().await?;
    let destroyed: Vec<Uuid> = {
        let mut conn = store.pool().begin().await?;
        let d = destroyed(&mut conn).await?;
        conn.commit().await?;
        d.iter().filter_map(|r| Uuid::parse_str(r).ok()).collect()
    };
    let answer = http
        .check(
            token,
            &CheckRequest {
                device_id,
                residents,
                shared,
                destroyed,
            },
        )
        .await?;
    let mut report = CheckReport::default();
    if !answer.extra.is_empty() {
        let ids: Vec<String> = answer.extra.iter().map(Uuid::to_string).collect();
        let mut tx = store.pool().begin_with("BEGIN IMMEDIATE").await?;
        let gone = purge_in(store, &mut tx, &ids, PurgeRule::NotInScope).await?;
        tx.commit().await?;
        if !gone.is_empty() {
            store.after_purge().await?;
        }
        report.removed = answer.extra.len() as u64;
    }
    let queued: Vec<(String,)> = sqlx::query_as("SELECT resident_id FROM sync_repair")
        .fetch_all(store.pool())
        .await?;
    let queued_ids: BTreeSet<Uuid> = queued
        .iter()
        .filter_map(|(r,)| Uuid::parse_str(r).ok())
        .collect();
    let differ: BTreeSet<Uuid> = answer.differ.iter().copied().collect();
    report.repaired = differ.len() as u64;
    report.refetched = queued_ids.difference(&differ).count() as u64;
    report.shared_repaired = answer.shared_differs;
    let todo: Vec<Uuid> = differ.union(&queued_ids).copied().collect();
    for chunk in todo.chunks(MAX_REPAIR_RESIDENTS) {
        let resp = http
            .records(
                token,
                &RecordsRequest {
                    device_id,
                    residents: chunk.to_vec(),
                    shared: false,
                },
            )
            .await?;
        store.sync().apply_repair(chunk, &resp, false).await?;
    }
    if answer.shared_differs || queued.iter().any(|(r,)| r.is_empty()) {
        let resp = http
            .records(
                token,
                &RecordsRequest {
                    device_id,
                    residents: Vec::new(),
                    shared: true,
                },
            )
            .await?;
        store.sync().apply_repair(&[], &resp, true).await?;
    }
    let repairs = report.repairs();
    if repairs > 0 {
        tracing::warn!(
            repaired = report.repaired,
            removed = report.removed,
            shared = report.shared_repaired,
            "the self-check found differences and repaired them"
        );
        sqlx::query(
            "UPDATE sync_state SET repairs = repairs + ?, last_repair_at = ? WHERE singleton = 1",
        )
        .bind(i64::try_from(repairs).unwrap_or(i64::MAX))
        .bind(Utc::now().to_rfc3339())
        .execute(store.pool())
        .await?;
    }
    Ok(report)
}

/// The tables of records that belong to one resident (the residents table aside).
fn resident_tables() -> impl Iterator<Item = EntityKind> {
    EntityKind::ALL
        .iter()
        .copied()
        .filter(|k| !k.is_shared() && *k != EntityKind::Resident)
}

/// The tables of shared records.
fn shared_tables() -> impl Iterator<Item = EntityKind> {
    EntityKind::ALL
        .iter()
        .copied()
        .filter(EntityKind::is_shared)
}

impl SyncArea<'_> {
    /// Per resident, the digest of what this laptop holds at a server version; and the
    /// digest of the shared records. A resident made here and not yet pulled back is left
    /// out (the server does not expect it yet).
    pub(crate) async fn holdings(&self) -> Result<(Vec<ResidentDigest>, String), SyncFailure> {
        let mut parts = vec![
            "SELECT id AS r, 'resident' AS e, id, version FROM residents WHERE version > 0"
                .to_owned(),
            "SELECT resident_id, 'conflict', id, version FROM sync_conflicts".to_owned(),
        ];
        parts.extend(resident_tables().map(|k| {
            format!(
                "SELECT resident_id, '{}', id, version FROM {} WHERE version > 0",
                k.as_str(),
                table_of(k)
            )
        }));
        parts.extend(shared_tables().map(|k| {
            format!(
                "SELECT NULL, '{}', id, version FROM {} WHERE version > 0",
                k.as_str(),
                table_of(k)
            )
        }));
        // The lines of each resident's digest, sorted and joined by SQLite (BINARY
        // collation: bytewise, as the server's COLLATE "C"); a resident made here and not
        // pulled back yet is left out.
        let sql = format!(
            "SELECT r, group_concat(e || ':' || id || ':' || version || char(10), '' ORDER BY e, id)
             FROM ({}) WHERE r IS NULL OR r NOT IN (SELECT id FROM residents WHERE version = 0)
             GROUP BY r",
            parts.join(" UNION ALL ")
        );
        let rows: Vec<(Option<String>, String)> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .fetch_all(self.store.pool())
            .await?;
        let mut residents = Vec::with_capacity(rows.len());
        let mut shared = digest_of_lines("");
        for (resident, lines) in rows {
            match resident {
                None => shared = digest_of_lines(&lines),
                Some(r) => {
                    if let Ok(resident_id) = Uuid::parse_str(&r) {
                        residents.push(ResidentDigest {
                            resident_id,
                            digest: digest_of_lines(&lines),
                        });
                    }
                }
            }
        }
        Ok((residents, shared))
    }

    /// Replace this laptop's copy of `asked` (or of the shared records) with the server's
    /// `resp`: its records stored whatever their local version, records the server does
    /// not have removed (unless a change of theirs is still unsent here), and residents
    /// the server no longer lets this user hold purged. One transaction.
    async fn apply_repair(
        &self,
        asked: &[Uuid],
        resp: &RecordsIn,
        shared: bool,
    ) -> Result<(), SyncFailure> {
        let mut tx = self.store.pool().begin_with("BEGIN IMMEDIATE").await?;
        let allowed: HashSet<Uuid> = resp.residents.iter().copied().collect();
        let refused: Vec<String> = asked
            .iter()
            .filter(|r| !allowed.contains(r))
            .map(Uuid::to_string)
            .collect();
        let purged = purge_in(self.store, &mut tx, &refused, PurgeRule::NotInScope).await?;
        let destroyed = destroyed(&mut tx).await?;
        let changes: Vec<&Incoming> = resp
            .changes
            .iter()
            .filter(|c| {
                c.resident_id
                    .is_none_or(|r| !destroyed.contains(&r.to_string()))
            })
            .collect();
        let on_server: HashSet<(String, String)> = changes
            .iter()
            .map(|c| (c.entity.clone(), c.entity_id.to_string()))
            .collect();
        let (_, aside) = apply_all(&mut tx, &changes, true).await?;
        if !aside.is_empty() {
            // Still cannot be stored: stays queued, and is tried again next round.
            tracing::warn!(count = aside.len(), "repaired records could not be stored");
            return Err(SyncError::Server {
                code: "repair_not_stored".into(),
            }
            .into());
        }
        let unsent: HashSet<String> =
            sqlx::query_as::<_, (String,)>("SELECT entity_id FROM outbox WHERE acked_at IS NULL")
                .fetch_all(&mut *tx)
                .await?
                .into_iter()
                .map(|(e,)| e)
                .collect();
        // What the laptop has of these residents (or of the shared data) that the server
        // does not: gone, unless it waits to be sent.
        let mut local: Vec<(String, String)> = Vec::new();
        if shared {
            for k in shared_tables() {
                let ids: Vec<(String,)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                    "SELECT id FROM {}",
                    table_of(k)
                )))
                .fetch_all(&mut *tx)
                .await?;
                local.extend(ids.into_iter().map(|(id,)| (k.as_str().to_owned(), id)));
            }
            let conflicts: Vec<(String,)> =
                sqlx::query_as("SELECT id FROM sync_conflicts WHERE resident_id IS NULL")
                    .fetch_all(&mut *tx)
                    .await?;
            local.extend(
                conflicts
                    .into_iter()
                    .map(|(id,)| ("conflict".to_owned(), id)),
            );
        }
        for r in resp.residents.iter().map(Uuid::to_string) {
            let mut ids: Vec<(String, String)> = Vec::new();
            for k in resident_tables() {
                let rows: Vec<(String,)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                    "SELECT id FROM {} WHERE resident_id = ?",
                    table_of(k)
                )))
                .bind(&r)
                .fetch_all(&mut *tx)
                .await?;
                ids.extend(rows.into_iter().map(|(id,)| (k.as_str().to_owned(), id)));
            }
            let conflicts: Vec<(String,)> =
                sqlx::query_as("SELECT id FROM sync_conflicts WHERE resident_id = ?")
                    .bind(&r)
                    .fetch_all(&mut *tx)
                    .await?;
            ids.extend(
                conflicts
                    .into_iter()
                    .map(|(id,)| ("conflict".to_owned(), id)),
            );
            let has_resident: Option<(String,)> =
                sqlx::query_as("SELECT id FROM residents WHERE id = ?")
                    .bind(&r)
                    .fetch_optional(&mut *tx)
                    .await?;
            if has_resident.is_some() {
                // Last: removing the resident removes its records with it.
                ids.push(("resident".to_owned(), r.clone()));
            }
            local.extend(ids);
        }
        let mut removed_resident = false;
        for (entity, id) in local {
            if on_server.contains(&(entity.clone(), id.clone())) || unsent.contains(&id) {
                continue;
            }
            let table = if entity == "conflict" {
                "sync_conflicts"
            } else {
                match EntityKind::parse(&entity) {
                    Some(k) => table_of(k),
                    None => continue,
                }
            };
            // A record at version 0 never came from the server: it goes only when the
            // server has answered its change (and so refused it), not when it was never
            // sent (reference data installed here for a demo).
            let (version, answered): (i64, bool) = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT coalesce((SELECT version FROM {table} WHERE id = ?1), 0),
                        EXISTS (SELECT 1 FROM outbox WHERE entity_id = ?1 AND acked_at IS NOT NULL)"
            )))
            .bind(&id)
            .fetch_one(&mut *tx)
            .await?;
            if version == 0 && !answered {
                continue;
            }
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "DELETE FROM {table} WHERE id = ?"
            )))
            .bind(&id)
            .execute(&mut *tx)
            .await?;
            removed_resident |= entity == "resident";
        }
        if removed_resident {
            sqlx::query("INSERT INTO resident_search (resident_search) VALUES ('rebuild')")
                .execute(&mut *tx)
                .await?;
        }
        for r in asked {
            sqlx::query("DELETE FROM sync_repair WHERE resident_id = ?")
                .bind(r.to_string())
                .execute(&mut *tx)
                .await?;
        }
        if shared {
            sqlx::query("DELETE FROM sync_repair WHERE resident_id = ''")
                .execute(&mut *tx)
                .await?;
        }
        self.store.faults().check(FaultPoint::RepairBeforeCommit)?;
        tx.commit().await?;
        if !purged.is_empty() {
            self.store.after_purge().await?;
        }
        Ok(())
    }
}
