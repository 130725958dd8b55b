//! The JSON-lines caseload import (`werkpadctl import`) into a real encrypted store: every
//! non-blank, non-comment line is stored or refused with its own number and a reason, and
//! the store grows by exactly the stored lines. Text that is not UTF-8 stops the import
//! before anything is written (fewer than 500 lines here).

#![no_main]

#[path = "store.rs"]
mod store;

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use werkpad_core::import::import_jsonl;

fuzz_target!(|data: &[u8]| {
    let f = store::fixture();
    let today = NaiveDate::from_ymd_opt(2026, 6, 15).expect("a date");
    f.rt.block_on(async {
        let before = f.store.residents().resident_count().await.expect("count");
        let result = import_jsonl(&f.store, data, today).await;
        let after = f.store.residents().resident_count().await.expect("count");
        match result {
            Ok(report) => {
                let text = std::str::from_utf8(data).expect("an answered import was UTF-8");
                let content: Vec<usize> = text
                    .lines()
                    .enumerate()
                    .filter(|(_, l)| !l.trim().is_empty() && !l.trim().starts_with('#'))
                    .map(|(i, _)| i + 1)
                    .collect();
                assert_eq!(report.stored + report.rejected.len(), content.len());
                for r in &report.rejected {
                    assert!(content.contains(&r.line) && !r.errors.is_empty());
                }
                assert_eq!(after - before, i64::try_from(report.stored).expect("small"));
            }
            Err(_) => assert_eq!(after, before, "a refused file stores nothing"),
        }
    });
});
