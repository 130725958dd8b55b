//! Table tests of the LKS formula over WML changes, the cap, full loonwaarde, part-time
//! hours, the decision's rules and the jobcoach subsidy.

use chrono::{Datelike, NaiveDate};

use super::*;
use crate::error::ValidationError;
use crate::ids::{EmployerId, PlacementId, ResidentId, StaffId, StaffMember};
use crate::loonwaarde::LoonwaardeId;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn lks(loonwaarde: u8, from: NaiveDate, until: NaiveDate, hours: u32) -> LksCalculation {
    calculate_lks(&LksInput {
        loonwaarde_percent: loonwaarde,
        from,
        until,
        minutes: hours * 60,
    })
    .expect("calculates")
}

#[test]
fn the_table_is_date_effective_with_a_source_per_row() {
    for pair in WML_TABLE.windows(2) {
        assert!(pair[0].from < pair[1].from, "rows in order");
    }
    for row in WML_TABLE {
        assert!(
            row.from.day() == 1 && matches!(row.from.month(), 1 | 7),
            "{row:?}"
        );
        assert!(!row.source.trim().is_empty());
        assert!(row.per_hour_cents > 0 && row.cap_percent == 70 && row.allowance_permille == 235);
    }
    assert_eq!(
        wml_on(day(2025, 6, 30)).map(|r| r.per_hour_cents),
        Some(1406)
    );
    assert_eq!(
        wml_on(day(2025, 7, 1)).map(|r| r.per_hour_cents),
        Some(1440)
    );
    assert_eq!(
        wml_on(day(2026, 1, 1)).map(|r| r.per_hour_cents),
        Some(1471)
    );
    assert_eq!(wml_on(day(2023, 12, 31)), None);
}

/// (case, loonwaarde, from, until, hours, parts as (wml, minutes, subsidy, allowance), total)
type Case = (
    &'static str,
    u8,
    NaiveDate,
    NaiveDate,
    u32,
    Vec<(i64, u32, i64, i64)>,
    i64,
);

#[test]
fn the_lks_formula_over_wml_changes_the_cap_and_part_time() {
    let table: Vec<Case> = vec![
        (
            // 15 days in June at 14,06 and 15 in July at 14,40; 40 % of wage + 8 %.
            "across 01-07-2025",
            60,
            day(2025, 6, 16),
            day(2025, 7, 15),
            120,
            vec![(1406, 3600, 36_444, 8_564), (1440, 3600, 37_325, 8_771)],
            91_104,
        ),
        (
            "across 01-01-2026",
            45,
            day(2025, 12, 17),
            day(2026, 1, 15),
            100,
            vec![(1440, 3000, 42_768, 10_050), (1471, 3000, 43_689, 10_267)],
            106_774,
        ),
        (
            // loonwaarde 20 %: the gap of 80 % is capped at 70 %.
            "cap at 70 %",
            20,
            day(2025, 9, 1),
            day(2025, 9, 30),
            104,
            vec![(1440, 6240, 113_219, 26_606)],
            139_825,
        ),
        (
            // loonwaarde 30 %: exactly the cap, the same amount, not capped.
            "exactly 70 %",
            30,
            day(2025, 9, 1),
            day(2025, 9, 30),
            104,
            vec![(1440, 6240, 113_219, 26_606)],
            139_825,
        ),
        (
            "loonwaarde 100 %: nothing",
            100,
            day(2025, 9, 1),
            day(2025, 9, 30),
            104,
            vec![(1440, 6240, 0, 0)],
            0,
        ),
        (
            // part-time: half the hours, half the subsidy (to the cent here).
            "part-time 52 hours",
            60,
            day(2025, 9, 1),
            day(2025, 9, 30),
            52,
            vec![(1440, 3120, 32_348, 7_602)],
            39_950,
        ),
        (
            "full-time 104 hours",
            60,
            day(2025, 9, 1),
            day(2025, 9, 30),
            104,
            vec![(1440, 6240, 64_696, 15_204)],
            79_900,
        ),
    ];
    for (name, loonwaarde, from, until, hours, parts, total) in table {
        let calc = lks(loonwaarde, from, until, hours);
        let got: Vec<(i64, u32, i64, i64)> = calc
            .parts
            .iter()
            .map(|p| (p.wml_cents, p.minutes, p.subsidy_cents, p.allowance_cents))
            .collect();
        assert_eq!(got, parts, "{name}");
        assert_eq!(calc.total_cents, total, "{name}");
        assert_eq!(calc.total_cents, calc.subsidy_cents + calc.allowance_cents);
        assert_eq!(
            calc.parts.iter().map(|p| p.minutes).sum::<u32>(),
            hours * 60
        );
        assert_eq!(calc.parts.first().map(|p| p.from), Some(from));
        assert_eq!(calc.parts.last().map(|p| p.until), Some(until));
    }
}

#[test]
fn every_step_is_shown() {
    let calc = lks(20, day(2025, 6, 16), day(2025, 7, 15), 120);
    let ids: Vec<&str> = calc.parts[0].steps.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "lks-step-period",
            "lks-step-wml",
            "lks-step-holiday",
            "lks-step-gap",
            "lks-step-cap",
            "lks-step-subsidy",
            "lks-step-allowance"
        ]
    );
    assert_eq!(calc.parts[0].steps[1].args["amount"], "EUR 14,06");
    assert_eq!(
        calc.parts[0].steps[2].args["amount"], "EUR 15,1848",
        "the exact wage with holiday pay, so the arithmetic can be redone by hand"
    );
    assert_eq!(calc.parts[0].steps[5].args["wage"], "EUR 15,1848");
    let july = lks(60, day(2025, 7, 1), day(2025, 7, 31), 60);
    assert_eq!(july.parts[0].steps[2].args["amount"], "EUR 15,552");

    assert_eq!(calc.parts[0].steps[6].args["pct"], "23,5");
    assert!(calc.parts[1].source.contains("1 juli 2025"));
    let total = calc.steps.last().expect("total");
    assert_eq!(total.id, "lks-step-total");
    assert_eq!(total.args["from"], "16-06-2025");
    let none = lks(100, day(2025, 9, 1), day(2025, 9, 30), 10);
    assert_eq!(none.steps[0].id, "lks-step-none");
}

#[test]
fn refused_inputs_name_their_field() {
    let cases = [
        (
            LksInput {
                loonwaarde_percent: 101,
                from: day(2025, 1, 1),
                until: day(2025, 1, 31),
                minutes: 60,
            },
            "loonwaarde_percent",
        ),
        (
            LksInput {
                loonwaarde_percent: 50,
                from: day(2025, 2, 1),
                until: day(2025, 1, 31),
                minutes: 60,
            },
            "until",
        ),
        (
            LksInput {
                loonwaarde_percent: 50,
                from: day(2023, 12, 1),
                until: day(2023, 12, 31),
                minutes: 60,
            },
            "from",
        ),
    ];
    for (input, field) in cases {
        let errors = calculate_lks(&input).expect_err("refused");
        assert!(
            errors.iter().any(|e| e.field == field),
            "{field}: {errors:?}"
        );
    }
}

fn staff() -> StaffMember {
    StaffMember::new(StaffId::new(), "Sanne Jansen").expect("staff")
}

fn decision(loonwaarde: u8, outcome: LksOutcome) -> LksDecision {
    let starts_on = day(2026, 3, 1);
    LksDecision {
        id: LksDecisionId::new(),
        resident_id: ResidentId::new(),
        placement_id: PlacementId::new(),
        employer_id: EmployerId::new(),
        loonwaarde_id: LoonwaardeId::new(),
        loonwaarde_percent: loonwaarde,
        minutes_per_week: 24 * 60,
        starts_on,
        trial: Some(TrialPlacement {
            from: day(2025, 12, 1),
            until: day(2026, 2, 28),
        }),
        estimate: estimate(loonwaarde, 24 * 60, starts_on).expect("estimate"),
        outcome,
        decided_by: staff(),
        decided_on: day(2026, 2, 20),
        reasoning: "Loonwaarde getekend, werkgever betaalt het minimumloon.".into(),
        supersedes: None,
    }
}

#[test]
fn a_decision_is_a_persons_with_a_trial_of_at_most_three_months() {
    let d = decision(60, LksOutcome::Granted);
    assert_eq!(d.validate(), Ok(()));
    assert_eq!(d.estimate.input.minutes, 24 * 60 * 13 / 3);
    assert_eq!(d.estimate.input.until, day(2026, 3, 31));

    let mut long = d.clone();
    long.trial = Some(TrialPlacement {
        from: day(2025, 12, 1),
        until: day(2026, 3, 1),
    });
    long.starts_on = day(2026, 3, 2);
    long.estimate = estimate(60, 24 * 60, long.starts_on).expect("estimate");
    assert!(
        long.validate()
            .expect_err("too long")
            .contains("trial.until", &ValidationError::TrialTooLong)
    );

    let mut overlap = d.clone();
    overlap.starts_on = day(2026, 2, 28);
    overlap.estimate = estimate(60, 24 * 60, overlap.starts_on).expect("estimate");
    assert!(
        overlap
            .validate()
            .expect_err("overlap")
            .contains("starts_on", &ValidationError::DateOutOfOrder)
    );

    let full = decision(100, LksOutcome::Granted);
    assert!(
        full.validate()
            .expect_err("no grant")
            .contains("outcome", &ValidationError::NoLksAtFullLoonwaarde)
    );
    assert_eq!(decision(100, LksOutcome::Refused).validate(), Ok(()));

    let mut nameless = d.clone();
    nameless.reasoning = " ".into();
    assert!(nameless.validate().is_err());

    let mut forged = d.clone();
    forged.estimate.total_cents += 1;
    assert!(
        forged
            .validate()
            .expect_err("forged")
            .iter()
            .any(|e| e.field == "estimate")
    );

    assert!(d.covers(day(2026, 3, 1), day(2026, 3, 31), Some(day(2026, 6, 30))));
    assert!(
        !d.covers(day(2026, 2, 1), day(2026, 2, 28), None),
        "before the start"
    );
    assert!(
        !d.covers(day(2026, 7, 1), day(2026, 7, 31), Some(day(2026, 6, 30))),
        "after the end"
    );
    assert!(!decision(60, LksOutcome::Refused).covers(day(2026, 3, 1), day(2026, 3, 31), None));
}

#[test]
fn a_payment_carries_its_own_calculation() {
    let payment = LksPayment {
        id: LksPaymentId::new(),
        resident_id: ResidentId::new(),
        decision_id: LksDecisionId::new(),
        calculation: lks(60, day(2026, 3, 1), day(2026, 3, 31), 96),
        approved_by: staff(),
        approved_on: day(2026, 4, 2),
    };
    assert_eq!(payment.validate(), Ok(()));
    let mut forged = payment.clone();
    forged.calculation.parts[0].subsidy_cents += 100;
    assert!(forged.validate().is_err());
}

#[test]
fn the_jobcoach_tariff_splits_and_payment_waits_for_the_report() {
    let tariffs = vec![
        TariffRow {
            from: day(2025, 1, 1),
            per_hour_cents: 7_000,
            source: "Beleidsregel 2025".into(),
        },
        TariffRow {
            from: day(2026, 1, 1),
            per_hour_cents: 7_500,
            source: "Beleidsregel 2026".into(),
        },
    ];
    // 20 hours over 31 days, 15 in December and 16 in January.
    let calc = calculate_jobcoaching(&tariffs, day(2025, 12, 17), day(2026, 1, 16), 20 * 60)
        .expect("calculates");
    let parts: Vec<(u32, i64, i64)> = calc
        .parts
        .iter()
        .map(|p| (p.minutes, p.per_hour_cents, p.amount_cents))
        .collect();
    assert_eq!(parts, [(580, 7_000, 67_667), (620, 7_500, 77_500)]);
    assert_eq!(calc.amount_cents, 145_167);
    assert!(calculate_jobcoaching(&tariffs, day(2024, 12, 1), day(2024, 12, 31), 60).is_err());

    let mut subsidy = JobcoachSubsidy {
        id: JobcoachSubsidyId::new(),
        resident_id: ResidentId::new(),
        organisation_id: JobcoachOrganisationId::new(),
        loonwaarde_id: None,
        calculation: calc,
        progress_report: None,
        approval: Some(PaymentApproval {
            approved_by: staff(),
            approved_on: day(2026, 2, 1),
        }),
    };
    let errors = subsidy.validate().expect_err("no report");
    assert!(errors.contains("approval", &ValidationError::ProgressReportMissing));
    subsidy.progress_report = Some(ProgressReport {
        received_on: day(2026, 1, 20),
        summary: "Gaat goed; minder begeleiding nodig.".into(),
    });
    assert_eq!(subsidy.validate(), Ok(()));
}
