//! The server under abuse (issue 21), against a real PostgreSQL: login rate limits per
//! name and per address (before the database and Argon2), one answer for every failed
//! login, the bound on password checks, small bodies before authentication, /metrics off
//! the API, and refresh-token reuse revoking the device's tokens.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::net::{IpAddr, SocketAddr};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use sqlx::PgPool;
use support::*;
use tower::ServiceExt;
use uuid::Uuid;
use werkpad_domain::sync::{PROTOCOL_HEADER, Role};
use werkpad_server::auth::client_ip;
use werkpad_server::{AppState, Settings};

/// A raw answer: status, headers and the body's bytes.
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
}

/// POST `body` to `path`, as if from `from` (the TCP peer the server would see).
async fn post(app: &Router, path: &str, body: String, from: Option<IpAddr>) -> Answer {
    let mut req = Request::post(path)
        .header("content-type", "application/json")
        .header(PROTOCOL_HEADER, PROTOCOL)
        .body(Body::from(body))
        .unwrap();
    if let Some(ip) = from {
        req.extensions_mut()
            .insert(ConnectInfo(SocketAddr::new(ip, 40_000)));
    }
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let headers = resp.headers().clone();
    let body = resp.into_body().collect().await.unwrap().to_bytes();
    Answer {
        status,
        headers,
        body,
    }
}

fn login_body(name: &str, password: &str) -> String {
    json!({"user_name": name, "password": password, "device_id": Uuid::now_v7(), "device_name": "x"})
        .to_string()
}

async fn login(app: &Router, name: &str, password: &str, from: Option<IpAddr>) -> Answer {
    post(app, "/api/v1/login", login_body(name, password), from).await
}

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

async fn failed_logins(pool: &PgPool, name: &str) -> i32 {
    let (n,): (i32,) = sqlx::query_as("SELECT failed_logins FROM users WHERE name = $1")
        .bind(name)
        .fetch_one(pool)
        .await
        .unwrap();
    n
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn every_failed_login_gets_the_same_bytes(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    user(&pool, "bert", Role::Jobcoach).await;
    user(&pool, "carla", Role::Jobcoach).await;
    werkpad_server::admin::user_disable(&pool, "bert")
        .await
        .unwrap();
    sqlx::query("UPDATE users SET locked_until = now() + interval '1 hour' WHERE name = 'carla'")
        .execute(&pool)
        .await
        .unwrap();

    let reference = login(&app, "niemand", "verkeerd-wachtwoord", None).await;
    assert_eq!(reference.status, StatusCode::UNAUTHORIZED);
    assert_eq!(reference.json()["code"], "login_failed");
    for (what, name, password) in [
        ("a wrong password", "anna", "verkeerd-wachtwoord"),
        ("a disabled account, right password", "bert", PASSWORD),
        (
            "a disabled account, wrong password",
            "bert",
            "verkeerd-wachtwoord",
        ),
        ("a locked account, right password", "carla", PASSWORD),
        (
            "a locked account, wrong password",
            "carla",
            "verkeerd-wachtwoord",
        ),
        ("another unknown name", "Niemand-Anders", PASSWORD),
    ] {
        let got = login(&app, name, password, None).await;
        assert_eq!(
            (got.status, &got.body),
            (reference.status, &reference.body),
            "{what}: the answer must not tell it from a name that does not exist"
        );
        assert_eq!(
            got.headers.get("content-type"),
            reference.headers.get("content-type"),
            "{what}"
        );
    }
    // The lock still holds, and the right password on a good account still works.
    assert_eq!(
        login(&app, "anna", PASSWORD, None).await.status,
        StatusCode::OK
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn logins_are_limited_per_name_before_the_database_is_asked(pool: PgPool) {
    let settings = Settings {
        login_attempts_per_account: 3,
        login_attempts_per_address: 0,
        max_failed_logins: 100,
        ..Settings::default()
    };
    let app = app_with(pool.clone(), settings);
    user(&pool, "anna", Role::Jobcoach).await;
    for i in 0..3 {
        let a = login(&app, "anna", "verkeerd-wachtwoord", Some(ip("192.0.2.1"))).await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED, "attempt {i}");
    }
    // The name as typed, trimmed and in any case, from any address: spent.
    for (name, from) in [
        ("anna", "192.0.2.1"),
        ("ANNA ", "198.51.100.7"),
        (" Anna", "2001:db8::1"),
    ] {
        let refused = login(&app, name, PASSWORD, Some(ip(from))).await;
        assert_eq!(
            refused.status,
            StatusCode::TOO_MANY_REQUESTS,
            "{name:?} from {from}: even the right password waits"
        );
        let body = refused.json();
        assert_eq!(body["code"], "too_many_attempts");
        assert_eq!(body["message_id"], "error-too-many-attempts");
        let seconds = body["args"]["seconds"].as_u64().expect("seconds to wait");
        assert!(
            (1..=21).contains(&seconds),
            "3 a minute: one every 20 s, not {seconds}"
        );
        let header = refused.headers.get("retry-after").expect("Retry-After");
        assert_eq!(header.to_str().unwrap(), seconds.to_string());
    }
    assert_eq!(
        failed_logins(&pool, "anna").await,
        3,
        "the refused attempts never reached the database"
    );
    // A name that does not exist is limited the same way: no difference to read.
    for _ in 0..3 {
        let a = login(&app, "niemand", "x", Some(ip("192.0.2.1"))).await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    }
    let a = login(&app, "niemand", "x", Some(ip("192.0.2.1"))).await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
    // Other names are not touched.
    assert_eq!(
        login(&app, "bert", "x", Some(ip("192.0.2.1"))).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn logins_are_limited_per_address_and_a_success_gives_its_attempt_back(pool: PgPool) {
    let settings = Settings {
        login_attempts_per_account: 2,
        login_attempts_per_address: 4,
        ..Settings::default()
    };
    let app = app_with(pool.clone(), settings);
    user(&pool, "anna", Role::Jobcoach).await;
    // Ten good logins in a row, from one address: each gives its attempt back.
    for i in 0..10 {
        let a = login(&app, "anna", PASSWORD, Some(ip("192.0.2.1"))).await;
        assert_eq!(a.status, StatusCode::OK, "good login {i}");
    }
    // A spray over many names from one address stops at four.
    let sprayer = ip("203.0.113.9");
    for i in 0..4 {
        let a = login(&app, &format!("naam{i}"), "x", Some(sprayer)).await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED, "attempt {i}");
    }
    let a = login(&app, "naam-nieuw", "x", Some(sprayer)).await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(a.json()["code"], "too_many_attempts");
    // An IPv6 neighbour in the same /64 is the same address; another address is not.
    let v6 = |s: &str| Some(ip(s));
    for i in 0..4 {
        let a = login(
            &app,
            &format!("v6-{i}"),
            "x",
            v6(&format!("2001:db8:0:1::{i}")),
        )
        .await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    }
    let a = login(&app, "v6-x", "x", v6("2001:db8:0:1:ffff::1")).await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS, "one /64");
    let a = login(&app, "v6-y", "x", v6("2001:db8:0:2::1")).await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED, "another /64");
    // The spent address did not use up anna's attempts: she still logs in from elsewhere.
    assert_eq!(
        login(&app, "anna", PASSWORD, Some(ip("192.0.2.1")))
            .await
            .status,
        StatusCode::OK
    );
}

#[test]
fn x_forwarded_for_is_believed_only_from_a_trusted_proxy() {
    let proxy = ip("10.0.0.5");
    let trusted = [proxy, ip("10.0.0.6")];
    let mut headers = HeaderMap::new();
    headers.insert(
        "x-forwarded-for",
        "6.6.6.6, 198.51.100.20, 10.0.0.6".parse().unwrap(),
    );
    assert_eq!(
        client_ip(ip("203.0.113.1"), &headers, &trusted),
        ip("203.0.113.1"),
        "from an untrusted peer the header is ignored"
    );
    assert_eq!(
        client_ip(proxy, &headers, &trusted),
        ip("198.51.100.20"),
        "the last hop no trusted proxy wrote is the client; what it says itself is not believed"
    );
    assert_eq!(
        client_ip(
            IpAddr::V6(std::net::Ipv4Addr::new(10, 0, 0, 5).to_ipv6_mapped()),
            &headers,
            &trusted
        ),
        ip("198.51.100.20"),
        "a proxy seen through a dual-stack socket is still the proxy"
    );
    assert_eq!(
        client_ip(proxy, &HeaderMap::new(), &trusted),
        proxy,
        "no header: the proxy is all we know"
    );
    let mut garbage = HeaderMap::new();
    garbage.insert("x-forwarded-for", "1.2.3.4, nonsense".parse().unwrap());
    assert_eq!(client_ip(proxy, &garbage, &trusted), proxy);
    assert_eq!(client_ip(proxy, &headers, &[]), proxy, "no proxies trusted");
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_trusted_proxy_passes_on_the_client_address(pool: PgPool) {
    let proxy = ip("10.0.0.5");
    let settings = Settings {
        login_attempts_per_account: 0,
        login_attempts_per_address: 1,
        trusted_proxies: vec![proxy],
        ..Settings::default()
    };
    let app = app_with(pool, settings);
    let via_proxy = |client: &'static str| {
        let app = app.clone();
        async move {
            let req = Request::post("/api/v1/login")
                .header("content-type", "application/json")
                .header(PROTOCOL_HEADER, PROTOCOL)
                .header("x-forwarded-for", client)
                .body(Body::from(login_body("niemand", "x")))
                .unwrap();
            let mut req = req;
            req.extensions_mut()
                .insert(ConnectInfo(SocketAddr::new(proxy, 50_000)));
            app.oneshot(req).await.unwrap().status()
        }
    };
    assert_eq!(via_proxy("198.51.100.1").await, StatusCode::UNAUTHORIZED);
    assert_eq!(
        via_proxy("198.51.100.1").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        via_proxy("198.51.100.2").await,
        StatusCode::UNAUTHORIZED,
        "each client behind the proxy has its own limit"
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_real_listener_limits_by_the_tcp_peer(pool: PgPool) {
    let settings = Settings {
        login_attempts_per_account: 0,
        login_attempts_per_address: 2,
        ..Settings::default()
    };
    let state = AppState::new(pool, settings).expect("audit key");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(werkpad_server::serve_plain(listener, state));
    let _ = rustls::crypto::ring::default_provider().install_default();
    // Every 127.x.y.z is this machine: two clients with two source addresses.
    let client_from = |from: [u8; 4]| {
        reqwest::Client::builder()
            .local_address(IpAddr::from(from))
            .build()
            .unwrap()
    };
    let send = |client: reqwest::Client| async move {
        client
            .post(format!("http://127.0.0.1:{port}/api/v1/login"))
            .header(PROTOCOL_HEADER, PROTOCOL)
            .header("content-type", "application/json")
            // A forged header from an untrusted peer changes nothing.
            .header("x-forwarded-for", format!("198.51.100.{}", rand_octet()))
            .body(login_body("niemand", "x"))
            .send()
            .await
            .unwrap()
            .status()
    };
    let a = client_from([127, 0, 0, 2]);
    let b = client_from([127, 0, 0, 3]);
    assert_eq!(send(a.clone()).await, reqwest::StatusCode::UNAUTHORIZED);
    assert_eq!(send(a.clone()).await, reqwest::StatusCode::UNAUTHORIZED);
    assert_eq!(
        send(a).await,
        reqwest::StatusCode::TOO_MANY_REQUESTS,
        "the third from 127.0.0.2"
    );
    assert_eq!(
        send(b).await,
        reqwest::StatusCode::UNAUTHORIZED,
        "127.0.0.3 has its own limit"
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn the_https_listener_knows_the_peer_too(pool: PgPool) {
    let made =
        rcgen::generate_simple_self_signed(vec!["localhost".into(), "127.0.0.1".into()]).unwrap();
    let (cert, key) = (made.cert.pem(), made.signing_key.serialize_pem());
    let config = axum_server::tls_rustls::RustlsConfig::from_pem(
        cert.clone().into_bytes(),
        key.into_bytes(),
    )
    .await
    .unwrap();
    let settings = Settings {
        login_attempts_per_account: 0,
        login_attempts_per_address: 1,
        ..Settings::default()
    };
    let state = AppState::new(pool, settings).expect("audit key");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(werkpad_server::serve_tls(listener, config, state));
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::builder()
        .tls_certs_only([reqwest::Certificate::from_pem(cert.as_bytes()).unwrap()])
        .build()
        .unwrap();
    let mut statuses = Vec::new();
    for _ in 0..2 {
        let status = client
            .post(format!("https://localhost:{port}/api/v1/login"))
            .header(PROTOCOL_HEADER, PROTOCOL)
            .header("content-type", "application/json")
            .body(login_body("niemand", "x"))
            .send()
            .await
            .unwrap()
            .status();
        statuses.push(status);
    }
    assert_eq!(
        statuses,
        [
            reqwest::StatusCode::UNAUTHORIZED,
            reqwest::StatusCode::TOO_MANY_REQUESTS
        ],
        "one attempt a minute from this address, over HTTPS as well"
    );
}

/// A different last octet per call (the forged header must not matter either way).
fn rand_octet() -> u8 {
    (Uuid::now_v7().as_u128() & 0xff) as u8
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn logins_beyond_the_password_check_room_are_refused_at_once(pool: PgPool) {
    let settings = Settings {
        password_checks_at_once: 1,
        password_checks_waiting: 0,
        ..Settings::default()
    };
    let state = AppState::new(pool.clone(), settings).expect("audit key");
    let app = werkpad_server::router(state.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let held = state.password_gate.enter().expect("the one place");
    let busy = login(&app, "anna", PASSWORD, None).await;
    assert_eq!(busy.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(busy.json()["code"], "server_busy");
    assert_eq!(busy.headers.get("retry-after").unwrap(), "1");
    assert_eq!(
        failed_logins(&pool, "anna").await,
        0,
        "a busy refusal is no failed attempt"
    );
    drop(held);
    assert_eq!(
        login(&app, "anna", PASSWORD, None).await.status,
        StatusCode::OK
    );
    assert_eq!(state.password_gate.occupied(), 0);
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn unauthenticated_routes_take_small_bodies_only(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let big = "x".repeat(5 * 1024);
    for (path, body) in [
        ("/api/v1/login", login_body("anna", &big)),
        ("/api/v1/refresh", json!({"refresh_token": big}).to_string()),
    ] {
        let a = post(&app, path, body, None).await;
        assert_eq!(a.status, StatusCode::PAYLOAD_TOO_LARGE, "{path}");
        assert_eq!(a.json()["code"], "body_too_large", "{path}");
    }
    assert_eq!(
        failed_logins(&pool, "anna").await,
        0,
        "an oversized login is no attempt"
    );
    // Under the limit a long password is merely wrong; the authenticated routes keep the
    // large limit (a push page is megabytes).
    let a = login(&app, "anna", &"x".repeat(3 * 1024), None).await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    let dev = device(&app, "anna").await;
    let (status, body) = call(
        &app,
        "/api/v1/pull",
        json!({"device_id": dev.0, "cursor": 0, "limit": 1, "pad": "x".repeat(16 * 1024)}),
        Some(&dev.1),
    )
    .await;
    assert_ne!(status, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn metrics_are_not_on_the_api_listener(pool: PgPool) {
    let state = AppState::new(pool.clone(), Settings::default()).expect("audit key");
    let app = werkpad_server::router(state.clone());
    let _ = login(&app, "niemand", "x", None).await;
    let resp = app
        .clone()
        .oneshot(Request::get("/metrics").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(
        resp.status(),
        StatusCode::NOT_FOUND,
        "no /metrics on the API"
    );
    let metrics = werkpad_server::metrics::router(state.metrics.clone());
    let resp = metrics
        .oneshot(Request::get("/metrics").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let text = String::from_utf8(
        resp.into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .to_vec(),
    )
    .unwrap();
    assert!(
        text.contains("werkpad_logins_failed_total 1"),
        "the metrics listener counts: {text}"
    );
    assert_eq!(
        Settings::default().metrics_listen,
        Some(SocketAddr::from(([127, 0, 0, 1], 9464))),
        "on loopback unless configured"
    );
}

async fn pull_status(app: &Router, device_id: Uuid, token: &str) -> (StatusCode, Value) {
    call(
        app,
        "/api/v1/pull",
        json!({"device_id": device_id, "cursor": 0, "limit": 1}),
        Some(token),
    )
    .await
}

async fn refresh(app: &Router, token: &str) -> (StatusCode, Value) {
    call(
        app,
        "/api/v1/refresh",
        json!({"refresh_token": token}),
        None,
    )
    .await
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_refresh_token_used_twice_revokes_the_device_tokens(pool: PgPool) {
    let app = app(pool.clone());
    let anna = user(&pool, "anna", Role::Jobcoach).await;
    let device_id = Uuid::now_v7();
    let (status, first) = call(
        &app,
        "/api/v1/login",
        json!({"user_name": "anna", "password": PASSWORD, "device_id": device_id, "device_name": "x"}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{first}");
    let old_refresh = first["refresh_token"].as_str().unwrap().to_owned();
    let (status, second) = refresh(&app, &old_refresh).await;
    assert_eq!(status, StatusCode::OK, "{second}");
    let new_access = second["access_token"].as_str().unwrap().to_owned();
    let new_refresh = second["refresh_token"].as_str().unwrap().to_owned();
    assert_eq!(
        pull_status(&app, device_id, &new_access).await.0,
        StatusCode::OK
    );

    // The old token again: a copy is around.
    let (status, body) = refresh(&app, &old_refresh).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("token_reused")),
        "{body}"
    );
    assert_eq!(body["message_id"], "error-token-reused");
    // Every token of the device is gone: the new pair too.
    let (status, body) = pull_status(&app, device_id, &new_access).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("unauthorized")),
        "the access token of the family no longer works"
    );
    let (status, _) = refresh(&app, &new_refresh).await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "the new refresh token neither"
    );
    assert_eq!(count(&pool, "SELECT count(*) FROM device_tokens").await, 0);
    // Written down, ids only.
    let (user_id, dev, resident): (Option<Uuid>, Option<Uuid>, Option<Uuid>) = sqlx::query_as(
        "SELECT user_id, device_id, resident_id FROM audit_log WHERE action = 'refresh_reuse'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(
        (user_id, dev, resident),
        (Some(anna), Some(device_id), None)
    );
    assert!(matches!(
        seal_and_verify(&pool).await,
        werkpad_server::audit::Verified::Intact { .. }
    ));
    // The coach logs in again and carries on.
    let (_, token) = device(&app, "anna").await;
    assert!(!token.is_empty());
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn two_refreshes_with_one_token_are_one_exchange_and_one_reuse(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let (status, first) = call(
        &app,
        "/api/v1/login",
        json!({"user_name": "anna", "password": PASSWORD, "device_id": Uuid::now_v7(), "device_name": "x"}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let token = first["refresh_token"].as_str().unwrap().to_owned();
    let (a, b) = tokio::join!(refresh(&app, &token), refresh(&app, &token));
    let mut codes = [
        (a.0, a.1["code"].as_str().map(str::to_owned)),
        (b.0, b.1["code"].as_str().map(str::to_owned)),
    ];
    codes.sort_by_key(|(s, _)| s.as_u16());
    assert_eq!(
        codes,
        [
            (StatusCode::OK, None),
            (StatusCode::UNAUTHORIZED, Some("token_reused".to_owned()))
        ],
        "the row lock makes them one after the other"
    );
    assert_eq!(
        count(&pool, "SELECT count(*) FROM device_tokens").await,
        0,
        "the reuse revoked the pair the exchange made"
    );
}
