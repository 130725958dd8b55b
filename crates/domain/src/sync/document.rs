//! Is a synced JSON document a valid record of its kind? The server checks every record it
//! is about to store with the same types and rules the laptop used to make it.

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::entity::{EntityKind, Record};
use crate::matching::{Employer, MatchProfile, Placement, PlacementContact, Workplace};
use crate::reference::{IscoGroup, Occupation, Pc4Area, ReferenceRelease};
use crate::verklaring56::Verklaring56Decision;
use crate::{
    Agreement, Appointment, Assessment, Disclosure, Goal, HealthRecord, IssuedStatement, Report,
    Resident, Traject, ValidationErrors,
};

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
    match kind {
        EntityKind::Resident => {
            let r: Resident = typed(doc, id, resident_id)?;
            r.validate(today).map_err(DocumentError::Rules)
        }
        EntityKind::Traject => typed::<Traject>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
        EntityKind::Report => typed::<Report>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
        EntityKind::Agreement => typed::<Agreement>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
        EntityKind::Goal => typed::<Goal>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
        EntityKind::Appointment => typed::<Appointment>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
        EntityKind::HealthRecord => typed::<HealthRecord>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
        EntityKind::Assessment => typed::<Assessment>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
        EntityKind::Verklaring56Decision => typed::<Verklaring56Decision>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
        EntityKind::IssuedStatement => typed::<IssuedStatement>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
        EntityKind::Disclosure => typed::<Disclosure>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
        EntityKind::Employer => typed::<Employer>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
        EntityKind::Workplace => typed::<Workplace>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
        EntityKind::Placement => typed::<Placement>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
        EntityKind::PlacementContact => typed::<PlacementContact>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
        EntityKind::MatchProfile => typed::<MatchProfile>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
        // Reference data is written by the server's import, never accepted from a device;
        // its shape is still checked so a laptop can rely on what it pulls.
        EntityKind::Occupation => typed::<Occupation>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
        EntityKind::IscoGroup => typed::<IscoGroup>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
        EntityKind::Pc4Area => typed::<Pc4Area>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
        EntityKind::ReferenceRelease => typed::<ReferenceRelease>(doc, id, resident_id)?
            .validate()
            .map_err(DocumentError::Rules),
    }
}

fn typed<R: Record + DeserializeOwned>(
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
