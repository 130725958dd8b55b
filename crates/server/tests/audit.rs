//! The audit chain against someone who can write the database, its superuser included, but
//! does not have the audit key: each way of rewriting history is caught by `verify`.
//!
//! The attacker switches the triggers off (as a superuser can), rewrites the log, and then
//! seals it again as well as she can: with the old unkeyed hash or a key of her own. The
//! real key is in a file on the server, never in the database.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use sqlx::PgPool;
use support::*;
use werkpad_domain::sync::Role;
use werkpad_server::audit::{self, AuditEntry, AuditKey, Verified};

/// A journey that leaves some entries in the log: a user, a login, an intake, a pull.
async fn journey(pool: &PgPool) {
    let app = app(pool.clone());
    user(pool, "anna", Role::Jobcoach).await;
    let anna = device(&app, "anna").await;
    push(&app, &anna, &intake(&case(31), 1)).await;
    pull_all(&app, &anna).await;
}

async fn exec(pool: &PgPool, sql: &'static str) {
    sqlx::query(sql).execute(pool).await.unwrap();
}

/// Triggers off, as a superuser can.
async fn triggers_off(pool: &PgPool) {
    exec(pool, "ALTER TABLE audit_log DISABLE TRIGGER USER").await;
    exec(pool, "ALTER TABLE audit_seal DISABLE TRIGGER USER").await;
}

async fn ids(pool: &PgPool) -> Vec<i64> {
    sqlx::query_scalar("SELECT id FROM audit_log ORDER BY id")
        .fetch_all(pool)
        .await
        .unwrap()
}

/// The attacker's best effort: throw the seals away and seal the rewritten log with a key
/// of her own, one round, in the server's own format.
async fn reseal_with(pool: &PgPool, key: &AuditKey) {
    exec(pool, "DELETE FROM audit_seal").await;
    let mut conn = pool.acquire().await.unwrap();
    audit::seal(&mut conn, key).await.unwrap();
}

async fn verify(pool: &PgPool) -> Verified {
    let mut conn = pool.acquire().await.unwrap();
    audit::verify(&mut conn, &audit_key(), None).await.unwrap()
}

fn attackers_key() -> AuditKey {
    AuditKey::from_bytes([0x5a; 32])
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn an_edited_entry_is_caught(pool: PgPool) {
    journey(&pool).await;
    assert!(matches!(
        seal_and_verify(&pool).await,
        Verified::Intact { unsealed: 0, .. }
    ));
    let third = ids(&pool).await[2];
    triggers_off(&pool).await;
    sqlx::query("UPDATE audit_log SET purpose = 'statistics' WHERE id = $1")
        .bind(third)
        .execute(&pool)
        .await
        .unwrap();
    assert!(
        matches!(verify(&pool).await, Verified::BrokenAt { id } if id <= third),
        "the edit breaks the seal it was under"
    );
    reseal_with(&pool, &attackers_key()).await;
    assert!(
        matches!(verify(&pool).await, Verified::BrokenAt { .. }),
        "sealed again without the key: still caught"
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_removed_entry_is_caught(pool: PgPool) {
    journey(&pool).await;
    assert!(matches!(
        seal_and_verify(&pool).await,
        Verified::Intact { .. }
    ));
    let all = ids(&pool).await;
    let gone = all[all.len() / 2];
    triggers_off(&pool).await;
    sqlx::query("DELETE FROM audit_log WHERE id = $1")
        .bind(gone)
        .execute(&pool)
        .await
        .unwrap();
    assert!(matches!(verify(&pool).await, Verified::BrokenAt { id } if id <= gone));
    reseal_with(&pool, &attackers_key()).await;
    assert!(matches!(verify(&pool).await, Verified::BrokenAt { .. }));
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn an_inserted_entry_is_caught(pool: PgPool) {
    journey(&pool).await;
    assert!(matches!(
        seal_and_verify(&pool).await,
        Verified::Intact { .. }
    ));
    let all = ids(&pool).await;
    // An id between two real ones, so it lands inside a sealed round.
    let (before, after) = all
        .windows(2)
        .map(|w| (w[0], w[1]))
        .find(|(a, b)| b - a > 1)
        .unwrap_or((all[0], all[0] + 1));
    let slipped_in = if after - before > 1 { before + 1 } else { -1 };
    triggers_off(&pool).await;
    let mut conn = pool.acquire().await.unwrap();
    let fake = AuditEntry::new(None, None, "pull");
    audit::append_numbered(&mut conn, &[fake], &[slipped_in])
        .await
        .unwrap();
    assert!(
        matches!(verify(&pool).await, Verified::BrokenAt { .. }),
        "an entry added inside the chain breaks it"
    );
    reseal_with(&pool, &attackers_key()).await;
    assert!(matches!(verify(&pool).await, Verified::BrokenAt { .. }));
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_kept_head_catches_a_chain_cut_short_or_sealed_again(pool: PgPool) {
    journey(&pool).await;
    let Verified::Intact {
        head: Some(head), ..
    } = seal_and_verify(&pool).await
    else {
        panic!("a sealed chain has a head");
    };
    let mut conn = pool.acquire().await.unwrap();
    let key = audit_key();
    let kept = Some((head.0, head.1.as_slice()));
    assert!(matches!(
        audit::verify(&mut conn, &key, kept).await.unwrap(),
        Verified::Intact { .. }
    ));
    // More work, sealed later: the old head is still in the chain.
    let app = app(pool.clone());
    let anna = device(&app, "anna").await;
    pull_all(&app, &anna).await;
    audit::seal(&mut conn, &key).await.unwrap();
    assert!(matches!(
        audit::verify(&mut conn, &key, kept).await.unwrap(),
        Verified::Intact { .. }
    ));
    // The whole log wiped of one entry and sealed again by the server's own sealer (its key):
    // every seal verifies, but the kept head is gone.
    triggers_off(&pool).await;
    let first = ids(&pool).await[0];
    sqlx::query("DELETE FROM audit_log WHERE id = $1")
        .bind(first)
        .execute(&pool)
        .await
        .unwrap();
    exec(&pool, "DELETE FROM audit_seal").await;
    audit::seal(&mut conn, &key).await.unwrap();
    assert!(matches!(
        audit::verify(&mut conn, &key, None).await.unwrap(),
        Verified::Intact { .. }
    ));
    assert_eq!(
        audit::verify(&mut conn, &key, kept).await.unwrap(),
        Verified::HeadMissing { id: head.0 }
    );
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn verify_does_not_seal_and_counts_what_is_not_sealed_yet(pool: PgPool) {
    journey(&pool).await;
    // Not sealed yet (no server sealer runs in these tests): counted, not checked.
    let Verified::Intact {
        entries, unsealed, ..
    } = verify(&pool).await
    else {
        panic!("unsealed entries are not a break");
    };
    assert_eq!(entries, 0);
    assert!(unsealed >= 5, "{unsealed}");
    let Verified::Intact {
        entries, unsealed, ..
    } = seal_and_verify(&pool).await
    else {
        panic!("intact");
    };
    assert_eq!(unsealed, 0);
    assert!(entries >= 5);
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_laptops_access_log_is_stored_once_and_never_as_free_text(pool: PgPool) {
    let app = app(pool.clone());
    user(&pool, "anna", Role::Jobcoach).await;
    let anna = device(&app, "anna").await;
    let resident = uuid::Uuid::now_v7();
    let entry = |local_id: i64, action: &str| {
        serde_json::json!({
            "local_id": local_id, "at": "2026-12-05T09:00:00Z", "resident_id": resident,
            "action": action, "entity": "resident", "entity_id": resident, "purpose": "guidance"
        })
    };
    let upload = serde_json::json!({"device_id": anna.0, "entries": [entry(1, "read"), entry(2, "read_health")]});
    for _ in 0..2 {
        let (status, body) = call(&app, "/api/v1/audit", upload.clone(), Some(&anna.1)).await;
        assert!(status.is_success(), "{body}");
        assert_eq!(body["stored_through"], 2);
    }
    let stored: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE action LIKE 'laptop_%' AND resident_id = $1",
    )
    .bind(resident)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(stored, 2, "a retried upload stores nothing twice");
    for bad in [
        entry(3, "Dossier van Jan de Vries geopend"),
        serde_json::json!({"local_id": 3, "at": "2026-12-05T09:00:00Z", "resident_id": null,
            "action": "read", "entity": null, "entity_id": null, "purpose": "omdat het moest"}),
    ] {
        let (status, body) = call(
            &app,
            "/api/v1/audit",
            serde_json::json!({"device_id": anna.0, "entries": [bad]}),
            Some(&anna.1),
        )
        .await;
        assert_eq!(status.as_u16(), 422, "{body}");
    }
    let all: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action LIKE 'laptop_%'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(all, 2, "a refused upload stores nothing");
    assert!(matches!(
        seal_and_verify(&pool).await,
        Verified::Intact { .. }
    ));
}
