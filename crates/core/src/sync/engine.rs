//! The rules around a sync round, in one place for the app and for werkpadctl: unlock
//! with the retention purge, a round (push, pull, self-check, then the retention purge
//! again: a file that waited for its changes to reach the server goes now), the wipe when
//! the server revokes the device or closes the account, and when to try again.

use std::path::Path;
use std::time::Duration;

use chrono::NaiveDate;

use super::{Progress, SyncError, SyncFailure, SyncReport};
use crate::error::{Result, StoreError};
use crate::store::retention::PurgeReport;
use crate::store::{Store, StoreConfig};

/// After a good round, the next one.
pub const GOOD_INTERVAL: Duration = Duration::from_secs(60);
/// The longest wait between attempts.
pub const MAX_BACKOFF: Duration = Duration::from_secs(300);

/// Unlock the store in `dir` and destroy what has passed its retention period.
pub async fn unlock(
    dir: &Path,
    passphrase: &str,
    config: &StoreConfig,
    today: NaiveDate,
) -> Result<(Store, PurgeReport)> {
    let store = Store::unlock(dir, passphrase, config).await?;
    let purged = async {
        end_expired_access(&store, chrono::Utc::now()).await?;
        store.upkeep().purge_expired(today).await
    };
    match purged.await {
        Ok(report) => Ok((store, report)),
        Err(e) => {
            store.lock().await;
            Err(e)
        }
    }
}

/// One round: push, pull, self-check, then the retention purge.
pub async fn round(
    store: &Store,
    today: NaiveDate,
    progress: &(dyn Fn(Progress) + Send + Sync),
) -> std::result::Result<SyncReport, SyncFailure> {
    end_expired_access(store, chrono::Utc::now()).await?;
    let mut report = store.sync().round(progress).await?;
    report.destroyed = store.upkeep().purge_expired(today).await?.destroyed.len() as u64;
    if let Err(e) = store.note_unsent().await {
        tracing::warn!(error = %e, "unsent changes not counted");
    }
    Ok(report)
}

/// End every break-the-glass access past its moment: the file leaves the laptop, online or
/// not. The app calls it at unlock, before every round and at every tick of its sync
/// timer (at least once a minute); the residents purged.
pub async fn end_expired_access(
    store: &Store,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<String>> {
    super::emergency::end_expired(store, now).await
}

/// The server said this laptop must hold nothing any more: destroy the database and its
/// keys. The caller has already taken the store out of use.
pub async fn wipe(store: Store) -> Result<()> {
    tracing::warn!("the server revoked this device or closed the account: wiping");
    store.destroy().await
}

/// When to try again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// By itself, after this long.
    After(Duration),
    /// Only a person can fix it (log in again, update the app); the app says what to do
    /// and tries again now and then.
    NeedsPerson(Duration),
}

impl Retry {
    /// How long to wait either way.
    pub fn wait(self) -> Duration {
        match self {
            Self::After(d) | Self::NeedsPerson(d) => d,
        }
    }
}

/// When to try again after a round that failed with `failure`, the `failures`-th in a row
/// (1 for the first), or after a good round (`None`). Network trouble and a store that was
/// busy back off 10 s, 20 s, … up to 5 minutes; what needs a person waits 5 minutes.
pub fn next_attempt(failure: Option<&SyncFailure>, failures: u32) -> Retry {
    let backoff = || {
        Retry::After(
            Duration::from_secs(5)
                .saturating_mul(1 << failures.clamp(1, 6))
                .min(MAX_BACKOFF),
        )
    };
    match failure {
        None => Retry::After(GOOD_INTERVAL),
        Some(SyncFailure::Sync(e)) if e.is_transient() => backoff(),
        Some(SyncFailure::Sync(_)) => Retry::NeedsPerson(MAX_BACKOFF),
        Some(SyncFailure::Store(StoreError::Locked)) => Retry::NeedsPerson(MAX_BACKOFF),
        Some(SyncFailure::Store(_)) => backoff(),
    }
}

/// True when `failure` means: the laptop is offline (rather than the server failing).
pub fn is_offline(failure: &SyncFailure) -> bool {
    matches!(
        failure,
        SyncFailure::Sync(SyncError::Offline(_) | SyncError::ServerUnreachable(_))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transient_failures_back_off_and_what_needs_a_person_says_so() {
        let offline = SyncFailure::Sync(SyncError::Offline("no route".into()));
        let waits: Vec<u64> = (1..=8)
            .map(|n| next_attempt(Some(&offline), n).wait().as_secs())
            .collect();
        assert_eq!(
            waits,
            [10, 20, 40, 80, 160, 300, 300, 300],
            "doubling up to 5 min"
        );
        assert_eq!(
            next_attempt(None, 0),
            Retry::After(GOOD_INTERVAL),
            "a good round: again in a minute"
        );
        let expired = SyncFailure::Sync(SyncError::TokenExpired);
        assert!(
            matches!(next_attempt(Some(&expired), 1), Retry::NeedsPerson(_)),
            "an expired login needs the coach to log in again"
        );
        let busy = SyncFailure::Store(StoreError::Io(std::io::Error::other("disk busy")));
        assert!(matches!(next_attempt(Some(&busy), 1), Retry::After(_)));
    }
}
