//! The last fetched report per (team, from, to), and the last list of teams, in the
//! encrypted store (`report_cache`): what the app shows offline, with the moment it was
//! fetched.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use crate::error::{Result, StoreError};
use crate::store::Store;

/// The cache key of the list of teams.
pub(crate) const TEAMS_KEY: &str = "teams";

/// The cache key of a report.
pub(crate) fn report_key(team: Option<Uuid>, from: &str, to: &str) -> String {
    let team = team.map_or_else(|| "all".to_owned(), |t| t.to_string());
    format!("report:{team}:{from}:{to}")
}

/// Keep `value` under `key`, fetched at `at`, in place of what was there.
pub(crate) async fn put<T: Serialize>(
    store: &Store,
    key: &str,
    value: &T,
    at: DateTime<Utc>,
) -> Result<()> {
    // Plain data types: serialising them does not fail.
    let json =
        serde_json::to_string(value).map_err(|e| StoreError::Io(std::io::Error::other(e)))?;
    sqlx::query(
        "INSERT INTO report_cache (key, fetched_at, report) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET fetched_at = excluded.fetched_at,
                                         report = excluded.report",
    )
    .bind(key)
    .bind(at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
    .bind(json)
    .execute(store.pool())
    .await?;
    Ok(())
}

/// What is kept under `key`, with when it was fetched (RFC 3339).
pub(crate) async fn get<T: DeserializeOwned>(
    store: &Store,
    key: &str,
) -> Result<Option<(T, String)>> {
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT report, fetched_at FROM report_cache WHERE key = ?")
            .bind(key)
            .fetch_optional(store.pool())
            .await?;
    let Some((json, at)) = row else {
        return Ok(None);
    };
    // A report kept by an older version that no longer parses is as good as none.
    Ok(serde_json::from_str(&json).ok().map(|v| (v, at)))
}

/// Forget every report and the teams: the user may no longer see figures.
pub(crate) async fn clear(store: &Store) -> Result<()> {
    sqlx::query("DELETE FROM report_cache")
        .execute(store.pool())
        .await?;
    Ok(())
}
