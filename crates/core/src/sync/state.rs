//! What the laptop remembers about its server: the account and the device tokens, both inside
//! the encrypted store. (Before issue 21 the tokens lived beside the wrapped data key in the
//! keyring or keys.json; [`SyncArea::adopt_legacy_tokens`] moves them in at unlock.)

use chrono::Utc;
use serde::{Deserialize, Serialize};
use werkpad_domain::sync::Tokens;

use crate::error::{Result, StoreError};
use crate::store::outbox::{ENTRY_COLUMNS, OutboxEntry, OutboxStats};
use crate::store::secrets::SecretName;
use crate::sync::SyncArea;

/// The server account this store syncs as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct SyncAccount {
    /// Server base URL.
    pub server_url: String,
    /// The user's id on the server.
    pub user_id: String,
    /// Login name.
    pub user_name: String,
    /// Display name.
    pub display_name: String,
    /// Role on the server.
    pub role: String,
    /// Pull cursor.
    pub cursor: i64,
    /// Last fully successful sync (RFC 3339).
    pub last_sync_at: Option<String>,
}

impl SyncArea<'_> {
    /// The account, when logged in.
    pub async fn account(&self) -> Result<Option<SyncAccount>> {
        Ok(sqlx::query_as(
            "SELECT server_url, user_id, user_name, display_name, role, cursor, last_sync_at
             FROM sync_state WHERE singleton = 1",
        )
        .fetch_optional(self.store.pool())
        .await?)
    }

    /// Remember a fresh login. A login as another user on another server starts the pull over.
    pub(crate) async fn save_login(&self, account: &SyncAccount, tokens: &Tokens) -> Result<()> {
        sqlx::query(
            "INSERT INTO sync_state (singleton, server_url, user_id, user_name, display_name,
                                     role, cursor, logged_in_at, tokens)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, 0, ?6, ?7)
             ON CONFLICT (singleton) DO UPDATE SET
                 cursor = CASE WHEN sync_state.server_url = ?1 AND sync_state.user_id = ?2
                               THEN sync_state.cursor ELSE 0 END,
                 server_url = ?1, user_id = ?2, user_name = ?3, display_name = ?4, role = ?5,
                 logged_in_at = ?6, tokens = ?7",
        )
        .bind(&account.server_url)
        .bind(&account.user_id)
        .bind(&account.user_name)
        .bind(&account.display_name)
        .bind(&account.role)
        .bind(Utc::now().to_rfc3339())
        .bind(tokens_json(tokens)?.as_str())
        .execute(self.store.pool())
        .await?;
        Ok(())
    }

    /// Forget the server account and its tokens (local data stays).
    pub async fn logout(&self) -> Result<()> {
        self.store.delete_secret(SecretName::SyncTokens)?;
        sqlx::query("DELETE FROM sync_state")
            .execute(self.store.pool())
            .await?;
        Ok(())
    }

    pub(crate) async fn tokens(&self) -> Result<Option<Tokens>> {
        let json: Option<Option<String>> =
            sqlx::query_scalar("SELECT tokens FROM sync_state WHERE singleton = 1")
                .fetch_optional(self.store.pool())
                .await?;
        json.flatten()
            .map(|json| {
                serde_json::from_str(&json)
                    .map_err(|e| StoreError::Secrets(format!("sync tokens unreadable: {e}")))
            })
            .transpose()
    }

    pub(crate) async fn save_tokens(&self, tokens: &Tokens) -> Result<()> {
        sqlx::query("UPDATE sync_state SET tokens = ? WHERE singleton = 1")
            .bind(tokens_json(tokens)?.as_str())
            .execute(self.store.pool())
            .await?;
        Ok(())
    }

    /// Move tokens a store made before issue 21 kept beside its key into the store, and
    /// remove them from there. Run at every unlock; does nothing once moved.
    pub(crate) async fn adopt_legacy_tokens(&self) -> Result<()> {
        let Some(json) = self.store.secret(SecretName::SyncTokens)? else {
            return Ok(());
        };
        let logged_in: Option<Option<String>> =
            sqlx::query_scalar("SELECT tokens FROM sync_state WHERE singleton = 1")
                .fetch_optional(self.store.pool())
                .await?;
        if matches!(logged_in, Some(None)) {
            sqlx::query("UPDATE sync_state SET tokens = ? WHERE singleton = 1")
                .bind(&json)
                .execute(self.store.pool())
                .await?;
        }
        self.store.delete_secret(SecretName::SyncTokens)
    }

    pub(crate) async fn set_last_sync(&self) -> Result<()> {
        sqlx::query("UPDATE sync_state SET last_sync_at = ? WHERE singleton = 1")
            .bind(Utc::now().to_rfc3339())
            .execute(self.store.pool())
            .await?;
        Ok(())
    }
}

fn tokens_json(tokens: &Tokens) -> Result<zeroize::Zeroizing<String>> {
    serde_json::to_string(tokens)
        .map(zeroize::Zeroizing::new)
        .map_err(|e| StoreError::Secrets(format!("sync tokens: {e}")))
}

impl SyncArea<'_> {
    /// Pending entries in order, at most `limit`.
    pub async fn outbox_pending(&self, limit: i64) -> Result<Vec<OutboxEntry>> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {ENTRY_COLUMNS} FROM outbox WHERE acked_at IS NULL ORDER BY seq LIMIT ?"
        )))
        .bind(limit)
        .fetch_all(self.store.pool())
        .await?)
    }

    /// Queue size, age of the oldest entry and the next sequence number.
    pub async fn outbox_stats(&self) -> Result<OutboxStats> {
        let (pending, oldest_pending_at): (i64, Option<String>) =
            sqlx::query_as("SELECT count(*), min(created_at) FROM outbox WHERE acked_at IS NULL")
                .fetch_one(self.store.pool())
                .await?;
        let (next_seq, own_unseen): (i64, String) =
            sqlx::query_as("SELECT next_seq, own_unseen FROM device WHERE singleton = 1")
                .fetch_one(self.store.pool())
                .await?;
        Ok(OutboxStats {
            pending,
            oldest_pending_at,
            next_seq,
            own_unseen: serde_json::from_str(&own_unseen).unwrap_or_default(),
        })
    }
}
