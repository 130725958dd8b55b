//! Typed server settings: built-in defaults, then an optional TOML file, then `WERKPAD__`
//! environment variables (`WERKPAD__LISTEN=0.0.0.0:8443`), then `DATABASE_URL`.
//!
//! `Debug` is written by hand: the database password never reaches a log or a support
//! ticket through a printed `Settings` ([`redact_url`]).

use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

/// Everything the server can be told.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
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
    /// Where `/metrics` is served, apart from the API (`"off"`: not at all). Counts only,
    /// but keep it off the public network all the same.
    #[serde(with = "off_or_addr")]
    pub metrics_listen: Option<SocketAddr>,
    /// Login attempts per minute for one user name as typed (trimmed, lower case), whether
    /// the name exists or not; 0: no limit. A successful login gives its attempt back.
    pub login_attempts_per_account: u32,
    /// Login attempts per minute from one client address (an IPv6 /64 counts as one);
    /// 0: no limit. A successful login gives its attempt back.
    pub login_attempts_per_address: u32,
    /// Reverse proxies whose `X-Forwarded-For` is believed; from any other peer the header
    /// is ignored and the TCP peer is the client's address.
    pub trusted_proxies: Vec<IpAddr>,
    /// Password checks (Argon2, CPU-bound) running at once; 0: one per core.
    pub password_checks_at_once: usize,
    /// Logins that may wait for a password check; more are refused at once with 503
    /// `server_busy`, so a flood of logins cannot take every core from pulls and pushes.
    pub password_checks_waiting: usize,
    /// `"text"` for a terminal, `"json"` (one object per line) for a container runtime,
    /// journald or a log shipper; see [`crate::logging`].
    pub log_format: crate::logging::LogFormat,
    /// ZGW export and push (`[zgw]`): zaaktype, informatieobjecttypen, RSINs; see
    /// [`crate::zgw::ZgwSettings`] for every key and its default.
    #[serde(default)]
    pub zgw: crate::zgw::ZgwSettings,
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("database_url", &redact_url(&self.database_url))
            .field("pool_size", &self.pool_size)
            .field("listen", &self.listen)
            .field("tls_cert", &self.tls_cert)
            .field("tls_key", &self.tls_key)
            .field("access_token_minutes", &self.access_token_minutes)
            .field("refresh_token_days", &self.refresh_token_days)
            .field("max_failed_logins", &self.max_failed_logins)
            .field("lockout_minutes", &self.lockout_minutes)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("audit_key_file", &self.audit_key_file)
            .field("emergency_hours", &self.emergency_hours)
            .field("metrics_listen", &self.metrics_listen)
            .field(
                "login_attempts_per_account",
                &self.login_attempts_per_account,
            )
            .field(
                "login_attempts_per_address",
                &self.login_attempts_per_address,
            )
            .field("trusted_proxies", &self.trusted_proxies)
            .field("password_checks_at_once", &self.password_checks_at_once)
            .field("password_checks_waiting", &self.password_checks_waiting)
            .field("log_format", &self.log_format)
            .field("zgw", &self.zgw)
            .finish()
    }
}

/// `url` with its password replaced by `***`: the one in the user part
/// (`postgres://user:secret@host/db`) and a `password=` query parameter.
pub fn redact_url(url: &str) -> String {
    const MASK: &str = "***";
    let mut out = url.to_owned();
    // user:password@ between "://" and the first '/', '?' or '#' after it.
    if let Some(scheme_end) = out.find("://").map(|i| i + 3) {
        let rest = &out[scheme_end..];
        let authority_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let authority = &rest[..authority_len];
        if let Some(at) = authority.rfind('@')
            && let Some(colon) = authority[..at].find(':')
        {
            out.replace_range(scheme_end + colon + 1..scheme_end + at, MASK);
        }
    }
    // password=… and sslpassword=… in the query (libpq's key=value form as well).
    let mut from = 0;
    while let Some(found) = out[from..].to_ascii_lowercase().find("password=") {
        let start = from + found + "password=".len();
        let end = out[start..]
            .find(['&', ' ', '#'])
            .map_or(out.len(), |i| start + i);
        out.replace_range(start..end, MASK);
        from = start + MASK.len();
    }
    out
}

/// `"off"` or a socket address, for [`Settings::metrics_listen`].
mod off_or_addr {
    use std::net::SocketAddr;

    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &Option<SocketAddr>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(addr) => s.collect_str(addr),
            None => s.serialize_str("off"),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<SocketAddr>, D::Error> {
        let text = String::deserialize(d)?;
        match text.trim() {
            "off" | "" => Ok(None),
            addr => addr
                .parse()
                .map(Some)
                .map_err(|e| serde::de::Error::custom(format!("{addr:?}: {e}; or \"off\""))),
        }
    }
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
            metrics_listen: Some(SocketAddr::from(([127, 0, 0, 1], 9464))),
            login_attempts_per_account: 10,
            login_attempts_per_address: 30,
            trusted_proxies: Vec::new(),
            password_checks_at_once: 0,
            password_checks_waiting: 32,
            log_format: crate::logging::LogFormat::Text,
            zgw: crate::zgw::ZgwSettings::default(),
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
        let metrics = dir.join("metrics.toml");
        std::fs::write(&metrics, "metrics_listen = \"off\"\n").expect("write");
        assert_eq!(
            Settings::load(Some(&metrics))
                .expect("loads")
                .metrics_listen,
            None
        );
        std::fs::write(&metrics, "metrics_listen = \"127.0.0.1:9999\"\n").expect("write");
        assert_eq!(
            Settings::load(Some(&metrics))
                .expect("loads")
                .metrics_listen,
            Some(SocketAddr::from(([127, 0, 0, 1], 9999)))
        );
    }

    #[test]
    fn debug_never_shows_the_database_password() {
        let settings = Settings {
            database_url: "postgres://werkpad:Geheim-ww_42@db.example.nl:5432/werkpad?password=ook-geheim&sslmode=require".into(),
            ..Settings::default()
        };
        let printed = format!("{settings:?} {settings:#?}");
        assert!(!printed.contains("Geheim-ww_42"), "{printed}");
        assert!(!printed.contains("ook-geheim"), "{printed}");
        assert!(
            printed.contains("postgres://werkpad:***@db.example.nl:5432/werkpad"),
            "the rest of the URL stays readable for support: {printed}"
        );
    }

    #[test]
    fn redact_url_masks_passwords_and_leaves_the_rest() {
        for (url, want) in [
            ("postgres://u:p@h/d", "postgres://u:***@h/d"),
            ("postgres://u:p%40ss@h:5432", "postgres://u:***@h:5432"),
            ("postgres://u@h/d", "postgres://u@h/d"),
            (
                "postgres://h/d?user=u&password=x",
                "postgres://h/d?user=u&password=***",
            ),
            ("postgres://h/d?password=x", "postgres://h/d?password=***"),
            ("host=h password=x dbname=d", "host=h password=*** dbname=d"),
            (
                "postgres://h/d?sslpassword=k",
                "postgres://h/d?sslpassword=***",
            ),
            ("postgres://u:p:q@h/d", "postgres://u:***@h/d"),
        ] {
            assert_eq!(redact_url(url), want, "{url}");
        }
    }
}
