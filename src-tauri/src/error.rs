//! The error that crosses into the UI: `{code, message_id, args, fields}`. The UI shows the
//! Fluent message for `message_id`; no English text from Rust reaches a Dutch user.

use serde::Serialize;
use werkpad_core::{ErrorPayload, StoreError};
use werkpad_domain::ValidationErrors;

/// A command's failure, serialised as [`ErrorPayload`].
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct CommandError(ErrorPayload);

impl From<StoreError> for CommandError {
    fn from(e: StoreError) -> Self {
        if e.code() == "internal" {
            // Details (which may name files, never personal data) stay in the log.
            tracing::error!(error = %e, "command failed");
        }
        Self(e.payload())
    }
}

impl From<ValidationErrors> for CommandError {
    fn from(e: ValidationErrors) -> Self {
        StoreError::Validation(e).into()
    }
}

impl CommandError {
    /// From a payload made elsewhere (sync failures).
    pub fn from_payload(payload: ErrorPayload) -> Self {
        Self(payload)
    }
}

/// Result of a command.
pub type CmdResult<T> = Result<T, CommandError>;
