//! The server's copy of records while a push page is applied.

use std::collections::BTreeMap;

use serde_json::{Map, Value};
use sqlx::PgConnection;
use sqlx::types::Json;
use uuid::Uuid;
use werkpad_domain::sync::FieldWriter;

/// (entity, id).
pub type Key = (String, Uuid);

/// One record, loaded for update.
#[derive(Debug, Clone)]
pub struct Rec {
    pub resident_id: Option<Uuid>,
    pub version: i64,
    pub doc: Map<String, Value>,
    pub field_versions: BTreeMap<String, i64>,
    /// Which device change last set each field.
    pub field_writers: BTreeMap<String, FieldWriter>,
    pub special: bool,
    pub deleted: bool,
    /// Position in the page's write order, once changed.
    pub dirty: Option<usize>,
}

type Row = (
    String,
    Uuid,
    Option<Uuid>,
    i64,
    Json<Map<String, Value>>,
    Json<BTreeMap<String, i64>>,
    Json<BTreeMap<String, FieldWriter>>,
    bool,
    bool,
);

/// Load the records named by `keys`, locking them for this transaction.
pub async fn load_for_update(
    conn: &mut PgConnection,
    keys: &[Key],
) -> Result<std::collections::HashMap<Key, Rec>, sqlx::Error> {
    let entities: Vec<&str> = keys.iter().map(|(e, _)| e.as_str()).collect();
    let ids: Vec<Uuid> = keys.iter().map(|(_, id)| *id).collect();
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT r.entity, r.id, r.resident_id, r.version, r.doc, r.field_versions,
                r.field_writers, r.special, r.deleted
         FROM records r
         JOIN UNNEST($1::text[], $2::uuid[]) AS k(entity, id)
           ON r.entity = k.entity AND r.id = k.id
         ORDER BY r.entity, r.id
         FOR UPDATE OF r",
    )
    .bind(entities)
    .bind(ids)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(entity, id, resident_id, version, doc, fv, fw, special, deleted)| {
                (
                    (entity, id),
                    Rec {
                        resident_id,
                        version,
                        doc: doc.0,
                        field_versions: fv.0,
                        field_writers: fw.0,
                        special,
                        deleted,
                        dirty: None,
                    },
                )
            },
        )
        .collect())
}

/// Write changed records with the given change numbers (in write order).
pub async fn upsert(
    conn: &mut PgConnection,
    recs: &[(&Key, &Rec)],
    change_seqs: &[i64],
    user: Uuid,
) -> Result<(), sqlx::Error> {
    let n = recs.len();
    let mut entities = Vec::with_capacity(n);
    let mut ids = Vec::with_capacity(n);
    let mut residents = Vec::with_capacity(n);
    let mut versions = Vec::with_capacity(n);
    let mut docs = Vec::with_capacity(n);
    let mut fvs = Vec::with_capacity(n);
    let mut fws = Vec::with_capacity(n);
    let mut specials = Vec::with_capacity(n);
    let mut deleteds = Vec::with_capacity(n);
    for ((entity, id), rec) in recs {
        entities.push(entity.as_str());
        ids.push(*id);
        residents.push(rec.resident_id);
        versions.push(rec.version);
        // Serialised straight from the page's records into the statement: no copies.
        docs.push(Json(&rec.doc));
        fvs.push(Json(&rec.field_versions));
        fws.push(Json(&rec.field_writers));
        specials.push(rec.special);
        deleteds.push(rec.deleted);
    }
    sqlx::query(
        "INSERT INTO records (entity, id, resident_id, version, doc, field_versions,
                              field_writers, special, deleted, change_seq, updated_at,
                              updated_by)
         SELECT entity, id, resident_id, version, doc, fv, fw, special, deleted, seq, now(),
                $10
         FROM UNNEST($1::text[], $2::uuid[], $3::uuid[], $4::bigint[], $5::jsonb[],
                     $6::jsonb[], $11::jsonb[], $7::bool[], $8::bool[], $9::bigint[])
              AS u(entity, id, resident_id, version, doc, fv, fw, special, deleted, seq)
         ON CONFLICT (entity, id) DO UPDATE SET
             version = EXCLUDED.version, doc = EXCLUDED.doc,
             field_versions = EXCLUDED.field_versions,
             field_writers = EXCLUDED.field_writers, deleted = EXCLUDED.deleted,
             change_seq = EXCLUDED.change_seq, updated_at = now(),
             updated_by = EXCLUDED.updated_by",
    )
    .bind(entities)
    .bind(ids)
    .bind(residents)
    .bind(versions)
    .bind(docs)
    .bind(fvs)
    .bind(specials)
    .bind(deleteds)
    .bind(change_seqs)
    .bind(user)
    .bind(fws)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// `n` fresh change numbers, increasing, made from this transaction's id: a pull passes
/// them only once the transaction (and every older one) has finished.
pub async fn next_change_seqs(conn: &mut PgConnection, n: usize) -> Result<Vec<i64>, sqlx::Error> {
    if n == 0 {
        return Ok(Vec::new());
    }
    sqlx::query_scalar("SELECT next_change_seqs($1)")
        .bind(i32::try_from(n).unwrap_or(i32::MAX))
        .fetch_all(&mut *conn)
        .await
}
