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

use crate::ValidationErrors;
use crate::choice::choice_enum;
use crate::ids::ResidentId;

/// Every record kind, listed once: the one place a new entity of the privacy statement is
/// registered (besides its type and its migration).
///
/// Each row: the [`EntityKind`] variant, the type, its machine name and Fluent label, its
/// table, whose it is (`Own`: the resident itself; `OfResident`: one resident's; `Shared`:
/// nobody's, reaches every device) and how it changes (`Mutable`; `AppendOnly`: only
/// added; `Reference`: the server's, read-only on laptops). `record_kinds!(then)` calls the
/// macro `then!` with the rows: the domain makes [`EntityKind`], the [`Record`] impls and
/// the document check of every kind from them; the store makes its tables, reads and
/// conflict merges.
#[macro_export]
macro_rules! record_kinds {
    ($then:ident) => {
        $then! {
            /// [`Resident`](crate::Resident).
            Resident = $crate::Resident => ("resident", "entity-resident", "residents", Own, Mutable),
            /// [`Traject`](crate::Traject).
            Traject = $crate::Traject => ("traject", "entity-traject", "trajecten", OfResident, Mutable),
            /// [`Report`](crate::Report).
            Report = $crate::Report => ("report", "entity-report", "reports", OfResident, AppendOnly),
            /// [`Agreement`](crate::Agreement).
            Agreement = $crate::Agreement => ("agreement", "entity-agreement", "agreements", OfResident, Mutable),
            /// [`Goal`](crate::Goal).
            Goal = $crate::Goal => ("goal", "entity-goal", "goals", OfResident, Mutable),
            /// [`Appointment`](crate::Appointment).
            Appointment = $crate::Appointment => ("appointment", "entity-appointment", "appointments", OfResident, Mutable),
            /// [`HealthRecord`](crate::HealthRecord).
            HealthRecord = $crate::HealthRecord => ("health_record", "entity-health-record", "health_records", OfResident, Mutable),
            /// [`Assessment`](crate::Assessment).
            Assessment = $crate::Assessment => ("assessment", "entity-assessment", "assessments", OfResident, Mutable),
            /// [`Verklaring56Decision`](crate::verklaring56::Verklaring56Decision).
            Verklaring56Decision = $crate::verklaring56::Verklaring56Decision => ("verklaring56_decision", "entity-verklaring56-decision", "verklaring56_decisions", OfResident, AppendOnly),
            /// [`IssuedStatement`](crate::IssuedStatement).
            IssuedStatement = $crate::IssuedStatement => ("issued_statement", "entity-issued-statement", "issued_statements", OfResident, AppendOnly),
            /// [`Disclosure`](crate::Disclosure).
            Disclosure = $crate::Disclosure => ("disclosure", "entity-disclosure", "disclosures", OfResident, AppendOnly),
            /// [`RightsRequest`](crate::RightsRequest): rectification, erasure, restriction
            /// or objection, with its deadline and outcome.
            RightsRequest = $crate::RightsRequest => ("rights_request", "entity-rights-request", "rights_requests", OfResident, Mutable),
            /// [`Loonwaardebepaling`](crate::loonwaarde::Loonwaardebepaling): a draft until
            /// the assessor signs it off.
            Loonwaarde = $crate::loonwaarde::Loonwaardebepaling => ("loonwaarde", "entity-loonwaarde", "loonwaarden", OfResident, Mutable),
            /// [`LksDecision`](crate::subsidy::LksDecision): a loonkostensubsidie granted or
            /// refused by a named staff member.
            LksDecision = $crate::subsidy::LksDecision => ("lks_decision", "entity-lks-decision", "lks_decisions", OfResident, AppendOnly),
            /// [`LksPayment`](crate::subsidy::LksPayment): one period paid.
            LksPayment = $crate::subsidy::LksPayment => ("lks_payment", "entity-lks-payment", "lks_payments", OfResident, AppendOnly),
            /// [`JobcoachSubsidy`](crate::subsidy::JobcoachSubsidy): coaching of one
            /// resident and period by an organisation.
            JobcoachSubsidy = $crate::subsidy::JobcoachSubsidy => ("jobcoach_subsidy", "entity-jobcoach-subsidy", "jobcoach_subsidies", OfResident, Mutable),
            /// [`UwvRequest`](crate::request::UwvRequest): a request to UWV.
            UwvRequest = $crate::request::UwvRequest => ("uwv_request", "entity-uwv-request", "uwv_requests", OfResident, Mutable),
            /// [`MedicalExamination`](crate::request::MedicalExamination) (health data).
            MedicalExamination = $crate::request::MedicalExamination => ("medical_examination", "entity-medical-examination", "medical_examinations", OfResident, Mutable),
            /// [`Referral`](crate::request::Referral): a life-domain referral.
            Referral = $crate::request::Referral => ("referral", "entity-referral", "referrals", OfResident, Mutable),
            /// [`Attachment`](crate::request::Attachment): a file that goes with a request.
            Attachment = $crate::request::Attachment => ("attachment", "entity-attachment", "attachments", OfResident, AppendOnly),
            /// [`VerzuimCase`](crate::verzuim::VerzuimCase): an absence up to its decision.
            Verzuim = $crate::verzuim::VerzuimCase => ("verzuim", "entity-verzuim", "verzuim_cases", OfResident, Mutable),
            /// [`Leerwerkplek`](crate::learning::Leerwerkplek).
            Leerwerkplek = $crate::learning::Leerwerkplek => ("leerwerkplek", "entity-leerwerkplek", "leerwerkplekken", OfResident, Mutable),
            /// [`Training`](crate::learning::Training): a vocational training.
            Training = $crate::learning::Training => ("training", "entity-training", "trainings", OfResident, Mutable),
            /// [`Employer`](crate::matching::Employer) (shared: every coach sees every employer).
            Employer = $crate::matching::Employer => ("employer", "entity-employer", "employers", Shared, Mutable),
            /// [`Workplace`](crate::matching::Workplace) (shared).
            Workplace = $crate::matching::Workplace => ("workplace", "entity-workplace", "workplaces", Shared, Mutable),
            /// [`JobcoachOrganisation`](crate::subsidy::JobcoachOrganisation) (shared, like
            /// employers).
            JobcoachOrganisation = $crate::subsidy::JobcoachOrganisation => ("jobcoach_organisation", "entity-jobcoach-organisation", "jobcoach_organisations", Shared, Mutable),
            /// [`Placement`](crate::matching::Placement).
            Placement = $crate::matching::Placement => ("placement", "entity-placement", "placements", OfResident, Mutable),
            /// [`PlacementContact`](crate::matching::PlacementContact).
            PlacementContact = $crate::matching::PlacementContact => ("placement_contact", "entity-placement-contact", "placement_contacts", OfResident, AppendOnly),
            /// [`MatchProfile`](crate::matching::MatchProfile).
            MatchProfile = $crate::matching::MatchProfile => ("match_profile", "entity-match-profile", "match_profiles", OfResident, Mutable),
            /// [`Occupation`](crate::reference::Occupation) (reference data from ESCO).
            Occupation = $crate::reference::Occupation => ("occupation", "entity-occupation", "occupations", Shared, Reference),
            /// [`IscoGroup`](crate::reference::IscoGroup) (reference data, ISCO-08).
            IscoGroup = $crate::reference::IscoGroup => ("isco_group", "entity-isco-group", "isco_groups", Shared, Reference),
            /// [`Pc4Area`](crate::reference::Pc4Area) (reference data, postcode areas).
            Pc4Area = $crate::reference::Pc4Area => ("pc4_area", "entity-pc4-area", "pc4_areas", Shared, Reference),
            /// [`ReferenceRelease`](crate::reference::ReferenceRelease): which release of a
            /// reference dataset a laptop holds.
            ReferenceRelease = $crate::reference::ReferenceRelease => ("reference_release", "entity-reference-release", "reference_releases", Shared, Reference),
        }
    };
}

/// Whose a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// The resident itself.
    Own,
    /// One resident's.
    OfResident,
    /// Nobody's: reaches every device that syncs (employers, workplaces, reference data).
    Shared,
}

/// How records of a kind change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Changed in place, field by field.
    Mutable,
    /// Never changed after it is saved, only added.
    AppendOnly,
    /// The server's (imported by an administrator); read-only on laptops.
    Reference,
}

macro_rules! declare_kinds {
    ($(
        $(#[$doc:meta])*
        $kind:ident = $ty:ty => ($name:literal, $label:literal, $table:literal, $owner:ident, $change:ident)
    ),+ $(,)?) => {
        choice_enum! {
            /// A kind of stored record.
            pub enum EntityKind {
                $( $(#[$doc])* $kind => ($name, $label) ),+
            }
        }

        impl EntityKind {
            /// Whose records of this kind are.
            pub fn owner(&self) -> Owner {
                match self {
                    $( Self::$kind => Owner::$owner ),+
                }
            }

            /// How records of this kind change.
            pub fn change(&self) -> Change {
                match self {
                    $( Self::$kind => Change::$change ),+
                }
            }
        }

        $( record_impl!($owner $kind $ty); )+

        /// Check `doc` as a record of `kind` (see [`crate::sync::check_document`]).
        pub(crate) fn check_kind(
            kind: EntityKind,
            doc: &serde_json::Value,
            id: Uuid,
            resident_id: Option<Uuid>,
            today: chrono::NaiveDate,
        ) -> Result<(), crate::sync::DocumentError> {
            match kind {
                $( EntityKind::$kind => crate::sync::document::typed::<$ty>(doc, id, resident_id)?
                    .check(today)
                    .map_err(crate::sync::DocumentError::Rules), )+
            }
        }
    };
}

macro_rules! record_impl {
    (Own $kind:ident $ty:ty) => {
        impl Record for $ty {
            const KIND: EntityKind = EntityKind::$kind;
            fn record_id(&self) -> Uuid {
                self.id.as_uuid()
            }
            fn resident_id(&self) -> Option<ResidentId> {
                Some(self.id)
            }
            fn check(&self, today: chrono::NaiveDate) -> Result<(), ValidationErrors> {
                self.validate(today)
            }
        }
    };
    (OfResident $kind:ident $ty:ty) => {
        impl Record for $ty {
            const KIND: EntityKind = EntityKind::$kind;
            fn record_id(&self) -> Uuid {
                self.id.as_uuid()
            }
            fn resident_id(&self) -> Option<ResidentId> {
                Some(self.resident_id)
            }
            fn check(&self, _today: chrono::NaiveDate) -> Result<(), ValidationErrors> {
                self.validate()
            }
        }
    };
    (Shared $kind:ident $ty:ty) => {
        impl Record for $ty {
            const KIND: EntityKind = EntityKind::$kind;
            fn record_id(&self) -> Uuid {
                Uuid::from(self.id)
            }
            fn resident_id(&self) -> Option<ResidentId> {
                None
            }
            fn check(&self, _today: chrono::NaiveDate) -> Result<(), ValidationErrors> {
                self.validate()
            }
        }
    };
}

record_kinds!(declare_kinds);

impl EntityKind {
    /// True when records of this kind are never changed after they are saved, only added.
    pub fn is_append_only(&self) -> bool {
        self.change() == Change::AppendOnly
    }

    /// True for data that belongs to no resident and reaches every device that syncs:
    /// employers, workplaces and the reference data.
    pub fn is_shared(&self) -> bool {
        self.owner() == Owner::Shared
    }

    /// True for reference data: imported by an administrator on the server, read-only on
    /// laptops (a laptop never pushes it).
    pub fn is_reference(&self) -> bool {
        self.change() == Change::Reference
    }

    /// True for special-category data (AVG art. 9): restricted access, every read logged.
    pub fn is_special_category(&self) -> bool {
        matches!(self, Self::HealthRecord | Self::MedicalExamination)
    }

    /// True when this document of this kind is special-category data: every record of a
    /// special kind, and an attachment marked `special` (a medical or psychological
    /// report). The server restricts and the laptop guards by this.
    /// An issued request to UWV that lists a medical or psychological report is special
    /// too: its snapshot names the file.
    pub fn is_special_document(&self, doc: &Map<String, Value>) -> bool {
        let special = |v: &Value| v.get("special").and_then(Value::as_bool) == Some(true);
        self.is_special_category()
            || (*self == Self::Attachment
                && doc.get("special").and_then(Value::as_bool) == Some(true))
            || (*self == Self::IssuedStatement
                && doc
                    .get("uwv_request")
                    .and_then(|s| s.get("attachments"))
                    .and_then(Value::as_array)
                    .is_some_and(|list| list.iter().any(special)))
    }

    /// Fields that only make sense together: the sync merge never takes some of them from
    /// one side and the rest from the other (a traject moved on one laptop and ended on
    /// another would be "in aftercare with an end date"). When one of them conflicts, all
    /// of them that the change sets are a conflict, and a person decides them together.
    pub fn merge_groups(&self) -> &'static [&'static [&'static str]] {
        match self {
            Self::Traject => &[&["state", "end", "history"]],
            // A sign-off fixes the whole assessment it saw: an edit made elsewhere before
            // the signature arrived is decided by a person, never slipped under it.
            Self::Loonwaarde => &[&[
                "placement_id",
                "employer_id",
                "employer_contact",
                "normfunctie",
                "actual_function",
                "worked_minutes_per_week",
                "fulltime_minutes_per_week",
                "visit_date",
                "report_date",
                "assessor",
                "tasks",
                "notes",
                "jobcoaching",
                "sign_off",
            ]],
            // An approval rests on the report it saw.
            Self::JobcoachSubsidy => &[&["calculation", "progress_report", "approval"]],
            // A request is sent, answered and closed as it stood: an edit of the draft
            // made elsewhere after it went is decided by a person.
            Self::UwvRequest => &[&[
                "kind",
                "route",
                "loonwaarde_id",
                "criteria",
                "motivation",
                "consent",
                "circumstances_changed",
                "life",
                "due_on",
                "answer",
            ]],
            Self::MedicalExamination => {
                &[&["kind", "agency", "question", "consent", "life", "outcome"]]
            }
            Self::Referral => &[&[
                "domain",
                "organisation",
                "reason",
                "shared",
                "shared_why",
                "consent",
                "life",
                "updates",
            ]],
            // A decision rests on the absence, the control and the account it saw.
            Self::Verzuim => &[&["absence", "control", "account", "decision"]],
            Self::Training => &[&["result", "result_on"]],
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
    /// The domain's rules for a stored record of this kind (`today` for rules on age).
    fn check(&self, today: chrono::NaiveDate) -> Result<(), ValidationErrors>;
}

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
    use crate::{Goal, HealthRecord, Traject};
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
                EntityKind::LksDecision,
                EntityKind::LksPayment,
                EntityKind::Attachment,
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
                EntityKind::JobcoachOrganisation,
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
        let doc = |v: serde_json::Value| v.as_object().cloned().unwrap_or_default();
        assert!(
            EntityKind::Attachment.is_special_document(&doc(serde_json::json!({"special": true})))
        );
        assert!(
            !EntityKind::Attachment
                .is_special_document(&doc(serde_json::json!({"special": false})))
        );
        let issued = |special: bool| {
            doc(
                serde_json::json!({"uwv_request": {"attachments": [{"special": false}, {"special": special}]}}),
            )
        };
        assert!(
            EntityKind::IssuedStatement.is_special_document(&issued(true)),
            "a listed health report"
        );
        assert!(!EntityKind::IssuedStatement.is_special_document(&issued(false)));
        assert!(
            !EntityKind::Report.is_special_document(&doc(serde_json::json!({"special": true})))
        );
        let special: Vec<_> = EntityKind::ALL
            .into_iter()
            .filter(EntityKind::is_special_category)
            .collect();
        assert_eq!(
            special,
            [EntityKind::HealthRecord, EntityKind::MedicalExamination],
            "health records and medical examinations are special"
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
