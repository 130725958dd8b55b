//! The HTTP surface: routes, the protocol-version check, JSON in and out with typed errors.

use axum::Router;
use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, FromRequest, Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use werkpad_domain::sync::{PROTOCOL_HEADER, PROTOCOL_VERSION};

use crate::error::ApiError;
use crate::{AppState, auth, sync};

/// JSON with typed errors: malformed → 400 `malformed_json`, wrong shape or unknown field →
/// 422 `invalid_request`, too large → 413 `body_too_large`.
#[derive(Debug)]
pub struct ApiJson<T>(pub T);

impl<T, S> FromRequest<S> for ApiJson<T>
where
    axum::Json<T>: FromRequest<S, Rejection = JsonRejection>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(Self(v)),
            Err(JsonRejection::JsonSyntaxError(_)) => Err(ApiError::MalformedJson),
            Err(JsonRejection::JsonDataError(e)) => Err(ApiError::InvalidRequest(e.body_text())),
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(ApiError::BodyTooLarge),
            Err(e) => Err(ApiError::InvalidRequest(e.body_text())),
        }
    }
}

/// Every `/api` request names the protocol it speaks.
async fn protocol_check(State(state): State<AppState>, req: Request, next: Next) -> Response {
    state.metrics.request();
    let sent = req
        .headers()
        .get(PROTOCOL_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    match sent.as_deref().map(str::parse::<u32>) {
        Some(Ok(v)) if v == PROTOCOL_VERSION => next.run(req).await,
        _ => ApiError::UpdateNeeded {
            client: sent.unwrap_or_else(|| "none".into()),
        }
        .into_response(),
    }
}

async fn health(State(state): State<AppState>) -> Response {
    match sqlx::query("SELECT 1").execute(&state.pool).await {
        Ok(_) => axum::Json(serde_json::json!({"status": "ok", "database": "ok"})).into_response(),
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            axum::Json(serde_json::json!({"status": "degraded", "database": "unreachable"})),
        )
            .into_response(),
    }
}

async fn fallback() -> ApiError {
    ApiError::NotFound
}

/// The largest body `/login` and `/refresh` accept: they are open to anyone, and a login
/// is a few hundred bytes.
pub const UNAUTHENTICATED_BODY_LIMIT: usize = 4 * 1024;

/// The whole application (`/metrics` is apart: [`crate::metrics::router`]).
pub fn router(state: AppState) -> Router {
    let small = UNAUTHENTICATED_BODY_LIMIT.min(state.settings.max_body_bytes);
    let api = Router::new()
        // Before any token is checked: small bodies only.
        .route(
            "/login",
            post(auth::login).layer(DefaultBodyLimit::max(small)),
        )
        .route(
            "/refresh",
            post(auth::refresh).layer(DefaultBodyLimit::max(small)),
        )
        .route("/push", post(sync::push::push))
        .route("/pull", post(sync::pull::pull))
        .route("/check", post(sync::check::check))
        .route("/records", post(sync::check::records))
        .route("/audit", post(sync::access_log::upload))
        .route("/caseload/assign", post(sync::caseload::assign_endpoint))
        .route(
            "/caseload/emergency",
            post(sync::emergency::request_endpoint),
        )
        .route(
            "/caseload/emergency/notices",
            post(sync::emergency::notices_endpoint),
        )
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            protocol_check,
        ));
    Router::new()
        .route("/health", get(health))
        .nest("/api/v1", api)
        .fallback(fallback)
        .layer(DefaultBodyLimit::max(state.settings.max_body_bytes))
        .with_state(state)
}
