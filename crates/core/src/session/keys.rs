//! The session's ways around the passphrase: change it (re-keys), recover with the
//! helpdesk's code, or reset after the coach confirmed how many changes are lost (issue 21).

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{NaiveDate, Utc};

use super::Session;
use crate::error::{Result, StoreError};
use crate::store::Store;
use crate::store::retention::PurgeReport;
use crate::sync::engine;

impl Session {
    /// Change the passphrase and re-key the store (it stays unlocked): afterwards an old
    /// copy of the wrapped key plus the old passphrase no longer opens it. A running sync
    /// round is stopped first.
    pub async fn change_passphrase(&self, old: &str, new: &str) -> Result<()> {
        // The store leaves the session while its file is swapped (commands meanwhile see a
        // locked store); no guard is held while waiting for a round to let go.
        let Some(store) = self.store.write().await.take() else {
            return Err(StoreError::Locked);
        };
        self.stop_round.notify_waiters();
        let store = match Arc::try_unwrap(store) {
            Ok(store) => store,
            Err(shared) => {
                drop(self.round.lock().await);
                match Arc::try_unwrap(shared) {
                    Ok(store) => store,
                    Err(shared) => {
                        *self.store.write().await = Some(shared);
                        return Err(StoreError::Locked);
                    }
                }
            }
        };
        let dir = store.data_dir().root().to_path_buf();
        match store.change_passphrase(old, new, &self.config).await {
            Ok(store) => {
                self.replace(Some(store)).await;
                Ok(())
            }
            Err(e) => {
                // A wrong old passphrase or a weak new one fails before anything changed; the
                // store was consumed, so it is opened again with the old passphrase.
                if let Ok(store) = Store::unlock(&dir, old, &self.config).await {
                    self.replace(Some(store)).await;
                }
                Err(e)
            }
        }
    }

    /// Forgotten passphrase or lost keyring entry: open with the helpdesk's recovery code,
    /// set `new` and re-key, so the code works once. The session is unlocked afterwards.
    pub async fn recover(&self, code: &str, new: &str, today: NaiveDate) -> Result<PurgeReport> {
        let store = Store::recover(&self.data_dir, code, new, &self.config).await?;
        let report = async {
            engine::end_expired_access(&store, Utc::now()).await?;
            store.upkeep().purge_expired(today).await
        }
        .await;
        self.replace(Some(store)).await;
        report
    }

    /// Whether this store has a recovery copy to give to the helpdesk, and where.
    pub fn recovery_copy(&self) -> Option<PathBuf> {
        let path = crate::store::recovery::copy_path(&self.data_dir);
        path.exists().then_some(path)
    }

    /// What a reset would lose (the last count of unsent changes).
    pub fn unsent_changes(&self) -> Result<Option<crate::store::recovery::UnsentChanges>> {
        crate::store::recovery::unsent_changes(&self.data_dir)
    }

    /// Reset: remove the locked store whose passphrase or key is lost, after the coach saw
    /// and accepted `lose_unsent`, the number of changes that never reached the server. A
    /// different number (the count changed, or was never shown) is refused.
    pub async fn reset(&self, lose_unsent: u64) -> Result<()> {
        if self.is_unlocked().await {
            return Err(StoreError::AlreadyInitialised);
        }
        let unsent = self.unsent_changes()?.map_or(0, |u| u.count);
        if unsent != lose_unsent {
            return Err(StoreError::UnsentNotConfirmed { unsent });
        }
        Store::reset(&self.data_dir, &self.config)?;
        self.clean_print_folder();
        self.reset_sync();
        Ok(())
    }
}
