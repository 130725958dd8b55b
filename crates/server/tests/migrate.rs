//! Migrations over existing data: what a server already holds keeps its meaning after an
//! upgrade.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use sqlx::PgPool;
use support::*;
use werkpad_domain::sync::Role;
use werkpad_server::MIGRATOR;

/// The last migration that stored one answer row per mutation.
const BEFORE_PAGES: i64 = 20_261_129_000_002;

#[sqlx::test(migrations = false)]
async fn answers_stored_per_mutation_are_still_given_after_the_upgrade(pool: PgPool) {
    MIGRATOR.run_to(BEFORE_PAGES, &pool).await.unwrap();
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let dev = device(&app, "anna").await;
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
