//! The conflict inbox: the same field changed on two sides. A person picks a value (theirs,
//! mine, or an edited one); the choice is an ordinary change of the record plus a mark on
//! the conflict, written in one transaction and pushed with the next sync.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use werkpad_domain::sync::{CONFLICT_ENTITY, ConflictDoc, group_of};
use werkpad_domain::{EntityKind, Purpose, Resident, ValidationError, ValidationErrors};

use crate::error::{Result, StoreError};
use crate::store::Store;
use crate::store::Writer;
use crate::store::audit::AuditAction;
use crate::store::health::{self, HealthAccess};
use crate::store::outbox::{self, NewEntry, Op};
use crate::store::records::Storable;
use crate::sync::SyncArea;

/// An open conflict, for the inbox.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ConflictView {
    /// The conflict's id.
    pub conflict_id: String,
    /// The resident.
    pub resident_id: String,
    /// The resident's display name, when on this laptop.
    pub resident_name: Option<String>,
    /// Kind of record.
    pub entity: String,
    /// Which record.
    pub entity_id: String,
    /// Which field.
    pub field: String,
    /// The value the device whose change ran into the conflict wanted (not applied).
    pub mine: Value,
    /// The value on the server, which stands until a person chooses.
    pub theirs: Value,
    /// Whether that device is this laptop: then `mine` is this laptop's own value; if
    /// not (another laptop of the coach, or another case worker), it is someone else's and
    /// the inbox must say so.
    pub from_this_device: bool,
    /// When the conflict arose (RFC 3339).
    pub created_at: String,
    /// Special-category data (health): `mine` and `theirs` are left out of the list, and
    /// shown only by [`SyncArea::open_conflict`] with a purpose and a reason (audited).
    pub restricted: bool,
}

/// How a person resolved a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "ConflictChoice")]
pub enum Choice {
    /// Keep the value of the device whose change ran into the conflict (`mine`).
    Mine,
    /// Keep the server's value (`theirs`).
    Theirs,
    /// A value typed by the person.
    Edited,
}

impl Choice {
    fn as_str(self) -> &'static str {
        match self {
            Self::Mine => "mine",
            Self::Theirs => "theirs",
            Self::Edited => "edited",
        }
    }
}

impl SyncArea<'_> {
    /// Open conflicts, oldest first.
    pub async fn conflicts(&self) -> Result<Vec<ConflictView>> {
        let rows: Vec<(String, Option<String>, String, Option<String>)> = sqlx::query_as(
            "SELECT c.id, c.resident_id, c.data, r.data
             FROM sync_conflicts c LEFT JOIN residents r ON r.id = c.resident_id
             ORDER BY json_extract(c.data, '$.created_at'), c.id",
        )
        .fetch_all(self.store.pool())
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for (id, resident_id, data, resident) in rows {
            let Ok(doc) = serde_json::from_str::<ConflictDoc>(&data) else {
                continue;
            };
            out.push(self.view(id, resident_id, doc, resident, false));
        }
        Ok(out)
    }

    /// One conflict with its values. For health data (special category) only with a
    /// purpose that can justify it and a reason, and the read is audited with both, as
    /// every other read of health data; refused with a typed error and nothing shown
    /// otherwise.
    pub async fn open_conflict(
        &self,
        conflict_id: &str,
        access: Option<&HealthAccess>,
    ) -> Result<ConflictView> {
        let row: Option<(String, Option<String>, String, Option<String>)> = sqlx::query_as(
            "SELECT c.id, c.resident_id, c.data, r.data
             FROM sync_conflicts c LEFT JOIN residents r ON r.id = c.resident_id
             WHERE c.id = ?",
        )
        .bind(conflict_id)
        .fetch_optional(self.store.pool())
        .await?;
        let not_found = || StoreError::NotFound {
            entity: EntityKind::Resident,
            id: conflict_id.to_owned(),
        };
        let (id, resident_id, data, resident) = row.ok_or_else(not_found)?;
        let doc: ConflictDoc = serde_json::from_str(&data).map_err(|_| not_found())?;
        let kind = EntityKind::parse(&doc.entity).ok_or_else(not_found)?;
        if kind.is_special_category() {
            let (purpose, reason) = health::checked(access)?;
            let mut w = self.store.writer(purpose).await?;
            let record = doc.entity_id.to_string();
            w.audit(
                AuditAction::ReadHealth,
                resident_id.as_deref(),
                Some((kind, &record)),
                Some(reason),
            )
            .await?;
            w.commit().await?;
        }
        Ok(self.view(id, resident_id, doc, resident, true))
    }

    /// The inbox's view of a stored conflict; health values only when `reveal`.
    fn view(
        &self,
        id: String,
        resident_id: Option<String>,
        doc: ConflictDoc,
        resident: Option<String>,
        reveal: bool,
    ) -> ConflictView {
        let this_device = uuid::Uuid::parse_str(&self.store.device().device_id).ok();
        let resident_name = resident
            .and_then(|r| serde_json::from_str::<Resident>(&r).ok())
            .map(|r| r.name.display_name());
        let restricted = EntityKind::parse(&doc.entity).is_some_and(|k| k.is_special_category());
        let hide = restricted && !reveal;
        ConflictView {
            conflict_id: id,
            resident_id: resident_id.unwrap_or_default(),
            resident_name,
            entity: doc.entity,
            entity_id: doc.entity_id.to_string(),
            field: doc.field,
            mine: if hide { Value::Null } else { doc.mine },
            theirs: if hide { Value::Null } else { doc.theirs },
            from_this_device: this_device == Some(doc.device_id),
            created_at: doc.created_at.to_rfc3339(),
            restricted,
        }
    }

    /// Resolve conflict `conflict_id` with `choice` (`value` for an edited one). Fields
    /// that go together (a traject's state, end and history) are decided together: the
    /// open conflicts of the same record on the other fields of the group are resolved
    /// with the same choice (an edited value is not possible there).
    pub async fn resolve_conflict(
        &self,
        conflict_id: &str,
        choice: Choice,
        value: Option<Value>,
    ) -> Result<()> {
        let row: Option<(Option<String>, i64, String)> =
            sqlx::query_as("SELECT resident_id, version, data FROM sync_conflicts WHERE id = ?")
                .bind(conflict_id)
                .fetch_optional(self.store.pool())
                .await?;
        let not_found = || StoreError::NotFound {
            entity: EntityKind::Resident,
            id: conflict_id.to_owned(),
        };
        let (resident_id, version, data) = row.ok_or_else(not_found)?;
        let doc: ConflictDoc = serde_json::from_str(&data).map_err(|_| not_found())?;
        let kind = EntityKind::parse(&doc.entity).ok_or_else(not_found)?;
        // The conflicts decided by this choice: this one, and its group's siblings.
        let mut decided: Vec<(String, i64, ConflictDoc)> =
            vec![(conflict_id.to_owned(), version, doc.clone())];
        if let Some(group) = group_of(kind.merge_groups(), &doc.field) {
            if choice == Choice::Edited {
                return Err(StoreError::Validation(ValidationErrors::single(
                    "choice",
                    ValidationError::InvalidChoice,
                )));
            }
            let siblings: Vec<(String, i64, String)> = sqlx::query_as(
                "SELECT id, version, data FROM sync_conflicts
                 WHERE id <> ? AND json_extract(data, '$.entity_id') = ?",
            )
            .bind(conflict_id)
            .bind(doc.entity_id.to_string())
            .fetch_all(self.store.pool())
            .await?;
            for (id, version, data) in siblings {
                if let Ok(d) = serde_json::from_str::<ConflictDoc>(&data)
                    && group.contains(&d.field.as_str())
                    && !decided.iter().any(|(_, _, x)| x.field == d.field)
                {
                    decided.push((id, version, d));
                }
            }
        }
        let id = doc.entity_id.to_string();
        let mut w = self.store.writer(Purpose::Guidance).await?;
        // The record as this laptop holds it now: when a field has moved on since the
        // conflict (someone saved a newer value on top), both sides are out of date and
        // choosing one would overwrite the newer value unseen: the conflict is closed as
        // superseded and nothing is written. An edited value is always written.
        let current = current_fields(&mut w, kind, &id).await?;
        let superseded = choice != Choice::Edited
            && decided.iter().any(|(_, _, d)| {
                let now = current.get(&d.field).unwrap_or(&Value::Null);
                *now != d.mine && *now != d.theirs
            });
        let fields: Vec<(String, Value)> = if superseded {
            Vec::new()
        } else {
            decided
                .iter()
                .map(|(_, _, d)| {
                    let v = match choice {
                        Choice::Mine => d.mine.clone(),
                        Choice::Theirs => d.theirs.clone(),
                        Choice::Edited => value.clone().unwrap_or(Value::Null),
                    };
                    (d.field.clone(), v)
                })
                .collect()
        };
        if kind.is_append_only() {
            // Append-only records never conflict; a conflict naming one is not ours.
            return Err(StoreError::AppendOnly { entity: kind });
        }
        if kind.is_reference() {
            // Reference data is the server's; a laptop never changes it.
            return Err(StoreError::ReadOnly { entity: kind });
        }
        if !fields.is_empty() {
            set_fields_of(kind, self.store, &mut w, &id, &fields).await?;
        }
        let resolution = if superseded {
            "superseded"
        } else {
            choice.as_str()
        };
        let mark = serde_json::json!({"status": "resolved", "resolution": resolution});
        let now = chrono::Utc::now().to_rfc3339();
        let device_id = self.store.device().device_id.clone();
        for (conflict, version, _) in &decided {
            let tx = w.tx();
            outbox::append(
                tx,
                &device_id,
                &NewEntry {
                    entity: CONFLICT_ENTITY,
                    entity_id: conflict,
                    resident_id: resident_id.as_deref(),
                    op: Op::Update,
                    fields: &mark,
                    base_version: *version,
                    field_bases: None,
                    purpose: Some(Purpose::Guidance),
                },
                &now,
            )
            .await?;
            sqlx::query("DELETE FROM sync_conflicts WHERE id = ?")
                .bind(conflict)
                .execute(&mut **tx)
                .await?;
        }
        w.commit().await
    }
}

/// The record's top-level fields as this laptop holds them (empty when it is gone).
async fn current_fields(
    w: &mut Writer<'_>,
    kind: EntityKind,
    id: &str,
) -> Result<serde_json::Map<String, Value>> {
    let row: Option<(String,)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT data FROM {} WHERE id = ?",
        crate::store::records::table_of(kind)
    )))
    .bind(id)
    .fetch_optional(&mut **w.tx())
    .await?;
    Ok(row
        .and_then(|(d,)| serde_json::from_str(&d).ok())
        .unwrap_or_default())
}

/// [`set_fields`] for a record of `kind`, for every kind in
/// [`werkpad_domain::record_kinds!`].
macro_rules! set_fields_of {
    ($(
        $(#[$doc:meta])*
        $kind:ident = $ty:ty => ($name:literal, $label:literal, $table:literal, $owner:ident, $change:ident)
    ),+ $(,)?) => {
        async fn set_fields_of(
            kind: EntityKind,
            store: &Store,
            w: &mut Writer<'_>,
            id: &str,
            fields: &[(String, Value)],
        ) -> Result<()> {
            match kind {
                $( EntityKind::$kind => set_fields::<$ty>(store, w, id, fields).await, )+
            }
        }
    };
}

werkpad_domain::record_kinds!(set_fields_of);

/// Set top-level fields of a record through the writer (rules, outbox, audit).
async fn set_fields<R: Storable + DeserializeOwned>(
    store: &Store,
    w: &mut Writer<'_>,
    id: &str,
    fields: &[(String, Value)],
) -> Result<()> {
    let (record, _) =
        store
            .fetch::<R>(&mut **w.tx(), id)
            .await?
            .ok_or_else(|| StoreError::NotFound {
                entity: R::KIND,
                id: id.to_owned(),
            })?;
    let mut json = serde_json::to_value(&record).map_err(|source| StoreError::Corrupt {
        entity: R::KIND,
        id: id.to_owned(),
        source,
    })?;
    if let Value::Object(map) = &mut json {
        for (field, value) in fields {
            map.insert(field.clone(), value.clone());
        }
    }
    let first = fields.first().map_or("", |(f, _)| f.as_str());
    let record: R = serde_json::from_value(json).map_err(|_| {
        StoreError::Validation(ValidationErrors::single(
            first,
            ValidationError::InvalidChoice,
        ))
    })?;
    w.put(&record).await?;
    Ok(())
}
