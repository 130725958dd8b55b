//! Property tests of the sync API's request bodies (issue 21).
//!
//! Without a database: every request type read from arbitrary JSON (as `ApiJson` does)
//! gives a value or an error, never a panic; the document check a pushed record goes
//! through (`check_document`) over valid documents with a field replaced, removed or added
//! accepts only what reads back as the same record; the field merge only ever applies or
//! conflicts fields the change sets, never both.
//!
//! Against the real server (in-process, a fresh PostgreSQL database): structured-random
//! push pages (sequence numbers in order, repeated, with gaps and at the ends of i64;
//! every entity kind and op; valid, altered and random documents; extreme versions,
//! cursors and ranges; other devices; broken JSON) and random bodies on every other sync
//! route. Every answer is 2xx or a typed 4xx error body, never a 500 or a panic; a refused
//! page leaves every table as it was; an answered page answers each mutation, writes one
//! audit entry per new mutation and moves the device's position to its last number.
//!
//! Seeded: `WERKPAD_PROP_SEED` (default 21) and `PROPTEST_CASES` (defaults below). The
//! pure parts are fuzzed in fuzz/ too (target `sync_bodies`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::collections::{BTreeMap, BTreeSet};

use axum::http::StatusCode;
use chrono::{DateTime, NaiveDate, Utc};
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use serde_json::{Map, Value, json};
use sqlx::PgPool;
use support::*;
use uuid::Uuid;
use werkpad_domain::EntityKind;
use werkpad_domain::sync::emergency::{EmergencyRequest, NoticesRequest};
use werkpad_domain::sync::{
    AuditUpload, CheckRequest, ErrorBody, FieldWriter, LoginRequest, PullRequest, PushRequest,
    PushResponse, RecordsRequest, RefreshRequest, Role, Seen, check_document, merge,
};
use werkpad_server::sync::caseload::AssignRequest;

fn config(cases: u32) -> Config {
    let seed = std::env::var("WERKPAD_PROP_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(21);
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        ..Config::default()
    }
}

fn day() -> NaiveDate {
    today()
}

/// Text that tends to break things: any Unicode, NUL and other control characters, long
/// runs, dates and numbers as text.
fn text() -> BoxedStrategy<String> {
    prop_oneof![
        3 => any::<String>(),
        2 => "[ -~]{0,12}",
        1 => Just("\u{0}".to_owned()),
        1 => "[a-z]{0,3}\u{0}[a-z]{0,3}",
        1 => "[\u{1}-\u{1f}\u{7f}\u{fffe}\u{feff}]{1,4}",
        1 => select(vec!["2026-06-15", "15-06-2026", "123456782", "actief", "ended", "open", "mine"]).prop_map(str::to_owned),
        1 => (0usize..3, 0usize..25_000).prop_map(|(c, n)| ["a", "é", "𝔘"][c].repeat(n)),
    ]
    .boxed()
}

fn number() -> BoxedStrategy<Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        select(vec![0i64, 1, -1, i64::MAX, i64::MIN, 60, 61]).prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        prop::num::f64::ANY.prop_map(Value::from),
    ]
    .boxed()
}

/// Any JSON value, a few levels deep.
fn json_value() -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number(),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
    .boxed()
}

/// How to alter a valid document.
#[derive(Debug, Clone)]
enum Edit {
    Keep,
    Replace(Index, Value),
    Remove(Index),
    Add(String, Value),
    /// A string field gets a NUL character (PostgreSQL's jsonb cannot hold one).
    Nul(Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        2 => Just(Edit::Keep),
        4 => (any::<Index>(), json_value()).prop_map(|(i, v)| Edit::Replace(i, v)),
        1 => any::<Index>().prop_map(Edit::Remove),
        1 => ("[a-z_]{1,8}", json_value()).prop_map(|(k, v)| Edit::Add(k, v)),
        1 => any::<Index>().prop_map(Edit::Nul),
    ]
}

fn apply(edit: &Edit, mut doc: Map<String, Value>) -> Map<String, Value> {
    let key = |i: &Index, doc: &Map<String, Value>| {
        (!doc.is_empty()).then(|| doc.keys().nth(i.index(doc.len())).cloned().unwrap())
    };
    match edit {
        Edit::Keep => {}
        Edit::Replace(i, v) => {
            if let Some(k) = key(i, &doc) {
                doc.insert(k, v.clone());
            }
        }
        Edit::Remove(i) => {
            if let Some(k) = key(i, &doc) {
                doc.remove(&k);
            }
        }
        Edit::Add(k, v) => {
            doc.insert(k.clone(), v.clone());
        }
        Edit::Nul(i) => {
            let strings: Vec<String> = doc
                .iter()
                .filter(|(_, v)| v.is_string())
                .map(|(k, _)| k.clone())
                .collect();
            if !strings.is_empty() {
                let k = &strings[i.index(strings.len())];
                let v = format!("{}\u{0}", doc[k].as_str().unwrap());
                doc.insert(k.clone(), Value::String(v));
            }
        }
    }
    doc
}

/// Which of a demo case's documents.
#[derive(Debug, Clone, Copy)]
enum Doc {
    Resident,
    Traject,
    Report,
}

fn doc_of(case: &Case, doc: Doc) -> (EntityKind, Uuid, Map<String, Value>) {
    match doc {
        Doc::Resident => (
            EntityKind::Resident,
            case.resident_id,
            case.resident.clone(),
        ),
        Doc::Traject => (EntityKind::Traject, case.traject_id, case.traject.clone()),
        Doc::Report => (EntityKind::Report, case.report_id, case.report.clone()),
    }
}

fn any_doc() -> impl Strategy<Value = Doc> {
    select(vec![Doc::Resident, Doc::Traject, Doc::Report])
}

proptest! {
    #![proptest_config(config(512))]

    /// What `ApiJson` reads: every request type, from any text.
    #[test]
    fn request_types_read_any_text_without_panicking(
        text in prop_oneof![
            any::<String>(),
            json_value().prop_map(|v| v.to_string()),
            (json_value(), select(vec!["device_id", "mutations", "cursor", "limit", "entries", "residents", "bsn", "seq"]))
                .prop_map(|(v, k)| json!({ k: v, "device_id": Uuid::nil() }).to_string()),
        ]
    ) {
        let b = text.as_bytes();
        let _ = serde_json::from_slice::<PushRequest>(b);
        let _ = serde_json::from_slice::<PullRequest>(b);
        let _ = serde_json::from_slice::<AuditUpload>(b);
        let _ = serde_json::from_slice::<CheckRequest>(b);
        let _ = serde_json::from_slice::<RecordsRequest>(b);
        let _ = serde_json::from_slice::<LoginRequest>(b);
        let _ = serde_json::from_slice::<RefreshRequest>(b);
        let _ = serde_json::from_slice::<AssignRequest>(b);
        let _ = serde_json::from_slice::<NoticesRequest>(b);
        if let Ok(r) = serde_json::from_slice::<EmergencyRequest>(b)
            && let Ok(bsn) = r.check()
        {
            prop_assert_eq!(bsn.as_str().len(), 9);
        }
    }

    /// A pushed document passes the check only when it reads back as the same record.
    #[test]
    fn the_document_check_accepts_only_records_that_read_back(
        seed in 0u64..8,
        which in any_doc(),
        edits in proptest::collection::vec(edit(), 1..3),
        other_resident in any::<bool>(),
    ) {
        let c = case(seed);
        let (kind, id, mut doc) = doc_of(&c, which);
        for e in &edits {
            doc = apply(e, doc);
        }
        let resident = if other_resident { Uuid::from_u128(7) } else { c.resident_id };
        let value = Value::Object(doc);
        if check_document(kind, &value, id, Some(resident), day()).is_ok() {
            prop_assert!(!other_resident, "a record of another resident passed");
            // The record read from the document is valid and writes back to a document
            // that passes too.
            let again = match kind {
                EntityKind::Resident => serde_json::to_value(serde_json::from_value::<werkpad_domain::Resident>(value.clone()).unwrap()),
                EntityKind::Traject => serde_json::to_value(serde_json::from_value::<werkpad_domain::Traject>(value.clone()).unwrap()),
                _ => serde_json::to_value(serde_json::from_value::<werkpad_domain::Report>(value.clone()).unwrap()),
            }
            .unwrap();
            prop_assert!(check_document(kind, &again, id, Some(resident), day()).is_ok());
        }
    }

    /// The merge applies or conflicts only fields the change sets, each at most once, and
    /// never a field whose value already agrees.
    #[test]
    fn the_merge_partitions_the_changed_fields(
        current in proptest::collection::btree_map("[a-d]", json_value(), 0..5),
        incoming in proptest::collection::btree_map("[a-e]", json_value(), 0..5),
        versions in proptest::collection::btree_map("[a-e]", any::<i64>(), 0..5),
        writers in proptest::collection::btree_map("[a-e]", (0u128..3, any::<i64>()), 0..5),
        field_bases in proptest::collection::btree_map("[a-e]", any::<i64>(), 0..3),
        own_unseen in proptest::collection::vec(any::<[i64; 2]>(), 0..3),
        base_version in any::<i64>(),
        seq in any::<i64>(),
        grouped in any::<bool>(),
    ) {
        let current: Map<String, Value> = current.into_iter().collect();
        let incoming: Map<String, Value> = incoming.into_iter().collect();
        let writers: BTreeMap<String, FieldWriter> = writers
            .into_iter()
            .map(|(k, (d, s))| (k, FieldWriter(Uuid::from_u128(d), s)))
            .collect();
        let seen = Seen {
            base_version,
            field_bases: &field_bases,
            device: Uuid::from_u128(1),
            seq,
            own_unseen: &own_unseen,
        };
        let groups: &[&[&str]] = if grouped { &[&["a", "b", "c"]] } else { &[] };
        let m = merge(&current, &versions, &writers, &incoming, &seen, groups);
        let applied: BTreeSet<&String> = m.apply.keys().collect();
        let conflicted: Vec<&String> = m.conflicts.iter().map(|c| &c.field).collect();
        let conflicted_set: BTreeSet<&String> = conflicted.iter().copied().collect();
        prop_assert_eq!(conflicted.len(), conflicted_set.len(), "a field conflicts once");
        prop_assert!(applied.is_disjoint(&conflicted_set));
        for f in applied.iter().chain(conflicted_set.iter()) {
            prop_assert!(incoming.contains_key(*f), "{} was not in the change", f);
            prop_assert_ne!(current.get(*f).unwrap_or(&Value::Null), &incoming[*f], "{} already agreed", f);
        }
        for (f, v) in &incoming {
            if current.get(f).unwrap_or(&Value::Null) != v {
                prop_assert!(applied.contains(f) || conflicted_set.contains(f), "{} got no answer", f);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Against the real server.

/// How the page's sequence numbers are chosen, relative to the device's last one.
#[derive(Debug, Clone)]
enum Seqs {
    /// last + 1, last + 2, …: new work.
    Next,
    /// Starting a few back: a retry, partly new.
    Back(u8),
    /// A gap after last.
    Gap(u8),
    /// Not consecutive, or at the ends of i64.
    Odd(Vec<i64>),
}

#[derive(Debug, Clone)]
enum Fields {
    Doc(Doc, Edit),
    Random(Value),
    Empty,
}

#[derive(Debug, Clone)]
struct MutationPlan {
    case: u64,
    entity: &'static str,
    /// Which id: the document's own, the case's resident, or a random one.
    id: u8,
    resident: u8,
    op: &'static str,
    fields: Fields,
    base_version: i64,
    field_bases: BTreeMap<String, i64>,
    own_unseen: Vec<[i64; 2]>,
    known_cursor: i64,
    purpose: Option<String>,
    made_at: i64,
}

#[derive(Debug, Clone)]
struct PagePlan {
    seqs: Seqs,
    mutations: Vec<MutationPlan>,
    /// 0: the device's own id; 1: another device's; 2: a random one.
    device: u8,
    /// Break the JSON text: cut at, or put a byte in at, this place.
    broken: Option<(Index, Option<u8>)>,
}

fn extreme() -> BoxedStrategy<i64> {
    prop_oneof![
        3 => 0i64..4,
        1 => any::<i64>(),
        1 => select(vec![i64::MIN, i64::MAX, -1, i64::MAX - 1]),
    ]
    .boxed()
}

fn mutation_plan() -> impl Strategy<Value = MutationPlan> {
    let entity = select(vec![
        "resident",
        "traject",
        "report",
        "appointment",
        "health_record",
        "employer",
        "workplace",
        "occupation",
        "pc4_area",
        "conflict",
        "",
        "résident",
    ]);
    let op = select(vec!["create", "update", "append", "delete", "void"]);
    let fields = prop_oneof![
        6 => (any_doc(), edit()).prop_map(|(d, e)| Fields::Doc(d, e)),
        1 => json_value().prop_map(Fields::Random),
        1 => Just(Fields::Empty),
    ];
    (
        (0u64..3, entity, 0u8..4, 0u8..4, op, fields),
        (
            extreme(),
            proptest::collection::btree_map("[a-z_]{1,10}", extreme(), 0..2),
            proptest::collection::vec((extreme(), extreme()).prop_map(|(a, b)| [a, b]), 0..2),
            extreme(),
            prop_oneof![
                Just(Some("guidance".to_owned())),
                Just(None),
                text().prop_map(Some)
            ],
            prop_oneof![Just(0i64), -8_000_000_000_000i64..8_000_000_000_000],
        ),
    )
        .prop_map(
            |(
                (case, entity, id, resident, op, fields),
                (base_version, field_bases, own_unseen, known_cursor, purpose, made_at),
            )| MutationPlan {
                case,
                entity,
                id,
                resident,
                op,
                fields,
                base_version,
                field_bases,
                own_unseen,
                known_cursor,
                purpose,
                made_at,
            },
        )
}

fn page_plan() -> impl Strategy<Value = PagePlan> {
    let seqs = prop_oneof![
        8 => Just(Seqs::Next),
        2 => (1u8..4).prop_map(Seqs::Back),
        1 => (2u8..9).prop_map(Seqs::Gap),
        2 => proptest::collection::vec(extreme(), 1..4).prop_map(Seqs::Odd),
        1 => Just(Seqs::Odd(vec![i64::MAX, i64::MIN])),
    ];
    (
        seqs,
        proptest::collection::vec(mutation_plan(), 0..6),
        prop_oneof![8 => Just(0u8), 1 => Just(1), 1 => Just(2)],
        prop_oneof![9 => Just(None), 1 => (any::<Index>(), any::<Option<u8>>()).prop_map(Some)],
    )
        .prop_map(|(seqs, mutations, device, broken)| PagePlan {
            seqs,
            mutations,
            device,
            broken,
        })
}

/// The JSON text of `plan` for a device whose last number is `last`.
fn page_body(plan: &PagePlan, last: i64, devices: [Uuid; 3], cases: &[Case]) -> String {
    let n = plan.mutations.len();
    let seqs: Vec<i64> = match &plan.seqs {
        Seqs::Next => (1..=n as i64).map(|i| last + i).collect(),
        Seqs::Back(k) => (0..n as i64)
            .map(|i| (last - i64::from(*k)).max(0) + 1 + i)
            .collect(),
        Seqs::Gap(k) => (0..n as i64).map(|i| last + i64::from(*k) + i).collect(),
        Seqs::Odd(v) => (0..n).map(|i| v[i % v.len()]).collect(),
    };
    let mutations: Vec<Value> = plan
        .mutations
        .iter()
        .zip(seqs)
        .map(|(m, seq)| {
            let case = &cases[usize::try_from(m.case).unwrap()];
            let (fields, own_id) = match &m.fields {
                Fields::Doc(d, e) => {
                    let (_, id, doc) = doc_of(case, *d);
                    (Value::Object(apply(e, doc)), id)
                }
                Fields::Random(v) => (v.clone(), Uuid::now_v7()),
                Fields::Empty => (json!({}), case.resident_id),
            };
            let entity_id = match m.id {
                0 => own_id,
                1 => case.resident_id,
                2 => case.traject_id,
                _ => Uuid::now_v7(),
            };
            let resident_id = match m.resident {
                0 | 1 => Some(case.resident_id),
                2 => None,
                _ => Some(Uuid::now_v7()),
            };
            json!({
                "seq": seq,
                "entity": m.entity,
                "entity_id": entity_id,
                "resident_id": resident_id,
                "op": m.op,
                "fields": fields,
                "base_version": m.base_version,
                "field_bases": m.field_bases,
                "own_unseen": m.own_unseen,
                "known_cursor": m.known_cursor,
                "purpose": m.purpose,
                "made_at": DateTime::<Utc>::from_timestamp(m.made_at, 0).unwrap_or_else(Utc::now),
            })
        })
        .collect();
    let device = devices[usize::from(plan.device)];
    let mut text = json!({"device_id": device, "mutations": mutations}).to_string();
    if let Some((at, byte)) = &plan.broken {
        let mut bytes = text.into_bytes();
        let i = at.index(bytes.len() + 1);
        match byte {
            None => bytes.truncate(i),
            Some(b) => bytes.insert(i, *b),
        }
        text = String::from_utf8_lossy(&bytes).into_owned();
    }
    text
}

/// Rows of every table a push writes, and the device's position.
async fn snapshot(pool: &PgPool, device: Uuid) -> [i64; 7] {
    let q = |sql: &'static str| async move { count(pool, sql).await };
    let (last,): (i64,) = sqlx::query_as("SELECT last_seq FROM devices WHERE id = $1")
        .bind(device)
        .fetch_one(pool)
        .await
        .unwrap();
    [
        q("SELECT count(*) FROM records").await,
        q("SELECT coalesce(sum(version), 0)::bigint FROM records").await,
        q("SELECT count(*) FROM applied_pages").await,
        q("SELECT count(*) FROM audit_log").await,
        q("SELECT count(*) FROM caseload").await,
        q("SELECT count(*) FROM caseload_events").await,
        last,
    ]
}

/// A typed answer: 2xx, or an error body with a code other than `server_error`.
fn typed(status: StatusCode, body: &Value, what: &str) {
    assert_ne!(
        status,
        StatusCode::INTERNAL_SERVER_ERROR,
        "{what}: a 500: {body}"
    );
    if !status.is_success() {
        let e: ErrorBody = serde_json::from_value(body.clone())
            .unwrap_or_else(|err| panic!("{what}: {status} without an error body ({err}): {body}"));
        assert!(
            status.is_client_error() && e.code != "server_error",
            "{what}: {status} {}",
            e.code
        );
    }
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn arbitrary_push_pages_get_typed_answers_and_store_nothing_half(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    user(&pool, "bert", Role::Jobcoach).await;
    let dev = device(&app, "anna").await;
    let other = device(&app, "bert").await;
    let devices = [dev.0, other.0, Uuid::now_v7()];
    let cases: Vec<Case> = (0..3).map(case).collect();
    let cfg = config(160);
    let mut runner = TestRunner::new(cfg.clone());
    let strategy = page_plan();
    let mut answered = 0;
    for n in 0..cfg.cases {
        let plan = strategy.new_tree(&mut runner).unwrap().current();
        let before = snapshot(&pool, dev.0).await;
        let last = before[6];
        let body = page_body(&plan, last, devices, &cases);
        let (status, answer) = raw(
            &app,
            "/api/v1/push",
            body.clone(),
            Some(&dev.1),
            Some(PROTOCOL),
        )
        .await;
        let what = format!("case {n}: {plan:?}");
        typed(status, &answer, &what);
        let after = snapshot(&pool, dev.0).await;
        if status != StatusCode::OK {
            assert_eq!(after, before, "{what}: a refused page changed the tables");
            continue;
        }
        answered += 1;
        let sent: PushRequest = serde_json::from_str(&body).expect("an answered page was valid");
        let response: PushResponse = serde_json::from_value(answer).unwrap();
        assert_eq!(
            response.results.iter().map(|r| r.seq).collect::<Vec<_>>(),
            sent.mutations.iter().map(|m| m.seq).collect::<Vec<_>>(),
            "{what}: one answer per mutation, in order"
        );
        let fresh = sent.mutations.iter().filter(|m| m.seq > last).count();
        assert_eq!(
            after[3] - before[3],
            i64::try_from(fresh).unwrap(),
            "{what}: one audit entry per new mutation"
        );
        let new_last = sent.mutations.last().map_or(last, |m| m.seq.max(last));
        assert_eq!(after[6], new_last, "{what}: the device's position");
        let all_refused = response.results.iter().all(|r| {
            matches!(
                r.outcome,
                werkpad_domain::sync::Outcome::Rejected { .. }
                    | werkpad_domain::sync::Outcome::Duplicate { .. }
            ) || matches!(
                r.outcome,
                werkpad_domain::sync::Outcome::Applied { version: 0 }
            )
        });
        if all_refused {
            assert_eq!(
                after[..2],
                before[..2],
                "{what}: refused mutations changed records"
            );
        }
    }
    assert!(
        answered > 0,
        "the generator reached the push logic (not only its refusals)"
    );
}

/// A valid body for each route, for `who` (a device id) about `resident`.
fn templates(who: Uuid, resident: Uuid) -> Vec<(&'static str, Map<String, Value>)> {
    let entry = json!({"local_id": 1, "at": "2026-06-15T10:00:00Z", "resident_id": resident,
        "action": "read", "entity": "resident", "entity_id": resident, "purpose": "guidance"});
    [
        ("pull", json!({"device_id": who, "cursor": 0, "limit": 100})),
        (
            "check",
            json!({"device_id": who, "residents": [{"resident_id": resident, "digest": "ab"}],
                   "shared": "cd", "destroyed": []}),
        ),
        (
            "records",
            json!({"device_id": who, "residents": [resident], "shared": true}),
        ),
        ("audit", json!({"device_id": who, "entries": [entry]})),
        (
            "caseload/assign",
            json!({"resident_id": resident, "coach_name": "anna", "from_coach_name": null}),
        ),
        (
            "caseload/emergency",
            json!({"device_id": who, "bsn": "123456782", "reason": "stand_in",
                   "explanation": "ziek: Anna, afspraak om 10:00"}),
        ),
        (
            "caseload/emergency/notices",
            json!({"device_id": who, "since": null}),
        ),
        (
            "login",
            json!({"user_name": "anna", "password": PASSWORD, "device_id": Uuid::now_v7(),
                   "device_name": "laptop"}),
        ),
        ("refresh", json!({"refresh_token": "not-a-token"})),
    ]
    .into_iter()
    .map(|(route, v)| (route, v.as_object().unwrap().clone()))
    .collect()
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn arbitrary_bodies_on_every_sync_route_get_typed_answers(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    user(&pool, "lead", Role::Teamleider).await;
    let dev = device(&app, "anna").await;
    let lead = device(&app, "lead").await;
    let c = case(1);
    let (status, body) = push(&app, &dev, &intake(&c, 1)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let routes = templates(dev.0, c.resident_id).len();
    // A route's valid body with a few fields replaced, removed, added or given a NUL (also
    // inside the first list entry), or any JSON at all.
    let plan = (
        0..routes,
        any::<bool>(),
        prop_oneof![
            4 => (
                proptest::collection::vec(edit(), 0..3),
                proptest::collection::vec(edit(), 0..2),
            )
                .prop_map(Ok),
            1 => json_value().prop_map(Err),
        ],
    );
    let cfg = config(256);
    let mut runner = TestRunner::new(cfg.clone());
    for n in 0..cfg.cases {
        let (route, as_lead, edits) = plan.new_tree(&mut runner).unwrap().current();
        let who = if as_lead { &lead } else { &dev };
        let (name, mut body) = templates(who.0, c.resident_id).swap_remove(route);
        let text = match edits {
            Err(any) => any.to_string(),
            Ok((outer, inner)) => {
                for list in ["entries", "residents"] {
                    if let Some(Value::Array(items)) = body.get_mut(list)
                        && let Some(Value::Object(first)) = items.first_mut()
                    {
                        for e in &inner {
                            *first = apply(e, std::mem::take(first));
                        }
                    }
                }
                for e in &outer {
                    body = apply(e, body);
                }
                Value::Object(body).to_string()
            }
        };
        let path = format!("/api/v1/{name}");
        let (status, answer) = raw(&app, &path, text.clone(), Some(&who.1), Some(PROTOCOL)).await;
        typed(status, &answer, &format!("case {n}: {path} {text:.300}"));
    }
}

/// Writes the seed corpus of the fuzz target `sync_bodies` (fuzz/corpus/sync_bodies): an
/// intake page, an update with field bases, a conflict resolution and the other routes'
/// bodies, from the real types. `cargo test -p werkpad-server --test prop_bodies --
/// --ignored write_fuzz_seeds`
#[test]
#[ignore = "writes files into fuzz/corpus"]
fn write_fuzz_seeds() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/sync_bodies");
    std::fs::create_dir_all(&dir).unwrap();
    let c = case(1);
    let device = Uuid::from_u128(42);
    let mut update = mutation(
        4,
        "resident",
        c.resident_id,
        c.resident_id,
        werkpad_domain::sync::MutationOp::Update,
        json!({"phone": "0611111111", "motivation": "Wil graag werken"})
            .as_object()
            .unwrap()
            .clone(),
        1,
    );
    update.field_bases.insert("phone".into(), 0);
    update.own_unseen.push([2, 3]);
    let resolve = mutation(
        5,
        "conflict",
        Uuid::from_u128(9),
        c.resident_id,
        werkpad_domain::sync::MutationOp::Update,
        json!({"resolution": "mine"}).as_object().unwrap().clone(),
        1,
    );
    let seeds = [
        (
            "push_intake",
            json!({"device_id": device, "mutations": intake(&c, 1)}),
        ),
        (
            "push_update",
            json!({"device_id": device, "mutations": [update, resolve]}),
        ),
        (
            "pull",
            json!({"device_id": device, "cursor": 0, "limit": 500}),
        ),
        (
            "records",
            json!({"device_id": device, "residents": [c.resident_id], "shared": true}),
        ),
        (
            "check",
            json!({"device_id": device, "residents": [{"resident_id": c.resident_id, "digest": "ab"}], "shared": "cd", "destroyed": []}),
        ),
        (
            "audit",
            json!({"device_id": device, "entries": [{"local_id": 1, "at": "2026-06-15T10:00:00Z", "resident_id": c.resident_id, "action": "read", "entity": "resident", "entity_id": c.resident_id, "purpose": "guidance"}]}),
        ),
        (
            "emergency",
            json!({"device_id": device, "bsn": "123456782", "reason": "stand_in", "explanation": "ziek: Anna, afspraak om 10:00"}),
        ),
        (
            "login",
            json!({"user_name": "anna", "password": "x", "device_id": device, "device_name": "laptop"}),
        ),
        ("resident_doc", Value::Object(c.resident.clone())),
        ("traject_doc", Value::Object(c.traject.clone())),
    ];
    for (name, body) in seeds {
        std::fs::write(dir.join(name), body.to_string()).unwrap();
    }
}

// ---------------------------------------------------------------------------------------
// Regressions the generators found (each failed before its fix).

/// Sequence numbers at the ends of i64: the consecutive check overflowed (a panic in a
/// debug build, a wrapped comparison in release).
#[sqlx::test(migrations = "../../migrations/server")]
async fn sequence_numbers_at_the_end_of_i64_are_refused_not_a_panic(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let dev = device(&app, "anna").await;
    let c = case(1);
    let mut page = intake(&c, 1);
    page[0].seq = i64::MAX;
    page[1].seq = i64::MIN;
    page.truncate(2);
    let before = snapshot(&pool, dev.0).await;
    let (status, body) = push(&app, &dev, &page).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["code"], "invalid_request");
    assert_eq!(snapshot(&pool, dev.0).await, before, "nothing stored");
}

/// PostgreSQL cannot store U+0000 in text or jsonb: a NUL in a mutation's purpose (it goes
/// to the audit log) was a 500 and a page the laptop retried for ever.
#[sqlx::test(migrations = "../../migrations/server")]
async fn a_nul_in_a_purpose_is_a_typed_refusal(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let dev = device(&app, "anna").await;
    let c = case(1);
    let mut page = intake(&c, 1);
    page[1].purpose = Some("guid\u{0}ance".into());
    let before = snapshot(&pool, dev.0).await;
    let (status, body) = push(&app, &dev, &page).await;
    typed(status, &body, "NUL in a purpose");
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(snapshot(&pool, dev.0).await, before, "nothing stored");
}

/// A NUL in a record's text (a laptop can hold one, from an import): that mutation is
/// refused as an invalid document, the rest of the page is applied, the outbox drains.
#[sqlx::test(migrations = "../../migrations/server")]
async fn a_nul_in_a_document_refuses_that_mutation_only(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let dev = device(&app, "anna").await;
    let c = case(1);
    let mut page = intake(&c, 1);
    let family = page[0].fields["name"]["family_name"]
        .as_str()
        .unwrap()
        .to_owned();
    page[0].fields["name"]["family_name"] = Value::String(format!("{family}\u{0}"));
    page.truncate(1);
    let (status, body) = push(&app, &dev, &page).await;
    typed(status, &body, "NUL in a document");
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["results"][0]["outcome"], "rejected", "{body}");
    assert_eq!(body["results"][0]["reason"], "invalid_document", "{body}");
    assert_eq!(count(&pool, "SELECT count(*) FROM records").await, 0);
    let mut page = intake(&c, 2);
    page.truncate(1);
    let (status, body) = push(&app, &dev, &page).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        body["results"][0]["outcome"], "applied",
        "the same record without the NUL: {body}"
    );
}
