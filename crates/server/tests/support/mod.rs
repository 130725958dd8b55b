//! Helpers for the API tests: the router over a fresh database, requests with the
//! protocol header, staff, devices and valid documents.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use chrono::{NaiveDate, Utc};
use http_body_util::BodyExt;
use serde_json::{Map, Value, json};
use sqlx::PgPool;
use tower::ServiceExt;
use uuid::Uuid;
use werkpad_domain::sync::{Mutation, MutationOp, PROTOCOL_HEADER, Role};
use werkpad_domain::{Record, StaffId, StaffMember};
use werkpad_server::{AppState, Settings, admin};
use werkpad_testkit::{self as demo, Rng};

pub const PASSWORD: &str = "lang-genoeg-wachtwoord";

/// The protocol header's value (the same as `PROTOCOL_VERSION`, checked in auth.rs).
pub const PROTOCOL: &str = "2";

pub fn app(pool: PgPool) -> Router {
    app_with(pool, Settings::default())
}

pub fn app_with(pool: PgPool, settings: Settings) -> Router {
    werkpad_server::router(AppState::new(pool, settings).expect("audit key"))
}

/// The audit key every test server uses (the settings' default key file).
pub fn audit_key() -> werkpad_server::audit::AuditKey {
    werkpad_server::audit::AuditKey::load_or_create(&Settings::default().audit_key_path())
        .expect("audit key")
}

/// Seal what the test wrote (the server seals every half second; a test does not wait),
/// then verify the whole chain.
pub async fn seal_and_verify(pool: &PgPool) -> werkpad_server::audit::Verified {
    let key = audit_key();
    let mut conn = pool.acquire().await.unwrap();
    werkpad_server::audit::seal(&mut conn, &key).await.unwrap();
    werkpad_server::audit::verify(&mut conn, &key, None)
        .await
        .unwrap()
}

pub async fn call(
    app: &Router,
    path: &str,
    body: Value,
    token: Option<&str>,
) -> (StatusCode, Value) {
    raw(app, path, body.to_string(), token, Some(PROTOCOL)).await
}

pub async fn raw(
    app: &Router,
    path: &str,
    body: String,
    token: Option<&str>,
    protocol: Option<&str>,
) -> (StatusCode, Value) {
    let mut req = Request::post(path).header("content-type", "application/json");
    if let Some(p) = protocol {
        req = req.header(PROTOCOL_HEADER, p);
    }
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    let resp = app
        .clone()
        .oneshot(req.body(Body::from(body)).unwrap())
        .await
        .unwrap();
    let status = resp.status();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    let value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, value)
}

pub async fn user(pool: &PgPool, name: &str, role: Role) -> Uuid {
    admin::user_add(pool, name, name, role, PASSWORD)
        .await
        .unwrap()
}

/// A team called `name` with `members` in it: a team lead sees the residents of her team's
/// coaches (and those with no coach).
pub async fn team(pool: &PgPool, name: &str, members: &[&str]) {
    admin::team_add(pool, name).await.unwrap();
    for m in members {
        admin::user_set_team(pool, m, Some(name)).await.unwrap();
    }
}

/// A logged-in device: (device id, access token).
pub async fn device(app: &Router, user: &str) -> (Uuid, String) {
    let device_id = Uuid::now_v7();
    let (status, body) = call(
        app,
        "/api/v1/login",
        json!({"user_name": user, "password": PASSWORD, "device_id": device_id, "device_name": "test"}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    (device_id, body["access_token"].as_str().unwrap().to_owned())
}

pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

fn object(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => panic!("not an object"),
    }
}

/// A valid resident with a traject and a report, as documents.
pub struct Case {
    pub resident_id: Uuid,
    pub resident: Map<String, Value>,
    pub traject_id: Uuid,
    pub traject: Map<String, Value>,
    pub report_id: Uuid,
    pub report: Map<String, Value>,
}

pub fn case(seed: u64) -> Case {
    let mut rng = Rng::new(seed);
    let coach = StaffMember {
        id: StaffId::new(),
        name: "Test Coach".into(),
    };
    let c = demo::case(&mut rng, &coach, today());
    let report = c.reports.first().expect("demo case has reports").clone();
    Case {
        resident_id: c.resident.record_id(),
        resident: object(serde_json::to_value(&c.resident).unwrap()),
        traject_id: c.traject.record_id(),
        traject: object(serde_json::to_value(&c.traject).unwrap()),
        report_id: report.record_id(),
        report: object(serde_json::to_value(&report).unwrap()),
    }
}

pub fn mutation(
    seq: i64,
    entity: &str,
    id: Uuid,
    resident: Uuid,
    op: MutationOp,
    fields: Map<String, Value>,
    base_version: i64,
) -> Mutation {
    Mutation {
        seq,
        entity: entity.into(),
        entity_id: id,
        resident_id: Some(resident),
        op,
        fields,
        base_version,
        field_bases: Default::default(),
        own_unseen: Vec::new(),
        known_cursor: 0,
        purpose: Some("guidance".into()),
        made_at: Utc::now(),
    }
}

/// The intake of `case` as three mutations from seq `first`.
pub fn intake(case: &Case, first: i64) -> Vec<Mutation> {
    vec![
        mutation(
            first,
            "resident",
            case.resident_id,
            case.resident_id,
            MutationOp::Create,
            case.resident.clone(),
            0,
        ),
        mutation(
            first + 1,
            "traject",
            case.traject_id,
            case.resident_id,
            MutationOp::Create,
            case.traject.clone(),
            0,
        ),
        mutation(
            first + 2,
            "report",
            case.report_id,
            case.resident_id,
            MutationOp::Append,
            case.report.clone(),
            0,
        ),
    ]
}

pub async fn push(
    app: &Router,
    device: &(Uuid, String),
    mutations: &[Mutation],
) -> (StatusCode, Value) {
    call(
        app,
        "/api/v1/push",
        json!({"device_id": device.0, "mutations": mutations}),
        Some(&device.1),
    )
    .await
}

/// Everything `device` may pull, from cursor 0.
pub async fn pull_all(app: &Router, device: &(Uuid, String)) -> (Vec<Value>, Vec<Value>) {
    let (changes, purges, _) = pull_from(app, device, 0).await;
    (changes, purges)
}

/// Everything `device` may pull after `cursor`: changes, residents to purge, new cursor.
pub async fn pull_from(
    app: &Router,
    device: &(Uuid, String),
    mut cursor: i64,
) -> (Vec<Value>, Vec<Value>, i64) {
    let mut changes = Vec::new();
    let mut purges = Vec::new();
    loop {
        let (status, body) = call(
            app,
            "/api/v1/pull",
            json!({"device_id": device.0, "cursor": cursor, "limit": 2}),
            Some(&device.1),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        changes.extend(body["changes"].as_array().unwrap().iter().cloned());
        purges.extend(body["purge_residents"].as_array().unwrap().iter().cloned());
        cursor = body["cursor"].as_i64().unwrap();
        if !body["more"].as_bool().unwrap() {
            return (changes, purges, cursor);
        }
    }
}

pub async fn count(pool: &PgPool, sql: &'static str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).fetch_one(pool).await.unwrap();
    n
}
