//! `POST /api/v1/pull`: changes after the client's cursor, paged, limited to what the
//! user may see; residents that left the caseload are named for purging.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use axum::Json;
use axum::extract::State;
use chrono::Utc;
use serde_json::Value;
use sqlx::types::Json as SqlJson;
use uuid::Uuid;
use werkpad_domain::Purpose;
use werkpad_domain::sync::role::ResidentScope;
use werkpad_domain::sync::{Change, MAX_PULL_PAGE, PullRequest, PullResponse};

use crate::AppState;
use crate::api::ApiJson;
use crate::audit::{self, AuditEntry};
use crate::auth::AuthDevice;
use crate::error::ApiError;
use crate::teams;

type Row = (String, Uuid, Option<Uuid>, i64, SqlJson<Value>, bool, i64);

/// The most bytes of attachment files one pull page carries (a single larger one still
/// goes alone).
const MAX_PULL_FILE_BYTES: usize = 12 * 1024 * 1024;

/// The bytes of the file an attachment row carries; 0 for other rows.
fn file_bytes(row: &Row) -> usize {
    if row.0 != "attachment" {
        return 0;
    }
    row.4
        .0
        .get("content")
        .and_then(Value::as_str)
        .map_or(0, str::len)
}

/// How often a pull re-reads while a running transaction holds changes back (about 0.4 s
/// in all).
const HELD_BACK_RETRIES: u64 = 20;

/// A page for a case worker who sees their own caseload: per resident of the caseload the
/// first changes after the cursor (index `records_resident`), and the shared records
/// (employers, workplaces, reference data: no resident), merged in change order. So a pull
/// reads the coach's own records only, however many other caseloads the server holds.
/// $1 cursor, $2 user, $3 may see health records, $4 rows, $5 horizon.
const OWN_PAGE: &str = "
    SELECT * FROM (
        SELECT r.entity, r.id, r.resident_id, r.version, r.doc, r.deleted, r.change_seq
        FROM caseload c
        CROSS JOIN LATERAL (
            SELECT * FROM records r
            WHERE r.resident_id = c.resident_id AND r.change_seq > $1 AND r.change_seq < $5
              AND ($3 OR NOT r.special)
            ORDER BY r.change_seq
            LIMIT $4
        ) r
        WHERE c.coach_id = $2
        UNION ALL
        (SELECT r.entity, r.id, r.resident_id, r.version, r.doc, r.deleted, r.change_seq
         FROM records r
         WHERE r.resident_id IS NULL AND r.change_seq > $1 AND r.change_seq < $5
           AND ($3 OR NOT r.special)
         ORDER BY r.change_seq
         LIMIT $4)
    ) page
    ORDER BY change_seq
    LIMIT $4";

/// A page for a team lead: the changes after the cursor to the residents of her team scope
/// ([`crate::teams`]) and to the shared records. Parameters as [`OWN_PAGE`].
static TEAM_PAGE: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT r.entity, r.id, r.resident_id, r.version, r.doc, r.deleted, r.change_seq
         FROM records r
         WHERE r.change_seq > $1 AND r.change_seq < $5 AND ($3 OR NOT r.special)
           AND (r.resident_id IS NULL OR {})
         ORDER BY r.change_seq
         LIMIT $4",
        teams::in_team_scope("r.resident_id", "$2")
    )
});

/// A page for a role that works with no resident files: the shared records only.
/// Parameters as [`OWN_PAGE`] ($2 unused).
const SHARED_PAGE: &str = "
    SELECT r.entity, r.id, r.resident_id, r.version, r.doc, r.deleted, r.change_seq
    FROM records r
    WHERE r.resident_id IS NULL AND r.change_seq > $1 AND r.change_seq < $5
      AND ($3 OR NOT r.special) AND $2::uuid IS NOT NULL
    ORDER BY r.change_seq
    LIMIT $4";

/// How many records a first pull will bring (the progress bar): $1 user, $2 may see health
/// records.
const OWN_TOTAL: &str = "
    SELECT (SELECT count(*) FROM caseload c JOIN records r ON r.resident_id = c.resident_id
            WHERE c.coach_id = $1 AND ($2 OR NOT r.special))
         + (SELECT count(*) FROM records r WHERE r.resident_id IS NULL AND ($2 OR NOT r.special))";

/// [`OWN_TOTAL`] for a team lead.
static TEAM_TOTAL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT count(*) FROM records r
         WHERE ($2 OR NOT r.special) AND (r.resident_id IS NULL OR {})",
        teams::in_team_scope("r.resident_id", "$1")
    )
});

/// The residents a team lead's laptop is to purge: those named by a caseload event after
/// the cursor (an assignment, an unassignment, a coach's move to another team) who are now
/// outside her team scope. So a file that left her team goes at her next pull, as a file
/// unassigned from a coach goes from the coach's laptop. It may also name residents her
/// laptop never held (moved between other teams): purging those does nothing. $1 user,
/// $2 cursor, $3 upper.
static TEAM_PURGE: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT DISTINCT e.resident_id FROM caseload_events e
         WHERE e.seq > $2 AND e.seq <= $3 AND NOT {}",
        teams::in_team_scope("e.resident_id", "$1")
    )
});

/// [`OWN_TOTAL`] for a role that sees no resident ($1 unused).
const SHARED_TOTAL: &str = "
    SELECT count(*) FROM records r
    WHERE r.resident_id IS NULL AND ($2 OR NOT r.special) AND $1::uuid IS NOT NULL";

/// Which residents a page may bring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    Own,
    Team,
    SharedOnly,
}

impl Scope {
    fn of(role: werkpad_domain::sync::Role) -> Self {
        match role.resident_scope() {
            ResidentScope::OwnCaseload => Self::Own,
            ResidentScope::Team => Self::Team,
            ResidentScope::None => Self::SharedOnly,
        }
    }

    fn page_sql(self) -> &'static str {
        match self {
            Self::Own => OWN_PAGE,
            Self::Team => TEAM_PAGE.as_str(),
            Self::SharedOnly => SHARED_PAGE,
        }
    }

    fn total_sql(self) -> &'static str {
        match self {
            Self::Own => OWN_TOTAL,
            Self::Team => TEAM_TOTAL.as_str(),
            Self::SharedOnly => SHARED_TOTAL,
        }
    }
}

/// What one snapshot gave.
struct PageRead {
    rows: Vec<Row>,
    more: bool,
    purge_residents: Vec<Uuid>,
    last_event: Option<i64>,
    total: Option<i64>,
    /// Committed changes above the horizon exist: an older transaction is still running.
    held_back: bool,
    /// The cursor asked for lies at or beyond the horizon: this page was read from 0.
    reset: bool,
}

/// Read one page in one snapshot, up to the horizon of finished writers (see
/// migrations/server/20261129000002): a change numbered below it can no longer appear, so
/// the cursor may pass everything below it without skipping a late commit.
async fn read_page(
    state: &AppState,
    auth: &AuthDevice,
    req: &PullRequest,
    scope: Scope,
    health: bool,
    limit: i64,
) -> Result<PageRead, ApiError> {
    // The horizon first, then the snapshot: a writer that finishes in between is visible.
    let (horizon,): (i64,) = sqlx::query_as("SELECT change_horizon()")
        .fetch_one(&state.pool)
        .await?;
    // A cursor can only come from below the horizon. One at or above it was handed out by
    // a history this database no longer has (restored from a backup): start again.
    let reset = req.cursor >= horizon;
    let cursor = if reset { 0 } else { req.cursor };
    let mut tx = state.pool.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        .execute(&mut *tx)
        .await?;
    let mut rows: Vec<Row> = sqlx::query_as(scope.page_sql())
        .bind(cursor)
        .bind(auth.user_id)
        .bind(health)
        .bind(limit + 1)
        .bind(horizon)
        .fetch_all(&mut *tx)
        .await?;
    let mut more = rows.len() > usize::try_from(limit).unwrap_or(usize::MAX);
    rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    // Attachments carry their file: a page stops at about MAX_PULL_FILE_BYTES of files
    // (always at least one row), so a response stays well under any body limit.
    let mut files = 0usize;
    if let Some(cut) = rows.iter().enumerate().position(|(i, r)| {
        files += file_bytes(r);
        i > 0 && files > MAX_PULL_FILE_BYTES
    }) {
        rows.truncate(cut);
        more = true;
    }
    let upper = if more {
        rows.last().map_or(cursor, |r| r.6)
    } else {
        horizon - 1
    };
    let (mut purge_residents, last_event) = match scope {
        Scope::Own => {
            let purged: Vec<(Uuid,)> = sqlx::query_as(
                "SELECT DISTINCT e.resident_id FROM caseload_events e
                 WHERE e.coach_id = $1 AND e.kind = 'unassign' AND e.seq > $2 AND e.seq <= $3
                   AND NOT EXISTS (SELECT 1 FROM caseload c
                                   WHERE c.resident_id = e.resident_id AND c.coach_id = $1)",
            )
            .bind(auth.user_id)
            .bind(cursor)
            .bind(upper)
            .fetch_all(&mut *tx)
            .await?;
            let (last_event,): (Option<i64>,) = sqlx::query_as(
                "SELECT max(seq) FROM caseload_events
                 WHERE coach_id = $1 AND seq > $2 AND seq <= $3",
            )
            .bind(auth.user_id)
            .bind(cursor)
            .bind(upper)
            .fetch_one(&mut *tx)
            .await?;
            (purged.into_iter().map(|(r,)| r).collect(), last_event)
        }
        Scope::Team => {
            let purged: Vec<(Uuid,)> = sqlx::query_as(TEAM_PURGE.as_str())
                .bind(auth.user_id)
                .bind(cursor)
                .bind(upper)
                .fetch_all(&mut *tx)
                .await?;
            let (last_event,): (Option<i64>,) =
                sqlx::query_as("SELECT max(seq) FROM caseload_events WHERE seq > $1 AND seq <= $2")
                    .bind(cursor)
                    .bind(upper)
                    .fetch_one(&mut *tx)
                    .await?;
            (purged.into_iter().map(|(r,)| r).collect(), last_event)
        }
        Scope::SharedOnly => (Vec::new(), None),
    };
    // Files destroyed by retention since the cursor: every laptop destroys its copy.
    let destroyed: Vec<(Uuid,)> =
        sqlx::query_as("SELECT resident_id FROM destructions WHERE seq > $1 AND seq <= $2")
            .bind(cursor)
            .bind(upper)
            .fetch_all(&mut *tx)
            .await?;
    for (resident,) in destroyed {
        if !purge_residents.contains(&resident) {
            purge_residents.push(resident);
        }
    }
    let total = if cursor == 0 {
        let (n,): (i64,) = sqlx::query_as(scope.total_sql())
            .bind(auth.user_id)
            .bind(health)
            .fetch_one(&mut *tx)
            .await?;
        Some(n)
    } else {
        None
    };
    let held_back = !more && {
        let (held,): (bool,) = sqlx::query_as(
            "SELECT EXISTS (SELECT 1 FROM records WHERE change_seq >= $1)
                 OR EXISTS (SELECT 1 FROM caseload_events WHERE seq >= $1)
                 OR EXISTS (SELECT 1 FROM destructions WHERE seq >= $1)",
        )
        .bind(horizon)
        .fetch_one(&mut *tx)
        .await?;
        held
    };
    tx.commit().await?;
    Ok(PageRead {
        rows,
        more,
        purge_residents,
        last_event,
        total,
        held_back,
        reset,
    })
}

/// The handler.
pub async fn pull(
    State(state): State<AppState>,
    auth: AuthDevice,
    ApiJson(req): ApiJson<PullRequest>,
) -> Result<Json<PullResponse>, ApiError> {
    if req.device_id != auth.device_id {
        return Err(ApiError::DeviceMismatch);
    }
    // Every role may pull: one that works with no resident files gets the shared records,
    // and its laptop learns its role (and so what it may no longer hold).
    let scope = Scope::of(auth.role);
    // A break-the-glass access past its moment ends before anything is read.
    super::emergency::expire_due(&state.pool).await?;
    let limit = i64::from(req.limit.clamp(1, MAX_PULL_PAGE));
    let health = auth.role.sees_health();

    // Changes of a transaction that is still running are held back by the horizon; that
    // lasts as long as its commit. Wait for it a little, so a laptop that syncs right after
    // another laptop's push gets that push now rather than next round.
    let mut read = read_page(&state, &auth, &req, scope, health, limit).await?;
    for attempt in 1..=HELD_BACK_RETRIES {
        if !read.held_back {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(2 * attempt)).await;
        read = read_page(&state, &auth, &req, scope, health, limit).await?;
    }
    let PageRead {
        rows,
        more,
        purge_residents,
        last_event,
        total,
        reset,
        ..
    } = read;
    let last_row = rows.last().map(|r| r.6);
    let from = if reset { 0 } else { req.cursor };
    let cursor = [Some(from), last_row, last_event]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(from);
    // Every resident whose data leaves the server is logged, with why.
    let residents: BTreeSet<Uuid> = rows.iter().filter_map(|r| r.2).collect();
    let now = Utc::now();
    let mut entries: Vec<AuditEntry> = residents
        .iter()
        .map(|r| AuditEntry {
            at: now,
            user_id: Some(auth.user_id),
            device_id: Some(auth.device_id),
            resident_id: Some(*r),
            action: "pull".into(),
            entity: None,
            entity_id: None,
            purpose: Some(Purpose::Guidance.as_str().into()),
            mutation_seq: None,
            device_entry: None,
        })
        .collect();
    entries.extend(purge_residents.iter().map(|r| AuditEntry {
        at: now,
        user_id: Some(auth.user_id),
        device_id: Some(auth.device_id),
        resident_id: Some(*r),
        action: "purge_instructed".into(),
        entity: None,
        entity_id: None,
        purpose: None,
        mutation_seq: None,
        device_entry: None,
    }));
    let mut tx = state.pool.begin().await?;
    let emergency = if scope == Scope::Own {
        super::emergency::running(&mut tx, auth.user_id).await?
    } else {
        Vec::new()
    };
    audit::append(&mut tx, &entries).await?;
    sqlx::query("UPDATE devices SET last_seen_at = now() WHERE id = $1")
        .bind(auth.device_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;

    state.metrics.pull(rows.len() as u64);
    let changes = rows
        .into_iter()
        .map(
            |(entity, entity_id, resident_id, version, doc, deleted, _)| Change {
                entity,
                entity_id,
                resident_id,
                version,
                doc: if deleted { Value::Null } else { doc.0 },
                deleted,
            },
        )
        .collect();
    Ok(Json(PullResponse {
        changes,
        purge_residents,
        cursor,
        more,
        total,
        role: auth.role.as_str().to_owned(),
        reset,
        emergency,
    }))
}
