//! Subsidies that follow from a loonwaarde: the loonkostensubsidie to the employer
//! (Participatiewet art. 10d) and the subsidy to a jobcoach organisation.
//!
//! - [`wml`]: the date-effective minimum wage table with the LKS parameters;
//! - [`period`]: splitting periods where a rate changes;
//! - [`lks`]: the LKS of a period, every step shown;
//! - [`decision`]: the decision (a named person grants or refuses) and the payments;
//! - [`jobcoaching`]: organisations, the tariff table and the subsidy per period;
//! - [`forms`]: what the screens send; [`disclosures`]: the sharing-register entries.

pub mod decision;
pub mod disclosures;
pub mod forms;
pub mod jobcoaching;
pub mod lks;
pub mod period;
pub mod wml;

pub use decision::{
    LksDecision, LksDecisionId, LksOutcome, LksPayment, LksPaymentId, TrialPlacement, estimate,
    minutes_per_month,
};
pub use forms::{
    JobcoachOrganisationInput, JobcoachSubsidyInput, LksDecisionInput, LksPaymentInput,
    ProgressReportInput, approve_jobcoaching,
};
pub use jobcoaching::{
    JobcoachCalculation, JobcoachOrganisation, JobcoachOrganisationId, JobcoachSubsidy,
    JobcoachSubsidyId, PaymentApproval, ProgressReport, TariffRow, calculate_jobcoaching,
    default_tariffs,
};
pub use lks::{LksCalculation, LksInput, LksPart, calculate_lks};
pub use wml::{LKS_SOURCE, WML_TABLE, WmlRow, wml_on};

#[cfg(test)]
mod tests;
