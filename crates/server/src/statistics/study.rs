//! Studies: opened with a fresh key, closed by destroying it.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use super::StatisticsError;
use super::pseudonym::StudyKey;

/// A study as listed: everything but its key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Study {
    /// Its name (unique, never reused).
    pub name: String,
    /// What the research is for.
    pub purpose: String,
    /// Who asked for it (a person and organisation, as the administrator wrote it).
    pub requester: String,
    /// The administrator who opened it.
    pub opened_by: Uuid,
    /// When.
    pub opened_at: DateTime<Utc>,
    /// When it was closed and its key destroyed; none while open.
    pub closed_at: Option<DateTime<Utc>>,
    /// Who closed it.
    pub closed_by: Option<Uuid>,
}

impl Study {
    /// The parameters logged with every command about this study.
    pub(super) fn parameters(&self) -> serde_json::Value {
        json!({"study": self.name, "purpose": self.purpose, "requester": self.requester})
    }
}

/// The columns of [`Study`] (a macro, so every query stays one static string).
macro_rules! columns {
    () => {
        "name, purpose, requester, opened_by, opened_at, closed_at, closed_by"
    };
}

fn text(what: &'static str, value: &str, max: usize) -> Result<(), StatisticsError> {
    let n = value.trim().chars().count();
    if n == 0 || value.chars().count() > max {
        return Err(StatisticsError::BadText(what, max));
    }
    Ok(())
}

/// Open a study with a fresh random key; logged. A name already used (also by a closed
/// study) is refused.
pub async fn open(
    pool: &PgPool,
    name: &str,
    purpose: &str,
    requester: &str,
    by: Uuid,
) -> Result<Study, StatisticsError> {
    text("the study's name", name, 100)?;
    text("the purpose", purpose, 1000)?;
    text("the requester", requester, 200)?;
    let key = StudyKey::fresh()?;
    let mut tx = pool.begin().await?;
    crate::locks::begin_changes(&mut tx).await?;
    let study: Option<Study> = sqlx::query_as(concat!(
        "INSERT INTO studies (name, purpose, requester, opened_by, key)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (name) DO NOTHING RETURNING ",
        columns!()
    ))
    .bind(name)
    .bind(purpose)
    .bind(requester)
    .bind(by)
    .bind(key.as_bytes())
    .fetch_optional(&mut *tx)
    .await?;
    let study = study.ok_or_else(|| StatisticsError::NameTaken(name.to_owned()))?;
    super::log(&mut tx, by, "statistics_open", study.parameters()).await?;
    tx.commit().await?;
    Ok(study)
}

/// Close a study: its key is overwritten with NULL, so its pseudonyms can never be made
/// again; logged. Then `VACUUM studies` asks PostgreSQL to clear the old row version
/// (best effort: the write-ahead log and backups keep it until they expire).
pub async fn close(pool: &PgPool, name: &str, by: Uuid) -> Result<Study, StatisticsError> {
    let mut tx = pool.begin().await?;
    crate::locks::begin_changes(&mut tx).await?;
    let closed: Option<Study> = sqlx::query_as(concat!(
        "UPDATE studies SET key = NULL, closed_at = now(), closed_by = $2
         WHERE name = $1 AND key IS NOT NULL RETURNING ",
        columns!()
    ))
    .bind(name)
    .bind(by)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(study) = closed else {
        drop(tx);
        find(pool, name).await?;
        return Err(StatisticsError::Closed(name.to_owned()));
    };
    super::log(&mut tx, by, "statistics_close", study.parameters()).await?;
    tx.commit().await?;
    if let Err(e) = sqlx::query("VACUUM studies").execute(pool).await {
        tracing::warn!(error = %e, "VACUUM studies after closing a study failed");
    }
    Ok(study)
}

/// Every study, oldest first, without keys.
pub async fn list(pool: &PgPool) -> Result<Vec<Study>, StatisticsError> {
    Ok(sqlx::query_as(concat!(
        "SELECT ",
        columns!(),
        " FROM studies ORDER BY opened_at, name"
    ))
    .fetch_all(pool)
    .await?)
}

async fn find(pool: &PgPool, name: &str) -> Result<Study, StatisticsError> {
    sqlx::query_as(concat!(
        "SELECT ",
        columns!(),
        " FROM studies WHERE name = $1"
    ))
    .bind(name)
    .fetch_optional(pool)
    .await?
    .ok_or_else(|| StatisticsError::NoSuchStudy(name.to_owned()))
}

#[derive(sqlx::FromRow)]
struct WithKey {
    #[sqlx(flatten)]
    study: Study,
    key: Option<Vec<u8>>,
}

/// An open study and its key; a closed one is refused.
pub(super) async fn with_key(
    conn: &mut PgConnection,
    name: &str,
) -> Result<(Study, StudyKey), StatisticsError> {
    let row: WithKey = sqlx::query_as(concat!(
        "SELECT ",
        columns!(),
        ", key FROM studies WHERE name = $1"
    ))
    .bind(name)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(|| StatisticsError::NoSuchStudy(name.to_owned()))?;
    match row.key.as_deref().and_then(StudyKey::from_slice) {
        Some(key) => Ok((row.study, key)),
        None => Err(StatisticsError::Closed(name.to_owned())),
    }
}
