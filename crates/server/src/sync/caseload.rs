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
use crate::{locks, teams};

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
    let event_seq = restamp(&mut *tx, resident_id, 1).await?;
    event(&mut *tx, event_seq[0], coach_id, resident_id, "assign", by).await?;
    Ok(true)
}

/// Give every record of `resident_id` a new change number, so every laptop whose scope
/// holds the resident now gets the whole file at its next pull. Draws `events` more
/// numbers first, for the caller's caseload events, in the same round trip.
async fn restamp(
    tx: &mut sqlx::PgConnection,
    resident_id: Uuid,
    events: usize,
) -> Result<Vec<i64>, sqlx::Error> {
    // The resident first, then the rest in their original order: a laptop receiving the
    // file never sees a record before the resident it belongs to.
    let keys: Vec<(String, Uuid)> = sqlx::query_as(
        "SELECT entity, id FROM records WHERE resident_id = $1
         ORDER BY (entity <> 'resident'), change_seq",
    )
    .bind(resident_id)
    .fetch_all(&mut *tx)
    .await?;
    let seqs = next_change_seqs(&mut *tx, keys.len() + events).await?;
    let (event_seqs, record_seqs) = seqs.split_at(events);
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
    Ok(event_seqs.to_vec())
}

/// The coach `coach_id` moved to another team (or out of one): each resident of hers
/// counts as assigned to her anew, without an audit entry per resident (the move itself
/// is audited). An `assign` event per resident lets a team lead's pull purge the files
/// that left her team, and the re-stamp brings them to the lead of the new team (see
/// [`crate::teams`]). How many residents.
pub(crate) async fn coach_moved(
    tx: &mut sqlx::PgConnection,
    coach_id: Uuid,
) -> Result<usize, sqlx::Error> {
    let residents: Vec<(Uuid,)> =
        sqlx::query_as("SELECT resident_id FROM caseload WHERE coach_id = $1 ORDER BY resident_id")
            .bind(coach_id)
            .fetch_all(&mut *tx)
            .await?;
    for (resident_id,) in &residents {
        let seq = restamp(&mut *tx, *resident_id, 1).await?;
        insert_event(&mut *tx, seq[0], coach_id, *resident_id, "assign", None).await?;
    }
    Ok(residents.len())
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

/// [`unassign`] inside a transaction that holds the case lock alone. A resident left with
/// no coach at all joins the pool that every team lead holds: her file is re-stamped, so
/// their next pull brings it.
pub(crate) async fn unassign_in(
    tx: &mut sqlx::PgConnection,
    resident_id: Uuid,
    coach_id: Uuid,
    by: Option<Uuid>,
) -> Result<bool, sqlx::Error> {
    if !unassign_only(&mut *tx, resident_id, coach_id, by).await? {
        return Ok(false);
    }
    let (coached,): (bool,) =
        sqlx::query_as("SELECT EXISTS (SELECT 1 FROM caseload WHERE resident_id = $1)")
            .bind(resident_id)
            .fetch_one(&mut *tx)
            .await?;
    if !coached {
        restamp(&mut *tx, resident_id, 0).await?;
    }
    Ok(true)
}

/// [`unassign_in`] without the re-stamp, for a hand-over that assigns the resident to
/// another coach right after (which re-stamps her file anyway).
async fn unassign_only(
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
    insert_event(&mut *tx, seq, coach_id, resident_id, kind, by).await?;
    let mut entry = AuditEntry::new(by, None, kind);
    entry.resident_id = Some(resident_id);
    audit::append(tx, &[entry]).await
}

async fn insert_event(
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
    Ok(())
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

/// `POST /api/v1/caseload/assign` (team leads only): a resident in her scope, between
/// coaches of her team ([`crate::teams`]).
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
    // Under the lock: nobody changes caseloads or teams until this commits.
    let lead_team = team_of(&mut tx, auth.user_id).await?;
    let coaches_ours = lead_team.is_some()
        && team_of(&mut tx, to).await? == lead_team
        && match from {
            Some(from) => team_of(&mut tx, from).await? == lead_team,
            None => true,
        };
    let in_scope = teams::in_scope_among(&mut tx, auth.user_id, &[req.resident_id]).await?;
    if !coaches_ours || !in_scope.contains(&req.resident_id) {
        return Err(ApiError::Forbidden);
    }
    if let Some(from) = from {
        unassign_only(&mut tx, req.resident_id, from, Some(auth.user_id)).await?;
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

async fn team_of(tx: &mut sqlx::PgConnection, user: Uuid) -> Result<Option<Uuid>, sqlx::Error> {
    let (team,): (Option<Uuid>,) = sqlx::query_as("SELECT team_id FROM users WHERE id = $1")
        .bind(user)
        .fetch_one(&mut *tx)
        .await?;
    Ok(team)
}
