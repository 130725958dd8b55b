//! Break-the-glass: a coach gets a file outside her caseload only with a sound reason,
//! online; the access is logged with ids and the reason code, team leads read the coach's
//! explanation, the file comes with her next pull, and at expiry it is purged from her
//! laptop and refused to her pushes, like any file that left her caseload.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use serde_json::{Value, json};
use sqlx::PgPool;
use support::*;
use werkpad_domain::sync::{MutationOp, Role};
use werkpad_server::Settings;

fn bsn_of(c: &Case) -> String {
    c.resident["bsn"].as_str().unwrap().to_owned()
}

async fn ask(
    app: &axum::Router,
    dev: &(uuid::Uuid, String),
    bsn: &str,
    why: &str,
) -> (StatusCode, Value) {
    call(
        app,
        "/api/v1/caseload/emergency",
        json!({"device_id": dev.0, "bsn": bsn, "reason": "stand_in", "explanation": why}),
        Some(&dev.1),
    )
    .await
}

/// Move every running access `hours` into the past (the clock of the test is the server's).
async fn age(pool: &PgPool, hours: i64) {
    sqlx::query(
        "UPDATE caseload SET expires_at = expires_at - make_interval(hours => $1::int)
         WHERE expires_at IS NOT NULL",
    )
    .bind(hours as i32)
    .execute(pool)
    .await
    .unwrap();
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_stand_in_gets_the_file_with_a_reason_and_loses_it_at_expiry(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    user(&pool, "bram", Role::Jobcoach).await;
    user(&pool, "tess", Role::Teamleider).await;
    team(&pool, "Noord", &["anna", "bram", "tess"]).await;
    let anna = device(&app, "anna").await;
    let bram = device(&app, "bram").await;
    let tess = device(&app, "tess").await;
    let c = case(41);
    push(&app, &anna, &intake(&c, 1)).await;
    let other = case(42);
    push(&app, &anna, &intake(&other, 4)).await;
    let (before, _, cursor) = pull_from(&app, &bram, 0).await;
    assert!(before.is_empty(), "bram holds nothing of anna's caseload");

    // Refused: no reason worth the name, a BSN failing the elfproef, a team lead asking.
    let (status, body) = ask(&app, &bram, &bsn_of(&c), "nodig").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, _) = ask(
        &app,
        &bram,
        "123456789",
        "Anna is ziek, afspraak om tien uur",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _) = ask(
        &app,
        &tess,
        &bsn_of(&c),
        "Anna is ziek, afspraak om tien uur",
    )
    .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "only a coach breaks the glass"
    );
    let (status, body) = ask(
        &app,
        &anna,
        &bsn_of(&c),
        "Mijn eigen inwoner, voor de zekerheid",
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["code"], "already_in_caseload");
    assert_eq!(
        count(&pool, "SELECT count(*) FROM emergency_access").await,
        0,
        "a refused request leaves no grant"
    );

    // Granted: the file (and only that file) comes with bram's next pull.
    let (status, grant) = ask(
        &app,
        &bram,
        &bsn_of(&c),
        "Anna is ziek, afspraak werkgever 10:00",
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{grant}");
    assert_eq!(grant["resident_id"], json!(c.resident_id));
    let (status, body) = call(
        &app,
        "/api/v1/pull",
        json!({"device_id": bram.0, "cursor": cursor, "limit": 100}),
        Some(&bram.1),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let residents: Vec<&Value> = body["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["resident_id"])
        .collect();
    assert_eq!(residents.len(), 3, "the whole file: {residents:?}");
    assert!(
        residents.iter().all(|r| **r == json!(c.resident_id)),
        "no other file comes along"
    );
    assert_eq!(
        body["emergency"][0]["resident_id"],
        json!(c.resident_id),
        "the laptop learns the expiry"
    );
    let cursor = body["cursor"].as_i64().unwrap();

    // Logged: ids and the code, never the explanation or the BSN.
    let (n, purpose): (i64, Option<String>) = sqlx::query_as(
        "SELECT count(*), max(purpose) FROM audit_log WHERE action = 'emergency_access' AND resident_id = $1",
    )
    .bind(c.resident_id)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((n, purpose.as_deref()), (1, Some("guidance")));
    let log: Vec<(String,)> = sqlx::query_as("SELECT t::text FROM audit_log t")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert!(
        log.iter()
            .all(|(row,)| !row.contains("werkgever") && !row.contains(&bsn_of(&c))),
        "the audit log holds ids and codes only"
    );

    // The team lead is told, with the coach's words; coaches may not read the notices.
    let (status, notices) = call(
        &app,
        "/api/v1/caseload/emergency/notices",
        json!({"device_id": tess.0, "since": null}),
        Some(&tess.1),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{notices}");
    assert_eq!(notices.as_array().unwrap().len(), 1);
    assert_eq!(notices[0]["coach"], "bram");
    assert_eq!(
        notices[0]["explanation"],
        "Anna is ziek, afspraak werkgever 10:00"
    );
    let (status, _) = call(
        &app,
        "/api/v1/caseload/emergency/notices",
        json!({"device_id": bram.0, "since": null}),
        Some(&bram.1),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // While it runs, bram may write in the file.
    let mut fields = c.resident.clone();
    fields.insert("phone".into(), json!("0612345678"));
    let (_, out) = push(
        &app,
        &bram,
        &[mutation(
            1,
            "resident",
            c.resident_id,
            c.resident_id,
            MutationOp::Update,
            fields.clone(),
            1,
        )],
    )
    .await;
    assert_eq!(out["results"][0]["outcome"], "applied", "{out}");

    // Expired: the next pull tells bram's laptop to purge, and his pushes are refused.
    age(&pool, 25).await;
    let (_, purges, after_expiry) = pull_from(&app, &bram, cursor).await;
    assert!(
        purges.contains(&json!(c.resident_id)),
        "the file leaves bram's laptop at expiry"
    );
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM caseload WHERE expires_at IS NOT NULL"
        )
        .await,
        0,
        "no access outlives its moment"
    );
    let (ended,): (i64,) =
        sqlx::query_as("SELECT count(*) FROM emergency_access WHERE ended_at IS NOT NULL")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(ended, 1, "the grant records that it ended");
    // A change made after his laptop learned of the end is refused. (One made before it,
    // offline, is taken, as after a hand-over: it was made while he held the file.)
    fields.insert("phone".into(), json!("0687654321"));
    let mut late = mutation(
        2,
        "resident",
        c.resident_id,
        c.resident_id,
        MutationOp::Update,
        fields,
        2,
    );
    late.known_cursor = after_expiry;
    let (_, out) = push(&app, &bram, &[late]).await;
    assert_eq!(out["results"][0]["reason"], "not_in_caseload", "{out}");
    let (still_anna,): (i64,) = sqlx::query_as(
        "SELECT count(*) FROM caseload WHERE resident_id = $1 AND expires_at IS NULL",
    )
    .bind(c.resident_id)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(still_anna, 1, "anna's own assignment is untouched");
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn an_access_made_permanent_by_the_team_lead_does_not_expire(pool: PgPool) {
    let app = app_with(
        pool.clone(),
        Settings {
            emergency_hours: 2,
            ..Settings::default()
        },
    );
    user(&pool, "anna", Role::Jobcoach).await;
    let bram_id = user(&pool, "bram", Role::Jobcoach).await;
    let anna = device(&app, "anna").await;
    let bram = device(&app, "bram").await;
    let c = case(43);
    push(&app, &anna, &intake(&c, 1)).await;
    let (status, grant) = ask(
        &app,
        &bram,
        &bsn_of(&c),
        "Overdracht volgt, Anna met verlof",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let expires: chrono::DateTime<chrono::Utc> =
        serde_json::from_value(grant["expires_at"].clone()).unwrap();
    let hours = (expires - chrono::Utc::now()).num_minutes();
    assert!(
        (110..=120).contains(&hours),
        "the configured two hours: {hours} minutes"
    );

    werkpad_server::sync::caseload::assign(&pool, c.resident_id, bram_id, None)
        .await
        .unwrap();
    age(&pool, 3).await;
    let (_, purges) = pull_all(&app, &bram).await;
    assert!(
        purges.is_empty(),
        "a file assigned for good stays: {purges:?}"
    );
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM emergency_access WHERE ended_at IS NULL"
        )
        .await,
        0,
        "the access ended when the file became his"
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn an_unknown_bsn_is_not_found_and_leaves_nothing(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "bram", Role::Jobcoach).await;
    let bram = device(&app, "bram").await;
    let (status, body) = ask(&app, &bram, "111222333", "Inwoner staat aan de balie").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    assert_eq!(count(&pool, "SELECT count(*) FROM caseload").await, 0);
    assert_eq!(
        count(&pool, "SELECT count(*) FROM emergency_access").await,
        0
    );
}
