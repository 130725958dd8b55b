//! A login flood (issue 21): many tasks send bogus logins as fast as the server answers
//! while one coach pulls a page of her caseload again and again; her pull latencies are
//! the figure. Another coach logs in with the right password every two seconds, to show
//! what a real login meets during the flood.
//!
//! Scenarios (each on a freshly started server, so no limit carries over):
//! - `baseline`: no flood;
//! - `one-address`: every bogus login from one address (127.0.0.2), default limits;
//! - `botnet`: every task from its own address (127.1.x.y), half of them random unknown
//!   names, half wrong passwords for one real name; default limits;
//! - `no-limits`: the botnet with the rate limits off (the worst case they allow: more
//!   addresses than the per-address limit can hold back), the password-check bound at its
//!   default (one per core);
//! - `wide`: also with the password-check bound opened to 64 at once and no limit on
//!   waiting, to show what the bound buys. (Fully open, 512 at once as tokio's blocking
//!   pool allows, the server was killed for memory on the 24 GiB test machine: each Argon2
//!   check holds 19 MiB.)
//!
//! With `--server-bin` the server is its own process (a release build), started per
//! scenario with `WERKPAD__*` settings; otherwise it runs in this process.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use sqlx::PgPool;
use uuid::Uuid;
use werkpad_domain::sync::{LoginRequest, MAX_PUSH_PAGE, PushRequest, PushResponse, Role};

use crate::client::Api;
use crate::cpu;
use crate::mutations::DeviceGen;
use crate::setup::PASSWORD;
use crate::stats::{Counts, Latencies};
use crate::{Args, loadavg, say};

/// The server's login settings in one scenario.
#[derive(Debug, Clone, Copy)]
struct Limits {
    per_account: u32,
    per_address: u32,
    checks_at_once: usize,
    checks_waiting: usize,
}

const DEFAULTS: Limits = Limits {
    per_account: 10,
    per_address: 30,
    checks_at_once: 0,
    checks_waiting: 32,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attackers {
    None,
    OneAddress,
    Botnet,
}

#[derive(Debug, Clone, Copy)]
struct Scenario {
    name: &'static str,
    attackers: Attackers,
    limits: Limits,
}

fn scenario(name: &str) -> anyhow::Result<Scenario> {
    let off = Limits {
        per_account: 0,
        per_address: 0,
        ..DEFAULTS
    };
    Ok(match name {
        "baseline" => Scenario {
            name: "baseline",
            attackers: Attackers::None,
            limits: DEFAULTS,
        },
        "one-address" => Scenario {
            name: "one-address",
            attackers: Attackers::OneAddress,
            limits: DEFAULTS,
        },
        "botnet" => Scenario {
            name: "botnet",
            attackers: Attackers::Botnet,
            limits: DEFAULTS,
        },
        "no-limits" => Scenario {
            name: "no-limits",
            attackers: Attackers::Botnet,
            limits: off,
        },
        "wide" => Scenario {
            name: "wide",
            attackers: Attackers::Botnet,
            limits: Limits {
                checks_at_once: 64,
                checks_waiting: 100_000,
                ..off
            },
        },
        other => anyhow::bail!(
            "unknown scenario {other:?}: baseline, one-address, botnet, no-limits, wide"
        ),
    })
}

/// What one scenario measured.
#[derive(Debug)]
pub(crate) struct FloodResult {
    name: &'static str,
    attackers: Attackers,
    limits: Limits,
    tasks: usize,
    wall: Duration,
    pulls: Latencies,
    pull_errors: Counts,
    attempts: Counts,
    legit: Latencies,
    legit_outcomes: Counts,
    cpu_server: f64,
    cpu_own: f64,
    cpu_postgres: f64,
    load_after: String,
}

/// A server under test.
enum Server {
    InProcess(tokio::task::JoinHandle<anyhow::Result<()>>),
    Child(tokio::process::Child),
}

struct Running {
    addr: SocketAddr,
    server: Server,
}

impl Running {
    fn pid(&self) -> Option<u32> {
        match &self.server {
            Server::Child(c) => c.id(),
            Server::InProcess(_) => None,
        }
    }

    async fn stop(self) {
        match self.server {
            Server::InProcess(task) => task.abort(),
            Server::Child(mut child) => {
                let _ = child.kill().await;
            }
        }
    }
}

fn free_port() -> anyhow::Result<SocketAddr> {
    let l = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(l.local_addr()?)
}

async fn start(
    args: &Args,
    pool: &PgPool,
    url: &str,
    key_file: &Path,
    limits: Limits,
) -> anyhow::Result<Running> {
    let running = match &args.server_bin {
        None => {
            let settings = werkpad_server::Settings {
                database_url: url.to_owned(),
                pool_size: args.pool_size,
                audit_key_file: Some(key_file.to_path_buf()),
                metrics_listen: None,
                login_attempts_per_account: limits.per_account,
                login_attempts_per_address: limits.per_address,
                password_checks_at_once: limits.checks_at_once,
                password_checks_waiting: limits.checks_waiting,
                ..werkpad_server::Settings::default()
            };
            let state = werkpad_server::AppState::new(pool.clone(), settings)?;
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
            let addr = listener.local_addr()?;
            Running {
                addr,
                server: Server::InProcess(tokio::spawn(werkpad_server::serve_plain(
                    listener, state,
                ))),
            }
        }
        Some(bin) => {
            let addr = free_port()?;
            let log =
                std::fs::File::create(std::env::temp_dir().join("werkpad-loadgen-server.log"))?;
            let child = tokio::process::Command::new(bin)
                .args(["serve", "--listen", &addr.to_string()])
                .env("DATABASE_URL", url)
                .env("WERKPAD__POOL_SIZE", args.pool_size.to_string())
                .env("WERKPAD__AUDIT_KEY_FILE", key_file)
                .env("WERKPAD__METRICS_LISTEN", "off")
                .env(
                    "WERKPAD__LOGIN_ATTEMPTS_PER_ACCOUNT",
                    limits.per_account.to_string(),
                )
                .env(
                    "WERKPAD__LOGIN_ATTEMPTS_PER_ADDRESS",
                    limits.per_address.to_string(),
                )
                .env(
                    "WERKPAD__PASSWORD_CHECKS_AT_ONCE",
                    limits.checks_at_once.to_string(),
                )
                .env(
                    "WERKPAD__PASSWORD_CHECKS_WAITING",
                    limits.checks_waiting.to_string(),
                )
                .stdout(std::process::Stdio::null())
                .stderr(log)
                .kill_on_drop(true)
                .spawn()
                .with_context(|| format!("starting {}", bin.display()))?;
            Running {
                addr,
                server: Server::Child(child),
            }
        }
    };
    // Ready when /health answers.
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let ok = client
            .get(format!("http://{}/health", running.addr))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success());
        if ok {
            return Ok(running);
        }
        anyhow::ensure!(
            Instant::now() < deadline,
            "the server did not answer /health within 60 s"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The puller's caseload, pushed from one laptop; returns a second laptop's (id, token)
/// to pull with, and the legitimate coach's name.
async fn setup(args: &Args, admin: &PgPool, api: &Api) -> anyhow::Result<(Uuid, String)> {
    for (name, display) in [
        ("flood-coach", "Flood Coach"),
        ("flood-victim", "Flood Victim"),
        ("flood-legit", "Flood Legit"),
    ] {
        werkpad_server::admin::user_add(admin, name, display, Role::Jobcoach, PASSWORD).await?;
    }
    let pusher = Uuid::now_v7();
    let token = api.login("flood-coach", PASSWORD, pusher).await?;
    let mut stream = DeviceGen::new(21, "Flood Coach", args.reports_per_resident);
    let mut left = args.flood_residents * (2 + args.reports_per_resident);
    let mut applied = 0usize;
    while left > 0 {
        let n = left.min(MAX_PUSH_PAGE);
        let body = serde_json::to_vec(&PushRequest {
            device_id: pusher,
            mutations: stream.take(n)?,
        })?;
        let answer = api
            .post_raw("push", Some(&token), body)
            .await
            .map_err(|f| anyhow::anyhow!("flood setup push: {}", f.kind))?;
        let resp: PushResponse = serde_json::from_slice(&answer.body)?;
        applied += resp.results.len();
        left -= n;
    }
    say(format!(
        "flood: the coach's caseload is {} residents, {applied} records",
        args.flood_residents
    ));
    let reader = Uuid::now_v7();
    let reader_token = api.login("flood-coach", PASSWORD, reader).await?;
    Ok((reader, reader_token))
}

fn bogus_login(task: usize) -> Vec<u8> {
    let (user_name, password) = if task.is_multiple_of(2) {
        (
            format!("bot-{}", Uuid::now_v7().simple()),
            "hunter2".to_owned(),
        )
    } else {
        (
            "flood-victim".to_owned(),
            format!("guess-{}", Uuid::now_v7().simple()),
        )
    };
    serde_json::to_vec(&LoginRequest {
        user_name,
        password,
        device_id: Uuid::now_v7(),
        device_name: "bot".into(),
    })
    .unwrap_or_default()
}

/// The address of botnet task `i`: 127.1.0.1, 127.1.0.2, …
fn bot_address(i: usize) -> IpAddr {
    let i = u32::try_from(i).unwrap_or(0);
    IpAddr::from([127, 1, ((i / 250) % 256) as u8, (i % 250 + 1) as u8])
}

#[allow(clippy::too_many_arguments, reason = "one scenario, its parts")]
async fn run_scenario(
    args: &Args,
    pool: &PgPool,
    url: &str,
    key_file: &Path,
    sc: Scenario,
    reader: &(Uuid, String),
) -> anyhow::Result<FloodResult> {
    let server = start(args, pool, url, key_file, sc.limits).await?;
    let addr = server.addr;
    let stop = Arc::new(AtomicBool::new(false));
    let tasks = if sc.attackers == Attackers::None {
        0
    } else {
        args.flood_tasks
    };
    let shared = Api::from_address(addr, Some(IpAddr::from([127, 0, 0, 2])))?;
    let mut attackers = tokio::task::JoinSet::new();
    for i in 0..tasks {
        let api = match sc.attackers {
            Attackers::Botnet => Api::from_address(addr, Some(bot_address(i)))?,
            _ => shared.clone(),
        };
        let stop = Arc::clone(&stop);
        attackers.spawn(async move {
            let mut counts = Counts::default();
            while !stop.load(Ordering::Relaxed) {
                match api.post_raw("login", None, bogus_login(i)).await {
                    Ok(_) => counts.add("http_200", 1),
                    Err(f) => counts.add(&f.kind, 1),
                }
            }
            counts
        });
    }
    // The flood gets going before the clock starts.
    if tasks > 0 {
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    let legit = {
        let api = Api::from_address(addr, Some(IpAddr::from([127, 0, 0, 9])))?;
        let stop = Arc::clone(&stop);
        tokio::spawn(async move {
            let device = Uuid::now_v7();
            let mut lat = Latencies::default();
            let mut counts = Counts::default();
            while !stop.load(Ordering::Relaxed) {
                let body = serde_json::to_vec(&LoginRequest {
                    user_name: "flood-legit".into(),
                    password: PASSWORD.into(),
                    device_id: device,
                    device_name: "legit".into(),
                })
                .unwrap_or_default();
                match api.post_raw("login", None, body).await {
                    Ok(a) => {
                        lat.push(a.elapsed);
                        counts.add("ok", 1);
                    }
                    Err(f) => counts.add(&f.kind, 1),
                }
                tokio::time::sleep(Duration::from_secs(2)).await;
            }
            (lat, counts)
        })
    };
    let puller = Api::from_address(addr, Some(IpAddr::from([127, 0, 0, 1])))?;
    let cpu_server_start = server.pid().map_or(0.0, cpu::of_pid);
    let cpu_start = cpu::now();
    let start = Instant::now();
    let until = start + Duration::from_secs(args.flood_seconds);
    let mut pulls = Latencies::default();
    let mut pull_errors = Counts::default();
    while Instant::now() < until {
        match puller
            .pull_raw(&reader.1, reader.0, 0, args.flood_pull_limit)
            .await
        {
            Ok(a) => pulls.push(a.elapsed),
            Err(f) => pull_errors.add(&f.kind, 1),
        }
    }
    let wall = start.elapsed();
    let cpu_used = cpu_start.until(cpu::now());
    let cpu_server = server.pid().map_or(0.0, cpu::of_pid) - cpu_server_start;
    stop.store(true, Ordering::Relaxed);
    let mut attempts = Counts::default();
    while let Some(done) = attackers.join_next().await {
        attempts.extend(&done.context("attacker task")?);
    }
    let (legit, legit_outcomes) = legit.await.context("legit task")?;
    let load_after = loadavg();
    server.stop().await;
    Ok(FloodResult {
        name: sc.name,
        attackers: sc.attackers,
        limits: sc.limits,
        tasks,
        wall,
        pulls,
        pull_errors,
        attempts,
        legit,
        legit_outcomes,
        cpu_server,
        cpu_own: cpu_used.own,
        cpu_postgres: cpu_used.postgres,
        load_after,
    })
}

/// Every scenario asked for, in order; the Markdown report.
pub(crate) async fn run(args: &Args, main_db: &str) -> anyhow::Result<String> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let url = format!("{}/{main_db}", args.pg);
    let pool = sqlx::postgres::PgPoolOptions::new()
        .max_connections(args.pool_size)
        .connect(&url)
        .await
        .context("server pool")?;
    werkpad_server::MIGRATOR.run(&pool).await?;
    let admin = sqlx::postgres::PgPoolOptions::new()
        .max_connections(2)
        .connect(&url)
        .await?;
    let key_file: PathBuf =
        std::env::temp_dir().join(format!("werkpad-loadgen-{}.key", std::process::id()));
    let scenarios: Vec<Scenario> = args
        .flood_scenarios
        .iter()
        .map(|s| scenario(s))
        .collect::<anyhow::Result<_>>()?;
    say(format!(
        "login flood: {} tasks, {} s per scenario, server {}; load average {}",
        args.flood_tasks,
        args.flood_seconds,
        args.server_bin
            .as_ref()
            .map_or("in this process".into(), |b| b.display().to_string()),
        loadavg()
    ));
    let setup_server = start(args, &pool, &url, &key_file, DEFAULTS).await?;
    let reader = setup(args, &admin, &Api::new(setup_server.addr)?).await?;
    setup_server.stop().await;

    let mut results = Vec::new();
    for sc in scenarios {
        let r = run_scenario(args, &pool, &url, &key_file, sc, &reader).await?;
        say(format!(
            "{}: pulls p50 {:.0} ms p95 {:.0} ms p99 {:.0} ms ({} pulls, errors {}); logins answered {:.0}/s: {}; legit {}",
            r.name,
            r.pulls.pct_ms(50.0),
            r.pulls.pct_ms(95.0),
            r.pulls.pct_ms(99.0),
            r.pulls.len(),
            r.pull_errors.render(),
            r.attempts.total() as f64 / r.wall.as_secs_f64().max(1e-9),
            r.attempts.render(),
            r.legit_outcomes.render()
        ));
        results.push(r);
    }
    let _ = std::fs::remove_file(&key_file);
    pool.close().await;
    admin.close().await;
    Ok(render(args, &results))
}

fn limits_text(l: Limits) -> String {
    let per = |n: u32| {
        if n == 0 {
            "off".to_owned()
        } else {
            format!("{n}/min")
        }
    };
    let at_once = if l.checks_at_once == 0 {
        "cores".to_owned()
    } else {
        l.checks_at_once.to_string()
    };
    format!(
        "name {}, address {}, checks {at_once} + {} waiting",
        per(l.per_account),
        per(l.per_address),
        l.checks_waiting
    )
}

fn render(args: &Args, results: &[FloodResult]) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "### Pulls under a login flood ({} attacker tasks, {} s per scenario, pull page of {} records)\n",
        args.flood_tasks, args.flood_seconds, args.flood_pull_limit
    );
    let _ = writeln!(
        s,
        "| scenario | attackers | server limits | pulls | pull p50 ms | p95 ms | p99 ms | max ms | bogus logins answered /s | their answers | a real login every 2 s: answers, p50 ms | CPU busy (cores): server / load generator / PostgreSQL |"
    );
    let _ = writeln!(s, "|---|---|---|---:|---:|---:|---:|---:|---:|---|---|---|");
    for r in results {
        let secs = r.wall.as_secs_f64().max(1e-9);
        let who = match r.attackers {
            Attackers::None => "none".to_owned(),
            Attackers::OneAddress => format!("{} tasks, one address", r.tasks),
            Attackers::Botnet => format!("{} tasks, {} addresses", r.tasks, r.tasks),
        };
        let errors = if r.pull_errors.total() > 0 {
            format!(" (failed: {})", r.pull_errors.render())
        } else {
            String::new()
        };
        let server_cpu = if args.server_bin.is_some() {
            format!("{:.2}", r.cpu_server / secs)
        } else {
            "(in the load generator)".to_owned()
        };
        let _ = writeln!(
            s,
            "| {} | {who} | {} | {}{errors} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} | {} | {}; {:.0} | {server_cpu} / {:.2} / {:.2} |",
            r.name,
            limits_text(r.limits),
            r.pulls.len(),
            r.pulls.pct_ms(50.0),
            r.pulls.pct_ms(95.0),
            r.pulls.pct_ms(99.0),
            r.pulls.pct_ms(100.0),
            r.attempts.total() as f64 / secs,
            r.attempts.render(),
            r.legit_outcomes.render(),
            r.legit.pct_ms(50.0),
            r.cpu_own / secs,
            r.cpu_postgres / secs,
        );
    }
    let _ = writeln!(
        s,
        "\nLoad average after the last scenario: {}.",
        results
            .last()
            .map_or_else(loadavg, |r| r.load_after.clone())
    );
    s
}
