//! Loonwaarde, loonkostensubsidie and jobcoaching on the laptop (issue 22): drafts filled
//! in at the employer's site, signed off by the assessor, subsidies decided and paid by
//! named staff members, and the jobcoach organisations that coach.
//!
//! The domain calculates and checks (`werkpad_domain::loonwaarde`, `::subsidy`); this
//! module looks up what a decision rests on, writes the record, its sharing-register entry
//! and (through the store's writer) its audit and outbox entries in one transaction, and
//! reads the resident's subsidy file with one audit entry.

pub mod file;
pub mod jobcoaching;
pub mod lks;
pub mod loonwaarde;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
use werkpad_domain::loonwaarde::DEFAULT_REASSESS_MONTHS;
use werkpad_domain::subsidy::{TariffRow, default_tariffs};

pub use file::{EmployeeLks, JobcoachView, LksView, LoonwaardeView, SubsidyFile};

crate::store::area!(
    /// Loonwaarde, LKS and jobcoaching: drafts, sign-off, decisions, payments, organisations.
    SubsidiesArea,
    subsidies
);

/// The municipality's policy for these purposes, from settings.json (`subsidy`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SubsidyPolicy {
    /// Months between a signed loonwaarde and its re-assessment.
    pub reassess_months: u32,
    /// The jobcoach tariff per hour, date-effective.
    pub jobcoach_tariffs: Vec<TariffRow>,
}

impl Default for SubsidyPolicy {
    fn default() -> Self {
        Self {
            reassess_months: DEFAULT_REASSESS_MONTHS,
            jobcoach_tariffs: default_tariffs(),
        }
    }
}
