//! The nine ways the first sync failed a coach's real week (issue 18), each as a named
//! journey against the real server and PostgreSQL, with real encrypted laptop stores and a
//! network that can lose a request (tests/sim). The seeded simulation covers them in
//! random combinations; these pin each one down.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::BTreeMap;

use chrono::{Duration, Utc};
use serde_json::Value;
use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;
use uuid::Uuid;
use werkpad_core::Store;
use werkpad_core::demo::{self, Rng};
use werkpad_core::store::residents::Intake;
use werkpad_core::sync::{SyncReport, engine};
use werkpad_domain::sync::Role;
use werkpad_domain::{
    EndReason, EntityKind, HealthRecord, HealthRecordId, Purpose, Report, ReportId, ReportKind,
    ResidentId, TrajectState,
};
use werkpad_journeys::sim::proxy::{NetFault, Proxy};
use werkpad_journeys::sim::world::{Laptop, Server};
use werkpad_journeys::{PASSWORD, cluster_url, drop_database, fresh_database};
use werkpad_server::admin;
use werkpad_server::sync::caseload;

/// A team on a fresh database: the server behind a proxy, users by name.
struct Team {
    pool: PgPool,
    db_url: String,
    server: Server,
    proxy: Proxy,
    root: tempfile::TempDir,
    users: BTreeMap<&'static str, Uuid>,
}

impl Team {
    async fn new(users: &[(&'static str, Role)]) -> Self {
        let (pool, db_url) = fresh_database().await;
        let mut ids = BTreeMap::new();
        for (name, role) in users {
            ids.insert(
                *name,
                admin::user_add(&pool, name, name, *role, PASSWORD)
                    .await
                    .unwrap(),
            );
        }
        // One team: its lead sees every coach's files.
        admin::team_add(&pool, "Noord").await.unwrap();
        for (name, _) in users {
            admin::user_set_team(&pool, name, Some("Noord"))
                .await
                .unwrap();
        }
        let server = Server::start(pool.clone()).await;
        let proxy = Proxy::start(server.addr).await;
        Self {
            pool,
            db_url,
            server,
            proxy,
            root: tempfile::tempdir().unwrap(),
            users: ids,
        }
    }

    async fn laptop(&self, name: &str, user: &str) -> Laptop {
        Laptop::new(name, user, self.root.path().join(name), &self.proxy.url()).await
    }

    async fn round(&self, l: &Laptop) -> SyncReport {
        engine::round(l.store(), today(), &|_| {})
            .await
            .unwrap_or_else(|f| panic!("{}: round failed: {f}", l.name))
    }

    async fn doc(&self, entity: &str, id: Uuid) -> Value {
        let (doc,): (sqlx::types::Json<Value>,) =
            sqlx::query_as("SELECT doc FROM records WHERE entity = $1 AND id = $2")
                .bind(entity)
                .bind(id)
                .fetch_one(&self.pool)
                .await
                .unwrap();
        doc.0
    }

    async fn count(&self, sql: &str) -> i64 {
        let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(sql.to_owned()))
            .fetch_one(&self.pool)
            .await
            .unwrap();
        n
    }

    async fn end(self, laptops: Vec<Laptop>) {
        for mut l in laptops {
            l.close().await;
        }
        self.server.stop();
        self.pool.close().await;
        drop_database(&self.db_url).await;
    }
}

fn today() -> chrono::NaiveDate {
    Utc::now().date_naive()
}

/// Take a resident in on `l` (offline); returns the intake.
async fn intake(l: &Laptop, seed: u64) -> Intake {
    let store = l.store();
    let coach = store.device().coach.clone();
    let case = demo::case(&mut Rng::new(seed), &coach, today()).intake;
    store.residents().save_intake(&case).await.unwrap();
    case
}

/// Set the motivation of resident `id` on `l`.
async fn set_motivation(l: &Laptop, id: ResidentId, text: &str) {
    let store = l.store();
    let mut r = store
        .residents()
        .resident(id, Purpose::Guidance)
        .await
        .unwrap();
    r.motivation = Some(text.to_owned());
    store.residents().save(&r, Purpose::Guidance).await.unwrap();
}

/// Set the phone of resident `id` on `l`.
async fn set_phone(l: &Laptop, id: ResidentId, phone: &str) {
    let store = l.store();
    let mut r = store
        .residents()
        .resident(id, Purpose::Guidance)
        .await
        .unwrap();
    r.phone = Some(werkpad_domain::PhoneNumber::parse(phone).unwrap());
    store.residents().save(&r, Purpose::Guidance).await.unwrap();
}

async fn open_conflicts(team: &Team) -> i64 {
    team.count("SELECT count(*) FROM records WHERE entity = 'conflict' AND doc->>'status' = 'open'")
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s1_offline_intake_edited_and_moved_on_never_conflicts_with_itself() {
    let team = Team::new(&[("anna", Role::Jobcoach)]).await;
    let a = team.laptop("anna-1", "anna").await;
    let case = intake(&a, 1).await;
    let id = case.resident.id;
    set_motivation(&a, id, "Eerste versie").await;
    set_motivation(&a, id, "Tweede versie, na een tikfout").await;
    let next = case
        .traject
        .state
        .next_states()
        .first()
        .copied()
        .unwrap_or(TrajectState::Ended);
    if next != TrajectState::Ended {
        a.store()
            .residents()
            .transition_traject(id, case.traject.id, next, today(), None)
            .await
            .unwrap();
    }
    let report = team.round(&a).await;
    assert_eq!(
        report.push.conflicts, 0,
        "no conflict of a coach with herself"
    );
    let doc = team.doc("resident", id.as_uuid()).await;
    assert_eq!(doc["motivation"], "Tweede versie, na een tikfout");
    assert_eq!(
        team.doc("traject", case.traject.id.as_uuid()).await["state"],
        next.as_str()
    );
    // A synced record: a typo corrected twice, offline.
    set_phone(&a, id, "0611111111").await;
    set_phone(&a, id, "0622222222").await;
    let report = team.round(&a).await;
    assert_eq!(report.push.conflicts, 0);
    assert_eq!(open_conflicts(&team).await, 0);
    assert_eq!(
        team.doc("resident", id.as_uuid()).await["phone"],
        "+31622222222",
        "the server keeps the last save, not the first"
    );
    team.end(vec![a]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s2_after_a_failed_pull_the_next_edit_does_not_overwrite_what_it_never_saw() {
    let team = Team::new(&[("anna", Role::Jobcoach)]).await;
    let a = team.laptop("anna-1", "anna").await;
    let b = team.laptop("anna-2", "anna").await;
    let id = intake(&a, 2).await.resident.id;
    team.round(&a).await;
    team.round(&b).await;
    set_phone(&b, id, "0633333333").await;
    team.round(&b).await;
    // A pushes another field; its pull is lost on the way.
    set_motivation(&a, id, "Wil in de zorg werken").await;
    team.proxy.arm(1, NetFault::DropRequest);
    assert!(
        engine::round(a.store(), today(), &|_| {}).await.is_err(),
        "the pull failed"
    );
    team.proxy.clear();
    // A, which never saw B's phone number, types another one.
    set_phone(&a, id, "0644444444").await;
    let report = team.round(&a).await;
    assert_eq!(
        report.push.conflicts, 1,
        "a conflict, not a silent overwrite"
    );
    assert_eq!(
        team.doc("resident", id.as_uuid()).await["phone"],
        "+31633333333",
        "the server keeps B's value until a person chooses"
    );
    team.end(vec![a, b]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_a_backdated_abort_is_sent_before_the_file_is_destroyed_and_sync_goes_on() {
    let team = Team::new(&[("anna", Role::Jobcoach)]).await;
    let mut a = team.laptop("anna-1", "anna").await;
    let case = intake(&a, 3).await;
    team.round(&a).await;
    let ended_on = (today() - Duration::days(60)).max(case.traject.started_on);
    a.store()
        .residents()
        .end_traject(
            case.resident.id,
            case.traject.id,
            EndReason::Afgebroken,
            ended_on,
            "Gestopt.".into(),
        )
        .await
        .unwrap();
    // The laptop is locked and unlocked (retention runs) before it is online again.
    a.close().await;
    a.open().await.unwrap();
    let waiting = a.store().residents().resident_count().await.unwrap();
    assert_eq!(
        waiting, 1,
        "the file waits until its ending has reached the server"
    );
    let report = team.round(&a).await;
    assert_eq!(report.push.rejected, 0);
    assert!(
        ended_on + Duration::days(42) <= today(),
        "the demo case of this seed started long enough ago"
    );
    assert_eq!(report.destroyed, 1, "then it is destroyed");
    assert_eq!(a.store().residents().resident_count().await.unwrap(), 0);
    assert_eq!(
        team.doc("traject", case.traject.id.as_uuid()).await["state"],
        "ended",
        "the server has the ending"
    );
    let again = team.round(&a).await;
    assert_eq!(again.pull.received, 0, "and sync goes on, without gaps");
    team.end(vec![a]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s4_changes_this_laptop_cannot_store_do_not_stop_the_pull() {
    let team = Team::new(&[
        ("anna", Role::Jobcoach),
        ("bram", Role::Jobcoach),
        ("tessa", Role::Teamleider),
    ])
    .await;
    let a = team.laptop("anna-1", "anna").await;
    let b = team.laptop("bram-1", "bram").await;
    let t = team.laptop("tessa-1", "tessa").await;
    // Two coaches take the same person in offline: one BSN, two files.
    let first = intake(&a, 4).await;
    let mut second = demo::case(&mut Rng::new(5), &b.store().device().coach, today()).intake;
    second.resident.bsn = first.resident.bsn.clone();
    b.store().residents().save_intake(&second).await.unwrap();
    team.round(&a).await;
    team.round(&b).await;
    let report = team.round(&t).await;
    assert_eq!(report.pull.set_aside, 0);
    assert_eq!(
        t.store().residents().resident_count().await.unwrap(),
        2,
        "the team lead receives both files, to merge them"
    );
    // A resident destroyed here by retention still gets a report: Anna's other laptop
    // wrote it offline, before it learned of the ending.
    let a2 = team.laptop("anna-2", "anna").await;
    team.round(&a2).await;
    let note = Report {
        id: ReportId::new(),
        resident_id: first.resident.id,
        traject_id: None,
        written_at: Utc::now(),
        author: a2.store().device().coach.clone(),
        kind: ReportKind::Conversation,
        text: "Nagekomen notitie.".into(),
    };
    a2.store()
        .residents()
        .save(&note, Purpose::Guidance)
        .await
        .unwrap();
    let ended_on = (today() - Duration::days(60)).max(first.traject.started_on);
    a.store()
        .residents()
        .end_traject(
            first.resident.id,
            first.traject.id,
            EndReason::Afgebroken,
            ended_on,
            "Gestopt.".into(),
        )
        .await
        .unwrap();
    let report = team.round(&a).await;
    assert!(
        ended_on + Duration::days(42) <= today(),
        "the demo case of this seed started long enough ago"
    );
    assert_eq!(report.destroyed, 1);
    let late = team.round(&a2).await;
    assert_eq!(late.push.rejected, 0, "the late report is accepted");
    let report = team.round(&a).await;
    assert_eq!(report.pull.set_aside, 0);
    assert_eq!(
        report.check.repairs(),
        0,
        "not taken back, not repaired back"
    );
    let again = team.round(&a).await;
    assert_eq!(again.check.repairs(), 0);
    assert_eq!(a.store().residents().resident_count().await.unwrap(), 0);
    let mut a2 = a2;
    a2.close().await;
    team.end(vec![a, b, t]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s5_answered_changes_and_purged_files_leave_no_personal_data() {
    let team = Team::new(&[("anna", Role::Jobcoach)]).await;
    let a = team.laptop("anna-1", "anna").await;
    let case = intake(&a, 6).await;
    let health = HealthRecord {
        id: HealthRecordId::new(),
        resident_id: case.resident.id,
        recorded_on: today(),
        recorded_by: a.store().device().coach.clone(),
        necessity: "Nodig voor passend werk.".into(),
        summary: "Hernia-klachten".into(),
        work_limitations: None,
        source: None,
    };
    a.store()
        .residents()
        .save(&health, Purpose::Guidance)
        .await
        .unwrap();
    team.round(&a).await;
    let bsn = case.resident.bsn.to_string().into_bytes();
    let family = case.resident.name.family_name.to_lowercase().into_bytes();
    let found = a
        .store()
        .upkeep()
        .leftovers(&[bsn.clone(), b"Hernia".to_vec()])
        .await
        .unwrap();
    assert!(
        found.iter().all(|f| f.place != "outbox"),
        "an answered change keeps only field names: {found:?}"
    );
    caseload::unassign(
        &team.pool,
        case.resident.id.as_uuid(),
        team.users["anna"],
        None,
    )
    .await
    .unwrap();
    let report = team.round(&a).await;
    assert_eq!(report.pull.purged, 1);
    let found = a
        .store()
        .upkeep()
        .leftovers(&[bsn, family, b"Hernia".to_vec()])
        .await
        .unwrap();
    assert!(
        found.is_empty(),
        "no BSN, name or health text anywhere (search index included): {found:?}"
    );
    team.end(vec![a]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s6_work_done_before_a_hand_over_reaches_the_new_coach() {
    let team = Team::new(&[("anna", Role::Jobcoach), ("bram", Role::Jobcoach)]).await;
    let a = team.laptop("anna-1", "anna").await;
    let b = team.laptop("bram-1", "bram").await;
    let id = intake(&a, 7).await.resident.id;
    team.round(&a).await;
    // Offline at a resident's home: a report and a new motivation.
    let note = Report {
        id: ReportId::new(),
        resident_id: id,
        traject_id: None,
        written_at: Utc::now(),
        author: a.store().device().coach.clone(),
        kind: ReportKind::Conversation,
        text: "Huisbezoek: wil in de techniek.".into(),
    };
    a.store()
        .residents()
        .save(&note, Purpose::Guidance)
        .await
        .unwrap();
    set_motivation(&a, id, "Techniek").await;
    // Meanwhile the team lead hands the resident over to Bram.
    caseload::unassign(&team.pool, id.as_uuid(), team.users["anna"], None)
        .await
        .unwrap();
    caseload::assign(&team.pool, id.as_uuid(), team.users["bram"], None)
        .await
        .unwrap();
    let report = team.round(&a).await;
    assert_eq!(report.push.rejected, 0, "her work is accepted");
    assert_eq!(report.pull.purged, 1, "and the file leaves her laptop");
    team.round(&b).await;
    let file = b
        .store()
        .residents()
        .resident_file(id, Purpose::Guidance)
        .await
        .unwrap();
    assert_eq!(file.resident.motivation.as_deref(), Some("Techniek"));
    assert!(
        file.reports.iter().any(|r| r.id == note.id),
        "Bram has her report"
    );
    team.end(vec![a, b]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s7_five_hundred_long_reports_go_in_pages_the_server_accepts() {
    let team = Team::new(&[("anna", Role::Jobcoach)]).await;
    let a = team.laptop("anna-1", "anna").await;
    let id = intake(&a, 8).await.resident.id;
    let coach = a.store().device().coach.clone();
    let text = "Lang verslag — één regel met ‘tekens’. ".repeat(480);
    let mut w = a.store().writer(Purpose::Guidance).await.unwrap();
    for _ in 0..500 {
        w.put(&Report {
            id: ReportId::new(),
            resident_id: id,
            traject_id: None,
            written_at: Utc::now(),
            author: coach.clone(),
            kind: ReportKind::Conversation,
            text: text.clone(),
        })
        .await
        .unwrap();
    }
    w.commit().await.unwrap();
    let report = team.round(&a).await;
    assert_eq!(
        report.push.applied, 502,
        "every report (and the intake) arrived"
    );
    assert_eq!(a.store().sync().outbox_stats().await.unwrap().pending, 0);
    team.end(vec![a]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s8a_a_laptop_restored_from_an_older_copy_loses_none_of_its_new_work() {
    let team = Team::new(&[("anna", Role::Jobcoach)]).await;
    let mut a = team.laptop("anna-1", "anna").await;
    let id = intake(&a, 9).await.resident.id;
    team.round(&a).await;
    a.take_snapshot(team.root.path().join("backup"), 0)
        .await
        .unwrap();
    set_motivation(&a, id, "Na de back-up, verstuurd").await;
    team.round(&a).await;
    a.restore_snapshot().await.unwrap();
    // New work on the restored laptop reuses numbers the server has applied.
    set_phone(&a, id, "0655555555").await;
    a.store()
        .sync()
        .login(&team.proxy.url(), "anna", PASSWORD)
        .await
        .unwrap();
    let report = team.round(&a).await;
    assert!(report.push.renumbered > 0, "numbered again: {report:?}");
    let doc = team.doc("resident", id.as_uuid()).await;
    assert_eq!(
        doc["phone"], "+31655555555",
        "the new work is on the server"
    );
    assert_eq!(doc["motivation"], "Na de back-up, verstuurd");
    let (n, distinct): (i64, i64) = sqlx::query_as(
        "SELECT count(*), count(DISTINCT mutation_seq) FROM audit_log
         WHERE device_id = $1 AND mutation_seq IS NOT NULL",
    )
    .bind(a.device)
    .fetch_one(&team.pool)
    .await
    .unwrap();
    assert_eq!(n, distinct, "each change once");
    team.end(vec![a]).await;
}

async fn read_file(l: &Laptop, id: ResidentId) {
    l.store()
        .residents()
        .resident_file(id, Purpose::Guidance)
        .await
        .unwrap();
}

/// Reads of a file on a laptop restored from an older copy reach the FG's log: the restored
/// access log numbers its new entries again from where the copy stopped, numbers the server
/// already stored for that device before the restore.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s8c_reads_on_a_restored_laptop_reach_the_access_log() {
    let team = Team::new(&[("anna", Role::Jobcoach)]).await;
    let mut a = team.laptop("anna-1", "anna").await;
    let id = intake(&a, 10).await.resident.id;
    team.round(&a).await;
    a.take_snapshot(team.root.path().join("backup"), 0)
        .await
        .unwrap();
    read_file(&a, id).await;
    team.round(&a).await;
    a.restore_snapshot().await.unwrap();
    read_file(&a, id).await;
    read_file(&a, id).await;
    a.store()
        .sync()
        .login(&team.proxy.url(), "anna", PASSWORD)
        .await
        .unwrap();
    team.round(&a).await;
    let reads = werkpad_server::fg_report::for_resident(&team.pool, id.as_uuid())
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.action == "laptop_read")
        .count();
    assert_eq!(reads, 3, "one read before the restore, two after it");
    team.end(vec![a]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s8b_a_server_restored_from_a_backup_gets_the_lost_work_again() {
    let mut team = Team::new(&[("anna", Role::Jobcoach)]).await;
    let a = team.laptop("anna-1", "anna").await;
    let id = intake(&a, 10).await.resident.id;
    team.round(&a).await;
    // Back up the server's database.
    let name = team.db_url.rsplit('/').next().unwrap().to_owned();
    let backup = format!("{name}_backup");
    team.server.stop();
    team.pool.close().await;
    let admin = PgPoolOptions::new()
        .max_connections(1)
        .connect(&cluster_url())
        .await
        .unwrap();
    let exec = |sql: String| {
        let admin = admin.clone();
        async move {
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&admin)
                .await
                .unwrap();
        }
    };
    exec(format!("CREATE DATABASE {backup} TEMPLATE {name}")).await;
    let reopen = |url: String| async move {
        PgPoolOptions::new()
            .max_connections(8)
            .connect(&url)
            .await
            .unwrap()
    };
    team.pool = reopen(team.db_url.clone()).await;
    team.server = Server::start(team.pool.clone()).await;
    team.proxy.set_upstream(team.server.addr);
    set_motivation(&a, id, "Na de back-up van de server").await;
    team.round(&a).await;
    // The server is restored from the backup: that change is gone from it.
    team.server.stop();
    team.pool.close().await;
    exec(format!("DROP DATABASE {name} WITH (FORCE)")).await;
    exec(format!("CREATE DATABASE {name} TEMPLATE {backup}")).await;
    exec(format!("DROP DATABASE {backup}")).await;
    admin.close().await;
    team.pool = reopen(team.db_url.clone()).await;
    team.server = Server::start(team.pool.clone()).await;
    team.proxy.set_upstream(team.server.addr);
    set_phone(&a, id, "0666666666").await;
    let report = team.round(&a).await;
    assert!(
        report.push.resent > 0,
        "the lost change is sent again: {report:?}"
    );
    let doc = team.doc("resident", id.as_uuid()).await;
    assert_eq!(doc["motivation"], "Na de back-up van de server");
    assert_eq!(doc["phone"], "+31666666666");
    assert_eq!(a.store().sync().outbox_stats().await.unwrap().pending, 0);
    team.end(vec![a]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s9_a_changed_role_or_a_closed_account_keeps_nothing_it_may_not_hold() {
    let team = Team::new(&[("anna", Role::Jobcoach), ("bram", Role::Jobcoach)]).await;
    let a = team.laptop("anna-1", "anna").await;
    let mut b = team.laptop("bram-1", "bram").await;
    let anna_case = intake(&a, 11).await;
    let bram_case = intake(&b, 12).await;
    let health = HealthRecord {
        id: HealthRecordId::new(),
        resident_id: bram_case.resident.id,
        recorded_on: today(),
        recorded_by: b.store().device().coach.clone(),
        necessity: "Nodig.".into(),
        summary: "Astma".into(),
        work_limitations: None,
        source: None,
    };
    b.store()
        .residents()
        .save(&health, Purpose::Guidance)
        .await
        .unwrap();
    team.round(&a).await;
    team.round(&b).await;
    assert_eq!(
        b.store()
            .upkeep()
            .records_json(EntityKind::HealthRecord)
            .await
            .unwrap()
            .len(),
        1
    );
    // Bram becomes team lead: no health data, and the whole team's older files.
    admin::user_set_role(&team.pool, "bram", Role::Teamleider)
        .await
        .unwrap();
    let report = team.round(&b).await;
    assert!(report.pull.restarted);
    assert_eq!(
        b.store()
            .upkeep()
            .records_json(EntityKind::HealthRecord)
            .await
            .unwrap()
            .len(),
        0,
        "a team lead holds no health data"
    );
    assert!(
        b.store()
            .residents()
            .resident(anna_case.resident.id, Purpose::Guidance)
            .await
            .is_ok(),
        "and receives Anna's file, made before he was promoted"
    );
    // Anna's account is closed: her laptop wipes itself at its next contact.
    admin::user_disable(&team.pool, "anna").await.unwrap();
    let failure = engine::round(a.store(), today(), &|_| {})
        .await
        .expect_err("the server refuses a closed account");
    assert!(failure.is_wipe(), "{failure}");
    let mut a = a;
    let store: Store = a.store.take().unwrap();
    engine::wipe(store).await.unwrap();
    assert!(
        !Store::exists(&a.dir),
        "no encrypted database left on the laptop"
    );
    b.close().await;
    team.end(vec![a, b]).await;
}
