//! The 56+ rules across the version boundaries: start dates in 2023, 2024, 2025 and 2026,
//! birthdays on the start date and the day before, the AOW age, the 3-month window and
//! previous employment with the same employer.

use chrono::NaiveDate;
use rstest::rstest;

use super::aow::{age_on, aow_date};
use super::rules::{Rule56, advise, benefit_month, request_deadline, version_for};
use super::*;
use crate::ids::{ResidentId, StaffId, StaffMember, Verklaring56DecisionId};
use crate::{AddressDraft, ValidationError};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test dates are ISO")
}

fn facts(start: &str, request: &str) -> EmploymentFacts {
    EmploymentFactsDraft {
        employer_name: Some("Bakkerij De Korenschoof B.V.".into()),
        loonheffingennummer: Some("123456782L01".into()),
        employer_address: AddressDraft {
            street: Some("Ketelstraat".into()),
            house_number: Some("12".into()),
            house_number_addition: None,
            postcode: Some("6811 AN".into()),
            woonplaats: Some("Arnhem".into()),
        },
        start_date: Some(start.into()),
        request_date: Some(request.into()),
        benefit: Some("participatiewet".into()),
        same_employer_within_6_months: Some(false),
        job_kind: Some("regular".into()),
    }
    .validate()
    .expect("the base case is valid")
}

fn met(advice: &Advice, rule: Rule56) -> bool {
    advice
        .checks
        .iter()
        .find(|c| c.rule == rule)
        .map(|c| c.met)
        .expect("every rule is checked")
}

#[test]
fn machine_names_are_the_serde_names() {
    crate::choice::assert_choice_consistent::<Rule56>();
    crate::choice::assert_choice_consistent::<BenefitKind>();
    crate::choice::assert_choice_consistent::<JobKind>();
    crate::choice::assert_choice_consistent::<DecisionOutcome>();
}

#[rstest]
#[case::before_lkv("2017-12-31", None, false)]
#[case::first_day_2018("2018-01-01", Some("lkv-oudere-werknemer-2018"), true)]
#[case::in_2023("2023-06-15", Some("lkv-oudere-werknemer-2018"), true)]
#[case::last_day_2023("2023-12-31", Some("lkv-oudere-werknemer-2018"), true)]
#[case::first_day_2024("2024-01-01", Some("lkv-oudere-werknemer-2024"), true)]
#[case::in_2025("2025-07-01", Some("lkv-oudere-werknemer-2024"), true)]
#[case::last_day_2025("2025-12-31", Some("lkv-oudere-werknemer-2024"), true)]
#[case::first_day_2026("2026-01-01", Some("lkv-oudere-werknemer-2026"), false)]
#[case::in_2026("2026-11-28", Some("lkv-oudere-werknemer-2026"), false)]
fn the_start_date_picks_the_version(
    #[case] start: &str,
    #[case] version: Option<&str>,
    #[case] declares: bool,
) {
    let v = version_for(d(start));
    assert_eq!(
        v.map(|v| v.id),
        version,
        "start {start} falls under {version:?}"
    );
    assert_eq!(
        v.is_some_and(|v| v.issues_declaration),
        declares,
        "declarations for jobs starting {start}: {declares}"
    );
}

#[test]
fn versions_follow_each_other_without_gaps_and_show_amounts() {
    for pair in rules::RULE_VERSIONS.windows(2) {
        assert_eq!(
            pair[0].starts_before,
            Some(pair[1].starts_from),
            "{} ends where {} starts",
            pair[0].id,
            pair[1].id
        );
    }
    let old = version_for(d("2023-03-01"))
        .and_then(|v| v.amounts)
        .expect("amounts");
    assert_eq!(
        (old.per_hour_cents, old.max_per_year_cents, old.max_years),
        (305, 600_000, 3),
        "before 2024: EUR 3,05 an hour, at most EUR 6.000 a year, 3 years"
    );
    let new = version_for(d("2025-03-01"))
        .and_then(|v| v.amounts)
        .expect("amounts");
    assert_eq!(
        (new.per_hour_cents, new.max_per_year_cents, new.paid_until),
        (135, 260_000, Some(d("2025-12-31"))),
        "2024 and 2025: EUR 1,35 an hour, at most EUR 2.600, nothing from 2026"
    );
    let advice = advise(d("1965-01-01"), &facts("2025-03-01", "2025-03-10"));
    let version = &advice.checks[0];
    assert_eq!(
        version.reason.id, "lkv56-version-met-phase-out",
        "the coach sees the phase-out"
    );
    assert_eq!(
        version.reason.args["per_hour"], "1,35",
        "amounts are formatted the Dutch way"
    );
    assert_eq!(version.reason.args["max_per_year"], "2.600,00");
}

/// (birth date, start date, eligible on age): a birthday on the start date counts, the
/// day after does not.
#[rstest]
#[case::turns_56_on_start_2023("1967-03-01", "2023-03-01", true)]
#[case::turns_56_day_after_start_2023("1967-03-02", "2023-03-01", false)]
#[case::turns_56_day_before_start_2024("1968-01-31", "2024-02-01", true)]
#[case::turns_56_on_start_2025("1969-06-30", "2025-06-30", true)]
#[case::turns_56_day_after_start_2025("1969-07-01", "2025-06-30", false)]
#[case::leap_day_birthday("1968-02-29", "2024-02-29", true)]
fn age_56_on_the_start_date(#[case] birth: &str, #[case] start: &str, #[case] ok: bool) {
    let advice = advise(d(birth), &facts(start, start));
    assert_eq!(
        met(&advice, Rule56::AgeFrom56),
        ok,
        "born {birth}, starting {start}: 56 or older is {ok}"
    );
    assert_eq!(advice.eligible, ok, "with all else met, age decides");
}

#[rstest]
#[case::cohort_2021_last_day("1955-08-31", "2021-12-31")]
#[case::cohort_2022_first_day("1955-09-01", "2022-04-01")]
#[case::cohort_2022_last_day("1956-05-31", "2022-12-31")]
#[case::cohort_2023_first_day("1956-06-01", "2023-04-01")]
#[case::age_67_in_2025("1958-05-20", "2025-05-20")]
#[case::age_67_3m_in_2028("1961-02-10", "2028-05-10")]
fn aow_age_follows_the_year_it_is_reached(#[case] birth: &str, #[case] aow: &str) {
    assert_eq!(aow_date(d(birth)), d(aow), "born {birth}: AOW on {aow}");
}

#[rstest]
#[case::day_before_aow("2025-05-19", true)]
#[case::on_aow_day("2025-05-20", false)]
fn below_aow_age_on_the_start_date(#[case] start: &str, #[case] ok: bool) {
    let advice = advise(d("1958-05-20"), &facts(start, start));
    assert_eq!(
        met(&advice, Rule56::BelowAow),
        ok,
        "start {start}, AOW 20-05-2025"
    );
}

#[rstest]
#[case::same_day("2024-03-31", "2024-03-31", true)]
#[case::last_day("2024-03-31", "2024-06-30", true)]
#[case::one_day_late("2024-03-31", "2024-07-01", false)]
#[case::month_end_clamped("2023-11-30", "2024-02-29", true)]
#[case::month_end_late("2023-11-30", "2024-03-01", false)]
#[case::before_start("2025-02-01", "2025-01-20", true)]
fn request_within_three_months(#[case] start: &str, #[case] request: &str, #[case] ok: bool) {
    let advice = advise(d("1960-01-01"), &facts(start, request));
    assert_eq!(
        met(&advice, Rule56::RequestInTime),
        ok,
        "start {start}, request {request}: in time is {ok} (deadline {})",
        request_deadline(d(start))
    );
}

#[rstest]
#[case::new_employer(false, true)]
#[case::same_employer_within_6_months(true, false)]
fn previous_employment_with_the_same_employer(#[case] same: bool, #[case] ok: bool) {
    let mut f = facts("2024-09-02", "2024-09-10");
    f.same_employer_within_6_months = same;
    let advice = advise(d("1962-04-04"), &f);
    assert_eq!(met(&advice, Rule56::NewEmployer), ok);
    assert_eq!(
        advice.eligible, ok,
        "a returning employee gives no declaration"
    );
}

#[rstest]
#[case::regular(JobKind::Regular, true)]
#[case::wsw(JobKind::Wsw, false)]
#[case::beschut(JobKind::BeschutWerk, false)]
fn only_regular_jobs(#[case] kind: JobKind, #[case] ok: bool) {
    let mut f = facts("2024-09-02", "2024-09-10");
    f.job_kind = kind;
    assert_eq!(met(&advise(d("1962-04-04"), &f), Rule56::RegularJob), ok);
}

#[test]
fn benefit_in_the_month_before() {
    assert_eq!(
        benefit_month(d("2025-03-01")),
        d("2025-02-01"),
        "March start: February"
    );
    assert_eq!(
        benefit_month(d("2025-01-15")),
        d("2024-12-01"),
        "January: December before"
    );
    let mut f = facts("2025-03-01", "2025-03-01");
    f.benefit = None;
    let advice = advise(d("1960-01-01"), &f);
    assert!(
        !met(&advice, Rule56::MunicipalBenefit),
        "no benefit, no declaration"
    );
    assert_eq!(
        advice.checks[3].reason.args["month"], "02-2025",
        "the month is named"
    );
}

#[test]
fn a_2026_start_is_never_eligible_but_every_rule_is_still_explained() {
    let advice = advise(d("1965-01-01"), &facts("2026-01-05", "2026-01-06"));
    assert!(!advice.eligible, "no declarations for jobs from 2026");
    assert_eq!(
        advice.checks.len(),
        Rule56::ALL.len(),
        "every rule has a reason"
    );
    assert_eq!(
        advice.unmet().map(|c| c.rule).collect::<Vec<_>>(),
        [Rule56::Version],
        "only the version stops it; the coach sees the rest was fine"
    );
    assert_eq!(
        advice.version_id.as_deref(),
        Some("lkv-oudere-werknemer-2026")
    );
}

fn decision(start: &str, outcome: DecisionOutcome) -> Verklaring56Decision {
    let f = facts(start, start);
    Verklaring56Decision {
        id: Verklaring56DecisionId::new(),
        resident_id: ResidentId::new(),
        advice: advise(d("1962-04-04"), &f),
        decided_on: f.request_date,
        facts: f,
        outcome,
        decided_by: StaffMember::new(StaffId::new(), "Sanne de Vries").expect("named"),
        reasoning: "Voldoet aan alle voorwaarden.".into(),
    }
}

#[test]
fn a_decision_needs_a_named_coach_and_a_reason() {
    assert_eq!(
        decision("2025-02-03", DecisionOutcome::Granted).validate(),
        Ok(())
    );
    let mut no_reason = decision("2025-02-03", DecisionOutcome::Refused);
    no_reason.reasoning = "  ".into();
    no_reason.decided_by.name = String::new();
    let errors = no_reason.validate().expect_err("blank reasoning and coach");
    assert!(
        errors.contains("reasoning", &ValidationError::Required),
        "a refusal needs reasons too"
    );
    assert!(
        errors.contains("decided_by", &ValidationError::StaffRequired),
        "the software never decides alone"
    );
}

#[test]
fn no_grant_where_the_rules_give_no_declaration() {
    let errors = decision("2026-02-02", DecisionOutcome::Granted)
        .validate()
        .expect_err("no grants for 2026 starts");
    assert!(errors.contains("outcome", &ValidationError::NoDeclarationPossible));
    assert_eq!(
        decision("2026-02-02", DecisionOutcome::Refused).validate(),
        Ok(()),
        "refusing such a request is recorded normally"
    );
}

#[test]
fn the_form_reports_every_problem_at_once() {
    let errors = EmploymentFactsDraft {
        loonheffingennummer: Some("123456789L01".into()),
        start_date: Some("31-02-2025".into()),
        benefit: Some("ww".into()),
        ..Default::default()
    }
    .validate()
    .expect_err("an empty form is refused");
    for (field, error) in [
        ("employer_name", ValidationError::Required),
        (
            "loonheffingennummer",
            ValidationError::LoonheffingennummerChecksum,
        ),
        ("employer_address.street", ValidationError::Required),
        ("start_date", ValidationError::DateDoesNotExist),
        ("request_date", ValidationError::Required),
        ("benefit", ValidationError::InvalidChoice),
        ("same_employer_within_6_months", ValidationError::Required),
        ("job_kind", ValidationError::Required),
    ] {
        assert!(
            errors.contains(field, &error),
            "{field} must report {error:?}: {errors:?}"
        );
    }
}

#[test]
fn age_helper_matches_the_resident_rule() {
    assert_eq!(
        age_on(d("1969-06-30"), d("2025-06-29")),
        55,
        "the day before the birthday"
    );
    assert_eq!(
        age_on(d("1969-06-30"), d("2025-06-30")),
        56,
        "on the birthday"
    );
}
