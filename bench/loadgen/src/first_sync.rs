//! The first sync: one coach's whole caseload pushed from one laptop, then pulled from
//! cursor 0 by a second, empty laptop, page by page until `more` is false.

use std::time::{Duration, Instant};

use sqlx::PgPool;
use uuid::Uuid;
use werkpad_domain::sync::{MAX_PUSH_PAGE, Outcome, PullResponse, PushRequest, PushResponse, Role};

use crate::client::Api;
use crate::mutations::DeviceGen;
use crate::setup::PASSWORD;
use crate::{Args, say};

#[derive(Debug, Clone)]
pub(crate) struct PullRun {
    pub(crate) limit: u32,
    pub(crate) when: &'static str,
    pub(crate) wall: Duration,
    pub(crate) server: Duration,
    pub(crate) decode: Duration,
    pub(crate) pages: usize,
    pub(crate) records: u64,
    pub(crate) bytes: u64,
    pub(crate) total_announced: Option<i64>,
    pub(crate) slowest_page: Duration,
}

#[derive(Debug, Default)]
pub(crate) struct FirstSync {
    pub(crate) residents: usize,
    pub(crate) pushed: u64,
    pub(crate) applied: u64,
    pub(crate) push_wall: Duration,
    pub(crate) push_pages: usize,
    pub(crate) runs: Vec<PullRun>,
}

/// The first-sync coach: a caseload pushed from one laptop; returns a second, empty laptop.
pub(crate) async fn first_sync_setup(
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
pub(crate) async fn full_pull(
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
