//! The ceiling: how fast this PostgreSQL takes rows of the `records` shape with one multi-row
//! `INSERT … SELECT FROM UNNEST` per batch, from several connections, with nothing else
//! around it (no exactly-once bookkeeping, no audit chain, no write lock).
//!
//! The fair ceiling ([`Shape::RecordsAndAudit`]) writes exactly the rows the server must
//! write per mutation: the record and its audit entry (same columns, same indexes, the
//! audit id from a sequence), in one transaction per batch; still no bookkeeping, no
//! caseload check, no merge.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use serde_json::Value;
use sqlx::PgPool;
use uuid::Uuid;

use crate::cpu::{self, CpuTimes};
use crate::mutations::RecordRow;

/// The "one lock" variant takes one exclusive advisory lock per batch, as the server's push
/// did until pushes ran side by side (migrations/server/20261129000002): what a single
/// write lock allows on this machine.
const ONE_LOCK: i64 = 20_261_128;

/// The scratch table: `records` with its indexes, in a database of its own.
pub async fn setup(pool: &PgPool) -> anyhow::Result<()> {
    werkpad_server::MIGRATOR
        .run(pool)
        .await
        .context("migrating the ceiling database")?;
    sqlx::query("CREATE TABLE scratch_records (LIKE records INCLUDING ALL)")
        .execute(pool)
        .await
        .context("creating scratch_records")?;
    // The audit log without its append-only triggers (LIKE copies no triggers).
    sqlx::query("CREATE TABLE scratch_audit (LIKE audit_log INCLUDING ALL)")
        .execute(pool)
        .await
        .context("creating scratch_audit")?;
    sqlx::query("CREATE SEQUENCE scratch_audit_id")
        .execute(pool)
        .await
        .context("creating scratch_audit_id")?;
    Ok(())
}

/// What each batch writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Records only (the simple-row ceiling of earlier runs).
    Records,
    /// Records only, each batch under one exclusive advisory lock.
    RecordsOneLock,
    /// Records and one audit entry per record, in the same transaction.
    RecordsAndAudit,
}

#[derive(Debug, Default)]
struct Batch {
    entities: Vec<String>,
    ids: Vec<Uuid>,
    residents: Vec<Option<Uuid>>,
    docs: Vec<Value>,
    fvs: Vec<Value>,
}

/// Insert `rows` in batches of `batch` from `conns` connections; rows, seconds and CPU.
/// Each batch is its own transaction, written as `shape` says.
pub async fn run(
    pool: &PgPool,
    rows: Vec<RecordRow>,
    batch: usize,
    conns: usize,
    shape: Shape,
) -> anyhow::Result<(u64, Duration, CpuTimes)> {
    let total = rows.len() as u64;
    let mut batches: Vec<Batch> = Vec::new();
    let mut it = rows.into_iter().peekable();
    while it.peek().is_some() {
        let mut b = Batch::default();
        for r in it.by_ref().take(batch.max(1)) {
            b.entities.push(r.entity);
            b.ids.push(r.id);
            b.residents.push(r.resident_id);
            b.docs.push(r.doc);
            b.fvs.push(r.field_versions);
        }
        batches.push(b);
    }
    let batches = Arc::new(batches);
    let next = Arc::new(AtomicUsize::new(0));
    let conns = conns.max(1);
    // Every worker holds its connection before the clock starts.
    let barrier = Arc::new(tokio::sync::Barrier::new(conns + 1));
    let user = Uuid::now_v7();
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..conns {
        let pool = pool.clone();
        let batches = Arc::clone(&batches);
        let next = Arc::clone(&next);
        let barrier = Arc::clone(&barrier);
        workers.spawn(async move {
            let mut conn = pool.acquire().await;
            barrier.wait().await;
            let conn = conn
                .as_mut()
                .map_err(|e| anyhow::anyhow!("ceiling connection: {e}"))?;
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(b) = batches.get(i) else {
                    return anyhow::Ok(());
                };
                let mut tx = sqlx::Connection::begin(&mut **conn).await?;
                if shape == Shape::RecordsOneLock {
                    sqlx::query("SELECT pg_advisory_xact_lock($1)")
                        .bind(ONE_LOCK)
                        .execute(&mut *tx)
                        .await?;
                }
                sqlx::query(
                    "INSERT INTO scratch_records (entity, id, resident_id, version, doc,
                         field_versions, special, deleted, change_seq, updated_at, updated_by)
                     SELECT entity, id, resident_id, 1, doc, fv, FALSE, FALSE,
                            nextval('change_seq'), now(), $6
                     FROM UNNEST($1::text[], $2::uuid[], $3::uuid[], $4::jsonb[], $5::jsonb[])
                          AS u(entity, id, resident_id, doc, fv)",
                )
                .bind(&b.entities)
                .bind(&b.ids)
                .bind(&b.residents)
                .bind(&b.docs)
                .bind(&b.fvs)
                .bind(user)
                .execute(&mut *tx)
                .await
                .context("ceiling insert")?;
                if shape == Shape::RecordsAndAudit {
                    sqlx::query(
                        "INSERT INTO scratch_audit (id, at, user_id, device_id, resident_id,
                             action, entity, entity_id, purpose, mutation_seq)
                         SELECT nextval('scratch_audit_id'), now(), $4, $4, resident_id,
                                'apply_create', entity, id, 'guidance', ord
                         FROM UNNEST($1::text[], $2::uuid[], $3::uuid[])
                              WITH ORDINALITY AS u(entity, id, resident_id, ord)",
                    )
                    .bind(&b.entities)
                    .bind(&b.ids)
                    .bind(&b.residents)
                    .bind(user)
                    .execute(&mut *tx)
                    .await
                    .context("ceiling audit insert")?;
                }
                tx.commit().await?;
            }
        });
    }
    barrier.wait().await;
    let cpu_start = cpu::now();
    let start = Instant::now();
    while let Some(done) = workers.join_next().await {
        done.context("ceiling worker panicked")??;
    }
    let wall = start.elapsed();
    Ok((total, wall, cpu_start.until(cpu::now())))
}
