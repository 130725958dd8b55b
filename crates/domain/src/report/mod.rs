//! Management information (issue 24): what is counted ([`fact`]), how a resident's facts
//! are read ([`population`]), the report ([`compute`]) with its tables ([`table`]) and
//! small-cell protection ([`sheet`]), and the survey figures ([`survey`]).
//!
//! Aggregates only: a published count is at least 5, and no total minus the other cells
//! reveals a smaller one. The report advises nobody about anyone; it counts.

mod builder;
pub mod compute;
pub mod fact;
pub mod population;
pub mod request;
pub mod sheet;
pub mod survey;
pub mod table;

pub use compute::{Computed, MAX_MONTHS, Period, PeriodError, Scope, compute, first_of_month};
pub use fact::{FACT_KINDS, Fact, FactRow};
pub use population::ResidentFacts;
pub use request::{ReportRequest, ReportTeams, TeamInfo, TeamsRequest};
pub use sheet::{Sheet, Shown, THRESHOLD};
pub use survey::{SurveyData, SurveyResponses, SurveyTally};
pub use table::{Cell, Chart, ManagementReport, Table, TableRow};
