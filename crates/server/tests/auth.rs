//! The server's front door against a real PostgreSQL (a fresh database per test, from
//! DATABASE_URL): login and lock-out, refresh, revoked devices, and typed 4xx answers to bad
//! requests with nothing stored. Rate limits, body limits, reuse detection and /metrics:
//! hardening.rs.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use serde_json::json;
use sqlx::PgPool;
use support::*;
use uuid::Uuid;
use werkpad_domain::sync::Role;
use werkpad_server::{Settings, admin};

#[sqlx::test(migrations = "../../migrations/server")]
async fn login_registers_the_device_and_five_wrong_passwords_lock_the_account(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let dev = device(&app, "anna").await;
    assert_eq!(count(&pool, "SELECT count(*) FROM devices").await, 1);
    // Tokens are stored only as hashes.
    let (stored,): (i64,) = sqlx::query_as(
        "SELECT count(*) FROM device_tokens WHERE token_hash = convert_to($1, 'UTF8')",
    )
    .bind(&dev.1)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(stored, 0);

    let wrong = json!({"user_name": "anna", "password": "verkeerd-wachtwoord", "device_id": dev.0, "device_name": "x"});
    for _ in 0..4 {
        let (status, body) = call(&app, "/api/v1/login", wrong.clone(), None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_eq!(body["code"], "login_failed");
    }
    // The fifth locks the account, and says no more than a wrong password would: a
    // different answer would tell that the name exists.
    let (status, body) = call(&app, "/api/v1/login", wrong.clone(), None).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("login_failed"))
    );
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM users WHERE name = 'anna' AND locked_until > now()"
        )
        .await,
        1,
        "five wrong passwords lock the account"
    );
    // Now even the right password is refused, with the same answer.
    let right =
        json!({"user_name": "anna", "password": PASSWORD, "device_id": dev.0, "device_name": "x"});
    let (status, body) = call(&app, "/api/v1/login", right, None).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("login_failed"))
    );
    // An unknown user gets the same answer as a wrong password.
    let (status, body) = call(
        &app,
        "/api/v1/login",
        json!({"user_name": "niemand", "password": PASSWORD, "device_id": Uuid::now_v7(), "device_name": "x"}),
        None,
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("login_failed"))
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn bad_requests_get_a_typed_4xx_and_nothing_is_stored(pool: PgPool) {
    let settings = Settings {
        max_body_bytes: 64 * 1024,
        ..Settings::default()
    };
    let app = app_with(pool.clone(), settings);
    user(&pool, "anna", Role::Jobcoach).await;
    let dev = device(&app, "anna").await;
    let c = case(1);
    let page = json!({"device_id": dev.0, "mutations": intake(&c, 1)});

    type Case<'a> = (
        &'a str,
        String,
        Option<&'a str>,
        Option<&'a str>,
        StatusCode,
        &'a str,
    );
    let cases: Vec<Case> = vec![
        (
            "malformed",
            "{\"device_id\": ".into(),
            Some(&dev.1),
            Some(PROTOCOL),
            StatusCode::BAD_REQUEST,
            "malformed_json",
        ),
        (
            "unknown field",
            {
                let mut p = page.clone();
                p["extra"] = json!(true);
                p.to_string()
            },
            Some(&dev.1),
            Some(PROTOCOL),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_request",
        ),
        (
            "wrong protocol",
            page.to_string(),
            Some(&dev.1),
            Some("99"),
            StatusCode::UPGRADE_REQUIRED,
            "update_needed",
        ),
        (
            "no protocol",
            page.to_string(),
            Some(&dev.1),
            None,
            StatusCode::UPGRADE_REQUIRED,
            "update_needed",
        ),
        (
            "no token",
            page.to_string(),
            None,
            Some(PROTOCOL),
            StatusCode::UNAUTHORIZED,
            "unauthorized",
        ),
        (
            "bad token",
            page.to_string(),
            Some("abc"),
            Some(PROTOCOL),
            StatusCode::UNAUTHORIZED,
            "unauthorized",
        ),
        (
            "oversize",
            json!({"device_id": dev.0, "mutations": [], "pad": "x".repeat(70 * 1024)}).to_string(),
            Some(&dev.1),
            Some(PROTOCOL),
            StatusCode::PAYLOAD_TOO_LARGE,
            "body_too_large",
        ),
        (
            "sequence gap",
            json!({"device_id": dev.0, "mutations": intake(&c, 5)}).to_string(),
            Some(&dev.1),
            Some(PROTOCOL),
            StatusCode::CONFLICT,
            "sequence_gap",
        ),
        (
            "other device",
            json!({"device_id": Uuid::now_v7(), "mutations": intake(&c, 1)}).to_string(),
            Some(&dev.1),
            Some(PROTOCOL),
            StatusCode::FORBIDDEN,
            "device_mismatch",
        ),
    ];
    for (what, body, token, protocol, status, code) in cases {
        let (got, answer) = raw(&app, "/api/v1/push", body, token, protocol).await;
        assert_eq!(got, status, "{what}: {answer}");
        assert_eq!(answer["code"], code, "{what}: {answer}");
        assert!(
            answer["message_id"].as_str().unwrap().starts_with("error-"),
            "{what}"
        );
    }

    // Expired token.
    sqlx::query(
        "UPDATE device_tokens SET expires_at = now() - interval '1 minute' WHERE kind = 'access'",
    )
    .execute(&pool)
    .await
    .unwrap();
    let (status, answer) = raw(
        &app,
        "/api/v1/push",
        page.to_string(),
        Some(&dev.1),
        Some(PROTOCOL),
    )
    .await;
    assert_eq!(
        (status, answer["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("token_expired"))
    );

    assert_eq!(count(&pool, "SELECT count(*) FROM records").await, 0);
    assert_eq!(count(&pool, "SELECT count(*) FROM applied_pages").await, 0);
    assert_eq!(count(&pool, "SELECT last_seq FROM devices").await, 0);
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_revoked_device_is_told_to_wipe(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let dev = device(&app, "anna").await;
    admin::device_revoke(&pool, dev.0).await.unwrap();
    let (status, body) = call(
        &app,
        "/api/v1/pull",
        json!({"device_id": dev.0, "cursor": 0, "limit": 10}),
        Some(&dev.1),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["code"], "device_revoked");
    assert_eq!(body["wipe"], true);
    let sent = count(
        &pool,
        "SELECT count(*) FROM devices WHERE wipe_sent_at IS NOT NULL",
    )
    .await;
    assert_eq!(sent, 1);
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_refresh_token_gives_new_tokens_once(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let device_id = Uuid::now_v7();
    let (_, login) = call(
        &app,
        "/api/v1/login",
        json!({"user_name": "anna", "password": PASSWORD, "device_id": device_id, "device_name": "x"}),
        None,
    )
    .await;
    let refresh = login["refresh_token"].as_str().unwrap().to_owned();
    let (status, fresh) = call(
        &app,
        "/api/v1/refresh",
        json!({"refresh_token": refresh}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{fresh}");
    assert_ne!(fresh["access_token"], login["access_token"]);
    // The old access token stopped working; the new one works.
    let pull = |token: String| {
        let app = app.clone();
        async move {
            call(
                &app,
                "/api/v1/pull",
                json!({"device_id": device_id, "cursor": 0, "limit": 1}),
                Some(&token),
            )
            .await
        }
    };
    assert_eq!(
        pull(login["access_token"].as_str().unwrap().to_owned())
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        pull(fresh["access_token"].as_str().unwrap().to_owned())
            .await
            .0,
        StatusCode::OK
    );
    // A refresh token is used once: again, it is a reuse (see hardening.rs).
    let (status, body) = call(
        &app,
        "/api/v1/refresh",
        json!({"refresh_token": refresh}),
        None,
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("token_reused"))
    );
    // A token the server never issued is merely unknown.
    let (status, body) = call(
        &app,
        "/api/v1/refresh",
        json!({"refresh_token": "nooit-uitgegeven"}),
        None,
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("unauthorized"))
    );
}

#[test]
fn the_tests_speak_the_current_protocol() {
    assert_eq!(
        PROTOCOL,
        werkpad_domain::sync::PROTOCOL_VERSION.to_string(),
        "support::PROTOCOL follows the protocol version"
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn the_login_answer_never_tells_whether_a_name_exists(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let attempt = |name: &str| json!({"user_name": name, "password": "verkeerd-wachtwoord", "device_id": Uuid::now_v7(), "device_name": "x"});
    let (known_status, known_body) = call(&app, "/api/v1/login", attempt("anna"), None).await;
    let (unknown_status, unknown_body) =
        call(&app, "/api/v1/login", attempt("niemand"), None).await;
    assert_eq!(known_status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        (known_status, &known_body),
        (unknown_status, &unknown_body),
        "a wrong password and a name that does not exist get the same answer"
    );
    // The password is checked outside the row lock, and a failed attempt still counts.
    let (failed,): (i32,) = sqlx::query_as("SELECT failed_logins FROM users WHERE name = 'anna'")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(failed, 1);
}
