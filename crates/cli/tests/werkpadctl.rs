//! `werkpadctl` end to end, as support staff and scripts use it: a real binary, a real
//! encrypted store in a temp folder (file key backend, so the test needs no keyring).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

const PASS: &str = "een lang genoeg wachtwoord";

fn ctl(dir: &Path, pass: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_werkpadctl"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env("WERKPAD_PASSPHRASE", pass)
        .env_remove("WERKPAD_LANG")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn init(dir: &Path) {
    let out = ctl(
        dir,
        PASS,
        &["init", "--coach", "Petra de Coach", "--key-file"],
    );
    assert!(out.status.success(), "init failed: {}", text(&out.stderr));
}

#[test]
fn init_demo_doctor_search() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path().join("store");
    init(&dir);
    let again = ctl(&dir, PASS, &["init", "--coach", "X", "--key-file"]);
    assert!(!again.status.success(), "init twice is refused");
    assert!(
        text(&again.stderr).contains("al een Werkpad-opslag"),
        "in Dutch: {}",
        text(&again.stderr)
    );

    let out = ctl(&dir, PASS, &["demo-data", "--residents", "30", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let created: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(created["created"], 30);

    let out = ctl(&dir, PASS, &["doctor", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report["keyring_backend"], "file",
        "the file fallback is reported"
    );
    assert_eq!(report["integrity"], "ok");
    assert!(report["schema_version"].as_i64().unwrap() > 0);
    assert!(
        report["cipher_version"].as_str().unwrap().starts_with('4'),
        "SQLCipher 4.x"
    );
    let counts: std::collections::HashMap<String, i64> =
        serde_json::from_value(report["counts"].clone())
            .map(|v: Vec<(String, i64)>| v.into_iter().collect())
            .unwrap();
    assert_eq!(counts["resident"], 30);
    assert_eq!(counts["traject"], 30);
    assert!(
        report["outbox"]["pending"].as_i64().unwrap() >= 90,
        "every record queued for sync"
    );
    assert!(report["outbox"]["oldest_pending_at"].is_string());

    let out = ctl(&dir, PASS, &["search", "Arnhem", "--json", "--limit", "5"]);
    assert!(out.status.success());
    let hits: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        hits.len(),
        5,
        "all demo residents live in Arnhem; the limit holds"
    );

    let wrong = ctl(&dir, "verkeerd wachtwoord", &["doctor"]);
    assert!(!wrong.status.success());
    assert!(
        text(&wrong.stderr).contains("Het wachtwoord klopt niet"),
        "{}",
        text(&wrong.stderr)
    );
    let wrong = ctl(&dir, "verkeerd wachtwoord", &["doctor", "--json"]);
    let payload: serde_json::Value = serde_json::from_slice(&wrong.stdout).unwrap();
    assert_eq!(
        payload["error"]["code"], "wrong_passphrase",
        "scripts get the typed error"
    );
}

#[test]
fn import_stores_valid_lines_and_names_the_bad_ones() {
    let dir = tempfile::tempdir().unwrap();
    let store_dir = dir.path().join("store");
    init(&store_dir);
    let file = dir.path().join("caseload.jsonl");
    let good = |bsn: &str, family: &str| {
        serde_json::json!({
            "resident": {
                "name": {"given_names": "Anna", "family_name": family},
                "birth_date": "12-03-1968",
                "gender": "female",
                "bsn": bsn,
                "address": {"street": "Steenstraat", "house_number": "12", "postcode": "6828 ab", "woonplaats": "Arnhem"}
            },
            "traject": {"started_on": "01-09-2026", "state": "actief"}
        })
        .to_string()
    };
    let lines = [
        good("123456782", "Öztürk"),
        good("123456789", "Jansen"),
        "{ this is not json".to_owned(),
        "# a comment line".to_owned(),
        good("111222333", "de Vries"),
        good("111222333", "Dubbel"),
    ];
    std::fs::write(&file, lines.join("\n")).unwrap();
    let out = ctl(&store_dir, PASS, &["import", file.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "rejected lines give exit code 2"
    );
    let err = text(&out.stderr);
    assert!(
        err.contains("regel 2: bsn"),
        "line 2's BSN fails the elfproef: {err}"
    );
    assert!(err.contains("regel 3"), "line 3 is not JSON: {err}");
    assert!(
        err.contains("regel 6") && err.contains("al een inwoner met dit BSN"),
        "{err}"
    );
    assert!(
        !err.contains("regel 1:") && !err.contains("regel 5:"),
        "good lines pass: {err}"
    );
    assert!(
        text(&out.stdout).contains("2 inwoners opgeslagen, 3 regels afgewezen"),
        "{}",
        text(&out.stdout)
    );

    let out = ctl(&store_dir, PASS, &["search", "ozturk", "--json"]);
    let hits: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        hits.len(),
        1,
        "the imported Öztürk is found without diacritics"
    );
    assert_eq!(
        hits[0]["traject_state"], "actief",
        "with the traject state from the file"
    );
    let out = ctl(&store_dir, PASS, &["search", "Jansen", "--json"]);
    let hits: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(hits.is_empty(), "the invalid line stored nothing");
}
