//! Migrations over existing data: what a server already holds keeps its meaning after an
//! upgrade.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use sqlx::PgPool;
use support::*;
use werkpad_server::MIGRATOR;

/// The last migration that stored one answer row per mutation.
const BEFORE_PAGES: i64 = 20_261_129_000_002;

#[sqlx::test(migrations = false)]
async fn answers_stored_per_mutation_are_still_given_after_the_upgrade(pool: PgPool) {
    MIGRATOR.run_to(BEFORE_PAGES, &pool).await.unwrap();
    // The old server's rows, written as it wrote them (today's code writes columns that
    // later migrations add).
    let anna = uuid::Uuid::now_v7();
    let laptop = uuid::Uuid::now_v7();
    sqlx::query(
        "INSERT INTO users (id, name, display_name, role, password_hash)
         VALUES ($1, 'anna', 'anna', 'jobcoach', 'x')",
    )
    .bind(anna)
    .execute(&pool)
    .await
    .unwrap();
    sqlx::query("INSERT INTO devices (id, user_id, name) VALUES ($1, $2, 'laptop')")
        .bind(laptop)
        .bind(anna)
        .execute(&pool)
        .await
        .unwrap();
    let dev = (laptop, String::new());
    // Two mutations answered by the old server: one applied, one refused.
    sqlx::query(
        "INSERT INTO applied_mutations (device_id, seq, outcome) VALUES
             ($1, 1, '{\"outcome\":\"applied\",\"version\":1}'),
             ($1, 2, '{\"outcome\":\"rejected\",\"reason\":\"not_in_caseload\"}')",
    )
    .bind(dev.0)
    .execute(&pool)
    .await
    .unwrap();
    sqlx::query("UPDATE devices SET last_seq = 2 WHERE id = $1")
        .bind(dev.0)
        .execute(&pool)
        .await
        .unwrap();

    MIGRATOR.run(&pool).await.unwrap();
    // The upgraded server: anna logs in again on the same laptop.
    let app = app(pool.clone());
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(werkpad_server::auth::password::hash(PASSWORD).unwrap())
        .bind(anna)
        .execute(&pool)
        .await
        .unwrap();
    let (status, body) = call(
        &app,
        "/api/v1/login",
        serde_json::json!({"user_name": "anna", "password": PASSWORD,
                           "device_id": laptop, "device_name": "laptop"}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let dev = (dev.0, body["access_token"].as_str().unwrap().to_owned());
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'applied_mutations'"
        )
        .await,
        0
    );

    // The laptop sends 1 and 2 again (it never got the answers) with an intake as 3..=5:
    // 1 and 2 get the old answers, the intake is applied now.
    let mut page: Vec<_> = intake(&case(22), 1).into_iter().take(2).collect();
    page.extend(intake(&case(21), 3));
    let (status, answer) = push(&app, &dev, &page).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    let results = answer["results"].as_array().unwrap();
    assert_eq!(results[0]["outcome"], "duplicate", "{answer}");
    assert_eq!(results[0]["first"]["outcome"], "applied");
    assert_eq!(results[1]["outcome"], "duplicate");
    assert_eq!(results[1]["first"]["outcome"], "rejected");
    assert_eq!(results[1]["first"]["reason"], "not_in_caseload");
    for r in &results[2..] {
        assert_eq!(r["outcome"], "applied", "{answer}");
    }
    assert_eq!(
        count(&pool, "SELECT count(*) FROM applied_pages").await,
        3,
        "two migrated answers and the new page"
    );
}
