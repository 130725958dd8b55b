//! The reference-data CSV importers (ESCO occupations, ISCO groups, PC4 areas) on any bytes:
//! all or nothing, an error names a line of the file, every imported record passes its
//! type's rules and the sync document check.

#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use werkpad_domain::EntityKind;
use werkpad_domain::reference::{ImportError, parse_isco_groups, parse_occupations, parse_pc4};
use werkpad_domain::sync::check_document;

fn in_file(e: &ImportError, data: &[u8]) {
    let lines = data.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
    assert!(
        (1..=lines).contains(&e.line),
        "line {} of {lines}: {e}",
        e.line
    );
}

fuzz_target!(|data: &[u8]| {
    let today = NaiveDate::from_ymd_opt(2026, 6, 15).expect("a date");
    match parse_occupations(data) {
        Err(e) => in_file(&e, data),
        Ok(all) => {
            assert!(!all.is_empty());
            for o in &all {
                assert_eq!(o.validate(), Ok(()));
                let doc = serde_json::to_value(o).expect("serialisable");
                assert!(check_document(EntityKind::Occupation, &doc, o.id, None, today).is_ok());
            }
        }
    }
    match parse_isco_groups(data) {
        Err(e) => in_file(&e, data),
        Ok(all) => {
            assert!(!all.is_empty());
            for g in &all {
                assert_eq!(g.validate(), Ok(()));
                let doc = serde_json::to_value(g).expect("serialisable");
                assert!(check_document(EntityKind::IscoGroup, &doc, g.id, None, today).is_ok());
            }
        }
    }
    match parse_pc4(data) {
        Err(e) => in_file(&e, data),
        Ok(all) => {
            assert!(!all.is_empty());
            for a in &all {
                assert_eq!(a.validate(), Ok(()));
                let doc = serde_json::to_value(a).expect("serialisable");
                assert!(check_document(EntityKind::Pc4Area, &doc, a.id, None, today).is_ok());
            }
        }
    }
});
