use chrono::NaiveDate;
use serde_json::json;
use uuid::Uuid;
use werkpad_domain::EndReason;
use werkpad_domain::matching::PlacementEndReason;
use werkpad_domain::report::population::Resident;
use werkpad_domain::report::{Fact, ResidentFacts};

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

#[test]
fn age_bands_count_whole_years_at_the_day() {
    assert_eq!(
        age_band(d(1967, 3, 14), d(2026, 3, 13)).as_deref(),
        Some("55-59")
    );
    assert_eq!(
        age_band(d(1967, 3, 14), d(2026, 3, 14)).as_deref(),
        Some("55-59")
    );
    assert_eq!(
        age_band(d(1966, 3, 14), d(2026, 3, 14)).as_deref(),
        Some("60-64")
    );
    assert_eq!(
        age_band(d(2000, 1, 1), d(2019, 12, 31)).as_deref(),
        Some("15-19")
    );
    assert_eq!(age_band(d(2027, 1, 1), d(2026, 1, 1)), None);
}

#[test]
fn attributes_keep_birth_year_gender_and_pc4_only() {
    let a = Attributes::of(&json!({
        "birth_date": "1967-03-14", "gender": "female",
        "address": {"street": "Steenstraat", "postcode": "6828 AB", "woonplaats": "Arnhem"}
    }));
    assert_eq!(
        a.group(),
        (Some(1967), Some("female"), Some("6828".to_owned()))
    );
    let bad = Attributes::of(&json!({"birth_date": "14-03-1967", "gender": "x", "address": {}}));
    assert_eq!(bad.group(), (None, None, None));
}

#[test]
fn a_traject_line_counts_what_falls_within_it() {
    let facts = ResidentFacts {
        resident: Uuid::now_v7(),
        facts: vec![
            Fact::Traject {
                coach: Some(Uuid::now_v7()),
                referred_on: d(2024, 1, 10),
                intake_on: Some(d(2024, 2, 3)),
                ended: Some((d(2025, 6, 30), EndReason::Beeindigd)),
            },
            Fact::Traject {
                coach: None,
                referred_on: d(2025, 9, 1),
                intake_on: None,
                ended: None,
            },
            Fact::Placement {
                start: d(2024, 3, 1),
                paid: false,
                ended: Some((d(2024, 5, 31), PlacementEndReason::DoorstroomRegulier)),
            },
            Fact::Placement {
                start: d(2024, 6, 1),
                paid: true,
                ended: None,
            },
            Fact::Lks {
                decided_on: d(2024, 6, 15),
                granted: true,
                amount_cents: 1_200_000,
            },
            Fact::Verklaring56 {
                decided_on: d(2024, 5, 1),
                granted: false,
            },
            Fact::Verklaring56 {
                decided_on: d(2024, 7, 1),
                granted: true,
            },
            Fact::Absence {
                on: d(2025, 10, 2),
                outcome: None,
            },
        ],
    };
    let r = Resident::of(&facts);
    let attrs = Attributes::of(&json!({"birth_date": "1967-03-14", "gender": "male",
        "address": {"postcode": "6828AB"}}));
    let lines = lines(&attrs, &r, d(2025, 1, 15));
    assert_eq!(lines.len(), 2);
    assert_eq!(
        lines[0].csv("p", Some("6828")),
        "p,1967,55-59,male,6828,2024-01,2024-02,2025-06,beeindigd,2,1,2024-03,1,,1,granted,0,0\n"
    );
    assert_eq!(
        lines[1].csv("p", None),
        "p,1967,55-59,male,,2025-09,,,,0,0,,,,0,,1,0\n"
    );
    assert_eq!(
        HEADER.split(',').count(),
        lines[0].csv("p", None).split(',').count()
    );
}
