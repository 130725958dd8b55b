//! Two laptops of one coach against a real server and PostgreSQL: offline edits of
//! different fields both survive; the same field becomes a conflict with both values that a
//! person resolves, and the choice reaches both laptops. Then the caseload and the device:
//! an unassigned resident is purged from the laptop, a revoked laptop wipes itself.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::sync::Arc;

use chrono::Local;
use werkpad_core::Store;
use werkpad_core::demo::{self, Rng};
use werkpad_core::store::secrets::MemoryBackend;
use werkpad_core::store::{BackendPreference, KdfParams, StoreConfig};
use werkpad_core::sync::{Choice, SyncError, SyncFailure};
use werkpad_domain::sync::Role;
use werkpad_domain::{Email, PhoneNumber, Purpose, Resident, ResidentId};
use werkpad_journeys::{PASSWORD, fresh_database, start_server};
use werkpad_server::{admin, sync};

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

async fn sync(store: &Store) {
    store.sync().round(&|_| {}).await.expect("sync");
}

async fn resident(store: &Store, id: ResidentId) -> Resident {
    store
        .residents()
        .resident_file(id, Purpose::Guidance)
        .await
        .expect("file")
        .resident
}

fn phone(s: &str) -> Option<PhoneNumber> {
    Some(PhoneNumber::parse(s).expect("valid phone"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_laptops_merge_conflict_resolve_purge_and_wipe() {
    let (pool, _) = fresh_database().await;
    let url = start_server(pool.clone()).await;
    let anna = admin::user_add(&pool, "anna", "Anna de Vries", Role::Jobcoach, PASSWORD)
        .await
        .unwrap();
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let a = laptop(&dir_a).await;
    let b = laptop(&dir_b).await;
    a.sync().login(&url, "anna", PASSWORD).await.unwrap();
    b.sync().login(&url, "anna", PASSWORD).await.unwrap();

    // Intake on laptop A, offline; then both sync.
    let today = Local::now().date_naive();
    let case = demo::case(&mut Rng::new(7), &a.device().coach, today);
    a.residents().save_intake(&case.intake).await.unwrap();
    let id = case.intake.resident.id;
    sync(&a).await;
    sync(&b).await;
    assert_eq!(
        resident(&b, id).await,
        case.intake.resident,
        "B received the whole resident"
    );
    assert_eq!(a.sync().outbox_stats().await.unwrap().pending, 0);

    // Offline on both: A changes the phone, B the e-mail.
    let mut on_a = resident(&a, id).await;
    on_a.phone = phone("0612345678");
    a.residents().save(&on_a, Purpose::Guidance).await.unwrap();
    let mut on_b = resident(&b, id).await;
    on_b.email = Some(Email::parse("inwoner@example.nl").unwrap());
    b.residents().save(&on_b, Purpose::Guidance).await.unwrap();
    sync(&a).await;
    sync(&b).await;
    sync(&a).await;
    for store in [&a, &b] {
        let r = resident(store, id).await;
        assert_eq!(r.phone, phone("0612345678"));
        assert_eq!(r.email, Some(Email::parse("inwoner@example.nl").unwrap()));
    }

    // The same field on both: a conflict with both values, nothing lost.
    let mut on_a = resident(&a, id).await;
    on_a.phone = phone("0611111111");
    a.residents().save(&on_a, Purpose::Guidance).await.unwrap();
    let mut on_b = resident(&b, id).await;
    on_b.phone = phone("0622222222");
    b.residents().save(&on_b, Purpose::Guidance).await.unwrap();
    sync(&a).await;
    let report = b.sync().round(&|_| {}).await.unwrap();
    assert_eq!(report.push.conflicts, 1);
    let conflicts = b.sync().conflicts().await.unwrap();
    assert_eq!(conflicts.len(), 1);
    let c = &conflicts[0];
    assert_eq!(c.field, "phone");
    assert_eq!(c.mine, serde_json::to_value(phone("0622222222")).unwrap());
    assert_eq!(c.theirs, serde_json::to_value(phone("0611111111")).unwrap());
    assert!(c.resident_name.is_some());
    assert!(c.from_this_device, "B's own change ran into the conflict");
    // Until a person chooses, the server's value stands on both laptops.
    assert_eq!(resident(&b, id).await.phone, phone("0611111111"));
    sync(&a).await;
    let on_a = a.sync().conflicts().await.unwrap();
    assert_eq!(on_a.len(), 1, "the conflict shows on A too");
    assert!(
        !on_a[0].from_this_device,
        "on A, B's value is another device's, not A's own"
    );
    assert_eq!(on_a[0].mine, c.mine, "the same sides on every laptop");

    // B's coach keeps B's value; after syncing, both laptops agree and the inbox is empty.
    b.sync()
        .resolve_conflict(&c.conflict_id, Choice::Mine, None)
        .await
        .unwrap();
    sync(&b).await;
    sync(&a).await;
    for store in [&a, &b] {
        let r = resident(store, id).await;
        assert_eq!(r.phone, phone("0622222222"));
        assert!(store.sync().conflicts().await.unwrap().is_empty());
    }

    // The team lead takes the resident out of Anna's caseload: purged from her laptop.
    assert!(
        sync::caseload::unassign(&pool, case.intake.resident.id.as_uuid(), anna, None)
            .await
            .unwrap()
    );
    let report = a.sync().round(&|_| {}).await.unwrap();
    assert_eq!(report.pull.purged, 1);
    assert!(
        a.residents()
            .resident_file(id, Purpose::Guidance)
            .await
            .is_err(),
        "gone from laptop A"
    );

    // Laptop B is revoked: its next contact destroys its database and key.
    let device_b = uuid::Uuid::parse_str(&b.device().device_id).unwrap();
    admin::device_revoke(&pool, device_b).await.unwrap();
    let failure = b.sync().round(&|_| {}).await.unwrap_err();
    assert!(
        matches!(failure, SyncFailure::Sync(SyncError::DeviceRevoked)),
        "{failure:?}"
    );
    assert!(failure.is_wipe());
    b.destroy().await.unwrap();
    assert!(!Store::exists(dir_b.path()));
}
