//! Keys and sessions (issue 21): a re-key interrupted at each step still opens with one of
//! the two passphrases, sync tokens live inside the store, and locking does not wait for a
//! sync round that hangs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use chrono::{Duration, Utc};
use werkpad_domain::sync::Tokens;

use super::rekey::KeySet;
use super::secrets::{SecretBackend, SecretName};
use super::tests::{Fixture, PASS, intake};
use super::{BackendPreference, Store};
use crate::StoreError;
use crate::session::{RoundOutcome, Session};

const NEW: &str = "a new and longer passphrase";

fn backend(fx: &Fixture) -> Arc<dyn SecretBackend> {
    match &fx.config.backend {
        BackendPreference::Use(b) => b.clone(),
        _ => unreachable!("the fixture keeps secrets in memory"),
    }
}

fn store_id(fx: &Fixture) -> String {
    super::meta::StoreMeta::load(&super::DataDir::new(fx.dir.path()))
        .unwrap()
        .store_id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crash_after_the_swap_is_finished_by_the_new_passphrase() {
    let fx = Fixture::new();
    let store = fx.create().await;
    store
        .residents()
        .save_intake(&intake(&store, 1))
        .await
        .unwrap();
    let (b, id) = (backend(&fx), store_id(&fx));
    let old_wrapped = b.get(&id, SecretName::WrappedKey).unwrap().unwrap();
    let old_secret = b.get(&id, SecretName::DeviceSecret).unwrap().unwrap();
    let store = store
        .change_passphrase(PASS, NEW, &fx.config)
        .await
        .unwrap();
    store.lock().await;
    // Put the secrets back as they were between the file swap and the key switch.
    let pending = KeySet {
        wrapped: serde_json::from_str(&b.get(&id, SecretName::WrappedKey).unwrap().unwrap())
            .unwrap(),
        device_secret: b.get(&id, SecretName::DeviceSecret).unwrap().unwrap(),
    };
    b.set(
        &id,
        SecretName::PendingKey,
        &serde_json::to_string(&pending).unwrap(),
    )
    .unwrap();
    b.set(&id, SecretName::WrappedKey, &old_wrapped).unwrap();
    b.set(&id, SecretName::DeviceSecret, &old_secret).unwrap();

    let old = fx.unlock().await;
    assert!(
        matches!(old, Err(StoreError::WrongPassphrase)),
        "the old passphrase opens the old key, which no longer opens the database: {old:?}"
    );
    let store = Store::unlock(fx.dir.path(), NEW, &fx.config).await.unwrap();
    assert_eq!(store.residents().resident_count().await.unwrap(), 1);
    store.lock().await;
    assert!(
        b.get(&id, SecretName::PendingKey).unwrap().is_none(),
        "the pending key became the key"
    );
    assert_ne!(
        b.get(&id, SecretName::WrappedKey).unwrap().unwrap(),
        old_wrapped
    );
    // And from now on without the detour.
    Store::unlock(fx.dir.path(), NEW, &fx.config)
        .await
        .unwrap()
        .lock()
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crash_before_the_swap_leaves_the_old_passphrase_working() {
    let fx = Fixture::new();
    let store = fx.create().await;
    store
        .residents()
        .save_intake(&intake(&store, 2))
        .await
        .unwrap();
    store.lock().await;
    let (b, id) = (backend(&fx), store_id(&fx));
    // The copy was being written and the new key kept when the power went.
    let (pending, _key) = KeySet::generate(NEW, &id, fx.config.kdf).unwrap();
    b.set(
        &id,
        SecretName::PendingKey,
        &serde_json::to_string(&pending).unwrap(),
    )
    .unwrap();
    let copy = fx.dir.path().join("werkpad.db.rekey");
    std::fs::write(&copy, b"half a database").unwrap();

    let new = Store::unlock(fx.dir.path(), NEW, &fx.config).await;
    assert!(
        matches!(new, Err(StoreError::WrongPassphrase)),
        "the new key never reached the database: {new:?}"
    );
    let store = fx.unlock().await.unwrap();
    assert_eq!(store.residents().resident_count().await.unwrap(), 1);
    store.lock().await;
    assert!(b.get(&id, SecretName::PendingKey).unwrap().is_none());
    assert!(!copy.exists(), "the half-made copy is gone");
}

fn tokens(url_seed: &str) -> Tokens {
    Tokens {
        access_token: format!("access-{url_seed}"),
        access_expires_at: Utc::now() + Duration::hours(8),
        refresh_token: format!("refresh-{url_seed}"),
        refresh_expires_at: Utc::now() + Duration::days(30),
    }
}

async fn logged_in(store: &Store, server_url: &str, tokens: Option<&Tokens>) {
    sqlx::query(
        "INSERT INTO sync_state (singleton, server_url, user_id, user_name, display_name, role,
                                 cursor, logged_in_at, tokens)
         VALUES (1, ?, ?, 'petra', 'Petra de Coach', 'jobcoach', 0, ?, ?)",
    )
    .bind(server_url)
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(Utc::now().to_rfc3339())
    .bind(tokens.map(|t| serde_json::to_string(t).unwrap()))
    .execute(store.pool())
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_tokens_move_from_beside_the_key_into_the_store() {
    let fx = Fixture::new();
    let store = fx.create().await;
    logged_in(&store, "https://werkpad.example", None).await;
    let legacy = tokens("legacy");
    let (b, id) = (backend(&fx), store_id(&fx));
    b.set(
        &id,
        SecretName::SyncTokens,
        &serde_json::to_string(&legacy).unwrap(),
    )
    .unwrap();
    store.lock().await;

    let store = fx.unlock().await.unwrap();
    assert_eq!(store.sync().tokens().await.unwrap(), Some(legacy));
    assert!(
        b.get(&id, SecretName::SyncTokens).unwrap().is_none(),
        "nothing but the wrapped key and the device secret beside the store"
    );
    let fresh = tokens("fresh");
    store.sync().save_tokens(&fresh).await.unwrap();
    assert!(b.get(&id, SecretName::SyncTokens).unwrap().is_none());
    store.lock().await;
    let store = fx.unlock().await.unwrap();
    assert_eq!(store.sync().tokens().await.unwrap(), Some(fresh));
    store.lock().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn locking_does_not_wait_for_a_round_that_hangs() {
    // A "server" that accepts the connection and never answers.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (accepted_tx, accepted_rx) = tokio::sync::oneshot::channel();
    tokio::spawn(async move {
        let (socket, _) = listener.accept().await.unwrap();
        let _ = accepted_tx.send(());
        tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
        drop(socket);
    });

    let fx = Fixture::new();
    let session = Arc::new(Session::new(fx.dir.path(), fx.config.clone()));
    session.create(PASS, "Petra de Coach").await.unwrap();
    {
        let store = session.unlocked().await.unwrap();
        store
            .residents()
            .save_intake(&intake(&store, 3))
            .await
            .unwrap();
        logged_in(&store, &url, Some(&tokens("t"))).await;
    }
    let round = tokio::spawn({
        let session = session.clone();
        async move { session.sync_round(super::tests::today(), &|| {}).await }
    });
    accepted_rx.await.unwrap();
    assert!(
        session.sync_status().await.running,
        "the round is waiting on the server"
    );

    assert!(session.lock().await, "the store was open");
    assert!(!session.is_unlocked().await);
    let outcome = round.await.unwrap();
    assert!(
        matches!(outcome, RoundOutcome::Cancelled),
        "the round was stopped by the lock, not ended by a timeout: {outcome:?}"
    );
    // The unsent change is still there for the next round.
    session.unlock(PASS, super::tests::today()).await.unwrap();
    assert!(
        session
            .unlocked()
            .await
            .unwrap()
            .sync()
            .outbox_stats()
            .await
            .unwrap()
            .pending
            > 0
    );
    session.lock().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_passphrase_change_during_a_hanging_round_keeps_every_offline_change() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (accepted_tx, accepted_rx) = tokio::sync::oneshot::channel();
    tokio::spawn(async move {
        let (socket, _) = listener.accept().await.unwrap();
        let _ = accepted_tx.send(());
        tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
        drop(socket);
    });
    let fx = Fixture::new();
    let session = Arc::new(Session::new(fx.dir.path(), fx.config.clone()));
    session.create(PASS, "Nguyễn Văn An").await.unwrap();
    let pending = {
        let store = session.unlocked().await.unwrap();
        for seed in 10..14 {
            store
                .residents()
                .save_intake(&intake(&store, seed))
                .await
                .unwrap();
        }
        logged_in(&store, &url, Some(&tokens("t"))).await;
        store.sync().outbox_stats().await.unwrap().pending
    };
    let round = tokio::spawn({
        let session = session.clone();
        async move { session.sync_round(super::tests::today(), &|| {}).await }
    });
    accepted_rx.await.unwrap();
    session.change_passphrase(PASS, NEW).await.unwrap();
    assert!(matches!(round.await.unwrap(), RoundOutcome::Cancelled));
    {
        let store = session.unlocked().await.unwrap();
        assert_eq!(store.sync().outbox_stats().await.unwrap().pending, pending);
        assert_eq!(store.residents().resident_count().await.unwrap(), 4);
        assert!(
            store.sync().tokens().await.unwrap().is_some(),
            "still logged in"
        );
    }
    session.lock().await;
    assert!(matches!(
        fx.unlock().await,
        Err(StoreError::WrongPassphrase)
    ));
    session.unlock(NEW, super::tests::today()).await.unwrap();
    session.lock().await;
}
