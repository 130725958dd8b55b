//! One encrypted store for the whole fuzzing run (secrets in memory, a cheap KDF), and the
//! runtime its pool lives on.

use std::sync::{Arc, OnceLock};

use werkpad_core::Store;
use werkpad_core::store::secrets::MemoryBackend;
use werkpad_core::store::{BackendPreference, KdfParams, SecretBackend, StoreConfig};

pub struct Fixture {
    pub rt: tokio::runtime::Runtime,
    pub store: Store,
    _dir: tempfile::TempDir,
}

pub fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        let dir = tempfile::tempdir().expect("a temporary folder");
        let backend: Arc<dyn SecretBackend> = Arc::new(MemoryBackend::default());
        let config = StoreConfig {
            backend: BackendPreference::Use(backend),
            kdf: KdfParams::insecure_for_tests(),
            ..StoreConfig::default()
        };
        let store = rt
            .block_on(Store::create(
                dir.path(),
                "correct horse battery staple",
                "Petra de Coach",
                &config,
            ))
            .expect("a store");
        Fixture {
            rt,
            store,
            _dir: dir,
        }
    })
}
