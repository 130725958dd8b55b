//! The one way to change the store: a [`Writer`] is a transaction that, for every record it
//! writes, also writes the sync outbox entry and the audit entry. Commit makes all of them
//! visible at once; dropping the writer (an error, a panic, a crash) leaves none of them.

use chrono::{DateTime, Utc};
use serde_json::Value;
use sqlx::{Sqlite, Transaction};
use werkpad_domain::{EntityKind, Purpose, changed_fields};

use super::Store;
use super::audit::{self, AuditAction, AuditEntry};
pub use super::faults::FaultPoint;
use super::outbox::{self, Op};
use super::records::Storable;
use crate::error::{Result, StoreError};

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
        record.check(chrono::Utc::now().date_naive())?;
        let id = record.record_id().to_string();
        let resident_id = record.resident_id().map(|r| r.to_string());
        let new = to_value(record)?;
        let existing: Option<(String, i64)> = sqlx::query_as(R::SELECT_DATA)
            .bind(&id)
            .fetch_optional(&mut *self.tx)
            .await?;
        if R::KIND == EntityKind::Resident {
            self.refuse_second_file(&id, &new).await?;
        }
        let now = self.now.to_rfc3339();
        let (op, fields, base_version, field_bases) = match existing {
            None => {
                sqlx::query(R::INSERT)
                    .bind(&id)
                    .bind(&resident_id)
                    .bind(new.to_string())
                    .bind(&now)
                    .execute(&mut *self.tx)
                    .await?;
                let op = if R::KIND.is_append_only() {
                    Op::Append
                } else {
                    Op::Create
                };
                (op, object(new), 0, None)
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
                let field_bases = self
                    .field_bases(R::KIND.as_str(), &id, &changed, version)
                    .await?;
                sqlx::query(R::UPDATE)
                    .bind(new.to_string())
                    .bind(&now)
                    .bind(&id)
                    .execute(&mut *self.tx)
                    .await?;
                (Op::Update, changed, version, field_bases)
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
            field_bases: field_bases.as_ref(),
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

    /// A laptop keeps one file per BSN: a second resident with the BSN of another is
    /// refused. (Files that arrive from the server are stored as they are: two coaches may
    /// have taken the same person in offline, and a person must merge them.)
    async fn refuse_second_file(&mut self, id: &str, new: &Value) -> Result<()> {
        let Some(bsn) = new.get("bsn").and_then(Value::as_str) else {
            return Ok(());
        };
        let other: Option<(String,)> = sqlx::query_as(
            "SELECT id FROM residents WHERE json_extract(data, '$.bsn') = ? AND id <> ? LIMIT 1",
        )
        .bind(bsn)
        .bind(id)
        .fetch_optional(&mut *self.tx)
        .await?;
        match other {
            Some(_) => Err(StoreError::DuplicateBsn),
            None => Ok(()),
        }
    }

    /// What the laptop had really seen of each changed field: the record's pulled
    /// `version`, except where an unsent change of its own stood on the field when that
    /// version arrived; then the version that change was based on. Returns the fields whose
    /// base differs from `version` (none: `None`).
    async fn field_bases(
        &mut self,
        entity: &str,
        id: &str,
        changed: &serde_json::Map<String, Value>,
        version: i64,
    ) -> Result<Option<Value>> {
        let pending = outbox::pending_for_record(&mut self.tx, entity, id).await?;
        if pending.is_empty() {
            return Ok(None);
        }
        let mut bases = serde_json::Map::new();
        for field in changed.keys() {
            for (fields, base_version, field_bases) in &pending {
                let fields: serde_json::Map<String, Value> =
                    serde_json::from_str(fields).unwrap_or_default();
                if !fields.contains_key(field) {
                    continue;
                }
                let base = field_bases
                    .as_deref()
                    .and_then(|b| serde_json::from_str::<serde_json::Map<String, Value>>(b).ok())
                    .and_then(|b| b.get(field).and_then(Value::as_i64))
                    .unwrap_or(*base_version);
                if base != version {
                    bases.insert(field.clone(), base.into());
                }
                break;
            }
        }
        Ok((!bases.is_empty()).then_some(Value::Object(bases)))
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
        // What a reset would lose, readable without the key; a failure here loses nothing.
        if let Err(e) = self.store.note_unsent().await {
            tracing::warn!(error = %e, "unsent changes not counted");
        }
        Ok(())
    }

    fn fault(&self, here: FaultPoint) -> Result<()> {
        self.store.faults().check(here)
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
