//! `zgw push` against a small fake Open Zaak (an axum router that records each request and
//! answers like the APIs: 201 with a `url`): zaken first, then documents, then the links
//! with the URLs returned; the Bearer token goes along and nowhere else; a refusal names
//! the fields, not their values; the push is logged before anything leaves.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
mod zgw_fixture;

use std::sync::{Arc, Mutex};

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use serde_json::{Value, json};
use sqlx::PgPool;
use support::*;
use uuid::Uuid;
use werkpad_domain::sync::Role;
use werkpad_server::zgw::{self, push::OpenZaak};
use zgw_fixture::{settings, zeynep};

const TOKEN: &str = "eyJhbGciOiJIUzI1NiJ9.eyJjbGllbnRfaWQiOiJ3ZXJrcGFkIn0.c2lnbmF0dXVy";

/// One request as Open Zaak saw it.
#[derive(Debug, Clone)]
struct Seen {
    path: String,
    authorization: String,
    crs: (String, String),
    body: Value,
}

#[derive(Clone)]
struct Fake {
    base: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    /// Refuse documents with 400, as Open Zaak does for a bad informatieobjecttype.
    refuse_documents: bool,
}

async fn answer(
    State(fake): State<Fake>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> (StatusCode, Json<Value>) {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let path = uri.path().to_owned();
    fake.seen.lock().unwrap().push(Seen {
        path: path.clone(),
        authorization: header("authorization"),
        crs: (header("accept-crs"), header("content-crs")),
        body: body.clone(),
    });
    if method != Method::POST {
        return (StatusCode::METHOD_NOT_ALLOWED, Json(Value::Null));
    }
    if fake.refuse_documents && path.contains("enkelvoudiginformatieobjecten") {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({
                "code": "invalid",
                "title": "Invalid input.",
                "status": 400,
                "invalidParams": [{
                    "name": "informatieobjecttype",
                    "code": "bad-url",
                    "reason": format!("De URL {} is ongeldig.", body["titel"]),
                }],
            })),
        );
    }
    let uuid = Uuid::now_v7();
    let mut created = body;
    created["url"] = json!(format!("{}{path}/{uuid}", fake.base));
    created["uuid"] = json!(uuid);
    (StatusCode::CREATED, Json(created))
}

async fn open_zaak(refuse_documents: bool) -> Fake {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let fake = Fake {
        base: format!("http://{}", listener.local_addr().unwrap()),
        seen: Arc::default(),
        refuse_documents,
    };
    let app = axum::Router::new()
        .fallback(answer)
        .with_state(fake.clone());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    fake
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn zaken_then_documents_then_links_with_the_urls_open_zaak_returned(pool: PgPool) {
    let z = zeynep(&pool).await;
    let by = user(&pool, "fb", Role::FunctioneelBeheerder).await;
    let fake = open_zaak(false).await;
    let target = OpenZaak::new(&format!("{}/", fake.base), &format!("{TOKEN}\n")).unwrap();
    let pushed = zgw::push::push(&pool, z.id, by, &settings(), &target)
        .await
        .unwrap();

    let seen = fake.seen.lock().unwrap().clone();
    let paths: Vec<&str> = seen.iter().map(|s| s.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            // 2024's traject: a zaak without documents.
            "/zaken/api/v1/zaken",
            // 2026's: the zaak, the statement and the CV, the two links.
            "/zaken/api/v1/zaken",
            "/documenten/api/v1/enkelvoudiginformatieobjecten",
            "/documenten/api/v1/enkelvoudiginformatieobjecten",
            "/zaken/api/v1/zaakinformatieobjecten",
            "/zaken/api/v1/zaakinformatieobjecten",
        ]
    );
    for s in &seen {
        assert_eq!(
            s.authorization,
            format!("Bearer {TOKEN}"),
            "the token, trimmed"
        );
        assert_eq!(s.crs, ("EPSG:4326".into(), "EPSG:4326".into()));
        assert!(
            !s.body.to_string().contains("urn:uuid:"),
            "no placeholder reaches Open Zaak"
        );
    }
    assert_eq!(
        seen[0].body["identificatie"],
        format!("WP-{}", z.trajecten[0].simple())
    );

    // The links carry the zaak's and the documents' URLs as Open Zaak gave them.
    assert_eq!(pushed.len(), 2);
    let now = &pushed[1];
    assert_eq!(now.traject_id, z.trajecten[1]);
    assert_eq!(now.informatieobjecten.len(), 2);
    for (link, document) in seen[4..].iter().zip(&now.informatieobjecten) {
        assert_eq!(link.body["zaak"], json!(now.zaak));
        assert_eq!(link.body["informatieobject"], json!(document));
    }
    assert!(
        now.zaak
            .starts_with(&format!("{}/zaken/api/v1/zaken/", fake.base))
    );
    assert_eq!(now.zaakinformatieobjecten.len(), 2);

    // Logged once, with the host it went to and never the token.
    let (report, parameters): (String, Value) =
        sqlx::query_as("SELECT report, parameters FROM report_log")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(report, "zgw_push");
    assert_eq!(parameters["target"], "127.0.0.1");
    assert_eq!(parameters["documents"], 2);
    assert!(!parameters.to_string().contains(&TOKEN[..20]));
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM audit_log WHERE action = 'zgw_push'"
        )
        .await,
        2
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_refusal_names_the_field_and_stops_before_the_links(pool: PgPool) {
    let z = zeynep(&pool).await;
    let by = user(&pool, "fb", Role::FunctioneelBeheerder).await;
    let fake = open_zaak(true).await;
    let target = OpenZaak::new(&fake.base, TOKEN).unwrap();
    let err = zgw::push::push(&pool, z.id, by, &settings(), &target)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("HTTP 400"), "{err}");
    assert!(err.contains("informatieobjecttype: bad-url"), "{err}");
    assert!(
        !err.contains("Verklaring"),
        "the reason's values stay out: {err}"
    );
    let seen = fake.seen.lock().unwrap().clone();
    assert!(
        seen.iter()
            .all(|s| !s.path.contains("zaakinformatieobjecten"))
    );
    // It was logged: the zaken left before the refusal.
    assert_eq!(count(&pool, "SELECT count(*) FROM report_log").await, 1);
}

#[test]
fn the_token_goes_only_over_https_or_to_this_machine() {
    for refused in [
        "http://openzaak.gemeente.example",
        "ftp://openzaak.gemeente.example",
        "niet een url",
    ] {
        assert!(OpenZaak::new(refused, TOKEN).is_err(), "{refused}");
    }
    assert!(
        OpenZaak::new("https://openzaak.gemeente.example", " \n").is_err(),
        "no token"
    );
    for ok in [
        "https://openzaak.gemeente.example",
        "http://127.0.0.1:8000",
        "http://localhost:8000",
        "http://[::1]:8000",
    ] {
        assert!(OpenZaak::new(ok, TOKEN).is_ok(), "{ok}");
    }
}
