//! Finding residents: FTS5 over names, BSN, postcode and woonplaats. The tokenizer folds
//! diacritics on both sides ("Ozturk" finds "Öztürk"); every word typed is a prefix, so the
//! list narrows as the coach types.
//!
//! What the coach sees of the caseload is in the access log, as ids only. A search runs on
//! every keystroke and writes nothing: logging each would flood the log with half-typed
//! names. When the query has settled (the screen decides: a pause in typing, Enter, or a
//! result opened), [`ResidentsArea::search_settled`] runs the same search again and writes
//! one `search` entry per resident it shows, in one transaction; the query text is never
//! stored. The same settled search again (same words, same filter) writes nothing until
//! another one settles in between; that memory is the store's area state, so locking
//! forgets it. Each page of the caseload list ([`ResidentsArea::caseload`]) writes one
//! `caseload_view` entry without a resident.

use chrono::NaiveDate;
use serde::Serialize;
use sqlx::SqliteConnection;
use werkpad_domain::{PersonName, Purpose, ResidentId};

use crate::error::Result;
use crate::store::audit::AuditAction;
use crate::store::residents::ResidentsArea;

/// One line of a result list or caseload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ResidentSummary {
    /// Resident id.
    pub id: ResidentId,
    /// "Jan van der Berg".
    pub display_name: String,
    /// Date of birth.
    pub birth_date: Option<NaiveDate>,
    /// Postcode, "1234AB".
    pub postcode: Option<String>,
    /// Woonplaats.
    pub woonplaats: Option<String>,
    /// State of the latest traject ("actief", "ended", …), if any.
    #[ts(type = "TrajectState | null")]
    pub traject_state: Option<String>,
    /// Start of the next planned appointment (local time), if any.
    pub next_appointment: Option<String>,
    /// When the latest signed loonwaarde must be assessed again, if there is one.
    pub reassess_on: Option<NaiveDate>,
    /// The earliest day an answer is awaited: UWV's answer to a sent request, or the
    /// resident's account in an open verzuim case.
    pub answer_due_on: Option<NaiveDate>,
    /// Family name first, for ordering lists the Dutch way ("Berg, Jan van den").
    #[serde(skip)]
    pub sort_key: String,
}

const SUMMARY_COLUMNS: &str = "r.id,
    json_extract(r.data, '$.name.initials'),
    json_extract(r.data, '$.name.given_names'),
    json_extract(r.data, '$.name.tussenvoegsel'),
    json_extract(r.data, '$.name.family_name'),
    json_extract(r.data, '$.name.preferred_name'),
    json_extract(r.data, '$.birth_date'),
    json_extract(r.data, '$.address.postcode'),
    json_extract(r.data, '$.address.woonplaats'),
    (SELECT t.state FROM trajecten t WHERE t.resident_id = r.id
     ORDER BY t.created_at DESC LIMIT 1),
    (SELECT min(a.starts_at) FROM appointments a WHERE a.resident_id = r.id
     AND json_extract(a.data, '$.status') = 'planned'
     AND a.starts_at >= strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    (SELECT max(json_extract(l.data, '$.sign_off.reassess_on')) FROM loonwaarden l
     WHERE l.resident_id = r.id),
    (SELECT min(d) FROM (
        SELECT u.due_on AS d FROM uwv_requests u WHERE u.resident_id = r.id
           AND json_extract(u.data, '$.life.status') = 'sent'
        UNION ALL
        SELECT json_extract(v.data, '$.account.answer_by') FROM verzuim_cases v
         WHERE v.resident_id = r.id AND json_extract(v.data, '$.decision') IS NULL
           AND json_extract(v.data, '$.account.given_on') IS NULL))";

/// The caseload query: ?1 traject state or NULL, ?2 limit, ?3 offset. Ordered along the
/// index residents_family_name (migration 20261130000007), so a page reads only its rows.
pub(crate) fn caseload_sql() -> String {
    format!(
        "SELECT {SUMMARY_COLUMNS} FROM residents r
         WHERE ?1 IS NULL OR (SELECT t.state FROM trajecten t WHERE t.resident_id = r.id
                              ORDER BY t.created_at DESC LIMIT 1) = ?1
         ORDER BY json_extract(r.data, '$.name.family_name') COLLATE NOCASE, r.id
         LIMIT ?2 OFFSET ?3"
    )
}

/// How many residents the caseload has in all: counted along the smallest index (SQLite's
/// count(*) without a WHERE), not by reading every resident's document.
const CASELOAD_COUNT_SQL: &str = "SELECT count(*) FROM residents";
/// How many residents' latest traject is in state ?1.
const CASELOAD_COUNT_IN_STATE_SQL: &str = "SELECT count(*) FROM residents r
     WHERE (SELECT t.state FROM trajecten t WHERE t.resident_id = r.id
            ORDER BY t.created_at DESC LIMIT 1) = ?1";

type SummaryRow = (
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// Turn what the coach typed into an FTS5 query: each word a quoted prefix term, all
/// required. "1234 ab" is joined into the postcode token "1234ab". Only letters and digits
/// reach the query, so no input can inject FTS syntax. `None` when nothing searchable is left.
pub fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut terms: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let next = words.get(i + 1);
        let is_pc_digits = w.len() == 4 && w.chars().all(|c| c.is_ascii_digit());
        match next {
            Some(n)
                if is_pc_digits && n.len() == 2 && n.chars().all(|c| c.is_ascii_alphabetic()) =>
            {
                terms.push(format!("\"{w}{n}\"*"));
                i += 2;
            }
            _ => {
                terms.push(format!("\"{w}\"*"));
                i += 1;
            }
        }
    }
    (!terms.is_empty()).then(|| terms.join(" "))
}

impl ResidentsArea<'_> {
    /// Residents matching `text`, at most `limit`, by name. Matches are not ranked: every
    /// word typed must match, so a short list is already precise, and skipping bm25 lets
    /// FTS5 stop at `limit` instead of scoring every match of a common prefix.
    ///
    /// Writes no audit entry: this is the search as the coach types. What the screen shows
    /// once the query has settled is logged by [`Self::search_settled`].
    pub async fn search(&self, text: &str, limit: i64) -> Result<Vec<ResidentSummary>> {
        let Some(query) = fts_query(text) else {
            return Ok(Vec::new());
        };
        let mut conn = self.store.pool().acquire().await?;
        find(&mut conn, &query, limit).await
    }

    /// The search for `text` has settled on screen (narrowed to `state`, as the list shows
    /// it): run it again and log one `search` entry per resident it shows, purpose
    /// guidance, in one transaction; returns those residents. The entries hold the
    /// resident's id only, never the text. Nothing is logged for a text with nothing to
    /// search, nor when the previous settled search in this session had the same words and
    /// filter (the coach pressed Enter after the pause, or opened a result).
    pub async fn search_settled(
        &self,
        text: &str,
        state: Option<&str>,
        limit: i64,
    ) -> Result<Vec<ResidentSummary>> {
        let Some(query) = fts_query(text) else {
            return Ok(Vec::new());
        };
        let settled = Settled {
            query,
            state: state.map(str::to_owned),
        };
        let last = self.store.area_state::<LastSettled>();
        // Held until the entries are committed: the same search settling twice at once is
        // logged once.
        let mut last = last.0.lock().await;
        if last.as_ref() == Some(&settled) {
            let mut conn = self.store.pool().acquire().await?;
            return Ok(in_state(
                find(&mut conn, &settled.query, limit).await?,
                state,
            ));
        }
        let mut w = self.store.writer(Purpose::Guidance).await?;
        let shown = in_state(find(w.tx(), &settled.query, limit).await?, state);
        for r in &shown {
            let id = r.id.to_string();
            w.audit(AuditAction::Search, Some(&id), None, None).await?;
        }
        w.commit().await?;
        *last = Some(settled);
        Ok(shown)
    }

    /// A page of the caseload: every resident, by family name, optionally only those whose
    /// latest traject is in `state`. Showing a page is logged: one `caseload_view` entry
    /// (purpose guidance, no resident), written in the transaction that reads the page.
    pub async fn caseload(
        &self,
        state: Option<&str>,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<ResidentSummary>> {
        let sql = caseload_sql();
        let mut w = self.store.writer(Purpose::Guidance).await?;
        let rows: Vec<SummaryRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(state)
            .bind(limit)
            .bind(offset)
            .fetch_all(&mut **w.tx())
            .await?;
        w.audit(AuditAction::CaseloadView, None, None, None).await?;
        w.commit().await?;
        Ok(rows.into_iter().filter_map(summary).collect())
    }

    /// How many residents [`Self::caseload`] pages through for `state`: the "50 of 10,000"
    /// the list shows above its first page.
    pub async fn caseload_count(&self, state: Option<&str>) -> Result<i64> {
        let query = match state {
            None => sqlx::query_scalar(CASELOAD_COUNT_SQL),
            Some(s) => sqlx::query_scalar(CASELOAD_COUNT_IN_STATE_SQL).bind(s),
        };
        Ok(query.fetch_one(self.store.pool()).await?)
    }
}

/// Only the residents whose latest traject is in `state` (all when `None`): a search
/// narrowed by the list's filter, as the caseload screen shows it.
pub fn in_state(mut rows: Vec<ResidentSummary>, state: Option<&str>) -> Vec<ResidentSummary> {
    if let Some(state) = state {
        rows.retain(|r| r.traject_state.as_deref() == Some(state));
    }
    rows
}

/// The last search that settled in this session: its FTS query (the words, normalised)
/// and the list's filter.
#[derive(PartialEq, Eq)]
struct Settled {
    query: String,
    state: Option<String>,
}

/// Search's memory in the store's area state, dropped with the store on lock. Holds
/// words a coach typed, so its `Debug` shows none of them.
#[derive(Default)]
struct LastSettled(tokio::sync::Mutex<Option<Settled>>);

impl std::fmt::Debug for LastSettled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LastSettled { .. }")
    }
}

/// The residents matching an FTS `query`, at most `limit`, by name.
async fn find(
    conn: &mut SqliteConnection,
    query: &str,
    limit: i64,
) -> Result<Vec<ResidentSummary>> {
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM
           (SELECT rowid FROM resident_search WHERE resident_search MATCH ?1 LIMIT ?2) s
         JOIN residents r ON r.rowid = s.rowid"
    );
    let rows: Vec<SummaryRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(query)
        .bind(limit)
        .fetch_all(conn)
        .await?;
    let mut hits: Vec<ResidentSummary> = rows.into_iter().filter_map(summary).collect();
    hits.sort_by(|a, b| a.sort_key.cmp(&b.sort_key));
    Ok(hits)
}

fn summary(row: SummaryRow) -> Option<ResidentSummary> {
    let (
        id,
        initials,
        given,
        tussen,
        family,
        preferred,
        birth,
        postcode,
        woonplaats,
        state,
        next,
        reassess,
        answer_due,
    ) = row;
    let date = |d: Option<String>| d.and_then(|b| NaiveDate::parse_from_str(&b, "%Y-%m-%d").ok());
    let id = ResidentId::from_uuid(uuid::Uuid::parse_str(&id).ok()?);
    let name = PersonName {
        initials,
        given_names: given.unwrap_or_default(),
        tussenvoegsel: tussen,
        family_name: family.unwrap_or_default(),
        preferred_name: preferred,
    };
    Some(ResidentSummary {
        id,
        sort_key: name.sort_name().to_lowercase(),
        display_name: name.display_name(),
        birth_date: date(birth),
        postcode,
        woonplaats,
        traject_state: state,
        next_appointment: next,
        reassess_on: date(reassess),
        answer_due_on: date(answer_due),
    })
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn queries_are_prefix_terms_of_letters_and_digits_only() {
        assert_eq!(
            fts_query("Öztürk").as_deref(),
            Some("\"öztürk\"*"),
            "the tokenizer folds"
        );
        assert_eq!(
            fts_query("1234 ab").as_deref(),
            Some("\"1234ab\"*"),
            "postcode joined"
        );
        assert_eq!(
            fts_query("d'Hondt-van").as_deref(),
            Some("\"d\"* \"hondt\"* \"van\"*"),
            "punctuation splits words"
        );
        assert_eq!(
            fts_query("\" OR * NEAR(").as_deref(),
            Some("\"or\"* \"near\"*"),
            "no syntax"
        );
        assert_eq!(fts_query("  -- "), None, "nothing to search");
    }
}
