//! Who is asking: login (registers the device, returns tokens), refresh, and the
//! [`AuthDevice`] extractor every sync endpoint uses.
//!
//! A login is refused as cheaply as possible: first the rate limits ([`rate_limit`], in
//! memory), then the room for a password check ([`password::CheckGate`]), and only then the
//! database and Argon2. Every way a login can fail before the password is known to be
//! right (no such name, wrong password, account disabled or locked) gives one answer,
//! `login_failed`, so the answer never tells whether a name exists.
//!
//! Refresh tokens are exchanged once and then kept, marked used, until they expire: a used
//! one presented again means a copy is around, and every token of its device is revoked.

pub mod password;
pub mod rate_limit;
pub mod tokens;

use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::time::Instant;

use axum::extract::{ConnectInfo, FromRequestParts, State};
use axum::http::HeaderMap;
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
/// (device, user, expires, used, revoked, disabled) for a refresh token.
type RefreshRow = (
    Uuid,
    Uuid,
    DateTime<Utc>,
    Option<DateTime<Utc>>,
    Option<DateTime<Utc>>,
    bool,
);

/// The client's address: the TCP peer, or, when the peer is one of the settings'
/// `trusted_proxies`, the address those proxies put in `X-Forwarded-For`. None when the
/// server was not started with connection info (the in-process test router).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddr(pub Option<IpAddr>);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip());
        Ok(Self(peer.map(|peer| {
            client_ip(peer, &parts.headers, &state.settings.trusted_proxies)
        })))
    }
}

/// Who sent a request that reached us from `peer`: `peer` itself unless it is a trusted
/// proxy; then the last address in `X-Forwarded-For` that is not a trusted proxy (each
/// proxy appends the address it heard from, so everything left of that is the client's
/// own say and may be forged).
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    let peer = peer.to_canonical();
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|t| t.to_canonical() == *ip);
    if !is_trusted(&peer) {
        return peer;
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        match hop.parse::<IpAddr>().map(|ip| ip.to_canonical()) {
            Ok(ip) if is_trusted(&ip) => client = ip,
            Ok(ip) => return ip,
            // Garbage where a trusted proxy should have written an address: the last
            // proxy is all we know.
            Err(_) => return client,
        }
    }
    client
}

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
    ClientAddr(addr): ClientAddr,
    ApiJson(req): ApiJson<LoginRequest>,
) -> Result<axum::Json<LoginResponse>, ApiError> {
    // The rate limits first: a refused attempt costs a hash-map lookup, no database round
    // trip and no Argon2, and the same whether the name exists or not.
    let taken = state
        .login_limits
        .take(&req.user_name, addr, Instant::now())
        .map_err(|wait| {
            state.metrics.login_limited();
            ApiError::TooManyAttempts {
                retry_after: wait.as_secs().saturating_add(1),
            }
        })?;
    let answer = login_checked(&state, req).await;
    if answer.is_ok() {
        state.login_limits.succeeded(taken, Instant::now());
    }
    answer
}

async fn login_checked(
    state: &AppState,
    req: LoginRequest,
) -> Result<axum::Json<LoginResponse>, ApiError> {
    // Room for a password check, before any database work: when too many logins wait for
    // one already, this one is refused at once.
    let Ok(place) = state.password_gate.enter() else {
        state.metrics.login_busy();
        return Err(ApiError::Busy { retry_after: 1 });
    };
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
    let Ok(password_ok) = place.verify(attempt, stored).await else {
        state.metrics.login_busy();
        return Err(ApiError::Busy { retry_after: 1 });
    };
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
        // Locked: the same answer as a wrong password, or the lock would tell that the
        // name exists (five wrong tries, then a different answer).
        state.metrics.login_failed();
        return Err(ApiError::LoginFailed);
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
        return Err(ApiError::LoginFailed);
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
    // A login starts the device's tokens afresh, used refresh tokens included.
    revoke_device_tokens(&mut tx, req.device_id).await?;
    let tokens = issue_tokens(&mut tx, state, req.device_id).await?;
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

/// `POST /api/v1/refresh`: a refresh token is exchanged once for a new pair. One that was
/// exchanged already and comes back revokes every token of its device (`token_reused`).
pub async fn refresh(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<RefreshRequest>,
) -> Result<axum::Json<Tokens>, ApiError> {
    let mut tx = state.pool.begin().await?;
    // A writer before the row lock: a reuse writes an audit entry.
    locks::begin_changes(&mut tx).await?;
    // Locked, so two refreshes with one token are one exchange and one reuse.
    let row: Option<RefreshRow> = sqlx::query_as(
        "SELECT d.id, u.id, t.expires_at, t.used_at, d.revoked_at, u.disabled
         FROM device_tokens t
         JOIN devices d ON d.id = t.device_id
         JOIN users u ON u.id = d.user_id
         WHERE t.token_hash = $1 AND t.kind = 'refresh'
         FOR UPDATE OF t",
    )
    .bind(tokens::token_hash(&req.refresh_token))
    .fetch_optional(&mut *tx)
    .await?;
    let (device_id, user_id, expires_at, used_at, revoked_at, disabled) =
        row.ok_or(ApiError::Unauthorized)?;
    if revoked_at.is_some() {
        tx.rollback().await?;
        mark_wipe_sent(&state, device_id).await?;
        return Err(ApiError::DeviceRevoked);
    }
    if disabled {
        return Err(ApiError::AccountDisabled);
    }
    if used_at.is_some() {
        // Whoever holds this copy, and the laptop it was copied from, both lose their
        // tokens: the next login shows who the real coach is.
        revoke_device_tokens(&mut tx, device_id).await?;
        audit::append(
            &mut tx,
            &[AuditEntry::new(
                Some(user_id),
                Some(device_id),
                "refresh_reuse",
            )],
        )
        .await?;
        tx.commit().await?;
        state.metrics.refresh_reused();
        tracing::warn!(%device_id, "a used refresh token came back: the device's tokens are revoked");
        return Err(ApiError::TokenReused);
    }
    if expires_at <= Utc::now() {
        return Err(ApiError::TokenExpired);
    }
    sqlx::query("UPDATE device_tokens SET used_at = now() WHERE token_hash = $1")
        .bind(tokens::token_hash(&req.refresh_token))
        .execute(&mut *tx)
        .await?;
    let tokens = issue_tokens(&mut tx, &state, device_id).await?;
    tx.commit().await?;
    Ok(axum::Json(tokens))
}

/// Every token of `device_id`: access, refresh, and the used refresh tokens kept for reuse
/// detection.
async fn revoke_device_tokens(conn: &mut PgConnection, device_id: Uuid) -> Result<(), ApiError> {
    sqlx::query("DELETE FROM device_tokens WHERE device_id = $1")
        .bind(device_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// New access and refresh tokens for `device_id`; its earlier tokens stop working. Used
/// refresh tokens stay (marked) until they would have expired, to recognise a reuse.
async fn issue_tokens(
    conn: &mut PgConnection,
    state: &AppState,
    device_id: Uuid,
) -> Result<Tokens, ApiError> {
    sqlx::query(
        "DELETE FROM device_tokens
         WHERE device_id = $1 AND (used_at IS NULL OR expires_at <= now())",
    )
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
