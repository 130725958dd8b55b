//! The real OS keyring: a store created with the Secret Service backend (gnome-keyring,
//! headless, on a private D-Bus session) and unlocked again through the `keyring` crate.
//!
//! The test re-runs itself inside `dbus-run-session` with an unlocked gnome-keyring daemon
//! (recipe in ../shared/TOOLCHAIN.md), so it needs no session set up by the caller, only the
//! packages dbus, dbus-x11 and gnome-keyring (the README's test command installs them).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use werkpad_core::Store;
use werkpad_core::store::{BackendKind, BackendPreference, KdfParams, StoreConfig};

const INSIDE: &str = "WERKPAD_INSIDE_KEYRING_SESSION";

#[test]
fn store_keys_live_in_the_real_secret_service() {
    if std::env::var_os(INSIDE).is_some() {
        inside_session();
        return;
    }
    let exe = std::env::current_exe().unwrap();
    let script = r#"echo -n werkpad-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0" --exact store_keys_live_in_the_real_secret_service --nocapture"#;
    let status = Command::new("dbus-run-session")
        .args(["--", "sh", "-c", script])
        .arg(&exe)
        .env(INSIDE, "1")
        .status()
        .expect("dbus-run-session must be installed (apt: dbus, dbus-x11, gnome-keyring)");
    assert!(
        status.success(),
        "the keyring journey failed inside the D-Bus session"
    );
}

fn inside_session() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let config = StoreConfig {
            backend: BackendPreference::Auto,
            kdf: KdfParams::insecure_for_tests(),
            recovery_public_key: None,
        };
        let store = Store::create(dir.path(), "keyring passphrase", "Coach", &config)
            .await
            .unwrap();
        assert_eq!(
            store.backend_kind(),
            BackendKind::Keyring,
            "with a Secret Service running, the key goes to the OS keyring"
        );
        store.lock().await;
        assert!(
            !dir.path().join("keys.json").exists(),
            "no key file next to the database"
        );
        let store = Store::unlock(dir.path(), "keyring passphrase", &config)
            .await
            .unwrap();
        assert_eq!(
            store.upkeep().doctor().await.unwrap().keyring_backend,
            "keyring",
            "doctor tells"
        );
        store.lock().await;
        let wrong = Store::unlock(dir.path(), "wrong passphrase!", &config).await;
        assert!(matches!(
            wrong,
            Err(werkpad_core::StoreError::WrongPassphrase)
        ));
    });
}
