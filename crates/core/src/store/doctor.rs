//! `doctor`: what support staff need to know about a store, without any personal data.

use serde::Serialize;

use super::outbox::OutboxStats;
use crate::error::Result;
use crate::store::upkeep::UpkeepArea;

/// The health of a store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DoctorReport {
    /// Which secret backend holds the key ("keyring" or "file").
    pub keyring_backend: String,
    /// The newest applied migration.
    pub schema_version: i64,
    /// SQLCipher's version (empty if the build were not SQLCipher).
    pub cipher_version: String,
    /// `PRAGMA integrity_check` result ("ok" when sound).
    pub integrity: String,
    /// The search index agrees with the residents it indexes ("ok", or FTS5's error).
    pub search_index: String,
    /// Rows per entity.
    pub counts: Vec<(String, i64)>,
    /// The sync outbox.
    pub outbox: OutboxStats,
    /// Audit entries.
    pub audit_entries: i64,
}

const COUNTED: [(&str, &str); 8] = [
    ("resident", "SELECT count(*) FROM residents"),
    ("traject", "SELECT count(*) FROM trajecten"),
    ("report", "SELECT count(*) FROM reports"),
    ("agreement", "SELECT count(*) FROM agreements"),
    ("goal", "SELECT count(*) FROM goals"),
    ("appointment", "SELECT count(*) FROM appointments"),
    ("health_record", "SELECT count(*) FROM health_records"),
    ("assessment", "SELECT count(*) FROM assessments"),
];

impl UpkeepArea<'_> {
    /// Check the store and count what is in it.
    pub async fn doctor(&self) -> Result<DoctorReport> {
        let (schema_version,): (i64,) =
            sqlx::query_as("SELECT coalesce(max(version), 0) FROM _sqlx_migrations WHERE success")
                .fetch_one(self.store.pool())
                .await?;
        let cipher_version: Option<(String,)> = sqlx::query_as("PRAGMA cipher_version")
            .fetch_optional(self.store.pool())
            .await?;
        let integrity: Vec<(String,)> = sqlx::query_as("PRAGMA integrity_check")
            .fetch_all(self.store.pool())
            .await?;
        let search_index = match sqlx::query(
            "INSERT INTO resident_search (resident_search, rank) VALUES ('integrity-check', 1)",
        )
        .execute(self.store.pool())
        .await
        {
            Ok(_) => "ok".to_owned(),
            Err(e) => e.to_string(),
        };
        let mut counts = Vec::with_capacity(COUNTED.len());
        for (name, sql) in COUNTED {
            let (n,): (i64,) = sqlx::query_as(sql).fetch_one(self.store.pool()).await?;
            counts.push((name.to_owned(), n));
        }
        Ok(DoctorReport {
            keyring_backend: self.store.backend_kind().as_str().to_owned(),
            schema_version,
            cipher_version: cipher_version.map(|(v,)| v).unwrap_or_default(),
            integrity: integrity
                .into_iter()
                .map(|(l,)| l)
                .collect::<Vec<_>>()
                .join("; "),
            search_index,
            counts,
            outbox: self.store.sync().outbox_stats().await?,
            audit_entries: self.store.audit().count().await?,
        })
    }
}
