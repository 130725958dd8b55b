//! Pruning the access log (issue 20): entries older than six months go unless they belong
//! to a case file still kept; the chain still verifies afterwards, with the pruned runs in
//! place of their entries; and a removal made to look like pruning, without the key, is
//! caught like any other removal.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use chrono::{Duration, Utc};
use sqlx::PgPool;
use support::*;
use uuid::Uuid;
use werkpad_domain::sync::Role;
use werkpad_server::audit::{self, AuditEntry, Verified};
use werkpad_server::locks;

/// Entries `days` old: `n` about `resident` (or about nobody).
async fn old_entries(pool: &PgPool, days: i64, resident: Option<Uuid>, n: usize) {
    let at = Utc::now() - Duration::days(days);
    let entries: Vec<AuditEntry> = (0..n)
        .map(|_| {
            let mut e = AuditEntry::new(None, None, "laptop_read");
            e.at = at;
            e.resident_id = resident;
            e.purpose = Some("guidance".into());
            e
        })
        .collect();
    let mut tx = pool.begin().await.unwrap();
    locks::begin_changes(&mut tx).await.unwrap();
    audit::append(&mut tx, &entries).await.unwrap();
    tx.commit().await.unwrap();
}

async fn destroyed(pool: &PgPool, resident: Uuid) {
    sqlx::query(
        "INSERT INTO destructions (seq, resident_id, end_reason, ended_on, due_on, counts)
         VALUES (nextval('change_seq'), $1, 'afgebroken', '2026-01-01', '2026-02-12', '{}')",
    )
    .bind(resident)
    .execute(pool)
    .await
    .unwrap();
}

async fn count_about(pool: &PgPool, resident: Option<Uuid>) -> i64 {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT count(*) FROM audit_log WHERE resident_id IS NOT DISTINCT FROM $1
           AND at < now() - interval '6 months'",
    )
    .bind(resident)
    .fetch_one(pool)
    .await
    .unwrap();
    n
}

async fn prune(pool: &PgPool) -> audit::PruneReport {
    let mut conn = pool.acquire().await.unwrap();
    audit::prune(
        &mut conn,
        &audit_key(),
        audit::prune::cutoff(Utc::now()),
        false,
    )
    .await
    .unwrap()
}

async fn verify(pool: &PgPool) -> Verified {
    let mut conn = pool.acquire().await.unwrap();
    audit::verify(&mut conn, &audit_key(), None).await.unwrap()
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn old_entries_of_no_kept_file_go_and_the_chain_still_verifies(pool: PgPool) {
    let kept = Uuid::now_v7();
    let gone = Uuid::now_v7();
    // Interleaved, so the runs are cut by entries that stay.
    for _ in 0..3 {
        old_entries(&pool, 200, None, 4).await;
        old_entries(&pool, 200, Some(kept), 2).await;
        old_entries(&pool, 200, Some(gone), 3).await;
    }
    destroyed(&pool, gone).await;
    // A round that ends on an entry that goes: the run replacing it carries the seal's MAC.
    assert!(matches!(
        seal_and_verify(&pool).await,
        Verified::Intact { .. }
    ));
    // Recent entries stay whatever they are about.
    old_entries(&pool, 30, None, 5).await;
    old_entries(&pool, 30, Some(gone), 2).await;
    let Verified::Intact {
        entries: before,
        head: Some(head),
        ..
    } = seal_and_verify(&pool).await
    else {
        panic!("the chain is intact before pruning");
    };

    let dry = {
        let mut conn = pool.acquire().await.unwrap();
        audit::prune(
            &mut conn,
            &audit_key(),
            audit::prune::cutoff(Utc::now()),
            true,
        )
        .await
        .unwrap()
    };
    assert_eq!(
        dry.entries, 21,
        "a dry run says what would go: 12 about nobody, 9 of the destroyed file"
    );
    assert_eq!(count_about(&pool, None).await, 12, "and removes nothing");

    let report = prune(&pool).await;
    assert_eq!(report.entries, 21);
    assert_eq!(
        count_about(&pool, None).await,
        0,
        "old entries about nobody are gone"
    );
    assert_eq!(
        count_about(&pool, Some(gone)).await,
        0,
        "old entries of a destroyed file are gone"
    );
    assert_eq!(
        count_about(&pool, Some(kept)).await,
        6,
        "a kept file keeps its whole access log"
    );
    let (recent,): (i64,) =
        sqlx::query_as("SELECT count(*) FROM audit_log WHERE at > now() - interval '6 months'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(recent >= 7, "recent entries stay: {recent}");

    let Verified::Intact {
        entries, pruned, ..
    } = verify(&pool).await
    else {
        panic!("the chain verifies after pruning");
    };
    assert_eq!(
        pruned, 21,
        "every pruned entry is accounted for by a tagged run"
    );
    assert!(entries >= before - 21, "{entries} of {before}");
    let mut conn = pool.acquire().await.unwrap();
    let with_head = audit::verify(&mut conn, &audit_key(), Some((head.0, &head.1)))
        .await
        .unwrap();
    assert!(
        matches!(with_head, Verified::Intact { .. }),
        "a head kept before pruning is still in the chain: {with_head:?}"
    );
    drop(conn);
    assert_eq!(
        prune(&pool).await.entries,
        0,
        "a second run finds nothing more"
    );
    assert!(matches!(verify(&pool).await, Verified::Intact { .. }));
}

#[sqlx::test(migrations = "../../migrations/server")]
async fn a_removal_dressed_up_as_pruning_is_caught(pool: PgPool) {
    let kept = Uuid::now_v7();
    user(&pool, "anna", Role::Jobcoach).await;
    old_entries(&pool, 200, None, 4).await;
    old_entries(&pool, 200, Some(kept), 6).await;
    // Recent, in the same sealed round: a later run with a later cut-off visits the round.
    old_entries(&pool, 30, None, 2).await;
    assert!(matches!(
        seal_and_verify(&pool).await,
        Verified::Intact { .. }
    ));
    prune(&pool).await;
    assert!(matches!(verify(&pool).await, Verified::Intact { .. }));

    // The attacker removes entries of the kept file and records a pruned run for them,
    // with a MAC from the seal and a tag of her own: she has no key.
    let ids: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM audit_log WHERE resident_id = $1 ORDER BY id")
            .bind(kept)
            .fetch_all(&pool)
            .await
            .unwrap();
    let (seal_id, seal_mac): (i64, Vec<u8>) =
        sqlx::query_as("SELECT id, hash FROM audit_seal WHERE id >= $1 ORDER BY id LIMIT 1")
            .bind(ids[ids.len() - 1])
            .fetch_one(&pool)
            .await
            .unwrap();
    let tail: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM audit_log WHERE id > $1 AND id <= $2 ORDER BY id")
            .bind(ids[2])
            .bind(seal_id)
            .fetch_all(&pool)
            .await
            .unwrap();
    sqlx::query("ALTER TABLE audit_log DISABLE TRIGGER USER")
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query("DELETE FROM audit_log WHERE id = ANY($1)")
        .bind(&tail)
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO audit_pruned (first_id, last_id, entries, mac, cutoff, tag)
         VALUES ($1, $2, $3, $4, now(), $5)",
    )
    .bind(tail[0])
    .bind(seal_id)
    .bind(tail.len() as i64)
    .bind(&seal_mac)
    .bind(vec![0u8; 32])
    .execute(&pool)
    .await
    .unwrap();
    assert!(
        matches!(verify(&pool).await, Verified::BrokenAt { .. }),
        "a run without the key's tag does not stand in for removed entries"
    );
    // And the pruner will not touch a round that no longer matches its seal.
    let mut conn = pool.acquire().await.unwrap();
    let refused = audit::prune(
        &mut conn,
        &audit_key(),
        Utc::now() + Duration::days(1),
        false,
    )
    .await;
    assert!(refused.is_err(), "pruning refuses a broken round");
}
