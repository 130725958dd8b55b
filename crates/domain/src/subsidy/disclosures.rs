//! The sharing-register entries of the loonwaarde and subsidy purposes: what a research
//! agency, an employer or a jobcoach organisation receives.

use chrono::NaiveDate;

use super::decision::LksDecision;
use super::jobcoaching::JobcoachSubsidy;
use crate::category::{DataCategory, Recipient};
use crate::disclosure::Disclosure;
use crate::ids::{DisclosureId, StaffMember};
use crate::loonwaarde::Loonwaardebepaling;
use crate::purpose::Purpose;

/// A research agency assesses the loonwaarde: it learns who the resident is, the work and
/// its limits, and the outcome.
pub fn of_assessment(
    loonwaarde: &Loonwaardebepaling,
    agency: &str,
    by: StaffMember,
    on: NaiveDate,
) -> Disclosure {
    Disclosure {
        id: DisclosureId::new(),
        resident_id: loonwaarde.resident_id,
        recipient: Recipient::ResearchAgency,
        recipient_name: agency.to_owned(),
        purpose: Purpose::Loonwaarde,
        categories: vec![
            DataCategory::Name,
            DataCategory::AvailabilityObstacles,
            DataCategory::Loonwaarde,
        ],
        disclosed_on: on,
        disclosed_by: by,
        statement_reference: None,
    }
}

/// The employer receives the beschikking: the resident's name and loonwaarde.
pub fn of_lks_decision(decision: &LksDecision, employer_name: &str) -> Disclosure {
    Disclosure {
        id: DisclosureId::new(),
        resident_id: decision.resident_id,
        recipient: Recipient::PossibleEmployer,
        recipient_name: employer_name.to_owned(),
        purpose: Purpose::EmployerSubsidy,
        categories: vec![DataCategory::Name, DataCategory::Loonwaarde],
        disclosed_on: decision.decided_on,
        disclosed_by: decision.decided_by.clone(),
        statement_reference: None,
    }
}

/// The jobcoach organisation learns whom it coaches, the support asked and the loonwaarde.
pub fn of_jobcoaching(
    subsidy: &JobcoachSubsidy,
    organisation: &str,
    by: StaffMember,
    on: NaiveDate,
) -> Disclosure {
    Disclosure {
        id: DisclosureId::new(),
        resident_id: subsidy.resident_id,
        recipient: Recipient::JobcoachOrganisation,
        recipient_name: organisation.to_owned(),
        purpose: Purpose::JobcoachSubsidy,
        categories: vec![
            DataCategory::Name,
            DataCategory::Support,
            DataCategory::Loonwaarde,
        ],
        disclosed_on: on,
        disclosed_by: by,
        statement_reference: None,
    }
}
