//! Typed server settings: built-in defaults, then an optional TOML file, then `WERKPAD__`
//! environment variables (`WERKPAD__LISTEN=0.0.0.0:8443`), then `DATABASE_URL`.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

/// Everything the server can be told.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// PostgreSQL connection string.
    pub database_url: String,
    /// Connections in the pool.
    pub pool_size: u32,
    /// Where `serve` listens when `--listen` is not given.
    pub listen: SocketAddr,
    /// PEM certificate chain for HTTPS (required off loopback).
    pub tls_cert: Option<PathBuf>,
    /// PEM private key for HTTPS.
    pub tls_key: Option<PathBuf>,
    /// Lifetime of an access token.
    pub access_token_minutes: i64,
    /// Lifetime of a refresh token (a laptop offline longer must log in again).
    pub refresh_token_days: i64,
    /// Failed logins in a row before the account locks.
    pub max_failed_logins: i32,
    /// How long a locked account stays locked.
    pub lockout_minutes: i64,
    /// Largest request body accepted.
    pub max_body_bytes: usize,
    /// The audit chain's key file (made on first start when missing); by default
    /// `audit.key` in the server's state folder (see [`crate::audit::AuditKey::default_path`]).
    /// Keep it out of the database and its backups, readable by the server's user alone.
    pub audit_key_file: Option<PathBuf>,
    /// How long a break-the-glass access to a file outside the caseload lasts.
    pub emergency_hours: i64,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            database_url: "postgres://postgres@127.0.0.1:5432/werkpad".into(),
            pool_size: 32,
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            tls_cert: None,
            tls_key: None,
            access_token_minutes: 8 * 60,
            refresh_token_days: 30,
            max_failed_logins: 5,
            lockout_minutes: 15,
            max_body_bytes: 8 * 1024 * 1024,
            audit_key_file: None,
            emergency_hours: 24,
        }
    }
}

impl Settings {
    /// Defaults → `file` (when given) → `WERKPAD__*` → `DATABASE_URL`.
    pub fn load(file: Option<&Path>) -> Result<Self, Box<figment::Error>> {
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        if let Some(file) = file {
            figment = figment.merge(Toml::file_exact(file));
        }
        figment = figment.merge(Env::prefixed("WERKPAD__").split("__"));
        if let Ok(url) = std::env::var("DATABASE_URL") {
            figment = figment.merge(Serialized::default("database_url", url));
        }
        figment.extract().map_err(Box::new)
    }

    /// Where the audit key is.
    pub fn audit_key_path(&self) -> PathBuf {
        self.audit_key_file
            .clone()
            .unwrap_or_else(crate::audit::AuditKey::default_path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_overrides_defaults_and_unknown_keys_are_refused() {
        let dir = std::env::temp_dir().join(format!("werkpad-settings-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let good = dir.join("good.toml");
        std::fs::write(&good, "pool_size = 3\nlockout_minutes = 60\n").expect("write");
        let s = Settings::load(Some(&good)).expect("loads");
        assert_eq!(s.pool_size, 3);
        assert_eq!(s.lockout_minutes, 60);
        assert_eq!(s.max_failed_logins, 5);
        let bad = dir.join("bad.toml");
        std::fs::write(&bad, "pool_sise = 3\n").expect("write");
        assert!(Settings::load(Some(&bad)).is_err());
    }
}
