//! Retention across the server and two laptops (issue 20): a resident whose traject was
//! aborted 43 days ago is destroyed by the server's retention run; both laptops that hold
//! the file destroy it at their next sync (by the server's word, not only by their own
//! rule), a fresh login brings nothing back, a destruction record remains, and neither the
//! server's tables nor the laptops' files hold the BSN or the name any more.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::sync::Arc;

use chrono::{Days, Local, Utc};
use werkpad_core::Store;
use werkpad_core::demo::{self, Rng};
use werkpad_core::store::secrets::MemoryBackend;
use werkpad_core::store::{BackendPreference, KdfParams, StoreConfig};
use werkpad_domain::sync::Role;
use werkpad_domain::{EndReason, Purpose};
use werkpad_journeys::{PASSWORD, fresh_database, start_server};
use werkpad_server::{admin, retention};

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

/// One sync round only: no local retention purge, so what leaves a laptop here left it
/// because the server said so.
async fn sync(store: &Store) {
    store.sync().round(&|_| {}).await.expect("sync");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_aborted_file_is_destroyed_on_the_server_and_on_both_laptops() {
    let (pool, _) = fresh_database().await;
    let url = start_server(pool.clone()).await;
    admin::user_add(&pool, "anna", "Anna de Vries", Role::Jobcoach, PASSWORD)
        .await
        .unwrap();
    admin::user_add(&pool, "lieke", "Lieke Bakker", Role::Teamleider, PASSWORD)
        .await
        .unwrap();
    admin::team_add(&pool, "Noord").await.unwrap();
    for name in ["anna", "lieke"] {
        admin::user_set_team(&pool, name, Some("Noord"))
            .await
            .unwrap();
    }
    let (dir_a, dir_t, dir_f) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    let a = laptop(&dir_a, "Anna de Vries").await;
    let t = laptop(&dir_t, "Lieke Bakker").await;
    a.sync().login(&url, "anna", PASSWORD).await.unwrap();
    t.sync().login(&url, "lieke", PASSWORD).await.unwrap();

    // Two files: one aborted 43 days ago (due yesterday), one still running.
    let today = Local::now().date_naive();
    let coach = a.device().coach.clone();
    let mut gone = demo::case(&mut Rng::new(20), &coach, today - Days::new(120));
    gone.intake
        .traject
        .end(
            EndReason::Afgebroken,
            today - Days::new(43),
            coach.clone(),
            "Inwoner is verhuisd naar een andere gemeente".into(),
        )
        .unwrap();
    let kept = demo::case(&mut Rng::new(21), &coach, today);
    a.residents().save_intake(&gone.intake).await.unwrap();
    a.residents().save_intake(&kept.intake).await.unwrap();
    let id = gone.intake.resident.id;
    sync(&a).await;
    sync(&t).await;
    for store in [&a, &t] {
        assert!(
            store
                .residents()
                .resident(id, Purpose::Guidance)
                .await
                .is_ok(),
            "both laptops hold the file before the run"
        );
    }

    let done = retention::run(&pool, Utc::now().date_naive(), None, false)
        .await
        .unwrap();
    assert_eq!(done.len(), 1);
    assert_eq!(done[0].due.resident_id, id.as_uuid());
    let (records,): (i64,) = sqlx::query_as("SELECT count(*) FROM records WHERE resident_id = $1")
        .bind(id.as_uuid())
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(records, 0);
    let (destructions,): (i64,) =
        sqlx::query_as("SELECT count(*) FROM destructions WHERE resident_id = $1")
            .bind(id.as_uuid())
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(destructions, 1, "a destruction record remains");

    sync(&a).await;
    sync(&t).await;
    // A fresh login of the coach: nothing of the file comes back.
    let f = laptop(&dir_f, "Anna de Vries").await;
    f.sync().login(&url, "anna", PASSWORD).await.unwrap();
    sync(&f).await;

    let bsn = gone.intake.resident.bsn.to_string();
    let family = gone.intake.resident.name.family_name.clone();
    // The family name is a needle only where nothing kept may hold it too (the other file,
    // the staff names).
    let others = format!(
        "{} Anna de Vries Lieke Bakker",
        kept.intake.resident.name.family_name
    );
    let family = if others.contains(&family) {
        bsn.clone()
    } else {
        family
    };
    let needles = vec![bsn.clone().into_bytes(), family.clone().into_bytes()];
    for (name, store) in [("anna", &a), ("lieke", &t), ("fresh", &f)] {
        assert!(
            store
                .residents()
                .resident(id, Purpose::Guidance)
                .await
                .is_err(),
            "{name}'s laptop no longer has the file"
        );
        assert!(
            store
                .residents()
                .resident(kept.intake.resident.id, Purpose::Guidance)
                .await
                .is_ok(),
            "{name}'s laptop keeps the running file"
        );
        store.checkpoint().await.unwrap();
        let found = store.upkeep().leftovers(&needles).await.unwrap();
        assert!(found.is_empty(), "{name}: {found:?}");
    }

    // The server's tables: no BSN, no family name, in any row.
    let tables: Vec<(String,)> =
        sqlx::query_as("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public'")
            .fetch_all(&pool)
            .await
            .unwrap();
    for (table,) in tables {
        let rows: Vec<(String,)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT t::text FROM \"{table}\" t"
        )))
        .fetch_all(&pool)
        .await
        .unwrap();
        for (row,) in rows {
            assert!(!row.contains(&bsn), "BSN in {table}");
            assert!(!row.contains(&family), "name in {table}");
        }
    }
    for store in [a, t, f] {
        store.lock().await;
    }
}
