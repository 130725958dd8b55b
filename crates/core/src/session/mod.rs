//! One working session on the laptop: the store while it is unlocked, and the sync rounds
//! around it. Unlock runs the retention purge; lock closes the store and empties the print
//! folder; a sync round pushes, pulls, checks and purges again, wipes the store when the
//! server revokes the laptop, and remembers when to try again (a pure backoff function,
//! [`engine::next_attempt`]). The app shell keeps only its timers, events and command glue;
//! werkpadctl and the tests drive the same session.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use tokio::sync::{RwLock, RwLockReadGuard};

use crate::error::{ErrorPayload, Result, StoreError};
use crate::store::print_folder::PrintFolder;
use crate::store::retention::PurgeReport;
use crate::store::{Store, StoreConfig};
use crate::sync::engine::{self, Retry};
use crate::sync::{Progress, SyncReport};

mod keys;

/// Records received so far in a round.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, ts_rs::TS)]
pub struct ProgressView {
    /// Records stored so far.
    pub done: u64,
    /// Records the server has for this laptop, when it said.
    pub total: Option<u64>,
}

/// What the status bar shows about sync (docs/ipc.md).
#[derive(Debug, Clone, Default, Serialize, ts_rs::TS)]
pub struct SyncStatus {
    /// Connected to a server.
    pub logged_in: bool,
    /// The server's address.
    pub server_url: Option<String>,
    /// The coach's user name there.
    pub user_name: Option<String>,
    /// The last round reached the server.
    pub online: bool,
    /// A round is running now.
    pub running: bool,
    /// Changes not yet accepted by the server.
    pub pending: i64,
    /// When the oldest of them was made.
    pub oldest_pending_at: Option<String>,
    /// When the last good round ended.
    pub last_sync_at: Option<String>,
    /// When the next round starts by itself.
    pub next_attempt_at: Option<String>,
    /// Records received so far in the running round.
    pub progress: Option<ProgressView>,
    /// Open conflicts.
    pub conflicts: i64,
    /// Changes the server refused: a person looks at them.
    pub rejected: i64,
    /// How often the self-check repaired a difference.
    pub repairs: i64,
    /// When it last did.
    pub last_repair_at: Option<String>,
    /// Why the last round failed.
    pub last_error: Option<ErrorPayload>,
    /// Since when rounds have been failing (the first failure of the current run).
    pub failing_since: Option<String>,
    /// The failure needs a person (log in again, update the app): `last_error` says what.
    pub needs_person: bool,
}

/// The session's memory between sync rounds.
#[derive(Debug, Default)]
struct SyncMemory {
    online: bool,
    running: bool,
    failures: u32,
    next_attempt_at: Option<DateTime<Utc>>,
    progress: Option<ProgressView>,
    last_error: Option<ErrorPayload>,
    failing_since: Option<DateTime<Utc>>,
    needs_person: bool,
}

/// How a sync round ended.
#[derive(Debug)]
pub enum RoundOutcome {
    /// Locked, or not logged in to a server: nothing to do.
    Skipped,
    /// The round went through.
    Done(SyncReport),
    /// The round failed; the next attempt is planned.
    Failed(ErrorPayload),
    /// The server revoked this laptop or closed the account: the store is destroyed.
    Wiped(ErrorPayload),
    /// The store was locked during the round: the round stopped where it was, as after a
    /// crash (every step is a transaction; the next round goes on from there).
    Cancelled,
}

impl RoundOutcome {
    /// The failure, if the round failed or wiped the store.
    pub fn failure(&self) -> Option<&ErrorPayload> {
        match self {
            Self::Failed(p) | Self::Wiped(p) => Some(p),
            Self::Skipped | Self::Done(_) | Self::Cancelled => None,
        }
    }
}

/// A read guard that is known to hold an unlocked store.
#[derive(Debug)]
pub struct Unlocked<'a>(RwLockReadGuard<'a, Option<Arc<Store>>>);

impl std::ops::Deref for Unlocked<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        self.0
            .as_deref()
            .expect("Unlocked is only made when the store is present")
    }
}

/// The store of one data folder, locked or unlocked, and its sync rounds.
#[derive(Debug)]
pub struct Session {
    data_dir: PathBuf,
    config: StoreConfig,
    /// The open store. A sync round holds its own handle, so locking never waits for it.
    store: RwLock<Option<Arc<Store>>>,
    sync: Mutex<SyncMemory>,
    /// One sync round at a time.
    round: tokio::sync::Mutex<()>,
    /// Locking tells a running round to stop.
    stop_round: tokio::sync::Notify,
}

impl Session {
    /// A locked session for the store in `data_dir`. Empties the print folder: a crash may
    /// have left statements with personal data in it.
    pub fn new(data_dir: impl Into<PathBuf>, config: StoreConfig) -> Self {
        let session = Self {
            data_dir: data_dir.into(),
            config,
            store: RwLock::new(None),
            sync: Mutex::default(),
            round: tokio::sync::Mutex::new(()),
            stop_round: tokio::sync::Notify::new(),
        };
        session.clean_print_folder();
        session
    }

    /// The data folder.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// A store exists in the data folder (first start or not).
    pub fn initialised(&self) -> bool {
        Store::exists(&self.data_dir)
    }

    /// First start: create the encrypted store for `coach_name`; the session is unlocked.
    pub async fn create(&self, passphrase: &str, coach_name: &str) -> Result<()> {
        let store = Store::create(&self.data_dir, passphrase, coach_name, &self.config).await?;
        self.replace(Some(store)).await;
        Ok(())
    }

    /// Unlock, then destroy what has passed its retention period (ARCHITECTURE.md).
    pub async fn unlock(&self, passphrase: &str, today: NaiveDate) -> Result<PurgeReport> {
        let (store, report) =
            engine::unlock(&self.data_dir, passphrase, &self.config, today).await?;
        self.replace(Some(store)).await;
        Ok(report)
    }

    /// Lock: close the store (if open) and empty the print folder, so no PDF with personal
    /// data outlives the session. Returns whether the store was open. Locking never waits
    /// for a sync round: the store leaves the session at once, a running round is stopped
    /// (as a crash would stop it: every step is its own transaction), and the database
    /// closes as soon as the round has let go.
    pub async fn lock(&self) -> bool {
        let store = self.store.write().await.take();
        self.stop_round.notify_waiters();
        self.clean_print_folder();
        match store {
            Some(store) => {
                self.close(store).await;
                true
            }
            None => false,
        }
    }

    /// Close a store taken out of the session, once no round holds it any more.
    async fn close(&self, store: Arc<Store>) {
        let store = match Arc::try_unwrap(store) {
            Ok(store) => store,
            Err(shared) => {
                // A round still holds it: it was told to stop and lets go at its next step.
                drop(self.round.lock().await);
                match Arc::try_unwrap(shared) {
                    Ok(store) => store,
                    // Dropping the last handle closes the database (Store's Drop).
                    Err(shared) => return drop(shared),
                }
            }
        };
        store.lock().await;
    }

    async fn replace(&self, store: Option<Store>) {
        let old = std::mem::replace(&mut *self.store.write().await, store.map(Arc::new));
        if let Some(old) = old {
            self.stop_round.notify_waiters();
            self.close(old).await;
        }
    }

    /// The unlocked store, or [`StoreError::Locked`].
    pub async fn unlocked(&self) -> Result<Unlocked<'_>> {
        let guard = self.store.read().await;
        if guard.is_none() {
            return Err(StoreError::Locked);
        }
        Ok(Unlocked(guard))
    }

    /// True while the store is open.
    pub async fn is_unlocked(&self) -> bool {
        self.store.read().await.is_some()
    }

    /// Remove every file from the print folder (lock, start, exit). A failure is logged,
    /// not fatal: locking must always succeed.
    pub fn clean_print_folder(&self) {
        if let Err(e) = PrintFolder::new(&self.data_dir).clean() {
            tracing::warn!(error = %e, "could not empty the print folder");
        }
    }

    fn memory(&self, f: impl FnOnce(&mut SyncMemory)) {
        if let Ok(mut m) = self.sync.lock() {
            f(&mut m);
        }
    }

    /// Forget the last rounds (after a login or logout): the next round is due now.
    pub fn reset_sync(&self) {
        self.memory(|m| *m = SyncMemory::default());
    }

    /// When the next round is due by itself (`None`: now).
    pub fn next_attempt_at(&self) -> Option<DateTime<Utc>> {
        self.sync.lock().ok().and_then(|m| m.next_attempt_at)
    }

    /// The timer's tick, online or not: end every break-the-glass access past its moment.
    /// How many files left the laptop.
    pub async fn tick(&self) -> usize {
        let guard = self.store.read().await;
        let Some(store) = guard.as_deref() else {
            return 0;
        };
        match engine::end_expired_access(store, Utc::now()).await {
            Ok(gone) => gone.len(),
            Err(e) => {
                tracing::warn!(code = e.payload().code, "ending expired accesses failed");
                0
            }
        }
    }

    /// A round is due now.
    pub fn round_due(&self, now: DateTime<Utc>) -> bool {
        self.next_attempt_at().is_none_or(|t| t <= now)
    }

    /// One round, if unlocked and logged in: push, pull, self-check, purge. Rounds never
    /// overlap. `changed` is called whenever the status changes (started, progress, ended).
    pub async fn sync_round(
        &self,
        today: NaiveDate,
        changed: &(dyn Fn() + Send + Sync),
    ) -> RoundOutcome {
        let _one_at_a_time = self.round.lock().await;
        // Registered before the store is taken: a lock from here on is heard.
        let stopped = self.stop_round.notified();
        let Some(store) = self.store.read().await.clone() else {
            return RoundOutcome::Skipped;
        };
        let outcome = {
            if !matches!(store.sync().account().await, Ok(Some(_))) {
                return RoundOutcome::Skipped;
            }
            self.memory(|m| {
                m.running = true;
                m.progress = None;
            });
            changed();
            let on_progress = |p: Progress| {
                self.memory(|m| {
                    m.progress = Some(ProgressView {
                        done: p.done,
                        total: p.total,
                    });
                });
                changed();
            };
            tokio::select! {
                biased;
                () = stopped => None,
                result = engine::round(&store, today, &on_progress) => Some(result),
            }
        };
        drop(store);
        let Some(outcome) = outcome else {
            tracing::info!("sync round stopped: the store was locked");
            self.memory(|m| {
                m.running = false;
                m.progress = None;
            });
            changed();
            return RoundOutcome::Cancelled;
        };
        let now = Utc::now();
        let outcome = match outcome {
            Ok(report) => {
                self.memory(|m| {
                    m.online = true;
                    m.failures = 0;
                    m.last_error = None;
                    m.failing_since = None;
                    m.needs_person = false;
                    m.next_attempt_at = Some(now + delta(engine::GOOD_INTERVAL));
                });
                RoundOutcome::Done(report)
            }
            Err(failure) if failure.is_wipe() => {
                let store = self.store.write().await.take().map(Arc::try_unwrap);
                self.clean_print_folder();
                if let Some(Ok(store)) = store
                    && let Err(e) = engine::wipe(store).await
                {
                    tracing::error!(error = %e, "wipe failed");
                }
                self.reset_sync();
                RoundOutcome::Wiped(failure.payload())
            }
            Err(failure) => {
                let payload = failure.payload();
                tracing::info!(code = payload.code, "sync round failed");
                let offline = engine::is_offline(&failure);
                self.memory(|m| {
                    m.online = !offline;
                    m.failures = m.failures.saturating_add(1);
                    let retry = engine::next_attempt(Some(&failure), m.failures);
                    m.needs_person = matches!(retry, Retry::NeedsPerson(_));
                    m.next_attempt_at = Some(now + delta(retry.wait()));
                    m.failing_since.get_or_insert(now);
                    m.last_error = Some(payload.clone());
                });
                RoundOutcome::Failed(payload)
            }
        };
        self.memory(|m| {
            m.running = false;
            m.progress = None;
        });
        if !matches!(outcome, RoundOutcome::Wiped(_)) {
            changed();
        }
        outcome
    }

    /// The sync status now: the store's counts plus the memory of the last rounds.
    pub async fn sync_status(&self) -> SyncStatus {
        let mut s = SyncStatus::default();
        if let Ok(m) = self.sync.lock() {
            s.online = m.online;
            s.running = m.running;
            s.next_attempt_at = m.next_attempt_at.map(|t| t.to_rfc3339());
            s.progress = m.progress;
            s.last_error = m.last_error.clone();
            s.failing_since = m.failing_since.map(|t| t.to_rfc3339());
            s.needs_person = m.needs_person;
        }
        let guard = self.store.read().await;
        if let Some(store) = guard.as_ref() {
            if let Ok(Some(account)) = store.sync().account().await {
                s.logged_in = true;
                s.server_url = Some(account.server_url);
                s.user_name = Some(account.user_name);
                s.last_sync_at = account.last_sync_at;
            }
            if let Ok(stats) = store.sync().outbox_stats().await {
                s.pending = stats.pending;
                s.oldest_pending_at = stats.oldest_pending_at;
            }
            if let Ok((conflicts, rejected)) = store.sync().counts().await {
                s.conflicts = conflicts;
                s.rejected = rejected;
            }
            if let Ok((repairs, last)) = store.sync().repairs().await {
                s.repairs = repairs;
                s.last_repair_at = last;
            }
        }
        s
    }
}

fn delta(d: std::time::Duration) -> chrono::Duration {
    chrono::Duration::from_std(d).unwrap_or_default()
}

#[cfg(test)]
mod tests;
