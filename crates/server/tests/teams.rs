//! Teams: a team lead holds the residents of her team's coaches and those waiting for a
//! coach, no others; a file that leaves her team is purged at her next pull and comes with
//! the next pull of the lead it now belongs to. And the administration of teams.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::collections::BTreeSet;

use axum::Router;
use axum::http::StatusCode;
use serde_json::{Map, Value, json};
use sqlx::PgPool;
use support::*;
use uuid::Uuid;
use werkpad_domain::sync::{MutationOp, Role};
use werkpad_server::admin::{self, AdminError};
use werkpad_server::sync::caseload;

type Device = (Uuid, String);

fn residents(changes: &[Value]) -> BTreeSet<Uuid> {
    changes
        .iter()
        .filter_map(|c| c["resident_id"].as_str())
        .map(|r| r.parse().unwrap())
        .collect()
}

fn ids(purges: &[Value]) -> BTreeSet<Uuid> {
    purges
        .iter()
        .map(|r| r.as_str().unwrap().parse().unwrap())
        .collect()
}

fn set<const N: usize>(items: [Uuid; N]) -> BTreeSet<Uuid> {
    items.into_iter().collect()
}

fn phone(number: &str) -> Map<String, Value> {
    match json!({ "phone": number }) {
        Value::Object(m) => m,
        _ => unreachable!(),
    }
}

/// One update of `resident`'s phone number as mutation `seq` of `dev`; its outcome.
async fn edit(app: &Router, dev: &Device, seq: i64, resident: Uuid) -> Value {
    let m = mutation(
        seq,
        "resident",
        resident,
        resident,
        MutationOp::Update,
        phone("0612345678"),
        1,
    );
    let (status, body) = push(app, dev, &[m]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body["results"][0].clone()
}

async fn assign(app: &Router, lead: &Device, resident: Uuid, to: &str) -> StatusCode {
    call(
        app,
        "/api/v1/caseload/assign",
        json!({"resident_id": resident, "coach_name": to, "from_coach_name": null}),
        Some(&lead.1),
    )
    .await
    .0
}

async fn notices(app: &Router, lead: &Device) -> (StatusCode, Value) {
    call(
        app,
        "/api/v1/caseload/emergency/notices",
        json!({"device_id": lead.0, "since": null}),
        Some(&lead.1),
    )
    .await
}

/// Two teams, a lead and coaches in each, a lead without a team; one resident per coach
/// and one waiting for a coach.
struct World {
    app: Router,
    pool: PgPool,
    noord: Device,
    zuid: Device,
    free: Device,
    ra: Uuid,
    rb: Uuid,
    rp: Uuid,
}

async fn world(pool: PgPool) -> World {
    let app = app(pool.clone());
    admin::team_add(&pool, "Noord").await.unwrap();
    admin::team_add(&pool, "Zuid").await.unwrap();
    for (name, role, team) in [
        ("nora", Role::Teamleider, Some("Noord")),
        ("zita", Role::Teamleider, Some("Zuid")),
        ("vera", Role::Teamleider, None),
        ("anna", Role::Jobcoach, Some("Noord")),
        ("carla", Role::Jobcoach, Some("Noord")),
        ("bram", Role::Jobcoach, Some("Zuid")),
    ] {
        user(&pool, name, role).await;
        if team.is_some() {
            admin::user_set_team(&pool, name, team).await.unwrap();
        }
    }
    let anna = device(&app, "anna").await;
    let bram = device(&app, "bram").await;
    let (ca, cb, cp) = (case(1), case(2), case(3));
    push(&app, &anna, &intake(&ca, 1)).await;
    push(&app, &bram, &intake(&cb, 1)).await;
    push(&app, &anna, &intake(&cp, 4)).await;
    let anna_id = admin::user_id(&pool, "anna").await.unwrap();
    assert!(
        caseload::unassign(&pool, cp.resident_id, anna_id, None)
            .await
            .unwrap(),
        "the third resident goes back to the pool"
    );
    World {
        noord: device(&app, "nora").await,
        zuid: device(&app, "zita").await,
        free: device(&app, "vera").await,
        ra: ca.resident_id,
        rb: cb.resident_id,
        rp: cp.resident_id,
        app,
        pool,
    }
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn each_lead_holds_her_team_and_the_pool_and_writes_only_there(pool: PgPool) {
    let w = world(pool).await;
    let (noord, _) = pull_all(&w.app, &w.noord).await;
    let (zuid, _) = pull_all(&w.app, &w.zuid).await;
    let (free, _) = pull_all(&w.app, &w.free).await;
    assert_eq!(residents(&noord), set([w.ra, w.rp]), "anna's and the pool");
    assert_eq!(residents(&zuid), set([w.rb, w.rp]), "bram's and the pool");
    assert_eq!(
        residents(&free),
        set([w.rp]),
        "a lead without team: the pool"
    );

    // The first pull's progress bar counts what the pull brings.
    let (status, body) = call(
        &w.app,
        "/api/v1/pull",
        json!({"device_id": w.noord.0, "cursor": 0, "limit": 1000}),
        Some(&w.noord.1),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["total"], json!(noord.len()), "total matches the pull");

    let out = edit(&w.app, &w.noord, 1, w.rb).await;
    assert_eq!(out["outcome"], "rejected", "another team's resident: {out}");
    assert_eq!(out["reason"], "not_in_caseload");
    let out = edit(&w.app, &w.noord, 2, w.ra).await;
    assert_eq!(out["outcome"], "applied", "her team's resident: {out}");
    let out = edit(&w.app, &w.free, 1, w.ra).await;
    assert_eq!(
        out["reason"], "not_in_caseload",
        "no team, not anna's: {out}"
    );
    let out = edit(&w.app, &w.free, 2, w.rp).await;
    assert_eq!(out["outcome"], "applied", "the pool is every lead's: {out}");

    // The self-check and the repair follow the same scope.
    let held: Vec<Value> = [w.ra, w.rb]
        .iter()
        .map(|r| json!({"resident_id": r, "digest": "x"}))
        .collect();
    let (status, body) = call(
        &w.app,
        "/api/v1/check",
        json!({"device_id": w.noord.0, "residents": held, "shared": ""}),
        Some(&w.noord.1),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let differ: BTreeSet<Uuid> = serde_json::from_value(body["differ"].clone()).unwrap();
    let extra: BTreeSet<Uuid> = serde_json::from_value(body["extra"].clone()).unwrap();
    assert_eq!(differ, set([w.ra, w.rp]), "fetch hers again, and the pool");
    assert_eq!(extra, set([w.rb]), "remove the other team's");
    let (status, body) = call(
        &w.app,
        "/api/v1/records",
        json!({"device_id": w.noord.0, "residents": [w.ra, w.rb]}),
        Some(&w.noord.1),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        body["residents"],
        json!([w.ra]),
        "no repair of another team's"
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_file_that_leaves_a_team_is_purged_and_arrives_with_the_other_lead(pool: PgPool) {
    let w = world(pool).await;
    let (_, _, cn) = pull_from(&w.app, &w.noord, 0).await;
    let (_, _, cz) = pull_from(&w.app, &w.zuid, 0).await;
    let (_, _, cf) = pull_from(&w.app, &w.free, 0).await;

    // Anna's resident goes to bram (team Zuid).
    let anna = admin::user_id(&w.pool, "anna").await.unwrap();
    let bram = admin::user_id(&w.pool, "bram").await.unwrap();
    caseload::assign(&w.pool, w.ra, bram, None).await.unwrap();
    caseload::unassign(&w.pool, w.ra, anna, None).await.unwrap();
    let (changes, purges, cn) = pull_from(&w.app, &w.noord, cn).await;
    assert_eq!(ids(&purges), set([w.ra]), "Noord's laptop drops it");
    assert!(residents(&changes).is_empty(), "and gets nothing of it");
    let (changes, purges, cz) = pull_from(&w.app, &w.zuid, cz).await;
    assert_eq!(residents(&changes), set([w.ra]), "Zuid's laptop gets it");
    assert!(purges.is_empty(), "{purges:?}");

    // A lead assigns from the pool to a coach of her team, not elsewhere.
    assert_eq!(
        assign(&w.app, &w.noord, w.rb, "anna").await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        assign(&w.app, &w.noord, w.rp, "bram").await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        assign(&w.app, &w.free, w.rp, "anna").await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        count(&w.pool, "SELECT count(*) FROM caseload").await,
        2,
        "nothing refused was assigned"
    );
    assert_eq!(
        assign(&w.app, &w.noord, w.rp, "carla").await,
        StatusCode::OK
    );
    let (_, purges, cz) = pull_from(&w.app, &w.zuid, cz).await;
    assert_eq!(ids(&purges), set([w.rp]), "the pool file went to Noord");
    let (_, purges, _) = pull_from(&w.app, &w.free, cf).await;
    // The rule names every resident moved since the cursor who is now outside her scope,
    // also those she never held (anna's, which went to bram): her laptop ignores those.
    assert!(
        ids(&purges).contains(&w.rp),
        "and left the pool: {purges:?}"
    );
    let (_, purges, cn) = pull_from(&w.app, &w.noord, cn).await;
    assert!(purges.is_empty(), "still Noord's: {purges:?}");

    // Carla moves to Zuid, with her caseload.
    admin::user_set_team(&w.pool, "carla", Some("Zuid"))
        .await
        .unwrap();
    let (_, purges, _) = pull_from(&w.app, &w.noord, cn).await;
    assert_eq!(ids(&purges), set([w.rp]), "carla's files leave Noord");
    let (changes, purges, _) = pull_from(&w.app, &w.zuid, cz).await;
    assert_eq!(residents(&changes), set([w.rp]), "and come to Zuid");
    assert!(purges.is_empty(), "{purges:?}");
    let carla = device(&w.app, "carla").await;
    let (changes, _) = pull_all(&w.app, &carla).await;
    assert_eq!(residents(&changes), set([w.rp]), "carla keeps her caseload");
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_lead_reads_the_emergency_notices_of_her_team_only(pool: PgPool) {
    let w = world(pool).await;
    let carla = device(&w.app, "carla").await;
    let (bsn,): (String,) = sqlx::query_as("SELECT doc->>'bsn' FROM records WHERE id = $1")
        .bind(w.rb)
        .fetch_one(&w.pool)
        .await
        .unwrap();
    let (status, body) = call(
        &w.app,
        "/api/v1/caseload/emergency",
        json!({"device_id": carla.0, "bsn": bsn, "reason": "stand_in",
               "explanation": "Bram is ziek, afspraak werkgever 10:00"}),
        Some(&carla.1),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body) = notices(&w.app, &w.noord).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        body.as_array().unwrap().len(),
        1,
        "carla is of Noord: {body}"
    );
    let (_, body) = notices(&w.app, &w.zuid).await;
    assert_eq!(body, json!([]), "not a Zuid coach's access");
    let (_, body) = notices(&w.app, &w.free).await;
    assert_eq!(body, json!([]), "a lead without a team reads none");
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn teams_are_administered_with_clear_errors_and_audited(pool: PgPool) {
    let noord = admin::team_add(&pool, "Noord").await.unwrap();
    assert!(matches!(
        admin::team_add(&pool, "Noord").await,
        Err(AdminError::TeamTaken(n)) if n == "Noord"
    ));
    assert!(matches!(
        admin::team_add(&pool, "  ").await,
        Err(AdminError::BadTeamName)
    ));
    admin::team_add(&pool, "Zuid").await.unwrap();
    let anna = user(&pool, "anna", Role::Jobcoach).await;
    user(&pool, "nora", Role::Teamleider).await;
    admin::user_set_team(&pool, "anna", Some("Noord"))
        .await
        .unwrap();
    admin::user_set_team(&pool, "nora", Some("Noord"))
        .await
        .unwrap();
    assert_eq!(admin::user_team(&pool, anna).await.unwrap(), Some(noord));
    assert!(matches!(
        admin::user_set_team(&pool, "anna", Some("West")).await,
        Err(AdminError::NoSuchTeam(n)) if n == "West"
    ));
    assert!(matches!(
        admin::user_set_team(&pool, "nobody", Some("Noord")).await,
        Err(AdminError::NoSuchUser(_))
    ));
    assert_eq!(
        admin::user_team(&pool, anna).await.unwrap(),
        Some(noord),
        "a refused change changes nothing"
    );
    let list = admin::team_list(&pool).await.unwrap();
    let got: Vec<(&str, i64)> = list.iter().map(|t| (t.name.as_str(), t.members)).collect();
    assert_eq!(got, [("Noord", 2), ("Zuid", 0)], "by name, with members");
    admin::user_set_team(&pool, "anna", None).await.unwrap();
    assert_eq!(admin::user_team(&pool, anna).await.unwrap(), None);
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM audit_log WHERE action IN ('team_add', 'user_set_team')"
        )
        .await,
        2 + 3,
        "every change audited, none of the refused"
    );
    let (n,): (i64,) = sqlx::query_as(
        "SELECT count(*) FROM audit_log WHERE action = 'user_set_team' AND user_id = $1
           AND entity = 'team' AND entity_id IS NULL",
    )
    .bind(anna)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(n, 1, "leaving a team is audited with ids only");
}
