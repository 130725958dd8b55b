//! Every error the API can answer: a status, a stable code and a Fluent message id, as an
//! [`ErrorBody`]. Internal details go to the log (without personal data), never to the client.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};
use werkpad_domain::sync::{ErrorBody, PROTOCOL_VERSION};

/// An error answer of the API.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The body is not JSON.
    #[error("malformed JSON")]
    MalformedJson,
    /// JSON, but not the expected shape (unknown or missing field, wrong type).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// Larger than the configured limit.
    #[error("body too large")]
    BodyTooLarge,
    /// Another protocol version.
    #[error("protocol {client} is not {PROTOCOL_VERSION}")]
    UpdateNeeded {
        /// What the client sent ("none" when missing).
        client: String,
    },
    /// No or unknown token.
    #[error("unauthorized")]
    Unauthorized,
    /// The token is past its expiry.
    #[error("token expired")]
    TokenExpired,
    /// The device was revoked: wipe.
    #[error("device revoked")]
    DeviceRevoked,
    /// The user's account was disabled: the laptop may hold none of its case data (wipe).
    #[error("account disabled")]
    AccountDisabled,
    /// The request names another device than the token.
    #[error("device mismatch")]
    DeviceMismatch,
    /// The device id is registered to another user.
    #[error("device registered to another user")]
    DeviceTaken,
    /// The role may not do this.
    #[error("forbidden")]
    Forbidden,
    /// The login did not succeed: unknown name, wrong password, disabled or locked
    /// account all get this one answer, so it never tells whether a name exists.
    #[error("login failed")]
    LoginFailed,
    /// Too many login attempts for this user name or from this address: wait
    /// `retry_after` seconds (also in the `Retry-After` header).
    #[error("too many attempts, retry after {retry_after} s")]
    TooManyAttempts {
        /// Seconds until one attempt is allowed again.
        retry_after: u64,
    },
    /// Too many logins wait for a password check already: try again shortly.
    #[error("server busy, retry after {retry_after} s")]
    Busy {
        /// Seconds to wait.
        retry_after: u64,
    },
    /// A refresh token that was already exchanged came back: someone holds a copy. Every
    /// token of the device is revoked; the laptop must log in again.
    #[error("refresh token reused")]
    TokenReused,
    /// A push that skips sequence numbers.
    #[error("sequence gap, expected {expected}")]
    SequenceGap {
        /// The next sequence number the server expects.
        expected: i64,
    },
    /// Sequence numbers the server has applied, sent again with other content: the laptop
    /// was restored from an older copy. It must number its new changes from `expected`.
    #[error("sequence numbers reused from {first}, expected {expected}")]
    SequenceReused {
        /// The first reused number.
        first: i64,
        /// The next sequence number the server expects.
        expected: i64,
    },
    /// Not found.
    #[error("not found")]
    NotFound,
    /// Break-the-glass asked for a file that is in the coach's caseload already.
    #[error("already in caseload")]
    AlreadyInCaseload,
    /// Anything else (logged, not shown).
    #[error("internal: {0}")]
    Internal(String),
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        Self::Internal(e.to_string())
    }
}

impl ApiError {
    /// HTTP status and stable code.
    pub fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            Self::MalformedJson => (StatusCode::BAD_REQUEST, "malformed_json"),
            Self::InvalidRequest(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_request"),
            Self::BodyTooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "body_too_large"),
            Self::UpdateNeeded { .. } => (StatusCode::UPGRADE_REQUIRED, "update_needed"),
            Self::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized"),
            Self::TokenExpired => (StatusCode::UNAUTHORIZED, "token_expired"),
            Self::DeviceRevoked => (StatusCode::FORBIDDEN, "device_revoked"),
            Self::AccountDisabled => (StatusCode::FORBIDDEN, "account_disabled"),
            Self::DeviceMismatch => (StatusCode::FORBIDDEN, "device_mismatch"),
            Self::DeviceTaken => (StatusCode::CONFLICT, "device_taken"),
            Self::Forbidden => (StatusCode::FORBIDDEN, "forbidden"),
            Self::LoginFailed => (StatusCode::UNAUTHORIZED, "login_failed"),
            Self::TooManyAttempts { .. } => (StatusCode::TOO_MANY_REQUESTS, "too_many_attempts"),
            Self::Busy { .. } => (StatusCode::SERVICE_UNAVAILABLE, "server_busy"),
            Self::TokenReused => (StatusCode::UNAUTHORIZED, "token_reused"),
            Self::SequenceGap { .. } => (StatusCode::CONFLICT, "sequence_gap"),
            Self::SequenceReused { .. } => (StatusCode::CONFLICT, "sequence_reused"),
            Self::NotFound => (StatusCode::NOT_FOUND, "not_found"),
            Self::AlreadyInCaseload => (StatusCode::CONFLICT, "already_in_caseload"),
            Self::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "server_error"),
        }
    }

    /// The typed body.
    pub fn body(&self) -> ErrorBody {
        let (_, code) = self.status_and_code();
        let mut args = Map::new();
        match self {
            Self::InvalidRequest(detail) => {
                args.insert("detail".into(), Value::String(detail.clone()));
            }
            Self::UpdateNeeded { client } => {
                args.insert("server_protocol".into(), PROTOCOL_VERSION.into());
                args.insert("client_protocol".into(), Value::String(client.clone()));
            }
            Self::TooManyAttempts { retry_after } | Self::Busy { retry_after } => {
                // `seconds`: the name the laptop's Fluent message for waiting uses.
                args.insert("seconds".into(), (*retry_after).into());
            }
            Self::SequenceGap { expected } => {
                args.insert("expected".into(), (*expected).into());
            }
            Self::SequenceReused { first, expected } => {
                args.insert("first".into(), (*first).into());
                args.insert("expected".into(), (*expected).into());
            }
            _ => {}
        }
        ErrorBody {
            code: code.to_owned(),
            message_id: format!("error-{}", code.replace('_', "-")),
            args,
            wipe: matches!(self, Self::DeviceRevoked | Self::AccountDisabled),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        match &self {
            Self::Internal(detail) => tracing::error!(code, %detail, "request failed"),
            // A flood is counted in /metrics; a log line each would make it cost more.
            Self::TooManyAttempts { .. } | Self::Busy { .. } => {
                tracing::debug!(code, "request refused");
            }
            _ => tracing::info!(code, "request refused"),
        }
        let retry_after = match &self {
            Self::TooManyAttempts { retry_after } | Self::Busy { retry_after } => {
                Some(*retry_after)
            }
            _ => None,
        };
        let mut response = (status, Json(self.body())).into_response();
        if let Some(secs) = retry_after {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, secs.into());
        }
        response
    }
}
