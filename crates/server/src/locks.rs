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

/// The advisory lock key.
const CASE_LOCK: i64 = 20_261_128;

/// Take the lock shared (a push), for the rest of the transaction, and register as a
/// writer ([`begin_changes`]). First, before any row lock or write.
pub async fn shared(conn: &mut PgConnection) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT pg_advisory_xact_lock_shared($1), begin_changes()")
        .bind(CASE_LOCK)
        .execute(&mut *conn)
        .await?;
    Ok(())
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
