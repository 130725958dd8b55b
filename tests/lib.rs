//! Cross-crate journeys live in `tests/*.rs`. This library holds what they share: a fresh
//! PostgreSQL database per journey and a server on 127.0.0.1.

#![allow(clippy::expect_used, clippy::unwrap_used)]

pub mod sim;

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;
use werkpad_server::{AppState, Settings};

/// The PostgreSQL cluster the tests use (DATABASE_URL, else the project's local one).
pub fn cluster_url() -> String {
    std::env::var("DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A new, migrated database; returns its pool and URL.
pub async fn fresh_database() -> (PgPool, String) {
    let admin = PgPoolOptions::new()
        .max_connections(1)
        .connect(&cluster_url())
        .await
        .expect("PostgreSQL at DATABASE_URL (or 127.0.0.1:5432) answers");
    let name = format!("werkpad_journey_{}", uuid::Uuid::now_v7().simple());
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&admin)
        .await
        .expect("create database");
    admin.close().await;
    let base = cluster_url();
    let url = match base.rsplit_once('/') {
        Some((prefix, _)) => format!("{prefix}/{name}"),
        None => format!("{base}/{name}"),
    };
    let pool = PgPoolOptions::new()
        .max_connections(8)
        .connect(&url)
        .await
        .expect("connect to the new database");
    werkpad_server::MIGRATOR.run(&pool).await.expect("migrate");
    (pool, url)
}

/// Serve the API on 127.0.0.1 on a free port, in this process; returns the base URL.
pub async fn start_server(pool: PgPool) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let state = AppState::new(pool, Settings::default()).expect("audit key");
    tokio::spawn(async move { werkpad_server::serve_plain(listener, state).await });
    format!("http://{addr}")
}

/// The password every journey user has.
pub const PASSWORD: &str = "lang-genoeg-wachtwoord";

/// Drop a database made by [`fresh_database`] (its pool closed first).
pub async fn drop_database(url: &str) {
    let Some((_, name)) = url.rsplit_once('/') else {
        return;
    };
    if let Ok(admin) = PgPoolOptions::new()
        .max_connections(1)
        .connect(&cluster_url())
        .await
    {
        let _ = sqlx::query(sqlx::AssertSqlSafe(format!(
            "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
        )))
        .execute(&admin)
        .await;
        admin.close().await;
    }
}
