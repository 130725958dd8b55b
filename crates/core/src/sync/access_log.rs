//! This laptop's access log to the server: every entry after the last one the server
//! stored, in pages, as ids and codes (the coach's free-text reason stays here), so the FG
//! sees offline reads, searches and changes in the server's log. Sent after the push and
//! before the pull, which may purge a file (and with it nothing of its log is lost).

use uuid::Uuid;
use werkpad_domain::sync::{AuditUpload, DeviceAuditEntry, MAX_AUDIT_UPLOAD};

use super::SyncFailure;
use super::http::Http;
use crate::store::Store;

/// Rows of the local log: id, at, resident, action, entity, entity id, purpose.
type Row = (
    i64,
    String,
    Option<String>,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// Send every entry the server has not stored yet; how many were sent.
pub(crate) async fn ship(
    store: &Store,
    http: &Http,
    token: &str,
    device_id: Uuid,
) -> Result<u64, SyncFailure> {
    let mut sent = 0u64;
    loop {
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, at, resident_id, action, entity, entity_id, purpose FROM audit_log
             WHERE id > (SELECT audit_shipped FROM device WHERE singleton = 1)
             ORDER BY id LIMIT ?",
        )
        .bind(MAX_AUDIT_UPLOAD as i64)
        .fetch_all(store.pool())
        .await
        .map_err(crate::StoreError::from)?;
        let Some(last) = rows.last().map(|r| r.0) else {
            return Ok(sent);
        };
        let entries: Vec<DeviceAuditEntry> = rows.iter().map(entry).collect();
        let n = entries.len();
        let answer = http
            .audit(token, &AuditUpload { device_id, entries })
            .await?;
        // The server answers with the highest number it stored: never more than was sent.
        let through = answer.stored_through.min(last);
        sqlx::query("UPDATE device SET audit_shipped = max(audit_shipped, ?) WHERE singleton = 1")
            .bind(through)
            .execute(store.pool())
            .await
            .map_err(crate::StoreError::from)?;
        sent += n as u64;
        if n < MAX_AUDIT_UPLOAD || through < last {
            return Ok(sent);
        }
    }
}

fn entry(row: &Row) -> DeviceAuditEntry {
    let (id, at, resident, action, entity, entity_id, purpose) = row;
    let uuid = |s: &Option<String>| s.as_deref().and_then(|s| Uuid::parse_str(s).ok());
    DeviceAuditEntry {
        local_id: *id,
        at: chrono::DateTime::parse_from_rfc3339(at)
            .map(|t| t.with_timezone(&chrono::Utc))
            .unwrap_or_else(|_| chrono::Utc::now()),
        resident_id: uuid(resident),
        action: action.clone(),
        entity: entity.clone(),
        entity_id: uuid(entity_id),
        purpose: purpose.clone(),
    }
}
