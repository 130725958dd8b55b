//! `/ready`: 200 when the database answers and every migration is applied; 503 with a typed
//! reason when the migrations are missing or the database is unreachable. `/health` stays
//! 200 on a database that answers, migrated or not.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use sqlx::PgPool;
use tower::ServiceExt;
use werkpad_server::api::ready::{NotReadyReason, Readiness, ReadyStatus};

async fn get(app: &Router, path: &str) -> (StatusCode, Vec<u8>) {
    let resp = app
        .clone()
        .oneshot(Request::get(path).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = resp.status();
    (
        status,
        resp.into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .to_vec(),
    )
}

async fn ready(app: &Router) -> (StatusCode, Readiness) {
    let (status, body) = get(app, "/ready").await;
    (status, serde_json::from_slice(&body).expect("a typed body"))
}

#[sqlx::test(migrations = false)]
async fn ready_only_once_every_migration_is_applied(pool: PgPool) {
    let app = support::app(pool.clone());
    let (status, body) = ready(&app).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body.status, ReadyStatus::NotReady);
    assert_eq!(body.reason, Some(NotReadyReason::MigrationsPending));
    assert!(body.migrations_known > 10, "{body:?}");
    assert_eq!(body.migrations_pending, Some(body.migrations_known));
    assert_eq!(
        get(&app, "/health").await.0,
        StatusCode::OK,
        "alive all the same"
    );

    werkpad_server::MIGRATOR.run(&pool).await.unwrap();
    let (status, body) = ready(&app).await;
    assert_eq!(status, StatusCode::OK, "{body:?}");
    assert_eq!(body.status, ReadyStatus::Ready);
    assert_eq!(body.reason, None);
    assert_eq!(body.migrations_pending, Some(0));

    // The last migration undone by hand (as after restoring an older dump): not ready.
    sqlx::query(
        "DELETE FROM _sqlx_migrations WHERE version = (SELECT max(version) FROM _sqlx_migrations)",
    )
    .execute(&pool)
    .await
    .unwrap();
    let (status, body) = ready(&app).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body.migrations_pending, Some(1));
}

#[tokio::test]
async fn an_unreachable_database_is_not_ready_and_not_healthy() {
    // Port 9 (discard) on loopback: nothing listens there in the test machines.
    let pool = sqlx::postgres::PgPoolOptions::new()
        .acquire_timeout(std::time::Duration::from_secs(2))
        .connect_lazy("postgres://nobody@127.0.0.1:9/none")
        .unwrap();
    let app = support::app(pool);
    let (status, body) = ready(&app).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body.reason, Some(NotReadyReason::DatabaseUnreachable));
    assert_eq!(body.migrations_pending, None);
    assert_eq!(
        get(&app, "/health").await.0,
        StatusCode::SERVICE_UNAVAILABLE
    );
}
