//! Opening the SQLCipher database: raw key first, then WAL, foreign keys and migrations.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, SqlitePool};

use super::keys::DataKey;
use crate::error::{Result, StoreError};

/// The local migrations, embedded at build time.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/local");

/// SQLite's "file is not a database": what a wrong SQLCipher key looks like.
const SQLITE_NOTADB: &str = "26";

/// Open (creating if missing) the database at `path`. With `key`, SQLCipher gets it as a raw
/// key in `PRAGMA key`, the first statement on every connection; without one, SQLCipher
/// behaves as plain SQLite (benchmarks compare the two).
pub async fn open(path: &Path, key: Option<&DataKey>) -> Result<SqlitePool> {
    let mut options = SqliteConnectOptions::from_str("sqlite://")?
        .filename(path)
        .create_if_missing(true)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10))
        // FULL: a change the coach saw saved survives a power cut, even in WAL mode.
        .synchronous(SqliteSynchronous::Full)
        // Cache size matters more than the cipher for lookups (TOOLCHAIN.md), but each
        // connection has its own and it counts in the app's memory: 2 MB each (8 MB held
        // 13 MiB more after unlocking 10,000 residents). The screens' queries go through
        // indexes (the caseload by family name, its count, search by FTS), so they read few
        // pages, and the operating system keeps the file's pages anyway (BENCHMARKS.md,
        // "Desktop app").
        .pragma("cache_size", "-2048")
        // Deleted files (retention, purge) are overwritten, not left in free pages.
        .pragma("secure_delete", "ON")
        // sqlx logs each statement (at debug, and slow ones at warn) with its text, and the
        // first statement on a connection carries the data key in `PRAGMA key`: a support
        // ticket with a debug log would carry the key. No statement text is logged at all
        // (tests/log_secrets.rs runs werkpadctl with debug logging and greps).
        .disable_statement_logging();
    if let Some(key) = key {
        // Only ever hex from our own key; the pool keeps its own copy of the options while
        // open (dropped, not zeroised, when the pool closes: a limit of sqlx).
        let pragma: String = key.sqlcipher_pragma().to_string();
        options = options
            .pragma("key", pragma)
            .pragma("cipher_log_level", "NONE");
    }
    // Two connections: one writer (SQLite has one anyway) and one reader beside it, e.g. a
    // search while a sync page is written. Each connection has its own page cache (up to
    // 2 MB), so more connections cost memory without making a laptop faster (BENCHMARKS.md).
    let pool = SqlitePoolOptions::new()
        .max_connections(2)
        .min_connections(1)
        .connect_with(options)
        .await
        // A wrong key can already fail the connection's own set-up pragmas.
        .map_err(map_key_error)?;
    // Without journal_mode in the options, a wrong key shows up at the first read.
    if let Err(e) = sqlx::query("SELECT count(*) FROM sqlite_master")
        .execute(&pool)
        .await
    {
        pool.close().await;
        return Err(map_key_error(e));
    }
    sqlx::query("PRAGMA journal_mode = WAL")
        .execute(&pool)
        .await?;
    MIGRATOR.run(&pool).await?;
    Ok(pool)
}

fn map_key_error(e: sqlx::Error) -> StoreError {
    match &e {
        sqlx::Error::Database(db) if db.code().as_deref() == Some(SQLITE_NOTADB) => {
            StoreError::DatabaseKey
        }
        _ => StoreError::Database(e),
    }
}
