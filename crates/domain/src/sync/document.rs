//! Is a synced JSON document a valid record of its kind? The server checks every record it
//! is about to store with the same types and rules the laptop used to make it.

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::ValidationErrors;
use crate::entity::{EntityKind, Record};

/// Why a document is not a valid record.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// Wrong shape: missing field, wrong type, unknown enum value.
    #[error("document does not match its kind: {0}")]
    Shape(#[from] serde_json::Error),
    /// Right shape, but against the domain's rules.
    #[error("document breaks the rules: {0:?}")]
    Rules(ValidationErrors),
    /// The record's own ids disagree with the mutation's.
    #[error("the record's ids do not match the mutation")]
    Ids,
}

/// Check `doc` as a record of `kind` with id `id` belonging to `resident_id`.
pub fn check_document(
    kind: EntityKind,
    doc: &Value,
    id: uuid::Uuid,
    resident_id: Option<uuid::Uuid>,
    today: NaiveDate,
) -> Result<(), DocumentError> {
    crate::entity::check_kind(kind, doc, id, resident_id, today)
}

pub(crate) fn typed<R: Record + DeserializeOwned>(
    doc: &Value,
    id: uuid::Uuid,
    resident_id: Option<uuid::Uuid>,
) -> Result<R, DocumentError> {
    let record: R = R::deserialize(doc)?;
    if record.record_id() != id || record.resident_id().map(|r| r.as_uuid()) != resident_id {
        return Err(DocumentError::Ids);
    }
    Ok(record)
}
