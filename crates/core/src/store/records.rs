//! How each domain record maps to its table, and the generic reads over them.
//!
//! Every record table has the same shape (id, resident_id, version, data, timestamps), so
//! one set of statements per table, made at compile time by [`storable!`], serves them all.
//! A new entity of the privacy statement (loonwaarde, subsidies, …) needs a table in a
//! migration and one line here.

use serde::de::DeserializeOwned;
use werkpad_domain::matching::{Employer, MatchProfile, Placement, PlacementContact, Workplace};
use werkpad_domain::reference::{IscoGroup, Occupation, Pc4Area, ReferenceRelease};
use werkpad_domain::verklaring56::Verklaring56Decision;
use werkpad_domain::{
    Agreement, Appointment, Assessment, Disclosure, Goal, HealthRecord, IssuedStatement, Record,
    Report, Resident, Traject, ValidationErrors,
};

use super::Store;
use crate::error::{Result, StoreError};

/// A record the store can keep.
pub trait Storable: Record {
    /// `SELECT data, version … WHERE id = ?1`.
    const SELECT_DATA: &'static str;
    /// `SELECT data … WHERE resident_id = ?1`, oldest first.
    const SELECT_BY_RESIDENT: &'static str;
    /// Insert with (?1 id, ?2 resident id, ?3 data, ?4 now).
    const INSERT: &'static str;
    /// Update with (?1 data, ?2 now, ?3 id).
    const UPDATE: &'static str;
    /// Rules the record must meet before it is stored.
    fn check(&self) -> Result<(), ValidationErrors>;
}

/// `storable!(Type, "table", check)` for a record of one resident;
/// `storable!(shared Type, "table", check)` for one that belongs to no resident (employers,
/// workplaces, reference data): its table has no `resident_id` column, and ?2 is bound but
/// not used.
macro_rules! storable {
    ($ty:ty, $table:literal, $check:expr) => {
        storable!(@impl $ty, $table, $check,
            " WHERE resident_id = ?1 ORDER BY created_at, id",
            " (id, resident_id, data, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)");
    };
    (shared $ty:ty, $table:literal, $check:expr) => {
        storable!(@impl $ty, $table, $check,
            " WHERE ?1 IS NULL",
            " (id, data, created_at, updated_at) VALUES (?1, ?3, ?4, ?4)");
    };
    (@impl $ty:ty, $table:literal, $check:expr, $by_resident:literal, $insert:literal) => {
        impl Storable for $ty {
            const SELECT_DATA: &'static str =
                concat!("SELECT data, version FROM ", $table, " WHERE id = ?1");
            const SELECT_BY_RESIDENT: &'static str =
                concat!("SELECT data FROM ", $table, $by_resident);
            const INSERT: &'static str = concat!("INSERT INTO ", $table, $insert);
            const UPDATE: &'static str =
                concat!("UPDATE ", $table, " SET data = ?1, updated_at = ?2 WHERE id = ?3");
            fn check(&self) -> Result<(), ValidationErrors> {
                let check: fn(&$ty) -> Result<(), ValidationErrors> = $check;
                check(self)
            }
        }
    };
}

impl Storable for Resident {
    const SELECT_DATA: &'static str = "SELECT data, version FROM residents WHERE id = ?1";
    const SELECT_BY_RESIDENT: &'static str = "SELECT data FROM residents WHERE id = ?1";
    // ?2 (the resident id) is the id itself here and is not stored twice.
    const INSERT: &'static str = "INSERT INTO residents (id, data, created_at, updated_at)
         VALUES (?1, ?3, ?4, ?4)";
    const UPDATE: &'static str = "UPDATE residents SET data = ?1, updated_at = ?2 WHERE id = ?3";
    fn check(&self) -> Result<(), ValidationErrors> {
        // A Resident only comes out of ResidentDraft::validate; re-checking the round trip
        // keeps a hand-built value from slipping past the rules.
        self.to_draft()
            .validate(self.id, chrono::Utc::now().date_naive())
            .map(|_| ())
    }
}

storable!(Traject, "trajecten", |t| t.validate());
storable!(Report, "reports", |r| r.validate());
storable!(Agreement, "agreements", |a| a.validate());
storable!(Goal, "goals", |g| g.validate());
storable!(Appointment, "appointments", |a| a.validate());
storable!(HealthRecord, "health_records", |h| h.validate());
storable!(Assessment, "assessments", |a| a.validate());
storable!(Verklaring56Decision, "verklaring56_decisions", |d| d
    .validate());
storable!(IssuedStatement, "issued_statements", |s| s.validate());
storable!(Disclosure, "disclosures", |d| d.validate());
storable!(Placement, "placements", |p| p.validate());
storable!(PlacementContact, "placement_contacts", |c| c.validate());
storable!(MatchProfile, "match_profiles", |m| m.validate());
storable!(shared Employer, "employers", |e| e.validate());
storable!(shared Workplace, "workplaces", |w| w.validate());
// Reference data can be read like any record; the writer refuses to change it.
storable!(shared Occupation, "occupations", |o| o.validate());
storable!(shared IscoGroup, "isco_groups", |g| g.validate());
storable!(shared Pc4Area, "pc4_areas", |a| a.validate());
storable!(shared ReferenceRelease, "reference_releases", |r| r.validate());

/// The table that holds records of `kind`. A new kind must be added here (the match is
/// exhaustive on purpose) together with its migration.
pub fn table_of(kind: werkpad_domain::EntityKind) -> &'static str {
    use werkpad_domain::EntityKind as K;
    match kind {
        K::Resident => "residents",
        K::Traject => "trajecten",
        K::Report => "reports",
        K::Agreement => "agreements",
        K::Goal => "goals",
        K::Appointment => "appointments",
        K::HealthRecord => "health_records",
        K::Assessment => "assessments",
        K::Verklaring56Decision => "verklaring56_decisions",
        K::IssuedStatement => "issued_statements",
        K::Disclosure => "disclosures",
        K::Employer => "employers",
        K::Workplace => "workplaces",
        K::Placement => "placements",
        K::PlacementContact => "placement_contacts",
        K::MatchProfile => "match_profiles",
        K::Occupation => "occupations",
        K::IscoGroup => "isco_groups",
        K::Pc4Area => "pc4_areas",
        K::ReferenceRelease => "reference_releases",
    }
}

impl Store {
    /// Every record of `kind` as (id, JSON document), by id: for support and for checking
    /// that laptop and server agree.
    pub async fn records_json(
        &self,
        kind: werkpad_domain::EntityKind,
    ) -> Result<Vec<(String, String)>> {
        let sql = format!("SELECT id, data FROM {} ORDER BY id", table_of(kind));
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .fetch_all(self.pool())
            .await?)
    }

    /// One record by id, with its version, without an audit entry (callers audit).
    pub(crate) async fn fetch<R: Storable + DeserializeOwned>(
        &self,
        exec: impl sqlx::SqliteExecutor<'_>,
        id: &str,
    ) -> Result<Option<(R, i64)>> {
        let row: Option<(String, i64)> = sqlx::query_as(R::SELECT_DATA)
            .bind(id)
            .fetch_optional(exec)
            .await?;
        row.map(|(data, version)| Ok((parse::<R>(&data, id)?, version)))
            .transpose()
    }

    /// All records of one kind for a resident, oldest first, without an audit entry.
    pub(crate) async fn fetch_for_resident<R: Storable + DeserializeOwned>(
        &self,
        exec: impl sqlx::SqliteExecutor<'_>,
        resident_id: &str,
    ) -> Result<Vec<R>> {
        let rows: Vec<(String,)> = sqlx::query_as(R::SELECT_BY_RESIDENT)
            .bind(resident_id)
            .fetch_all(exec)
            .await?;
        rows.iter()
            .map(|(data,)| parse::<R>(data, resident_id))
            .collect()
    }
}

pub(crate) fn parse<R: Record + DeserializeOwned>(data: &str, id: &str) -> Result<R> {
    serde_json::from_str(data).map_err(|source| StoreError::Corrupt {
        entity: R::KIND,
        id: id.to_owned(),
        source,
    })
}
