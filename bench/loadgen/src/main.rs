//! `werkpad-loadgen`: load on a real werkpad-server (in this process, over loopback HTTP)
//! backed by a real PostgreSQL, in a fresh database that is dropped afterwards.
//!
//! 1. ingest: N simulated laptops push pages of valid mutations (resident create, traject
//!    create, report append) concurrently, then pull; applied mutations per second, p50/p99
//!    latencies, errors, and what PostgreSQL's backends were waiting on;
//! 2. ceilings: the same rows inserted straight into PostgreSQL with one
//!    `INSERT … SELECT FROM UNNEST` per page, from as many connections: the fair one writes
//!    each record with its audit entry (what the server must write per mutation), the
//!    simple one the record alone, and once more under one lock;
//! 3. first sync: one coach's whole caseload (300 residents, ~60,000 records) pulled from
//!    cursor 0 by an empty client, before and after the ingest load.
//!
//! 4. with `--login-flood` instead: bogus logins from many tasks while one coach pulls,
//!    her pull latencies per scenario (see [`flood`]).
//!
//! A Markdown report goes to stdout; progress to stderr.

mod ceiling;
mod client;
mod cpu;
mod first_sync;
mod flood;
mod ingest;
mod mutations;
mod probe;
mod report;
mod setup;
mod stats;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::Parser;
use sqlx::postgres::PgPoolOptions;
use sqlx::{Connection, PgConnection};
use uuid::Uuid;
use werkpad_domain::sync::MAX_PUSH_PAGE;

use crate::client::Api;
use crate::first_sync::{FirstSync, first_sync_setup, full_pull};
use crate::ingest::ingest_level;
use crate::report::render;
use crate::setup::{add_users, login_all};

/// Load generator for werkpad-server.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Args {
    /// PostgreSQL server (no database name): the run makes and drops its own databases.
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432")]
    pg: String,
    /// Simulated devices per ingest level.
    #[arg(long, value_delimiter = ',', default_value = "10,100,500")]
    devices: Vec<usize>,
    /// Mutations per push page.
    #[arg(long, default_value_t = 200)]
    page_size: usize,
    /// Mutations pushed per ingest level (split evenly over the devices, whole pages).
    #[arg(long, default_value_t = 60_000)]
    mutations_per_level: usize,
    /// Pages per device (overrides --mutations-per-level).
    #[arg(long)]
    pages_per_device: Option<usize>,
    /// Most requests in flight at once over all devices (each device has at most one).
    #[arg(long, default_value_t = 64)]
    max_in_flight: usize,
    /// The server's PostgreSQL pool (also the most ceiling connections).
    #[arg(long, default_value_t = 32)]
    pool_size: u32,
    /// Reports per resident in the ingest stream (a case is 2 + this many mutations).
    #[arg(long, default_value_t = 18)]
    reports_per_resident: usize,
    /// Pull pages per device after each ingest level (from cursor 0).
    #[arg(long, default_value_t = 2)]
    pull_pages: usize,
    /// Pull page size after each ingest level.
    #[arg(long, default_value_t = 500)]
    pull_limit: u32,
    /// First sync: residents in the coach's caseload (0: skip the first-sync part).
    #[arg(long, default_value_t = 300)]
    first_sync_residents: usize,
    /// First sync: reports per resident (each resident also has one traject).
    #[arg(long, default_value_t = 198)]
    first_sync_reports: usize,
    /// First sync: pull page sizes to measure.
    #[arg(long, value_delimiter = ',', default_value = "2000,5000")]
    first_sync_limits: Vec<u32>,
    /// First sync: runs per page size (each from cursor 0).
    #[arg(long, default_value_t = 3)]
    first_sync_repeats: usize,
    /// Keep the databases for inspection instead of dropping them.
    #[arg(long)]
    keep_databases: bool,
    /// Also probe two lock-order races (same-device push+pull; assign vs. push).
    #[arg(long)]
    probe_races: bool,
    /// Rounds/seconds per race probe.
    #[arg(long, default_value_t = 40)]
    probe_rounds: usize,
    /// Run only the login flood (issue 21): bogus logins while one coach pulls.
    #[arg(long)]
    login_flood: bool,
    /// Login flood: start the server from this binary (a release build) as a process of
    /// its own, per scenario, instead of in this process.
    #[arg(long)]
    server_bin: Option<PathBuf>,
    /// Login flood: tasks sending bogus logins, each as fast as it is answered.
    #[arg(long, default_value_t = 200)]
    flood_tasks: usize,
    /// Login flood: seconds the coach pulls per scenario.
    #[arg(long, default_value_t = 30)]
    flood_seconds: u64,
    /// Login flood: which scenarios, in order.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "baseline,one-address,botnet,no-limits,wide"
    )]
    flood_scenarios: Vec<String>,
    /// Login flood: residents in the pulling coach's caseload (each 2 + reports records).
    #[arg(long, default_value_t = 50)]
    flood_residents: usize,
    /// Login flood: the pull page size (every pull is from cursor 0).
    #[arg(long, default_value_t = 500)]
    flood_pull_limit: u32,
}

async fn admin_conn(pg: &str) -> anyhow::Result<PgConnection> {
    PgConnection::connect(&format!("{pg}/postgres"))
        .await
        .context("connecting to the postgres database")
}

async fn create_db(pg: &str, name: &str) -> anyhow::Result<()> {
    let mut c = admin_conn(pg).await?;
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut c)
        .await
        .with_context(|| format!("creating database {name}"))?;
    Ok(())
}

async fn drop_db(pg: &str, name: &str) -> anyhow::Result<()> {
    let mut c = admin_conn(pg).await?;
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
    )))
    .execute(&mut c)
    .await
    .with_context(|| format!("dropping database {name}"))?;
    Ok(())
}

/// The machine's 1/5/15-minute load averages (other work on the same cores skews results).
fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

fn say(msg: impl AsRef<str>) {
    eprintln!("[loadgen] {}", msg.as_ref());
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let args = Args::parse();
    anyhow::ensure!(
        (1..=MAX_PUSH_PAGE).contains(&args.page_size),
        "--page-size must be 1..={MAX_PUSH_PAGE}"
    );
    let stamp = chrono::Utc::now().format("%Y%m%d_%H%M%S").to_string();
    let main_db = format!("werkpad_loadgen_{stamp}");
    if args.login_flood {
        create_db(&args.pg, &main_db).await?;
        let outcome = flood::run(&args, &main_db).await;
        if args.keep_databases {
            say(format!("kept database {main_db}"));
        } else if let Err(e) = drop_db(&args.pg, &main_db).await {
            say(format!("could not drop {main_db}: {e:#}"));
        }
        print!("{}", outcome?);
        return Ok(());
    }
    let ceiling_db = format!("werkpad_loadgen_{stamp}_ceiling");
    create_db(&args.pg, &main_db).await?;
    let created_ceiling = create_db(&args.pg, &ceiling_db).await;
    let outcome = match created_ceiling {
        Ok(()) => run(&args, &main_db, &ceiling_db).await,
        Err(e) => Err(e),
    };
    if args.keep_databases {
        say(format!("kept databases {main_db} and {ceiling_db}"));
    } else {
        for db in [&main_db, &ceiling_db] {
            if let Err(e) = drop_db(&args.pg, db).await {
                say(format!("could not drop {db}: {e:#}"));
            }
        }
    }
    let report = outcome?;
    print!("{report}");
    Ok(())
}

async fn run(args: &Args, main_db: &str, ceiling_db: &str) -> anyhow::Result<String> {
    let total_start = Instant::now();
    say(format!("load average at start: {}", loadavg()));
    let url = format!("{}/{main_db}", args.pg);
    let pool = PgPoolOptions::new()
        .max_connections(args.pool_size)
        .acquire_timeout(Duration::from_secs(120))
        .connect(&url)
        .await
        .context("server pool")?;
    werkpad_server::MIGRATOR
        .run(&pool)
        .await
        .context("migrating the server database")?;
    let admin = PgPoolOptions::new()
        .max_connections(4)
        .connect(&url)
        .await
        .context("admin pool")?;
    let settings = werkpad_server::Settings {
        database_url: url.clone(),
        pool_size: args.pool_size,
        ..werkpad_server::Settings::default()
    };
    let state = werkpad_server::AppState::new(pool.clone(), settings)?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr: SocketAddr = listener.local_addr()?;
    let audit_key = state.audit_key.clone();
    tokio::spawn(werkpad_server::serve_plain(listener, state));
    let api = Api::new(addr)?;
    say(format!(
        "server on {addr}, database {main_db}, pool {}",
        args.pool_size
    ));

    let ceiling_pool = PgPoolOptions::new()
        .max_connections(args.pool_size)
        .connect(&format!("{}/{ceiling_db}", args.pg))
        .await
        .context("ceiling pool")?;
    ceiling::setup(&ceiling_pool).await?;

    // Users and logins, all before any clock starts.
    let max_devices = args.devices.iter().copied().max().unwrap_or(0);
    let t = Instant::now();
    let users: Vec<String> = (0..max_devices).map(|i| format!("coach{i:04}")).collect();
    add_users(&admin, &users).await?;
    say(format!(
        "{} users in {:.1} s",
        users.len(),
        t.elapsed().as_secs_f64()
    ));
    let t = Instant::now();
    let mut devices = login_all(&api, &users, args.reports_per_resident).await?;
    say(format!(
        "{} logins in {:.1} s",
        devices.len(),
        t.elapsed().as_secs_f64()
    ));

    let mut first = FirstSync::default();
    let mut coach_device: Option<(Uuid, String)> = None;
    if args.first_sync_residents > 0 {
        let (f, reader) = first_sync_setup(args, &admin, &api).await?;
        first = f;
        for &limit in &args.first_sync_limits {
            for _ in 0..args.first_sync_repeats {
                let r = full_pull(&api, &reader.1, reader.0, limit, "before ingest").await?;
                say(format!(
                    "first sync (limit {limit}, before ingest): {:.2} s, {} records",
                    r.wall.as_secs_f64(),
                    r.records
                ));
                first.runs.push(r);
            }
        }
        coach_device = Some(reader);
    }

    let mut results = Vec::new();
    for &n in &args.devices {
        let r = ingest_level(args, &api, &admin, main_db, &ceiling_pool, &mut devices, n).await?;
        say(format!(
            "{n} devices: {:.0} applied/s (ceiling {:.0} rows/s), push p50 {:.0} ms p99 {:.0} ms, errors {}",
            r.rate(),
            r.ceiling_rate(),
            r.push.pct_ms(50.0),
            r.push.pct_ms(99.0),
            r.errors.render()
        ));
        results.push(r);
    }

    if let Some((id, token)) = &coach_device {
        for &limit in &args.first_sync_limits {
            for _ in 0..args.first_sync_repeats {
                let r = full_pull(&api, token, *id, limit, "after ingest").await?;
                say(format!(
                    "first sync (limit {limit}, after ingest): {:.2} s, {} records",
                    r.wall.as_secs_f64(),
                    r.records
                ));
                first.runs.push(r);
            }
        }
    }

    let mut probes = Vec::new();
    if args.probe_races {
        let a = probe::same_device_push_pull(&admin, &api, args.probe_rounds).await?;
        say(format!(
            "{}: push errors {}, pull errors {}, deadlocks {}",
            a.name,
            a.a_errors.render(),
            a.b_errors.render(),
            a.deadlocks
        ));
        probes.push(a);
        let secs = u64::try_from(args.probe_rounds / 4).unwrap_or(10).max(1);
        let b = probe::assign_vs_push(&admin, &api, secs).await?;
        say(format!(
            "{}: push errors {}, assign errors {}, deadlocks {}",
            b.name,
            b.a_errors.render(),
            b.b_errors.render(),
            b.deadlocks
        ));
        probes.push(b);
    }

    let (records,): (i64,) = sqlx::query_as("SELECT count(*) FROM records")
        .fetch_one(&admin)
        .await?;
    let (audit,): (i64,) = sqlx::query_as("SELECT count(*) FROM audit_log")
        .fetch_one(&admin)
        .await?;
    let (db_bytes,): (i64,) = sqlx::query_as("SELECT pg_database_size(current_database())")
        .fetch_one(&admin)
        .await?;
    let verified = {
        let mut conn = admin.acquire().await?;
        werkpad_server::audit::seal(&mut conn, &audit_key).await?;
        werkpad_server::audit::verify(&mut conn, &audit_key, None).await?
    };
    let elapsed = total_start.elapsed();
    pool.close().await;
    admin.close().await;
    ceiling_pool.close().await;
    Ok(render(
        args,
        &results,
        &first,
        &probes,
        records,
        audit,
        db_bytes,
        &match &verified {
            werkpad_server::audit::Verified::Intact {
                entries,
                unsealed,
                head,
                ..
            } => format!(
                "intact, {entries} entries, {unsealed} unsealed, head {}",
                head.as_ref().map_or("none".into(), |(id, mac)| {
                    werkpad_server::audit::format_head(*id, mac)
                })
            ),
            other => format!("{other:?}"),
        },
        elapsed,
    ))
}
