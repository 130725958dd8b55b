//! The kinds of record Werkpad stores, and what the store needs to know about each.
//!
//! The store (audit log, outbox, retention) works on records generically through
//! [`Record`]: each has a kind, an id and the resident it belongs to, so destruction at
//! the end of the retention period can find everything of one resident. The later
//! entities of the privacy statement (loonwaarde, subsidies, UWV requests, medical
//! examinations, verzuim, referrals, trainings, surveys) join [`EntityKind`] as variants.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::choice::choice_enum;
use crate::disclosure::Disclosure;
use crate::health::HealthRecord;
use crate::ids::ResidentId;
use crate::matching::{Employer, MatchProfile, Placement, PlacementContact, Workplace};
use crate::reference::{IscoGroup, Occupation, Pc4Area, ReferenceRelease};
use crate::resident::Resident;
use crate::statement::IssuedStatement;
use crate::support::{Agreement, Appointment, Assessment, Goal, Report};
use crate::traject::Traject;
use crate::verklaring56::Verklaring56Decision;

choice_enum! {
    /// A kind of stored record.
    pub enum EntityKind {
        /// [`Resident`].
        Resident => ("resident", "entity-resident"),
        /// [`Traject`].
        Traject => ("traject", "entity-traject"),
        /// [`Report`].
        Report => ("report", "entity-report"),
        /// [`Agreement`].
        Agreement => ("agreement", "entity-agreement"),
        /// [`Goal`].
        Goal => ("goal", "entity-goal"),
        /// [`Appointment`].
        Appointment => ("appointment", "entity-appointment"),
        /// [`HealthRecord`].
        HealthRecord => ("health_record", "entity-health-record"),
        /// [`Assessment`].
        Assessment => ("assessment", "entity-assessment"),
        /// [`Verklaring56Decision`].
        Verklaring56Decision => ("verklaring56_decision", "entity-verklaring56-decision"),
        /// [`IssuedStatement`].
        IssuedStatement => ("issued_statement", "entity-issued-statement"),
        /// [`Disclosure`].
        Disclosure => ("disclosure", "entity-disclosure"),
        /// [`Employer`] (shared: every coach sees every employer).
        Employer => ("employer", "entity-employer"),
        /// [`Workplace`] (shared).
        Workplace => ("workplace", "entity-workplace"),
        /// [`Placement`].
        Placement => ("placement", "entity-placement"),
        /// [`PlacementContact`].
        PlacementContact => ("placement_contact", "entity-placement-contact"),
        /// [`MatchProfile`].
        MatchProfile => ("match_profile", "entity-match-profile"),
        /// [`Occupation`] (reference data from ESCO).
        Occupation => ("occupation", "entity-occupation"),
        /// [`IscoGroup`] (reference data, ISCO-08).
        IscoGroup => ("isco_group", "entity-isco-group"),
        /// [`Pc4Area`] (reference data, postcode areas).
        Pc4Area => ("pc4_area", "entity-pc4-area"),
        /// [`ReferenceRelease`]: which release of a reference dataset a laptop holds.
        ReferenceRelease => ("reference_release", "entity-reference-release"),
    }
}

impl EntityKind {
    /// True when records of this kind are never changed after they are saved, only added.
    /// Reports, decisions, issued statements and the sharing register; contacts will join.
    pub fn is_append_only(&self) -> bool {
        matches!(
            self,
            Self::Report
                | Self::Verklaring56Decision
                | Self::IssuedStatement
                | Self::Disclosure
                | Self::PlacementContact
        )
    }

    /// True for data that belongs to no resident and reaches every device that syncs:
    /// employers, workplaces and the reference data.
    pub fn is_shared(&self) -> bool {
        matches!(self, Self::Employer | Self::Workplace) || self.is_reference()
    }

    /// True for reference data: imported by an administrator on the server, read-only on
    /// laptops (a laptop never pushes it).
    pub fn is_reference(&self) -> bool {
        matches!(
            self,
            Self::Occupation | Self::IscoGroup | Self::Pc4Area | Self::ReferenceRelease
        )
    }

    /// True for special-category data (AVG art. 9): restricted access, every read logged.
    pub fn is_special_category(&self) -> bool {
        matches!(self, Self::HealthRecord)
    }

    /// Fields that only make sense together: the sync merge never takes some of them from
    /// one side and the rest from the other (a traject moved on one laptop and ended on
    /// another would be "in aftercare with an end date"). When one of them conflicts, all
    /// of them that the change sets are a conflict, and a person decides them together.
    pub fn merge_groups(&self) -> &'static [&'static [&'static str]] {
        match self {
            Self::Traject => &[&["state", "end", "history"]],
            _ => &[],
        }
    }
}

/// A record the store can keep, sync and destroy generically.
pub trait Record: Serialize + DeserializeOwned {
    /// The kind of record.
    const KIND: EntityKind;
    /// The record's own id.
    fn record_id(&self) -> Uuid;
    /// The resident the record belongs to (for a resident: itself); none for shared data
    /// (employers, workplaces, reference data).
    fn resident_id(&self) -> Option<ResidentId>;
}

impl Record for Resident {
    const KIND: EntityKind = EntityKind::Resident;
    fn record_id(&self) -> Uuid {
        self.id.as_uuid()
    }
    fn resident_id(&self) -> Option<ResidentId> {
        Some(self.id)
    }
}

macro_rules! record_with_resident {
    ($($ty:ident),+) => {$(
        impl Record for $ty {
            const KIND: EntityKind = EntityKind::$ty;
            fn record_id(&self) -> Uuid {
                self.id.as_uuid()
            }
            fn resident_id(&self) -> Option<ResidentId> {
                Some(self.resident_id)
            }
        }
    )+};
}

record_with_resident!(
    Traject,
    Report,
    Agreement,
    Goal,
    Appointment,
    HealthRecord,
    Assessment,
    Verklaring56Decision,
    IssuedStatement,
    Disclosure,
    Placement,
    PlacementContact,
    MatchProfile
);

macro_rules! shared_record {
    ($($ty:ident),+) => {$(
        impl Record for $ty {
            const KIND: EntityKind = EntityKind::$ty;
            fn record_id(&self) -> Uuid {
                Uuid::from(self.id)
            }
            fn resident_id(&self) -> Option<ResidentId> {
                None
            }
        }
    )+};
}

shared_record!(
    Employer,
    Workplace,
    Occupation,
    IscoGroup,
    Pc4Area,
    ReferenceRelease
);

/// The top-level fields of `new` whose value differs from `old` (or that `old` lacks),
/// for field-level sync: two laptops editing different fields of one record both win.
///
/// Fields present in `old` but missing from `new` are not reported: records serialize
/// every field (absent values as `null`), so a missing field means an older version, not
/// a deletion. When `new` is not a JSON object the result is empty; when `old` is not an
/// object every field of `new` counts as changed.
pub fn changed_fields(old: &Value, new: &Value) -> Map<String, Value> {
    let Some(new) = new.as_object() else {
        return Map::new();
    };
    let old = old.as_object();
    new.iter()
        .filter(|(key, value)| old.and_then(|o| o.get(*key)) != Some(*value))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{GoalId, StaffId, StaffMember, TrajectId};
    use crate::support::GoalStatus;
    use chrono::NaiveDate;
    use serde_json::json;

    #[test]
    fn kinds_are_consistent() {
        crate::choice::assert_choice_consistent::<EntityKind>();
        let append_only: Vec<_> = EntityKind::ALL
            .into_iter()
            .filter(EntityKind::is_append_only)
            .collect();
        assert_eq!(
            append_only,
            [
                EntityKind::Report,
                EntityKind::Verklaring56Decision,
                EntityKind::IssuedStatement,
                EntityKind::Disclosure,
                EntityKind::PlacementContact
            ],
            "reports, decisions, issued statements, disclosures and follow-up contacts are append-only"
        );
        let shared: Vec<_> = EntityKind::ALL
            .into_iter()
            .filter(EntityKind::is_shared)
            .collect();
        assert_eq!(
            shared,
            [
                EntityKind::Employer,
                EntityKind::Workplace,
                EntityKind::Occupation,
                EntityKind::IscoGroup,
                EntityKind::Pc4Area,
                EntityKind::ReferenceRelease
            ],
            "employers, workplaces and reference data belong to no resident"
        );
        assert!(
            EntityKind::ALL
                .into_iter()
                .filter(EntityKind::is_reference)
                .all(|k| k.is_shared() && !k.is_append_only()),
            "reference data is shared and replaced by newer releases"
        );
        let special: Vec<_> = EntityKind::ALL
            .into_iter()
            .filter(EntityKind::is_special_category)
            .collect();
        assert_eq!(
            special,
            [EntityKind::HealthRecord],
            "only health records are special"
        );
    }

    #[test]
    fn records_know_their_kind_and_resident() {
        let resident_id = ResidentId::new();
        let coach = StaffMember::new(StaffId::new(), "Sanne").expect("named");
        let start = NaiveDate::from_ymd_opt(2025, 1, 6).expect("a real date");
        let traject = Traject::new(TrajectId::new(), resident_id, coach, start, vec![]);
        assert_eq!(Traject::KIND, EntityKind::Traject, "a traject is a traject");
        assert_eq!(
            traject.record_id(),
            traject.id.as_uuid(),
            "its id is its record id"
        );
        assert_eq!(
            Record::resident_id(&traject),
            Some(resident_id),
            "it belongs to its resident"
        );
        let goal = Goal {
            id: GoalId::new(),
            resident_id,
            traject_id: Some(traject.id),
            description: "Rijbewijs halen".into(),
            target_date: None,
            status: GoalStatus::Open,
        };
        assert_eq!(
            (Goal::KIND, Record::resident_id(&goal)),
            (EntityKind::Goal, Some(resident_id))
        );
        assert_eq!(
            HealthRecord::KIND.as_str(),
            "health_record",
            "kinds use their machine name"
        );
    }

    #[test]
    fn changed_fields_reports_only_differences() {
        let old = json!({"a": 1, "b": {"x": 1}, "c": null, "gone": true});
        let new = json!({"a": 1, "b": {"x": 2}, "c": "now set", "d": []});
        let changed = changed_fields(&old, &new);
        assert_eq!(
            Value::Object(changed),
            json!({"b": {"x": 2}, "c": "now set", "d": []}),
            "changed, newly set and new fields are reported; equal and missing ones are not"
        );
        assert!(
            changed_fields(&new, &new).is_empty(),
            "no change, nothing to sync"
        );
        assert_eq!(
            Value::Object(changed_fields(&Value::Null, &json!({"a": 1}))),
            json!({"a": 1}),
            "against nothing, every field is new"
        );
        assert!(
            changed_fields(&old, &json!(5)).is_empty(),
            "a non-object has no fields"
        );
    }
}
