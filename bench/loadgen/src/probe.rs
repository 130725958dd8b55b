//! Race probes (with `--probe-races`): requests that a real deployment can send at the same
//! time and that take the same locks in opposite orders.
//!
//! A. one device pushes and pulls at once: push locks the device row (`FOR UPDATE`) and then
//!    waits for the write lock; pull's audit transaction holds the write lock and then
//!    updates the same device row (`last_seen_at`).
//! B. a team lead (re)assigns a resident while the coach pushes an update of that
//!    resident: push locks the record rows and then waits for the write lock; assign holds
//!    the write lock and then updates the same record rows (new change numbers).

use std::time::{Duration, Instant};

use serde_json::{Map, Value};
use sqlx::PgPool;
use uuid::Uuid;
use werkpad_domain::sync::{MutationOp, PushRequest, Role};

use crate::client::Api;
use crate::mutations::DeviceGen;
use crate::stats::Counts;

const PASSWORD: &str = "loadgen-probe-password-1";

/// Counted answers of one probe.
#[derive(Debug, Default)]
pub struct ProbeResult {
    /// What was probed.
    pub name: String,
    /// Requests of the first kind and their failures.
    pub a_requests: u64,
    /// Failures of the first kind by error.
    pub a_errors: Counts,
    /// Requests of the second kind.
    pub b_requests: u64,
    /// Failures of the second kind by error.
    pub b_errors: Counts,
    /// How long it ran.
    pub wall: Duration,
    /// Deadlocks PostgreSQL counted in the database during the probe.
    pub deadlocks: i64,
}

async fn deadlocks(admin: &PgPool) -> i64 {
    // Statistics are flushed lazily; good enough for a before/after difference.
    sqlx::query_as::<_, (i64,)>(
        "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()",
    )
    .fetch_one(admin)
    .await
    .map(|(n,)| n)
    .unwrap_or(-1)
}

async fn coach(
    admin: &PgPool,
    api: &Api,
    name: &str,
    role: Role,
) -> anyhow::Result<(Uuid, String)> {
    werkpad_server::admin::user_add(admin, name, name, role, PASSWORD).await?;
    let device = Uuid::now_v7();
    let token = api.login(name, PASSWORD, device).await?;
    Ok((device, token))
}

async fn push_ok(api: &Api, token: &str, req: &PushRequest) -> anyhow::Result<()> {
    api.post("push", Some(token), req).await?;
    Ok(())
}

/// Probe A: the same device pushes a page and pulls at once, `rounds` times, the pull
/// started after a delay that sweeps 0–95 ms so it meets the push at every stage.
pub async fn same_device_push_pull(
    admin: &PgPool,
    api: &Api,
    rounds: usize,
) -> anyhow::Result<ProbeResult> {
    let (device, token) = coach(admin, api, "probe-a-coach", Role::Jobcoach).await?;
    let mut stream = DeviceGen::new(99, "probe-a-coach", 18);
    // A resident with records, so every pull page names a resident (and writes audit).
    let first = stream.take(20)?;
    push_ok(
        api,
        &token,
        &PushRequest {
            device_id: device,
            mutations: first,
        },
    )
    .await?;
    // Pull from the end of what there is now: later pulls return the pushed pages without
    // scanning (or counting) the whole table.
    let mut cursor = 0;
    loop {
        let a = api
            .pull_raw(&token, device, cursor, 5000)
            .await
            .map_err(|f| anyhow::anyhow!("probe pull: {}", f.kind))?;
        let page: werkpad_domain::sync::PullResponse = serde_json::from_slice(&a.body)?;
        cursor = page.cursor;
        if !page.more {
            break;
        }
    }
    let before = deadlocks(admin).await;
    let mut out = ProbeResult {
        name: "A: one device pushes (1000 mutations) and pulls at the same time".into(),
        ..ProbeResult::default()
    };
    let start = Instant::now();
    let mut pending = None;
    for round in 0..rounds {
        let body = match pending.take() {
            Some(b) => b,
            None => serde_json::to_vec(&PushRequest {
                device_id: device,
                mutations: stream.take(1000)?,
            })?,
        };
        let delay = Duration::from_millis((round as u64 * 5) % 100);
        let pull = async {
            tokio::time::sleep(delay).await;
            api.pull_raw(&token, device, cursor, 200).await
        };
        let (push, pull) = tokio::join!(api.post_raw("push", Some(&token), body.clone()), pull);
        out.a_requests += 1;
        out.b_requests += 1;
        if let Err(f) = push {
            out.a_errors.add(&f.kind, 1);
            pending = Some(body);
        }
        if let Err(f) = pull {
            out.b_errors.add(&f.kind, 1);
        }
    }
    out.wall = start.elapsed();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    out.deadlocks = deadlocks(admin).await - before;
    Ok(out)
}

/// Probe B: a team lead moves a resident between coaches while the resident's coach pushes
/// updates of that resident, both as fast as they can for `secs` seconds.
pub async fn assign_vs_push(admin: &PgPool, api: &Api, secs: u64) -> anyhow::Result<ProbeResult> {
    let (device, token) = coach(admin, api, "probe-b-coach", Role::Jobcoach).await?;
    for name in ["probe-b-x", "probe-b-y"] {
        werkpad_server::admin::user_add(admin, name, name, Role::Jobcoach, PASSWORD).await?;
    }
    let (_, lead_token) = coach(admin, api, "probe-b-lead", Role::Teamleider).await?;
    // One team: a lead assigns only residents of her team, between its coaches.
    werkpad_server::admin::team_add(admin, "probe-b").await?;
    for name in ["probe-b-coach", "probe-b-x", "probe-b-y", "probe-b-lead"] {
        werkpad_server::admin::user_set_team(admin, name, Some("probe-b")).await?;
    }
    let mut stream = DeviceGen::new(98, "probe-b-coach", 18);
    let case = stream.take(20)?;
    let resident = case
        .first()
        .map(|m| m.entity_id)
        .ok_or_else(|| anyhow::anyhow!("an empty case"))?;
    push_ok(
        api,
        &token,
        &PushRequest {
            device_id: device,
            mutations: case,
        },
    )
    .await?;
    let before = deadlocks(admin).await;
    let deadline = Instant::now() + Duration::from_secs(secs);
    let start = Instant::now();

    let pusher = {
        let api = api.clone();
        async move {
            let mut n = 0u64;
            let mut errors = Counts::default();
            let mut pending: Option<Vec<u8>> = None;
            let mut i = 0u64;
            while Instant::now() < deadline {
                let body = match pending.take() {
                    Some(b) => b,
                    None => {
                        i += 1;
                        let mut fields = Map::new();
                        fields.insert(
                            "motivation".into(),
                            Value::String(format!("Wil werken ({i})")),
                        );
                        let m = stream.mutation(
                            "resident",
                            resident,
                            resident,
                            MutationOp::Update,
                            fields,
                        );
                        // Based on "the newest version": this probe is about locks, not merges.
                        let m = werkpad_domain::sync::Mutation {
                            base_version: i64::MAX / 2,
                            field_bases: Default::default(),
                            own_unseen: Vec::new(),
                            known_cursor: 0,
                            ..m
                        };
                        serde_json::to_vec(&PushRequest {
                            device_id: device,
                            mutations: vec![m],
                        })?
                    }
                };
                n += 1;
                if let Err(f) = api.post_raw("push", Some(&token), body.clone()).await {
                    errors.add(&f.kind, 1);
                    pending = Some(body);
                }
            }
            anyhow::Ok((n, errors))
        }
    };
    let lead = {
        let api = api.clone();
        async move {
            let mut n = 0u64;
            let mut errors = Counts::default();
            let mut from: Option<&str> = None;
            let mut to = "probe-b-x";
            while Instant::now() < deadline {
                let body = serde_json::json!({
                    "resident_id": resident,
                    "coach_name": to,
                    "from_coach_name": from,
                });
                n += 1;
                match api
                    .post_raw(
                        "caseload/assign",
                        Some(&lead_token),
                        serde_json::to_vec(&body)?,
                    )
                    .await
                {
                    Ok(_) => {
                        from = Some(to);
                        to = if to == "probe-b-x" {
                            "probe-b-y"
                        } else {
                            "probe-b-x"
                        };
                    }
                    Err(f) => errors.add(&f.kind, 1),
                }
            }
            anyhow::Ok((n, errors))
        }
    };
    let (p, l) = tokio::join!(pusher, lead);
    let (pn, perr) = p?;
    let (ln, lerr) = l?;
    let wall = start.elapsed();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    Ok(ProbeResult {
        name: "B: a team lead reassigns a resident while the coach pushes updates of it".into(),
        a_requests: pn,
        a_errors: perr,
        b_requests: ln,
        b_errors: lerr,
        wall,
        deadlocks: deadlocks(admin).await - before,
    })
}
