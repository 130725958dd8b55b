//! Table tests of the loonwaarde arithmetic and the rules of an assessment.

use chrono::NaiveDate;

use super::*;
use crate::ids::StaffId;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn t(name: &str, share: u8, tempo: u16, quality: u16, net: u16) -> MainTask {
    MainTask {
        name: name.into(),
        share_percent: share,
        tempo_percent: tempo,
        quality_percent: quality,
        net_time_percent: net,
    }
}

fn staff() -> StaffMember {
    StaffMember::new(StaffId::new(), "Fatima el Amrani").expect("staff")
}

fn assessment(tasks: Vec<MainTask>) -> Loonwaardebepaling {
    Loonwaardebepaling {
        id: LoonwaardeId::new(),
        resident_id: ResidentId::new(),
        placement_id: None,
        employer_id: EmployerId::new(),
        employer_contact: Some("Jan de Vries".into()),
        normfunctie: "Medewerker magazijn".into(),
        actual_function: "Orderpicker".into(),
        worked_minutes_per_week: 24 * 60,
        fulltime_minutes_per_week: 38 * 60,
        visit_date: day(2026, 11, 30),
        report_date: day(2026, 12, 1),
        assessor: Assessor {
            kind: AssessorKind::ResearchAgency,
            name: "Pieter Bakker".into(),
            organisation: Some("Loonwaarde Oost BV".into()),
        },
        tasks,
        notes: None,
        jobcoaching: None,
        sign_off: None,
    }
}

#[test]
fn the_loonwaarde_is_the_time_weighted_sum_rounded_half_up() {
    // (tasks, loonwaarde, unrounded sum in hundredths)
    let table: Vec<(Vec<MainTask>, u8, u32)> = vec![
        (vec![t("Alles", 100, 100, 100, 100)], 100, 10_000),
        // 60 % × (90 × 100 × 95 = 85,5 %) + 40 % × (70 × 90 × 100 = 63 %) = 51,3 + 25,2 = 76,5 → 77
        (
            vec![
                t("Orderpicken", 60, 90, 100, 95),
                t("Inpakken", 40, 70, 90, 100),
            ],
            77,
            7_650,
        ),
        // 50 % × 80 % + 50 % × 72,98 % (89 × 82 × 100) = 40 + 36,49 = 76,49 → 76
        (
            vec![t("A", 50, 80, 100, 100), t("B", 50, 89, 82, 100)],
            76,
            7_649,
        ),
        // above 100 % counts as 100 %: 50 × 100 + 50 × 50 = 75
        (
            vec![t("Snel", 50, 130, 100, 100), t("Traag", 50, 50, 100, 100)],
            75,
            7_500,
        ),
        // five tasks of 20 %
        (
            (0..5)
                .map(|i| t(&format!("Taak {i}"), 20, 50 + i * 10, 100, 100))
                .collect(),
            70,
            7_000,
        ),
        // the smallest allowed task (7 % ≥ 1/16) and a zero score
        (
            vec![t("Klein", 7, 0, 100, 100), t("Groot", 93, 100, 100, 100)],
            93,
            9_300,
        ),
    ];
    for (tasks, percent, sum) in table {
        let out = compute(&tasks).expect("computes");
        assert_eq!(
            (out.percent, out.sum_hundredths),
            (percent, sum),
            "{tasks:?}"
        );
        assert_eq!(out.tasks.len(), tasks.len());
        assert_eq!(
            out.steps.len(),
            tasks.len() + out.tasks.iter().filter(|l| l.capped).count() + 1
        );
        let total = out.steps.last().expect("total step");
        assert_eq!(total.id, "loonwaarde-step-total");
        assert_eq!(total.args["percent"], percent.to_string());
    }
}

#[test]
fn the_arithmetic_is_shown_per_task() {
    let out = compute(&[
        t("Orderpicken", 60, 90, 100, 95),
        t("Inpakken", 40, 70, 90, 100),
    ])
    .expect("computes");
    let first = &out.steps[0];
    assert_eq!(first.args["task"], "Orderpicken");
    assert_eq!(first.args["performance"], "85,5");
    assert_eq!(first.args["contribution"], "51,3");
    assert_eq!(out.tasks[1].performance_hundredths, 6_300);
    assert_eq!(out.steps.last().expect("total").args["sum"], "76,5");
    let capped = compute(&[t("Snel", 100, 120, 100, 100)]).expect("computes");
    assert!(capped.tasks[0].capped);
    assert_eq!(capped.steps[0].args["performance"], "120");
    assert_eq!(capped.steps[1].id, "loonwaarde-step-capped");
}

#[test]
fn tasks_that_break_the_method_are_refused() {
    let cases: Vec<(Vec<MainTask>, &str, ValidationError)> = vec![
        (
            vec![t("A", 50, 100, 100, 100), t("B", 40, 100, 100, 100)],
            "tasks",
            ValidationError::SharesNotHundred { total: 90 },
        ),
        (
            vec![t("A", 60, 100, 100, 100), t("B", 50, 100, 100, 100)],
            "tasks",
            ValidationError::SharesNotHundred { total: 110 },
        ),
        (
            vec![t("Klein", 6, 100, 100, 100), t("Groot", 94, 100, 100, 100)],
            "tasks[0].share",
            ValidationError::TaskTooSmall,
        ),
        (
            (0..6)
                .map(|i| {
                    t(
                        &format!("T{i}"),
                        if i == 0 { 50 } else { 10 },
                        100,
                        100,
                        100,
                    )
                })
                .collect(),
            "tasks",
            ValidationError::OutOfRange { min: 1, max: 5 },
        ),
        (
            vec![t("A", 100, 250, 100, 100)],
            "tasks[0].tempo",
            ValidationError::OutOfRange { min: 0, max: 200 },
        ),
        (
            vec![t(" ", 100, 100, 100, 100)],
            "tasks[0].name",
            ValidationError::Required,
        ),
        (vec![], "tasks", ValidationError::Required),
    ];
    for (tasks, field, error) in cases {
        let errors = compute(&tasks).expect_err("refused");
        assert!(errors.contains(field, &error), "{field}: {errors:?}");
        assert!(assessment(tasks).validate().is_err());
    }
}

#[test]
fn part_time_hours_are_checked_against_full_time() {
    let mut a = assessment(vec![t("A", 100, 80, 100, 100)]);
    assert_eq!(a.validate(), Ok(()));
    a.worked_minutes_per_week = 40 * 60;
    let errors = a.validate().expect_err("more than full-time");
    assert!(errors.contains("worked_hours", &ValidationError::WorkedOverFulltime));
    a.worked_minutes_per_week = 0;
    assert!(a.validate().is_err());
}

#[test]
fn the_draft_reads_dutch_numbers_and_names_every_field() {
    let draft = LoonwaardeDraft {
        employer_id: Some(EmployerId::new()),
        normfunctie: Some("Medewerker magazijn".into()),
        actual_function: Some("Orderpicker".into()),
        worked_hours: Some("24,5".into()),
        fulltime_hours: Some("38".into()),
        visit_date: Some("30-11-2026".into()),
        assessor_kind: Some("staff".into()),
        assessor_name: Some("Fatima el Amrani".into()),
        tasks: vec![
            MainTaskDraft {
                name: Some("Orderpicken".into()),
                share: Some("60".into()),
                tempo: Some("90".into()),
                quality: Some("100".into()),
                net_time: Some("95".into()),
            },
            MainTaskDraft {
                name: Some("Inpakken".into()),
                share: Some("40".into()),
                tempo: Some("70".into()),
                quality: Some("90".into()),
                net_time: Some("100".into()),
            },
            MainTaskDraft::default(),
        ],
        jobcoaching_hours: Some("8".into()),
        jobcoaching_intensity: Some("regular".into()),
        jobcoaching_months: Some("6".into()),
        ..Default::default()
    };
    let id = LoonwaardeId::new();
    let record = draft.into_record(id, ResidentId::new()).expect("valid");
    assert_eq!(record.id, id);
    assert_eq!(record.worked_minutes_per_week, 1470);
    assert_eq!(
        record.report_date,
        day(2026, 11, 30),
        "blank report date: the visit"
    );
    assert_eq!(record.tasks.len(), 2, "an empty task row is ignored");
    assert_eq!(record.outcome().map(|o| o.percent), Some(77));
    assert_eq!(
        record.jobcoaching,
        Some(JobcoachingNeed {
            hours_per_month: 8,
            intensity: CoachingIntensity::Regular,
            months: 6
        })
    );

    let bad = LoonwaardeDraft {
        worked_hours: Some("veel".into()),
        assessor_kind: Some("research_agency".into()),
        tasks: vec![MainTaskDraft {
            name: Some("A".into()),
            share: Some("120".into()),
            ..Default::default()
        }],
        jobcoaching_intensity: Some("heel veel".into()),
        ..Default::default()
    };
    let errors = bad.into_record(id, ResidentId::new()).expect_err("refused");
    for field in [
        "employer_id",
        "normfunctie",
        "actual_function",
        "worked_hours",
        "fulltime_hours",
        "visit_date",
        "assessor.name",
        "tasks[0].share",
        "tasks[0].tempo",
        "jobcoaching.hours_per_month",
        "jobcoaching.intensity",
    ] {
        assert!(
            errors.iter().any(|e| e.field == field),
            "{field}: {errors:?}"
        );
    }
}

#[test]
fn only_the_assessor_signs_once_and_the_loonwaarde_is_fixed() {
    let draft = assessment(vec![
        t("Orderpicken", 60, 90, 100, 95),
        t("Inpakken", 40, 70, 90, 100),
    ]);
    let today = day(2026, 12, 5);
    let wrong = SignOffInput {
        signed_by: Some("Iemand Anders".into()),
        signed_on: Some("02-12-2026".into()),
    };
    let errors = wrong
        .sign(&draft, staff(), 12, today)
        .expect_err("not the assessor");
    assert!(errors.contains("sign_off.signed_by", &ValidationError::NotTheAssessor));
    let future = SignOffInput {
        signed_by: Some("Pieter Bakker".into()),
        signed_on: Some("06-12-2026".into()),
    };
    assert!(future.sign(&draft, staff(), 12, today).is_err());

    let input = SignOffInput {
        signed_by: Some("Pieter Bakker".into()),
        signed_on: Some("02-12-2026".into()),
    };
    let signed = input.sign(&draft, staff(), 12, today).expect("signed");
    let s = signed.sign_off.as_ref().expect("sign-off");
    assert_eq!(s.loonwaarde_percent, 77);
    assert_eq!(s.reassess_on, day(2027, 12, 2));
    assert!(!signed.reassessment_due(day(2027, 12, 1)));
    assert!(signed.reassessment_due(day(2027, 12, 2)));
    let again = input.sign(&signed, staff(), 12, today).expect_err("once");
    assert!(again.contains("sign_off", &ValidationError::AlreadySigned));

    // A signed record whose tasks were changed afterwards no longer checks.
    let mut tampered = signed.clone();
    tampered.tasks[0].tempo_percent = 100;
    assert!(tampered.validate().is_err());
}

#[test]
fn choices_are_consistent() {
    crate::choice::assert_choice_consistent::<AssessorKind>();
    crate::choice::assert_choice_consistent::<CoachingIntensity>();
}
