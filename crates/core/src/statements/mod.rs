//! Printable statements, offline: the verklaring 56+, the intake report, the plan van
//! aanpak, the AVG inzage export, the privacy statement, the loonwaarde report, the
//! beschikking loonkostensubsidie, the request to UWV and the warning letter after verzuim.
//!
//! Content builders ([`verklaring56`], [`intake`], [`plan`], [`inzage`], [`privacy`],
//! [`loonwaarde_report`], [`lks_beschikking`], [`uwv_request`], [`verzuim_warning`]) make
//! a [`doc::Document`] from records and Fluent text; [`pdf::render`] lays it out as an A4
//! PDF with embedded fonts. Both live in the `werkpad-pdf` crate, which the server shares,
//! and are re-exported here under their old paths. [`issue`] is the store side: an issued
//! statement gets an offline-unique reference number and is saved, with its audit entry,
//! outbox entry and sharing-register entries, in the same transaction the PDF is made in.
//! [`crate::store::print_folder`] keeps PDFs with personal data in a private folder that is
//! emptied on lock and exit.

pub mod intake;
pub mod inzage;
pub mod inzage_requests;
pub mod issue;
pub mod letterhead;
pub mod lks_beschikking;
pub mod loonwaarde_report;
pub mod plan;
pub mod privacy;
pub mod text;
pub mod uwv_request;
pub mod verklaring56;
pub mod verzuim_warning;

pub use werkpad_pdf::{doc, pdf};

#[cfg(test)]
mod tests;

pub use issue::{Issued, Recipients56, StatementsOverview};
pub use letterhead::LetterheadSettings;
pub use text::Context;

/// Why a statement could not be made.
#[derive(Debug, thiserror::Error)]
pub enum StatementError {
    /// The configured logo cannot be read.
    #[error("the letterhead logo cannot be read")]
    Logo,
    /// A warning letter was asked for a verzuim case that was not decided with a warning.
    #[error("the verzuim case was not decided with a warning")]
    NotAWarning,
    /// Layout failed.
    #[error(transparent)]
    Pdf(#[from] pdf::PdfError),
}

impl From<StatementError> for crate::StoreError {
    fn from(e: StatementError) -> Self {
        match e {
            StatementError::Logo => crate::StoreError::LogoUnreadable,
            StatementError::NotAWarning => crate::StoreError::NotAWarning,
            StatementError::Pdf(e) => crate::StoreError::Pdf(e.to_string()),
        }
    }
}
