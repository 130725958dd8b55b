//! The yardstick for the apply rate: the rows a first sync brings, inserted bare into a
//! fresh laptop database of the same kind (SQLCipher with a random raw key, opened by
//! core's own `db::open` with the same settings and migrations as a store), in one
//! transaction with multi-row INSERTs; and, for context, the same into a plain
//! (unencrypted) database.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::Context;
use sqlx::{PgPool, SqlitePool};
use werkpad_core::store::db;
use werkpad_core::store::keys::DataKey;
use werkpad_core::store::records::table_of;
use werkpad_domain::EntityKind;

/// Rows per INSERT statement.
const ROWS_PER_STATEMENT: usize = 500;

/// One row as the server keeps it, ready to insert.
#[derive(Debug)]
pub struct Row {
    kind: EntityKind,
    id: String,
    resident_id: Option<String>,
    version: i64,
    data: String,
}

/// What the bare insert took.
#[derive(Debug, Clone, Copy)]
pub struct BareInsert {
    /// Rows inserted.
    pub rows: usize,
    /// Into SQLCipher (the laptop's kind of database).
    pub cipher: Duration,
    /// Into plain SQLite, for context.
    pub plain: Duration,
}

/// Every live record on the server that a laptop keeps in a table: residents first (the
/// other tables refer to them), then table by table in the order they were written.
pub async fn server_rows(pool: &PgPool) -> anyhow::Result<Vec<Row>> {
    let raw: Vec<(
        String,
        uuid::Uuid,
        Option<uuid::Uuid>,
        i64,
        serde_json::Value,
    )> = sqlx::query_as(
        "SELECT entity, id, resident_id, version, doc FROM records
             WHERE NOT deleted ORDER BY change_seq",
    )
    .fetch_all(pool)
    .await
    .context("reading the server's records")?;
    let mut rows: Vec<Row> = raw
        .into_iter()
        .filter_map(|(entity, id, resident_id, version, doc)| {
            EntityKind::parse(&entity).map(|kind| Row {
                kind,
                id: id.to_string(),
                resident_id: resident_id.map(|r| r.to_string()),
                version,
                data: doc.to_string(),
            })
        })
        .collect();
    rows.sort_by_key(|r| (r.kind != EntityKind::Resident, r.kind.as_str()));
    Ok(rows)
}

/// Insert `rows` into a fresh SQLCipher database and a fresh plain one in `dir`.
pub async fn measure(dir: &Path, rows: &[Row]) -> anyhow::Result<BareInsert> {
    let key = DataKey::generate().context("a random data key")?;
    let pool = db::open(&dir.join("bare-cipher.db"), Some(&key))
        .await
        .context("opening a fresh SQLCipher database")?;
    let cipher = insert(&pool, rows).await;
    pool.close().await;
    let pool = db::open(&dir.join("bare-plain.db"), None)
        .await
        .context("opening a fresh plain database")?;
    let plain = insert(&pool, rows).await;
    pool.close().await;
    Ok(BareInsert {
        rows: rows.len(),
        cipher: cipher?,
        plain: plain?,
    })
}

/// The insert statement for `n` rows of `kind`.
fn statement(kind: EntityKind, n: usize) -> String {
    let table = table_of(kind);
    let (columns, one) = if kind == EntityKind::Resident || kind.is_shared() {
        (
            "(id, version, data, created_at, updated_at)",
            "(?, ?, ?, ?, ?)",
        )
    } else {
        (
            "(id, resident_id, version, data, created_at, updated_at)",
            "(?, ?, ?, ?, ?, ?)",
        )
    };
    format!(
        "INSERT INTO {table} {columns} VALUES {}",
        vec![one; n].join(", ")
    )
}

/// One transaction, [`ROWS_PER_STATEMENT`] rows per statement, timed from BEGIN to COMMIT.
async fn insert(pool: &SqlitePool, rows: &[Row]) -> anyhow::Result<Duration> {
    let now = chrono::Utc::now().to_rfc3339();
    let start = Instant::now();
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await.context("begin")?;
    for group in rows.chunk_by(|a, b| a.kind == b.kind) {
        let kind = group[0].kind;
        let with_resident = !(kind == EntityKind::Resident || kind.is_shared());
        for chunk in group.chunks(ROWS_PER_STATEMENT) {
            let sql = statement(kind, chunk.len());
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for row in chunk {
                q = q.bind(&row.id);
                if with_resident {
                    q = q.bind(row.resident_id.as_deref());
                }
                q = q.bind(row.version).bind(&row.data).bind(&now).bind(&now);
            }
            q.execute(&mut *tx)
                .await
                .with_context(|| format!("inserting into {}", table_of(kind)))?;
        }
    }
    tx.commit().await.context("commit")?;
    Ok(start.elapsed())
}
