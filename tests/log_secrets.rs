//! The data key never reaches a log (issue 21): werkpadctl with every log level on
//! (`WERKPAD_LOG=trace`) creates a store, adds residents and searches, and its whole
//! output holds no `PRAGMA key` and no raw key (`x'` and 64 hex digits). Before the fix,
//! sqlx's statement log printed the key pragma at debug level.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::process::Command;

const CTL: &str = env!("CARGO_BIN_EXE_werkpadctl-journey");
const PASSPHRASE: &str = "een-lange-wachtzin-voor-de-test";

fn run(dir: &std::path::Path, args: &[&str]) -> String {
    let out = Command::new(CTL)
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env("WERKPAD_PASSPHRASE", PASSPHRASE)
        .env("WERKPAD_LOG", "trace")
        .output()
        .expect("werkpadctl runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "werkpadctl {args:?} failed:\n{text}");
    text
}

/// A raw SQLCipher key as the pragma writes it: `x'` and at least 64 hex digits.
fn holds_raw_key(text: &str) -> bool {
    text.match_indices("x'").any(|(i, _)| {
        text[i + 2..]
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .count()
            >= 64
    })
}

#[test]
fn trace_logging_never_prints_the_data_key() {
    assert!(holds_raw_key(&format!(
        "PRAGMA key = \"x'{}'\"",
        "ab".repeat(32)
    )));
    let dir = tempfile::tempdir().unwrap();
    let mut all = run(
        dir.path(),
        &["init", "--coach", "Anna de Vries", "--key-file"],
    );
    all += &run(dir.path(), &["demo-data", "--residents", "5"]);
    all += &run(dir.path(), &["search", "a"]);
    all += &run(dir.path(), &["doctor"]);
    // Logging is on (the store's own lines are there). With statement logging back on,
    // this same run printed `PRAGMA key = "x'…'"` at debug level: checked when this test
    // was written, by running it against the code before the fix.
    assert!(
        all.contains("werkpad_core"),
        "the run logged, so the check means something:\n{all}"
    );
    assert!(!all.contains("PRAGMA key"), "the key pragma is in the log");
    assert!(!holds_raw_key(&all), "a raw key is in the log");
}
