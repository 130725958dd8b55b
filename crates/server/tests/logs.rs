//! The JSON log: every line a request makes is one JSON object, the access line names the
//! route and status, and no line holds the resident's BSN, name, birth date, address, phone
//! or e-mail, even at `debug` (sqlx's statements included).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::Write;
use std::sync::{Arc, Mutex};

use axum::http::StatusCode;
use serde_json::Value;
use sqlx::PgPool;
use support::{app, call, case, device, intake, push, user};
use tracing_subscriber::EnvFilter;
use werkpad_domain::sync::Role;
use werkpad_server::logging::{LogFormat, subscriber};

/// Everything written, shared with the test.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Self;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

/// The string leaves of `v`.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        Value::Object(m) => m.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_push_logs_json_lines_without_personal_data(pool: PgPool) {
    let captured = Captured::default();
    let _log = tracing::subscriber::set_default(subscriber(
        LogFormat::Json,
        EnvFilter::new("debug"),
        captured.clone(),
    ));
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let dev = device(&app, "anna").await;
    let c = case(7);
    let (status, body) = push(&app, &dev, &intake(&c, 1)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // A refused request logs too (its code).
    let (status, _) = call(
        &app,
        "/api/v1/push",
        serde_json::json!({"x": 1}),
        Some(&dev.1),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    let access: Vec<&Value> = lines
        .iter()
        .filter(|l| l["target"] == "werkpad_server::access")
        .collect();
    assert!(
        access
            .iter()
            .any(|l| l["route"] == "/api/v1/push" && l["status"] == 200 && l["method"] == "POST"),
        "an access line for the push: {text}"
    );
    assert!(
        access.iter().any(|l| l["status"] == 422),
        "an access line for the refusal: {text}"
    );
    assert!(
        lines
            .iter()
            .all(|l| l["timestamp"].is_string() && l["level"].is_string()),
        "{text}"
    );

    let mut personal = Vec::new();
    for field in ["name", "bsn", "birth_date", "address", "phone", "email"] {
        strings(&c.resident[field], &mut personal);
    }
    personal.retain(|s| s.chars().count() >= 4);
    assert!(
        personal.len() >= 4,
        "the case has personal data: {personal:?}"
    );
    for value in &personal {
        assert!(
            !text.contains(value.as_str()),
            "{value:?} in the log:\n{text}"
        );
    }
}

#[test]
fn text_is_the_default_and_json_is_a_setting() {
    assert_eq!(
        werkpad_server::Settings::default().log_format,
        LogFormat::Text
    );
    let dir = std::env::temp_dir().join(format!("werkpad-logs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("json.toml");
    std::fs::write(&file, "log_format = \"json\"\n").unwrap();
    let s = werkpad_server::Settings::load(Some(&file)).unwrap();
    assert_eq!(s.log_format, LogFormat::Json);
    std::fs::write(&file, "log_format = \"yaml\"\n").unwrap();
    assert!(werkpad_server::Settings::load(Some(&file)).is_err());
}
