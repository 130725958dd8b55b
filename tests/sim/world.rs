//! The simulated world: the real server (in this process, over a real PostgreSQL
//! database) behind a faulty network ([`super::proxy`]), and laptops with real encrypted
//! stores in folders of their own, which can crash, be restored from an older copy of
//! their folder, or be wiped.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use sqlx::PgPool;
use tokio::task::JoinHandle;
use uuid::Uuid;
use werkpad_core::Store;
use werkpad_core::store::{BackendPreference, KdfParams, StoreConfig};
use werkpad_server::{AppState, Settings};

/// The passphrase of every simulated laptop.
pub const PASSPHRASE: &str = "een lange zin als wachtwoord";

/// The server, serving in this process.
#[derive(Debug)]
pub struct Server {
    /// Its database.
    pub pool: PgPool,
    /// Its state (fault points).
    pub state: AppState,
    task: JoinHandle<()>,
    /// Where it listens.
    pub addr: SocketAddr,
}

impl Server {
    /// Serve `pool` on a free loopback port.
    pub async fn start(pool: PgPool) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind server");
        let addr = listener.local_addr().expect("server addr");
        let state = AppState::new(pool.clone(), Settings::default()).expect("audit key");
        let router = werkpad_server::router(state.clone());
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, router).await;
        });
        Self {
            pool,
            state,
            task,
            addr,
        }
    }

    /// Stop serving at once (connections in flight break, their transactions roll back).
    pub fn stop(&self) {
        self.task.abort();
    }
}

/// How a laptop's store is opened: keys in a file inside its folder (so a copy of the
/// folder is a whole laptop), cheap key derivation.
pub fn config() -> StoreConfig {
    StoreConfig {
        backend: BackendPreference::File,
        kdf: KdfParams::insecure_for_tests(),
        recovery_public_key: None,
    }
}

/// A copy of a laptop's folder.
#[derive(Debug)]
pub struct Snapshot {
    /// Where the copy is.
    pub dir: PathBuf,
    /// The laptop's next sequence number when it was taken.
    pub next_seq: i64,
    /// The step it was taken in.
    pub step: usize,
}

/// One laptop.
#[derive(Debug)]
pub struct Laptop {
    /// "anna-1".
    pub name: String,
    /// Its user on the server.
    pub user: String,
    /// Its data folder.
    pub dir: PathBuf,
    /// The store, when unlocked.
    pub store: Option<Store>,
    /// Its device id.
    pub device: Uuid,
    /// A copy of its folder, if one was taken.
    pub snapshot: Option<Snapshot>,
    /// Wiped by the server (its user was disabled).
    pub wiped: bool,
    /// Needs its coach to log in again (an old refresh token after a restore).
    pub needs_login: bool,
}

impl Laptop {
    /// A new laptop for `user` in `dir`, logged in through `url`.
    pub async fn new(name: &str, user: &str, dir: PathBuf, url: &str) -> Self {
        std::fs::create_dir_all(&dir).expect("laptop dir");
        let store = Store::create(&dir, PASSPHRASE, &display(user), &config())
            .await
            .expect("create store");
        store
            .sync()
            .login(url, user, crate::PASSWORD)
            .await
            .expect("first login");
        let device = Uuid::parse_str(&store.device().device_id).expect("device id");
        Self {
            name: name.to_owned(),
            user: user.to_owned(),
            dir,
            store: Some(store),
            device,
            snapshot: None,
            wiped: false,
            needs_login: false,
        }
    }

    /// The open store.
    pub fn store(&self) -> &Store {
        self.store.as_ref().expect("the laptop is unlocked")
    }

    /// Close the store (as at shutdown, or as a crash leaves it: nothing uncommitted).
    pub async fn close(&mut self) {
        if let Some(store) = self.store.take() {
            store.lock().await;
        }
    }

    /// Open the store again (with the retention purge, as the app does).
    pub async fn open(&mut self) -> Result<(), String> {
        let (store, _) = werkpad_core::sync::engine::unlock(
            &self.dir,
            PASSPHRASE,
            &config(),
            chrono::Utc::now().date_naive(),
        )
        .await
        .map_err(|e| format!("{}: unlock failed: {e}", self.name))?;
        self.store = Some(store);
        Ok(())
    }

    /// Copy the folder aside (the store is closed meanwhile).
    pub async fn take_snapshot(&mut self, into: PathBuf, step: usize) -> Result<(), String> {
        let next_seq = self
            .store()
            .sync()
            .outbox_stats()
            .await
            .map_err(|e| e.to_string())?
            .next_seq;
        self.close().await;
        let _ = std::fs::remove_dir_all(&into);
        copy_dir(&self.dir, &into).map_err(|e| e.to_string())?;
        self.snapshot = Some(Snapshot {
            dir: into,
            next_seq,
            step,
        });
        self.open().await
    }

    /// Put the older copy back in place of the folder.
    pub async fn restore_snapshot(&mut self) -> Result<(), String> {
        let Some(from) = self.snapshot.as_ref().map(|s| s.dir.clone()) else {
            return Ok(());
        };
        self.close().await;
        std::fs::remove_dir_all(&self.dir).map_err(|e| e.to_string())?;
        copy_dir(&from, &self.dir).map_err(|e| e.to_string())?;
        self.open().await
    }
}

/// "anna" → "Anna de Coach".
pub fn display(user: &str) -> String {
    let mut c = user.chars();
    let first = c
        .next()
        .map(|f| f.to_uppercase().collect::<String>())
        .unwrap_or_default();
    format!("{first}{} de Coach", c.as_str())
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}
