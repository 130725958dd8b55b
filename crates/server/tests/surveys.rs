//! Satisfaction surveys on the server: what a laptop sends is counted into tallies that
//! cannot be joined back to a resident, a coach or a device. The survey tables hold only
//! months, teams, questions, scores and counts; no table holds the token; no row the
//! request wrote holds the device or the user; a retried delivery counts once; a bad
//! answer stores nothing of the whole request.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::collections::BTreeMap;

use axum::http::StatusCode;
use chrono::Datelike;
use serde_json::{Value, json};
use sqlx::PgPool;
use support::{call, device, user};
use uuid::Uuid;
use werkpad_domain::survey::format_month;
use werkpad_domain::sync::Role;

const T1: &str = "0123456789abcdef0123456789abcdef";
const T2: &str = "fedcba9876543210fedcba9876543210";
const T3: &str = "00112233445566778899aabbccddeeff";

fn this_month() -> String {
    format_month(support::today())
}

fn answer(token: &str, values: Value) -> Value {
    json!({"token": token, "month": this_month(), "channel": "screen", "values": values})
}

async fn post(
    app: &axum::Router,
    dev: &(Uuid, String),
    answers: Vec<Value>,
) -> (StatusCode, Value) {
    call(
        app,
        "/api/v1/surveys",
        json!({"answers": answers}),
        Some(&dev.1),
    )
    .await
}

/// A team for `user_name`, made directly (the team commands are another module's).
async fn put_in_team(pool: &PgPool, user_name: &str) -> Uuid {
    let team = Uuid::now_v7();
    sqlx::query("INSERT INTO teams (id, name) VALUES ($1, 'Team Noord')")
        .bind(team)
        .execute(pool)
        .await
        .unwrap();
    sqlx::query("UPDATE users SET team_id = $1 WHERE name = $2")
        .bind(team)
        .bind(user_name)
        .execute(pool)
        .await
        .unwrap();
    team
}

async fn columns(pool: &PgPool, table: &str) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT column_name::text FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
    )
    .bind(table)
    .fetch_all(pool)
    .await
    .unwrap()
}

/// Per table of the database, how many rows contain `needle` in their text form.
async fn rows_holding(pool: &PgPool, needle: &str) -> BTreeMap<String, i64> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let mut out = BTreeMap::new();
    for table in tables {
        let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT count(*) FROM \"{table}\" t WHERE strpos(lower(t::text), lower($1)) > 0"
        )))
        .bind(needle)
        .fetch_one(pool)
        .await
        .unwrap();
        out.insert(table, n);
    }
    out
}

async fn tally_rows(pool: &PgPool) -> Vec<(String, i16, i64)> {
    sqlx::query_as("SELECT question, value, answers FROM survey_tallies ORDER BY 1, 2")
        .fetch_all(pool)
        .await
        .unwrap()
}

async fn stored(pool: &PgPool) -> (i64, i64, i64) {
    sqlx::query_as(
        "SELECT (SELECT count(*) FROM survey_tallies), (SELECT coalesce(sum(responses), 0)::bigint
         FROM survey_responses), (SELECT count(*) FROM survey_receipts)",
    )
    .fetch_one(pool)
    .await
    .unwrap()
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn answers_on_the_server_cannot_be_joined_back(pool: PgPool) {
    let app = support::app(pool.clone());
    let coach = user(&pool, "petra", Role::Jobcoach).await;
    let team = put_in_team(&pool, "petra").await;
    let dev = device(&app, "petra").await;
    let device_before = rows_holding(&pool, &dev.0.to_string()).await;
    let user_before = rows_holding(&pool, &coach.to_string()).await;

    let (status, body) = post(
        &app,
        &dev,
        vec![
            answer(T1, json!({"listens": 4, "recommend": 5})),
            answer(T2, json!({"listens": 4, "next_step": 2})),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body, json!({"counted": 2, "duplicates": 0}));

    assert_eq!(
        columns(&pool, "survey_tallies").await,
        ["month", "team_id", "question", "value", "answers"],
        "tallies: counts per month, team, question and score, nothing else"
    );
    assert_eq!(
        columns(&pool, "survey_responses").await,
        ["month", "team_id", "responses"]
    );
    assert_eq!(
        columns(&pool, "survey_receipts").await,
        ["token_hash", "month"],
        "only a hash of the token, beside the month"
    );
    let not_first: i64 = sqlx::query_scalar(
        "SELECT (SELECT count(*) FROM survey_tallies WHERE extract(day FROM month) <> 1)
              + (SELECT count(*) FROM survey_responses WHERE extract(day FROM month) <> 1)
              + (SELECT count(*) FROM survey_receipts WHERE extract(day FROM month) <> 1)",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(not_first, 0, "no date finer than the month");
    assert_eq!(
        tally_rows(&pool).await,
        vec![
            ("listens".into(), 4, 2),
            ("next_step".into(), 2, 1),
            ("recommend".into(), 5, 1)
        ],
        "each score counted once per answer"
    );
    let teams: Vec<Uuid> = sqlx::query_scalar("SELECT DISTINCT team_id FROM survey_tallies")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(teams, vec![team], "the coach's team, not the coach");

    for token in [T1, T2] {
        let found: BTreeMap<String, i64> = rows_holding(&pool, token)
            .await
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .collect();
        assert!(
            found.is_empty(),
            "no table holds the token itself (audit_log, report_log, applied_mutations, records included): {found:?}"
        );
    }
    assert_eq!(
        rows_holding(&pool, &dev.0.to_string()).await,
        device_before,
        "the request wrote no row that names the device"
    );
    assert_eq!(
        rows_holding(&pool, &coach.to_string()).await,
        user_before,
        "the request wrote no row that names the coach"
    );
    for table in [
        "audit_log",
        "report_log",
        "applied_mutations",
        "applied_pages",
        "records",
    ] {
        let exists: bool = sqlx::query_scalar("SELECT to_regclass($1) IS NOT NULL")
            .bind(table)
            .fetch_one(&pool)
            .await
            .unwrap();
        if !exists {
            // applied_mutations became applied_pages; every table was scanned above.
            continue;
        }
        let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT count(*) FROM {table} t WHERE t::text ILIKE '%survey%'"
        )))
        .fetch_one(&pool)
        .await
        .unwrap();
        assert_eq!(n, 0, "{table} has no trace of the survey");
    }

    // The read functions the reports use.
    let first = support::today().with_day(1).unwrap();
    let tallies = werkpad_server::surveys::tallies(&pool, Some(team), first, first)
        .await
        .unwrap();
    assert_eq!(tallies.len(), 3);
    assert!(
        tallies
            .iter()
            .all(|t| t.month == first && t.team_id == team)
    );
    assert!(
        werkpad_server::surveys::tallies(&pool, Some(Uuid::now_v7()), first, first)
            .await
            .unwrap()
            .is_empty(),
        "another team's tallies are its own"
    );
    assert_eq!(
        werkpad_server::surveys::responses(&pool, None, first, first)
            .await
            .unwrap(),
        vec![(first, team, 2)]
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_retry_counts_once(pool: PgPool) {
    let app = support::app(pool.clone());
    user(&pool, "petra", Role::Jobcoach).await;
    let dev = device(&app, "petra").await;
    let two = vec![
        answer(T1, json!({"listens": 4})),
        answer(T2, json!({"listens": 3})),
    ];
    let (status, _) = post(&app, &dev, two.clone()).await;
    assert_eq!(status, StatusCode::OK);
    let after_first = (tally_rows(&pool).await, stored(&pool).await);
    // The laptop lost the answer (a crash before it deleted): it sends them again, with one more.
    let mut again = two.clone();
    again.push(answer(T3, json!({"listens": 4})));
    again.push(answer(T3, json!({"listens": 4})));
    let (status, body) = post(&app, &dev, again).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        body,
        json!({"counted": 1, "duplicates": 3}),
        "two tokens seen before and one sent twice count once"
    );
    assert_eq!(
        tally_rows(&pool).await,
        vec![("listens".into(), 3, 1), ("listens".into(), 4, 2)],
        "T1 and T2 counted once, T3 once"
    );
    assert_ne!(after_first.1, stored(&pool).await);
    // No team: the nil uuid.
    let teams: Vec<Uuid> = sqlx::query_scalar("SELECT DISTINCT team_id FROM survey_responses")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(
        teams,
        vec![Uuid::nil()],
        "a coach without a team counts under the nil uuid"
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_bad_answer_stores_nothing(pool: PgPool) {
    let app = support::app(pool.clone());
    user(&pool, "petra", Role::Jobcoach).await;
    user(&pool, "bea", Role::BeleidStatistiek).await;
    let dev = device(&app, "petra").await;
    let next_year = format_month(support::today() + chrono::Duration::days(400));
    let bad = [
        (json!({"listens": 7}), this_month(), "value 7"),
        (json!({"listens": 0}), this_month(), "value 0"),
        (
            json!({"what_is_your_name": 3}),
            this_month(),
            "no such question",
        ),
        (json!({}), this_month(), "nothing answered"),
        (json!({"listens": 3}), next_year, "a month to come"),
        (json!({"listens": 3}), "2020-01".to_owned(), "years ago"),
        (
            json!({"listens": 3}),
            format!("{}-15", this_month()),
            "a day, not a month",
        ),
    ];
    for (values, month, why) in bad {
        let (status, body) = post(
            &app,
            &dev,
            vec![
                answer(T1, json!({"listens": 4})),
                json!({"token": T2, "month": month, "channel": "paper", "values": values}),
            ],
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{why}: {body}");
        assert_eq!(body["code"], "invalid_request", "{why}");
        assert_eq!(
            stored(&pool).await,
            (0, 0, 0),
            "{why}: the good answer beside it is not counted either"
        );
    }
    let (status, _) = post(
        &app,
        &dev,
        vec![answer("not-a-token", json!({"listens": 4}))],
    )
    .await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a token is 128 bits in hex"
    );
    let policy = device(&app, "bea").await;
    let (status, _) = post(&app, &policy, vec![answer(T1, json!({"listens": 4}))]).await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "policy staff see aggregates, they send no answers"
    );
    assert_eq!(stored(&pool).await, (0, 0, 0));
}
