//! Pushes run side by side (no global write lock): change numbers come from each
//! transaction's id and a pull passes only finished transactions. These tests show the two
//! promises that lock used to keep: a change that commits late is never skipped by a cursor,
//! and under concurrent pushes every change is pulled exactly once and the audit chain
//! stays whole.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::collections::HashMap;

use serde_json::{Value, json};
use sqlx::PgPool;
use support::*;
use uuid::Uuid;
use werkpad_domain::sync::Role;
use werkpad_server::audit::Verified;

/// One pull page from `cursor`: (changes, next cursor, more).
async fn pull_from(
    app: &axum::Router,
    dev: &(Uuid, String),
    cursor: i64,
) -> (Vec<Value>, i64, bool) {
    let (status, body) = call(
        app,
        "/api/v1/pull",
        json!({"device_id": dev.0, "cursor": cursor, "limit": 1000}),
        Some(&dev.1),
    )
    .await;
    assert!(status.is_success(), "{body}");
    (
        body["changes"].as_array().unwrap().clone(),
        body["cursor"].as_i64().unwrap(),
        body["more"].as_bool().unwrap(),
    )
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_change_committed_late_is_not_skipped_by_the_cursor(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let laptop = device(&app, "anna").await;
    let other = device(&app, "anna").await;
    let early = case(40);
    push(&app, &laptop, &intake(&early, 1)).await;
    let (first, cursor, _) = pull_from(&app, &other, 0).await;
    assert_eq!(first.len(), 3);

    // A transaction that draws its change number now and commits only later.
    let mut late = pool.begin().await.unwrap();
    let (late_seq,): (i64,) = sqlx::query_as("SELECT next_change_seqs(1)")
        .fetch_one(&mut *late)
        .await
        .unwrap();
    // Meanwhile another push commits, with higher numbers.
    let next = case(41);
    push(&app, &laptop, &intake(&next, 4)).await;
    let (held, held_cursor, _) = pull_from(&app, &other, cursor).await;
    assert!(
        held.is_empty() && held_cursor < late_seq,
        "while an older transaction runs, nothing after it is passed: {held:?}, cursor {held_cursor} vs {late_seq}"
    );

    sqlx::query(
        "UPDATE records SET change_seq = $1, version = version + 1 WHERE entity = 'traject' AND id = $2",
    )
    .bind(late_seq)
    .bind(early.traject_id)
    .execute(&mut *late)
    .await
    .unwrap();
    late.commit().await.unwrap();
    let (after, _, _) = pull_from(&app, &other, held_cursor).await;
    let ids: Vec<&str> = after
        .iter()
        .map(|c| c["entity_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        after.len(),
        4,
        "the late change and the later push: {ids:?}"
    );
    assert!(ids.contains(&early.traject_id.to_string().as_str()));
    assert!(ids.contains(&next.resident_id.to_string().as_str()));
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn concurrent_pushes_are_each_pulled_once_and_the_audit_chain_is_whole(pool: PgPool) {
    const COACHES: u64 = 6;
    const PAGES: u64 = 5;
    let app = app(pool.clone());
    user(&pool, "lead", Role::Teamleider).await;
    let lead = device(&app, "lead").await;
    let mut devices = Vec::new();
    for c in 0..COACHES {
        let name = format!("coach{c}");
        user(&pool, &name, Role::Jobcoach).await;
        devices.push(device(&app, &name).await);
    }
    let members: Vec<String> = (0..COACHES).map(|c| format!("coach{c}")).collect();
    let mut members: Vec<&str> = members.iter().map(String::as_str).collect();
    members.push("lead");
    team(&pool, "Noord", &members).await;

    // Every coach pushes PAGES intakes; the team lead pulls all the while.
    let mut pushers = Vec::new();
    for (c, dev) in devices.into_iter().enumerate() {
        let app = app.clone();
        pushers.push(tokio::spawn(async move {
            for p in 0..PAGES {
                let case = case(1_000 + c as u64 * 100 + p);
                let (status, body) = push(&app, &dev, &intake(&case, 1 + 3 * p as i64)).await;
                assert!(status.is_success(), "{body}");
            }
        }));
    }
    let puller = {
        let app = app.clone();
        tokio::spawn(async move {
            let mut seen: HashMap<String, u32> = HashMap::new();
            let mut cursor = 0;
            for _ in 0..15 {
                let (changes, next, _) = pull_from(&app, &lead, cursor).await;
                for c in changes {
                    *seen
                        .entry(c["entity_id"].as_str().unwrap().to_owned())
                        .or_default() += 1;
                }
                cursor = next;
                tokio::task::yield_now().await;
            }
            (seen, cursor, lead)
        })
    };
    for p in pushers {
        p.await.unwrap();
    }
    let (mut seen, mut cursor, lead) = puller.await.unwrap();
    loop {
        let (changes, next, more) = pull_from(&app, &lead, cursor).await;
        for c in changes {
            *seen
                .entry(c["entity_id"].as_str().unwrap().to_owned())
                .or_default() += 1;
        }
        cursor = next;
        if !more {
            break;
        }
    }
    // The team lead sees no health data; intakes hold none: every record, once.
    let records = count(&pool, "SELECT count(*) FROM records").await;
    assert_eq!(records, (COACHES * PAGES * 3) as i64);
    assert_eq!(seen.len() as i64, records, "no change skipped");
    assert!(
        seen.values().all(|n| *n == 1),
        "no change sent twice: {:?}",
        seen.values().filter(|n| **n > 1).count()
    );

    let Verified::Intact {
        entries, unsealed, ..
    } = seal_and_verify(&pool).await
    else {
        panic!("the audit chain breaks");
    };
    assert_eq!(unsealed, 0);
    assert!(
        entries >= records,
        "every applied change is in the chain: {entries} entries, {records} records"
    );
}
