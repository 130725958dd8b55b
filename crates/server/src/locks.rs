//! The one lock between writers: pushes share it, a caseload change or a reference import
//! takes it alone; and the registration of writers that pulls wait for.
//!
//! Pushes from different devices run side by side: change numbers and audit ids come from
//! each transaction's own id (see migrations/server/20261129000002), and a pull only
//! passes changes of finished transactions. What still must not overlap a push is a change
//! of who works with whom: a push checks the caseload once at its start and must see the
//! same caseload until it commits, and an assignment re-stamps a resident's records, which
//! a push may be locking in another order. Those take the lock exclusively; they are rare.

use sqlx::PgConnection;
use uuid::Uuid;

/// The advisory lock key.
const CASE_LOCK: i64 = 20_261_128;

/// The start of a push in one round trip (SQL `begin_push`): the lock shared (pushes run
/// side by side) before any row lock, the registration as a writer ([`begin_changes`]),
/// then the device row locked (one page of a device at a time). Returns the device's last applied sequence number and which of `residents` are
/// in `coach`'s caseload (none asked without a coach).
pub async fn begin_push(
    conn: &mut PgConnection,
    device: Uuid,
    coach: Option<Uuid>,
    residents: &[Uuid],
) -> Result<(i64, Vec<Uuid>), sqlx::Error> {
    sqlx::query_as("SELECT last_seq, assigned FROM begin_push($1, $2, $3, $4)")
        .bind(CASE_LOCK)
        .bind(device)
        .bind(coach)
        .bind(residents)
        .fetch_one(&mut *conn)
        .await
}

/// Take the lock alone (caseload changes, reference imports), for the rest of the
/// transaction, and register as a writer. First, before any row lock or write.
pub async fn exclusive(conn: &mut PgConnection) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT pg_advisory_xact_lock($1), begin_changes()")
        .bind(CASE_LOCK)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Register this transaction as one that writes change numbers or audit entries, before
/// its first write: pulls and the audit sealer then wait for it (`change_horizon()`). A
/// transaction whose first write is a change number or audit entry is registered by that;
/// one that writes (or locks rows) before must call this first, or its first change
/// number fails loudly.
pub async fn begin_changes(conn: &mut PgConnection) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT begin_changes()")
        .execute(&mut *conn)
        .await?;
    Ok(())
}
