//! The one error type of the desktop engine. Every variant has a stable `code` (what the UI
//! and scripts act on) and a Fluent `message_id` (what a person reads), so no English text
//! from Rust reaches a Dutch user.

use serde::Serialize;
use werkpad_domain::{EntityKind, ValidationErrors};

/// Result alias for the engine.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// What can go wrong in the store, its keys, and the work done on it.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No store in this data folder yet.
    #[error("no Werkpad store in this folder yet")]
    NotInitialised,
    /// `init` on a folder that already holds a store.
    #[error("a Werkpad store already exists in this folder")]
    AlreadyInitialised,
    /// The store is locked: unlock first.
    #[error("the store is locked")]
    Locked,
    /// The passphrase did not unwrap the data key.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// Too many wrong passphrases in a row: wait before the next try.
    #[error("too many failed unlock attempts; retry in {retry_after_secs} s")]
    TooManyAttempts {
        /// Seconds until the next attempt is accepted.
        retry_after_secs: u64,
    },
    /// A new passphrase that is too weak.
    #[error("passphrase too short (minimum {min} characters)")]
    WeakPassphrase {
        /// Minimum length.
        min: usize,
    },
    /// The secret store (OS keyring or key file) failed or lost the key.
    #[error("secret store: {0}")]
    Secrets(String),
    /// The keyring (or key file) no longer holds this store's key: IT reset the keyring, or
    /// the key file was removed. The recovery copy or a reset helps.
    #[error("no key for this store in the {backend}")]
    KeyMissing {
        /// Which backend lost it.
        backend: &'static str,
    },
    /// A recovery code that is mistyped or belongs to another store.
    #[error("the recovery code does not open this store")]
    RecoveryCodeInvalid,
    /// No recovery copy can be made or used: no municipality key configured, or no copy.
    #[error("no recovery copy for this store")]
    NoRecoveryCopy,
    /// A reset that names another number of unsent changes than the store has: the coach
    /// must see what is lost before it is lost.
    #[error("{unsent} unsent changes would be lost; confirm that number")]
    UnsentNotConfirmed {
        /// The changes that would be lost.
        unsent: u64,
    },
    /// The database did not open with the unwrapped key: it is damaged or not ours.
    #[error("the database cannot be opened with this key (damaged or replaced)")]
    DatabaseKey,
    /// Input that breaks a domain rule; carries every field error.
    #[error(transparent)]
    Validation(#[from] ValidationErrors),
    /// A record that does not exist (or no longer exists).
    #[error("{entity} {id} not found")]
    NotFound {
        /// Which kind of record.
        entity: EntityKind,
        /// Its id.
        id: String,
    },
    /// Another resident already has this BSN: one file per person.
    #[error("a resident with this BSN already exists")]
    DuplicateBsn,
    /// A change on the laptop to reference data, which only the server's import writes.
    #[error("{entity} records are reference data, read-only on this device")]
    ReadOnly {
        /// Which kind of record.
        entity: EntityKind,
    },
    /// An edit of a record that is append-only.
    #[error("{entity} records are append-only")]
    AppendOnly {
        /// Which kind of record.
        entity: EntityKind,
    },
    /// Reading special-category data needs a stated purpose and reason.
    #[error("reading health data needs a purpose and a reason")]
    PurposeRequired,
    /// The stated purpose does not justify reading health data.
    #[error("the purpose {purpose} does not allow reading health data")]
    PurposeNotAllowed {
        /// The purpose that was given.
        purpose: String,
    },
    /// Files in the data folder.
    /// A statement was asked for a decision that refused the declaration.
    #[error("the decision refused the declaration; there is nothing to print")]
    NotGranted,
    /// A warning letter was asked for a verzuim case without a warning (not decided yet, or
    /// decided otherwise).
    #[error("the verzuim case was not decided with a warning; there is no letter to print")]
    NotAWarning,
    /// The configured letterhead logo cannot be read.
    #[error("the letterhead logo cannot be read")]
    LogoUnreadable,
    /// Laying out a PDF failed.
    #[error("pdf: {0}")]
    Pdf(String),
    #[error("file system: {0}")]
    Io(#[from] std::io::Error),
    /// The database itself.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// Migrations failed.
    #[error("database migration: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    /// A stored document that no longer parses as its type.
    #[error("stored {entity} {id} is unreadable: {source}")]
    Corrupt {
        /// Which kind of record.
        entity: EntityKind,
        /// Its id.
        id: String,
        /// The parse error.
        source: serde_json::Error,
    },
}

/// What crosses into the UI or a script: a code to act on, a Fluent id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ErrorPayload {
    /// Stable machine code, e.g. `wrong_passphrase`.
    #[ts(type = "ErrorCode")]
    pub code: &'static str,
    /// Fluent message id, e.g. `error-wrong-passphrase`.
    pub message_id: &'static str,
    /// Fluent arguments, as a JSON object.
    #[ts(type = "Record<string, string>")]
    pub args: std::collections::BTreeMap<String, String>,
    /// Field errors for forms (empty for other errors).
    pub fields: Vec<werkpad_domain::FieldError>,
}

werkpad_domain::error_codes! {
    /// What kind of failure a [`StoreError`] is: its code and Fluent id, in one row each.
    pub enum ErrorKind {
        /// [`StoreError::NotInitialised`].
        NotInitialised => ("not_initialised", "error-not-initialised"),
        /// [`StoreError::AlreadyInitialised`].
        AlreadyInitialised => ("already_initialised", "error-already-initialised"),
        /// [`StoreError::Locked`].
        Locked => ("locked", "error-locked"),
        /// [`StoreError::WrongPassphrase`].
        WrongPassphrase => ("wrong_passphrase", "error-wrong-passphrase"),
        /// [`StoreError::TooManyAttempts`].
        TooManyAttempts => ("too_many_attempts", "error-too-many-attempts"),
        /// [`StoreError::WeakPassphrase`].
        WeakPassphrase => ("weak_passphrase", "error-weak-passphrase"),
        /// [`StoreError::Secrets`].
        Secrets => ("secrets", "error-secrets"),
        /// [`StoreError::KeyMissing`].
        KeyMissing => ("key_missing", "error-key-missing"),
        /// [`StoreError::RecoveryCodeInvalid`].
        RecoveryCodeInvalid => ("recovery_code_invalid", "error-recovery-code-invalid"),
        /// [`StoreError::NoRecoveryCopy`].
        NoRecoveryCopy => ("no_recovery_copy", "error-no-recovery-copy"),
        /// [`StoreError::UnsentNotConfirmed`].
        UnsentNotConfirmed => ("unsent_not_confirmed", "error-unsent-not-confirmed"),
        /// [`StoreError::DatabaseKey`].
        DatabaseKey => ("database_key", "error-database-key"),
        /// [`StoreError::Validation`].
        Validation => ("validation", "error-validation"),
        /// [`StoreError::NotFound`].
        NotFound => ("not_found", "error-not-found"),
        /// [`StoreError::DuplicateBsn`].
        DuplicateBsn => ("duplicate_bsn", "error-bsn-duplicate"),
        /// [`StoreError::AppendOnly`].
        AppendOnly => ("append_only", "error-append-only"),
        /// [`StoreError::ReadOnly`].
        ReadOnly => ("read_only", "error-read-only"),
        /// [`StoreError::PurposeRequired`].
        PurposeRequired => ("purpose_required", "error-purpose-required"),
        /// [`StoreError::PurposeNotAllowed`].
        PurposeNotAllowed => ("purpose_not_allowed", "error-purpose-not-allowed"),
        /// [`StoreError::NotGranted`].
        NotGranted => ("not_granted", "error-not-granted"),
        /// [`StoreError::NotAWarning`].
        NotAWarning => ("not_a_warning", "error-not-a-warning"),
        /// [`StoreError::LogoUnreadable`].
        LogoUnreadable => ("logo_unreadable", "error-logo-unreadable"),
        /// Files, the database, migrations, PDF layout, corrupt rows: details stay in the log.
        Internal => ("internal", "error-internal"),
    }
}

impl StoreError {
    /// Which row of [`ErrorKind`] this failure is.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::NotInitialised => ErrorKind::NotInitialised,
            Self::AlreadyInitialised => ErrorKind::AlreadyInitialised,
            Self::Locked => ErrorKind::Locked,
            Self::WrongPassphrase => ErrorKind::WrongPassphrase,
            Self::TooManyAttempts { .. } => ErrorKind::TooManyAttempts,
            Self::WeakPassphrase { .. } => ErrorKind::WeakPassphrase,
            Self::Secrets(_) => ErrorKind::Secrets,
            Self::KeyMissing { .. } => ErrorKind::KeyMissing,
            Self::RecoveryCodeInvalid => ErrorKind::RecoveryCodeInvalid,
            Self::NoRecoveryCopy => ErrorKind::NoRecoveryCopy,
            Self::UnsentNotConfirmed { .. } => ErrorKind::UnsentNotConfirmed,
            Self::DatabaseKey => ErrorKind::DatabaseKey,
            Self::Validation(_) => ErrorKind::Validation,
            Self::NotFound { .. } => ErrorKind::NotFound,
            Self::DuplicateBsn => ErrorKind::DuplicateBsn,
            Self::AppendOnly { .. } => ErrorKind::AppendOnly,
            Self::ReadOnly { .. } => ErrorKind::ReadOnly,
            Self::PurposeRequired => ErrorKind::PurposeRequired,
            Self::PurposeNotAllowed { .. } => ErrorKind::PurposeNotAllowed,
            Self::NotGranted => ErrorKind::NotGranted,
            Self::NotAWarning => ErrorKind::NotAWarning,
            Self::LogoUnreadable => ErrorKind::LogoUnreadable,
            Self::Pdf(_)
            | Self::Io(_)
            | Self::Database(_)
            | Self::Migration(_)
            | Self::Corrupt { .. } => ErrorKind::Internal,
        }
    }

    /// Stable machine code.
    pub fn code(&self) -> &'static str {
        self.kind().code()
    }

    /// Fluent message id for a person.
    pub fn message_id(&self) -> &'static str {
        self.kind().message_id()
    }

    /// The payload for the UI or `--json` output. Internal details stay in the logs.
    pub fn payload(&self) -> ErrorPayload {
        let args = match self {
            Self::TooManyAttempts { retry_after_secs } => {
                [("seconds".to_owned(), retry_after_secs.to_string())].into()
            }
            Self::WeakPassphrase { min } => [("min".to_owned(), min.to_string())].into(),
            Self::UnsentNotConfirmed { unsent } => {
                [("unsent".to_owned(), unsent.to_string())].into()
            }
            Self::NotFound { entity, .. }
            | Self::AppendOnly { entity }
            | Self::ReadOnly { entity } => {
                [("entity".to_owned(), entity.as_str().to_owned())].into()
            }
            Self::PurposeNotAllowed { purpose } => [("purpose".to_owned(), purpose.clone())].into(),
            _ => Default::default(),
        };
        let fields = match self {
            Self::Validation(errors) => errors.iter().cloned().collect(),
            _ => Vec::new(),
        };
        ErrorPayload {
            code: self.code(),
            message_id: self.message_id(),
            args,
            fields,
        }
    }
}
