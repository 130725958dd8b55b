//! The conflict inbox: the same field changed on two sides. A person picks a value (theirs,
//! mine, or an edited one); the choice is an ordinary change of the record plus a mark on
//! the conflict, written in one transaction and pushed with the next sync.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use werkpad_domain::matching::{Employer, MatchProfile, Placement, Workplace};
use werkpad_domain::sync::{CONFLICT_ENTITY, ConflictDoc};
use werkpad_domain::{
    Agreement, Appointment, Assessment, EntityKind, Goal, HealthRecord, Purpose, Report, Resident,
    Traject, ValidationError, ValidationErrors,
};

use crate::error::{Result, StoreError};
use crate::store::Store;
use crate::store::Writer;
use crate::store::outbox::{self, NewEntry, Op};
use crate::store::records::Storable;

/// An open conflict, for the inbox.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
}

/// How a person resolved a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

impl Store {
    /// Open conflicts, oldest first.
    pub async fn conflicts(&self) -> Result<Vec<ConflictView>> {
        let rows: Vec<(String, Option<String>, String, Option<String>)> = sqlx::query_as(
            "SELECT c.id, c.resident_id, c.data, r.data
             FROM sync_conflicts c LEFT JOIN residents r ON r.id = c.resident_id
             ORDER BY json_extract(c.data, '$.created_at'), c.id",
        )
        .fetch_all(self.pool())
        .await?;
        let this_device = uuid::Uuid::parse_str(&self.device().device_id).ok();
        let mut out = Vec::with_capacity(rows.len());
        for (id, resident_id, data, resident) in rows {
            let Ok(doc) = serde_json::from_str::<ConflictDoc>(&data) else {
                continue;
            };
            let resident_name = resident
                .and_then(|r| serde_json::from_str::<Resident>(&r).ok())
                .map(|r| r.name.display_name());
            out.push(ConflictView {
                conflict_id: id,
                resident_id: resident_id.unwrap_or_default(),
                resident_name,
                entity: doc.entity,
                entity_id: doc.entity_id.to_string(),
                field: doc.field,
                mine: doc.mine,
                theirs: doc.theirs,
                from_this_device: this_device == Some(doc.device_id),
                created_at: doc.created_at.to_rfc3339(),
            });
        }
        Ok(out)
    }

    /// Resolve conflict `conflict_id` with `choice` (`value` for an edited one).
    pub async fn resolve_conflict(
        &self,
        conflict_id: &str,
        choice: Choice,
        value: Option<Value>,
    ) -> Result<()> {
        let row: Option<(Option<String>, i64, String)> =
            sqlx::query_as("SELECT resident_id, version, data FROM sync_conflicts WHERE id = ?")
                .bind(conflict_id)
                .fetch_optional(self.pool())
                .await?;
        let not_found = || StoreError::NotFound {
            entity: EntityKind::Resident,
            id: conflict_id.to_owned(),
        };
        let (resident_id, version, data) = row.ok_or_else(not_found)?;
        let doc: ConflictDoc = serde_json::from_str(&data).map_err(|_| not_found())?;
        let kind = EntityKind::parse(&doc.entity).ok_or_else(not_found)?;
        let chosen = match choice {
            Choice::Mine => doc.mine.clone(),
            Choice::Theirs => doc.theirs.clone(),
            Choice::Edited => value.unwrap_or(Value::Null),
        };
        let id = doc.entity_id.to_string();
        let mut w = self.writer(Purpose::Guidance).await?;
        match kind {
            EntityKind::Resident => {
                set_field::<Resident>(self, &mut w, &id, &doc.field, chosen).await?
            }
            EntityKind::Traject => {
                set_field::<Traject>(self, &mut w, &id, &doc.field, chosen).await?
            }
            EntityKind::Report => {
                set_field::<Report>(self, &mut w, &id, &doc.field, chosen).await?
            }
            EntityKind::Agreement => {
                set_field::<Agreement>(self, &mut w, &id, &doc.field, chosen).await?
            }
            EntityKind::Goal => set_field::<Goal>(self, &mut w, &id, &doc.field, chosen).await?,
            EntityKind::Appointment => {
                set_field::<Appointment>(self, &mut w, &id, &doc.field, chosen).await?;
            }
            EntityKind::HealthRecord => {
                set_field::<HealthRecord>(self, &mut w, &id, &doc.field, chosen).await?;
            }
            EntityKind::Assessment => {
                set_field::<Assessment>(self, &mut w, &id, &doc.field, chosen).await?;
            }
            EntityKind::Employer => {
                set_field::<Employer>(self, &mut w, &id, &doc.field, chosen).await?;
            }
            EntityKind::Workplace => {
                set_field::<Workplace>(self, &mut w, &id, &doc.field, chosen).await?;
            }
            EntityKind::Placement => {
                set_field::<Placement>(self, &mut w, &id, &doc.field, chosen).await?;
            }
            EntityKind::MatchProfile => {
                set_field::<MatchProfile>(self, &mut w, &id, &doc.field, chosen).await?;
            }
            // Append-only records never conflict; a conflict naming one is not ours.
            kind @ (EntityKind::Verklaring56Decision
            | EntityKind::IssuedStatement
            | EntityKind::Disclosure
            | EntityKind::PlacementContact) => {
                return Err(StoreError::AppendOnly { entity: kind });
            }
            // Reference data is the server's; a laptop never changes it.
            kind @ (EntityKind::Occupation
            | EntityKind::IscoGroup
            | EntityKind::Pc4Area
            | EntityKind::ReferenceRelease) => return Err(StoreError::ReadOnly { entity: kind }),
        }
        let fields = serde_json::json!({"status": "resolved", "resolution": choice.as_str()});
        let now = chrono::Utc::now().to_rfc3339();
        let device_id = self.device().device_id.clone();
        let tx = w.tx();
        outbox::append(
            tx,
            &device_id,
            &NewEntry {
                entity: CONFLICT_ENTITY,
                entity_id: conflict_id,
                resident_id: resident_id.as_deref(),
                op: Op::Update,
                fields: &fields,
                base_version: version,
                field_bases: None,
                purpose: Some(Purpose::Guidance),
            },
            &now,
        )
        .await?;
        sqlx::query("DELETE FROM sync_conflicts WHERE id = ?")
            .bind(conflict_id)
            .execute(&mut **tx)
            .await?;
        w.commit().await
    }
}

/// Set one top-level field of a record through the writer (rules, outbox, audit).
async fn set_field<R: Storable + DeserializeOwned>(
    store: &Store,
    w: &mut Writer<'_>,
    id: &str,
    field: &str,
    value: Value,
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
        map.insert(field.to_owned(), value);
    }
    let record: R = serde_json::from_value(json).map_err(|_| {
        StoreError::Validation(ValidationErrors::single(
            field,
            ValidationError::InvalidChoice,
        ))
    })?;
    w.put(&record).await?;
    Ok(())
}
