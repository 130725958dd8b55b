//! Management information on the laptop (issue 24): the figures a team lead or policy
//! officer asks the server for, kept so that offline the app shows the last ones with their
//! date, and exported as CSV ([`export`]) or a PDF report ([`pdf`]).
//!
//! Main idea: the server computes every figure (aggregates only, counts under 5 hidden);
//! the laptop only fetches ([`fetch`]), keeps the last answer per (team, from, to) in the
//! encrypted store ([`cache`]) and shows or prints it. A coach's role gets a typed
//! [`ReportError::Forbidden`], and what was kept is forgotten then.

mod cache;
pub mod error;
pub mod export;
mod fetch;
pub mod pdf;

use serde::Serialize;
use werkpad_domain::report::{ManagementReport, ReportTeams};

pub use error::{ReportError, ReportErrorKind};

crate::store::area!(
    /// Management reports: fetch from the server, keep the last ones, export.
    ReportsArea,
    reports
);

/// A report as the app shows it: the figures and when they were fetched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct FetchedReport {
    /// The figures.
    pub report: ManagementReport,
    /// When this laptop fetched them (RFC 3339, UTC).
    pub fetched_at: String,
    /// True when the server could not be reached and these are the last fetched figures.
    pub from_cache: bool,
}

/// The teams a report can be asked for, and when the list was fetched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct FetchedTeams {
    /// The teams and whether "all teams" may be asked for.
    pub teams: ReportTeams,
    /// When this laptop fetched the list (RFC 3339, UTC).
    pub fetched_at: String,
    /// True when the server could not be reached and this is the last fetched list.
    pub from_cache: bool,
}

#[cfg(test)]
mod tests;
