//! The one way to change the store: a [`Writer`] is a transaction that, for every record it
//! writes, also writes the sync outbox entry and the audit entry. Commit makes all of them
//! visible at once; dropping the writer (an error, a panic, a crash) leaves none of them.

use chrono::{DateTime, Utc};
use serde_json::Value;
use sqlx::{Sqlite, Transaction};
use werkpad_domain::{EntityKind, Purpose, changed_fields};

use super::Store;
use super::audit::{self, AuditAction, AuditEntry};
use super::outbox::{self, Op};
use super::records::Storable;
use crate::error::{Result, StoreError};

/// Where a test makes a write fail on purpose (only armed in this crate's unit tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaultPoint {
    /// After the row, before the outbox entry.
    AfterRow,
    /// After the outbox entry, before the audit entry.
    AfterOutbox,
    /// After everything, before commit.
    BeforeCommit,
}

/// What a write did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// A new record.
    Created,
    /// Changed fields of an existing record.
    Updated,
    /// The record was already exactly so: nothing written, no outbox, no audit.
    Unchanged,
}

/// One transaction over the store, for one purpose.
#[derive(Debug)]
pub struct Writer<'s> {
    tx: Transaction<'static, Sqlite>,
    store: &'s Store,
    purpose: Purpose,
    now: DateTime<Utc>,
}

impl Store {
    /// Start a write transaction for `purpose`. `BEGIN IMMEDIATE` takes the write lock up
    /// front, so two writers queue instead of failing half-way.
    pub async fn writer(&self, purpose: Purpose) -> Result<Writer<'_>> {
        let tx = self.pool().begin_with("BEGIN IMMEDIATE").await?;
        Ok(Writer {
            tx,
            store: self,
            purpose,
            now: Utc::now(),
        })
    }
}

impl Writer<'_> {
    /// Create or update `record`. Only fields that changed go into the outbox entry; the
    /// base version is the row's version before this change. Append-only records cannot be
    /// updated.
    pub async fn put<R: Storable>(&mut self, record: &R) -> Result<Written> {
        if R::KIND.is_reference() {
            return Err(StoreError::ReadOnly { entity: R::KIND });
        }
        record.check()?;
        let id = record.record_id().to_string();
        let resident_id = record.resident_id().map(|r| r.to_string());
        let new = to_value(record)?;
        let existing: Option<(String, i64)> = sqlx::query_as(R::SELECT_DATA)
            .bind(&id)
            .fetch_optional(&mut *self.tx)
            .await?;
        let now = self.now.to_rfc3339();
        let (op, fields, base_version) = match existing {
            None => {
                sqlx::query(R::INSERT)
                    .bind(&id)
                    .bind(&resident_id)
                    .bind(new.to_string())
                    .bind(&now)
                    .execute(&mut *self.tx)
                    .await
                    .map_err(unique_bsn)?;
                let op = if R::KIND.is_append_only() {
                    Op::Append
                } else {
                    Op::Create
                };
                (op, object(new), 0)
            }
            Some((old, version)) => {
                let old: Value =
                    serde_json::from_str(&old).map_err(|source| StoreError::Corrupt {
                        entity: R::KIND,
                        id: id.clone(),
                        source,
                    })?;
                let changed = changed_fields(&old, &new);
                if changed.is_empty() {
                    return Ok(Written::Unchanged);
                }
                if R::KIND.is_append_only() {
                    return Err(StoreError::AppendOnly { entity: R::KIND });
                }
                sqlx::query(R::UPDATE)
                    .bind(new.to_string())
                    .bind(&now)
                    .bind(&id)
                    .execute(&mut *self.tx)
                    .await
                    .map_err(unique_bsn)?;
                (Op::Update, changed, version)
            }
        };
        self.fault(FaultPoint::AfterRow)?;
        let entry = outbox::NewEntry {
            entity: R::KIND.as_str(),
            entity_id: &id,
            resident_id: resident_id.as_deref(),
            op,
            fields: &Value::Object(fields),
            base_version,
            purpose: Some(self.purpose),
        };
        outbox::append(&mut self.tx, &self.store.device().device_id, &entry, &now).await?;
        self.fault(FaultPoint::AfterOutbox)?;
        let action = match op {
            Op::Create => AuditAction::Create,
            Op::Append => AuditAction::Append,
            Op::Update | Op::Delete => AuditAction::Update,
        };
        self.audit(action, resident_id.as_deref(), Some((R::KIND, &id)), None)
            .await?;
        Ok(if op == Op::Update {
            Written::Updated
        } else {
            Written::Created
        })
    }

    /// Write an audit entry in this transaction (reads, exports, destruction).
    pub async fn audit(
        &mut self,
        action: AuditAction,
        resident_id: Option<&str>,
        entity: Option<(EntityKind, &str)>,
        reason: Option<&str>,
    ) -> Result<()> {
        let device = self.store.device();
        let entry = AuditEntry {
            at: self.now,
            actor_id: device.coach.id.to_string(),
            device_id: device.device_id.clone(),
            resident_id: resident_id.map(str::to_owned),
            action,
            entity: entity.map(|(k, _)| k),
            entity_id: entity.map(|(_, id)| id.to_owned()),
            purpose: Some(self.purpose),
            reason: reason.map(str::to_owned),
        };
        audit::append(&mut self.tx, &entry).await
    }

    /// The open transaction, for this crate's read-then-audit helpers.
    pub(crate) fn tx(&mut self) -> &mut Transaction<'static, Sqlite> {
        &mut self.tx
    }

    /// The purpose this writer was opened for.
    pub fn purpose(&self) -> Purpose {
        self.purpose
    }

    /// Make every write of this transaction durable and visible at once.
    pub async fn commit(self) -> Result<()> {
        self.fault(FaultPoint::BeforeCommit)?;
        self.tx.commit().await?;
        Ok(())
    }

    #[cfg(test)]
    fn fault(&self, here: FaultPoint) -> Result<()> {
        let armed = *self
            .store
            .fault
            .lock()
            .map_err(|_| StoreError::Secrets("poisoned".into()))?;
        if armed == Some(here) {
            return Err(StoreError::Io(std::io::Error::other(format!(
                "injected fault {here:?}"
            ))));
        }
        Ok(())
    }

    #[cfg(not(test))]
    #[inline(always)]
    fn fault(&self, _here: FaultPoint) -> Result<()> {
        Ok(())
    }
}

#[cfg(test)]
impl Store {
    /// Arm a fault for the next writes (tests only).
    pub(crate) fn inject_fault(&self, point: Option<FaultPoint>) {
        if let Ok(mut f) = self.fault.lock() {
            *f = point;
        }
    }
}

/// The unique BSN index speaks as a typed error, not as an internal one.
fn unique_bsn(e: sqlx::Error) -> StoreError {
    match &e {
        sqlx::Error::Database(db)
            if db.is_unique_violation() && db.message().contains("residents_bsn") =>
        {
            StoreError::DuplicateBsn
        }
        _ => StoreError::Database(e),
    }
}

fn to_value<R: Storable>(record: &R) -> Result<Value> {
    serde_json::to_value(record).map_err(|source| StoreError::Corrupt {
        entity: R::KIND,
        id: record.record_id().to_string(),
        source,
    })
}

fn object(v: Value) -> serde_json::Map<String, Value> {
    match v {
        Value::Object(map) => map,
        other => {
            let mut map = serde_json::Map::new();
            map.insert("value".into(), other);
            map
        }
    }
}
