//! One ingest level: N devices push their pages concurrently (with the PostgreSQL wait
//! sampler running), then pull from cursor 0, then the same rows go through the ceiling.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use sqlx::PgPool;
use tokio::sync::Semaphore;
use uuid::Uuid;
use werkpad_domain::sync::{Outcome, PullResponse, PushRequest, PushResponse};

use crate::ceiling::Shape;
use crate::client::Api;
use crate::cpu::{self, CpuTimes};
use crate::mutations::RecordRow;
use crate::setup::Device;
use crate::stats::{Counts, Latencies, WaitSamples};
use crate::{Args, ceiling, loadavg, say, stats};

#[derive(Debug, Default)]
pub(crate) struct IngestResult {
    pub(crate) devices: usize,
    pub(crate) in_flight: usize,
    pub(crate) pages_per_device: usize,
    pub(crate) mutations_sent: u64,
    pub(crate) outcomes: Counts,
    pub(crate) errors: Counts,
    pub(crate) wall: Duration,
    pub(crate) push: Latencies,
    pub(crate) push_bytes: u64,
    pub(crate) pulls: Latencies,
    pub(crate) pull_wall: Duration,
    pub(crate) pull_records: u64,
    pub(crate) pull_errors: Counts,
    pub(crate) waits: WaitSamples,
    pub(crate) ceiling_conns: usize,
    pub(crate) ceiling_rows: u64,
    pub(crate) ceiling_wall: Duration,
    pub(crate) serial_rows: u64,
    pub(crate) serial_wall: Duration,
    /// The fair ceiling: records and their audit entries.
    pub(crate) fair_rows: u64,
    pub(crate) fair_wall: Duration,
    pub(crate) load_before: String,
    /// CPU seconds while the devices pushed, and while the ceiling inserted.
    pub(crate) cpu_ingest: CpuTimes,
    pub(crate) cpu_ceiling: CpuTimes,
}

impl IngestResult {
    pub(crate) fn applied(&self) -> u64 {
        self.outcomes.0.get("applied").copied().unwrap_or(0)
    }
    pub(crate) fn rate(&self) -> f64 {
        self.applied() as f64 / self.wall.as_secs_f64().max(1e-9)
    }
    pub(crate) fn ceiling_rate(&self) -> f64 {
        self.ceiling_rows as f64 / self.ceiling_wall.as_secs_f64().max(1e-9)
    }
    pub(crate) fn serial_rate(&self) -> f64 {
        self.serial_rows as f64 / self.serial_wall.as_secs_f64().max(1e-9)
    }
    pub(crate) fn fair_rate(&self) -> f64 {
        self.fair_rows as f64 / self.fair_wall.as_secs_f64().max(1e-9)
    }
}

#[derive(Debug, Default)]
struct DeviceOutcome {
    outcomes: Counts,
    errors: Counts,
    latencies: Latencies,
    alive: bool,
}

pub(crate) async fn ingest_level(
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
    let cpu_start = cpu::now();
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
    result.cpu_ingest = cpu_start.until(cpu::now());
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
    let (rows_in, wall, cpu_used) = ceiling::run(
        ceiling_pool,
        rows.clone(),
        args.page_size,
        conns,
        Shape::Records,
    )
    .await?;
    result.cpu_ceiling = cpu_used;
    result.ceiling_conns = conns;
    result.ceiling_rows = rows_in;
    result.ceiling_wall = wall;
    // The fair ceiling: each row with its audit entry, as the server must write them.
    let fresh = |rows: &[RecordRow]| -> Vec<RecordRow> {
        rows.iter()
            .cloned()
            .map(|r| RecordRow {
                id: Uuid::now_v7(),
                ..r
            })
            .collect()
    };
    let (rows_in, wall, _) = ceiling::run(
        ceiling_pool,
        fresh(&rows),
        args.page_size,
        conns,
        Shape::RecordsAndAudit,
    )
    .await?;
    result.fair_rows = rows_in;
    result.fair_wall = wall;
    // And once more with every batch under one advisory lock, as the server once wrote.
    let (rows_in, wall, _) = ceiling::run(
        ceiling_pool,
        fresh(&rows),
        args.page_size,
        conns,
        Shape::RecordsOneLock,
    )
    .await?;
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
