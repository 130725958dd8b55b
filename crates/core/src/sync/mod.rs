//! The sync client: log in to the municipality's server, push the outbox, pull what the
//! coach may see, keep conflicts for a person to resolve.
//!
//! Main idea: one round is push, pull, self-check. Push sends pending outbox entries in
//! pages and marks each answered in one local transaction; a crash between the server's
//! commit and ours only means the next push gets "duplicate" answers. Pull applies each
//! page and its cursor in one local transaction. The self-check compares what the laptop
//! holds with what it may hold and repairs the difference. So any interruption (kill -9, a
//! lost network, a server restart or restore, a restored laptop) is repaired by syncing
//! again. The semantics, with their invariants, are in docs/sync.md; [`engine`] holds the
//! rules around a round that the app and werkpadctl share.

pub mod access_log;
mod apply;
pub mod check;
pub mod conflicts;
pub mod emergency;
pub mod engine;
pub mod error;
pub mod http;
pub mod pull;
pub mod push;
pub mod state;
mod surveys;

use chrono::{Duration, Utc};
use serde::Serialize;
use uuid::Uuid;
use werkpad_domain::sync::{LoginRequest, Tokens};

pub use check::CheckReport;
pub use conflicts::{Choice, ConflictView};
pub use error::{SyncError, SyncErrorKind};
pub use pull::{Progress, PullReport};
pub use push::PushReport;
pub use state::SyncAccount;

use crate::error::{ErrorPayload, StoreError};
use crate::store::Store;
use http::Http;

crate::store::area!(
    /// Sync with the municipality's server: login, rounds, the outbox, conflicts.
    SyncArea,
    sync
);

/// A sync that failed: at the server or on the laptop.
#[derive(Debug, thiserror::Error)]
pub enum SyncFailure {
    /// Talking to the server.
    #[error(transparent)]
    Sync(#[from] SyncError),
    /// The local store.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for SyncFailure {
    fn from(e: sqlx::Error) -> Self {
        Self::Store(StoreError::Database(e))
    }
}

impl SyncFailure {
    /// The payload for the UI or `--json` output.
    pub fn payload(&self) -> ErrorPayload {
        match self {
            Self::Sync(e) => ErrorPayload {
                code: e.code(),
                message_id: e.message_id(),
                args: Default::default(),
                fields: Vec::new(),
            },
            Self::Store(e) => e.payload(),
        }
    }

    /// True when the server told this laptop to destroy its data.
    pub fn is_wipe(&self) -> bool {
        matches!(self, Self::Sync(e) if e.is_wipe())
    }
}

/// A change the server refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Rejection {
    /// The change's sequence number.
    pub seq: i64,
    /// Kind of record.
    pub entity: String,
    /// The record.
    pub entity_id: String,
    /// Its resident.
    pub resident_id: Option<String>,
    /// The server's reason (`forbidden`, `invalid_document`, …).
    pub reason: String,
    /// When the answer came (RFC 3339).
    pub at: String,
    /// What the change did, if known.
    pub op: Option<String>,
    /// The values it set (JSON), kept where the laptop may keep them.
    pub fields: Option<String>,
}

/// What one sync round did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    /// The push.
    pub push: PushReport,
    /// The pull.
    pub pull: PullReport,
    /// The self-check.
    pub check: CheckReport,
    /// Files destroyed by retention after the round.
    pub destroyed: u64,
}

fn device_name(store: &Store) -> String {
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "laptop".into());
    format!("{} ({host})", store.device().coach.name)
}

impl SyncArea<'_> {
    pub(crate) fn device_uuid(&self) -> Result<Uuid, SyncFailure> {
        Uuid::parse_str(&self.store.device().device_id)
            .map_err(|_| StoreError::Secrets("device id is not a UUID".into()).into())
    }

    /// Log in to `server_url` as `user_name`: registers this laptop as a device and keeps
    /// its tokens in the keyring (or key file).
    pub async fn login(
        &self,
        server_url: &str,
        user_name: &str,
        password: &str,
    ) -> Result<SyncAccount, SyncFailure> {
        let url = http::parse_server_url(server_url)?;
        let http = Http::new(url.as_str())?;
        let resp = http
            .login(&LoginRequest {
                user_name: user_name.to_owned(),
                password: password.to_owned(),
                device_id: self.device_uuid()?,
                device_name: device_name(self.store),
            })
            .await?;
        let account = SyncAccount {
            server_url: url.to_string(),
            user_id: resp.user_id.to_string(),
            user_name: user_name.to_owned(),
            display_name: resp.display_name,
            role: resp.role,
            cursor: 0,
            last_sync_at: None,
        };
        self.save_login(&account, &resp.tokens).await?;
        self.account()
            .await?
            .ok_or_else(|| SyncError::NotLoggedIn.into())
    }

    /// A working access token, refreshed when (nearly) expired.
    pub(crate) async fn access_token(
        &self,
        http: &Http,
        force_refresh: bool,
    ) -> Result<String, SyncFailure> {
        let tokens: Tokens = self.tokens().await?.ok_or(SyncError::NotLoggedIn)?;
        if !force_refresh && tokens.access_expires_at > Utc::now() + Duration::seconds(60) {
            return Ok(tokens.access_token);
        }
        let fresh = match http.refresh(&tokens.refresh_token).await {
            Ok(t) => t,
            Err(SyncError::NotLoggedIn) => return Err(SyncError::TokenExpired.into()),
            Err(e) => return Err(e.into()),
        };
        self.save_tokens(&fresh).await?;
        Ok(fresh.access_token)
    }

    /// One round: push everything pending, then pull everything new. `progress` hears how
    /// many records have arrived (and, on a first sync, how many will).
    pub async fn round(
        &self,
        progress: &(dyn Fn(Progress) + Send + Sync),
    ) -> Result<SyncReport, SyncFailure> {
        let account = self.account().await?.ok_or(SyncError::NotLoggedIn)?;
        let http = Http::new(&account.server_url)?;
        let device_id = self.device_uuid()?;
        let mut token = self.access_token(&http, false).await?;
        let push = match push::push_all(self.store, &http, &token, device_id).await {
            Err(SyncFailure::Sync(SyncError::TokenExpired)) => {
                token = self.access_token(&http, true).await?;
                push::push_all(self.store, &http, &token, device_id).await?
            }
            other => other?,
        };
        surveys::deliver(self.store, &http, &token).await?;
        access_log::ship(self.store, &http, &token, device_id).await?;
        let cursor = self.account().await?.map_or(0, |a| a.cursor);
        let pull = pull::pull_all(self.store, &http, &token, device_id, cursor, progress).await?;
        let check = check::check_and_repair(self.store, &http, &token, device_id).await?;
        // The role as the pull just said it (it may have changed since the round began).
        let role = self.account().await?.map(|a| a.role);
        emergency::fetch_notices(self.store, &http, &token, device_id, role.as_deref()).await?;
        self.set_last_sync().await?;
        Ok(SyncReport {
            push,
            pull,
            check,
            destroyed: 0,
        })
    }

    /// Open conflicts and refused changes, for the status bar.
    pub async fn counts(&self) -> Result<(i64, i64), StoreError> {
        let (conflicts,): (i64,) = sqlx::query_as("SELECT count(*) FROM sync_conflicts")
            .fetch_one(self.store.pool())
            .await?;
        let (rejected,): (i64,) = sqlx::query_as("SELECT count(*) FROM sync_rejections")
            .fetch_one(self.store.pool())
            .await?;
        Ok((conflicts, rejected))
    }

    /// Changes the server refused, oldest first: what a person must look at.
    pub async fn rejections(&self) -> Result<Vec<Rejection>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT seq, entity, entity_id, resident_id, reason, at, op, fields
             FROM sync_rejections ORDER BY seq",
        )
        .fetch_all(self.store.pool())
        .await?)
    }

    /// How often the self-check repaired something, and when it last did.
    pub async fn repairs(&self) -> Result<(i64, Option<String>), StoreError> {
        Ok(
            sqlx::query_as("SELECT repairs, last_repair_at FROM sync_state WHERE singleton = 1")
                .fetch_optional(self.store.pool())
                .await?
                .unwrap_or((0, None)),
        )
    }
}
