//! The local audit log: who did what, when, to which resident, and why.
//!
//! Entries hold ids, never names, BSNs, search text or other content. Besides changes and
//! reads of a file, a settled search writes one entry per resident it showed and a page of
//! the caseload list one entry of its own ([`crate::store::search`]). The table refuses
//! updates and deletes (triggers in the migration), and every entry is written inside the
//! transaction of the change or read it records.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::{Sqlite, Transaction};
use werkpad_domain::{EntityKind, Purpose};

use crate::error::Result;

super::area!(
    /// The audit trail: what was done with whose data, read back.
    AuditArea,
    audit
);

/// What was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    /// A record was created.
    Create,
    /// A record was changed.
    Update,
    /// An append-only record was added.
    Append,
    /// A resident's file was opened.
    Read,
    /// A resident was in the result of a settled search (one entry per resident shown;
    /// the query itself is never stored).
    Search,
    /// A page of the caseload list was shown (no resident: the page lists many).
    CaseloadView,
    /// Health data (special category) was shown.
    ReadHealth,
    /// Data left the store (print, export).
    Export,
    /// A resident's file was destroyed (retention).
    Destroy,
    /// A resident left this coach's caseload on the server and was removed from the laptop.
    Purge,
}

impl AuditAction {
    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Update => "update",
            Self::Append => "append",
            Self::Read => "read",
            Self::Search => "search",
            Self::CaseloadView => "caseload_view",
            Self::ReadHealth => "read_health",
            Self::Export => "export",
            Self::Destroy => "destroy",
            Self::Purge => "purge_caseload",
        }
    }
}

/// One audit entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// When.
    pub at: DateTime<Utc>,
    /// Who (staff id).
    pub actor_id: String,
    /// On which device.
    pub device_id: String,
    /// Which resident, if one.
    pub resident_id: Option<String>,
    /// What.
    pub action: AuditAction,
    /// Which kind of record.
    pub entity: Option<EntityKind>,
    /// Which record.
    pub entity_id: Option<String>,
    /// Why: the purpose of the processing.
    pub purpose: Option<Purpose>,
    /// The stated reason, where the law asks for one (health data).
    pub reason: Option<String>,
}

/// An audit entry as read back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct AuditRow {
    /// Position in the log.
    pub id: i64,
    /// When (RFC 3339).
    pub at: String,
    /// Who.
    pub actor_id: String,
    /// Which resident.
    pub resident_id: Option<String>,
    /// What.
    pub action: String,
    /// Which kind of record.
    pub entity: Option<String>,
    /// Which record.
    pub entity_id: Option<String>,
    /// Why.
    pub purpose: Option<String>,
}

pub(crate) async fn append(tx: &mut Transaction<'static, Sqlite>, e: &AuditEntry) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (at, actor_id, device_id, resident_id, action, entity, entity_id,
                                purpose, reason)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(e.at.to_rfc3339())
    .bind(&e.actor_id)
    .bind(&e.device_id)
    .bind(&e.resident_id)
    .bind(e.action.as_str())
    .bind(e.entity.map(|k| k.as_str()))
    .bind(&e.entity_id)
    .bind(e.purpose.map(|p| p.as_str()))
    .bind(&e.reason)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl AuditArea<'_> {
    /// The audit trail of one resident, oldest first.
    pub async fn for_resident(&self, resident_id: &str) -> Result<Vec<AuditRow>> {
        Ok(sqlx::query_as(
            "SELECT id, at, actor_id, resident_id, action, entity, entity_id, purpose
             FROM audit_log WHERE resident_id = ? ORDER BY id",
        )
        .bind(resident_id)
        .fetch_all(self.store.pool())
        .await?)
    }

    /// Number of audit entries (doctor, tests).
    pub async fn count(&self) -> Result<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT count(*) FROM audit_log")
            .fetch_one(self.store.pool())
            .await?;
        Ok(n)
    }
}
