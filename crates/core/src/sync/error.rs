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
    /// Break-the-glass: the server holds no resident with that BSN.
    #[error("no resident with that BSN")]
    NoSuchResident,
    /// Break-the-glass: the file is in this coach's caseload already.
    #[error("already in caseload")]
    AlreadyInCaseload,
    /// The user's role may not do this (break-the-glass is for coaches).
    #[error("forbidden")]
    Forbidden,
    /// The server refused or failed (its code is kept for the log).
    #[error("server error {code}")]
    Server {
        /// The server's error code.
        code: String,
    },
}

werkpad_domain::error_codes! {
    /// What kind of failure a [`SyncError`] is: its code and Fluent id, in one row each.
    pub enum SyncErrorKind {
        /// [`SyncError::Offline`].
        Offline => ("offline", "error-offline"),
        /// [`SyncError::ServerUnreachable`].
        ServerUnreachable => ("server_unreachable", "error-server-unreachable"),
        /// [`SyncError::LoginFailed`].
        LoginFailed => ("login_failed", "error-login-failed"),
        /// [`SyncError::AccountLocked`].
        AccountLocked => ("account_locked", "error-account-locked"),
        /// [`SyncError::UpdateNeeded`].
        UpdateNeeded => ("update_needed", "error-update-needed"),
        /// [`SyncError::TokenExpired`].
        TokenExpired => ("token_expired", "error-token-expired"),
        /// [`SyncError::DeviceRevoked`].
        DeviceRevoked => ("device_revoked", "error-device-revoked"),
        /// [`SyncError::AccountDisabled`].
        AccountDisabled => ("account_disabled", "error-account-disabled"),
        /// [`SyncError::SequenceGap`]: repaired by the push itself; shown only if it keeps
        /// failing.
        SequenceGap => ("sequence_gap", "error-server-error"),
        /// [`SyncError::SequenceReused`]: repaired like a gap.
        SequenceReused => ("sequence_reused", "error-server-error"),
        /// [`SyncError::NotLoggedIn`].
        NotLoggedIn => ("not_logged_in", "error-not-logged-in"),
        /// [`SyncError::InvalidServerUrl`].
        InvalidServerUrl => ("invalid_server_url", "error-invalid-server-url"),
        /// [`SyncError::NoSuchResident`].
        NoSuchResident => ("no_such_resident", "error-no-such-resident"),
        /// [`SyncError::AlreadyInCaseload`].
        AlreadyInCaseload => ("already_in_caseload", "error-already-in-caseload"),
        /// [`SyncError::Forbidden`].
        Forbidden => ("forbidden", "error-forbidden"),
        /// [`SyncError::Server`].
        Server => ("server_error", "error-server-error"),
    }
}

impl SyncError {
    /// Which row of [`SyncErrorKind`] this failure is.
    pub fn kind(&self) -> SyncErrorKind {
        match self {
            Self::Offline(_) => SyncErrorKind::Offline,
            Self::ServerUnreachable(_) => SyncErrorKind::ServerUnreachable,
            Self::LoginFailed => SyncErrorKind::LoginFailed,
            Self::AccountLocked => SyncErrorKind::AccountLocked,
            Self::UpdateNeeded => SyncErrorKind::UpdateNeeded,
            Self::TokenExpired => SyncErrorKind::TokenExpired,
            Self::DeviceRevoked => SyncErrorKind::DeviceRevoked,
            Self::AccountDisabled => SyncErrorKind::AccountDisabled,
            Self::SequenceGap { .. } => SyncErrorKind::SequenceGap,
            Self::SequenceReused { .. } => SyncErrorKind::SequenceReused,
            Self::NotLoggedIn => SyncErrorKind::NotLoggedIn,
            Self::InvalidServerUrl(_) => SyncErrorKind::InvalidServerUrl,
            Self::NoSuchResident => SyncErrorKind::NoSuchResident,
            Self::AlreadyInCaseload => SyncErrorKind::AlreadyInCaseload,
            Self::Forbidden => SyncErrorKind::Forbidden,
            Self::Server { .. } => SyncErrorKind::Server,
        }
    }

    /// Stable code.
    pub fn code(&self) -> &'static str {
        self.kind().code()
    }

    /// Fluent message id.
    pub fn message_id(&self) -> &'static str {
        self.kind().message_id()
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

    /// From the server's typed error body.
    pub(crate) fn from_server(body: &werkpad_domain::sync::ErrorBody) -> Self {
        let arg = |name: &str| body.args.get(name).and_then(serde_json::Value::as_i64);
        match body.code.as_str() {
            "login_failed" => Self::LoginFailed,
            // The server no longer says "locked" (it would tell that a name exists); its rate
            // limit on logins reads the same to the coach: wait and try again.
            "account_locked" | "too_many_attempts" => Self::AccountLocked,
            "update_needed" => Self::UpdateNeeded,
            "token_expired" => Self::TokenExpired,
            "device_revoked" => Self::DeviceRevoked,
            "account_disabled" => Self::AccountDisabled,
            // A refresh token presented twice (issue 21): the server revoked every token of this
            // laptop; logging in again is the way back (unsent work stays).
            "unauthorized" | "token_reused" => Self::NotLoggedIn,
            "already_in_caseload" => Self::AlreadyInCaseload,
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
