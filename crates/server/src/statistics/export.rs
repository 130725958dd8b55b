//! The export: the study's data set as CSV, streamed in batches of residents.
//!
//! The facts are derived here from `records` with [`Fact::of`], the same function that
//! fills `report_facts` for the management reports (whose refresh lives in the reports
//! module; this export reads `records` itself, so a data set never waits for a refresh).
//! Two passes over one snapshot: the first counts the small groups, the second writes.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;
use werkpad_domain::EntityKind;
use werkpad_domain::report::population::Resident;
use werkpad_domain::report::{FACT_KINDS, Fact, ResidentFacts};

use super::row::{self, Attributes, Group, Line};
use super::{SMALL_GROUP, StatisticsError, study};

/// Residents read per batch.
const BATCH: i64 = 500;

/// What an export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ExportSummary {
    /// Lines (trajecten), header not counted.
    pub rows: u64,
    /// Residents with at least one line.
    pub residents: u64,
    /// Of those, residents whose PC4 was blanked (a group under [`SMALL_GROUP`]).
    pub pc4_blanked: u64,
}

/// The resident fields the data set needs, and no others, picked in the database.
const RESIDENTS: &str = "SELECT id, jsonb_build_object('birth_date', doc->'birth_date',
        'gender', doc->'gender', 'address', jsonb_build_object('postcode', doc->'address'->'postcode'))
    FROM records WHERE entity = 'resident' AND NOT deleted AND id > $1 ORDER BY id LIMIT $2";

const FACTS: &str = "SELECT entity, resident_id, doc FROM records
    WHERE resident_id = ANY($1) AND entity = ANY($2) AND NOT deleted";

type Batch = Vec<(Uuid, Attributes, Vec<Line>)>;

/// The next batch of residents after `after` with their lines (maybe none); empty at the end.
async fn batch(
    conn: &mut PgConnection,
    after: &mut Uuid,
    as_of: NaiveDate,
) -> Result<Option<Batch>, sqlx::Error> {
    let residents: Vec<(Uuid, Value)> = sqlx::query_as(RESIDENTS)
        .bind(*after)
        .bind(BATCH)
        .fetch_all(&mut *conn)
        .await?;
    let Some((last, _)) = residents.last() else {
        return Ok(None);
    };
    *after = *last;
    let ids: Vec<Uuid> = residents.iter().map(|(id, _)| *id).collect();
    let kinds: Vec<&str> = FACT_KINDS.iter().map(|k| k.as_str()).collect();
    let rows: Vec<(String, Uuid, Value)> = sqlx::query_as(FACTS)
        .bind(&ids)
        .bind(&kinds)
        .fetch_all(&mut *conn)
        .await?;
    let mut facts: HashMap<Uuid, Vec<Fact>> = HashMap::new();
    for (entity, resident, doc) in rows {
        if let Some(fact) = EntityKind::parse(&entity).and_then(|k| Fact::of(k, &doc)) {
            facts.entry(resident).or_default().push(fact);
        }
    }
    Ok(Some(
        residents
            .into_iter()
            .map(|(id, doc)| {
                let attrs = Attributes::of(&doc);
                let facts = ResidentFacts {
                    resident: id,
                    facts: facts.remove(&id).unwrap_or_default(),
                };
                let lines = row::lines(&attrs, &Resident::of(&facts), as_of);
                (id, attrs, lines)
            })
            .collect(),
    ))
}

/// Write study `name`'s data set to `out` as of `as_of` (the day "still working after 6
/// and 12 months" is seen on), then log it for `by`. A closed or unknown study is refused
/// before anything is written; a study closed while the export ran is refused at the end
/// (the caller throws the output away).
pub async fn export(
    pool: &PgPool,
    name: &str,
    by: Uuid,
    as_of: NaiveDate,
    out: &mut dyn Write,
) -> Result<ExportSummary, StatisticsError> {
    let mut conn = pool.acquire().await?;
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        .execute(&mut *tx)
        .await?;
    let (found, key) = study::with_key(&mut tx, name).await?;

    let mut groups: HashMap<Group, usize> = HashMap::new();
    let mut after = Uuid::nil();
    while let Some(batch) = batch(&mut tx, &mut after, as_of).await? {
        for (_, attrs, _) in batch.iter().filter(|b| !b.2.is_empty()) {
            *groups.entry(attrs.group()).or_default() += 1;
        }
    }

    let mut out = std::io::BufWriter::new(out);
    writeln!(out, "{}", row::HEADER)?;
    let mut summary = ExportSummary {
        rows: 0,
        residents: 0,
        pc4_blanked: 0,
    };
    let mut after = Uuid::nil();
    while let Some(batch) = batch(&mut tx, &mut after, as_of).await? {
        for (id, attrs, lines) in batch.iter().filter(|b| !b.2.is_empty()) {
            let group = attrs.group();
            let shown = groups.get(&group).is_some_and(|&n| n >= SMALL_GROUP);
            let pc4 = group.2.as_deref().filter(|_| shown);
            if group.2.is_some() && !shown {
                summary.pc4_blanked += 1;
            }
            let pseudonym = key.pseudonym(*id);
            for line in lines {
                out.write_all(line.csv(&pseudonym, pc4).as_bytes())?;
                summary.rows += 1;
            }
            summary.residents += 1;
        }
    }
    out.flush()?;
    drop(out);
    tx.commit().await?;

    let mut tx = pool.begin().await?;
    crate::locks::begin_changes(&mut tx).await?;
    let still_open: Option<bool> =
        sqlx::query_scalar("SELECT key IS NOT NULL FROM studies WHERE name = $1 FOR SHARE")
            .bind(name)
            .fetch_optional(&mut *tx)
            .await?;
    if still_open != Some(true) {
        return Err(StatisticsError::Closed(name.to_owned()));
    }
    let mut parameters = found.parameters();
    parameters["rows"] = summary.rows.into();
    parameters["as_of"] = as_of.to_string().into();
    super::log(&mut tx, by, "statistics_export", parameters).await?;
    tx.commit().await?;
    Ok(summary)
}

/// [`export`] into a new file only its owner may read (mode 0600 on Unix): written aside
/// and renamed into place once the export is logged, removed when it fails.
pub async fn export_to_file(
    pool: &PgPool,
    name: &str,
    by: Uuid,
    as_of: NaiveDate,
    path: &Path,
) -> Result<ExportSummary, StatisticsError> {
    let mut aside = path.as_os_str().to_owned();
    aside.push(format!(".{}.part", std::process::id()));
    let aside = Path::new(&aside);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(aside)?;
    let done = match export(pool, name, by, as_of, &mut file).await {
        Ok(summary) => file
            .sync_all()
            .and_then(|()| std::fs::rename(aside, path))
            .map(|()| summary)
            .map_err(StatisticsError::from),
        Err(e) => Err(e),
    };
    if done.is_err() {
        let _ = std::fs::remove_file(aside);
    }
    done
}
