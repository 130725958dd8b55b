//! Property tests of the laptop's imports (issue 21) against a real encrypted store: the
//! JSON-lines caseload import (`werkpadctl import`) and the workplaces CSV import, fed
//! generated files (valid lines, broken JSON, unknown fields, wrong states, repeated BSNs,
//! comments, blank lines, arbitrary text; CSV with quotes, CRLF, wrong field counts).
//!
//! What must hold, besides "no panic": the JSON-lines import answers for every line (each
//! non-blank, non-comment line is either stored or refused with its own number and at
//! least one reason) and stores exactly the lines it counts (resident count and outbox
//! grow by the stored lines only); the CSV import is all or nothing (errors name lines of
//! the file, and with any error nothing is stored).
//!
//! Seeded: `WERKPAD_PROP_SEED` (default 21), `PROPTEST_CASES` (default 128 per property:
//! each case writes to SQLCipher). The same surfaces are fuzzed in fuzz/ (targets
//! `jsonl_import` and `workplaces_csv`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};
use werkpad_core::Store;
use werkpad_core::import::{ImportLine, ImportTraject, LineProblem, import_jsonl};
use werkpad_core::matching::csv_import::import_workplaces_csv;
use werkpad_core::store::secrets::MemoryBackend;
use werkpad_core::store::{BackendPreference, KdfParams, SecretBackend, StoreConfig};
use werkpad_domain::{StaffId, StaffMember};
use werkpad_testkit::{self as demo, Rng};

fn config(cases: u32) -> Config {
    let seed = std::env::var("WERKPAD_PROP_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(21);
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        ..Config::default()
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 15).unwrap()
}

/// A fresh store in a temporary folder, secrets in memory, a cheap KDF.
async fn store(dir: &tempfile::TempDir) -> Store {
    let backend: Arc<dyn SecretBackend> = Arc::new(MemoryBackend::default());
    let config = StoreConfig {
        backend: BackendPreference::Use(backend),
        kdf: KdfParams::insecure_for_tests(),
        ..StoreConfig::default()
    };
    Store::create(
        dir.path(),
        "correct horse battery staple",
        "Petra de Coach",
        &config,
    )
    .await
    .unwrap()
}

/// A valid import line for the demo resident of `seed`.
fn valid_line(seed: u64, traject: Option<ImportTraject>) -> String {
    let coach = StaffMember {
        id: StaffId::new(),
        name: "Petra de Coach".into(),
    };
    let case = demo::case(&mut Rng::new(seed), &coach, today());
    serde_json::to_string(&ImportLine {
        resident: case.resident.to_draft(),
        traject,
    })
    .unwrap()
}

fn traject() -> impl Strategy<Value = Option<ImportTraject>> {
    let state = prop_oneof![
        4 => select(vec!["aangemeld", "intake", "actief", "geplaatst", "nazorg"]).prop_map(|s| Some(s.to_owned())),
        1 => select(vec!["ended", "Actief", "", "klaar"]).prop_map(|s| Some(s.to_owned())),
        1 => Just(None),
    ];
    let started = prop_oneof![
        3 => select(vec!["01-09-2026", "2026-01-31", "29-02-2024"]).prop_map(|s| Some(s.to_owned())),
        1 => select(vec!["31-02-2026", "gisteren", "", "9999-12-31"]).prop_map(|s| Some(s.to_owned())),
        1 => Just(None),
    ];
    prop_oneof![
        1 => Just(None),
        3 => (started, state).prop_map(|(started_on, state)| Some(ImportTraject { started_on, state })),
    ]
}

/// One line of an import file.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        // Valid residents (a small seed range, so BSNs repeat across lines and cases).
        6 => (0u64..40, traject()).prop_map(|(seed, t)| valid_line(seed, t)),
        // A valid line cut short or with a character put in.
        2 => ((0u64..40, traject()), any::<prop::sample::Index>(), prop_oneof![Just(None), any::<char>().prop_map(Some)])
            .prop_map(|((seed, t), at, ch)| {
                let l = valid_line(seed, t);
                let cut = l.char_indices().map(|(i, _)| i).nth(at.index(l.chars().count())).unwrap_or(0);
                match ch {
                    None => l[..cut].to_owned(),
                    Some(c) => format!("{}{c}{}", &l[..cut], &l[cut..]),
                }
            }),
        // A field of the resident replaced by something else.
        2 => ((0u64..40), select(vec!["bsn", "birth_date", "gender", "phone", "email", "motivation", "career_wishes"]),
              prop_oneof![
                  Just(serde_json::json!(123_456_782)),
                  Just(serde_json::json!(null)),
                  Just(serde_json::json!(["a"])),
                  Just(serde_json::json!({})),
                  any::<String>().prop_map(serde_json::Value::String),
                  Just(serde_json::Value::String("x".repeat(4001))),
              ])
            .prop_map(|(seed, field, value)| {
                let mut v: serde_json::Value = serde_json::from_str(&valid_line(seed, None)).unwrap();
                v["resident"][field] = value;
                v.to_string()
            }),
        1 => Just(r#"{"resident": {}, "extra": 1}"#.to_owned()),
        1 => Just("{}".to_owned()),
        1 => Just("# a comment".to_owned()),
        1 => Just("   ".to_owned()),
        1 => "[^\n]{0,40}",
    ]
}

fn jsonl_file() -> impl Strategy<Value = (Vec<String>, bool)> {
    (proptest::collection::vec(line(), 0..12), any::<bool>())
}

/// The lines the import must answer for (1-based numbers).
fn content_lines(text: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            let t = l.trim();
            !t.is_empty() && !t.starts_with('#')
        })
        .map(|(i, _)| i + 1)
        .collect()
}

#[test]
fn the_jsonl_import_answers_for_every_line_and_stores_only_what_it_counts() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = rt.block_on(store(&dir));
    let mut runner = TestRunner::new(config(128));
    let totals = std::cell::Cell::new((0usize, 0usize));
    let result = runner.run(&jsonl_file(), |(lines, crlf)| {
        let text = lines.join(if crlf { "\r\n" } else { "\n" });
        rt.block_on(async {
            let residents = store.residents().resident_count().await.unwrap();
            let pending = store.sync().outbox_stats().await.unwrap().pending;
            let report = import_jsonl(&store, text.as_bytes(), today())
                .await
                .map_err(|e| TestCaseError::fail(format!("a typed error for UTF-8 text: {e}")))?;
            let expected = content_lines(&text);
            let refused: Vec<usize> = report.rejected.iter().map(|r| r.line).collect();
            prop_assert_eq!(
                report.stored + refused.len(),
                expected.len(),
                "every line stored or refused: {:?}",
                report
            );
            prop_assert!(
                refused.iter().all(|l| expected.contains(l)),
                "refusals name content lines: {:?} of {:?}",
                refused,
                expected
            );
            prop_assert!(refused.windows(2).all(|w| w[0] < w[1]), "in file order");
            prop_assert!(
                report.rejected.iter().all(|r| !r.errors.is_empty()),
                "with a reason"
            );
            let (stored, refused_total) = totals.get();
            totals.set((stored + report.stored, refused_total + refused.len()));
            let after = store.residents().resident_count().await.unwrap();
            prop_assert_eq!(
                after - residents,
                i64::try_from(report.stored).unwrap(),
                "exactly the stored lines reached the store"
            );
            let pending_after = store.sync().outbox_stats().await.unwrap().pending;
            prop_assert_eq!(
                pending_after > pending,
                report.stored > 0,
                "the outbox grows with what was stored, and only then"
            );
            for r in &report.rejected {
                for p in &r.errors {
                    if let LineProblem::Json(message) = p {
                        prop_assert!(!message.is_empty());
                    }
                }
            }
            Ok(())
        })
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    let (stored, refused) = totals.get();
    assert!(
        stored > 0 && refused > 0,
        "the generator reached both answers: {stored} stored, {refused} refused"
    );
}

#[test]
fn the_jsonl_import_of_arbitrary_bytes_gives_a_typed_answer() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = rt.block_on(store(&dir));
    let mut runner = TestRunner::new(config(128));
    let bytes = prop_oneof![
        any::<Vec<u8>>(),
        (jsonl_file(), any::<prop::sample::Index>(), any::<u8>()).prop_map(|((l, _), at, b)| {
            let mut v = l.join("\n").into_bytes();
            let i = at.index(v.len() + 1);
            v.insert(i, b | 0x80);
            v
        }),
    ];
    let result = runner.run(&bytes, |bytes| {
        rt.block_on(async {
            let residents = store.residents().resident_count().await.unwrap();
            match import_jsonl(&store, bytes.as_slice(), today()).await {
                Ok(report) => {
                    let after = store.residents().resident_count().await.unwrap();
                    prop_assert_eq!(after - residents, i64::try_from(report.stored).unwrap());
                }
                // Text that is not UTF-8: the whole import stops before its first batch
                // is written (fewer than 500 lines here), so nothing is stored.
                Err(_) => {
                    let after = store.residents().resident_count().await.unwrap();
                    prop_assert_eq!(after, residents, "a refused file stores nothing");
                }
            }
            Ok(())
        })
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// One workplaces CSV file: the header (required and some optional columns, any order,
/// any case) and rows of values, quoted at random. A `clean` file has only values that
/// pass (in the first entries of each column's list) and the right shape.
fn workplaces_file(clean: bool) -> impl Strategy<Value = Vec<u8>> {
    // (column, values that pass, values that do not)
    const COLUMNS: [(&str, &[&str], &[&str]); 17] = [
        (
            "werkgever",
            &["Bakkerij De Korenschoof", "Distributiecentrum Oost"],
            &[""],
        ),
        ("kvk", &["", "12345678", "1234 5678"], &["1234567"]),
        ("straat", &["Velperweg"], &[""]),
        ("huisnummer", &["101"], &[""]),
        ("werkgever_postcode", &["6824 HH"], &["6824", ""]),
        ("werkgever_plaats", &["Arnhem"], &[""]),
        (
            "werkplek",
            &["Magazijnmedewerker", "Bakkershulp"],
            &["", "x"],
        ),
        ("soort", &["regulier", "beschut", ""], &["raar"]),
        ("uren", &["32", "1", "60"], &["0", "61", "veel", ""]),
        ("dagen", &["ma di wo", "ma,di", ""], &["xx"]),
        ("postcode", &["6811 KL", "1234ab"], &["0000AA", ""]),
        ("plaats", &["Arnhem"], &[""]),
        ("fysiek", &["licht", "zwaar", ""], &["zwaarder"]),
        ("mentaal", &["middel", ""], &["Middel"]),
        (
            "ondersteuning",
            &["buddy;quiet_workspace", ""],
            &["jobcoach", "raar"],
        ),
        ("startdatum", &["01-09-2026", ""], &["31-09-2026"]),
        ("plaatsen", &["1", "999", ""], &["0", "1000"]),
    ];
    let value = move |valid: &'static [&'static str], odd: &'static [&'static str]| {
        if clean {
            return select(valid).prop_map(str::to_owned).boxed();
        }
        let all: Vec<&'static str> = valid.iter().chain(odd).copied().collect();
        prop_oneof![
            6 => select(all).prop_map(str::to_owned),
            1 => "[ -~]{0,10}",
            1 => any::<String>(),
            1 => "[a\"\r\n, ]{0,6}",
        ]
        .boxed()
    };
    let row = COLUMNS
        .iter()
        .map(|(_, valid, odd)| (value(valid, odd), any::<bool>()))
        .collect::<Vec<_>>();
    let shape = if clean {
        Just(0u8).boxed()
    } else {
        prop_oneof![8 => Just(0u8), 1 => Just(1), 1 => Just(2)].boxed()
    };
    (
        proptest::collection::vec(any::<bool>(), COLUMNS.len()),
        Just((0..COLUMNS.len()).collect::<Vec<usize>>()).prop_shuffle(),
        proptest::collection::vec((row, shape), usize::from(clean)..6),
        any::<bool>(),
        any::<bool>().prop_map(move |d| d && !clean),
    )
        .prop_map(|(upper, order, rows, crlf, drop_required)| {
            let nl = if crlf { "\r\n" } else { "\n" };
            let quote = |v: &str, q: bool| {
                if q || v.contains([',', '"', '\r', '\n']) {
                    format!("\"{}\"", v.replace('"', "\"\""))
                } else {
                    v.to_owned()
                }
            };
            let used: Vec<usize> = order
                .into_iter()
                .filter(|&i| !(drop_required && COLUMNS[i].0 == "werkplek"))
                .collect();
            let header: Vec<String> = used
                .iter()
                .map(|&i| {
                    if upper[i] {
                        COLUMNS[i].0.to_uppercase()
                    } else {
                        COLUMNS[i].0.to_owned()
                    }
                })
                .collect();
            let mut out = header.join(",") + nl;
            for (cells, shape) in rows {
                let mut line: Vec<String> = used
                    .iter()
                    .map(|&i| quote(&cells[i].0, cells[i].1))
                    .collect();
                match shape {
                    1 => {
                        line.pop();
                    }
                    2 => line.push("extra".into()),
                    _ => {}
                }
                out.push_str(&line.join(","));
                out.push_str(nl);
            }
            out.into_bytes()
        })
}

#[test]
fn the_workplaces_csv_import_is_all_or_nothing() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = rt.block_on(store(&dir));
    let mut runner = TestRunner::new(config(128));
    let file = prop_oneof![
        2 => workplaces_file(true).boxed(),
        2 => workplaces_file(false).boxed(),
        1 => any::<Vec<u8>>().boxed(),
    ];
    let created = std::cell::Cell::new(0usize);
    let result = runner.run(&file, |bytes| {
        rt.block_on(async {
            let employers = store.matching().employers().await.unwrap().len();
            let workplaces = store.matching().workplaces().await.unwrap().len();
            let report = import_workplaces_csv(&store, bytes.as_slice())
                .await
                .map_err(|e| TestCaseError::fail(format!("a store error: {e}")))?;
            let lines = bytes.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
            for e in &report.errors {
                prop_assert!(
                    (1..=lines).contains(&e.line),
                    "line {} of {}: {:?}",
                    e.line,
                    lines,
                    e
                );
                prop_assert!(
                    !e.errors.is_empty() || e.unreadable.is_some(),
                    "with a reason"
                );
            }
            let employers_after = store.matching().employers().await.unwrap().len();
            let workplaces_after = store.matching().workplaces().await.unwrap().len();
            created.set(created.get() + report.workplaces_created);
            if report.errors.is_empty() {
                prop_assert_eq!(employers_after - employers, report.employers_created);
                prop_assert_eq!(workplaces_after - workplaces, report.workplaces_created);
            } else {
                prop_assert_eq!(
                    (
                        employers_after,
                        workplaces_after,
                        report.employers_created,
                        report.workplaces_created
                    ),
                    (employers, workplaces, 0, 0),
                    "a file with an error stores nothing"
                );
            }
            Ok(())
        })
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    assert!(
        created.get() > 0,
        "the generator reached a file that imports"
    );
}
