//! The encrypted case store on the coach's laptop.
//!
//! Main idea: the database is SQLCipher, opened with a random data key that only the coach's
//! passphrase can unwrap ([`keys`], [`secrets`]); and every change goes through a [`Writer`],
//! one transaction that writes the row, its sync outbox entry and its audit entry together,
//! so none can exist without the others.

pub mod audit;
pub mod db;
pub mod doctor;
pub mod faults;
pub mod health;
#[cfg(test)]
mod key_tests;
pub mod keys;
pub mod leftovers;
pub mod meta;
pub mod outbox;
pub mod print_folder;
pub mod purge;
pub mod records;
pub mod recovery;
mod rekey;
pub mod residents;
pub mod retention;
pub mod rights;
pub mod search;
#[cfg(test)]
mod search_log_tests;
pub mod secrets;
#[cfg(test)]
mod tests;
pub mod trajecten;
pub mod upkeep;
mod vault;
pub mod writer;

use std::sync::Arc;

use sqlx::SqlitePool;
use werkpad_domain::{StaffId, StaffMember};

pub use keys::KdfParams;
pub use meta::DataDir;
pub use secrets::{BackendKind, SecretBackend};
pub use vault::{BackendPreference, MIN_PASSPHRASE_LEN, StoreConfig};
pub use writer::Writer;

/// This device and the coach who works on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceInfo {
    /// Random id of this installation; prefixes outbox entries.
    pub device_id: String,
    /// The coach: the "who" of every audit entry written here.
    pub coach: StaffMember,
}

/// An unlocked store. Dropping it (or [`Store::lock`]) closes the database; the data key
/// itself is zeroised as soon as the pool is open (see [`db::open`] for sqlx's own copy).
#[derive(Debug)]
pub struct Store {
    pool: SqlitePool,
    dir: DataDir,
    store_id: String,
    backend: Arc<dyn SecretBackend>,
    device: DeviceInfo,
    /// What an area keeps in memory between calls (matching's cache); dropped with the
    /// store on lock.
    area_state: AreaState,
    /// Fault points (armed only by tests and the sync simulation).
    faults: faults::Faults,
}

impl Store {
    fn from_parts(
        pool: SqlitePool,
        dir: DataDir,
        store_id: String,
        backend: Arc<dyn SecretBackend>,
        device: DeviceInfo,
    ) -> Self {
        Self {
            pool,
            dir,
            store_id,
            backend,
            device,
            area_state: Default::default(),
            faults: Default::default(),
        }
    }

    /// The connection pool, for this crate's modules.
    pub(crate) fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// The in-memory state of one area (made on first use), for that area's handle.
    pub(crate) fn area_state<T: Default + Send + Sync + 'static>(&self) -> Arc<T> {
        self.area_state.get_or_default()
    }

    /// The fault points of this store: a test arms one to make the next write that passes
    /// it fail, as a crash there would ([`faults`]).
    pub fn faults(&self) -> &faults::Faults {
        &self.faults
    }

    /// This device and its coach.
    pub fn device(&self) -> &DeviceInfo {
        &self.device
    }

    /// The data folder.
    pub fn data_dir(&self) -> &DataDir {
        &self.dir
    }

    /// Which secret backend holds the key.
    pub fn backend_kind(&self) -> BackendKind {
        self.backend.kind()
    }

    /// A secret of this store from the keyring (or key file).
    pub(crate) fn secret(&self, name: secrets::SecretName) -> crate::Result<Option<String>> {
        self.backend.get(&self.store_id, name)
    }

    /// Forget a secret of this store.
    pub(crate) fn delete_secret(&self, name: secrets::SecretName) -> crate::Result<()> {
        self.backend.delete(&self.store_id, name)
    }

    /// Lock: close every connection. The store must be unlocked again to be used.
    pub async fn lock(self) {
        if let Err(e) = self.note_unsent().await {
            tracing::warn!(error = %e, "unsent changes not counted");
        }
        self.pool.close().await;
    }

    /// Flush the WAL into the main file (used before backups and by benchmarks).
    pub async fn checkpoint(&self) -> crate::Result<()> {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

/// A store dropped without [`Store::lock`] still closes its database before it is gone.
///
/// sqlx closes a dropped pool's SQLite connections on their worker threads, in the
/// background. When the process ends meanwhile (a test binary finishing), SQLCipher's exit
/// handler frees its private heap under a connection that is still closing: the process
/// crashed at exit (SIGSEGV in sqlite3FreeCodecArg) in about a third of the core test runs.
/// On a multi-threaded runtime the pool is closed here, in place, so connections that are
/// on their way back to the pool are closed too; otherwise on a thread of its own (five
/// seconds at most). Callers should still lock the store: this is the safety net.
impl Drop for Store {
    fn drop(&mut self) {
        use tokio::runtime::{Handle, RuntimeFlavor};
        if self.pool.is_closed() {
            return;
        }
        let pool = self.pool.clone();
        let close = async move {
            let _ = tokio::time::timeout(std::time::Duration::from_secs(5), pool.close()).await;
        };
        match Handle::try_current() {
            Ok(handle) if handle.runtime_flavor() == RuntimeFlavor::MultiThread => {
                tokio::task::block_in_place(|| handle.block_on(close));
            }
            _ => {
                let closer = std::thread::spawn(move || {
                    if let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                        .enable_time()
                        .build()
                    {
                        rt.block_on(close);
                    }
                });
                let _ = closer.join();
            }
        }
    }
}

/// Declare an area handle: a view of the store that carries one area's methods
/// (`store.residents().resident(id)`), made by an accessor on [`Store`] declared in the
/// area's own module, so the store itself never names its areas.
macro_rules! area {
    ($(#[$doc:meta])* $name:ident, $accessor:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy)]
        pub struct $name<'s> {
            pub(crate) store: &'s $crate::store::Store,
        }

        impl $crate::store::Store {
            $(#[$doc])*
            pub fn $accessor(&self) -> $name<'_> {
                $name { store: self }
            }
        }
    };
}
pub(crate) use area;

/// One value per type: what areas keep in memory, without the store naming their types.
#[derive(Default)]
struct AreaState(std::sync::Mutex<Vec<Arc<dyn std::any::Any + Send + Sync>>>);

impl AreaState {
    fn get_or_default<T: Default + Send + Sync + 'static>(&self) -> Arc<T> {
        let mut slots = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = slots.iter().find_map(|s| s.clone().downcast::<T>().ok()) {
            return found;
        }
        let made = Arc::new(T::default());
        slots.push(made.clone());
        made
    }
}

impl std::fmt::Debug for AreaState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AreaState { .. }")
    }
}

pub(crate) async fn load_device(pool: &SqlitePool) -> crate::Result<DeviceInfo> {
    let (device_id, coach_id, coach_name): (String, String, String) =
        sqlx::query_as("SELECT device_id, coach_id, coach_name FROM device WHERE singleton = 1")
            .fetch_one(pool)
            .await?;
    let coach_id = uuid::Uuid::parse_str(&coach_id)
        .map_err(|e| crate::StoreError::Secrets(format!("device row: {e}")))?;
    Ok(DeviceInfo {
        device_id,
        coach: StaffMember {
            id: StaffId::from_uuid(coach_id),
            name: coach_name,
        },
    })
}
