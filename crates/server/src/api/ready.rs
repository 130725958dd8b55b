//! `GET /ready`: may a load balancer send this process requests? Yes (200) when the
//! database answers and every migration this binary carries is applied; else 503 with a
//! [`Readiness`] that says which. `/health` says only whether the process and its database
//! are alive; `/ready` also catches a database that an older or newer binary left behind.

use std::collections::BTreeSet;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use crate::AppState;

/// Ready or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReadyStatus {
    /// Send requests.
    Ready,
    /// Do not: see the reason.
    NotReady,
}

/// Why not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotReadyReason {
    /// No connection to PostgreSQL (or no answer to `SELECT 1`).
    DatabaseUnreachable,
    /// Migrations of this binary are not (all) applied: run `werkpad-server migrate`, or
    /// `serve`, which migrates before it listens.
    MigrationsPending,
}

/// The body of `/ready`, both for 200 and 503.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Readiness {
    /// Ready or not.
    pub status: ReadyStatus,
    /// Why not (absent when ready).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<NotReadyReason>,
    /// Migrations this binary carries.
    pub migrations_known: usize,
    /// Of those, not applied (absent when the database could not be asked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub migrations_pending: Option<usize>,
}

/// The handler.
pub async fn ready(State(state): State<AppState>) -> Response {
    let readiness = check(&state.pool).await;
    let status = match readiness.status {
        ReadyStatus::Ready => StatusCode::OK,
        ReadyStatus::NotReady => StatusCode::SERVICE_UNAVAILABLE,
    };
    (status, axum::Json(readiness)).into_response()
}

/// Ask the database.
pub async fn check(pool: &sqlx::PgPool) -> Readiness {
    let known: BTreeSet<i64> = crate::MIGRATOR
        .iter()
        .filter(|m| !m.migration_type.is_down_migration())
        .map(|m| m.version)
        .collect();
    let not_ready = |reason, pending| Readiness {
        status: ReadyStatus::NotReady,
        reason: Some(reason),
        migrations_known: known.len(),
        migrations_pending: pending,
    };
    if sqlx::query("SELECT 1").execute(pool).await.is_err() {
        return not_ready(NotReadyReason::DatabaseUnreachable, None);
    }
    // No table yet (a fresh database) counts as nothing applied.
    let applied: BTreeSet<i64> =
        sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success")
            .fetch_all(pool)
            .await
            .map(|v| v.into_iter().collect())
            .unwrap_or_default();
    let pending = known.difference(&applied).count();
    if pending > 0 {
        return not_ready(NotReadyReason::MigrationsPending, Some(pending));
    }
    Readiness {
        status: ReadyStatus::Ready,
        reason: None,
        migrations_known: known.len(),
        migrations_pending: Some(0),
    }
}
