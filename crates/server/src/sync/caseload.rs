//! Who works with which resident. Assigning re-stamps the resident's records with new
//! change numbers, so the coach's next pull brings the whole file; unassigning records an
//! event that tells the coach's laptops to purge it.

use axum::Json;
use axum::extract::State;
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;
use werkpad_domain::sync::Role;

use super::records::next_change_seqs;
use crate::AppState;
use crate::api::ApiJson;
use crate::audit::{self, AuditEntry};
use crate::auth::AuthDevice;
use crate::error::ApiError;
use crate::locks;

/// Add `resident_id` to `coach_id`'s caseload. False when it was there already.
pub async fn assign(
    pool: &PgPool,
    resident_id: Uuid,
    coach_id: Uuid,
    by: Option<Uuid>,
) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    locks::exclusive(&mut tx).await?;
    let done = assign_in(&mut tx, resident_id, coach_id, by).await?;
    tx.commit().await?;
    Ok(done)
}

/// [`assign`] inside a transaction that holds the case lock alone.
async fn assign_in(
    tx: &mut sqlx::PgConnection,
    resident_id: Uuid,
    coach_id: Uuid,
    by: Option<Uuid>,
) -> Result<bool, sqlx::Error> {
    assign_until(tx, resident_id, coach_id, by, None).await
}

/// [`assign_in`], for good (`expires_at` none) or for a break-the-glass access until
/// `expires_at`. Assigning for good a file the coach holds by such an access makes it hers
/// for good (the access ends; her laptop has the file already).
pub(crate) async fn assign_until(
    tx: &mut sqlx::PgConnection,
    resident_id: Uuid,
    coach_id: Uuid,
    by: Option<Uuid>,
    expires_at: Option<chrono::DateTime<chrono::Utc>>,
) -> Result<bool, sqlx::Error> {
    let inserted = sqlx::query(
        "INSERT INTO caseload (resident_id, coach_id, assigned_by, expires_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING",
    )
    .bind(resident_id)
    .bind(coach_id)
    .bind(by)
    .bind(expires_at)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if !inserted {
        if expires_at.is_some() {
            return Ok(false);
        }
        let made_permanent = sqlx::query(
            "UPDATE caseload SET expires_at = NULL, assigned_by = $3
             WHERE resident_id = $1 AND coach_id = $2 AND expires_at IS NOT NULL",
        )
        .bind(resident_id)
        .bind(coach_id)
        .bind(by)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if made_permanent {
            sqlx::query(
                "UPDATE emergency_access SET ended_at = now()
                 WHERE resident_id = $1 AND coach_id = $2 AND ended_at IS NULL",
            )
            .bind(resident_id)
            .bind(coach_id)
            .execute(&mut *tx)
            .await?;
        }
        return Ok(made_permanent);
    }
    // The resident first, then the rest in their original order: a laptop receiving the
    // file never sees a record before the resident it belongs to.
    let keys: Vec<(String, Uuid)> = sqlx::query_as(
        "SELECT entity, id FROM records WHERE resident_id = $1
         ORDER BY (entity <> 'resident'), change_seq",
    )
    .bind(resident_id)
    .fetch_all(&mut *tx)
    .await?;
    let seqs = next_change_seqs(&mut *tx, keys.len() + 1).await?;
    let (event_seq, record_seqs) = seqs.split_at(1);
    let (entities, ids): (Vec<String>, Vec<Uuid>) = keys.into_iter().unzip();
    sqlx::query(
        "UPDATE records r SET change_seq = u.seq
         FROM UNNEST($1::text[], $2::uuid[], $3::bigint[]) AS u(entity, id, seq)
         WHERE r.entity = u.entity AND r.id = u.id",
    )
    .bind(entities)
    .bind(ids)
    .bind(record_seqs)
    .execute(&mut *tx)
    .await?;
    event(&mut *tx, event_seq[0], coach_id, resident_id, "assign", by).await?;
    Ok(true)
}

/// Take `resident_id` out of `coach_id`'s caseload. False when it was not there.
pub async fn unassign(
    pool: &PgPool,
    resident_id: Uuid,
    coach_id: Uuid,
    by: Option<Uuid>,
) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    locks::exclusive(&mut tx).await?;
    let done = unassign_in(&mut tx, resident_id, coach_id, by).await?;
    tx.commit().await?;
    Ok(done)
}

/// [`unassign`] inside a transaction that holds the case lock alone.
pub(crate) async fn unassign_in(
    tx: &mut sqlx::PgConnection,
    resident_id: Uuid,
    coach_id: Uuid,
    by: Option<Uuid>,
) -> Result<bool, sqlx::Error> {
    let deleted = sqlx::query("DELETE FROM caseload WHERE resident_id = $1 AND coach_id = $2")
        .bind(resident_id)
        .bind(coach_id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
        == 1;
    if !deleted {
        return Ok(false);
    }
    let seq = next_change_seqs(&mut *tx, 1).await?;
    event(&mut *tx, seq[0], coach_id, resident_id, "unassign", by).await?;
    Ok(true)
}

async fn event(
    tx: &mut sqlx::PgConnection,
    seq: i64,
    coach_id: Uuid,
    resident_id: Uuid,
    kind: &str,
    by: Option<Uuid>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO caseload_events (seq, coach_id, resident_id, kind, by_user)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(seq)
    .bind(coach_id)
    .bind(resident_id)
    .bind(kind)
    .bind(by)
    .execute(&mut *tx)
    .await?;
    let mut entry = AuditEntry::new(by, None, kind);
    entry.resident_id = Some(resident_id);
    audit::append(tx, &[entry]).await
}

/// A team lead moves a resident to another coach.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssignRequest {
    /// The resident.
    pub resident_id: Uuid,
    /// The coach who takes the resident on.
    pub coach_name: String,
    /// The coach who hands the resident over, if any.
    pub from_coach_name: Option<String>,
}

/// `POST /api/v1/caseload/assign` (team leads only).
pub async fn assign_endpoint(
    State(state): State<AppState>,
    auth: AuthDevice,
    ApiJson(req): ApiJson<AssignRequest>,
) -> Result<Json<serde_json::Value>, ApiError> {
    if auth.role != Role::Teamleider {
        return Err(ApiError::Forbidden);
    }
    let to = coach_id(&state.pool, &req.coach_name).await?;
    let from = match &req.from_coach_name {
        Some(name) => Some(coach_id(&state.pool, name).await?),
        None => None,
    };
    // Hand-over in one transaction: the resident never ends up with neither coach.
    let mut tx = state.pool.begin().await?;
    locks::exclusive(&mut tx).await?;
    if let Some(from) = from {
        unassign_in(&mut tx, req.resident_id, from, Some(auth.user_id)).await?;
    }
    let assigned = assign_in(&mut tx, req.resident_id, to, Some(auth.user_id)).await?;
    tx.commit().await?;
    Ok(Json(serde_json::json!({ "assigned": assigned })))
}

async fn coach_id(pool: &PgPool, name: &str) -> Result<Uuid, ApiError> {
    let row: Option<(Uuid,)> =
        sqlx::query_as("SELECT id FROM users WHERE name = $1 AND role = 'jobcoach'")
            .bind(name)
            .fetch_optional(pool)
            .await?;
    row.map(|(id,)| id).ok_or(ApiError::NotFound)
}
