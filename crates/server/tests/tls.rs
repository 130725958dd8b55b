//! The server's transport: HTTPS with rustls wherever it listens, plain HTTP only on
//! loopback. A real listener, a certificate made for the test, a real HTTPS client.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::{Value, json};
use sqlx::PgPool;
use support::{PASSWORD, user};
use werkpad_domain::sync::{PROTOCOL_HEADER, PROTOCOL_VERSION, Role};
use werkpad_server::{AppState, Settings};

struct TestCert {
    cert_pem: String,
    key_pem: String,
}

/// A self-signed certificate for localhost and 127.0.0.1.
fn test_cert() -> TestCert {
    let made =
        rcgen::generate_simple_self_signed(vec!["localhost".into(), "127.0.0.1".into()]).unwrap();
    TestCert {
        cert_pem: made.cert.pem(),
        key_pem: made.signing_key.serialize_pem(),
    }
}

/// Serve HTTPS with `cert` on a free port of 127.0.0.1; the port.
async fn https_server(pool: PgPool, cert: &TestCert) -> u16 {
    let config = axum_server::tls_rustls::RustlsConfig::from_pem(
        cert.cert_pem.clone().into_bytes(),
        cert.key_pem.clone().into_bytes(),
    )
    .await
    .unwrap();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let state = AppState::new(pool, Settings::default()).expect("audit key");
    tokio::spawn(werkpad_server::serve_tls(listener, config, state));
    port
}

fn client_trusting(cert: &TestCert) -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .tls_certs_only([reqwest::Certificate::from_pem(cert.cert_pem.as_bytes()).unwrap()])
        .build()
        .unwrap()
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn the_api_is_served_over_https(pool: PgPool) {
    user(&pool, "anna", Role::Jobcoach).await;
    let cert = test_cert();
    let port = https_server(pool.clone(), &cert).await;
    let client = client_trusting(&cert);

    let health = client
        .get(format!("https://localhost:{port}/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), reqwest::StatusCode::OK);

    // A login over HTTPS registers the device, as over loopback HTTP.
    let device_id = uuid::Uuid::now_v7();
    let login = client
        .post(format!("https://127.0.0.1:{port}/api/v1/login"))
        .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
        .json(&json!({
            "user_name": "anna",
            "password": PASSWORD,
            "device_id": device_id,
            "device_name": "laptop over tls",
        }))
        .send()
        .await
        .unwrap();
    let status = login.status();
    let body: Value = login.json().await.unwrap();
    assert_eq!(status, reqwest::StatusCode::OK, "{body}");
    assert!(
        body["access_token"].as_str().is_some_and(|t| t.len() >= 32),
        "{body}"
    );
    let (devices,): (i64,) = sqlx::query_as("SELECT count(*) FROM devices WHERE id = $1")
        .bind(device_id)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(devices, 1);
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_client_that_does_not_trust_the_certificate_gets_nothing(pool: PgPool) {
    let cert = test_cert();
    let port = https_server(pool, &cert).await;
    // Trusts another certificate only: the handshake must fail.
    let other = client_trusting(&test_cert());
    let err = other
        .get(format!("https://localhost:{port}/health"))
        .send()
        .await
        .expect_err("an untrusted certificate must not be accepted");
    assert!(err.is_connect(), "{err:?}");
    // Plain HTTP on the HTTPS port gets no answer from the API either.
    let plain = reqwest::Client::new()
        .get(format!("http://127.0.0.1:{port}/health"))
        .send()
        .await;
    assert!(
        plain
            .as_ref()
            .map_or(true, |r| r.status() != reqwest::StatusCode::OK),
        "{plain:?}"
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn plain_http_is_refused_beyond_loopback(pool: PgPool) {
    let state = AppState::new(pool.clone(), Settings::default()).expect("audit key");
    let err = werkpad_server::serve("0.0.0.0:0".parse().unwrap(), state)
        .await
        .expect_err("plain HTTP on every interface must be refused");
    assert!(
        err.to_string().contains("plain HTTP only on loopback"),
        "{err}"
    );

    // A certificate that cannot be read stops the start with a clear message.
    let settings = Settings {
        tls_cert: Some("/nonexistent/werkpad.crt".into()),
        tls_key: Some("/nonexistent/werkpad.key".into()),
        ..Settings::default()
    };
    let err = werkpad_server::serve(
        "0.0.0.0:0".parse().unwrap(),
        AppState::new(pool, settings).expect("audit key"),
    )
    .await
    .expect_err("a missing certificate must stop the start");
    assert!(
        format!("{err:#}").contains("reading the TLS certificate and key"),
        "{err:#}"
    );
}
