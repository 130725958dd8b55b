//! How each domain record maps to its table, and the generic reads over them.
//!
//! Every record table has the same shape (id, resident_id, version, data, timestamps), so
//! one set of statements per table, made at compile time from the one list of record kinds
//! ([`werkpad_domain::record_kinds!`]), serves them all. A new entity of the privacy
//! statement (loonwaarde, subsidies, …) needs its row in that list and a table in a
//! migration; nothing here.

use serde::de::DeserializeOwned;
use werkpad_domain::Record;

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
}

/// The statements of one record table. Every table has the same shape (id, resident_id,
/// version, data, timestamps); a resident's own row has no `resident_id` column (its id is
/// the resident's), nor has a shared record's (?2 is bound but not used).
macro_rules! storable {
    (Own $ty:ty, $table:literal) => {
        storable!(@impl $ty, $table, " WHERE id = ?1",
            " (id, data, created_at, updated_at) VALUES (?1, ?3, ?4, ?4)");
    };
    (OfResident $ty:ty, $table:literal) => {
        storable!(@impl $ty, $table,
            " WHERE resident_id = ?1 ORDER BY created_at, id",
            " (id, resident_id, data, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)");
    };
    (Shared $ty:ty, $table:literal) => {
        storable!(@impl $ty, $table, " WHERE ?1 IS NULL",
            " (id, data, created_at, updated_at) VALUES (?1, ?3, ?4, ?4)");
    };
    (@impl $ty:ty, $table:literal, $by_resident:literal, $insert:literal) => {
        impl Storable for $ty {
            const SELECT_DATA: &'static str =
                concat!("SELECT data, version FROM ", $table, " WHERE id = ?1");
            const SELECT_BY_RESIDENT: &'static str =
                concat!("SELECT data FROM ", $table, $by_resident);
            const INSERT: &'static str = concat!("INSERT INTO ", $table, $insert);
            const UPDATE: &'static str =
                concat!("UPDATE ", $table, " SET data = ?1, updated_at = ?2 WHERE id = ?3");
        }
    };
}

/// The tables of every kind in [`werkpad_domain::record_kinds!`]. Reference data can be
/// read like any record; the writer refuses to change it.
macro_rules! tables {
    ($(
        $(#[$doc:meta])*
        $kind:ident = $ty:ty => ($name:literal, $label:literal, $table:literal, $owner:ident, $change:ident)
    ),+ $(,)?) => {
        $( storable!($owner $ty, $table); )+

        /// The table that holds records of `kind`.
        pub fn table_of(kind: werkpad_domain::EntityKind) -> &'static str {
            match kind {
                $( werkpad_domain::EntityKind::$kind => $table ),+
            }
        }
    };
}

werkpad_domain::record_kinds!(tables);

impl super::upkeep::UpkeepArea<'_> {
    /// Every record of `kind` as (id, JSON document), by id: for support and for checking
    /// that laptop and server agree.
    pub async fn records_json(
        &self,
        kind: werkpad_domain::EntityKind,
    ) -> Result<Vec<(String, String)>> {
        let sql = format!("SELECT id, data FROM {} ORDER BY id", table_of(kind));
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .fetch_all(self.store.pool())
            .await?)
    }
}

impl Store {
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

    /// One record of `resident_id` by id, or [`StoreError::NotFound`] (also when it is
    /// another resident's), without an audit entry.
    pub(crate) async fn fetch_of_resident<R: Storable + DeserializeOwned>(
        &self,
        resident_id: werkpad_domain::ResidentId,
        id: &str,
    ) -> Result<R> {
        self.fetch::<R>(self.pool(), id)
            .await?
            .map(|(r, _)| r)
            .filter(|r| r.resident_id() == Some(resident_id))
            .ok_or_else(|| StoreError::NotFound {
                entity: R::KIND,
                id: id.to_owned(),
            })
    }

    /// [`StoreError::NotFound`] unless the resident is on this laptop.
    pub(crate) async fn ensure_resident(
        &self,
        resident_id: werkpad_domain::ResidentId,
    ) -> Result<()> {
        let id = resident_id.to_string();
        let found: Option<(i64,)> = sqlx::query_as("SELECT 1 FROM residents WHERE id = ?")
            .bind(&id)
            .fetch_optional(self.pool())
            .await?;
        found.map(|_| ()).ok_or(StoreError::NotFound {
            entity: werkpad_domain::EntityKind::Resident,
            id,
        })
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
