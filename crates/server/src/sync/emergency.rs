//! Break-the-glass: a coach opens the file of a resident outside her caseload, with a
//! reason, for [`crate::Settings::emergency_hours`].
//!
//! The access is a caseload row with an expiry, made like an assignment (the file comes
//! with the coach's next pull), and a grant row that keeps the coach's explanation for the
//! team leads; the audit log gets ids and the reason code. When it expires the row goes
//! like an unassignment (the laptop is told to purge at its next pull, and purges by
//! itself at the expiry moment when offline). Expired accesses end at the start of every
//! pull and push of anyone and with the scheduled retention run, so none outlives its
//! moment by more than one round.

use axum::Json;
use axum::extract::State;
use chrono::{DateTime, Duration, Utc};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;
use werkpad_domain::Purpose;
use werkpad_domain::sync::Role;
use werkpad_domain::sync::emergency::{
    EmergencyGrant, EmergencyNotice, EmergencyReason, EmergencyRequest, NoticesRequest,
};

use super::caseload;
use crate::AppState;
use crate::api::ApiJson;
use crate::audit::{self, AuditEntry};
use crate::auth::AuthDevice;
use crate::error::ApiError;
use crate::locks;

/// What a request for access came to.
#[derive(Debug, Clone, PartialEq)]
pub enum Granted {
    /// A new or extended access until the moment given.
    Until(EmergencyGrant),
    /// The file is in the coach's caseload already: nothing to grant.
    AlreadyInCaseload(Uuid),
}

/// Grant `coach` access to the resident with `req.bsn` until now + `hours`.
pub async fn grant(
    pool: &PgPool,
    coach: Uuid,
    req: &EmergencyRequest,
    hours: i64,
) -> Result<Granted, ApiError> {
    let bsn = req.check().map_err(|e| {
        let fields: Vec<&str> = e.iter().map(|f| f.field.as_str()).collect();
        ApiError::InvalidRequest(format!("fields: {}", fields.join(", ")))
    })?;
    let resident: Option<(Uuid,)> = sqlx::query_as(
        "SELECT id FROM records WHERE entity = 'resident' AND NOT deleted AND doc ->> 'bsn' = $1",
    )
    .bind(bsn.as_str())
    .fetch_optional(pool)
    .await?;
    let Some((resident,)) = resident else {
        return Err(ApiError::NotFound);
    };
    let mut tx = pool.begin().await?;
    locks::exclusive(&mut tx).await?;
    let held: Option<(Option<DateTime<Utc>>,)> =
        sqlx::query_as("SELECT expires_at FROM caseload WHERE resident_id = $1 AND coach_id = $2")
            .bind(resident)
            .bind(coach)
            .fetch_optional(&mut *tx)
            .await?;
    if let Some((None,)) = held {
        return Ok(Granted::AlreadyInCaseload(resident));
    }
    let expires_at = Utc::now() + Duration::hours(hours);
    if held.is_some() {
        // A running access is extended; the new reason is logged like the first.
        sqlx::query("UPDATE caseload SET expires_at = $3 WHERE resident_id = $1 AND coach_id = $2")
            .bind(resident)
            .bind(coach)
            .bind(expires_at)
            .execute(&mut *tx)
            .await?;
    } else {
        caseload::assign_until(&mut tx, resident, coach, Some(coach), Some(expires_at)).await?;
    }
    let id = Uuid::now_v7();
    sqlx::query(
        "INSERT INTO emergency_access
             (id, coach_id, device_id, resident_id, reason, explanation, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(id)
    .bind(coach)
    .bind(req.device_id)
    .bind(resident)
    .bind(req.reason.as_str())
    .bind(req.explanation.trim())
    .bind(expires_at)
    .execute(&mut *tx)
    .await?;
    let mut entry = AuditEntry::new(Some(coach), Some(req.device_id), "emergency_access");
    entry.resident_id = Some(resident);
    entry.entity = Some("emergency_access".into());
    entry.entity_id = Some(id);
    entry.purpose = Some(Purpose::Guidance.as_str().into());
    audit::append(&mut tx, &[entry]).await?;
    tx.commit().await?;
    Ok(Granted::Until(EmergencyGrant {
        resident_id: resident,
        expires_at,
    }))
}

/// End every access past its moment (as an unassignment, so the laptops purge). How many
/// ended. Cheap when none has: one index probe, no lock.
pub async fn expire_due(pool: &PgPool) -> Result<u64, sqlx::Error> {
    let (any,): (bool,) = sqlx::query_as(
        "SELECT EXISTS (SELECT 1 FROM caseload WHERE expires_at IS NOT NULL AND expires_at <= now())",
    )
    .fetch_one(pool)
    .await?;
    if !any {
        return Ok(0);
    }
    let mut tx = pool.begin().await?;
    locks::exclusive(&mut tx).await?;
    let ended = expire_in(&mut tx).await?;
    tx.commit().await?;
    Ok(ended)
}

/// [`expire_due`] inside a transaction that holds the case lock alone.
async fn expire_in(tx: &mut PgConnection) -> Result<u64, sqlx::Error> {
    let due: Vec<(Uuid, Uuid)> = sqlx::query_as(
        "SELECT resident_id, coach_id FROM caseload
         WHERE expires_at IS NOT NULL AND expires_at <= now()",
    )
    .fetch_all(&mut *tx)
    .await?;
    for (resident, coach) in &due {
        caseload::unassign_in(&mut *tx, *resident, *coach, None).await?;
        sqlx::query(
            "UPDATE emergency_access SET ended_at = now()
             WHERE resident_id = $1 AND coach_id = $2 AND ended_at IS NULL",
        )
        .bind(resident)
        .bind(coach)
        .execute(&mut *tx)
        .await?;
    }
    Ok(due.len() as u64)
}

/// The coach's accesses that still run (sent with every pull).
pub async fn running(
    conn: &mut PgConnection,
    coach: Uuid,
) -> Result<Vec<EmergencyGrant>, sqlx::Error> {
    let rows: Vec<(Uuid, DateTime<Utc>)> = sqlx::query_as(
        "SELECT resident_id, expires_at FROM caseload
         WHERE coach_id = $1 AND expires_at IS NOT NULL AND expires_at > now()
         ORDER BY expires_at",
    )
    .bind(coach)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(resident_id, expires_at)| EmergencyGrant {
            resident_id,
            expires_at,
        })
        .collect())
}

type NoticeRow = (
    Uuid,
    String,
    Uuid,
    String,
    String,
    DateTime<Utc>,
    DateTime<Utc>,
);

/// Every access granted after `since` (or in the last 30 days), newest first: by coaches of
/// the team of `lead` when given (none for a lead without a team), else by anyone.
pub async fn notices(
    pool: &PgPool,
    since: Option<DateTime<Utc>>,
    lead: Option<Uuid>,
) -> Result<Vec<EmergencyNotice>, sqlx::Error> {
    let since = since.unwrap_or_else(|| Utc::now() - Duration::days(30));
    let rows: Vec<NoticeRow> = sqlx::query_as(
        "SELECT e.id, u.display_name, e.resident_id, e.reason, e.explanation, e.granted_at,
                LEAST(e.expires_at, COALESCE(e.ended_at, e.expires_at))
         FROM emergency_access e JOIN users u ON u.id = e.coach_id
         WHERE e.granted_at > $1
           AND ($2::uuid IS NULL
                OR u.team_id = (SELECT l.team_id FROM users l WHERE l.id = $2))
         ORDER BY e.granted_at DESC, e.id",
    )
    .bind(since)
    .bind(lead)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(
            |(id, coach, resident_id, reason, explanation, granted_at, expires_at)| {
                Some(EmergencyNotice {
                    id,
                    coach,
                    resident_id,
                    reason: EmergencyReason::parse(&reason)?,
                    explanation,
                    granted_at,
                    expires_at,
                })
            },
        )
        .collect())
}

/// `POST /api/v1/caseload/emergency` (coaches only).
pub async fn request_endpoint(
    State(state): State<AppState>,
    auth: AuthDevice,
    ApiJson(req): ApiJson<EmergencyRequest>,
) -> Result<Json<EmergencyGrant>, ApiError> {
    if req.device_id != auth.device_id {
        return Err(ApiError::DeviceMismatch);
    }
    if auth.role != Role::Jobcoach {
        return Err(ApiError::Forbidden);
    }
    match grant(
        &state.pool,
        auth.user_id,
        &req,
        state.settings.emergency_hours,
    )
    .await?
    {
        Granted::Until(grant) => Ok(Json(grant)),
        Granted::AlreadyInCaseload(_) => Err(ApiError::AlreadyInCaseload),
    }
}

/// `POST /api/v1/caseload/emergency/notices` (team leads only: those of the coaches of her
/// team). Reading them is logged.
pub async fn notices_endpoint(
    State(state): State<AppState>,
    auth: AuthDevice,
    ApiJson(req): ApiJson<NoticesRequest>,
) -> Result<Json<Vec<EmergencyNotice>>, ApiError> {
    if req.device_id != auth.device_id {
        return Err(ApiError::DeviceMismatch);
    }
    if auth.role != Role::Teamleider {
        return Err(ApiError::Forbidden);
    }
    let found = notices(&state.pool, req.since, Some(auth.user_id)).await?;
    if !found.is_empty() {
        let entries: Vec<AuditEntry> = found
            .iter()
            .map(|n| {
                let mut e = AuditEntry::new(
                    Some(auth.user_id),
                    Some(auth.device_id),
                    "emergency_notice_read",
                );
                e.resident_id = Some(n.resident_id);
                e.entity = Some("emergency_access".into());
                e.entity_id = Some(n.id);
                e
            })
            .collect();
        let mut tx = state.pool.begin().await?;
        locks::begin_changes(&mut tx).await?;
        audit::append(&mut tx, &entries).await?;
        tx.commit().await?;
    }
    Ok(Json(found))
}
