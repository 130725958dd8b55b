//! Support data: reports, agreements, goals, appointments, and assessments.
//!
//! These are the records of the guidance itself (privacy statement: "rapportages,
//! afspraken en doelstellingen" and "beoordelingen, waarschuwingen en maatregelen").
//! Each type has a `validate` that collects every problem at once.

mod appointment;
mod assessment;
mod plan;
mod report;

pub use appointment::{Appointment, AppointmentStatus};
pub use assessment::{Assessment, AssessmentKind};
pub use plan::{Agreement, AgreementStatus, Goal, GoalStatus};
pub use report::{Report, ReportKind};
