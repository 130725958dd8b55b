//! Shared data by sync (issue 6): employers and workplaces belong to no resident, every
//! coach receives and may edit them; reference data is only the administrator's import;
//! a conflict on shared data reaches everyone who may resolve it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use chrono::Utc;
use serde_json::{Map, Value, json};
use sqlx::PgPool;
use support::*;
use uuid::Uuid;
use werkpad_domain::matching::{Employer, EmployerDraft, Workplace, WorkplaceDraft};
use werkpad_domain::sync::{Mutation, MutationOp, Role};
use werkpad_domain::{AddressDraft, EmployerId, WorkplaceId};

fn object(v: Value) -> Map<String, Value> {
    v.as_object().unwrap().clone()
}

fn shared(
    seq: i64,
    entity: &str,
    id: Uuid,
    op: MutationOp,
    fields: Map<String, Value>,
    base: i64,
) -> Mutation {
    Mutation {
        seq,
        entity: entity.into(),
        entity_id: id,
        resident_id: None,
        op,
        fields,
        base_version: base,
        field_bases: Default::default(),
        own_unseen: Vec::new(),
        known_cursor: 0,
        purpose: Some("matching".into()),
        made_at: Utc::now(),
    }
}

fn employer() -> Employer {
    EmployerDraft {
        name: Some("Logistiek Centrum Gelderland".into()),
        kvk: Some("09123456".into()),
        address: AddressDraft {
            street: Some("Westervoortsedijk".into()),
            house_number: Some("73".into()),
            postcode: Some("6827AV".into()),
            woonplaats: Some("Arnhem".into()),
            ..AddressDraft::default()
        },
        ..EmployerDraft::default()
    }
    .validate(EmployerId::new())
    .unwrap()
}

fn workplace(employer: &Employer) -> Workplace {
    WorkplaceDraft {
        employer_id: Some(employer.id),
        title: Some("Heftruckchauffeur".into()),
        kind: Some("regulier".into()),
        hours_per_week: Some("32".into()),
        postcode: Some("6827AV".into()),
        place: Some("Arnhem".into()),
        physical_demand: Some("middel".into()),
        mental_demand: Some("licht".into()),
        places: Some("2".into()),
        open: true,
        ..WorkplaceDraft::default()
    }
    .validate(WorkplaceId::new())
    .unwrap()
}

fn ids(changes: &[Value], entity: &str) -> Vec<String> {
    changes
        .iter()
        .filter(|c| c["entity"] == entity)
        .map(|c| c["entity_id"].as_str().unwrap().to_owned())
        .collect()
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn every_coach_receives_employers_and_workplaces_but_not_other_residents(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    user(&pool, "bram", Role::Jobcoach).await;
    let anna = device(&app, "anna").await;
    let bram = device(&app, "bram").await;
    let e = employer();
    let w = workplace(&e);
    let c = case(5);
    let mut page = intake(&c, 1);
    page.push(shared(
        4,
        "employer",
        e.id.as_uuid(),
        MutationOp::Create,
        object(json!(e)),
        0,
    ));
    page.push(shared(
        5,
        "workplace",
        w.id.as_uuid(),
        MutationOp::Create,
        object(json!(w)),
        0,
    ));
    let (status, body) = push(&app, &anna, &page).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    for r in body["results"].as_array().unwrap() {
        assert_eq!(r["outcome"], "applied", "{r}");
    }
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM records WHERE resident_id IS NULL"
        )
        .await,
        2,
        "employer and workplace are stored without a resident"
    );
    let (changes, _) = pull_all(&app, &bram).await;
    assert_eq!(
        ids(&changes, "employer"),
        [e.id.to_string()],
        "bram gets the employer"
    );
    assert_eq!(
        ids(&changes, "workplace"),
        [w.id.to_string()],
        "and its workplace"
    );
    assert!(
        ids(&changes, "resident").is_empty(),
        "but not anna's resident: shared data opens no caseload"
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn shared_data_is_refused_when_it_names_a_resident_or_is_reference_data(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    user(&pool, "frits", Role::FunctioneelBeheerder).await;
    let anna = device(&app, "anna").await;
    let e = employer();
    let mut with_resident = shared(
        1,
        "employer",
        e.id.as_uuid(),
        MutationOp::Create,
        object(json!(e)),
        0,
    );
    with_resident.resident_id = Some(Uuid::now_v7());
    let occupation = shared(
        2,
        "occupation",
        Uuid::now_v7(),
        MutationOp::Create,
        object(json!({"label": "heftruckchauffeur"})),
        0,
    );
    let mut bad = object(json!(e));
    bad.insert("kvk".into(), json!("12"));
    let invalid = shared(3, "employer", Uuid::now_v7(), MutationOp::Create, bad, 0);
    let (_, body) = push(&app, &anna, &[with_resident, occupation, invalid]).await;
    let outcomes: Vec<(&str, &str)> = body["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["outcome"].as_str().unwrap(),
                r["reason"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            ("rejected", "invalid_document"),
            ("rejected", "forbidden"),
            ("rejected", "invalid_document")
        ],
        "an employer belongs to no resident; reference data only comes from the import; a \
         KvK number has 8 digits"
    );
    assert_eq!(
        count(&pool, "SELECT count(*) FROM records").await,
        0,
        "nothing stored"
    );

    let frits = device(&app, "frits").await;
    let (status, body) = push(
        &app,
        &frits,
        &[shared(
            1,
            "employer",
            e.id.as_uuid(),
            MutationOp::Create,
            object(json!(e)),
            0,
        )],
    )
    .await;
    assert_eq!(
        (
            status,
            body["results"][0]["outcome"].as_str(),
            body["results"][0]["reason"].as_str()
        ),
        (StatusCode::OK, Some("rejected"), Some("forbidden")),
        "a functioneel beheerder pushes no case data, shared or not; the refusal is an \
         answer per change, so a laptop whose role changed still empties its outbox: {body}"
    );
    assert_eq!(
        count(&pool, "SELECT count(*) FROM records").await,
        0,
        "still nothing"
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_conflict_on_shared_data_reaches_another_coach_who_resolves_it(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    user(&pool, "bram", Role::Jobcoach).await;
    let anna = device(&app, "anna").await;
    let bram = device(&app, "bram").await;
    let e = employer();
    let id = e.id.as_uuid();
    push(
        &app,
        &anna,
        &[shared(
            1,
            "employer",
            id,
            MutationOp::Create,
            object(json!(e)),
            0,
        )],
    )
    .await;
    let rename = |seq, name: &str| {
        shared(
            seq,
            "employer",
            id,
            MutationOp::Update,
            object(json!({"name": name})),
            1,
        )
    };
    let (_, a) = push(&app, &anna, &[rename(2, "LCG Arnhem")]).await;
    assert_eq!(a["results"][0]["outcome"], "applied");
    let (_, b) = push(&app, &bram, &[rename(1, "Logistiek Centrum Arnhem")]).await;
    assert_eq!(
        b["results"][0]["outcome"], "conflict",
        "the same field changed on both sides since version 1: {b}"
    );
    let (changes, _) = pull_all(&app, &bram).await;
    let conflict = changes
        .iter()
        .find(|c| c["entity"] == "conflict")
        .expect("bram receives the conflict about shared data");
    assert!(
        conflict["resident_id"].is_null(),
        "it belongs to no resident"
    );
    let conflict_id: Uuid = conflict["entity_id"].as_str().unwrap().parse().unwrap();
    let resolve = Mutation {
        seq: 2,
        entity: "conflict".into(),
        entity_id: conflict_id,
        resident_id: None,
        op: MutationOp::Update,
        fields: object(json!({"resolution": "theirs"})),
        base_version: 1,
        field_bases: Default::default(),
        own_unseen: Vec::new(),
        known_cursor: 0,
        purpose: Some("matching".into()),
        made_at: Utc::now(),
    };
    let (_, r) = push(&app, &bram, &[resolve]).await;
    assert_eq!(r["results"][0]["outcome"], "applied", "{r}");
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM records WHERE entity = 'conflict' AND doc->>'status' = 'resolved'"
        )
        .await,
        1,
        "resolved for every device"
    );
}
