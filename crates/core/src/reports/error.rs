//! What can go wrong with a management report, as stable codes with Fluent ids
//! (locales/*/reports.ftl), so the app can say it in Dutch.

use werkpad_domain::report::PeriodError;

use crate::error::{ErrorPayload, StoreError};
use crate::sync::SyncFailure;

/// Why there is no report to show.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The server cannot be reached and this laptop has not fetched this report before.
    #[error("offline, and this report was never fetched")]
    NotCached,
    /// The user's role gets no figures (only team leads and policy staff do), or not of
    /// this team.
    #[error("this role gets no management figures")]
    Forbidden,
    /// The server knows no such team.
    #[error("no such team")]
    NoSuchTeam,
    /// A month is not `yyyy-mm`.
    #[error("a month is not yyyy-mm")]
    BadMonth,
    /// The period breaks a rule (reversed, too long, in the future).
    #[error(transparent)]
    Period(#[from] PeriodError),
    /// Talking to the server, or the local store, failed otherwise.
    #[error(transparent)]
    Sync(#[from] SyncFailure),
}

impl From<StoreError> for ReportError {
    fn from(e: StoreError) -> Self {
        Self::Sync(SyncFailure::Store(e))
    }
}

impl From<sqlx::Error> for ReportError {
    fn from(e: sqlx::Error) -> Self {
        Self::Sync(SyncFailure::from(e))
    }
}

werkpad_domain::error_codes! {
    /// What kind of failure a [`ReportError`] is (its own rows; sync and store failures
    /// keep theirs).
    pub enum ReportErrorKind {
        /// [`ReportError::NotCached`].
        NotCached => ("report_not_cached", "error-report-not-cached"),
        /// [`ReportError::Forbidden`].
        Forbidden => ("report_forbidden", "error-report-forbidden"),
        /// [`ReportError::NoSuchTeam`].
        NoSuchTeam => ("report_no_such_team", "error-report-no-such-team"),
        /// [`ReportError::BadMonth`].
        BadMonth => ("report_bad_month", "error-report-bad-month"),
        /// [`PeriodError::Reversed`].
        PeriodReversed => ("report_period_reversed", "error-report-period-reversed"),
        /// [`PeriodError::TooLong`].
        PeriodTooLong => ("report_period_too_long", "error-report-period-too-long"),
        /// [`PeriodError::Future`].
        PeriodFuture => ("report_period_future", "error-report-period-future"),
    }
}

impl ReportError {
    /// Its own row, or the sync or store failure it carries.
    fn own_kind(&self) -> Result<ReportErrorKind, &SyncFailure> {
        Ok(match self {
            Self::NotCached => ReportErrorKind::NotCached,
            Self::Forbidden => ReportErrorKind::Forbidden,
            Self::NoSuchTeam => ReportErrorKind::NoSuchTeam,
            Self::BadMonth => ReportErrorKind::BadMonth,
            Self::Period(PeriodError::Reversed) => ReportErrorKind::PeriodReversed,
            Self::Period(PeriodError::TooLong) => ReportErrorKind::PeriodTooLong,
            Self::Period(PeriodError::Future) => ReportErrorKind::PeriodFuture,
            Self::Sync(f) => return Err(f),
        })
    }

    /// Its own row, or `None` for a sync or store failure.
    pub fn kind(&self) -> Option<ReportErrorKind> {
        self.own_kind().ok()
    }

    /// The payload for the UI or `--json` output.
    pub fn payload(&self) -> ErrorPayload {
        match self.own_kind() {
            Err(failure) => failure.payload(),
            Ok(kind) => {
                let mut args = std::collections::BTreeMap::new();
                if kind == ReportErrorKind::PeriodTooLong {
                    args.insert(
                        "max".to_owned(),
                        werkpad_domain::report::MAX_MONTHS.to_string(),
                    );
                }
                ErrorPayload {
                    code: kind.code(),
                    message_id: kind.message_id(),
                    args,
                    fields: Vec::new(),
                }
            }
        }
    }
}
