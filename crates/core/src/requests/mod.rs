//! Requests to other parties on the laptop (issue 23): requests to UWV, medical
//! examinations at a research agency and life-domain referrals, with their attachments.
//!
//! The domain holds the life cycle and its rules (`werkpad_domain::request`); this module
//! looks up what a step rests on (the earlier requests for the 12-month rule, the
//! attachments for the consent a health report needs), and writes the request, its
//! sharing-register entry and (through the store's writer) the audit and outbox entries in
//! one transaction. Reads write their audit entries too; health data (a medical
//! examination, a medical or psychological report) only with a purpose and a reason.

mod attachments;
mod file;
mod medical;
mod referral;
mod steps;
#[cfg(test)]
mod tests;
mod uwv;

pub use attachments::OpenedAttachment;
pub use file::{ReferralView, RequestsFile, UwvView};

crate::store::area!(
    /// Requests to UWV, medical examinations, referrals and their attachments.
    RequestsArea,
    requests
);
