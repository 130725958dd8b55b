//! Session tests: create, lock and unlock, failed rounds and their backoff, an offline week.
use super::*;

use std::sync::Arc;

use crate::store::BackendPreference;
use crate::store::keys::KdfParams;
use crate::store::secrets::MemoryBackend;
use crate::sync::SyncAccount;

const PASS: &str = "een lang genoeg wachtwoord";

fn config() -> StoreConfig {
    StoreConfig {
        backend: BackendPreference::Use(Arc::new(MemoryBackend::default())),
        kdf: KdfParams::insecure_for_tests(),
        recovery_public_key: None,
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 4).expect("valid date")
}

#[tokio::test]
async fn create_lock_unlock_and_a_round_without_a_server_is_skipped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = Session::new(dir.path().join("store"), config());
    assert!(!session.initialised());
    assert!(matches!(session.unlocked().await, Err(StoreError::Locked)));
    session
        .create(PASS, "Petra de Coach")
        .await
        .expect("create");
    assert!(session.initialised() && session.is_unlocked().await);
    let outcome = session.sync_round(today(), &|| {}).await;
    assert!(
        matches!(outcome, RoundOutcome::Skipped),
        "not logged in: nothing to do"
    );
    assert!(
        session.round_due(Utc::now()),
        "a skipped round plans nothing"
    );
    assert!(session.lock().await, "the store was open");
    assert!(!session.lock().await, "locking twice is harmless");
    assert!(matches!(
        session.unlock("verkeerd wachtwoord!!", today()).await,
        Err(StoreError::WrongPassphrase)
    ));
    session.unlock(PASS, today()).await.expect("unlock");
    assert_eq!(
        session.unlocked().await.expect("open").device().coach.name,
        "Petra de Coach"
    );
}

#[tokio::test]
async fn a_failed_round_plans_the_next_attempt_and_says_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = Session::new(dir.path().join("store"), config());
    session
        .create(PASS, "Petra de Coach")
        .await
        .expect("create");
    // Logged in to a server that no longer answers (nothing listens on port 9).
    let account = SyncAccount {
        server_url: "http://127.0.0.1:9".into(),
        user_id: "u1".into(),
        user_name: "petra".into(),
        display_name: "Petra de Coach".into(),
        role: "jobcoach".into(),
        cursor: 0,
        last_sync_at: None,
    };
    let tokens = werkpad_domain::sync::Tokens {
        access_token: "a".into(),
        access_expires_at: Utc::now() + chrono::Duration::hours(1),
        refresh_token: "r".into(),
        refresh_expires_at: Utc::now() + chrono::Duration::days(30),
    };
    let store = session.unlocked().await.expect("open");
    store
        .sync()
        .save_login(&account, &tokens)
        .await
        .expect("account");
    drop(store);
    let calls = std::sync::atomic::AtomicUsize::new(0);
    let outcome = session
        .sync_round(today(), &|| {
            calls.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        })
        .await;
    let Some(failure) = outcome.failure() else {
        panic!("the round must fail: {outcome:?}");
    };
    assert_eq!(failure.code, "offline");
    let status = session.sync_status().await;
    assert!(status.logged_in && !status.online && !status.running && !status.needs_person);
    assert_eq!(status.last_error.map(|e| e.code), Some("offline"));
    assert!(status.failing_since.is_some());
    assert!(
        !session.round_due(Utc::now()),
        "the next attempt waits (backoff)"
    );
    assert!(
        calls.load(std::sync::atomic::Ordering::Relaxed) >= 2,
        "started and ended"
    );
    session.reset_sync();
    assert!(
        session.round_due(Utc::now()),
        "after a login the round is due at once"
    );
}

/// A coach's offline week through the session: an intake for Nguyễn Văn An whose
/// traject she aborts with an end date 100 days back (past its 42-day retention), two
/// more edits, rounds that fail because the server is gone, and lock/unlock between
/// them (each unlock runs the retention purge). Nothing unsent may be destroyed, and the
/// name must stay findable without its diacritics.
#[tokio::test]
async fn an_offline_week_keeps_unsent_work_through_purges_at_unlock() {
    use werkpad_domain::{EndReason, PersonName, Purpose};
    let dir = tempfile::tempdir().expect("temp dir");
    let session = Session::new(dir.path().join("store"), config());
    session
        .create(PASS, "Petra de Coach")
        .await
        .expect("create");
    let day = today();
    let resident_id = {
        let store = session.unlocked().await.expect("open");
        let coach = store.device().coach.clone();
        let mut case = crate::demo::case(&mut crate::demo::Rng::new(5), &coach, day);
        case.intake.resident.name = PersonName {
            initials: Some("N.V.".into()),
            given_names: "Nguyễn Văn".into(),
            tussenvoegsel: None,
            family_name: "An".into(),
            preferred_name: None,
        };
        case.intake.resident.motivation = Some("Wil werken. ".repeat(300));
        let mut traject = werkpad_domain::Traject::new(
            werkpad_domain::TrajectId::new(),
            case.intake.resident.id,
            coach.clone(),
            day - chrono::Duration::days(200),
            vec![Purpose::Guidance],
        );
        traject
            .end(
                EndReason::Afgebroken,
                day - chrono::Duration::days(100),
                coach.clone(),
                "Gestopt.".into(),
            )
            .expect("end");
        let mut w = store.writer(Purpose::Guidance).await.expect("writer");
        w.put(&case.intake.resident).await.expect("resident");
        w.put(&traject).await.expect("traject");
        w.commit().await.expect("commit");
        // Two more edits of the same resident, offline.
        for phone in ["0612345678", "0687654321"] {
            let mut r = case.intake.resident.clone();
            r.phone = Some(werkpad_domain::PhoneNumber::parse(phone).expect("phone"));
            let mut w = store.writer(Purpose::Guidance).await.expect("writer");
            w.put(&r).await.expect("edit");
            w.commit().await.expect("commit");
        }
        case.intake.resident.id
    };
    let pending = session
        .unlocked()
        .await
        .expect("open")
        .sync()
        .outbox_stats()
        .await
        .expect("stats")
        .pending;
    assert!(
        pending >= 4,
        "intake, end and two edits wait to be sent: {pending}"
    );
    for _ in 0..3 {
        assert!(session.lock().await);
        let purged = session.unlock(PASS, day).await.expect("unlock");
        assert!(
            purged.destroyed.is_empty(),
            "nothing unsent is destroyed: {purged:?}"
        );
        assert_eq!(
            purged.waiting_for_sync, 1,
            "the file is due, and waits for its changes"
        );
        let store = session.unlocked().await.expect("open");
        assert_eq!(
            store.sync().outbox_stats().await.expect("stats").pending,
            pending,
            "no change lost"
        );
        let hits = store
            .residents()
            .search("nguyen van", 10)
            .await
            .expect("search");
        assert!(
            hits.iter().any(|h| h.id == resident_id),
            "found without diacritics"
        );
        drop(store);
        assert!(matches!(
            session.sync_round(day, &|| {}).await,
            RoundOutcome::Skipped
        ));
    }
}
