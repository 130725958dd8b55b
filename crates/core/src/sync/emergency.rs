//! Break-the-glass on the laptop: ask the server for a file outside the caseload (online
//! only, with a reason), keep when each such access ends, and end it at that moment even
//! offline; for a team lead, the server's notices of the accesses coaches took.
//!
//! The file itself arrives with the next pull, like an assigned file. At expiry the server
//! tells the laptop to purge it; [`end_expired`] does the same here by itself, so an access
//! taken before a week offline does not last the week.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::{Sqlite, Transaction};
use uuid::Uuid;
use werkpad_domain::sync::emergency::{
    EmergencyGrant, EmergencyNotice, EmergencyReason, EmergencyRequest, NoticesRequest,
};

use super::http::Http;
use super::{SyncArea, SyncError, SyncFailure};
use crate::error::{Result, StoreError};
use crate::store::Store;
use crate::store::purge::{PurgeRule, purge_in};

/// A running access to a file outside the caseload, for the file's banner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct EmergencyAccess {
    /// The resident.
    pub resident_id: String,
    /// When it ends (RFC 3339, UTC).
    pub expires_at: String,
}

/// What a team lead is told (as stored on the laptop).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, ts_rs::TS)]
pub struct Notice {
    /// The grant.
    pub id: String,
    /// The coach who took the access.
    pub coach: String,
    /// Whose file.
    pub resident_id: String,
    /// Why (code of [`EmergencyReason`]).
    #[ts(type = "EmergencyReason")]
    pub reason: String,
    /// In the coach's words.
    pub explanation: String,
    /// When (RFC 3339).
    pub granted_at: String,
    /// Until when (RFC 3339).
    pub expires_at: String,
}

impl SyncArea<'_> {
    /// Ask the server for the file of the resident with `bsn`. On success the file comes
    /// with the next round (the caller starts one).
    pub async fn request_emergency_access(
        &self,
        bsn: &str,
        reason: EmergencyReason,
        explanation: &str,
    ) -> std::result::Result<EmergencyGrant, SyncFailure> {
        let req = EmergencyRequest {
            device_id: self.device_uuid()?,
            bsn: bsn.to_owned(),
            reason,
            explanation: explanation.trim().to_owned(),
        };
        // The same checks as the server's, so the coach sees which field to fix.
        req.check().map_err(StoreError::Validation)?;
        let account = self.account().await?.ok_or(SyncError::NotLoggedIn)?;
        let http = Http::new(&account.server_url)?;
        let token = self.access_token(&http, false).await?;
        let grant = match http.emergency(&token, &req).await {
            Err(SyncError::TokenExpired) => {
                let token = self.access_token(&http, true).await?;
                http.emergency(&token, &req).await
            }
            other => other,
        }
        .map_err(|e| match e {
            SyncError::Server { code } if code == "not_found" => SyncError::NoSuchResident,
            SyncError::Server { code } if code == "forbidden" => SyncError::Forbidden,
            other => other,
        })?;
        let mut tx = self.store.pool().begin_with("BEGIN IMMEDIATE").await?;
        keep(&mut tx, &grant).await?;
        tx.commit().await?;
        Ok(grant)
    }

    /// The running accesses to files outside the caseload, soonest end first.
    pub async fn emergency_accesses(&self) -> Result<Vec<EmergencyAccess>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT resident_id, expires_at FROM emergency_access ORDER BY expires_at",
        )
        .fetch_all(self.store.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(resident_id, expires_at)| EmergencyAccess {
                resident_id,
                expires_at,
            })
            .collect())
    }

    /// For a team lead: the accesses coaches took in the last 30 days, newest first.
    pub async fn emergency_notices(&self) -> Result<Vec<Notice>> {
        Ok(sqlx::query_as(
            "SELECT id, coach, resident_id, reason, explanation, granted_at, expires_at
             FROM emergency_notices ORDER BY granted_at DESC, id",
        )
        .fetch_all(self.store.pool())
        .await?)
    }
}

async fn keep(tx: &mut Transaction<'static, Sqlite>, grant: &EmergencyGrant) -> Result<()> {
    sqlx::query(
        "INSERT INTO emergency_access (resident_id, expires_at) VALUES (?, ?)
         ON CONFLICT (resident_id) DO UPDATE SET expires_at = excluded.expires_at",
    )
    .bind(grant.resident_id.to_string())
    .bind(stamp(grant.expires_at))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Fixed-width UTC, so the text order is the time order.
fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// The server's list of running accesses, as a pull page brings it: it replaces ours.
pub(crate) async fn replace_running(
    tx: &mut Transaction<'static, Sqlite>,
    running: &[EmergencyGrant],
) -> Result<()> {
    sqlx::query("DELETE FROM emergency_access")
        .execute(&mut **tx)
        .await?;
    for grant in running {
        keep(tx, grant).await?;
    }
    Ok(())
}

/// Purge every file whose access ended by `now`; the residents purged.
pub(crate) async fn end_expired(store: &Store, now: DateTime<Utc>) -> Result<Vec<String>> {
    let due: Vec<(String,)> =
        sqlx::query_as("SELECT resident_id FROM emergency_access WHERE expires_at <= ?")
            .bind(stamp(now))
            .fetch_all(store.pool())
            .await?;
    if due.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<String> = due.into_iter().map(|(r,)| r).collect();
    let mut tx = store.pool().begin_with("BEGIN IMMEDIATE").await?;
    let gone = purge_in(store, &mut tx, &ids, PurgeRule::CaseloadLeft).await?;
    for id in &ids {
        sqlx::query("DELETE FROM emergency_access WHERE resident_id = ? AND expires_at <= ?")
            .bind(id)
            .bind(stamp(now))
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    if !gone.is_empty() {
        store.after_purge().await?;
    }
    Ok(gone)
}

/// For a team lead: fetch the notices of the last 30 days and keep them in place of the
/// old ones (an older notice is no longer news; the server keeps them all). Any other
/// role keeps none: a team lead who became a coach again loses them at her next round.
pub(crate) async fn fetch_notices(
    store: &Store,
    http: &Http,
    token: &str,
    device_id: Uuid,
    role: Option<&str>,
) -> std::result::Result<usize, SyncFailure> {
    let notices = if role == Some(werkpad_domain::sync::Role::Teamleider.as_str()) {
        let asked = http
            .emergency_notices(
                token,
                &NoticesRequest {
                    device_id,
                    since: None,
                },
            )
            .await;
        match asked {
            Ok(n) => n,
            // The role changed on the server after this round's pull: none to keep.
            Err(SyncError::Server { code }) if code == "forbidden" => Vec::new(),
            Err(e) => return Err(e.into()),
        }
    } else {
        Vec::new()
    };
    let mut tx = store.pool().begin_with("BEGIN IMMEDIATE").await?;
    sqlx::query("DELETE FROM emergency_notices")
        .execute(&mut *tx)
        .await?;
    for n in &notices {
        store_notice(&mut tx, n).await?;
    }
    sqlx::query("UPDATE sync_state SET notices_fetched_at = ? WHERE singleton = 1")
        .bind(stamp(Utc::now()))
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(notices.len())
}

async fn store_notice(tx: &mut Transaction<'static, Sqlite>, n: &EmergencyNotice) -> Result<()> {
    sqlx::query(
        "INSERT INTO emergency_notices
             (id, coach, resident_id, reason, explanation, granted_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(n.id.to_string())
    .bind(&n.coach)
    .bind(n.resident_id.to_string())
    .bind(n.reason.as_str())
    .bind(&n.explanation)
    .bind(stamp(n.granted_at))
    .bind(stamp(n.expires_at))
    .execute(&mut **tx)
    .await?;
    Ok(())
}
