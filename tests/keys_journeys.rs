//! Keys that survive real life (issue 21), against a real server and PostgreSQL:
//! - a keyring that lost the store's key: the helpdesk opens the recovery copy, the coach
//!   types the code and a new passphrase, and the offline work reaches the server;
//! - a forgotten passphrase and no recovery copy: the count of unsent changes is shown (and
//!   must be confirmed) before the reset; a fresh store syncs back what the server had;
//! - a passphrase change re-keys: an old keys.json plus the old passphrase opens nothing.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;

use chrono::{Local, Utc};
use werkpad_core::demo::{self, Rng};
use werkpad_core::session::{RoundOutcome, Session};
use werkpad_core::store::meta::StoreMeta;
use werkpad_core::store::recovery;
use werkpad_core::store::secrets::{MemoryBackend, SecretBackend, SecretName};
use werkpad_core::store::{BackendPreference, DataDir, KdfParams, StoreConfig};
use werkpad_core::{Store, StoreError};
use werkpad_domain::sync::Role;
use werkpad_journeys::{PASSWORD, fresh_database, start_server};
use werkpad_server::admin;

const PASS: &str = "passphrase-for-tests";
const NEW_PASS: &str = "een nieuwe wachtzin van Sjoukje";

fn config(backend: BackendPreference, recovery_key: Option<String>) -> StoreConfig {
    StoreConfig {
        backend,
        kdf: KdfParams::insecure_for_tests(),
        recovery_public_key: recovery_key,
    }
}

/// `n` offline intakes; returns how many changes wait in the outbox afterwards.
async fn offline_work(store: &Store, seed: u64, n: u64) -> i64 {
    let coach = store.device().coach.clone();
    for i in 0..n {
        let case = demo::case(&mut Rng::new(seed + i), &coach, Local::now().date_naive());
        store.residents().save_intake(&case.intake).await.unwrap();
    }
    store.sync().outbox_stats().await.unwrap().pending
}

async fn server_resident_count(pool: &sqlx::PgPool) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM records WHERE entity = 'resident' AND NOT deleted")
        .fetch_one(pool)
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lost_keyring_entry_is_recovered_through_the_recovery_copy() {
    let (pool, _) = fresh_database().await;
    let url = start_server(pool.clone()).await;
    admin::user_add(
        &pool,
        "sjoukje",
        "Sjoukje ter Horst-Ölçer",
        Role::Jobcoach,
        PASSWORD,
    )
    .await
    .unwrap();
    let (private, public) = recovery::generate_key_pair().unwrap();
    let keyring = MemoryBackend::default();
    let cfg = config(
        BackendPreference::Use(Arc::new(keyring.clone())),
        Some(public.clone()),
    );
    let dir = tempfile::tempdir().unwrap();
    let store = Store::create(dir.path(), PASS, "Sjoukje ter Horst-Ölçer", &cfg)
        .await
        .unwrap();
    store.sync().login(&url, "sjoukje", PASSWORD).await.unwrap();
    offline_work(&store, 100, 1).await;
    store.sync().round(&|_| {}).await.unwrap();
    // A week offline: three intakes the server has not seen.
    let pending = offline_work(&store, 200, 3).await;
    assert!(pending > 0);
    let store_id = recovery::read_copy(dir.path()).unwrap().unwrap().store_id;
    store.lock().await;

    // IT resets the keyring: the wrapped key and the device secret are gone.
    keyring.delete(&store_id, SecretName::WrappedKey).unwrap();
    keyring.delete(&store_id, SecretName::DeviceSecret).unwrap();
    let err = Store::unlock(dir.path(), PASS, &cfg).await.unwrap_err();
    assert!(
        matches!(err, StoreError::KeyMissing { .. }),
        "a typed error that leads to recovery: {err:?}"
    );

    // The helpdesk opens recovery.json with the municipality's private key.
    let copy = recovery::read_copy(dir.path())
        .unwrap()
        .expect("a recovery copy");
    assert_eq!(copy.recipient, public);
    let code = recovery::open_to_code(&copy, &private).unwrap();
    let mut typo = code.to_string();
    typo.replace_range(0..1, if typo.starts_with('0') { "1" } else { "0" });
    assert!(matches!(
        Store::recover(dir.path(), &typo, NEW_PASS, &cfg).await,
        Err(StoreError::RecoveryCodeInvalid)
    ));
    let session = Session::new(dir.path(), cfg.clone());
    session
        .recover(&code, NEW_PASS, Local::now().date_naive())
        .await
        .unwrap();
    {
        let store = session.unlocked().await.unwrap();
        assert_eq!(
            store.sync().outbox_stats().await.unwrap().pending,
            pending,
            "every unsent change survived"
        );
    }
    let outcome = session.sync_round(Local::now().date_naive(), &|| {}).await;
    assert!(matches!(outcome, RoundOutcome::Done(_)), "{outcome:?}");
    assert_eq!(
        server_resident_count(&pool).await,
        4,
        "the offline work reached the server"
    );
    session.lock().await;

    // The code was for one use: the store has a new key since.
    assert!(matches!(
        Store::recover(dir.path(), &code, "nog een andere wachtzin", &cfg).await,
        Err(StoreError::RecoveryCodeInvalid)
    ));
    let fresh = recovery::read_copy(dir.path()).unwrap().unwrap();
    assert_ne!(
        fresh.key_check, copy.key_check,
        "the recovery copy follows the new key"
    );
    let store = Store::unlock(dir.path(), NEW_PASS, &cfg).await.unwrap();
    store.lock().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forgotten_passphrase_resets_only_after_the_lost_count_is_confirmed() {
    let (pool, _) = fresh_database().await;
    let url = start_server(pool.clone()).await;
    admin::user_add(&pool, "bram", "Bram 't Hart", Role::Jobcoach, PASSWORD)
        .await
        .unwrap();
    let keyring = MemoryBackend::default();
    let cfg = config(BackendPreference::Use(Arc::new(keyring.clone())), None);
    let dir = tempfile::tempdir().unwrap();
    let session = Session::new(dir.path(), cfg.clone());
    session.create(PASS, "Bram 't Hart").await.unwrap();
    let pending = {
        let store = session.unlocked().await.unwrap();
        store.sync().login(&url, "bram", PASSWORD).await.unwrap();
        offline_work(&store, 300, 2).await;
        store.sync().round(&|_| {}).await.unwrap();
        offline_work(&store, 400, 3).await
    };
    session.lock().await;
    assert!(
        session.recovery_copy().is_none(),
        "no municipality key, no copy"
    );

    // The passphrase is gone from memory. The lock screen can still tell what is at stake.
    assert!(matches!(
        session
            .unlock("wat was het ook alweer", Local::now().date_naive())
            .await,
        Err(StoreError::WrongPassphrase)
    ));
    let unsent = session.unsent_changes().unwrap().expect("counted");
    assert_eq!(unsent.count, u64::try_from(pending).unwrap());
    assert!(unsent.counted_at <= Utc::now());
    let refused = session.reset(0).await.unwrap_err();
    assert!(
        matches!(refused, StoreError::UnsentNotConfirmed { unsent } if unsent == unsent_count(dir.path())),
        "a reset that did not confirm the number is refused: {refused:?}"
    );
    assert!(Store::exists(dir.path()), "nothing removed by the refusal");
    let store_id = StoreMeta::load(&DataDir::new(dir.path())).unwrap().store_id;
    session.reset(unsent.count).await.unwrap();
    assert!(!Store::exists(dir.path()));
    for name in SecretName::ALL {
        assert!(
            keyring.get(&store_id, name).unwrap().is_none(),
            "no {name:?} left behind"
        );
    }

    // A new store, the same account: the two synced files come back, the three unsent not.
    session.create(NEW_PASS, "Bram 't Hart").await.unwrap();
    {
        let store = session.unlocked().await.unwrap();
        store.sync().login(&url, "bram", PASSWORD).await.unwrap();
        store.sync().round(&|_| {}).await.unwrap();
        assert_eq!(store.residents().resident_count().await.unwrap(), 2);
    }
    assert_eq!(server_resident_count(&pool).await, 2);
    session.lock().await;
}

fn unsent_count(dir: &Path) -> u64 {
    recovery::unsent_changes(dir)
        .unwrap()
        .map_or(0, |u| u.count)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_old_keys_json_and_the_old_passphrase_do_not_open_a_rekeyed_store() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(BackendPreference::File, None);
    let store = Store::create(dir.path(), PASS, "Fatima el Amrani", &cfg)
        .await
        .unwrap();
    offline_work(&store, 500, 2).await;
    let keys = dir.path().join("keys.json");
    let old_keys = std::fs::read(&keys).unwrap();
    let store = store.change_passphrase(PASS, NEW_PASS, &cfg).await.unwrap();
    assert_eq!(store.residents().resident_count().await.unwrap(), 2);
    store.lock().await;

    // A backup of keys.json from before the change, and the old passphrase.
    let new_keys = std::fs::read(&keys).unwrap();
    assert_ne!(old_keys, new_keys);
    std::fs::write(&keys, &old_keys).unwrap();
    let opened = Store::unlock(dir.path(), PASS, &cfg).await;
    assert!(
        matches!(opened, Err(StoreError::DatabaseKey)),
        "the old key does not open the re-keyed database: {opened:?}"
    );
    // Nor does the new passphrase with the old file, and the database is intact.
    assert!(Store::unlock(dir.path(), NEW_PASS, &cfg).await.is_err());
    std::fs::write(&keys, &new_keys).unwrap();
    let store = Store::unlock(dir.path(), NEW_PASS, &cfg).await.unwrap();
    assert_eq!(store.residents().resident_count().await.unwrap(), 2);
    store.lock().await;
    assert!(
        !dir.path().join("werkpad.db.rekey").exists(),
        "no re-key copy left"
    );
}
