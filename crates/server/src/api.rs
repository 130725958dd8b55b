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
use crate::{AppState, auth, reports, sync};

pub mod ready;

/// JSON with typed errors: malformed → 400 `malformed_json`, wrong shape or unknown field →
/// 422 `invalid_request`, too large → 413 `body_too_large`. A string holding U+0000 is 422
/// too: PostgreSQL's text and jsonb cannot store it, and it would otherwise be a 500 on the
/// first insert. `ApiJson<T, true>` lets it through to a handler that refuses it finer
/// (push: per mutation, so a laptop's outbox still drains).
#[derive(Debug)]
pub struct ApiJson<T, const NUL: bool = false>(pub T);

impl<T, S, const NUL: bool> FromRequest<S> for ApiJson<T, NUL>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        if !json_content_type(req.headers()) {
            return Err(ApiError::InvalidRequest(
                "Expected request with `Content-Type: application/json`".into(),
            ));
        }
        let bytes = match axum::body::Bytes::from_request(req, state).await {
            Ok(bytes) => bytes,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(ApiError::BodyTooLarge);
            }
            Err(e) => return Err(ApiError::InvalidRequest(e.body_text())),
        };
        match axum::Json::<T>::from_bytes(&bytes) {
            Ok(axum::Json(_)) if !NUL && has_nul_escape(&bytes) => Err(ApiError::InvalidRequest(
                "text may not hold NUL characters (U+0000)".into(),
            )),
            Ok(axum::Json(v)) => Ok(Self(v)),
            Err(JsonRejection::JsonSyntaxError(_)) => Err(ApiError::MalformedJson),
            Err(JsonRejection::JsonDataError(e)) => Err(ApiError::InvalidRequest(e.body_text())),
            Err(e) => Err(ApiError::InvalidRequest(e.body_text())),
        }
    }
}

/// `application/json` or a `+json` type, as `axum::Json` asks.
fn json_content_type(headers: &axum::http::HeaderMap) -> bool {
    headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|mime| mime.trim().to_ascii_lowercase())
        .is_some_and(|mime| {
            mime == "application/json"
                || (mime.starts_with("application/") && mime.ends_with("+json"))
        })
}

/// True when JSON text (already parsed, so valid) holds the escape `\u0000`: a string with
/// U+0000 in it (a raw NUL byte is not valid JSON). Each backslash starts an escape, so
/// skipping the escaped character keeps `\\u0000` (a backslash, then "u0000") apart.
fn has_nul_escape(json: &[u8]) -> bool {
    let mut i = 0;
    while i < json.len() {
        if json[i] == b'\\' {
            if json.get(i + 1..i + 6) == Some(b"u0000".as_slice()) {
                return true;
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    false
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
        .route("/reports/management", post(reports::management_endpoint))
        .route("/reports/teams", post(reports::teams_endpoint))
        .route(
            "/caseload/emergency",
            post(sync::emergency::request_endpoint),
        )
        .route(
            "/caseload/emergency/notices",
            post(sync::emergency::notices_endpoint),
        )
        .route("/surveys", post(crate::surveys::upload_endpoint))
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            protocol_check,
        ));
    Router::new()
        .route("/health", get(health))
        .route("/ready", get(ready::ready))
        .nest("/api/v1", api)
        .route_layer(middleware::from_fn(crate::logging::access_log))
        .fallback(fallback)
        .layer(DefaultBodyLimit::max(state.settings.max_body_bytes))
        .with_state(state)
}

#[cfg(test)]
mod tests {
    use super::has_nul_escape;

    #[test]
    fn a_nul_escape_is_told_from_an_escaped_backslash() {
        assert!(has_nul_escape(br#"{"a": "x\u0000"}"#), "U+0000 in a string");
        assert!(
            has_nul_escape(br#"{"a": "\\\u0000"}"#),
            "a backslash, then U+0000"
        );
        assert!(
            !has_nul_escape(br#"{"a": "\\u0000"}"#),
            "a backslash, then the text u0000"
        );
        assert!(
            !has_nul_escape(br#"{"a": "\u00001"}"#.split_at(10).0),
            "cut short"
        );
        assert!(
            !has_nul_escape(br#"{"a": "\u0001"}"#),
            "another control character"
        );
    }
}
