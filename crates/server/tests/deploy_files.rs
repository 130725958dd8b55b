//! deploy/: what no container runtime or systemd checks here (neither runs in CI), read as
//! text: the image runs as a non-root user with a health check, the compose file waits for
//! PostgreSQL 15, the systemd unit runs as its own user with its hardening, every
//! `WERKPAD__` variable in these files names a real setting, and the example settings load.
//! `scripts/check-deploy.sh` adds `systemd-analyze verify` where systemd is installed.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use werkpad_server::Settings;

fn deploy(file: &str) -> (PathBuf, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../deploy")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    (path, text)
}

/// Lines without comments, trimmed, blank ones dropped.
fn lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

#[test]
fn the_image_is_small_non_root_and_checks_its_health() {
    let (_, text) = deploy("Dockerfile");
    let lines = lines(&text);
    let froms: Vec<&&str> = lines.iter().filter(|l| l.starts_with("FROM ")).collect();
    assert_eq!(froms.len(), 2, "a build and a runtime stage: {froms:?}");
    assert!(froms[1].starts_with("FROM debian:12-slim"), "{froms:?}");
    // The runtime stage: from its FROM on.
    let runtime_at = lines.iter().position(|l| l == froms[1]).unwrap();
    let runtime = &lines[runtime_at..];
    let user = runtime
        .iter()
        .find_map(|l| l.strip_prefix("USER "))
        .expect("a USER in the runtime stage");
    let uid = user.split(':').next().unwrap();
    assert!(
        uid != "0" && uid != "root" && !uid.is_empty(),
        "not root: {user}"
    );
    assert!(
        runtime
            .iter()
            .any(|l| l.starts_with("HEALTHCHECK") && text.contains("/health")),
        "a HEALTHCHECK on /health"
    );
    assert!(runtime.iter().any(|l| l.starts_with("EXPOSE ")), "EXPOSE");
    let copies: Vec<&&str> = runtime
        .iter()
        .filter(|l| l.starts_with("COPY") || l.starts_with("ADD"))
        .collect();
    assert_eq!(copies.len(), 1, "only the binary: {copies:?}");
    assert!(
        copies[0].starts_with("COPY --from=build") && copies[0].ends_with("werkpad-server"),
        "{copies:?}"
    );
    assert!(
        text.contains("cargo build --release") && text.contains("-p werkpad-server"),
        "the build stage builds the server in release"
    );
}

#[test]
fn compose_runs_the_server_after_postgresql_15_is_healthy() {
    let (_, text) = deploy("compose.yaml");
    for needle in [
        "image: postgres:15",
        "pg_isready",
        "condition: service_healthy",
        "pgdata:/var/lib/postgresql/data",
        "dockerfile: deploy/Dockerfile",
        "DATABASE_URL:",
        "restart: on-failure",
    ] {
        assert!(text.contains(needle), "compose.yaml lacks {needle:?}");
    }
    assert!(
        !text.contains("POSTGRES_PASSWORD: werkpad") && text.contains("${WERKPAD_DB_PASSWORD:?"),
        "no password in the file: it comes from the environment"
    );
}

#[test]
fn the_unit_runs_as_its_own_user_and_is_hardened() {
    let (_, text) = deploy("werkpad-server.service");
    let lines = lines(&text);
    let has = |l: &str| lines.contains(&l);
    for line in [
        "User=werkpad",
        "Group=werkpad",
        "NoNewPrivileges=yes",
        "ProtectSystem=strict",
        "ProtectHome=yes",
        "PrivateTmp=yes",
        "Restart=on-failure",
        "StateDirectory=werkpad-server",
        "CapabilityBoundingSet=",
    ] {
        assert!(has(line), "werkpad-server.service lacks {line}");
    }
    let writable: Vec<&&str> = lines
        .iter()
        .filter(|l| l.starts_with("ReadWritePaths="))
        .collect();
    assert_eq!(
        writable,
        [&"ReadWritePaths=/var/lib/werkpad-server"],
        "writes only its state folder"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("ExecStart=") && l.ends_with(" serve")),
        "starts serve (which migrates first)"
    );
}

#[test]
fn every_werkpad_variable_in_deploy_names_a_setting() {
    let value = serde_json::to_value(Settings::default()).unwrap();
    let mut keys = BTreeSet::new();
    for (key, v) in value.as_object().unwrap() {
        keys.insert(key.to_uppercase());
        if let Some(inner) = v.as_object() {
            keys.extend(
                inner
                    .keys()
                    .map(|k| format!("{}__{}", key, k).to_uppercase()),
            );
        }
    }
    let mut seen = 0;
    for file in ["Dockerfile", "compose.yaml", "werkpad-server.service"] {
        let (_, text) = deploy(file);
        for (at, _) in text.match_indices("WERKPAD__") {
            let name: String = text[at + "WERKPAD__".len()..]
                .chars()
                .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            assert!(
                keys.contains(&name),
                "{file}: WERKPAD__{name} is no setting"
            );
            seen += 1;
        }
    }
    assert!(seen >= 6, "the files were read ({seen} variables)");
}

#[test]
fn the_example_settings_load_and_differ_from_the_defaults_where_they_say() {
    let (path, _) = deploy("werkpad-server.toml");
    let settings = Settings::load(Some(&path)).expect("the example loads");
    assert_eq!(
        settings.log_format,
        werkpad_server::logging::LogFormat::Json
    );
    assert_eq!(settings.listen.port(), 8443);
    assert!(settings.tls_cert.is_some() && settings.tls_key.is_some());
    // DATABASE_URL from the test environment wins over the file; parse the file's own.
    let text = std::fs::read_to_string(&path).unwrap();
    let url = text
        .lines()
        .find_map(|l| l.strip_prefix("database_url = "))
        .unwrap()
        .trim_matches('"');
    let options: sqlx::postgres::PgConnectOptions = url.parse().expect("a valid URL");
    assert_eq!(options.get_database(), Some("werkpad"));
    assert_eq!(options.get_username(), "werkpad");
}
