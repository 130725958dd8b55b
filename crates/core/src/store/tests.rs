//! Store tests: encryption at rest, atomic writes, the outbox sequence, audit, search,
//! health access, throttled unlock, retention. Secrets in memory and a cheap Argon2 cost
//! keep them fast; the real OS keyring has its own journey test in tests/.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use werkpad_domain::{
    EndReason, HealthRecord, HealthRecordId, Purpose, Report, ReportId, ReportKind,
};

use super::health::HealthAccess;
use super::residents::Intake;
use super::secrets::MemoryBackend;
use super::writer::FaultPoint;
use super::*;
use crate::StoreError;
use crate::demo::{self, Rng};

pub(super) const PASS: &str = "correct horse battery staple";

/// A store in a temporary folder, with secrets in memory (also used by the sibling test
/// modules).
pub(super) struct Fixture {
    pub(super) dir: tempfile::TempDir,
    pub(super) config: StoreConfig,
}

impl Fixture {
    pub(super) fn new() -> Self {
        let backend: Arc<dyn SecretBackend> = Arc::new(MemoryBackend::default());
        Self {
            dir: tempfile::tempdir().unwrap(),
            config: StoreConfig {
                backend: BackendPreference::Use(backend),
                kdf: KdfParams::insecure_for_tests(),
                recovery_public_key: None,
            },
        }
    }
    pub(super) async fn create(&self) -> Store {
        Store::create(self.dir.path(), PASS, "Petra de Coach", &self.config)
            .await
            .unwrap()
    }
    pub(super) async fn unlock(&self) -> crate::Result<Store> {
        Store::unlock(self.dir.path(), PASS, &self.config).await
    }
}

pub(super) fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

pub(super) fn intake(store: &Store, seed: u64) -> Intake {
    demo::case(&mut Rng::new(seed), &store.device().coach, today()).intake
}

async fn counts(store: &Store) -> (i64, i64, i64) {
    let q = |sql: &'static str| async move {
        let (n,): (i64,) = sqlx::query_as(sql).fetch_one(store.pool()).await.unwrap();
        n
    };
    (
        q("SELECT count(*) FROM residents").await + q("SELECT count(*) FROM trajecten").await,
        q("SELECT count(*) FROM outbox").await,
        q("SELECT count(*) FROM audit_log").await,
    )
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_readable_at_rest_and_only_the_right_passphrase_opens() {
    let fx = Fixture::new();
    let store = fx.create().await;
    let mut case = intake(&store, 42);
    case.resident.name.family_name = "Öztürk".into();
    store.residents().save_intake(&case).await.unwrap();
    let bsn = case.resident.bsn.as_str().to_owned();

    // The pool is still open: the change sits in the WAL, not yet checkpointed.
    let db = store.data_dir().database();
    let wal = db.with_extension("db-wal");
    let shm = db.with_extension("db-shm");
    assert!(
        std::fs::metadata(&wal).unwrap().len() > 0,
        "the write is in the WAL"
    );
    for path in [&db, &wal, &shm] {
        let bytes = std::fs::read(path).unwrap();
        assert!(
            !contains(&bytes, bsn.as_bytes()),
            "{} holds the BSN in the clear",
            path.display()
        );
        assert!(
            !contains(&bytes, "Öztürk".as_bytes()),
            "{} holds the name",
            path.display()
        );
        assert!(
            !contains(&bytes, b"SQLite format 3"),
            "{} has a plain SQLite header",
            path.display()
        );
    }
    store.lock().await;

    let wrong = Store::unlock(fx.dir.path(), "not the passphrase", &fx.config).await;
    assert!(
        matches!(wrong, Err(StoreError::WrongPassphrase)),
        "typed error, got {wrong:?}"
    );
    let store = fx.unlock().await.unwrap();
    let back = store
        .residents()
        .resident(case.resident.id, Purpose::Guidance)
        .await
        .unwrap();
    assert_eq!(
        back, case.resident,
        "the right passphrase reads everything back"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_that_fails_half_way_leaves_nothing() {
    let fx = Fixture::new();
    let store = fx.create().await;
    for point in [
        FaultPoint::AfterRow,
        FaultPoint::AfterOutbox,
        FaultPoint::BeforeCommit,
    ] {
        store.faults().set(Some(point));
        let result = store.residents().save_intake(&intake(&store, 1)).await;
        assert!(result.is_err(), "the fault at {point:?} must surface");
        assert_eq!(
            counts(&store).await,
            (0, 0, 0),
            "no row, outbox or audit after {point:?}"
        );
    }
    store.faults().set(None);

    // A real rule failing late: the health record (third write) is invalid.
    let mut case = intake(&store, 2);
    case.health = Some(HealthRecord {
        id: HealthRecordId::new(),
        resident_id: case.resident.id,
        recorded_on: today(),
        recorded_by: store.device().coach.clone(),
        necessity: String::new(),
        summary: "Rugklachten".into(),
        work_limitations: None,
        source: None,
    });
    let result = store.residents().save_intake(&case).await;
    assert!(
        matches!(result, Err(StoreError::Validation(_))),
        "empty necessity is refused"
    );
    assert_eq!(
        counts(&store).await,
        (0, 0, 0),
        "resident and traject rolled back with it"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outbox_sequence_is_gap_free_and_survives_reopening() {
    let fx = Fixture::new();
    let store = fx.create().await;
    for seed in 0..3 {
        store
            .residents()
            .save_intake(&intake(&store, seed))
            .await
            .unwrap();
    }
    store.faults().set(Some(FaultPoint::BeforeCommit));
    assert!(
        store
            .residents()
            .save_intake(&intake(&store, 99))
            .await
            .is_err()
    );
    store.faults().set(None);
    store.lock().await;

    let store = fx.unlock().await.unwrap();
    store
        .residents()
        .save_intake(&intake(&store, 3))
        .await
        .unwrap();
    let seqs: Vec<i64> = store
        .sync()
        .outbox_pending(100)
        .await
        .unwrap()
        .iter()
        .map(|e| e.seq)
        .collect();
    assert_eq!(
        seqs,
        (1..=8).collect::<Vec<_>>(),
        "4 intakes × 2 records, numbered 1..8 without gaps"
    );
    let stats = store.sync().outbox_stats().await.unwrap();
    assert_eq!(stats.next_seq, 9, "the counter continues after reopening");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_update_sends_only_the_changed_fields_with_its_base_version() {
    let fx = Fixture::new();
    let store = fx.create().await;
    let case = intake(&store, 5);
    store.residents().save_intake(&case).await.unwrap();
    let mut changed = case.resident.clone();
    changed.motivation = Some("Wil in de zorg werken.".into());
    let written = store
        .residents()
        .save(&changed, Purpose::Guidance)
        .await
        .unwrap();
    assert_eq!(written, writer::Written::Updated);
    let last = store
        .sync()
        .outbox_pending(100)
        .await
        .unwrap()
        .pop()
        .unwrap();
    assert_eq!(last.op, "update");
    let fields: serde_json::Value = serde_json::from_str(&last.fields).unwrap();
    assert_eq!(
        fields,
        serde_json::json!({"motivation": "Wil in de zorg werken."}),
        "only what changed"
    );
    assert_eq!(last.base_version, 0, "based on the never-synced version");
    let again = store
        .residents()
        .save(&changed, Purpose::Guidance)
        .await
        .unwrap();
    assert_eq!(
        again,
        writer::Written::Unchanged,
        "saving the same data writes nothing"
    );
    assert_eq!(
        store.sync().outbox_stats().await.unwrap().pending,
        3,
        "no entry for a no-op save"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reports_are_append_only() {
    let fx = Fixture::new();
    let store = fx.create().await;
    let case = intake(&store, 6);
    store.residents().save_intake(&case).await.unwrap();
    let mut report = Report {
        id: ReportId::new(),
        resident_id: case.resident.id,
        traject_id: Some(case.traject.id),
        written_at: Utc::now(),
        author: store.device().coach.clone(),
        kind: ReportKind::Conversation,
        text: "Eerste gesprek.".into(),
    };
    store
        .residents()
        .save(&report, Purpose::Guidance)
        .await
        .unwrap();
    report.text = "Eerste gesprek (aangepast).".into();
    let edit = store.residents().save(&report, Purpose::Guidance).await;
    assert!(
        matches!(edit, Err(StoreError::AppendOnly { .. })),
        "got {edit:?}"
    );
    let entry = store
        .sync()
        .outbox_pending(100)
        .await
        .unwrap()
        .pop()
        .unwrap();
    assert_eq!(
        entry.op, "append",
        "a report travels as an append, which never conflicts"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reading_is_audited_and_health_needs_a_purpose() {
    let fx = Fixture::new();
    let store = fx.create().await;
    let mut case = intake(&store, 7);
    case.health = Some(HealthRecord {
        id: HealthRecordId::new(),
        resident_id: case.resident.id,
        recorded_on: today(),
        recorded_by: store.device().coach.clone(),
        necessity: "Nodig om passend werk te zoeken.".into(),
        summary: "Kan niet lang staan.".into(),
        work_limitations: Some("Zittend werk".into()),
        source: None,
    });
    store.residents().save_intake(&case).await.unwrap();
    let rid = case.resident.id.to_string();

    store
        .residents()
        .resident_file(case.resident.id, Purpose::Matching)
        .await
        .unwrap();
    let trail = store.audit().for_resident(&rid).await.unwrap();
    let read = trail
        .iter()
        .find(|e| e.action == "read")
        .expect("the read is audited");
    assert_eq!(
        read.purpose.as_deref(),
        Some("matching"),
        "with its purpose"
    );
    assert_eq!(
        read.actor_id,
        store.device().coach.id.to_string(),
        "and who read"
    );

    let none = store
        .residents()
        .health_records(case.resident.id, None)
        .await;
    assert!(
        matches!(none, Err(StoreError::PurposeRequired)),
        "got {none:?}"
    );
    let empty = HealthAccess {
        purpose: Purpose::Guidance,
        reason: "  ".into(),
    };
    assert!(matches!(
        store
            .residents()
            .health_records(case.resident.id, Some(&empty))
            .await,
        Err(StoreError::PurposeRequired)
    ));
    let stats = HealthAccess {
        purpose: Purpose::ManagementReports,
        reason: "rapportage".into(),
    };
    assert!(matches!(
        store
            .residents()
            .health_records(case.resident.id, Some(&stats))
            .await,
        Err(StoreError::PurposeNotAllowed { .. })
    ));
    let before = store.audit().for_resident(&rid).await.unwrap().len();
    let ok = HealthAccess {
        purpose: Purpose::Matching,
        reason: "Werkplek kiezen".into(),
    };
    let records = store
        .residents()
        .health_records(case.resident.id, Some(&ok))
        .await
        .unwrap();
    assert_eq!(records, vec![case.health.clone().unwrap()]);
    let trail = store.audit().for_resident(&rid).await.unwrap();
    assert_eq!(
        trail.len(),
        before + 1,
        "refused reads showed nothing and logged nothing"
    );
    assert_eq!(trail.last().unwrap().action, "read_health");
    let log: (String,) =
        sqlx::query_as("SELECT group_concat(coalesce(reason, ''), '|') FROM audit_log")
            .fetch_one(store.pool())
            .await
            .unwrap();
    assert!(
        !log.0.contains(case.resident.bsn.as_str()),
        "no personal data in the audit log"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_caseload_comes_in_family_name_order_from_its_index() {
    let fx = Fixture::new();
    let store = fx.create().await;
    let mut ids = std::collections::HashMap::new();
    for (seed, family) in [(1, "de Vries"), (2, "Öztürk"), (3, "bakker"), (4, "Jansen")] {
        let mut case = intake(&store, seed);
        case.resident.name.family_name = family.into();
        store.residents().save_intake(&case).await.unwrap();
        ids.insert(case.resident.id, family);
    }
    let families: Vec<&str> = store
        .residents()
        .caseload(None, 200, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|s| ids[&s.id])
        .collect();
    // Case-insensitive, as the list always was ("Ö" sorts after the ASCII letters).
    assert_eq!(families, ["bakker", "de Vries", "Jansen", "Öztürk"]);
    // Pages of two continue where the last one stopped; the count is of all of them.
    let mut paged = store.residents().caseload(None, 2, 0).await.unwrap();
    paged.extend(store.residents().caseload(None, 2, 2).await.unwrap());
    let paged: Vec<&str> = paged.into_iter().map(|s| ids[&s.id]).collect();
    assert_eq!(paged, families);
    assert_eq!(store.residents().caseload_count(None).await.unwrap(), 4);
    let first = store
        .residents()
        .caseload(None, 1, 0)
        .await
        .unwrap()
        .remove(0);
    let state = first.traject_state.expect("an intake opens a traject");
    let in_state = store
        .residents()
        .caseload(Some(&state), 200, 0)
        .await
        .unwrap()
        .len();
    assert!(in_state >= 1);
    assert_eq!(
        store
            .residents()
            .caseload_count(Some(&state))
            .await
            .unwrap(),
        in_state as i64
    );
    assert_eq!(
        store
            .residents()
            .caseload_count(Some("nazorg"))
            .await
            .unwrap(),
        0
    );
    // Read along the index, not by sorting every resident's document.
    let plan: Vec<(i64, i64, i64, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "EXPLAIN QUERY PLAN {}",
        super::search::caseload_sql()
    )))
    .bind(None::<String>)
    .bind(200)
    .bind(0)
    .fetch_all(store.pool())
    .await
    .unwrap();
    // The outer query's steps (parent 0); the per-resident subqueries sort their own few rows.
    let outer: Vec<&str> = plan
        .iter()
        .filter(|r| r.1 == 0)
        .map(|r| r.3.as_str())
        .collect();
    assert!(
        outer.contains(&"SCAN r USING INDEX residents_family_name"),
        "{plan:?}"
    );
    assert!(
        !outer.iter().any(|d| d.contains("TEMP B-TREE FOR ORDER BY")),
        "{plan:?}"
    );
    store.lock().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_ignores_diacritics_and_finds_bsn_and_postcode() {
    let fx = Fixture::new();
    let store = fx.create().await;
    let mut case = intake(&store, 8);
    case.resident.name.given_names = "Çağlar".into();
    case.resident.name.family_name = "Öztürk".into();
    store.residents().save_intake(&case).await.unwrap();
    for seed in 100..120 {
        let mut other = intake(&store, seed);
        other.resident.name.family_name = "Jansen".into();
        store.residents().save_intake(&other).await.unwrap();
    }
    let id = case.resident.id;
    let find = |q: &'static str| {
        let store = &store;
        async move {
            store
                .residents()
                .search(q, 10)
                .await
                .unwrap()
                .into_iter()
                .map(|s| s.id)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(find("Ozturk").await, vec![id], "Ozturk finds Öztürk");
    assert_eq!(
        find("caglar ozt").await,
        vec![id],
        "prefixes, diacritics folded"
    );
    let bsn: &'static str = Box::leak(case.resident.bsn.as_str().to_owned().into_boxed_str());
    assert!(find(bsn).await.contains(&id), "by BSN");
    let pc = case.resident.address.postcode.as_str().to_owned();
    let spaced: &'static str =
        Box::leak(format!("{} {}", &pc[..4], pc[4..].to_lowercase()).into_boxed_str());
    assert!(
        find(spaced).await.contains(&id),
        "by postcode typed as '1234 ab'"
    );
    assert!(find("Pietersen").await.is_empty(), "no false hits");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeated_failures_slow_down_and_a_success_resets() {
    let fx = Fixture::new();
    fx.create().await.lock().await;
    let t0 = Utc
        .with_ymd_and_hms(2026, 11, 28, 9, 0, 0)
        .single()
        .unwrap();
    for _ in 0..3 {
        let r = Store::unlock_at(fx.dir.path(), "wrong wrong wrong", &fx.config, t0).await;
        assert!(matches!(r, Err(StoreError::WrongPassphrase)));
    }
    let r = Store::unlock_at(fx.dir.path(), PASS, &fx.config, t0).await;
    assert!(
        matches!(
            r,
            Err(StoreError::TooManyAttempts {
                retry_after_secs: 1
            })
        ),
        "right after three failures even the right passphrase waits: {r:?}"
    );
    let later = t0 + Duration::seconds(2);
    let store = Store::unlock_at(fx.dir.path(), PASS, &fx.config, later)
        .await
        .unwrap();
    store.lock().await;
    let meta = meta::StoreMeta::load(&DataDir::new(fx.dir.path())).unwrap();
    assert_eq!(meta.failed_unlocks, 0, "a success resets the counter");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changing_the_passphrase_keeps_the_data() {
    let fx = Fixture::new();
    let store = fx.create().await;
    let case = intake(&store, 9);
    store.residents().save_intake(&case).await.unwrap();
    let weak = store.change_passphrase(PASS, "short", &fx.config).await;
    assert!(matches!(weak, Err(StoreError::WeakPassphrase { .. })));
    let store = fx.unlock().await.unwrap();
    let store = store
        .change_passphrase(PASS, "a new long passphrase", &fx.config)
        .await
        .unwrap();
    assert_eq!(
        store.residents().resident_count().await.unwrap(),
        1,
        "the re-keyed store is open and whole"
    );
    store.lock().await;
    assert!(
        matches!(fx.unlock().await, Err(StoreError::WrongPassphrase)),
        "old one no longer works"
    );
    let store = Store::unlock(fx.dir.path(), "a new long passphrase", &fx.config)
        .await
        .unwrap();
    assert_eq!(store.residents().resident_count().await.unwrap(), 1);
    store.lock().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retention_destroys_expired_files_and_keeps_proof() {
    let fx = Fixture::new();
    let store = fx.create().await;
    let coach = store.device().coach.clone();
    let mut aborted = intake(&store, 10);
    let ended_on = today() - Duration::days(42);
    aborted
        .traject
        .end(
            EndReason::Afgebroken,
            ended_on,
            coach.clone(),
            "Gestopt.".into(),
        )
        .unwrap();
    let mut recent = intake(&store, 11);
    recent
        .traject
        .end(
            EndReason::Afgebroken,
            today() - Duration::days(41),
            coach.clone(),
            "Gestopt.".into(),
        )
        .unwrap();
    let active = intake(&store, 12);
    for case in [&aborted, &recent, &active] {
        store.residents().save_intake(case).await.unwrap();
    }
    let report = store.upkeep().purge_expired(today()).await.unwrap();
    assert_eq!(
        (report.destroyed.len(), report.waiting_for_sync),
        (0, 1),
        "a due file whose changes (the ending itself) have not reached the server waits"
    );
    // The server answers the push: the entries keep only their field names.
    sqlx::query(
        "UPDATE outbox SET acked_at = 'now', fields = '{}',
             field_names = '[\"name\"]' WHERE acked_at IS NULL",
    )
    .execute(store.pool())
    .await
    .unwrap();
    let report = store.upkeep().purge_expired(today()).await.unwrap();
    assert_eq!(
        report.destroyed,
        vec![aborted.resident.id],
        "42 days after an abort, only that file goes"
    );
    assert_eq!(store.residents().resident_count().await.unwrap(), 2);
    assert!(
        store
            .residents()
            .search(&aborted.resident.name.family_name, 50)
            .await
            .unwrap()
            .iter()
            .all(|s| s.id != aborted.resident.id)
    );
    let rid = aborted.resident.id.to_string();
    let (outbox,): (i64,) = sqlx::query_as("SELECT count(*) FROM outbox WHERE resident_id = ?")
        .bind(&rid)
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(outbox, 0, "the answered entries of a destroyed file go too");
    let (tombstones,): (i64,) =
        sqlx::query_as("SELECT count(*) FROM destroyed_residents WHERE resident_id = ?")
            .bind(&rid)
            .fetch_one(store.pool())
            .await
            .unwrap();
    assert_eq!(
        tombstones, 1,
        "a destroyed file is not taken back from the server"
    );
    let trail = store.audit().for_resident(&rid).await.unwrap();
    assert_eq!(
        trail.last().unwrap().action,
        "destroy",
        "destruction is provable"
    );
    let (count,): (i64,) = sqlx::query_as("SELECT count FROM destruction_log")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(count, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_purge_leaves_no_bsn_or_name_in_the_search_index_or_anywhere_else() {
    let fx = Fixture::new();
    let store = fx.create().await;
    demo::populate(&store, 300, 7, today()).await.unwrap();
    // Some residents change their names (the index deletes and re-adds their entries).
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT id, data FROM residents ORDER BY id")
        .fetch_all(store.pool())
        .await
        .unwrap();
    for (id, _) in rows.iter().step_by(7) {
        let mut r = store
            .residents()
            .resident(
                werkpad_domain::ResidentId::from_uuid(uuid::Uuid::parse_str(id).unwrap()),
                werkpad_domain::Purpose::Guidance,
            )
            .await
            .unwrap();
        r.name.given_names = format!("{} Ånne", r.name.given_names);
        store
            .residents()
            .save(&r, werkpad_domain::Purpose::Guidance)
            .await
            .unwrap();
    }
    // The server has answered every change: the outbox keeps field names only.
    sqlx::query("UPDATE outbox SET acked_at = 'now', fields = '{}' WHERE acked_at IS NULL")
        .execute(store.pool())
        .await
        .unwrap();
    let gone: Vec<(String, String)> = rows.iter().step_by(3).cloned().collect();
    let ids: Vec<String> = gone.iter().map(|(id, _)| id.clone()).collect();
    let mut tx = store.pool().begin().await.unwrap();
    let purged = purge::purge_in(&store, &mut tx, &ids, purge::PurgeRule::CaseloadLeft)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(purged.len(), ids.len());
    store.after_purge().await.unwrap();
    let needles: Vec<Vec<u8>> = gone
        .iter()
        .map(|(_, data)| {
            let v: serde_json::Value = serde_json::from_str(data).unwrap();
            v["bsn"].as_str().unwrap().as_bytes().to_vec()
        })
        .collect();
    let found = store.upkeep().leftovers(&needles).await.unwrap();
    assert!(
        found.is_empty(),
        "no BSN of a purged resident in any table, the search index's included: {found:?}"
    );
    let doctor = store.upkeep().doctor().await.unwrap();
    assert_eq!(doctor.search_index, "ok");
}

/// A conflict about health data (special category) shows in the inbox without its values;
/// they open only with a purpose that can justify health data and a reason, and that read
/// is audited like every other read of health data.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_health_conflict_opens_only_with_a_purpose_and_a_reason() {
    let fx = Fixture::new();
    let store = fx.create().await;
    let case = intake(&store, 41);
    let resident = case.resident.id.to_string();
    store.residents().save_intake(&case).await.unwrap();
    let doc = werkpad_domain::sync::ConflictDoc {
        entity: "health_record".into(),
        entity_id: uuid::Uuid::now_v7(),
        field: "summary".into(),
        mine: serde_json::json!("Rugklachten, tilt niet meer dan 10 kg"),
        theirs: serde_json::json!("Rugklachten"),
        device_id: uuid::Uuid::now_v7(),
        theirs_by: None,
        created_at: Utc::now(),
        status: "open".into(),
        resolution: None,
    };
    sqlx::query("INSERT INTO sync_conflicts (id, resident_id, version, data) VALUES (?, ?, 1, ?)")
        .bind("c-health")
        .bind(&resident)
        .bind(serde_json::to_string(&doc).unwrap())
        .execute(store.pool())
        .await
        .unwrap();
    let reads = |store: &Store| {
        let pool = store.pool().clone();
        async move {
            let (n,): (i64,) =
                sqlx::query_as("SELECT count(*) FROM audit_log WHERE action = 'read_health'")
                    .fetch_one(&pool)
                    .await
                    .unwrap();
            n
        }
    };
    let before = reads(&store).await;

    let listed = store.sync().conflicts().await.unwrap();
    assert_eq!(listed.len(), 1);
    assert!(listed[0].restricted);
    assert_eq!(
        listed[0].mine,
        serde_json::Value::Null,
        "no health value in the list"
    );
    assert_eq!(listed[0].theirs, serde_json::Value::Null);

    let none = store.sync().open_conflict("c-health", None).await;
    assert!(matches!(none, Err(StoreError::PurposeRequired)), "{none:?}");
    let blank = HealthAccess {
        purpose: Purpose::Guidance,
        reason: "   ".into(),
    };
    assert!(matches!(
        store.sync().open_conflict("c-health", Some(&blank)).await,
        Err(StoreError::PurposeRequired)
    ));
    let statistics = HealthAccess {
        purpose: Purpose::ManagementReports,
        reason: "Voor de cijfers".into(),
    };
    assert!(matches!(
        store
            .sync()
            .open_conflict("c-health", Some(&statistics))
            .await,
        Err(StoreError::PurposeNotAllowed { .. })
    ));
    assert_eq!(reads(&store).await, before, "a refused read is not a read");

    let why = HealthAccess {
        purpose: Purpose::Guidance,
        reason: "Conflict over de belastbaarheid oplossen".into(),
    };
    let opened = store
        .sync()
        .open_conflict("c-health", Some(&why))
        .await
        .unwrap();
    assert_eq!(opened.mine, doc.mine);
    assert_eq!(opened.theirs, doc.theirs);
    assert_eq!(reads(&store).await, before + 1, "the read is audited");
    store.lock().await;
}

/// A resident's request about their data: recorded with a deadline one month later, its
/// rules checked by the backend, answered once by the signed-in coach, synced and audited.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rights_request_gets_its_deadline_and_one_named_answer() {
    use werkpad_domain::forms::{RightsDecisionInput, RightsRequestInput};
    let fx = Fixture::new();
    let store = fx.create().await;
    let case = intake(&store, 42);
    let resident = case.resident.id;
    store.residents().save_intake(&case).await.unwrap();

    let empty = RightsRequestInput {
        kind: Some("erasure".into()),
        received_on: Some("31-01-2027".into()),
        summary: Some("  ".into()),
    };
    let err = store
        .residents()
        .add_rights_request(resident, &empty)
        .await
        .unwrap_err();
    let StoreError::Validation(errors) = err else {
        panic!("typed validation error")
    };
    assert!(errors.iter().any(|e| e.field == "summary"), "{errors:?}");

    let input = RightsRequestInput {
        summary: Some("Wil dat het oude adres gewist wordt".into()),
        ..empty
    };
    let file = store
        .residents()
        .add_rights_request(resident, &input)
        .await
        .unwrap();
    assert_eq!(file.rights_requests.len(), 1);
    let request = file.rights_requests[0].clone();
    assert_eq!(
        request.due_on,
        NaiveDate::from_ymd_opt(2027, 2, 28).unwrap(),
        "one calendar month after 31 January"
    );

    let no_reasons = RightsDecisionInput {
        outcome: Some("refused".into()),
        decided_on: Some("10-02-2027".into()),
        reasoning: None,
    };
    assert!(
        store
            .residents()
            .decide_rights_request(resident, request.id, &no_reasons)
            .await
            .is_err(),
        "no decision without reasons"
    );
    let answer = RightsDecisionInput {
        reasoning: Some("Het adres moet bewaard blijven zolang het traject loopt.".into()),
        ..no_reasons
    };
    let file = store
        .residents()
        .decide_rights_request(resident, request.id, &answer)
        .await
        .unwrap();
    let decision = file.rights_requests[0].decision.clone().expect("decided");
    assert_eq!(decision.decided_by.name, "Petra de Coach");
    assert!(
        store
            .residents()
            .decide_rights_request(resident, request.id, &answer)
            .await
            .is_err(),
        "answered once"
    );
    let (outbox,): (i64,) =
        sqlx::query_as("SELECT count(*) FROM outbox WHERE entity = 'rights_request'")
            .fetch_one(store.pool())
            .await
            .unwrap();
    assert_eq!(outbox, 2, "the request and its answer both sync");
    store.lock().await;
}
