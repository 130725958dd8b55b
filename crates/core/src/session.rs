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
mod tests {
    use super::*;

    use std::sync::Arc;

    use crate::store::BackendPreference;
    use crate::store::keys::KdfParams;
    use crate::store::secrets::MemoryBackend;
    use crate::sync::SyncAccount;

    const PASS: &str = "een lang genoeg wachtwoord";

    fn config() -> StoreConfig {
        StoreConfig {
            backend: BackendPreference::Use(Arc::new(MemoryBackend::default())),
            kdf: KdfParams::insecure_for_tests(),
            recovery_public_key: None,
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 4).expect("valid date")
    }

    #[tokio::test]
    async fn create_lock_unlock_and_a_round_without_a_server_is_skipped() {
        let dir = tempfile::tempdir().expect("temp dir");
        let session = Session::new(dir.path().join("store"), config());
        assert!(!session.initialised());
        assert!(matches!(session.unlocked().await, Err(StoreError::Locked)));
        session
            .create(PASS, "Petra de Coach")
            .await
            .expect("create");
        assert!(session.initialised() && session.is_unlocked().await);
        let outcome = session.sync_round(today(), &|| {}).await;
        assert!(
            matches!(outcome, RoundOutcome::Skipped),
            "not logged in: nothing to do"
        );
        assert!(
            session.round_due(Utc::now()),
            "a skipped round plans nothing"
        );
        assert!(session.lock().await, "the store was open");
        assert!(!session.lock().await, "locking twice is harmless");
        assert!(matches!(
            session.unlock("verkeerd wachtwoord!!", today()).await,
            Err(StoreError::WrongPassphrase)
        ));
        session.unlock(PASS, today()).await.expect("unlock");
        assert_eq!(
            session.unlocked().await.expect("open").device().coach.name,
            "Petra de Coach"
        );
    }

    #[tokio::test]
    async fn a_failed_round_plans_the_next_attempt_and_says_why() {
        let dir = tempfile::tempdir().expect("temp dir");
        let session = Session::new(dir.path().join("store"), config());
        session
            .create(PASS, "Petra de Coach")
            .await
            .expect("create");
        // Logged in to a server that no longer answers (nothing listens on port 9).
        let account = SyncAccount {
            server_url: "http://127.0.0.1:9".into(),
            user_id: "u1".into(),
            user_name: "petra".into(),
            display_name: "Petra de Coach".into(),
            role: "jobcoach".into(),
            cursor: 0,
            last_sync_at: None,
        };
        let tokens = werkpad_domain::sync::Tokens {
            access_token: "a".into(),
            access_expires_at: Utc::now() + chrono::Duration::hours(1),
            refresh_token: "r".into(),
            refresh_expires_at: Utc::now() + chrono::Duration::days(30),
        };
        let store = session.unlocked().await.expect("open");
        store
            .sync()
            .save_login(&account, &tokens)
            .await
            .expect("account");
        drop(store);
        let calls = std::sync::atomic::AtomicUsize::new(0);
        let outcome = session
            .sync_round(today(), &|| {
                calls.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            })
            .await;
        let Some(failure) = outcome.failure() else {
            panic!("the round must fail: {outcome:?}");
        };
        assert_eq!(failure.code, "offline");
        let status = session.sync_status().await;
        assert!(status.logged_in && !status.online && !status.running && !status.needs_person);
        assert_eq!(status.last_error.map(|e| e.code), Some("offline"));
        assert!(status.failing_since.is_some());
        assert!(
            !session.round_due(Utc::now()),
            "the next attempt waits (backoff)"
        );
        assert!(
            calls.load(std::sync::atomic::Ordering::Relaxed) >= 2,
            "started and ended"
        );
        session.reset_sync();
        assert!(
            session.round_due(Utc::now()),
            "after a login the round is due at once"
        );
    }

    /// A coach's offline week through the session: an intake for Nguyễn Văn An whose
    /// traject she aborts with an end date 100 days back (past its 42-day retention), two
    /// more edits, rounds that fail because the server is gone, and lock/unlock between
    /// them (each unlock runs the retention purge). Nothing unsent may be destroyed, and the
    /// name must stay findable without its diacritics.
    #[tokio::test]
    async fn an_offline_week_keeps_unsent_work_through_purges_at_unlock() {
        use werkpad_domain::{EndReason, PersonName, Purpose};
        let dir = tempfile::tempdir().expect("temp dir");
        let session = Session::new(dir.path().join("store"), config());
        session
            .create(PASS, "Petra de Coach")
            .await
            .expect("create");
        let day = today();
        let resident_id = {
            let store = session.unlocked().await.expect("open");
            let coach = store.device().coach.clone();
            let mut case = crate::demo::case(&mut crate::demo::Rng::new(5), &coach, day);
            case.intake.resident.name = PersonName {
                initials: Some("N.V.".into()),
                given_names: "Nguyễn Văn".into(),
                tussenvoegsel: None,
                family_name: "An".into(),
                preferred_name: None,
            };
            case.intake.resident.motivation = Some("Wil werken. ".repeat(300));
            let mut traject = werkpad_domain::Traject::new(
                werkpad_domain::TrajectId::new(),
                case.intake.resident.id,
                coach.clone(),
                day - chrono::Duration::days(200),
                vec![Purpose::Guidance],
            );
            traject
                .end(
                    EndReason::Afgebroken,
                    day - chrono::Duration::days(100),
                    coach.clone(),
                    "Gestopt.".into(),
                )
                .expect("end");
            let mut w = store.writer(Purpose::Guidance).await.expect("writer");
            w.put(&case.intake.resident).await.expect("resident");
            w.put(&traject).await.expect("traject");
            w.commit().await.expect("commit");
            // Two more edits of the same resident, offline.
            for phone in ["0612345678", "0687654321"] {
                let mut r = case.intake.resident.clone();
                r.phone = Some(werkpad_domain::PhoneNumber::parse(phone).expect("phone"));
                let mut w = store.writer(Purpose::Guidance).await.expect("writer");
                w.put(&r).await.expect("edit");
                w.commit().await.expect("commit");
            }
            case.intake.resident.id
        };
        let pending = session
            .unlocked()
            .await
            .expect("open")
            .sync()
            .outbox_stats()
            .await
            .expect("stats")
            .pending;
        assert!(
            pending >= 4,
            "intake, end and two edits wait to be sent: {pending}"
        );
        for _ in 0..3 {
            assert!(session.lock().await);
            let purged = session.unlock(PASS, day).await.expect("unlock");
            assert!(
                purged.destroyed.is_empty(),
                "nothing unsent is destroyed: {purged:?}"
            );
            assert_eq!(
                purged.waiting_for_sync, 1,
                "the file is due, and waits for its changes"
            );
            let store = session.unlocked().await.expect("open");
            assert_eq!(
                store.sync().outbox_stats().await.expect("stats").pending,
                pending,
                "no change lost"
            );
            let hits = store
                .residents()
                .search("nguyen van", 10)
                .await
                .expect("search");
            assert!(
                hits.iter().any(|h| h.id == resident_id),
                "found without diacritics"
            );
            drop(store);
            assert!(matches!(
                session.sync_round(day, &|| {}).await,
                RoundOutcome::Skipped
            ));
        }
    }
}
