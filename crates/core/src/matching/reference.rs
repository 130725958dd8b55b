//! Reference data on the laptop: ESCO occupations, ISCO-08 groups and postcode areas,
//! as the server's import released them and the sync delivered them. Read-only here
//! (the writer refuses them); this module searches occupations, says which release the
//! laptop holds, and loads the postcode centroids the matching needs.

use serde::Serialize;
use serde_json::Value;
use sqlx::{Sqlite, Transaction};
use uuid::Uuid;
use werkpad_domain::EntityKind;
use werkpad_domain::Record;
use werkpad_domain::reference::{Occupation, ReferenceRelease};

use crate::error::{Result, StoreError};
use crate::matching::MatchingArea;
use crate::store::records::table_of;
use crate::store::search::fts_query;

/// One occupation found by a search, with the synonym that matched when it was not the
/// label ("heftruck" finds "heftruckchauffeur" through its synonym "heftruckbestuurder").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct OccupationHit {
    /// The ESCO occupation's id.
    pub id: Uuid,
    /// Its Dutch label.
    pub label: String,
    /// Its ISCO-08 unit group (4 digits).
    pub isco_group: String,
    /// A synonym containing what was typed, when the label does not.
    pub matched_synonym: Option<String>,
}

impl MatchingArea<'_> {
    /// Occupations whose label or synonyms start with every word typed, labels that match
    /// first, at most `limit`. No audit entry: reference data is about no one.
    pub async fn search_occupations(&self, text: &str, limit: i64) -> Result<Vec<OccupationHit>> {
        let Some(query) = fts_query(text) else {
            return Ok(Vec::new());
        };
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT o.id, o.data FROM
               (SELECT rowid, bm25(occupation_search, 0.0, 10.0, 1.0) AS rank
                FROM occupation_search WHERE occupation_search MATCH ?1
                ORDER BY rank LIMIT ?2) s
             JOIN occupations o ON o.rowid = s.rowid
             ORDER BY s.rank, json_extract(o.data, '$.label')",
        )
        .bind(query)
        .bind(limit)
        .fetch_all(self.store.pool())
        .await?;
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(fold)
            .collect();
        rows.into_iter()
            .map(|(id, data)| {
                let o: Occupation = parse_reference(EntityKind::Occupation, &id, &data)?;
                let label_matches = words_match(&o.label, &words);
                let matched_synonym = if label_matches {
                    None
                } else {
                    o.synonyms.iter().find(|s| words_match(s, &words)).cloned()
                };
                Ok(OccupationHit {
                    id: o.id,
                    label: o.label,
                    isco_group: o.isco_group,
                    matched_synonym,
                })
            })
            .collect()
    }

    /// One occupation by id, when this laptop has it.
    pub async fn occupation(&self, id: Uuid) -> Result<Option<Occupation>> {
        let row: Option<(String,)> = sqlx::query_as("SELECT data FROM occupations WHERE id = ?")
            .bind(id.to_string())
            .fetch_optional(self.store.pool())
            .await?;
        row.map(|(data,)| parse_reference(EntityKind::Occupation, &id.to_string(), &data))
            .transpose()
    }

    /// Which release of each reference dataset this laptop holds (none before a first sync).
    pub async fn reference_releases(&self) -> Result<Vec<ReferenceRelease>> {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT id, data FROM reference_releases ORDER BY id")
                .fetch_all(self.store.pool())
                .await?;
        rows.iter()
            .map(|(id, data)| parse_reference(EntityKind::ReferenceRelease, id, data))
            .collect()
    }

    /// Put reference records in place as a sync from the server would (same tables, no
    /// outbox, no audit: reference data is about no one). For demo data and tests that
    /// run without a server; a release record says where they came from. Their version is
    /// 0: not the server's, so a server's release replaces them and the self-check leaves
    /// them out.
    pub async fn install_reference<R: Record>(&self, records: &[R]) -> Result<usize> {
        if !R::KIND.is_reference() {
            return Err(StoreError::ReadOnly { entity: R::KIND });
        }
        let mut tx = self.store.pool().begin_with("BEGIN IMMEDIATE").await?;
        for r in records {
            let doc = serde_json::to_value(r).map_err(|source| StoreError::Corrupt {
                entity: R::KIND,
                id: r.record_id().to_string(),
                source,
            })?;
            upsert_reference(&mut tx, R::KIND, r.record_id(), &doc).await?;
        }
        tx.commit().await?;
        Ok(records.len())
    }
}

async fn upsert_reference(
    tx: &mut Transaction<'static, Sqlite>,
    kind: EntityKind,
    id: Uuid,
    doc: &Value,
) -> Result<()> {
    let now = chrono::Utc::now().to_rfc3339();
    let sql = format!(
        "INSERT INTO {} (id, version, data, created_at, updated_at) VALUES (?1, 0, ?2, ?3, ?3)
         ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
        table_of(kind)
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id.to_string())
        .bind(doc.to_string())
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

fn parse_reference<R: serde::de::DeserializeOwned>(
    kind: EntityKind,
    id: &str,
    data: &str,
) -> Result<R> {
    serde_json::from_str(data).map_err(|source| StoreError::Corrupt {
        entity: kind,
        id: id.to_owned(),
        source,
    })
}

/// Lower case without the common Dutch diacritics, as the FTS tokenizer folds them.
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' | 'Á' | 'À' | 'Ä' | 'Â' => 'a',
            'é' | 'è' | 'ë' | 'ê' | 'É' | 'È' | 'Ë' | 'Ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' | 'Í' | 'Ì' | 'Ï' | 'Î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'Ó' | 'Ò' | 'Ö' | 'Ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' | 'Ú' | 'Ù' | 'Ü' | 'Û' => 'u',
            other => other.to_lowercase().next().unwrap_or(other),
        })
        .collect()
}

/// True when every typed word is a prefix of a word of `text`.
fn words_match(text: &str, words: &[String]) -> bool {
    let folded = fold(text);
    let tokens: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words
        .iter()
        .all(|w| tokens.iter().any(|t| t.starts_with(w.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_prefixes_without_diacritics() {
        let words = vec![fold("heftruck")];
        assert!(
            words_match("Heftruckchauffeur", &words),
            "a typed word is a prefix"
        );
        assert!(
            !words_match("chauffeur heftrucks", &[fold("truck")]),
            "only prefixes of words, as FTS matches them"
        );
        assert!(
            words_match("coördinator", &[fold("coord")]),
            "diacritics fold"
        );
    }
}
