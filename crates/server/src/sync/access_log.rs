//! `POST /api/v1/audit`: the laptops' own access logs (reads of a file, searches, caseload
//! views, changes), stored in the server's audit log under the token's user and device, so
//! the FG finds every access to a file in one log, offline ones included. Ids and codes only:
//! an entry with free text where a code belongs is refused whole, and a coach's reason never
//! leaves the laptop.

use axum::Json;
use axum::extract::State;
use werkpad_domain::sync::{
    AuditUpload, AuditUploadResponse, CONFLICT_ENTITY, DeviceAuditEntry, MAX_AUDIT_UPLOAD,
};
use werkpad_domain::{EntityKind, Purpose};

use crate::AppState;
use crate::api::ApiJson;
use crate::audit::{self, AuditEntry};
use crate::auth::AuthDevice;
use crate::error::ApiError;
use crate::locks;

/// The handler.
pub async fn upload(
    State(state): State<AppState>,
    auth: AuthDevice,
    ApiJson(req): ApiJson<AuditUpload>,
) -> Result<Json<AuditUploadResponse>, ApiError> {
    if req.device_id != auth.device_id {
        return Err(ApiError::DeviceMismatch);
    }
    if req.entries.len() > MAX_AUDIT_UPLOAD {
        return Err(ApiError::InvalidRequest(format!(
            "at most {MAX_AUDIT_UPLOAD} entries per upload"
        )));
    }
    let entries = req
        .entries
        .iter()
        .map(|e| entry(&auth, e))
        .collect::<Result<Vec<_>, _>>()?;
    let stored_through = req.entries.iter().map(|e| e.local_id).max().unwrap_or(0);
    if !entries.is_empty() {
        let mut tx = state.pool.begin().await?;
        locks::begin_changes(&mut tx).await?;
        audit::append(&mut tx, &entries).await?;
        tx.commit().await?;
    }
    Ok(Json(AuditUploadResponse { stored_through }))
}

/// The server's entry for one laptop entry, or why it is refused.
fn entry(auth: &AuthDevice, e: &DeviceAuditEntry) -> Result<AuditEntry, ApiError> {
    let bad = |what: &str| ApiError::InvalidRequest(format!("audit entry {}: {what}", e.local_id));
    let is_code = |s: &str| {
        !s.is_empty() && s.len() <= 40 && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
    };
    if e.local_id < 1 {
        return Err(bad("local ids start at 1"));
    }
    if !is_code(&e.action) {
        return Err(bad("action is not a code"));
    }
    if let Some(entity) = &e.entity
        && EntityKind::parse(entity).is_none()
        && entity != CONFLICT_ENTITY
    {
        return Err(bad("unknown entity"));
    }
    if let Some(purpose) = &e.purpose
        && Purpose::parse(purpose).is_none()
    {
        return Err(bad("unknown purpose"));
    }
    Ok(AuditEntry {
        at: e.at,
        user_id: Some(auth.user_id),
        device_id: Some(auth.device_id),
        resident_id: e.resident_id,
        // Marked as the laptop's, so the FG report tells them from the server's own.
        action: format!("laptop_{}", e.action),
        entity: e.entity.clone(),
        entity_id: e.entity_id,
        purpose: e.purpose.clone(),
        mutation_seq: None,
        device_entry: Some(e.local_id),
    })
}
