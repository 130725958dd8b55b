//! `werkpad-loadgen`: load on a real werkpad-server (in this process, over loopback HTTP)
//! backed by a real PostgreSQL, in a fresh database that is dropped afterwards.
//!
//! 1. ingest: N simulated laptops push pages of valid mutations (resident create, traject
//!    create, report append) concurrently, then pull; applied mutations per second, p50/p99
//!    latencies, errors, and what PostgreSQL's backends were waiting on;
//! 2. ceiling: the same rows inserted straight into a `records`-shaped scratch table with
//!    one `INSERT … SELECT FROM UNNEST` per page, from as many connections;
//! 3. first sync: one coach's whole caseload (300 residents, ~60,000 records) pulled from
//!    cursor 0 by an empty client, before and after the ingest load.
//!
//! A Markdown report goes to stdout; progress to stderr.

mod ceiling;
mod client;
mod mutations;
mod probe;
mod stats;

use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::Parser;
use sqlx::postgres::PgPoolOptions;
use sqlx::{Connection, PgConnection, PgPool};
use tokio::sync::Semaphore;
use uuid::Uuid;
use werkpad_domain::sync::{MAX_PUSH_PAGE, Outcome, PullResponse, PushRequest, PushResponse, Role};

use crate::client::Api;
use crate::mutations::{DeviceGen, RecordRow};
use crate::stats::{Counts, Latencies, WaitSamples};

const PASSWORD: &str = "loadgen-password-0123";

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
}

/// One simulated laptop.
#[derive(Debug)]
struct Device {
    user: String,
    id: Uuid,
    token: String,
    stream: DeviceGen,
    /// False once a page failed after retries (its sequence numbers would have a gap).
    alive: bool,
}

#[derive(Debug, Default)]
struct IngestResult {
    devices: usize,
    in_flight: usize,
    pages_per_device: usize,
    mutations_sent: u64,
    outcomes: Counts,
    errors: Counts,
    wall: Duration,
    push: Latencies,
    push_bytes: u64,
    pulls: Latencies,
    pull_wall: Duration,
    pull_records: u64,
    pull_errors: Counts,
    waits: WaitSamples,
    ceiling_conns: usize,
    ceiling_rows: u64,
    ceiling_wall: Duration,
    serial_rows: u64,
    serial_wall: Duration,
    load_before: String,
}

impl IngestResult {
    fn applied(&self) -> u64 {
        self.outcomes.0.get("applied").copied().unwrap_or(0)
    }
    fn rate(&self) -> f64 {
        self.applied() as f64 / self.wall.as_secs_f64().max(1e-9)
    }
    fn ceiling_rate(&self) -> f64 {
        self.ceiling_rows as f64 / self.ceiling_wall.as_secs_f64().max(1e-9)
    }
    fn serial_rate(&self) -> f64 {
        self.serial_rows as f64 / self.serial_wall.as_secs_f64().max(1e-9)
    }
}

#[derive(Debug, Clone)]
struct PullRun {
    limit: u32,
    when: &'static str,
    wall: Duration,
    server: Duration,
    decode: Duration,
    pages: usize,
    records: u64,
    bytes: u64,
    total_announced: Option<i64>,
    slowest_page: Duration,
}

#[derive(Debug, Default)]
struct FirstSync {
    residents: usize,
    pushed: u64,
    applied: u64,
    push_wall: Duration,
    push_pages: usize,
    runs: Vec<PullRun>,
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
    let state = werkpad_server::AppState::new(pool.clone(), settings);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr: SocketAddr = listener.local_addr()?;
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
        werkpad_server::audit::verify(&mut conn).await?
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
        &format!("{verified:?}"),
        elapsed,
    ))
}

async fn add_users(admin: &PgPool, users: &[String]) -> anyhow::Result<()> {
    // Argon2 is CPU-bound: two at a time on two cores.
    let sem = Arc::new(Semaphore::new(2));
    let mut set = tokio::task::JoinSet::new();
    for name in users {
        let admin = admin.clone();
        let name = name.clone();
        let sem = Arc::clone(&sem);
        set.spawn(async move {
            let _permit = sem.acquire_owned().await?;
            werkpad_server::admin::user_add(&admin, &name, &name, Role::Jobcoach, PASSWORD)
                .await
                .with_context(|| format!("adding {name}"))?;
            anyhow::Ok(())
        });
    }
    while let Some(done) = set.join_next().await {
        done.context("user task")??;
    }
    Ok(())
}

async fn login_all(api: &Api, users: &[String], reports: usize) -> anyhow::Result<Vec<Device>> {
    let sem = Arc::new(Semaphore::new(4));
    let mut set = tokio::task::JoinSet::new();
    for (i, name) in users.iter().enumerate() {
        let api = api.clone();
        let name = name.clone();
        let sem = Arc::clone(&sem);
        set.spawn(async move {
            let _permit = sem.acquire_owned().await?;
            let id = Uuid::now_v7();
            let token = api.login(&name, PASSWORD, id).await?;
            let stream = DeviceGen::new(1000 + i as u64, &name, reports);
            anyhow::Ok((
                i,
                Device {
                    user: name,
                    id,
                    token,
                    stream,
                    alive: true,
                },
            ))
        });
    }
    let mut out = Vec::new();
    while let Some(done) = set.join_next().await {
        out.push(done.context("login task")??);
    }
    out.sort_by_key(|(i, _)| *i);
    Ok(out.into_iter().map(|(_, d)| d).collect())
}

/// The first-sync coach: a caseload pushed from one laptop; returns a second, empty laptop.
async fn first_sync_setup(
    args: &Args,
    admin: &PgPool,
    api: &Api,
) -> anyhow::Result<(FirstSync, (Uuid, String))> {
    let name = "firstsync-coach";
    werkpad_server::admin::user_add(admin, name, "First Sync", Role::Jobcoach, PASSWORD).await?;
    let pusher = Uuid::now_v7();
    let token = api.login(name, PASSWORD, pusher).await?;
    let mut stream = DeviceGen::new(7, "First Sync", args.first_sync_reports);
    let per_case = 2 + args.first_sync_reports;
    let total = args.first_sync_residents * per_case;
    let mut first = FirstSync {
        residents: args.first_sync_residents,
        ..FirstSync::default()
    };
    let mut left = total;
    let mut bodies = Vec::new();
    while left > 0 {
        let n = left.min(MAX_PUSH_PAGE);
        let mutations = stream.take(n)?;
        bodies.push(serde_json::to_vec(&PushRequest {
            device_id: pusher,
            mutations,
        })?);
        left -= n;
    }
    first.push_pages = bodies.len();
    let t = Instant::now();
    for body in bodies {
        let answer = api
            .post_raw("push", Some(&token), body)
            .await
            .map_err(|f| anyhow::anyhow!("first-sync push: {}", f.kind))?;
        let resp: PushResponse = serde_json::from_slice(&answer.body)?;
        first.pushed += resp.results.len() as u64;
        first.applied += resp
            .results
            .iter()
            .filter(|r| matches!(r.outcome, Outcome::Applied { .. }))
            .count() as u64;
    }
    first.push_wall = t.elapsed();
    say(format!(
        "first-sync caseload: {} mutations pushed from one laptop in {:.1} s ({} applied)",
        first.pushed,
        first.push_wall.as_secs_f64(),
        first.applied
    ));
    let reader = Uuid::now_v7();
    let reader_token = api.login(name, PASSWORD, reader).await?;
    Ok((first, (reader, reader_token)))
}

/// Everything visible to the device, from cursor 0, until `more` is false.
async fn full_pull(
    api: &Api,
    token: &str,
    device: Uuid,
    limit: u32,
    when: &'static str,
) -> anyhow::Result<PullRun> {
    let mut run = PullRun {
        limit,
        when,
        wall: Duration::ZERO,
        server: Duration::ZERO,
        decode: Duration::ZERO,
        pages: 0,
        records: 0,
        bytes: 0,
        total_announced: None,
        slowest_page: Duration::ZERO,
    };
    let start = Instant::now();
    let mut cursor = 0;
    loop {
        let answer = api
            .pull_raw(token, device, cursor, limit)
            .await
            .map_err(|f| anyhow::anyhow!("first-sync pull: {}", f.kind))?;
        run.server += answer.elapsed;
        run.slowest_page = run.slowest_page.max(answer.elapsed);
        run.bytes += answer.body.len() as u64;
        let t = Instant::now();
        let page: PullResponse = serde_json::from_slice(&answer.body)?;
        run.decode += t.elapsed();
        run.pages += 1;
        run.records += page.changes.len() as u64;
        if cursor == 0 {
            run.total_announced = page.total;
        }
        cursor = page.cursor;
        if !page.more {
            break;
        }
    }
    run.wall = start.elapsed();
    Ok(run)
}

#[derive(Debug, Default)]
struct DeviceOutcome {
    outcomes: Counts,
    errors: Counts,
    latencies: Latencies,
    alive: bool,
}

async fn ingest_level(
    args: &Args,
    api: &Api,
    admin: &PgPool,
    db: &str,
    ceiling_pool: &PgPool,
    devices: &mut [Device],
    n: usize,
) -> anyhow::Result<IngestResult> {
    let n = n.min(devices.len());
    let pages = args.pages_per_device.unwrap_or_else(|| {
        args.mutations_per_level
            .div_ceil(n.max(1) * args.page_size)
            .max(1)
    });
    let in_flight = n.min(args.max_in_flight);
    let mut result = IngestResult {
        load_before: loadavg(),
        devices: n,
        in_flight,
        pages_per_device: pages,
        ..IngestResult::default()
    };
    // Every page is made and serialised before the clock starts: the client's own CPU
    // (on the same two cores) is then only HTTP and decoding the answers.
    let mut rows: Vec<RecordRow> = Vec::new();
    let mut work: Vec<(usize, Vec<Vec<u8>>)> = Vec::new();
    for (i, d) in devices.iter_mut().take(n).enumerate() {
        if !d.alive {
            continue;
        }
        let mut bodies = Vec::with_capacity(pages);
        for _ in 0..pages {
            let mutations = d.stream.take(args.page_size)?;
            rows.extend(mutations.iter().map(RecordRow::of));
            result.mutations_sent += mutations.len() as u64;
            let body = serde_json::to_vec(&PushRequest {
                device_id: d.id,
                mutations,
            })?;
            result.push_bytes += body.len() as u64;
            bodies.push(body);
        }
        work.push((i, bodies));
    }
    say(format!(
        "{n} devices × {pages} pages × {} mutations ({:.1} MB of JSON), {in_flight} in flight",
        args.page_size,
        result.push_bytes as f64 / 1e6
    ));

    let stop = Arc::new(AtomicBool::new(false));
    let sampler = tokio::spawn(stats::sample_waits(
        admin.clone(),
        db.to_owned(),
        Arc::clone(&stop),
    ));
    let sem = Arc::new(Semaphore::new(in_flight));
    let mut set = tokio::task::JoinSet::new();
    let start = Instant::now();
    for (i, bodies) in work {
        let api = api.clone();
        let token = devices[i].token.clone();
        let sem = Arc::clone(&sem);
        set.spawn(async move {
            let mut out = DeviceOutcome {
                alive: true,
                ..DeviceOutcome::default()
            };
            'pages: for body in bodies {
                // A failed page is retried as a laptop would (the server answers a page it
                // already applied with `duplicate`); after three failures the device stops.
                for _attempt in 0..3 {
                    let permit = sem.acquire().await;
                    let answer = api.post_raw("push", Some(&token), body.clone()).await;
                    drop(permit);
                    match answer {
                        Ok(a) => {
                            out.latencies.push(a.elapsed);
                            match serde_json::from_slice::<PushResponse>(&a.body) {
                                Ok(resp) => {
                                    for r in &resp.results {
                                        out.outcomes.add(outcome_name(&r.outcome), 1);
                                    }
                                }
                                Err(_) => out.errors.add("decode", 1),
                            }
                            continue 'pages;
                        }
                        Err(f) => out.errors.add(&f.kind, 1),
                    }
                }
                out.alive = false;
                break;
            }
            (i, out)
        });
    }
    while let Some(done) = set.join_next().await {
        let (i, out) = done.context("device task")?;
        result.outcomes.extend(&out.outcomes);
        result.errors.extend(&out.errors);
        result.push.extend(out.latencies);
        if !out.alive {
            devices[i].alive = false;
            say(format!(
                "device of {} stopped after failures",
                devices[i].user
            ));
        }
    }
    result.wall = start.elapsed();
    stop.store(true, Ordering::Relaxed);
    result.waits = sampler.await.unwrap_or_default();

    // Then every device pulls (from cursor 0, a few pages), with the same cap.
    let pull_start = Instant::now();
    let mut set = tokio::task::JoinSet::new();
    for d in devices.iter().take(n).filter(|d| d.alive) {
        let api = api.clone();
        let token = d.token.clone();
        let id = d.id;
        let sem = Arc::clone(&sem);
        let (max_pages, limit) = (args.pull_pages, args.pull_limit);
        set.spawn(async move {
            let mut lat = Latencies::default();
            let mut errors = Counts::default();
            let mut records = 0u64;
            let mut cursor = 0;
            for _ in 0..max_pages {
                let permit = sem.acquire().await;
                let answer = api.pull_raw(&token, id, cursor, limit).await;
                drop(permit);
                match answer {
                    Ok(a) => {
                        lat.push(a.elapsed);
                        match serde_json::from_slice::<PullResponse>(&a.body) {
                            Ok(page) => {
                                records += page.changes.len() as u64;
                                cursor = page.cursor;
                                if !page.more {
                                    break;
                                }
                            }
                            Err(_) => {
                                errors.add("decode", 1);
                                break;
                            }
                        }
                    }
                    Err(f) => {
                        errors.add(&f.kind, 1);
                        break;
                    }
                }
            }
            (lat, errors, records)
        });
    }
    while let Some(done) = set.join_next().await {
        let (lat, errors, records) = done.context("pull task")?;
        result.pulls.extend(lat);
        result.pull_errors.extend(&errors);
        result.pull_records += records;
    }
    result.pull_wall = pull_start.elapsed();

    // The ceiling: the same rows, straight into PostgreSQL.
    let conns = in_flight.min(args.pool_size as usize);
    let (rows_in, wall) =
        ceiling::run(ceiling_pool, rows.clone(), args.page_size, conns, false).await?;
    result.ceiling_conns = conns;
    result.ceiling_rows = rows_in;
    result.ceiling_wall = wall;
    // And once more with every batch under one advisory lock, as the server writes.
    let fresh: Vec<RecordRow> = rows
        .into_iter()
        .map(|r| RecordRow {
            id: Uuid::now_v7(),
            ..r
        })
        .collect();
    let (rows_in, wall) = ceiling::run(ceiling_pool, fresh, args.page_size, conns, true).await?;
    result.serial_rows = rows_in;
    result.serial_wall = wall;
    Ok(result)
}

fn outcome_name(o: &Outcome) -> &'static str {
    match o {
        Outcome::Applied { .. } => "applied",
        Outcome::Duplicate { .. } => "duplicate",
        Outcome::Conflict { .. } => "conflict",
        Outcome::Rejected { .. } => "rejected",
    }
}

#[allow(clippy::too_many_arguments, reason = "one report, many parts")]
fn render(
    args: &Args,
    results: &[IngestResult],
    first: &FirstSync,
    probes: &[probe::ProbeResult],
    records: i64,
    audit: i64,
    db_bytes: i64,
    verified: &str,
    elapsed: Duration,
) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "### Ingest (push) vs. the PostgreSQL ceiling\n");
    let _ = writeln!(
        s,
        "| devices | in flight | pages × size per device | mutations | applied/s | push p50 ms | push p99 ms | errors | ceiling conns | ceiling rows/s | ingest / ceiling | same, one lock: rows/s |"
    );
    let _ = writeln!(
        s,
        "|---:|---:|---|---:|---:|---:|---:|---|---:|---:|---:|---:|"
    );
    for r in results {
        let other: u64 = r.outcomes.total() - r.applied();
        let errors = if other > 0 {
            format!(
                "{}; non-applied outcomes: {}",
                r.errors.render(),
                r.outcomes.render()
            )
        } else {
            r.errors.render()
        };
        let _ = writeln!(
            s,
            "| {} | {} | {} × {} | {} | {:.0} | {:.0} | {:.0} | {} | {} | {:.0} | {:.2} | {:.0} |",
            r.devices,
            r.in_flight,
            r.pages_per_device,
            args.page_size,
            r.applied(),
            r.rate(),
            r.push.pct_ms(50.0),
            r.push.pct_ms(99.0),
            errors,
            r.ceiling_conns,
            r.ceiling_rate(),
            r.rate() / r.ceiling_rate().max(1e-9),
            r.serial_rate(),
        );
    }
    let _ = writeln!(
        s,
        "\n### Pulls after each ingest level (from cursor 0, ≤ {} pages of {})\n",
        args.pull_pages, args.pull_limit
    );
    let _ = writeln!(
        s,
        "| devices | pulls | records | seconds | pulls/s | pull p50 ms | pull p99 ms | errors |"
    );
    let _ = writeln!(s, "|---:|---:|---:|---:|---:|---:|---:|---|");
    for r in results {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {:.1} | {:.1} | {:.0} | {:.0} | {} |",
            r.devices,
            r.pulls.len(),
            r.pull_records,
            r.pull_wall.as_secs_f64(),
            r.pulls.len() as f64 / r.pull_wall.as_secs_f64().max(1e-9),
            r.pulls.pct_ms(50.0),
            r.pulls.pct_ms(99.0),
            r.pull_errors.render()
        );
    }
    let _ = writeln!(
        s,
        "\n### What PostgreSQL's backends did during the pushes\n\nSampled from `pg_stat_activity` every 20 ms; average number of backends (of the server's {} connections) per state, with the start of the statement each runs or last ran.\n",
        args.pool_size
    );
    for r in results {
        let _ = writeln!(
            s,
            "- {} devices ({} samples, load average before: {}):",
            r.devices, r.waits.samples, r.load_before
        );
        for line in r.waits.render(12) {
            let _ = writeln!(s, "  - {line}");
        }
    }
    if first.residents > 0 {
        let _ = writeln!(
            s,
            "\n### First sync: {} residents, {} records pushed beforehand ({} applied; {} pages of ≤ {MAX_PUSH_PAGE} from one laptop in {:.1} s = {:.0}/s)\n",
            first.residents,
            first.pushed,
            first.applied,
            first.push_pages,
            first.push_wall.as_secs_f64(),
            first.applied as f64 / first.push_wall.as_secs_f64().max(1e-9)
        );
        let _ = writeln!(
            s,
            "| when | limit | seconds | pages | records | announced total | MB | server+network s | slowest page s | JSON decode s |"
        );
        let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for r in &first.runs {
            let _ = writeln!(
                s,
                "| {} | {} | {:.2} | {} | {} | {} | {:.1} | {:.2} | {:.2} | {:.2} |",
                r.when,
                r.limit,
                r.wall.as_secs_f64(),
                r.pages,
                r.records,
                r.total_announced.map_or("-".into(), |t| t.to_string()),
                r.bytes as f64 / 1e6,
                r.server.as_secs_f64(),
                r.slowest_page.as_secs_f64(),
                r.decode.as_secs_f64()
            );
        }
    }
    if !probes.is_empty() {
        let _ = writeln!(s, "\n### Race probes\n");
        let _ = writeln!(
            s,
            "| probe | seconds | push requests | push failures | other requests | other failures | deadlocks (pg_stat_database) |"
        );
        let _ = writeln!(s, "|---|---:|---:|---|---:|---|---:|");
        for p in probes {
            let _ = writeln!(
                s,
                "| {} | {:.1} | {} | {} | {} | {} | {} |",
                p.name,
                p.wall.as_secs_f64(),
                p.a_requests,
                p.a_errors.render(),
                p.b_requests,
                p.b_errors.render(),
                p.deadlocks
            );
        }
    }
    let _ = writeln!(
        s,
        "\nAfter the run: {records} records, {audit} audit entries (chain: {verified}), database {:.0} MB; whole run {:.0} s; load average at the end {}.",
        db_bytes as f64 / 1e6,
        elapsed.as_secs_f64(),
        loadavg()
    );
    s
}
