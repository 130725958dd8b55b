//! Attachments on the server (issue 23): a medical report is special-category data (a team
//! lead, who sees no health data, neither gets it nor may push one), and a pull page stops
//! at about 12 MB of files, so four 4 MiB scans come in more than one page and all arrive.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Map, Value, json};
use sqlx::PgPool;
use support::*;
use uuid::Uuid;
use werkpad_domain::request::{
    ATTACHMENT_MAX_BYTES, AttachmentInput, AttachmentOwner, CriterionInput, UwvRequestInput,
};
use werkpad_domain::sync::{MutationOp, Role};
use werkpad_domain::{EntityKind, ResidentId, StaffId, StaffMember};

fn object(v: Value) -> Map<String, Value> {
    v.as_object().unwrap().clone()
}

fn coach() -> StaffMember {
    StaffMember::new(StaffId::new(), "Test Coach").unwrap()
}

/// A request to UWV for `resident`, as a document.
fn request(resident: Uuid) -> (Uuid, Map<String, Value>) {
    let c = || CriterionInput {
        view: Some("yes".into()),
        explanation: Some("Gezien op de werkvloer".into()),
    };
    let r = UwvRequestInput {
        kind: Some("wajong".into()),
        task_in_organisation: c(),
        basic_skills: c(),
        one_hour_at_a_stretch: c(),
        four_hours_a_day: c(),
        motivation: Some("Heeft begeleiding nodig".into()),
        ..UwvRequestInput::default()
    }
    .into_draft(None, ResidentId::from_uuid(resident), &coach(), today())
    .unwrap();
    (r.id.as_uuid(), object(serde_json::to_value(&r).unwrap()))
}

/// An attachment of `size` bytes of `kind` to `owner`, as a document.
fn attachment(resident: Uuid, owner: Uuid, kind: &str, size: usize) -> (Uuid, Map<String, Value>) {
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.resize(size, b'x');
    let a = AttachmentInput {
        kind: Some(kind.into()),
        file_name: Some(format!("{kind}.pdf")),
        content: Some(STANDARD.encode(&pdf)),
    }
    .into_record(
        ResidentId::from_uuid(resident),
        AttachmentOwner {
            kind: EntityKind::UwvRequest,
            id: owner,
        },
        coach(),
        today(),
    )
    .unwrap();
    (a.id.as_uuid(), object(serde_json::to_value(&a).unwrap()))
}

fn applied(body: &Value) {
    for r in body["results"].as_array().unwrap() {
        assert_eq!(r["outcome"], "applied", "{r}");
    }
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_medical_report_is_health_data_and_pages_stop_at_twelve_mb_of_files(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    user(&pool, "lieke", Role::Teamleider).await;
    team(&pool, "Noord", &["anna", "lieke"]).await;
    let anna = device(&app, "anna").await;
    let lieke = device(&app, "lieke").await;
    let c = case(23);
    let (status, body) = push(&app, &anna, &intake(&c, 1)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (request_id, doc) = request(c.resident_id);
    let mut seq = 4;
    let m = mutation(
        seq,
        "uwv_request",
        request_id,
        c.resident_id,
        MutationOp::Create,
        doc,
        0,
    );
    let (_, body) = push(&app, &anna, &[m]).await;
    applied(&body);
    // A CV and a medical report, then four scans of 4 MiB, one push each (the body limit).
    let mut files = vec![
        attachment(c.resident_id, request_id, "cv", 1000),
        attachment(c.resident_id, request_id, "medical_report", 1000),
    ];
    for _ in 0..4 {
        files.push(attachment(
            c.resident_id,
            request_id,
            "school_report",
            ATTACHMENT_MAX_BYTES,
        ));
    }
    for (id, doc) in &files {
        seq += 1;
        let m = mutation(
            seq,
            "attachment",
            *id,
            c.resident_id,
            MutationOp::Append,
            doc.clone(),
            0,
        );
        let (status, body) = push(&app, &anna, &[m]).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        applied(&body);
    }
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM records WHERE entity = 'attachment' AND special"
        )
        .await,
        1,
        "only the medical report is special"
    );

    // Anna's laptop pulls everything with the largest page it may ask for.
    let mut cursor = 0;
    let mut pages = Vec::new();
    loop {
        let (status, body) = call(
            &app,
            "/api/v1/pull",
            json!({"device_id": anna.0, "cursor": cursor, "limit": 500}),
            Some(&anna.1),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let files: Vec<usize> = body["changes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|ch| ch["entity"] == "attachment")
            .map(|ch| ch["doc"]["content"].as_str().map_or(0, str::len))
            .collect();
        pages.push(files);
        cursor = body["cursor"].as_i64().unwrap();
        if !body["more"].as_bool().unwrap() {
            break;
        }
    }
    let all: usize = pages.iter().map(Vec::len).sum();
    assert_eq!(all, 6, "every file arrives: {pages:?}");
    assert!(pages.len() > 1, "four scans do not fit one page");
    for page in &pages {
        let bytes: usize = page.iter().sum();
        let largest = page.iter().copied().max().unwrap_or(0);
        assert!(
            bytes <= 12 * 1024 * 1024 + largest,
            "a page stops at 12 MB of files (one more may end it): {page:?}"
        );
    }

    // The team lead sees the request and the CV, never the medical report, and may not
    // push one.
    let (changes, _) = pull_all(&app, &lieke).await;
    let kinds: Vec<&str> = changes
        .iter()
        .filter(|ch| ch["entity"] == "attachment")
        .filter_map(|ch| ch["doc"]["kind"].as_str())
        .collect();
    assert!(kinds.contains(&"cv"), "{kinds:?}");
    assert!(!kinds.contains(&"medical_report"), "{kinds:?}");
    let (id, doc) = attachment(c.resident_id, request_id, "psychological_report", 500);
    let m = mutation(
        1,
        "attachment",
        id,
        c.resident_id,
        MutationOp::Append,
        doc,
        0,
    );
    let (_, body) = push(&app, &lieke, &[m]).await;
    assert_eq!(body["results"][0]["outcome"], "rejected", "{body}");
    assert_eq!(body["results"][0]["reason"], "forbidden", "{body}");
}
