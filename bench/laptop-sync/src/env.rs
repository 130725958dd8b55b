//! What every measurement stands on: a fresh PostgreSQL database with the server serving
//! it in this process on a free loopback port, coaches added straight into that database,
//! laptops with real encrypted stores in temporary folders, and one timed sync round.
//! (The database helpers are copied from the journeys' `tests/lib.rs`, so this crate does
//! not depend on the tests crate.)

use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::NaiveDate;
use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;
use tokio::task::JoinHandle;
use werkpad_core::Store;
use werkpad_core::store::{BackendPreference, KdfParams, StoreConfig};
use werkpad_core::sync::{Progress, SyncReport, engine};
use werkpad_domain::sync::Role;
use werkpad_server::{AppState, Settings};

/// The passphrase of every laptop.
pub const PASSPHRASE: &str = "een lange zin als wachtwoord";
/// The password of every coach.
pub const PASSWORD: &str = "lang-genoeg-wachtwoord";

/// A fresh database with the server in front of it; dropped by [`Server::finish`].
#[derive(Debug)]
pub struct Server {
    /// The server's pool (also used to add users and read `records`).
    pub pool: PgPool,
    /// Base URL of the API.
    pub url: String,
    cluster: String,
    name: String,
    task: Option<JoinHandle<()>>,
}

impl Server {
    /// Make a migrated database on the cluster at `pg` (no database name) and serve it.
    pub async fn start(pg: &str) -> anyhow::Result<Self> {
        let cluster = pg.trim_end_matches('/').to_owned();
        let name = format!("werkpad_laptop_bench_{}", uuid::Uuid::now_v7().simple());
        let admin = PgPoolOptions::new()
            .max_connections(1)
            .connect(&format!("{cluster}/postgres"))
            .await
            .with_context(|| format!("PostgreSQL at {cluster} does not answer"))?;
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&admin)
            .await
            .context("create database")?;
        admin.close().await;
        let pool = PgPoolOptions::new()
            .max_connections(Settings::default().pool_size)
            .connect(&format!("{cluster}/{name}"))
            .await
            .context("connect to the new database")?;
        let mut server = Self {
            pool,
            url: String::new(),
            cluster,
            name,
            task: None,
        };
        // From here on a failure still drops the database.
        if let Err(e) = server.serve().await {
            server.finish().await;
            return Err(e);
        }
        Ok(server)
    }

    async fn serve(&mut self) -> anyhow::Result<()> {
        werkpad_server::MIGRATOR
            .run(&self.pool)
            .await
            .context("migrate")?;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .context("bind")?;
        let addr = listener.local_addr().context("local addr")?;
        let router = werkpad_server::router(
            AppState::new(self.pool.clone(), Settings::default()).expect("audit key"),
        );
        self.task = Some(tokio::spawn(async move {
            let _ = axum::serve(listener, router).await;
        }));
        self.url = format!("http://{addr}");
        Ok(())
    }

    /// Add a coach (Argon2: a fraction of a second).
    pub async fn add_coach(&self, user: &str, display: &str) -> anyhow::Result<()> {
        werkpad_server::admin::user_add(&self.pool, user, display, Role::Jobcoach, PASSWORD)
            .await
            .with_context(|| format!("adding coach {user}"))?;
        Ok(())
    }

    /// Stop serving, close the pool and drop the database (WITH (FORCE)).
    pub async fn finish(self) {
        if let Some(task) = self.task {
            task.abort();
            let _ = task.await;
        }
        self.pool.close().await;
        match PgPoolOptions::new()
            .max_connections(1)
            .connect(&format!("{}/postgres", self.cluster))
            .await
        {
            Ok(admin) => {
                let dropped = sqlx::query(sqlx::AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                    self.name
                )))
                .execute(&admin)
                .await;
                if let Err(e) = dropped {
                    crate::say(format!("could not drop database {}: {e}", self.name));
                }
                admin.close().await;
            }
            Err(e) => crate::say(format!("could not drop database {}: {e}", self.name)),
        }
    }
}

/// How every laptop's store is opened: keys in a file in its folder, cheap key derivation
/// (unlocking is not measured; the database is SQLCipher all the same).
pub fn config() -> StoreConfig {
    StoreConfig {
        backend: BackendPreference::File,
        kdf: KdfParams::insecure_for_tests(),
        recovery_public_key: None,
    }
}

/// A new encrypted store in `dir` for `display`, logged in as `user`.
pub async fn laptop(
    dir: &Path,
    server: &Server,
    user: &str,
    display: &str,
) -> anyhow::Result<Store> {
    let store = Store::create(dir, PASSPHRASE, display, &config())
        .await
        .with_context(|| format!("creating a store in {}", dir.display()))?;
    store
        .sync()
        .login(&server.url, user, PASSWORD)
        .await
        .with_context(|| format!("logging in as {user}"))?;
    Ok(store)
}

/// One untimed round, for setting things up.
pub async fn round(store: &Store, today: NaiveDate) -> anyhow::Result<SyncReport> {
    engine::round(store, today, &|_| {})
        .await
        .context("sync round")
}

/// One timed round and where its time went.
#[derive(Debug, Clone, Copy)]
pub struct TimedRound {
    /// The whole round: push, pull, self-check, retention purge.
    pub total: Duration,
    /// From the start until the last pull page was applied (push + pull).
    pub push_pull: Duration,
    /// What the round reported.
    pub report: SyncReport,
}

impl TimedRound {
    /// The self-check and the retention purge after the last pull page.
    pub fn after_pull(&self) -> Duration {
        self.total.saturating_sub(self.push_pull)
    }
}

/// Time one `engine::round`. The pull reports progress after every page it has applied,
/// so the last report marks the end of push + pull.
pub async fn timed_round(store: &Store, today: NaiveDate) -> anyhow::Result<TimedRound> {
    let last_page = Mutex::new(None::<Duration>);
    let start = Instant::now();
    let progress = |_: Progress| {
        if let Ok(mut at) = last_page.lock() {
            *at = Some(start.elapsed());
        }
    };
    let report = engine::round(store, today, &progress)
        .await
        .context("timed sync round")?;
    let total = start.elapsed();
    let push_pull = last_page.lock().ok().and_then(|at| *at).unwrap_or(total);
    Ok(TimedRound {
        total,
        push_pull,
        report,
    })
}

/// The 1-minute load average, to show what else the machine was doing.
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_owned))
        .unwrap_or_else(|| "?".into())
}
