//! [`PlacementContact`]: a follow-up contact during a placement, to keep the resident at
//! work. Append-only: a correction is a new contact, so the file shows what was noted.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::choice::choice_enum;
use crate::error::ValidationErrors;
use crate::ids::{PlacementContactId, PlacementId, ResidentId, StaffMember};
use crate::validate::TEXT_MAX;
use crate::validate::fields::Collector;

choice_enum! {
    /// With whom the follow-up contact was.
    pub enum ContactParty {
        /// The employer.
        Employer => ("employer", "contact-party-employer"),
        /// The resident.
        Resident => ("resident", "contact-party-resident"),
        /// Both together.
        Both => ("both", "contact-party-both"),
    }
}

/// A follow-up contact about a placement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct PlacementContact {
    /// The contact's id.
    pub id: PlacementContactId,
    /// The resident placed.
    pub resident_id: ResidentId,
    /// The placement it is about.
    pub placement_id: PlacementId,
    /// Day of the contact.
    pub on: NaiveDate,
    /// With whom.
    pub with: ContactParty,
    /// The coach who had the contact.
    pub by: StaffMember,
    /// What was discussed.
    pub notes: String,
}

impl PlacementContact {
    /// A named coach and notes of at most 4000 characters.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_staff("by", &self.by);
        c.check_required("notes", &self.notes, TEXT_MAX);
        c.finish()
    }
}
