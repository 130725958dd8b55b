//! The sync self-check (`POST /api/v1/check`) and its repair (`POST /api/v1/records`).
//!
//! After a round a laptop sends, per resident it holds, a digest over (entity, id, version)
//! of its records ([`werkpad_domain::sync::holding_digest`]). The server computes the same
//! digest over what the laptop may hold (the role's residents, without health records for a
//! role that may not see them, open conflicts included, deleted records left out) and
//! names the residents that differ and those the laptop may no longer hold. The laptop
//! fetches the first again, whole, and removes the second. So whatever went wrong on the
//! way (a lost page, a restored server, a role change), the next round puts it right, and
//! the laptop's status says that it did.

use std::collections::{HashMap, HashSet};

use axum::Json;
use axum::extract::State;
use chrono::Utc;
use serde_json::Value;
use sqlx::types::Json as SqlJson;
use uuid::Uuid;
use werkpad_domain::Purpose;
use werkpad_domain::sync::role::ResidentScope;
use werkpad_domain::sync::{
    CONFLICT_ENTITY, Change, CheckRequest, CheckResponse, MAX_REPAIR_RESIDENTS, RecordsRequest,
    RecordsResponse,
};

use crate::AppState;
use crate::api::ApiJson;
use crate::audit::{self, AuditEntry};
use crate::auth::AuthDevice;
use crate::error::ApiError;
use crate::teams;

/// Which records a laptop may hold of a resident it may hold ($1: may see health records).
const VISIBLE: &str = "NOT r.deleted AND ($1 OR NOT r.special)
     AND (r.entity <> 'conflict' OR r.doc->>'status' = 'open')";

/// The digest of a group of records, exactly as `holding_digest` makes it.
const DIGEST: &str = "encode(sha256(convert_to(coalesce(string_agg(
         r.entity || ':' || r.id::text || ':' || r.version::text || E'\\n', ''
         ORDER BY r.entity COLLATE \"C\", r.id), ''), 'UTF8')), 'hex')";

/// The residents `auth` may hold, among `residents` (those of her team scope for a team
/// lead, none for a role that sees none).
async fn in_scope(
    state: &AppState,
    auth: &AuthDevice,
    residents: &[Uuid],
) -> Result<HashSet<Uuid>, ApiError> {
    Ok(match auth.role.resident_scope() {
        ResidentScope::OwnCaseload => {
            let rows: Vec<(Uuid,)> = sqlx::query_as(
                "SELECT resident_id FROM caseload WHERE coach_id = $1 AND resident_id = ANY($2)",
            )
            .bind(auth.user_id)
            .bind(residents)
            .fetch_all(&state.pool)
            .await?;
            rows.into_iter().map(|(r,)| r).collect()
        }
        ResidentScope::Team => {
            let mut conn = state.pool.acquire().await?;
            teams::in_scope_among(&mut conn, auth.user_id, residents).await?
        }
        ResidentScope::None => HashSet::new(),
    })
}

/// The handler of `/check`.
pub async fn check(
    State(state): State<AppState>,
    auth: AuthDevice,
    ApiJson(req): ApiJson<CheckRequest>,
) -> Result<Json<CheckResponse>, ApiError> {
    if req.device_id != auth.device_id {
        return Err(ApiError::DeviceMismatch);
    }
    let health = auth.role.sees_health();
    // What the server says the laptop may hold, per resident.
    let expected: Vec<(Uuid, String)> = match auth.role.resident_scope() {
        ResidentScope::OwnCaseload => {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT r.resident_id, {DIGEST} FROM caseload c
                 JOIN records r ON r.resident_id = c.resident_id
                 WHERE c.coach_id = $2 AND NOT (c.resident_id = ANY($3)) AND {VISIBLE}
                 GROUP BY r.resident_id"
            )))
            .bind(health)
            .bind(auth.user_id)
            .bind(&req.destroyed)
            .fetch_all(&state.pool)
            .await?
        }
        ResidentScope::Team => {
            let team = teams::in_team_scope("r.resident_id", "$2");
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT r.resident_id, {DIGEST} FROM records r
                 WHERE r.resident_id IS NOT NULL AND NOT (r.resident_id = ANY($3))
                   AND {team} AND {VISIBLE}
                 GROUP BY r.resident_id"
            )))
            .bind(health)
            .bind(auth.user_id)
            .bind(&req.destroyed)
            .fetch_all(&state.pool)
            .await?
        }
        ResidentScope::None => Vec::new(),
    };
    let expected: HashMap<Uuid, String> = expected.into_iter().collect();
    let held: Vec<Uuid> = req.residents.iter().map(|r| r.resident_id).collect();
    let scope = in_scope(&state, &auth, &held).await?;
    let mut differ: Vec<Uuid> = Vec::new();
    let mut extra: Vec<Uuid> = Vec::new();
    let mut seen = HashSet::new();
    for r in &req.residents {
        seen.insert(r.resident_id);
        match expected.get(&r.resident_id) {
            Some(digest) if *digest == r.digest => {}
            Some(_) => differ.push(r.resident_id),
            // Not a resident this laptop may hold (or none of its records exist here any
            // more, when it is still in scope: then the laptop's copy is to go as well).
            None if scope.contains(&r.resident_id) => differ.push(r.resident_id),
            None => extra.push(r.resident_id),
        }
    }
    differ.extend(expected.keys().filter(|r| !seen.contains(*r)));
    differ.sort_unstable();
    extra.sort_unstable();
    let (shared,): (String,) = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {DIGEST} FROM records r WHERE r.resident_id IS NULL AND {VISIBLE}"
    )))
    .bind(health)
    .fetch_one(&state.pool)
    .await?;
    Ok(Json(CheckResponse {
        differ,
        extra,
        shared_differs: shared != req.shared,
    }))
}

type Row = (String, Uuid, Option<Uuid>, i64, SqlJson<Value>);

/// The handler of `/records`: the live records of some residents the user may hold (and
/// the shared records), for a repair. Every resident whose data leaves is logged.
pub async fn records(
    State(state): State<AppState>,
    auth: AuthDevice,
    ApiJson(req): ApiJson<RecordsRequest>,
) -> Result<Json<RecordsResponse>, ApiError> {
    if req.device_id != auth.device_id {
        return Err(ApiError::DeviceMismatch);
    }
    if req.residents.len() > MAX_REPAIR_RESIDENTS {
        return Err(ApiError::InvalidRequest(format!(
            "at most {MAX_REPAIR_RESIDENTS} residents per request"
        )));
    }
    let health = auth.role.sees_health();
    let allowed: Vec<Uuid> = {
        let scope = in_scope(&state, &auth, &req.residents).await?;
        let mut v: Vec<Uuid> = scope.into_iter().collect();
        v.sort_unstable();
        v
    };
    let mut rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT r.entity, r.id, r.resident_id, r.version, r.doc FROM records r
         WHERE (r.resident_id = ANY($2) OR ($3 AND r.resident_id IS NULL)) AND {VISIBLE}
         ORDER BY (r.entity <> 'resident'), r.change_seq"
    )))
    .bind(health)
    .bind(&allowed)
    .bind(req.shared)
    .fetch_all(&state.pool)
    .await?;
    // A conflict about a record goes after the record.
    rows.sort_by_key(|r| r.0 == CONFLICT_ENTITY);
    let now = Utc::now();
    let entries: Vec<AuditEntry> = allowed
        .iter()
        .map(|r| AuditEntry {
            at: now,
            user_id: Some(auth.user_id),
            device_id: Some(auth.device_id),
            resident_id: Some(*r),
            action: "repair".into(),
            entity: None,
            entity_id: None,
            purpose: Some(Purpose::Guidance.as_str().into()),
            mutation_seq: None,
            device_entry: None,
        })
        .collect();
    let mut tx = state.pool.begin().await?;
    audit::append(&mut tx, &entries).await?;
    tx.commit().await?;
    let changes = rows
        .into_iter()
        .map(|(entity, entity_id, resident_id, version, doc)| Change {
            entity,
            entity_id,
            resident_id,
            version,
            doc: doc.0,
            deleted: false,
        })
        .collect();
    Ok(Json(RecordsResponse {
        residents: allowed,
        changes,
    }))
}
