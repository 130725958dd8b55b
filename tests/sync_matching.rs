//! Matching data by sync, through the real server and PostgreSQL: reference data imported
//! by the administrator reaches every laptop (and a newer release only its difference);
//! employers and workplaces made on one coach's laptop reach another coach's; a placement
//! follows the resident's caseload and stays off the other coach's laptop.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::sync::Arc;

use chrono::Local;
use werkpad_core::Store;
use werkpad_core::demo::{self, Rng};
use werkpad_core::matching::demo::{DEMO_OCCUPATIONS, DEMO_PC4};
use werkpad_core::store::secrets::MemoryBackend;
use werkpad_core::store::{BackendPreference, KdfParams, StoreConfig};
use werkpad_domain::matching::{EmployerDraft, PlacementDraft, WorkplaceDraft};
use werkpad_domain::reference::Dataset;
use werkpad_domain::sync::Role;
use werkpad_domain::{AddressDraft, EntityKind};
use werkpad_journeys::{PASSWORD, fresh_database, start_server};
use werkpad_server::{admin, reference};

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

async fn count(store: &Store, kind: EntityKind) -> usize {
    store.upkeep().records_json(kind).await.unwrap().len()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reference_data_employers_and_placements_sync_to_the_right_laptops() {
    let (pool, _) = fresh_database().await;
    let url = start_server(pool.clone()).await;
    admin::user_add(&pool, "anna", "Anna de Vries", Role::Jobcoach, PASSWORD)
        .await
        .unwrap();
    admin::user_add(&pool, "bram", "Bram Jansen", Role::Jobcoach, PASSWORD)
        .await
        .unwrap();
    reference::import(
        &pool,
        Dataset::EscoOccupations,
        DEMO_OCCUPATIONS.as_bytes(),
        "demo 1",
    )
    .await
    .unwrap();
    reference::import(&pool, Dataset::Pc4, DEMO_PC4.as_bytes(), "demo 1")
        .await
        .unwrap();

    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let a = laptop(&dir_a, "Anna de Vries").await;
    let b = laptop(&dir_b, "Bram Jansen").await;
    a.sync().login(&url, "anna", PASSWORD).await.unwrap();
    b.sync().login(&url, "bram", PASSWORD).await.unwrap();

    // Anna: an intake, an employer with a workplace, and a placement.
    let today = Local::now().date_naive();
    let case = demo::case(&mut Rng::new(9), &a.device().coach, today);
    let resident = case.intake.resident.id;
    a.residents().save_intake(&case.intake).await.unwrap();
    let employer = a
        .matching()
        .save_employer(
            None,
            &EmployerDraft {
                name: Some("Bakkerij De Korenschoof".into()),
                address: AddressDraft {
                    street: Some("Steenstraat".into()),
                    house_number: Some("12".into()),
                    postcode: Some("6828CA".into()),
                    woonplaats: Some("Arnhem".into()),
                    ..AddressDraft::default()
                },
                ..EmployerDraft::default()
            },
        )
        .await
        .unwrap();
    let workplace = a
        .matching()
        .save_workplace(
            None,
            &WorkplaceDraft {
                employer_id: Some(employer.id),
                title: Some("Hulp in de bakkerij".into()),
                kind: Some("regulier".into()),
                hours_per_week: Some("16".into()),
                postcode: Some("6828CA".into()),
                place: Some("Arnhem".into()),
                physical_demand: Some("middel".into()),
                mental_demand: Some("licht".into()),
                places: Some("1".into()),
                open: true,
                ..WorkplaceDraft::default()
            },
        )
        .await
        .unwrap();
    let placement = a
        .matching()
        .place(
            resident,
            &PlacementDraft {
                workplace_id: Some(workplace.id),
                start: Some(werkpad_domain::format_date(today)),
                hours_per_week: Some("16".into()),
                contract: Some("proefplaatsing".into()),
                follow_up_weeks: Some("2".into()),
                reasoning: Some("Wil bakker worden; werkgever begeleidt.".into()),
                ..PlacementDraft::default()
            },
            today,
        )
        .await
        .unwrap();
    let report = a.sync().round(&|_| {}).await.expect("anna syncs");
    assert!(report.push.rejected == 0, "nothing refused: {report:?}");
    b.sync().round(&|_| {}).await.expect("bram syncs");

    assert_eq!(
        count(&a, EntityKind::Occupation).await,
        16,
        "the occupations arrived"
    );
    assert_eq!(
        b.matching()
            .search_occupations("koerier", 5)
            .await
            .unwrap()
            .len(),
        1,
        "and are searchable on every laptop"
    );
    let releases = b.matching().reference_releases().await.unwrap();
    assert_eq!(
        releases
            .iter()
            .map(|r| r.version.as_str())
            .collect::<Vec<_>>(),
        ["demo 1", "demo 1"],
        "the laptop knows which release it has"
    );
    assert_eq!(
        b.matching().workplaces().await.unwrap(),
        vec![workplace.clone()],
        "anna's workplace reached bram"
    );
    assert_eq!(
        count(&b, EntityKind::Employer).await,
        1,
        "with its employer"
    );
    assert_eq!(
        count(&b, EntityKind::Placement).await,
        0,
        "but not anna's placement"
    );
    assert_eq!(count(&b, EntityKind::Resident).await, 0, "nor her resident");
    let (placements,): (i64,) = sqlx::query_as(
        "SELECT count(*) FROM records WHERE entity = 'placement' AND id = $1 AND resident_id = $2",
    )
    .bind(placement.id.as_uuid())
    .bind(resident.as_uuid())
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(
        placements, 1,
        "the placement is on the server, with its resident"
    );

    // A newer release changes one occupation: laptops pull only that difference.
    let renamed = DEMO_OCCUPATIONS.replacen(",bezorger,", ",pakketbezorger,", 1);
    let imported = reference::import(
        &pool,
        Dataset::EscoOccupations,
        renamed.as_bytes(),
        "demo 2",
    )
    .await
    .unwrap();
    assert_eq!(
        (
            imported.counts.changed,
            imported.counts.added,
            imported.counts.removed
        ),
        (1, 0, 0),
        "one occupation changed"
    );
    let report = b.sync().round(&|_| {}).await.expect("bram syncs again");
    assert_eq!(
        report.pull.received, 2,
        "the changed occupation and the release record, nothing else"
    );
    assert_eq!(count(&b, EntityKind::Occupation).await, 16, "no duplicates");
    let hits = b
        .matching()
        .search_occupations("pakketbezorger", 5)
        .await
        .unwrap();
    assert_eq!(
        hits.first().map(|h| h.label.as_str()),
        Some("pakketbezorger")
    );
}
