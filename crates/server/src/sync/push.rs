//! `POST /api/v1/push`: apply a page of one device's mutations exactly once, in one
//! transaction, and answer per mutation.
//!
//! Every mutation gets an answer, never the whole page an error, unless the page itself is
//! wrong: a role that may not write gets `forbidden` per mutation, so a laptop's outbox
//! always drains. A change to a resident who left the coach's caseload is still accepted
//! when the laptop had not yet pulled the hand-over when it made the change
//! (`known_cursor`): the coach did that work while the resident was hers. Sequence numbers
//! sent again with other content (a laptop restored from an older copy) are refused as
//! `sequence_reused`, so new work is never answered "duplicate" and lost.

use std::collections::{HashMap, HashSet};

use axum::Json;
use axum::extract::State;
use chrono::{NaiveDate, Utc};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use sqlx::types::Json as SqlJson;
use uuid::Uuid;
use werkpad_domain::EntityKind;
use werkpad_domain::sync::role::ResidentScope;
use werkpad_domain::sync::{
    CONFLICT_ENTITY, ConflictDoc, FieldWriter, MAX_PUSH_PAGE, Mutation, MutationOp, MutationResult,
    Outcome, PushRequest, PushResponse, RejectReason, Seen, check_document, merge,
};

use super::records::{self, Key, Rec};
use crate::AppState;
use crate::api::ApiJson;
use crate::audit::{self, AuditEntry};
use crate::auth::AuthDevice;
use crate::error::ApiError;
use crate::faults::FaultPoint;
use crate::locks;

/// The handler.
pub async fn push(
    State(state): State<AppState>,
    auth: AuthDevice,
    ApiJson(req): ApiJson<PushRequest, true>,
) -> Result<Json<PushResponse>, ApiError> {
    if req.device_id != auth.device_id {
        return Err(ApiError::DeviceMismatch);
    }
    if req.mutations.len() > MAX_PUSH_PAGE {
        return Err(ApiError::InvalidRequest(format!(
            "at most {MAX_PUSH_PAGE} mutations per page"
        )));
    }
    if req
        .mutations
        .windows(2)
        .any(|w| w[0].seq.checked_add(1) != Some(w[1].seq))
    {
        return Err(ApiError::InvalidRequest(
            "sequence numbers must be consecutive".into(),
        ));
    }
    if req.mutations.first().is_some_and(|m| m.seq < 1) {
        return Err(ApiError::InvalidRequest(
            "sequence numbers start at 1".into(),
        ));
    }
    // The kind and purpose go to the audit log: PostgreSQL's text cannot hold U+0000.
    if req
        .mutations
        .iter()
        .any(|m| m.entity.contains('\0') || m.purpose.as_deref().is_some_and(|p| p.contains('\0')))
    {
        return Err(ApiError::InvalidRequest(
            "no NUL characters in entity or purpose".into(),
        ));
    }
    // A break-the-glass access past its moment ends before the caseload is checked.
    super::emergency::expire_due(&state.pool).await?;
    let results = apply_page(&state, &auth, &req.mutations).await?;
    let mut counts = [0u64; 4];
    for r in &results {
        let i = match r.outcome {
            Outcome::Applied { .. } => 0,
            Outcome::Duplicate { .. } => 1,
            Outcome::Conflict { .. } => 2,
            Outcome::Rejected { .. } => 3,
        };
        counts[i] += 1;
    }
    state
        .metrics
        .push(counts[0], counts[1], counts[2], counts[3]);
    Ok(Json(PushResponse { results }))
}

/// What one page's processing accumulates before it is written.
struct Page<'a> {
    auth: &'a AuthDevice,
    today: NaiveDate,
    recs: HashMap<Key, Rec>,
    assigned: HashSet<Uuid>,
    /// Residents handed over from this coach: the change number of the last hand-over.
    handed_over: HashMap<Uuid, i64>,
    /// Residents whose file retention destroyed.
    destroyed: HashSet<Uuid>,
    new_residents: Vec<Uuid>,
    dirty_order: usize,
    audit: Vec<AuditEntry>,
}

impl Page<'_> {
    fn touch(&mut self, key: &Key) {
        if let Some(rec) = self.recs.get_mut(key)
            && rec.dirty.is_none()
        {
            rec.dirty = Some(self.dirty_order);
            self.dirty_order += 1;
        }
    }

    fn insert(&mut self, key: Key, rec: Rec) {
        self.recs.insert(key.clone(), rec);
        self.touch(&key);
    }

    /// The one audit entry of mutation `m`.
    fn note(&mut self, m: &Mutation, action: &str) {
        self.audit.push(AuditEntry {
            at: Utc::now(),
            user_id: Some(self.auth.user_id),
            device_id: Some(self.auth.device_id),
            resident_id: m.resident_id,
            action: action.to_owned(),
            entity: Some(m.entity.clone()),
            entity_id: Some(m.entity_id),
            purpose: m.purpose.clone(),
            mutation_seq: Some(m.seq),
            device_entry: None,
        });
    }

    /// The writer mark of mutation `m`.
    fn writer(&self, m: &Mutation) -> FieldWriter {
        FieldWriter(self.auth.device_id, m.seq)
    }
}

/// Apply `mutations` (consecutive sequence numbers) for the authenticated device.
pub async fn apply_page(
    state: &AppState,
    auth: &AuthDevice,
    mutations: &[Mutation],
) -> Result<Vec<MutationResult>, ApiError> {
    let Some(first) = mutations.first() else {
        return Ok(Vec::new());
    };
    // Every resident the page names (a superset of the fresh mutations'): the caseload
    // check is asked together with the start of the push.
    let resident_ids: Vec<Uuid> = mutations
        .iter()
        .filter_map(|m| m.resident_id)
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    let scope = auth.role.resident_scope();
    let coach = matches!(scope, ResidentScope::OwnCaseload).then_some(auth.user_id);
    let mut tx = state.pool.begin().await?;
    // The case lock first (shared: other devices' pushes run alongside), before any row
    // lock; a caseload change takes it alone, so this push sees one caseload throughout.
    let (last_seq, in_caseload) =
        locks::begin_push(&mut tx, auth.device_id, coach, &resident_ids).await?;
    if first.seq > last_seq + 1 {
        return Err(ApiError::SequenceGap {
            expected: last_seq + 1,
        });
    }
    let dup_seqs: Vec<i64> = mutations
        .iter()
        .map(|m| m.seq)
        .filter(|s| *s <= last_seq)
        .collect();
    let earlier = earlier_outcomes(&mut tx, auth.device_id, &dup_seqs).await?;
    // A number answered before must come back with the same content; other content means
    // the laptop lost its later history (a restored copy) and is reusing numbers.
    for m in mutations.iter().filter(|m| m.seq <= last_seq) {
        if let Some((_, Some(digest))) = earlier.get(&m.seq)
            && *digest != mutation_digest(m)
        {
            return Err(ApiError::SequenceReused {
                first: m.seq,
                expected: last_seq + 1,
            });
        }
    }
    let fresh: Vec<&Mutation> = mutations.iter().filter(|m| m.seq > last_seq).collect();
    let assigned: HashSet<Uuid> = match scope {
        ResidentScope::OwnCaseload => in_caseload.into_iter().collect(),
        // A team lead: the residents of her team and those with no coach (a new one taken
        // in on her laptop has none yet). No grace for a file that left her team after her
        // last pull (unlike a coach's hand-over): she was never its coach, and her change
        // is refused as for any file outside her scope ([`crate::teams`]).
        ResidentScope::Team => {
            crate::teams::in_scope_among(&mut tx, auth.user_id, &resident_ids).await?
        }
        ResidentScope::None => HashSet::new(),
    };
    let handed_over = match coach {
        Some(coach) => {
            let others: Vec<Uuid> = resident_ids
                .iter()
                .filter(|r| !assigned.contains(r))
                .copied()
                .collect();
            handed_over(&mut tx, coach, &others).await?
        }
        None => HashMap::new(),
    };
    // Destroyed by retention: never written again, whoever asks (one indexed lookup).
    let destroyed = crate::retention::destroyed_among(&mut tx, &resident_ids).await?;
    let keys: Vec<Key> = fresh
        .iter()
        .map(|m| (m.entity.clone(), m.entity_id))
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    let recs = records::load_for_update(&mut tx, &keys).await?;

    let mut page = Page {
        auth,
        today: Utc::now().date_naive(),
        recs,
        assigned,
        handed_over,
        destroyed,
        new_residents: Vec::new(),
        dirty_order: 0,
        audit: Vec::new(),
    };
    let mut results = Vec::with_capacity(mutations.len());
    let mut fresh_outcomes: Vec<(i64, Outcome, Vec<u8>)> = Vec::with_capacity(fresh.len());
    for m in mutations {
        if m.seq <= last_seq {
            let first = earlier
                .get(&m.seq)
                .map(|(o, _)| o.clone())
                .ok_or_else(|| ApiError::Internal("missing stored outcome".into()))?;
            results.push(MutationResult {
                seq: m.seq,
                outcome: Outcome::Duplicate {
                    first: Box::new(first),
                },
            });
            continue;
        }
        let (outcome, action) = apply_one(&mut page, m);
        page.note(m, &action);
        fresh_outcomes.push((m.seq, outcome.clone(), mutation_digest(m)));
        results.push(MutationResult {
            seq: m.seq,
            outcome,
        });
    }

    // Write. Change numbers (and audit ids) come from this transaction's id, in write
    // order, drawn in one round trip.
    let mut dirty: Vec<(&Key, &Rec)> = page
        .recs
        .iter()
        .filter(|(_, r)| r.dirty.is_some())
        .collect();
    dirty.sort_by_key(|(_, r)| r.dirty);
    let n_new = page.new_residents.len();
    let seqs = records::next_change_seqs(&mut tx, dirty.len() + n_new + page.audit.len()).await?;
    let (record_seqs, rest) = seqs.split_at(dirty.len());
    let (event_seqs, audit_ids) = rest.split_at(n_new);
    if !dirty.is_empty() {
        records::upsert(&mut tx, &dirty, record_seqs, auth.user_id).await?;
    }
    if n_new > 0 {
        // Sorted, so two pushes adding the same residents wait for each other in one order.
        let mut new_residents: Vec<(Uuid, i64)> = page
            .new_residents
            .iter()
            .copied()
            .zip(event_seqs.iter().copied())
            .collect();
        new_residents.sort_unstable();
        let (residents, event_seqs): (Vec<Uuid>, Vec<i64>) = new_residents.into_iter().unzip();
        sqlx::query(
            "WITH c AS (
                 INSERT INTO caseload (resident_id, coach_id, assigned_by)
                 SELECT r, $1, $1 FROM UNNEST($2::uuid[]) AS u(r)
                 ON CONFLICT DO NOTHING
             )
             INSERT INTO caseload_events (seq, coach_id, resident_id, kind, by_user)
             SELECT s, $1, r, 'assign', $1 FROM UNNEST($2::uuid[], $3::bigint[]) AS u(r, s)",
        )
        .bind(auth.user_id)
        .bind(residents)
        .bind(event_seqs)
        .execute(&mut *tx)
        .await?;
    }
    audit::append_numbered(&mut tx, &page.audit, audit_ids).await?;
    let new_last = mutations.last().map_or(last_seq, |m| m.seq.max(last_seq));
    // The page's answers (one row) and the device's new position, in one statement.
    let outcomes: Vec<&Outcome> = fresh_outcomes.iter().map(|(_, o, _)| o).collect();
    let digests: Vec<&[u8]> = fresh_outcomes
        .iter()
        .map(|(_, _, d)| d.as_slice())
        .collect();
    let first_fresh = fresh_outcomes.first().map(|(s, _, _)| *s);
    sqlx::query(
        "WITH d AS (
             UPDATE devices SET last_seq = $2, last_seen_at = now() WHERE id = $1
         )
         INSERT INTO applied_pages (device_id, first_seq, last_seq, outcomes, digests)
         SELECT $1, $3, $2, $4, $5 WHERE $3::bigint IS NOT NULL",
    )
    .bind(auth.device_id)
    .bind(new_last)
    .bind(first_fresh)
    .bind(SqlJson(&outcomes))
    .bind(digests)
    .execute(&mut *tx)
    .await?;
    if state.faults.fire(FaultPoint::PushBeforeCommit) {
        return Err(ApiError::Internal("injected fault before commit".into()));
    }
    tx.commit().await?;
    if state.faults.fire(FaultPoint::PushAfterCommit) {
        return Err(ApiError::Internal("injected fault after commit".into()));
    }
    Ok(results)
}

/// What identifies a mutation's content (not when it was made or what its device knew):
/// the same change sent again has the same digest.
fn mutation_digest(m: &Mutation) -> Vec<u8> {
    let content = (&m.entity, m.entity_id, m.resident_id, m.op, &m.fields);
    let bytes = serde_json::to_vec(&content).unwrap_or_default();
    Sha256::digest(bytes)[..16].to_vec()
}

/// For each of `residents` handed over from (unassigned from) `coach`, the change number
/// of the last hand-over.
async fn handed_over(
    tx: &mut sqlx::PgConnection,
    coach: Uuid,
    residents: &[Uuid],
) -> Result<HashMap<Uuid, i64>, ApiError> {
    if residents.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(Uuid, i64)> = sqlx::query_as(
        "SELECT resident_id, max(seq) FROM caseload_events
         WHERE coach_id = $1 AND kind = 'unassign' AND resident_id = ANY($2)
         GROUP BY resident_id",
    )
    .bind(coach)
    .bind(residents)
    .fetch_all(&mut *tx)
    .await?;
    Ok(rows.into_iter().collect())
}

/// The answers given before to `seqs` (already applied), with the digest of what was
/// answered (none for pages stored before digests were kept): the pages that hold them
/// tile the device's sequence numbers, so it is the page holding the lowest one and the
/// pages starting after it, up to the highest.
async fn earlier_outcomes(
    tx: &mut sqlx::PgConnection,
    device: Uuid,
    seqs: &[i64],
) -> Result<HashMap<i64, (Outcome, Option<Vec<u8>>)>, ApiError> {
    let (Some(&low), Some(&high)) = (seqs.iter().min(), seqs.iter().max()) else {
        return Ok(HashMap::new());
    };
    type PageRow = (i64, SqlJson<Vec<Outcome>>, Option<Vec<Vec<u8>>>);
    let pages: Vec<PageRow> = sqlx::query_as(
        "(SELECT first_seq, outcomes, digests FROM applied_pages
          WHERE device_id = $1 AND first_seq <= $2 ORDER BY first_seq DESC LIMIT 1)
         UNION ALL
         SELECT first_seq, outcomes, digests FROM applied_pages
         WHERE device_id = $1 AND first_seq > $2 AND first_seq <= $3",
    )
    .bind(device)
    .bind(low)
    .bind(high)
    .fetch_all(&mut *tx)
    .await?;
    let wanted: HashSet<i64> = seqs.iter().copied().collect();
    let mut out = HashMap::new();
    for (first, outcomes, digests) in pages {
        let mut digests = digests.map(Vec::into_iter);
        for (seq, outcome) in (first..).zip(outcomes.0) {
            let digest = digests.as_mut().and_then(Iterator::next);
            if wanted.contains(&seq) {
                out.insert(seq, (outcome, digest));
            }
        }
    }
    Ok(out)
}

/// An answer and the action its audit entry names.
type Answer = (Outcome, String);

fn rejected(reason: RejectReason) -> Answer {
    (
        Outcome::Rejected { reason },
        format!("reject_{}", reason.as_str()),
    )
}

fn applied(version: i64, action: &str) -> Answer {
    (Outcome::Applied { version }, action.to_owned())
}

/// May this page's user change `resident`'s file with `m`? Adds a resident taken in on
/// this laptop to the caseload.
fn may_change(page: &mut Page<'_>, m: &Mutation, kind: EntityKind, resident: Uuid) -> bool {
    if page.assigned.contains(&resident) {
        return true;
    }
    // Handed over after the laptop last pulled: the change was made while the resident
    // was (as far as the coach could know) still hers.
    if page
        .handed_over
        .get(&resident)
        .is_some_and(|at| *at > m.known_cursor)
    {
        return true;
    }
    let key: Key = (m.entity.clone(), m.entity_id);
    let intake =
        kind == EntityKind::Resident && !page.recs.contains_key(&key) && m.op == MutationOp::Create;
    if intake && page.auth.role.resident_scope() == ResidentScope::OwnCaseload {
        // A resident taken in on this coach's laptop joins this coach's caseload.
        page.assigned.insert(resident);
        page.new_residents.push(resident);
        return true;
    }
    false
}

/// One mutation against the page's in-memory records.
fn apply_one(page: &mut Page<'_>, m: &Mutation) -> Answer {
    if m.op == MutationOp::Void {
        return applied(0, "void");
    }
    if !page.auth.role.may_write_cases() {
        return rejected(RejectReason::Forbidden);
    }
    // PostgreSQL's jsonb cannot hold U+0000: refused here, not a failed page retried for
    // ever (a laptop can hold such a text, e.g. from an import).
    if m.fields.iter().any(|(k, v)| k.contains('\0') || has_nul(v)) {
        return rejected(RejectReason::InvalidDocument);
    }
    if m.entity == CONFLICT_ENTITY {
        return resolve_conflict(page, m);
    }
    let Some(kind) = EntityKind::parse(&m.entity) else {
        return rejected(RejectReason::UnknownEntity);
    };
    let key: Key = (m.entity.clone(), m.entity_id);
    let resident = if kind.is_shared() {
        // Employers and workplaces: every case worker may add and edit them. Reference data
        // comes only from the administrator's import.
        if m.resident_id.is_some() {
            return rejected(RejectReason::InvalidDocument);
        }
        if kind.is_reference() {
            return rejected(RejectReason::Forbidden);
        }
        None
    } else {
        let Some(resident) = m.resident_id else {
            return rejected(RejectReason::InvalidDocument);
        };
        if kind == EntityKind::Resident && resident != m.entity_id {
            return rejected(RejectReason::InvalidDocument);
        }
        if kind.is_special_document(&m.fields) && !page.auth.role.sees_health() {
            return rejected(RejectReason::Forbidden);
        }
        if page.destroyed.contains(&resident) || !may_change(page, m, kind, resident) {
            return rejected(RejectReason::NotInCaseload);
        }
        Some(resident)
    };
    if let Some(rec) = page.recs.get(&key)
        && rec.resident_id != resident
    {
        return rejected(RejectReason::InvalidDocument);
    }
    let today = page.today;
    let writer = page.writer(m);
    match (m.op, page.recs.get(&key).cloned()) {
        (MutationOp::Create | MutationOp::Append, None) => {
            // One copy of the document: checked as a value, then kept as the record.
            let doc = Value::Object(m.fields.clone());
            if check_document(kind, &doc, m.entity_id, resident, today).is_err() {
                if let Some(resident) = resident
                    && let Some(pos) = page.new_residents.iter().position(|r| *r == resident)
                    && kind == EntityKind::Resident
                {
                    page.new_residents.remove(pos);
                    page.assigned.remove(&resident);
                }
                return rejected(RejectReason::InvalidDocument);
            }
            let Value::Object(doc) = doc else {
                return rejected(RejectReason::InvalidDocument);
            };
            let special = kind.is_special_document(&doc);
            page.insert(
                key,
                Rec {
                    resident_id: resident,
                    version: 1,
                    field_versions: doc.keys().map(|k| (k.clone(), 1)).collect(),
                    field_writers: doc.keys().map(|k| (k.clone(), writer)).collect(),
                    doc,
                    special,
                    deleted: false,
                    dirty: None,
                },
            );
            applied(1, &format!("apply_{}", op_name(m.op)))
        }
        (MutationOp::Update | MutationOp::Delete | MutationOp::Void, None) => {
            rejected(RejectReason::NotUpdatable)
        }
        (_, Some(rec)) if kind.is_append_only() || m.op == MutationOp::Append => {
            if rec.doc == m.fields {
                applied(rec.version, "apply_noop")
            } else {
                rejected(RejectReason::NotUpdatable)
            }
        }
        (_, Some(rec)) if rec.deleted => rejected(RejectReason::NotUpdatable),
        (MutationOp::Delete, Some(mut rec)) => {
            rec.deleted = true;
            rec.version += 1;
            let version = rec.version;
            page.recs.insert(key.clone(), rec);
            page.touch(&key);
            applied(version, "apply_delete")
        }
        (_, Some(mut rec)) => {
            let seen = Seen {
                base_version: m.base_version,
                field_bases: &m.field_bases,
                device: page.auth.device_id,
                seq: m.seq,
                own_unseen: &m.own_unseen,
            };
            let merged = merge(
                &rec.doc,
                &rec.field_versions,
                &rec.field_writers,
                &m.fields,
                &seen,
                kind.merge_groups(),
            );
            if merged.is_noop() {
                return applied(rec.version, "apply_noop");
            }
            if !merged.apply.is_empty() {
                let mut doc: Map<String, Value> = rec.doc.clone();
                doc.extend(merged.apply.clone());
                let value = Value::Object(doc);
                if check_document(kind, &value, m.entity_id, resident, today).is_err() {
                    return rejected(RejectReason::InvalidDocument);
                }
                let Value::Object(doc) = value else {
                    return rejected(RejectReason::InvalidDocument);
                };
                rec.version += 1;
                for field in merged.apply.keys() {
                    rec.field_versions.insert(field.clone(), rec.version);
                    rec.field_writers.insert(field.clone(), writer);
                }
                rec.doc = doc;
                page.recs.insert(key.clone(), rec.clone());
                page.touch(&key);
            }
            if merged.conflicts.is_empty() {
                return applied(rec.version, "apply_update");
            }
            let mut conflict_ids = Vec::new();
            let mut fields = Vec::new();
            for c in merged.conflicts {
                let id = Uuid::now_v7();
                let doc = ConflictDoc {
                    entity: m.entity.clone(),
                    entity_id: m.entity_id,
                    field: c.field.clone(),
                    mine: c.mine,
                    theirs: c.theirs,
                    device_id: page.auth.device_id,
                    // A field drawn in by its group: the conflict is with whoever changed
                    // the field that really conflicted.
                    theirs_by: rec
                        .field_writers
                        .get(c.with.as_deref().unwrap_or(&c.field))
                        .copied(),
                    created_at: Utc::now(),
                    status: "open".into(),
                    resolution: None,
                };
                let Ok(Value::Object(doc)) = serde_json::to_value(&doc) else {
                    continue;
                };
                page.insert(
                    (CONFLICT_ENTITY.to_owned(), id),
                    Rec {
                        resident_id: resident,
                        version: 1,
                        field_versions: doc.keys().map(|k| (k.clone(), 1)).collect(),
                        field_writers: doc.keys().map(|k| (k.clone(), writer)).collect(),
                        doc,
                        special: rec.special,
                        deleted: false,
                        dirty: None,
                    },
                );
                conflict_ids.push(id);
                fields.push(c.field);
            }
            (
                Outcome::Conflict {
                    version: rec.version,
                    conflict_ids,
                    fields,
                },
                "conflict".into(),
            )
        }
    }
}

/// True when a string (or key) anywhere in `value` holds U+0000.
fn has_nul(value: &Value) -> bool {
    match value {
        Value::String(s) => s.contains('\0'),
        Value::Array(items) => items.iter().any(has_nul),
        Value::Object(map) => map.iter().any(|(k, v)| k.contains('\0') || has_nul(v)),
        _ => false,
    }
}

fn op_name(op: MutationOp) -> &'static str {
    match op {
        MutationOp::Create => "create",
        MutationOp::Update => "update",
        MutationOp::Append => "append",
        MutationOp::Delete => "delete",
        MutationOp::Void => "void",
    }
}

/// A person chose a value for a conflict: the value itself travels as an ordinary update of
/// the record; this marks the conflict resolved so every device drops it from its inbox.
fn resolve_conflict(page: &mut Page<'_>, m: &Mutation) -> Answer {
    let key: Key = (CONFLICT_ENTITY.to_owned(), m.entity_id);
    let Some(mut rec) = page.recs.get(&key).cloned() else {
        return rejected(RejectReason::UnknownConflict);
    };
    // A conflict about shared data (an employer, a workplace) may be resolved by anyone who
    // may edit that data; one about a resident's file only by who may change that file.
    if rec.resident_id != m.resident_id {
        return rejected(RejectReason::NotInCaseload);
    }
    // A conflict about a health record is health data: only roles that may see it decide it
    // (found by the authorisation matrix, crates/server/tests/authz_matrix.rs).
    if rec.special && !page.auth.role.sees_health() {
        return rejected(RejectReason::Forbidden);
    }
    if let Some(r) = rec.resident_id
        && !may_change(page, m, EntityKind::Traject, r)
    {
        return rejected(RejectReason::NotInCaseload);
    }
    if rec.doc.get("status").and_then(Value::as_str) != Some("open") {
        // Resolved already (on another device): nothing more to do.
        return applied(rec.version, "apply_noop");
    }
    let resolution = m
        .fields
        .get("resolution")
        .and_then(Value::as_str)
        .filter(|r| ["mine", "theirs", "edited", "superseded"].contains(r));
    let Some(resolution) = resolution else {
        return rejected(RejectReason::InvalidDocument);
    };
    let writer = page.writer(m);
    rec.version += 1;
    rec.doc
        .insert("status".into(), Value::String("resolved".into()));
    rec.doc
        .insert("resolution".into(), Value::String(resolution.to_owned()));
    for f in ["status", "resolution"] {
        rec.field_versions.insert(f.into(), rec.version);
        rec.field_writers.insert(f.into(), writer);
    }
    let version = rec.version;
    page.recs.insert(key.clone(), rec);
    page.touch(&key);
    applied(version, "resolve_conflict")
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn the_digest_changes_with_the_content_and_not_otherwise() {
        let m = Mutation {
            seq: 3,
            entity: "resident".into(),
            entity_id: Uuid::from_u128(1),
            resident_id: Some(Uuid::from_u128(1)),
            op: MutationOp::Update,
            fields: serde_json::json!({"phone": "0611111111"})
                .as_object()
                .cloned()
                .unwrap_or_default(),
            base_version: 2,
            field_bases: BTreeMap::new(),
            own_unseen: Vec::new(),
            known_cursor: 7,
            purpose: None,
            made_at: Utc::now(),
        };
        let mut later = m.clone();
        later.made_at = Utc::now() + chrono::Duration::hours(1);
        later.known_cursor = 9;
        assert_eq!(
            mutation_digest(&m),
            mutation_digest(&later),
            "the same change sent again, with other metadata, is the same change"
        );
        let mut other = m.clone();
        other
            .fields
            .insert("phone".into(), Value::String("0622222222".into()));
        assert_ne!(
            mutation_digest(&m),
            mutation_digest(&other),
            "another change under the same number is told apart"
        );
    }
}
