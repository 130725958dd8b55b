//! Job matching and placement on the laptop (issue 6): employers and workplaces (shared by
//! every coach), the reference data that arrives by sync (occupations, postcode areas),
//! ranked matches with reasons, and placements the coach decides on.
//!
//! Main idea: the domain crate scores; this module only loads, audits and stores. Every
//! write goes through the store's writer, so the change, its outbox entry and its audit
//! entry are one transaction, as for every other record.

pub(crate) mod cache;
#[cfg(test)]
mod cache_tests;
pub mod csv_import;
pub mod demo;
pub mod employers;
pub mod placements;
pub mod rank;
pub mod reference;
#[cfg(test)]
mod tests;

pub use csv_import::{CsvImportReport, import_workplaces_csv};
pub use employers::EmployerFile;
pub use placements::PlacementView;
pub use rank::{MatchBasis, Ranked, ResidentMatch, WorkplaceMatch};
pub use reference::OccupationHit;

crate::store::area!(
    /// Job matching: employers, workplaces, match profiles, rankings, placements and the
    /// occupation reference data. Its facts cache lives in the store's area state.
    MatchingArea,
    matching
);
