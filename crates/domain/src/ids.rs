//! Typed ids for every record, and the staff member who acts on them.
//!
//! Each id is a newtype over a UUID v7: laptops create records offline, so ids must never
//! collide between devices, and v7 ids sort by creation time, which keeps indexes compact.
//! The newtypes stop a `ReportId` from being passed where a `ResidentId` is meant.

use crate::error::ValidationError;
use crate::validate::SHORT_TEXT_MAX;
use serde::{Deserialize, Serialize};

/// Declares id newtypes (`AgreementId`, …): a UUID v7 with serde, Display, FromStr and a
/// TypeScript name. A new purpose may declare its ids in its own module with it.
macro_rules! id_newtype {
    ($($(#[$meta:meta])* $name:ident),+ $(,)?) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize, ::ts_rs::TS)]
        #[serde(transparent)]
        pub struct $name(::uuid::Uuid);

        impl $name {
            /// A fresh, time-ordered id (UUID v7). This reads the clock and the random
            /// generator: the only place in this crate that does.
            #[allow(clippy::new_without_default, reason = "a default id would hide that it is random")]
            pub fn new() -> Self {
                Self(::uuid::Uuid::now_v7())
            }

            /// Wraps an existing UUID, e.g. one read from the database.
            pub const fn from_uuid(uuid: ::uuid::Uuid) -> Self {
                Self(uuid)
            }

            /// The UUID inside.
            pub const fn as_uuid(&self) -> ::uuid::Uuid {
                self.0
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::uuid::Error;

            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                ::uuid::Uuid::parse_str(s).map(Self)
            }
        }

        impl ::std::convert::From<$name> for ::uuid::Uuid {
            fn from(id: $name) -> ::uuid::Uuid {
                id.0
            }
        }
    )+};
}
#[allow(
    unused_imports,
    reason = "for purposes that declare their ids in their own module"
)]
pub(crate) use id_newtype;

id_newtype! {
    /// Identifies a resident (inwoner).
    ResidentId,
    /// Identifies a traject (one period of guidance of one resident).
    TrajectId,
    /// Identifies a report (rapportage).
    ReportId,
    /// Identifies an agreement (afspraak) made with a resident.
    AgreementId,
    /// Identifies a goal (doelstelling).
    GoalId,
    /// Identifies an appointment in the calendar.
    AppointmentId,
    /// Identifies a health record (special category, AVG art. 9).
    HealthRecordId,
    /// Identifies an assessment, warning or measure.
    AssessmentId,
    /// Identifies a coach's decision on a verklaring 56+.
    Verklaring56DecisionId,
    /// Identifies an issued statement.
    StatementId,
    /// Identifies an entry of the sharing register.
    DisclosureId,
    /// Identifies a staff member (jobcoach, consultant, team lead).
    StaffId,
    /// Identifies an employer (shared by every coach).
    EmployerId,
    /// Identifies a workplace (vacancy or place) at an employer.
    WorkplaceId,
    /// Identifies a placement: a coach's decision to place a resident on a workplace.
    PlacementId,
    /// Identifies a follow-up contact during a placement.
    PlacementContactId,
    /// Identifies a resident's match profile (zoekprofiel).
    MatchProfileId,
}

/// A staff member as recorded on a decision, report or state change.
///
/// The name is stored with the record (not only the id) so a printed or exported record
/// still says who acted after the staff member has left.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct StaffMember {
    /// The staff member's id.
    pub id: StaffId,
    /// Full name as shown on records; never empty.
    pub name: String,
}

impl StaffMember {
    /// A staff member with a trimmed, non-empty name of at most 200 characters.
    pub fn new(id: StaffId, name: impl Into<String>) -> Result<Self, ValidationError> {
        let name = name.into().trim().to_owned();
        if name.is_empty() {
            return Err(ValidationError::Required);
        }
        if name.chars().count() > SHORT_TEXT_MAX {
            return Err(ValidationError::TooLong {
                max: SHORT_TEXT_MAX,
            });
        }
        Ok(Self { id, name })
    }

    /// True when the name is usable: a decision needs a named person (AVG art. 22).
    pub fn is_named(&self) -> bool {
        !self.name.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_v7_and_serialize_as_a_bare_uuid() {
        let id = ResidentId::new();
        assert_eq!(
            id.as_uuid().get_version_num(),
            7,
            "ids must be time-ordered UUID v7"
        );
        let json = serde_json::to_string(&id).expect("an id serializes");
        assert_eq!(
            json,
            format!("\"{id}\""),
            "serde(transparent) stores just the uuid"
        );
        let back: ResidentId = serde_json::from_str(&json).expect("an id deserializes");
        assert_eq!(back, id, "an id must survive a round trip");
        assert_eq!(
            id.to_string().parse::<ResidentId>().ok(),
            Some(id),
            "FromStr inverts Display"
        );
    }

    #[test]
    fn later_ids_sort_after_earlier_ones() {
        let first = TrajectId::new();
        let second = TrajectId::new();
        assert!(
            first < second,
            "v7 ids from one process are monotonic, so they sort by age"
        );
    }

    #[test]
    fn staff_member_name_is_trimmed_and_required() {
        let id = StaffId::new();
        let member = StaffMember::new(id, "  Fatima El Amrani ").expect("a real name is valid");
        assert_eq!(
            member.name, "Fatima El Amrani",
            "surrounding spaces are not part of a name"
        );
        assert_eq!(
            StaffMember::new(id, "   "),
            Err(ValidationError::Required),
            "a decision needs a named staff member, so a blank name is refused"
        );
        assert_eq!(
            StaffMember::new(id, "x".repeat(201)),
            Err(ValidationError::TooLong { max: 200 }),
            "names are limited to 200 characters"
        );
    }
}
