//! Importing reference data (ESCO occupations, ISCO-08 groups, PC4 postcode areas): an
//! administrator's `werkpad-server reference import`, and the same function for tests.
//!
//! Main idea: the file is parsed whole first (a malformed file stores nothing and names the
//! line); then one transaction, under the write lock every sync writer takes, compares the
//! release with the stored records of its kind ([`diff`]) and writes only the difference as
//! ordinary shared records (`resident_id` NULL), which every laptop pulls. The dataset's
//! [`ReferenceRelease`] record is written last, so a laptop that holds it holds the
//! records of that release too.

mod diff;

use std::collections::{BTreeMap, HashMap};

use chrono::Utc;
use serde::Serialize;
use serde_json::{Map, Value};
use sqlx::types::Json;
use sqlx::{PgConnection, PgPool};
use tracing::instrument;
use uuid::Uuid;
use werkpad_domain::ValidationErrors;
use werkpad_domain::reference::{
    Dataset, ImportError, REFERENCE_RELEASE, ReferenceRelease, parse_isco_groups,
    parse_occupations, parse_pc4,
};

use crate::audit::{self, AuditEntry};
pub use diff::ImportCounts;
use diff::{Stored, Write};

/// The audit action of an import.
pub const AUDIT_ACTION: &str = "reference_import";

/// Why an import stored nothing.
#[derive(Debug, thiserror::Error)]
pub enum ReferenceError {
    /// The file is malformed; the error names the line.
    #[error(transparent)]
    File(#[from] ImportError),
    /// The release needs a name.
    #[error("the release name is invalid: {0}")]
    Release(ValidationErrors),
    /// A record that does not serialize as a JSON object (a bug, not a bad file).
    #[error("a record of {0} does not serialize as an object")]
    Shape(&'static str),
    /// Database.
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// The outcome of an import.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Imported {
    /// The release record as stored.
    pub release: ReferenceRelease,
    /// What changed in the dataset's records.
    pub counts: ImportCounts,
}

/// Import `file` as release `version` of `dataset`: parse it whole, then store only the
/// difference with what the server holds, the release record, and an audit entry.
#[instrument(skip_all, err, fields(dataset = dataset.as_str()))]
pub async fn import(
    pool: &PgPool,
    dataset: Dataset,
    file: &[u8],
    version: &str,
) -> Result<Imported, ReferenceError> {
    let entity = dataset.entity();
    let docs = parse(dataset, file)?;
    let records = u32::try_from(docs.len()).unwrap_or(u32::MAX);
    let release = ReferenceRelease::new(dataset, version, Utc::now(), records, file);
    release.validate().map_err(ReferenceError::Release)?;
    let release_doc = object(&release, REFERENCE_RELEASE)?;

    let mut tx = pool.begin().await?;
    crate::locks::exclusive(&mut tx).await?;
    let stored = load(&mut tx, entity).await?;
    let (writes, counts) = diff::plan(&stored, docs);
    let stored_release = load_one(&mut tx, REFERENCE_RELEASE, release.id).await?;
    let (_, release_write) = diff::compare(release.id, stored_release.as_ref(), release_doc);

    let mut all: Vec<(&str, &Write)> = writes.iter().map(|w| (entity, w)).collect();
    all.extend(release_write.as_ref().map(|w| (REFERENCE_RELEASE, w)));
    write(&mut tx, &all).await?;
    let entry = AuditEntry {
        entity: Some(entity.to_owned()),
        entity_id: Some(release.id),
        ..AuditEntry::new(None, None, AUDIT_ACTION)
    };
    audit::append(&mut tx, &[entry]).await?;
    tx.commit().await?;
    tracing::info!(
        records,
        added = counts.added,
        changed = counts.changed,
        removed = counts.removed,
        unchanged = counts.unchanged,
        "reference data imported"
    );
    Ok(Imported { release, counts })
}

/// Records as (id, JSON document), in file order.
type Docs = Vec<(Uuid, Map<String, Value>)>;

/// The records of `file`.
fn parse(dataset: Dataset, file: &[u8]) -> Result<Docs, ReferenceError> {
    let entity = dataset.entity();
    match dataset {
        Dataset::EscoOccupations => docs(parse_occupations(file)?, entity, |o| o.id),
        Dataset::IscoGroups => docs(parse_isco_groups(file)?, entity, |g| g.id),
        Dataset::Pc4 => docs(parse_pc4(file)?, entity, |a| a.id),
    }
}

fn docs<T: Serialize>(
    records: Vec<T>,
    entity: &'static str,
    id: impl Fn(&T) -> Uuid,
) -> Result<Docs, ReferenceError> {
    records
        .iter()
        .map(|r| Ok((id(r), object(r, entity)?)))
        .collect()
}

fn object<T: Serialize>(
    record: &T,
    entity: &'static str,
) -> Result<Map<String, Value>, ReferenceError> {
    match serde_json::to_value(record) {
        Ok(Value::Object(doc)) => Ok(doc),
        _ => Err(ReferenceError::Shape(entity)),
    }
}

type Row = (
    Uuid,
    i64,
    Json<Map<String, Value>>,
    Json<BTreeMap<String, i64>>,
    bool,
);

fn stored(row: Row) -> (Uuid, Stored) {
    let (id, version, doc, field_versions, deleted) = row;
    (
        id,
        Stored {
            version,
            doc: doc.0,
            field_versions: field_versions.0,
            deleted,
        },
    )
}

/// Every stored record of `entity` (shared records only). The write lock is held, so no
/// other writer changes them meanwhile.
async fn load(conn: &mut PgConnection, entity: &str) -> Result<HashMap<Uuid, Stored>, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, version, doc, field_versions, deleted FROM records
         WHERE entity = $1 AND resident_id IS NULL",
    )
    .bind(entity)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(stored).collect())
}

async fn load_one(
    conn: &mut PgConnection,
    entity: &str,
    id: Uuid,
) -> Result<Option<Stored>, sqlx::Error> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT id, version, doc, field_versions, deleted FROM records
         WHERE entity = $1 AND id = $2 AND resident_id IS NULL",
    )
    .bind(entity)
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|r| stored(r).1))
}

/// Write `writes` as shared records with fresh change numbers, in order.
async fn write(conn: &mut PgConnection, writes: &[(&str, &Write)]) -> Result<(), sqlx::Error> {
    if writes.is_empty() {
        return Ok(());
    }
    let seqs = crate::sync::records::next_change_seqs(&mut *conn, writes.len()).await?;
    let n = writes.len();
    let mut entities = Vec::with_capacity(n);
    let mut ids = Vec::with_capacity(n);
    let mut versions = Vec::with_capacity(n);
    let mut docs = Vec::with_capacity(n);
    let mut field_versions = Vec::with_capacity(n);
    let mut deleted = Vec::with_capacity(n);
    for (entity, w) in writes {
        entities.push(*entity);
        ids.push(w.id);
        versions.push(w.record.version);
        docs.push(Json(&w.record.doc));
        field_versions.push(Json(&w.record.field_versions));
        deleted.push(w.record.deleted);
    }
    sqlx::query(
        "INSERT INTO records (entity, id, resident_id, version, doc, field_versions, special,
                              deleted, change_seq, updated_at, updated_by)
         SELECT entity, id, NULL, version, doc, fv, FALSE, deleted, seq, now(), NULL
         FROM UNNEST($1::text[], $2::uuid[], $3::bigint[], $4::jsonb[], $5::jsonb[],
                     $6::bool[], $7::bigint[])
              AS u(entity, id, version, doc, fv, deleted, seq)
         ON CONFLICT (entity, id) DO UPDATE SET
             version = EXCLUDED.version, doc = EXCLUDED.doc,
             field_versions = EXCLUDED.field_versions, deleted = EXCLUDED.deleted,
             change_seq = EXCLUDED.change_seq, updated_at = now(), updated_by = NULL",
    )
    .bind(entities)
    .bind(ids)
    .bind(versions)
    .bind(docs)
    .bind(field_versions)
    .bind(deleted)
    .bind(seqs)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
