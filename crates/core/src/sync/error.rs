//! What can go wrong talking to the server, as stable codes with Fluent ids
//! (locales/*/cli.ftl), so the app can say it in Dutch.

/// A sync failure.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// No network, or the server's address does not answer.
    #[error("offline: {0}")]
    Offline(String),
    /// The server answered too slowly or broke off.
    #[error("server unreachable: {0}")]
    ServerUnreachable(String),
    /// Wrong user name or password.
    #[error("login failed")]
    LoginFailed,
    /// Too many failed logins: wait.
    #[error("account locked")]
    AccountLocked,
    /// The server speaks another protocol version: update the app.
    #[error("update needed")]
    UpdateNeeded,
    /// The tokens expired (offline too long): log in again.
    #[error("token expired")]
    TokenExpired,
    /// The server revoked this laptop: the store must be destroyed now.
    #[error("device revoked")]
    DeviceRevoked,
    /// The user's account was closed: the store must be destroyed now.
    #[error("account disabled")]
    AccountDisabled,
    /// The server lacks changes it had acknowledged (it was restored from a backup): send
    /// again from `expected`.
    #[error("sequence gap, expected {expected}")]
    SequenceGap {
        /// The next number the server expects.
        expected: i64,
    },
    /// This laptop reused numbers the server had applied (it was restored from an older
    /// copy): number the changes from `first` on again, from `expected`.
    #[error("sequence reused from {first}, expected {expected}")]
    SequenceReused {
        /// The first reused number.
        first: i64,
        /// The next number the server expects.
        expected: i64,
    },
    /// Not logged in to a server yet.
    #[error("not logged in")]
    NotLoggedIn,
    /// Not an http(s) URL, or plain HTTP to a host other than this machine.
    #[error("invalid server url: {0}")]
    InvalidServerUrl(String),
    /// The server refused or failed (its code is kept for the log).
    #[error("server error {code}")]
    Server {
        /// The server's error code.
        code: String,
    },
}

impl SyncError {
    /// Stable code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Offline(_) => "offline",
            Self::ServerUnreachable(_) => "server_unreachable",
            Self::LoginFailed => "login_failed",
            Self::AccountLocked => "account_locked",
            Self::UpdateNeeded => "update_needed",
            Self::TokenExpired => "token_expired",
            Self::DeviceRevoked => "device_revoked",
            Self::AccountDisabled => "account_disabled",
            Self::SequenceGap { .. } => "sequence_gap",
            Self::SequenceReused { .. } => "sequence_reused",
            Self::NotLoggedIn => "not_logged_in",
            Self::InvalidServerUrl(_) => "invalid_server_url",
            Self::Server { .. } => "server_error",
        }
    }

    /// Fluent message id.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Offline(_) => "error-offline",
            Self::ServerUnreachable(_) => "error-server-unreachable",
            Self::LoginFailed => "error-login-failed",
            Self::AccountLocked => "error-account-locked",
            Self::UpdateNeeded => "error-update-needed",
            Self::TokenExpired => "error-token-expired",
            Self::DeviceRevoked => "error-device-revoked",
            Self::AccountDisabled => "error-account-disabled",
            // Repaired by the push itself; shown only if it keeps failing.
            Self::SequenceGap { .. } | Self::SequenceReused { .. } => "error-server-error",
            Self::NotLoggedIn => "error-not-logged-in",
            Self::InvalidServerUrl(_) => "error-invalid-server-url",
            Self::Server { .. } => "error-server-error",
        }
    }

    /// Worth trying again later by itself (network trouble), as opposed to needing a person.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            Self::Offline(_)
                | Self::ServerUnreachable(_)
                | Self::Server { .. }
                | Self::SequenceGap { .. }
                | Self::SequenceReused { .. }
        )
    }

    /// The server told this laptop to destroy its data.
    pub fn is_wipe(&self) -> bool {
        matches!(self, Self::DeviceRevoked | Self::AccountDisabled)
    }

    /// Every message id (a test checks the locales).
    pub const ALL_MESSAGE_IDS: &'static [&'static str] = &[
        "error-offline",
        "error-server-unreachable",
        "error-login-failed",
        "error-account-locked",
        "error-update-needed",
        "error-token-expired",
        "error-device-revoked",
        "error-account-disabled",
        "error-not-logged-in",
        "error-invalid-server-url",
        "error-server-error",
    ];

    /// From the server's typed error body.
    pub(crate) fn from_server(body: &werkpad_domain::sync::ErrorBody) -> Self {
        let arg = |name: &str| body.args.get(name).and_then(serde_json::Value::as_i64);
        match body.code.as_str() {
            "login_failed" => Self::LoginFailed,
            "account_locked" => Self::AccountLocked,
            "update_needed" => Self::UpdateNeeded,
            "token_expired" => Self::TokenExpired,
            "device_revoked" => Self::DeviceRevoked,
            "account_disabled" => Self::AccountDisabled,
            "unauthorized" => Self::NotLoggedIn,
            "sequence_gap" if arg("expected").is_some() => Self::SequenceGap {
                expected: arg("expected").unwrap_or_default(),
            },
            "sequence_reused" if arg("first").is_some() && arg("expected").is_some() => {
                Self::SequenceReused {
                    first: arg("first").unwrap_or_default(),
                    expected: arg("expected").unwrap_or_default(),
                }
            }
            other => Self::Server {
                code: other.to_owned(),
            },
        }
    }
}
