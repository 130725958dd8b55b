//! Break-the-glass across the server and three laptops (issue 20): a coach standing in for
//! a colleague asks for a file outside her caseload with a reason; refused requests change
//! nothing; the granted file arrives with her next round; the team lead's laptop shows the
//! coach's explanation; at the expiry moment the file leaves her laptop without a network,
//! and the server neither sends it again nor takes her changes after.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::sync::Arc;

use chrono::{Duration, Local, Utc};
use werkpad_core::Store;
use werkpad_core::demo::{self, Rng};
use werkpad_core::store::secrets::MemoryBackend;
use werkpad_core::store::{BackendPreference, KdfParams, StoreConfig};
use werkpad_core::sync::engine;
use werkpad_domain::Purpose;
use werkpad_domain::sync::Role;
use werkpad_domain::sync::emergency::EmergencyReason;
use werkpad_journeys::{PASSWORD, fresh_database, start_server};
use werkpad_server::admin;

async fn laptop(dir: &tempfile::TempDir, coach: &str) -> Store {
    let config = StoreConfig {
        backend: BackendPreference::Use(Arc::new(MemoryBackend::default())),
        kdf: KdfParams::insecure_for_tests(),
        recovery_public_key: None,
    };
    Store::create(dir.path(), "passphrase-for-tests", coach, &config)
        .await
        .expect("store")
}

async fn sync(store: &Store) {
    store.sync().round(&|_| {}).await.expect("sync");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stand_in_holds_a_colleagues_file_until_the_moment_it_expires() {
    let (pool, _) = fresh_database().await;
    let url = start_server(pool.clone()).await;
    for (name, display, role) in [
        ("anna", "Anna de Vries", Role::Jobcoach),
        ("bram", "Bram Jansen", Role::Jobcoach),
        ("lieke", "Lieke Bakker", Role::Teamleider),
    ] {
        admin::user_add(&pool, name, display, role, PASSWORD)
            .await
            .unwrap();
    }
    admin::team_add(&pool, "Noord").await.unwrap();
    for name in ["anna", "bram", "lieke"] {
        admin::user_set_team(&pool, name, Some("Noord"))
            .await
            .unwrap();
    }
    let dirs: Vec<tempfile::TempDir> = (0..3).map(|_| tempfile::tempdir().unwrap()).collect();
    let a = laptop(&dirs[0], "Anna de Vries").await;
    let b = laptop(&dirs[1], "Bram Jansen").await;
    let t = laptop(&dirs[2], "Lieke Bakker").await;
    a.sync().login(&url, "anna", PASSWORD).await.unwrap();
    b.sync().login(&url, "bram", PASSWORD).await.unwrap();
    t.sync().login(&url, "lieke", PASSWORD).await.unwrap();

    let coach = a.device().coach.clone();
    let today = Local::now().date_naive();
    let case = demo::case(&mut Rng::new(31), &coach, today);
    let other = demo::case(&mut Rng::new(32), &coach, today);
    a.residents().save_intake(&case.intake).await.unwrap();
    a.residents().save_intake(&other.intake).await.unwrap();
    sync(&a).await;
    sync(&b).await;
    let id = case.intake.resident.id;
    let bsn = case.intake.resident.bsn.to_string();
    assert!(
        b.residents().resident(id, Purpose::Guidance).await.is_err(),
        "bram holds none of anna's files"
    );

    // Refused requests say why and change nothing.
    let why = "Anna is ziek; afspraak bij de werkgever om 10:00";
    let refused = b
        .sync()
        .request_emergency_access(&bsn, EmergencyReason::StandIn, "nodig")
        .await
        .expect_err("one word is no reason");
    assert_eq!(refused.payload().code, "validation");
    let unknown = b
        .sync()
        .request_emergency_access("111222333", EmergencyReason::StandIn, why)
        .await
        .expect_err("nobody has that BSN");
    assert_eq!(unknown.payload().code, "no_such_resident");
    let lead = t
        .sync()
        .request_emergency_access(&bsn, EmergencyReason::StandIn, why)
        .await
        .expect_err("a team lead sees every file already");
    assert_eq!(lead.payload().code, "forbidden");
    assert!(b.sync().emergency_accesses().await.unwrap().is_empty());

    // Granted: the file, and only that file, arrives with the next round.
    let grant = b
        .sync()
        .request_emergency_access(&bsn, EmergencyReason::StandIn, why)
        .await
        .unwrap();
    assert_eq!(grant.resident_id, id.as_uuid());
    sync(&b).await;
    let file = b.residents().resident(id, Purpose::Guidance).await;
    assert!(file.is_ok(), "the file arrived: {file:?}");
    assert!(
        b.residents()
            .resident(other.intake.resident.id, Purpose::Guidance)
            .await
            .is_err(),
        "no other file of anna's comes along"
    );
    let running = b.sync().emergency_accesses().await.unwrap();
    assert_eq!(running.len(), 1);
    assert_eq!(running[0].resident_id, id.to_string());

    // The team lead is told, with the coach's words.
    sync(&t).await;
    let notices = t.sync().emergency_notices().await.unwrap();
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert_eq!(notices[0].coach, "Bram Jansen");
    assert_eq!(notices[0].explanation, why);
    assert_eq!(notices[0].reason, "stand_in");

    // An hour before the end nothing happens; at the end the file leaves the laptop with
    // no server involved (the server still counts it as running).
    let ends = chrono::DateTime::parse_from_rfc3339(&running[0].expires_at)
        .unwrap()
        .with_timezone(&Utc);
    assert!(
        engine::end_expired_access(&b, ends - Duration::hours(1))
            .await
            .unwrap()
            .is_empty()
    );
    let gone = engine::end_expired_access(&b, ends).await.unwrap();
    assert_eq!(gone, vec![id.to_string()]);
    assert!(b.residents().resident(id, Purpose::Guidance).await.is_err());
    b.checkpoint().await.unwrap();
    let needles = vec![bsn.clone().into_bytes()];
    let found = b.upkeep().leftovers(&needles).await.unwrap();
    assert!(
        found.is_empty(),
        "nothing of the file stays on bram's laptop: {found:?}"
    );

    // On the server it ends too; the next round brings nothing back.
    sqlx::query(
        "UPDATE caseload SET expires_at = now() - interval '1 minute' WHERE expires_at IS NOT NULL",
    )
    .execute(&pool)
    .await
    .unwrap();
    sync(&b).await;
    assert!(
        b.residents().resident(id, Purpose::Guidance).await.is_err(),
        "an ended access does not come back with the next round"
    );
    assert!(b.sync().emergency_accesses().await.unwrap().is_empty());
    assert!(
        a.residents().resident(id, Purpose::Guidance).await.is_ok(),
        "anna keeps her own file throughout"
    );
    for store in [a, b, t] {
        store.lock().await;
    }
}

/// In the field: the stand-in edits the file offline (a name with diacritics), her access
/// ends before she is back online, so the file leaves her laptop with the change unsent.
/// Her change was made while she held the file: it must still reach the server and the
/// owning coach, not be lost with the purge.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_offline_edit_made_during_the_access_survives_its_end() {
    let (pool, _) = fresh_database().await;
    let url = start_server(pool.clone()).await;
    for (name, display) in [("anna", "Anna de Vries"), ("bram", "Bram Jansen")] {
        admin::user_add(&pool, name, display, Role::Jobcoach, PASSWORD)
            .await
            .unwrap();
    }
    let dirs: Vec<tempfile::TempDir> = (0..2).map(|_| tempfile::tempdir().unwrap()).collect();
    let a = laptop(&dirs[0], "Anna de Vries").await;
    let b = laptop(&dirs[1], "Bram Jansen").await;
    a.sync().login(&url, "anna", PASSWORD).await.unwrap();
    b.sync().login(&url, "bram", PASSWORD).await.unwrap();
    let case = demo::case(
        &mut Rng::new(33),
        &a.device().coach,
        Local::now().date_naive(),
    );
    a.residents().save_intake(&case.intake).await.unwrap();
    sync(&a).await;
    let id = case.intake.resident.id;
    b.sync()
        .request_emergency_access(
            case.intake.resident.bsn.as_ref(),
            EmergencyReason::StandIn,
            "Anna is ziek; ik neem het gesprek van vandaag over",
        )
        .await
        .unwrap();
    sync(&b).await;

    // Offline from here: a new preferred name with diacritics.
    let mut resident = b.residents().resident(id, Purpose::Guidance).await.unwrap();
    resident.name.preferred_name = Some("Nguyễn Văn An".into());
    b.residents()
        .save(&resident, Purpose::Guidance)
        .await
        .unwrap();
    let ends = chrono::DateTime::parse_from_rfc3339(
        &b.sync().emergency_accesses().await.unwrap()[0].expires_at,
    )
    .unwrap()
    .with_timezone(&Utc);
    engine::end_expired_access(&b, ends).await.unwrap();
    assert!(
        b.residents().resident(id, Purpose::Guidance).await.is_err(),
        "the file left the laptop"
    );

    // Back online after the server ended the access too.
    sqlx::query(
        "UPDATE caseload SET expires_at = now() - interval '1 minute' WHERE expires_at IS NOT NULL",
    )
    .execute(&pool)
    .await
    .unwrap();
    let report = b.sync().round(&|_| {}).await.expect("sync");
    assert_eq!(
        report.push.applied, 1,
        "her change reached the server: {report:?}"
    );
    assert!(
        b.residents().resident(id, Purpose::Guidance).await.is_err(),
        "and the file did not come back"
    );
    sync(&a).await;
    let seen = a.residents().resident(id, Purpose::Guidance).await.unwrap();
    assert_eq!(
        seen.name.preferred_name.as_deref(),
        Some("Nguyễn Văn An"),
        "anna sees it"
    );
    for store in [a, b] {
        store.lock().await;
    }
}
