//! Job matching and placement: employers, their workplaces, a resident's match profile,
//! the matching engine and the placements coaches decide on.
//!
//! The records (synced as JSON documents):
//! - [`Employer`] and [`Workplace`]: shared data every coach sees, typed in as an
//!   [`EmployerDraft`] / [`WorkplaceDraft`] and validated like a resident;
//! - [`MatchProfile`]: the coach's work-related picture of one resident;
//! - [`Placement`] and [`PlacementContact`]: the coach's decision to place a resident, and
//!   the follow-up contacts after it.
//!
//! The engine ([`rank_workplaces`], [`rank_residents`]) works on compact [`ResidentFacts`]
//! and [`WorkplaceFacts`] and a [`MatchIndex`] of postcode-area centroids. It scores every
//! pair from 0 to 100 and explains each score with [`MatchReason`]s. A match is advice:
//! hard exclusions are shown with their reason, never hidden, and only a coach decides on
//! a placement, recorded with the coach's name, date and reasoning.

mod contact;
pub mod disclosures;
mod distance;
mod employer;
mod facts;
mod placement;
mod points;
mod profile;
mod reasons;
mod score;
mod workplace;

#[cfg(test)]
pub(crate) mod tests;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::choice::choice_enum;
use crate::error::ValidationError;
use crate::validate::SHORT_TEXT_MAX;
use crate::validate::fields::Collector;

pub use contact::{ContactParty, PlacementContact};
pub use distance::{MatchIndex, haversine_m, pc4};
pub use employer::{Employer, EmployerContact, EmployerContactDraft, EmployerDraft};
pub use facts::{DaySet, OccupationKey, ResidentFacts, SupportSet, WorkplaceFacts, dutch_level};
pub use placement::{
    ContractKind, Placement, PlacementDecision, PlacementDraft, PlacementEnd, PlacementEndReason,
};
pub use profile::{MAX_TRAVEL_KM, MatchProfile, TravelOverride};
pub use reasons::{ExplainedMatch, MatchEffect, MatchReason, REASON_IDS};
pub use score::{
    Breakdown, Exclusion, Match, MatchComponent, OccupationFit, Travel, rank_residents,
    rank_workplaces, score_pair,
};
pub use workplace::{Workplace, WorkplaceDraft, WorkplaceKind};

choice_enum! {
    /// How heavy work is, or how much a resident can carry, physically or mentally
    /// (belastbaarheid). Ordered: `Licht < Middel < Zwaar`.
    pub enum DemandLevel {
        /// Light.
        Licht => ("licht", "demand-level-licht"),
        /// Medium.
        Middel => ("middel", "demand-level-middel"),
        /// Heavy.
        Zwaar => ("zwaar", "demand-level-zwaar"),
    }
}

impl DemandLevel {
    /// 0 for light, 1 for medium, 2 for heavy: how many steps above light.
    pub fn steps(self) -> u8 {
        match self {
            Self::Licht => 0,
            Self::Middel => 1,
            Self::Zwaar => 2,
        }
    }
}

choice_enum! {
    /// Support a resident needs at work, or a workplace offers.
    pub enum SupportKind {
        /// A jobcoach who comes to the workplace.
        JobcoachOnSite => ("jobcoach_on_site", "support-kind-jobcoach-on-site"),
        /// Fewer or adjusted working hours.
        AdjustedHours => ("adjusted_hours", "support-kind-adjusted-hours"),
        /// A quiet workspace.
        QuietWorkspace => ("quiet_workspace", "support-kind-quiet-workspace"),
        /// Adapted tools or equipment.
        AdaptedEquipment => ("adapted_equipment", "support-kind-adapted-equipment"),
        /// A colleague as buddy.
        Buddy => ("buddy", "support-kind-buddy"),
        /// An accessible building (wheelchair, lift).
        AccessibleBuilding => ("accessible_building", "support-kind-accessible-building"),
        /// Extra instruction and explanation.
        ExtraInstruction => ("extra_instruction", "support-kind-extra-instruction"),
    }
}

choice_enum! {
    /// An indication from UWV that opens a kind of work.
    pub enum Indication {
        /// Indicatie beschut werk (Participatiewet art. 10b).
        BeschutWerk => ("beschut_werk", "indication-beschut-werk"),
        /// Indicatie banenafspraak (doelgroepregister).
        Banenafspraak => ("banenafspraak", "indication-banenafspraak"),
    }
}

/// An occupation from the ESCO classification, denormalised (label and ISCO group are
/// copied in) so a record reads without the reference data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct OccupationRef {
    /// The ESCO occupation's UUID.
    pub id: Uuid,
    /// Its label as picked ("heftruckchauffeur").
    pub label: String,
    /// Its ISCO-08 unit group: 4 digits ("8344").
    pub isco_group: String,
}

impl OccupationRef {
    /// The ISCO-08 unit group as a number (8344), when it is 4 digits.
    pub fn isco_code(&self) -> Option<u16> {
        isco_code(&self.isco_group)
    }

    /// Checks the label and the ISCO group, reporting under `{prefix}.label` etc.
    pub(crate) fn check(&self, prefix: &str, c: &mut Collector) {
        c.check_required(&format!("{prefix}.label"), &self.label, SHORT_TEXT_MAX);
        if self.isco_code().is_none() {
            c.push(
                &format!("{prefix}.isco_group"),
                ValidationError::InvalidChoice,
            );
        }
        if self.id.is_nil() {
            c.push(&format!("{prefix}.id"), ValidationError::Required);
        }
    }
}

/// An ISCO-08 unit group code: exactly 4 ASCII digits ("0110" is the armed forces).
fn isco_code(group: &str) -> Option<u16> {
    if group.len() == 4 && group.bytes().all(|b| b.is_ascii_digit()) {
        group.parse().ok()
    } else {
        None
    }
}
