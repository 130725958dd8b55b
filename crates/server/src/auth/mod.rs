//! Who is asking: login (registers the device, returns tokens), refresh, and the
//! [`AuthDevice`] extractor every sync endpoint uses.

pub mod password;
pub mod tokens;

use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use chrono::{DateTime, Duration, Utc};
use sqlx::PgConnection;
use uuid::Uuid;
use werkpad_domain::sync::{LoginRequest, LoginResponse, RefreshRequest, Role, Tokens};

use crate::AppState;
use crate::api::ApiJson;
use crate::audit::{self, AuditEntry};
use crate::error::ApiError;
use crate::locks;

/// An authenticated device and its user.
#[derive(Debug, Clone)]
pub struct AuthDevice {
    /// The user.
    pub user_id: Uuid,
    /// Their role.
    pub role: Role,
    /// The device the token belongs to.
    pub device_id: Uuid,
}

/// (user, role, device, expires, revoked, disabled) for an access token.
type TokenRow = (
    Uuid,
    String,
    Uuid,
    DateTime<Utc>,
    Option<DateTime<Utc>>,
    bool,
);
/// (id, display name, role, hash, disabled, failed logins, locked until) for a login.
type UserRow = (
    Uuid,
    String,
    String,
    String,
    bool,
    i32,
    Option<DateTime<Utc>>,
);
/// (device, expires, revoked, disabled) for a refresh token.
type RefreshRow = (Uuid, DateTime<Utc>, Option<DateTime<Utc>>, bool);

impl FromRequestParts<AppState> for AuthDevice {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or(ApiError::Unauthorized)?;
        let row: Option<TokenRow> = sqlx::query_as(
            "SELECT u.id, u.role, d.id, t.expires_at, d.revoked_at, u.disabled
                 FROM device_tokens t
                 JOIN devices d ON d.id = t.device_id
                 JOIN users u ON u.id = d.user_id
                 WHERE t.token_hash = $1 AND t.kind = 'access'",
        )
        .bind(tokens::token_hash(token))
        .fetch_optional(&state.pool)
        .await?;
        let (user_id, role, device_id, expires_at, revoked_at, disabled) =
            row.ok_or(ApiError::Unauthorized)?;
        if revoked_at.is_some() {
            mark_wipe_sent(state, device_id).await?;
            return Err(ApiError::DeviceRevoked);
        }
        if disabled {
            // The account is closed: its laptops may hold none of its case data.
            return Err(ApiError::AccountDisabled);
        }
        if expires_at <= Utc::now() {
            return Err(ApiError::TokenExpired);
        }
        let role = Role::parse(&role).ok_or_else(|| ApiError::Internal("unknown role".into()))?;
        Ok(Self {
            user_id,
            role,
            device_id,
        })
    }
}

async fn mark_wipe_sent(state: &AppState, device_id: Uuid) -> Result<(), ApiError> {
    sqlx::query("UPDATE devices SET wipe_sent_at = now() WHERE id = $1 AND wipe_sent_at IS NULL")
        .bind(device_id)
        .execute(&state.pool)
        .await?;
    Ok(())
}

/// `POST /api/v1/login`.
pub async fn login(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<LoginRequest>,
) -> Result<axum::Json<LoginResponse>, ApiError> {
    // The password is checked first, without a lock and off the async runtime: Argon2
    // takes tens of milliseconds of CPU, and a flood of logins must neither hold a user's
    // row locked nor stall the runtime's threads that serve pulls and pushes.
    let found: Option<(Uuid, String)> =
        sqlx::query_as("SELECT id, password_hash FROM users WHERE name = $1")
            .bind(&req.user_name)
            .fetch_optional(&state.pool)
            .await?;
    // For a name that does not exist the same work is done on a hash no password matches:
    // the answer and its time do not tell names apart.
    let stored = found
        .as_ref()
        .map_or_else(|| password::dummy_hash().to_owned(), |(_, h)| h.clone());
    let attempt = zeroize::Zeroizing::new(req.password.clone());
    let password_ok = tokio::task::spawn_blocking(move || password::verify(&attempt, &stored))
        .await
        .map_err(|e| ApiError::Internal(format!("password check: {e}")))?;
    let Some((user_id, verified_hash)) = found else {
        state.metrics.login_failed();
        return Err(ApiError::LoginFailed);
    };

    let mut tx = state.pool.begin().await?;
    // Registered as a writer before the row lock: the login's audit entry comes later.
    locks::begin_changes(&mut tx).await?;
    let user: Option<UserRow> = sqlx::query_as(
        "SELECT id, display_name, role, password_hash, disabled, failed_logins, locked_until
             FROM users WHERE id = $1 FOR UPDATE",
    )
    .bind(user_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((user_id, display_name, role, hash, disabled, failed, locked_until)) = user else {
        state.metrics.login_failed();
        return Err(ApiError::LoginFailed);
    };
    let now = Utc::now();
    if locked_until.is_some_and(|t| t > now) {
        state.metrics.login_failed();
        return Err(ApiError::AccountLocked);
    }
    // The password changed between the check and the lock: the check does not count.
    let password_ok = password_ok && verified_hash == hash;
    if !password_ok || disabled {
        let failed = failed + 1;
        let lock = (failed >= state.settings.max_failed_logins)
            .then(|| now + Duration::minutes(state.settings.lockout_minutes));
        sqlx::query("UPDATE users SET failed_logins = $2, locked_until = $3 WHERE id = $1")
            .bind(user_id)
            .bind(if lock.is_some() { 0 } else { failed })
            .bind(lock)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        state.metrics.login_failed();
        return Err(if lock.is_some() {
            ApiError::AccountLocked
        } else {
            ApiError::LoginFailed
        });
    }
    sqlx::query("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1")
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    let device: Option<(Uuid, Option<DateTime<Utc>>)> =
        sqlx::query_as("SELECT user_id, revoked_at FROM devices WHERE id = $1 FOR UPDATE")
            .bind(req.device_id)
            .fetch_optional(&mut *tx)
            .await?;
    match device {
        Some((_, Some(_))) => return Err(ApiError::DeviceRevoked),
        Some((owner, None)) if owner != user_id => return Err(ApiError::DeviceTaken),
        Some(_) => {
            sqlx::query("UPDATE devices SET name = $2, last_seen_at = now() WHERE id = $1")
                .bind(req.device_id)
                .bind(&req.device_name)
                .execute(&mut *tx)
                .await?;
        }
        None => {
            sqlx::query(
                "INSERT INTO devices (id, user_id, name, last_seen_at) VALUES ($1, $2, $3, now())",
            )
            .bind(req.device_id)
            .bind(user_id)
            .bind(&req.device_name)
            .execute(&mut *tx)
            .await?;
        }
    }
    let tokens = issue_tokens(&mut tx, &state, req.device_id).await?;
    audit::append(
        &mut tx,
        &[AuditEntry::new(Some(user_id), Some(req.device_id), "login")],
    )
    .await?;
    tx.commit().await?;
    Ok(axum::Json(LoginResponse {
        user_id,
        display_name,
        role,
        device_id: req.device_id,
        tokens,
    }))
}

/// `POST /api/v1/refresh`: a refresh token is used once; the answer is a new pair.
pub async fn refresh(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<RefreshRequest>,
) -> Result<axum::Json<Tokens>, ApiError> {
    let mut tx = state.pool.begin().await?;
    let row: Option<RefreshRow> = sqlx::query_as(
        "DELETE FROM device_tokens t USING devices d, users u
         WHERE t.token_hash = $1 AND t.kind = 'refresh' AND d.id = t.device_id
           AND u.id = d.user_id
         RETURNING d.id, t.expires_at, d.revoked_at, u.disabled",
    )
    .bind(tokens::token_hash(&req.refresh_token))
    .fetch_optional(&mut *tx)
    .await?;
    let (device_id, expires_at, revoked_at, disabled) = row.ok_or(ApiError::Unauthorized)?;
    if revoked_at.is_some() {
        tx.commit().await?;
        mark_wipe_sent(&state, device_id).await?;
        return Err(ApiError::DeviceRevoked);
    }
    if disabled {
        return Err(ApiError::AccountDisabled);
    }
    if expires_at <= Utc::now() {
        tx.commit().await?;
        return Err(ApiError::TokenExpired);
    }
    let tokens = issue_tokens(&mut tx, &state, device_id).await?;
    tx.commit().await?;
    Ok(axum::Json(tokens))
}

/// New access and refresh tokens for `device_id`; earlier tokens of the device stop working.
async fn issue_tokens(
    conn: &mut PgConnection,
    state: &AppState,
    device_id: Uuid,
) -> Result<Tokens, ApiError> {
    sqlx::query("DELETE FROM device_tokens WHERE device_id = $1")
        .bind(device_id)
        .execute(&mut *conn)
        .await?;
    let now = Utc::now();
    let tokens = Tokens {
        access_token: tokens::new_token().map_err(|e| ApiError::Internal(e.to_string()))?,
        access_expires_at: now + Duration::minutes(state.settings.access_token_minutes),
        refresh_token: tokens::new_token().map_err(|e| ApiError::Internal(e.to_string()))?,
        refresh_expires_at: now + Duration::days(state.settings.refresh_token_days),
    };
    for (token, kind, expires) in [
        (&tokens.access_token, "access", tokens.access_expires_at),
        (&tokens.refresh_token, "refresh", tokens.refresh_expires_at),
    ] {
        sqlx::query(
            "INSERT INTO device_tokens (token_hash, device_id, kind, expires_at)
             VALUES ($1, $2, $3, $4)",
        )
        .bind(tokens::token_hash(token))
        .bind(device_id)
        .bind(kind)
        .bind(expires)
        .execute(&mut *conn)
        .await?;
    }
    Ok(tokens)
}
