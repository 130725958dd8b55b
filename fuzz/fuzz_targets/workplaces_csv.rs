//! The workplaces CSV import into a real encrypted store: all or nothing, every error on a
//! line of the file with a reason.

#![no_main]

#[path = "store.rs"]
mod store;

use libfuzzer_sys::fuzz_target;
use werkpad_core::matching::csv_import::import_workplaces_csv;

fuzz_target!(|data: &[u8]| {
    let f = store::fixture();
    f.rt.block_on(async {
        let m = f.store.matching();
        let employers = m.employers().await.expect("employers").len();
        let workplaces = m.workplaces().await.expect("workplaces").len();
        let report = import_workplaces_csv(&f.store, data)
            .await
            .expect("no store error");
        let lines = data.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        for e in &report.errors {
            assert!((1..=lines).contains(&e.line), "line {} of {lines}", e.line);
            assert!(!e.errors.is_empty() || e.unreadable.is_some());
        }
        let employers_after = m.employers().await.expect("employers").len();
        let workplaces_after = m.workplaces().await.expect("workplaces").len();
        if report.errors.is_empty() {
            assert_eq!(employers_after - employers, report.employers_created);
            assert_eq!(workplaces_after - workplaces, report.workplaces_created);
        } else {
            assert_eq!((employers_after, workplaces_after), (employers, workplaces));
        }
    });
});
