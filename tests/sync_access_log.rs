//! The access log the FG can trust (issue 20): what a coach does with a file on her laptop,
//! offline, reaches the server's keyed audit log at the next sync, once; the FG's report
//! for one resident lists every read and change of that file, from the laptop and from the
//! server, searches that showed the resident included, and nothing about anyone else.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::sync::Arc;

use chrono::Local;
use werkpad_core::Store;
use werkpad_core::demo::{self, Rng};
use werkpad_core::store::secrets::MemoryBackend;
use werkpad_core::store::{BackendPreference, KdfParams, StoreConfig};
use werkpad_domain::Purpose;
use werkpad_domain::sync::Role;
use werkpad_journeys::{PASSWORD, fresh_database, start_server};
use werkpad_server::{admin, fg_report};

async fn laptop(dir: &tempfile::TempDir) -> Store {
    let config = StoreConfig {
        backend: BackendPreference::Use(Arc::new(MemoryBackend::default())),
        kdf: KdfParams::insecure_for_tests(),
        recovery_public_key: None,
    };
    Store::create(dir.path(), "passphrase-for-tests", "Anna de Vries", &config)
        .await
        .expect("store")
}

async fn local_entries(store: &Store, resident: &str) -> i64 {
    let rows = store.audit().for_resident(resident).await.unwrap();
    rows.len() as i64
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_reads_reach_the_fg_report_once_and_only_for_their_file() {
    let (pool, _) = fresh_database().await;
    let url = start_server(pool.clone()).await;
    let anna = admin::user_add(&pool, "anna", "Anna de Vries", Role::Jobcoach, PASSWORD)
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let a = laptop(&dir).await;
    a.sync().login(&url, "anna", PASSWORD).await.unwrap();

    // Offline: two intakes, a page of the caseload list, a settled search that shows one of
    // them, that file opened twice, one change.
    let today = Local::now().date_naive();
    let coach = a.device().coach.clone();
    let mut one = demo::case(&mut Rng::new(30), &coach, today);
    one.intake.resident.name.family_name = "Zwanenburg".into();
    let other = demo::case(&mut Rng::new(31), &coach, today);
    a.residents().save_intake(&one.intake).await.unwrap();
    a.residents().save_intake(&other.intake).await.unwrap();
    let id = one.intake.resident.id;
    a.residents().caseload(None, 50, 0).await.unwrap();
    let shown = a
        .residents()
        .search_settled("zwanen", None, 50)
        .await
        .unwrap();
    assert_eq!(
        shown.iter().map(|r| r.id).collect::<Vec<_>>(),
        [id],
        "the search shows one resident"
    );
    for _ in 0..2 {
        a.residents()
            .resident_file(id, Purpose::Guidance)
            .await
            .unwrap();
    }
    let mut resident = a.residents().resident(id, Purpose::Guidance).await.unwrap();
    resident.nationality = Some("Nederlandse".into());
    a.residents()
        .save(&resident, Purpose::Guidance)
        .await
        .unwrap();
    let local = local_entries(&a, &id.to_string()).await;
    assert!(
        local >= 6,
        "create(s), a search, two file reads, a read, an update: {local}"
    );

    a.sync().round(&|_| {}).await.unwrap();
    let report = fg_report::for_resident(&pool, id.as_uuid()).await.unwrap();
    let from_laptop: Vec<_> = report
        .iter()
        .filter(|r| r.action.starts_with("laptop_"))
        .collect();
    assert_eq!(
        from_laptop.len() as i64,
        local_entries(&a, &id.to_string()).await,
        "every laptop entry of this file, once"
    );
    assert!(
        from_laptop
            .iter()
            .filter(|r| r.action == "laptop_read")
            .count()
            >= 2,
        "the file reads made offline"
    );
    let searches: Vec<_> = report
        .iter()
        .filter(|r| r.action == "laptop_search")
        .collect();
    assert_eq!(
        searches.len(),
        1,
        "the settled search that showed this resident, once"
    );
    assert_eq!(
        (
            searches[0].entity.as_deref(),
            searches[0].purpose.as_deref()
        ),
        (None, Some("guidance")),
        "a search opens no record; its purpose is guidance"
    );
    let other_report = fg_report::for_resident(&pool, other.intake.resident.id.as_uuid())
        .await
        .unwrap();
    assert!(
        other_report.iter().all(|r| r.action != "laptop_search"),
        "a resident the search did not show is not in its entries"
    );
    // Each server row as text, every column of it.
    let rows_like = async |pattern: &str| -> i64 {
        sqlx::query_scalar("SELECT count(*) FROM audit_log a WHERE lower(a::text) LIKE $1")
            .bind(pattern)
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    assert!(
        rows_like("%laptop_search%").await >= 1,
        "the scan reads the entries the laptop sent"
    );
    assert_eq!(
        rows_like("%zwanen%").await,
        0,
        "the typed text reaches no column on the server"
    );
    assert!(
        report.iter().any(|r| !r.action.starts_with("laptop_")),
        "the server's own entries (applied changes, the pull) are there too"
    );
    assert!(
        report.iter().all(|r| r.resident_id == Some(id.as_uuid())),
        "nothing about anyone else"
    );
    assert!(
        report
            .iter()
            .all(|r| r.user_name.as_deref() == Some("Anna de Vries") || r.user_name.is_none())
    );

    // Syncing again sends nothing twice.
    let before = report.len();
    a.sync().round(&|_| {}).await.unwrap();
    let again = fg_report::for_resident(&pool, id.as_uuid()).await.unwrap();
    let laptop_again = again
        .iter()
        .filter(|r| r.action.starts_with("laptop_"))
        .count();
    assert_eq!(
        laptop_again,
        from_laptop.len(),
        "no laptop entry stored twice"
    );
    assert!(again.len() >= before);

    // What Anna accessed covers both files; the CSV names the source of each line.
    let hers = fg_report::for_user(&pool, anna).await.unwrap();
    let residents: std::collections::BTreeSet<_> =
        hers.iter().filter_map(|r| r.resident_id).collect();
    assert!(residents.contains(&id.as_uuid()));
    assert!(residents.contains(&other.intake.resident.id.as_uuid()));
    assert!(
        hers.iter()
            .any(|r| r.action == "laptop_caseload_view" && r.resident_id.is_none()),
        "the page of the caseload list she saw, without a resident"
    );
    let csv = fg_report::csv(&report);
    assert!(csv.starts_with(
        "entry,when,who,device,resident,action,record_kind,record,purpose,source\r\n"
    ));
    assert!(csv.contains(",laptop\r\n") && csv.contains(",server\r\n"));
    a.lock().await;
}
