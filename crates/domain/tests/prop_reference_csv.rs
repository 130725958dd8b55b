//! Property tests of the reference-data CSV importers (ESCO occupations, ISCO groups, PC4
//! areas; issue 21): arbitrary bytes and generated CSV files with quoted multi-line fields,
//! CRLF, blank lines, byte-order marks, wrong field counts and open quotes. Each parse is
//! all or nothing: either every record (each passing its type's rules and the sync
//! document check, ids unique) or one typed error naming a line of the file; never a
//! panic. A file whose only bad record sits after multi-line records is reported on the
//! line that record starts on.
//!
//! Seeded like prop_validators.rs (`WERKPAD_PROP_SEED`, `PROPTEST_CASES`); fuzzed with
//! cargo-fuzz in fuzz/ (target `reference_csv`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use uuid::Uuid;
use werkpad_domain::EntityKind;
use werkpad_domain::reference::{
    ImportError, ImportProblem, parse_isco_groups, parse_occupations, parse_pc4,
};
use werkpad_domain::sync::check_document;

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

/// How many lines a file has (a last line without its newline counts).
fn line_count(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u64 + 1
}

/// An error must name a line of the file.
fn line_in_file(e: &ImportError, bytes: &[u8]) -> Result<(), TestCaseError> {
    prop_assert!(
        e.line >= 1 && e.line <= line_count(bytes),
        "line {} of a {}-line file: {}",
        e.line,
        line_count(bytes),
        e
    );
    Ok(())
}

/// A cell as a spreadsheet writes it: quoted when it must be, and sometimes when not.
fn cell(value: &str, quote: bool) -> String {
    if quote || value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

/// A cell value: in a clean file one of `valid`; else also `odd` ones and text that breaks
/// things.
fn value(valid: Vec<String>, odd: Vec<String>, clean: bool) -> BoxedStrategy<String> {
    if clean {
        return select(valid).boxed();
    }
    let all: Vec<String> = valid.into_iter().chain(odd).collect();
    prop_oneof![
        6 => select(all),
        1 => Just(String::new()),
        1 => "[ -~]{0,12}",
        1 => any::<String>(),
        1 => "[a-z\"\r\n, ]{0,10}",
    ]
    .boxed()
}

fn strs(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| (*s).to_owned()).collect()
}

/// A whole file: the header (needed columns shuffled, an extra column), rows of values
/// from `columns` (valid, odd), quoted at random, with `\n` or `\r\n`, blank lines,
/// sometimes a BOM, a multi-line value in the extra column; unless `clean`, also odd
/// values, a row with a missing or extra field, or a quote left open.
fn csv_file(
    columns: Vec<(&'static str, Vec<String>, Vec<String>)>,
    clean: bool,
) -> BoxedStrategy<Vec<u8>> {
    let n = columns.len();
    let row = columns
        .iter()
        .map(|(_, valid, odd)| (value(valid.clone(), odd.clone(), clean), any::<bool>()))
        .collect::<Vec<_>>();
    let shape = if clean {
        Just(0u8).boxed()
    } else {
        prop_oneof![8 => Just(0u8), 1 => Just(1), 1 => Just(2)].boxed()
    };
    let rows = proptest::collection::vec((row, shape, "(a|b\nc|\"d\"|)"), usize::from(clean)..12);
    (
        Just(columns),
        Just((0..n).collect::<Vec<usize>>()).prop_shuffle(),
        rows,
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>().prop_map(move |q| q && !clean),
    )
        .prop_map(|(columns, order, rows, crlf, bom, blank, open_quote)| {
            let nl = if crlf { "\r\n" } else { "\n" };
            let mut out = String::new();
            if bom {
                out.push('\u{feff}');
            }
            let header: Vec<String> = order
                .iter()
                .map(|&i| columns[i].0.to_owned())
                .chain(std::iter::once("note".to_owned()))
                .collect();
            out.push_str(&header.join(","));
            out.push_str(nl);
            for (i, (cells, shape, note)) in rows.iter().enumerate() {
                // A key unique to the row, where a column asks for one.
                let keyed = |v: &str| {
                    v.replace("{i12}", &format!("{:012}", i + 1))
                        .replace("{i}", &(i + 1).to_string())
                };
                let mut line: Vec<String> = order
                    .iter()
                    .map(|&c| cell(&keyed(&cells[c].0), cells[c].1))
                    .collect();
                line.push(cell(note, false));
                match shape {
                    1 => {
                        line.pop();
                    }
                    2 => line.push("extra".into()),
                    _ => {}
                }
                out.push_str(&line.join(","));
                if open_quote && i == rows.len() / 2 {
                    out.push_str(",\"open");
                }
                out.push_str(nl);
                if blank && i % 3 == 1 {
                    out.push_str(nl);
                }
            }
            out.into_bytes()
        })
        .boxed()
}

fn uris() -> Vec<String> {
    (1..6u128)
        .map(|i| {
            format!(
                "http://data.europa.eu/esco/occupation/{}",
                Uuid::from_u128(i)
            )
        })
        .chain(std::iter::once("urn:x".to_owned()))
        .collect()
}

fn col(
    name: &'static str,
    valid: &[&str],
    odd: &[&str],
) -> (&'static str, Vec<String>, Vec<String>) {
    (name, strs(valid), strs(odd))
}

fn occupations_file(clean: bool) -> BoxedStrategy<Vec<u8>> {
    let uris: Vec<String> = uris();
    let uris: Vec<&str> = uris.iter().map(String::as_str).collect();
    let own = "http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-{i12}";
    csv_file(
        vec![
            col("conceptType", &["Occupation"], &["ISCOGroup"]),
            col("conceptUri", &[own], &[uris[0], uris[1], "urn:x"]),
            col("iscoGroup", &["7213"], &["72", "abcd"]),
            col(
                "preferredLabel",
                &["plaatwerker", "Plaatwerker in de bouw"],
                &["  ", ""],
            ),
            col("altLabels", &["a\nb", "plaatwerker\nPLAATWERKER", ""], &[]),
            col("hiddenLabels", &["", "c"], &[]),
            col("status", &["released"], &["deprecated"]),
            col("description", &["", "Zet platen om."], &[]),
            col(
                "code",
                &["7213.1", "7213.12.3"],
                &["7213", "7213.", "7213.12345", "8344.1"],
            ),
        ],
        clean,
    )
}

fn isco_file(clean: bool) -> BoxedStrategy<Vec<u8>> {
    csv_file(
        vec![
            col("conceptType", &["ISCOGroup"], &["Occupation"]),
            col("code", &["{i}"], &["7", "72", "721", "7213", "12345", "x"]),
            col("preferredLabel", &["Ambachtslieden", "Plaatwerkers"], &[""]),
            col("status", &["released"], &["deprecated"]),
        ],
        clean,
    )
}

fn pc4_file(clean: bool) -> BoxedStrategy<Vec<u8>> {
    csv_file(
        vec![
            col(
                "postcode4",
                &["6811", "1000", "9999"],
                &["0999", "65536", "68 11"],
            ),
            col("plaats", &["Arnhem", "Den Haag", "'s-Hertogenbosch"], &[""]),
            col(
                "latitude",
                &["51.98", "50.7", "53.7", "52"],
                &["NaN", "inf", "1e400", "-0"],
            ),
            col("longitude", &["5.91", "3.2", "7.3"], &["NaN", "7.30000001"]),
        ],
        clean,
    )
}

fn bytes_or_text() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        any::<Vec<u8>>(),
        "(postcode4|plaats|code|,|\"|\r|\n|[a-z0-9.])*".prop_map(String::into_bytes),
    ]
}

/// The all-or-nothing properties are not vacuous: clean files mostly import.
#[test]
fn clean_files_mostly_import() {
    let mut runner = TestRunner::new(config(64));
    let mut ok = [0; 3];
    for _ in 0..64 {
        let f = occupations_file(true)
            .new_tree(&mut runner)
            .unwrap()
            .current();
        ok[0] += usize::from(parse_occupations(f.as_slice()).is_ok());
        let f = isco_file(true).new_tree(&mut runner).unwrap().current();
        ok[1] += usize::from(parse_isco_groups(f.as_slice()).is_ok());
        let f = pc4_file(true).new_tree(&mut runner).unwrap().current();
        ok[2] += usize::from(parse_pc4(f.as_slice()).is_ok());
    }
    assert!(
        ok.iter().all(|&n| n > 16),
        "clean files of 64 that imported: {ok:?}"
    );
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn occupations_are_all_or_nothing(file in prop_oneof![2 => occupations_file(true), 2 => occupations_file(false), 1 => bytes_or_text().boxed()]) {
        match parse_occupations(file.as_slice()) {
            Err(e) => line_in_file(&e, &file)?,
            Ok(all) => {
                prop_assert!(!all.is_empty());
                let mut ids = HashSet::new();
                for o in &all {
                    prop_assert!(ids.insert(o.id), "one record per id");
                    prop_assert_eq!(o.validate(), Ok(()));
                    let doc = serde_json::to_value(o).unwrap();
                    prop_assert!(check_document(EntityKind::Occupation, &doc, o.id, None, today()).is_ok());
                }
            }
        }
    }

    #[test]
    fn isco_groups_are_all_or_nothing(file in prop_oneof![2 => isco_file(true), 2 => isco_file(false), 1 => bytes_or_text().boxed()]) {
        match parse_isco_groups(file.as_slice()) {
            Err(e) => line_in_file(&e, &file)?,
            Ok(all) => {
                prop_assert!(!all.is_empty());
                let codes: HashSet<&str> = all.iter().map(|g| g.code.as_str()).collect();
                prop_assert_eq!(codes.len(), all.len(), "one record per code");
                for g in &all {
                    prop_assert_eq!(g.validate(), Ok(()));
                    if let Some(parent) = &g.parent {
                        prop_assert!(codes.contains(parent.as_str()), "every parent is in the file");
                    }
                    let doc = serde_json::to_value(g).unwrap();
                    prop_assert!(check_document(EntityKind::IscoGroup, &doc, g.id, None, today()).is_ok());
                }
            }
        }
    }

    #[test]
    fn pc4_areas_are_all_or_nothing(file in prop_oneof![2 => pc4_file(true), 2 => pc4_file(false), 1 => bytes_or_text().boxed()]) {
        match parse_pc4(file.as_slice()) {
            Err(e) => line_in_file(&e, &file)?,
            Ok(all) => {
                prop_assert!(!all.is_empty());
                let codes: HashSet<u16> = all.iter().map(|a| a.postcode4).collect();
                prop_assert_eq!(codes.len(), all.len(), "one area per postcode");
                for a in &all {
                    prop_assert_eq!(a.validate(), Ok(()));
                    let doc = serde_json::to_value(a).unwrap();
                    prop_assert!(check_document(EntityKind::Pc4Area, &doc, a.id, None, today()).is_ok());
                }
            }
        }
    }

    /// Good rows with multi-line notes, blank lines and CRLF, then one row with a bad
    /// postcode: the error names the line that row starts on.
    #[test]
    fn the_bad_record_is_reported_on_the_line_it_starts(
        notes in proptest::collection::vec("(a|b\nc|b\r\nc|x\n\ny|)", 0..8),
        blank_after in proptest::collection::vec(any::<bool>(), 8),
        crlf in any::<bool>(),
    ) {
        let nl = if crlf { "\r\n" } else { "\n" };
        let mut file = format!("postcode4,note,plaats,latitude,longitude{nl}");
        for (i, note) in notes.iter().enumerate() {
            file.push_str(&format!("{},{},Arnhem,51.98,5.91{nl}", 6811 + i, cell(note, true)));
            if blank_after[i] {
                file.push_str(nl);
            }
        }
        let expected = line_count(file.as_bytes());
        file.push_str(&format!("68x1,,Arnhem,51.98,5.91{nl}6812,,Arnhem,51.98,5.91{nl}"));
        let e = parse_pc4(file.as_bytes()).expect_err("a bad postcode");
        prop_assert_eq!(e.line, expected, "{:?}", file);
        prop_assert!(matches!(e.problem, ImportProblem::BadValue { .. }), "{}", e);
    }
}
