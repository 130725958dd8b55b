//! Sync against a real PostgreSQL (a fresh database per test, from DATABASE_URL):
//! exactly-once push, merge and conflicts, append-only records, document checks, what each
//! role may pull, caseload changes, the audit chain.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use serde_json::{Map, Value, json};
use sqlx::PgPool;
use support::*;
use uuid::Uuid;
use werkpad_domain::sync::{MutationOp, Role};
use werkpad_server::audit::{self, Verified};
use werkpad_server::sync;

fn fields(v: Value) -> Map<String, Value> {
    v.as_object().unwrap().clone()
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_page_pushed_twice_is_applied_once(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let dev = device(&app, "anna").await;
    let c = case(2);
    let page = intake(&c, 1);
    let (status, first) = push(&app, &dev, &page).await;
    assert_eq!(status, StatusCode::OK, "{first}");
    for r in first["results"].as_array().unwrap() {
        assert_eq!(r["outcome"], "applied", "{r}");
    }
    let (_, again) = push(&app, &dev, &page).await;
    for (r, f) in again["results"]
        .as_array()
        .unwrap()
        .iter()
        .zip(first["results"].as_array().unwrap())
    {
        assert_eq!(r["outcome"], "duplicate");
        assert_eq!(r["first"]["version"], f["version"]);
    }
    assert_eq!(count(&pool, "SELECT count(*) FROM records").await, 3);
    // The page's three answers are kept as one row; the retry stored nothing.
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) * 100 + sum(jsonb_array_length(outcomes)) FROM applied_pages"
        )
        .await,
        103
    );
    assert_eq!(count(&pool, "SELECT max(version) FROM records").await, 1);
    // The intake put the resident in anna's caseload.
    assert_eq!(count(&pool, "SELECT count(*) FROM caseload").await, 1);
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_retry_spanning_two_pages_and_new_mutations_gets_the_first_answers(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    user(&pool, "bram", Role::Jobcoach).await;
    let anna = device(&app, "anna").await;
    let bram = device(&app, "bram").await;
    let (one, two, three) = (case(11), case(12), case(13));
    // Bram takes in `two` first, so anna's intake of it is refused (not in her caseload):
    // a retry must give that same refusal back, not apply it now.
    let (status, _) = push(&app, &bram, &intake(&two, 1)).await;
    assert_eq!(status, StatusCode::OK);
    let (_, first) = push(&app, &anna, &intake(&one, 1)).await;
    let (_, second) = push(&app, &anna, &intake(&two, 4)).await;
    assert_eq!(second["results"][0]["outcome"], "rejected", "{second}");
    // The laptop lost the answers and sends 2..=6 again with three new ones (7..=9).
    let mut page: Vec<_> = intake(&one, 1)
        .into_iter()
        .chain(intake(&two, 4))
        .skip(1)
        .collect();
    page.extend(intake(&three, 7));
    let (status, again) = push(&app, &anna, &page).await;
    assert_eq!(status, StatusCode::OK, "{again}");
    let results = again["results"].as_array().unwrap();
    let seqs: Vec<i64> = results.iter().map(|r| r["seq"].as_i64().unwrap()).collect();
    assert_eq!(seqs, (2..=9).collect::<Vec<_>>());
    let earlier: Vec<&Value> = first["results"].as_array().unwrap()[1..]
        .iter()
        .chain(second["results"].as_array().unwrap())
        .collect();
    for (r, e) in results[..5].iter().zip(earlier) {
        assert_eq!(r["outcome"], "duplicate", "{r}");
        assert_eq!(r["seq"], e["seq"]);
        // The first answer itself, without its sequence number.
        let mut answer = e.as_object().unwrap().clone();
        answer.remove("seq");
        assert_eq!(r["first"], Value::Object(answer), "seq {}", r["seq"]);
    }
    for r in &results[5..] {
        assert_eq!(r["outcome"], "applied", "{r}");
    }
    // Three pages of anna's (1, 4, 7) tile 1..=9; bram's one page; nothing doubled.
    assert_eq!(
        count(
            &pool,
            "SELECT (string_agg(p.first_seq || '-' || p.last_seq, ',' ORDER BY p.first_seq)
                     = '1-3,4-6,7-9')::int::bigint
             FROM applied_pages p JOIN devices d ON d.id = p.device_id
             JOIN users u ON u.id = d.user_id WHERE u.name = 'anna'"
        )
        .await,
        1
    );
    assert_eq!(count(&pool, "SELECT count(*) FROM records").await, 9);
    assert_eq!(count(&pool, "SELECT count(*) FROM caseload").await, 3);
    assert_eq!(
        count(&pool, "SELECT count(*) FROM caseload_events").await,
        3
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn two_devices_different_fields_merge_same_field_conflicts(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let a = device(&app, "anna").await;
    let b = device(&app, "anna").await;
    let c = case(3);
    push(&app, &a, &intake(&c, 1)).await;
    let r = c.resident_id;
    // Both based on version 1: A sets phone and motivation; B sets email and phone.
    let (_, ra) = push(
        &app,
        &a,
        &[mutation(
            4,
            "resident",
            r,
            r,
            MutationOp::Update,
            fields(json!({"phone": "0612345678", "motivation": "Wil in de zorg werken."})),
            1,
        )],
    )
    .await;
    assert_eq!(ra["results"][0]["outcome"], "applied");
    assert_eq!(ra["results"][0]["version"], 2);
    let (_, rb) = push(
        &app,
        &b,
        &[mutation(
            1,
            "resident",
            r,
            r,
            MutationOp::Update,
            fields(json!({"email": "inwoner@example.nl", "phone": "0687654321"})),
            1,
        )],
    )
    .await;
    let res = &rb["results"][0];
    assert_eq!(res["outcome"], "conflict", "{res}");
    assert_eq!(res["fields"], json!(["phone"]));
    let (doc,): (sqlx::types::Json<Value>,) =
        sqlx::query_as("SELECT doc FROM records WHERE entity = 'resident'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(
        doc.0["email"], "inwoner@example.nl",
        "the other field merged"
    );
    assert_eq!(doc.0["motivation"], "Wil in de zorg werken.");
    assert_eq!(
        doc.0["phone"], "0612345678",
        "the first value stays until a person chooses"
    );
    let (conflict,): (sqlx::types::Json<Value>,) =
        sqlx::query_as("SELECT doc FROM records WHERE entity = 'conflict'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(conflict.0["mine"], "0687654321");
    assert_eq!(conflict.0["theirs"], "0612345678");
    assert_eq!(conflict.0["status"], "open");

    // B resolves by keeping its own value: a field update on the latest version, and the
    // conflict marked resolved.
    let conflict_id: Uuid = res["conflict_ids"][0].as_str().unwrap().parse().unwrap();
    let version = res["version"].as_i64().unwrap();
    let (_, resolved) = push(
        &app,
        &b,
        &[
            mutation(
                2,
                "resident",
                r,
                r,
                MutationOp::Update,
                fields(json!({"phone": "0687654321"})),
                version,
            ),
            mutation(
                3,
                "conflict",
                conflict_id,
                r,
                MutationOp::Update,
                fields(json!({"status": "resolved", "resolution": "mine"})),
                1,
            ),
        ],
    )
    .await;
    assert_eq!(resolved["results"][0]["outcome"], "applied", "{resolved}");
    assert_eq!(resolved["results"][1]["outcome"], "applied", "{resolved}");
    // A pulls: the chosen value and the resolved conflict.
    let (changes, _) = pull_all(&app, &a).await;
    let resident = changes
        .iter()
        .rev()
        .find(|c| c["entity"] == "resident")
        .unwrap();
    assert_eq!(resident["doc"]["phone"], "0687654321");
    let conflict = changes
        .iter()
        .rev()
        .find(|c| c["entity"] == "conflict")
        .unwrap();
    assert_eq!(conflict["doc"]["status"], "resolved");
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn append_only_records_never_conflict_and_cannot_be_changed(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let a = device(&app, "anna").await;
    let c = case(4);
    push(&app, &a, &intake(&c, 1)).await;
    let mut changed = c.report.clone();
    changed.insert("text".into(), json!("anders"));
    let (_, r) = push(
        &app,
        &a,
        &[mutation(
            4,
            "report",
            c.report_id,
            c.resident_id,
            MutationOp::Update,
            changed,
            1,
        )],
    )
    .await;
    assert_eq!(r["results"][0]["outcome"], "rejected");
    assert_eq!(r["results"][0]["reason"], "not_updatable");
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn invalid_documents_and_unknown_entities_are_rejected(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let a = device(&app, "anna").await;
    let c = case(5);
    let mut bad = c.resident.clone();
    bad.insert("bsn".into(), json!("123456789"));
    let r = c.resident_id;
    let (_, out) = push(
        &app,
        &a,
        &[
            mutation(1, "resident", r, r, MutationOp::Create, bad, 0),
            mutation(
                2,
                "loonwaarde_in_de_toekomst",
                Uuid::now_v7(),
                r,
                MutationOp::Create,
                Map::new(),
                0,
            ),
        ],
    )
    .await;
    assert_eq!(out["results"][0]["reason"], "invalid_document");
    assert_eq!(out["results"][1]["reason"], "unknown_entity");
    assert_eq!(count(&pool, "SELECT count(*) FROM records").await, 0);
    assert_eq!(count(&pool, "SELECT count(*) FROM caseload").await, 0);
    // Handled all the same: not retried, next seq is 3.
    assert_eq!(count(&pool, "SELECT last_seq FROM devices").await, 2);
}

async fn health_record(c: &Case) -> Map<String, Value> {
    fields(json!({
        "id": Uuid::now_v7(), "resident_id": c.resident_id, "recorded_on": today(),
        "recorded_by": {"id": Uuid::now_v7(), "name": "Test Coach"},
        "necessity": "Nodig om passend werk te zoeken.", "summary": "Rugklachten.",
        "work_limitations": "Niet zwaar tillen.", "source": "inwoner zelf"
    }))
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn every_role_pulls_only_what_it_may_see(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    user(&pool, "bram", Role::Jobcoach).await;
    user(&pool, "tessa", Role::Teamleider).await;
    user(&pool, "fien", Role::FunctioneelBeheerder).await;
    user(&pool, "bart", Role::BeleidStatistiek).await;
    team(&pool, "Noord", &["anna", "bram", "tessa"]).await;
    let anna = device(&app, "anna").await;
    let bram = device(&app, "bram").await;
    let ca = case(10);
    let cb = case(11);
    let mut page = intake(&ca, 1);
    let health = health_record(&ca).await;
    let health_id: Uuid = health["id"].as_str().unwrap().parse().unwrap();
    page.push(mutation(
        4,
        "health_record",
        health_id,
        ca.resident_id,
        MutationOp::Create,
        health,
        0,
    ));
    let (_, out) = push(&app, &anna, &page).await;
    assert_eq!(out["results"][3]["outcome"], "applied", "{out}");
    push(&app, &bram, &intake(&cb, 1)).await;

    let residents = |changes: &[Value]| -> Vec<String> {
        let mut r: Vec<String> = changes
            .iter()
            .map(|c| c["resident_id"].as_str().unwrap().to_owned())
            .collect();
        r.sort();
        r.dedup();
        r
    };
    let (a_changes, _) = pull_all(&app, &anna).await;
    assert_eq!(residents(&a_changes), vec![ca.resident_id.to_string()]);
    assert!(
        a_changes.iter().any(|c| c["entity"] == "health_record"),
        "the coach gets the health data of her own case"
    );
    let (b_changes, _) = pull_all(&app, &bram).await;
    assert_eq!(residents(&b_changes), vec![cb.resident_id.to_string()]);
    assert!(!b_changes.iter().any(|c| c["entity"] == "health_record"));

    let tessa = device(&app, "tessa").await;
    let (t_changes, _) = pull_all(&app, &tessa).await;
    assert_eq!(
        residents(&t_changes).len(),
        2,
        "a team lead sees the whole team"
    );
    assert!(
        !t_changes.iter().any(|c| c["entity"] == "health_record"),
        "but no health data"
    );

    for name in ["fien", "bart"] {
        let dev = device(&app, name).await;
        let (status, body) = call(
            &app,
            "/api/v1/pull",
            json!({"device_id": dev.0, "cursor": 0, "limit": 10}),
            Some(&dev.1),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{name} learns its role: {body}");
        assert!(
            body["changes"]
                .as_array()
                .unwrap()
                .iter()
                .all(|c| c["resident_id"].is_null()),
            "{name} gets no resident data: {body}"
        );
        assert_eq!(body["role"], name_role(name));
        let (status, body) = push(&app, &dev, &intake(&case(12), 1)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            body["results"]
                .as_array()
                .unwrap()
                .iter()
                .all(|r| r["outcome"] == "rejected" && r["reason"] == "forbidden"),
            "{name} cannot write cases: {body}"
        );
    }
    // Bram cannot write into Anna's resident.
    let r = ca.resident_id;
    let (_, out) = push(
        &app,
        &bram,
        &[mutation(
            4,
            "resident",
            r,
            r,
            MutationOp::Update,
            fields(json!({"phone": "0611111111"})),
            1,
        )],
    )
    .await;
    assert_eq!(out["results"][0]["reason"], "not_in_caseload");
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn unassign_purges_and_assign_brings_the_whole_file(pool: PgPool) {
    let app = app(pool.clone());
    let anna_id = user(&pool, "anna", Role::Jobcoach).await;
    let bram_id = user(&pool, "bram", Role::Jobcoach).await;
    let anna = device(&app, "anna").await;
    let bram = device(&app, "bram").await;
    let c = case(20);
    push(&app, &anna, &intake(&c, 1)).await;
    let (first, _) = pull_all(&app, &bram).await;
    assert!(first.is_empty());
    // Bram's cursor after an empty pull.
    let (_, body) = call(
        &app,
        "/api/v1/pull",
        json!({"device_id": bram.0, "cursor": 0, "limit": 10}),
        Some(&bram.1),
    )
    .await;
    let bram_cursor = body["cursor"].as_i64().unwrap();

    sync::caseload::unassign(&pool, c.resident_id, anna_id, None)
        .await
        .unwrap();
    sync::caseload::assign(&pool, c.resident_id, bram_id, None)
        .await
        .unwrap();

    let (changes, purges) = pull_all(&app, &anna).await;
    assert!(
        purges.contains(&json!(c.resident_id)),
        "anna's laptop is told to purge"
    );
    assert!(
        changes
            .iter()
            .all(|ch| ch["resident_id"] != json!(c.resident_id))
            || !purges.is_empty()
    );
    let (_, body) = call(
        &app,
        "/api/v1/pull",
        json!({"device_id": bram.0, "cursor": bram_cursor, "limit": 100}),
        Some(&bram.1),
    )
    .await;
    let got: Vec<&str> = body["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["entity"].as_str().unwrap())
        .collect();
    assert_eq!(got.first(), Some(&"resident"), "the resident first");
    assert_eq!(
        got.len(),
        3,
        "the whole file arrives after the cursor: {got:?}"
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn the_audit_log_is_a_chain_and_append_only(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let anna = device(&app, "anna").await;
    push(&app, &anna, &intake(&case(30), 1)).await;
    pull_all(&app, &anna).await;
    let Verified::Intact {
        entries, unsealed, ..
    } = seal_and_verify(&pool).await
    else {
        panic!("chain broken");
    };
    assert_eq!(unsealed, 0, "nothing is running: every entry is sealed");
    assert!(entries >= 6, "user, login, 3 changes, a pull: {entries}");
    let pulls = count(&pool, "SELECT count(*) FROM audit_log WHERE action = 'pull' AND purpose = 'guidance' AND resident_id IS NOT NULL").await;
    assert!(pulls >= 1);
    assert!(
        sqlx::query("UPDATE audit_log SET action = 'x'")
            .execute(&pool)
            .await
            .is_err()
    );
    assert!(
        sqlx::query("DELETE FROM audit_log")
            .execute(&pool)
            .await
            .is_err()
    );
    // A tampered copy (triggers off, as a superuser could) is detected.
    sqlx::query("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update")
        .execute(&pool)
        .await
        .unwrap();
    let (second,): (i64,) = sqlx::query_as("SELECT id FROM audit_log ORDER BY id OFFSET 1 LIMIT 1")
        .fetch_one(&pool)
        .await
        .unwrap();
    sqlx::query("UPDATE audit_log SET action = 'login_elsewhere' WHERE id = $1")
        .bind(second)
        .execute(&pool)
        .await
        .unwrap();
    // Sealed in rounds: the break is reported at the first entry of the changed entry's
    // round (the entries before it are intact).
    let mut conn = pool.acquire().await.unwrap();
    let broken = audit::verify(&mut conn, &audit_key(), None).await.unwrap();
    assert!(
        matches!(broken, Verified::BrokenAt { id } if id <= second),
        "{broken:?} (changed entry {second})"
    );
    sqlx::query("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update")
        .execute(&pool)
        .await
        .unwrap();
    // The seal is append-only too.
    assert!(
        sqlx::query("DELETE FROM audit_seal")
            .execute(&pool)
            .await
            .is_err()
    );
}

fn name_role(name: &str) -> &'static str {
    match name {
        "fien" => "functioneel_beheerder",
        _ => "beleid_statistiek",
    }
}
