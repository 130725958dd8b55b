//! Keeps `locales/*/errors.ftl` and `locales/*/domain.ftl` in step with the code: every
//! message id the code can produce exists in both languages, no file has ids the code does
//! not know, and error messages use exactly the arguments the errors supply.

use std::collections::{BTreeMap, BTreeSet};

use crate::choice::Choice;
use crate::error::{ValidationError, one_of_each};
use crate::resident::weekdays;
use crate::*;

const NL_ERRORS: &str = include_str!("../../../locales/nl-NL/errors.ftl");
const EN_ERRORS: &str = include_str!("../../../locales/en-US/errors.ftl");
const NL_DOMAIN: &str = include_str!("../../../locales/nl-NL/domain.ftl");
const EN_DOMAIN: &str = include_str!("../../../locales/en-US/domain.ftl");
const NL_ADVICE: &str = include_str!("../../../locales/nl-NL/advice.ftl");
const EN_ADVICE: &str = include_str!("../../../locales/en-US/advice.ftl");
const NL_SUBSIDY: &str = include_str!("../../../locales/nl-NL/subsidy.ftl");
const EN_SUBSIDY: &str = include_str!("../../../locales/en-US/subsidy.ftl");
const NL_MATCHING: &str = include_str!("../../../locales/nl-NL/matching.ftl");
const EN_MATCHING: &str = include_str!("../../../locales/en-US/matching.ftl");

/// Message id → the `$variables` its text uses. Panics on a duplicate id.
fn messages(ftl: &str) -> BTreeMap<&str, BTreeSet<&str>> {
    let mut out: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut current: Option<&str> = None;
    for line in ftl.lines() {
        if line.starts_with(|c: char| c.is_ascii_lowercase()) {
            let (id, _) = line
                .split_once(" =")
                .unwrap_or_else(|| panic!("no ' =' in {line:?}"));
            assert!(
                out.insert(id, BTreeSet::new()).is_none(),
                "message id {id} appears twice"
            );
            current = Some(id);
        } else if line.starts_with('#') || line.is_empty() {
            current = None;
            continue;
        }
        if let Some(id) = current {
            let vars = line.split('$').skip(1).map(|rest| {
                let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'));
                &rest[..end.unwrap_or(rest.len())]
            });
            out.entry(id).or_default().extend(vars);
        }
    }
    out
}

fn ids_of<T: Choice>() -> Vec<&'static str> {
    T::all().iter().map(Choice::message_id).collect()
}

/// Every label id the code uses. A new choice enum must be added here.
fn domain_ids() -> BTreeSet<&'static str> {
    [
        ids_of::<Purpose>(),
        ids_of::<sync::Role>(),
        ids_of::<DataCategory>(),
        ids_of::<Recipient>(),
        ids_of::<TrajectState>(),
        ids_of::<EndReason>(),
        ids_of::<Gender>(),
        ids_of::<IdDocumentKind>(),
        ids_of::<MaritalStatus>(),
        ids_of::<HousingKind>(),
        ids_of::<LanguageLevel>(),
        ids_of::<ObstacleKind>(),
        ids_of::<ReportKind>(),
        ids_of::<AgreementStatus>(),
        ids_of::<GoalStatus>(),
        ids_of::<AppointmentStatus>(),
        ids_of::<crate::RightsKind>(),
        ids_of::<crate::RightsOutcome>(),
        ids_of::<loonwaarde::AssessorKind>(),
        ids_of::<loonwaarde::CoachingIntensity>(),
        ids_of::<subsidy::LksOutcome>(),
        ids_of::<sync::emergency::EmergencyReason>(),
        ids_of::<AssessmentKind>(),
        ids_of::<EntityKind>(),
        ids_of::<verklaring56::BenefitKind>(),
        ids_of::<verklaring56::JobKind>(),
        ids_of::<verklaring56::Rule56>(),
        ids_of::<verklaring56::DecisionOutcome>(),
        ids_of::<StatementKind>(),
        ids_of::<matching::WorkplaceKind>(),
        ids_of::<matching::DemandLevel>(),
        ids_of::<matching::SupportKind>(),
        ids_of::<matching::Indication>(),
        ids_of::<matching::ContractKind>(),
        ids_of::<matching::PlacementEndReason>(),
        ids_of::<matching::ContactParty>(),
        ids_of::<matching::MatchEffect>(),
        ids_of::<matching::MatchComponent>(),
        ids_of::<request::RequestStatus>(),
        ids_of::<request::RequestStep>(),
        ids_of::<request::ConsentForm>(),
        ids_of::<request::MediaType>(),
        ids_of::<request::AttachmentKind>(),
        ids_of::<request::UwvRequestKind>(),
        ids_of::<request::uwv::BanenafspraakRoute>(),
        ids_of::<request::uwv::CriterionView>(),
        ids_of::<request::UwvOutcome>(),
        ids_of::<request::medical::ExaminationKind>(),
        ids_of::<request::LifeDomain>(),
        ids_of::<request::ReferralProgress>(),
        ids_of::<verzuim::AbsencePlace>(),
        ids_of::<verzuim::AbsenceSource>(),
        ids_of::<verzuim::ControlKind>(),
        ids_of::<verzuim::ControlFinding>(),
        ids_of::<verzuim::VerzuimOutcome>(),
        ids_of::<learning::TrainingResult>(),
        ids_of::<survey::SurveyQuestion>(),
        ids_of::<survey::SurveyChannel>(),
        weekdays::ALL
            .into_iter()
            .map(weekdays::message_id)
            .collect(),
    ]
    .concat()
    .into_iter()
    .collect()
}

#[test]
fn error_files_define_exactly_the_error_ids() {
    let want: BTreeSet<&str> = ValidationError::ALL_MESSAGE_IDS.iter().copied().collect();
    for (name, ftl) in [("nl-NL", NL_ERRORS), ("en-US", EN_ERRORS)] {
        let have: BTreeSet<&str> = messages(ftl).into_keys().collect();
        assert_eq!(
            have, want,
            "{name}/errors.ftl must define exactly ALL_MESSAGE_IDS"
        );
    }
}

#[test]
fn error_messages_use_exactly_the_supplied_args() {
    for (name, ftl) in [("nl-NL", NL_ERRORS), ("en-US", EN_ERRORS)] {
        let msgs = messages(ftl);
        for error in one_of_each() {
            let args: BTreeSet<&str> = error.args().into_iter().map(|(n, _)| n).collect();
            let used = msgs.get(error.message_id()).cloned().unwrap_or_default();
            assert_eq!(
                used,
                args,
                "{name}: {} must use exactly the args the error supplies",
                error.message_id()
            );
        }
    }
}

#[test]
fn domain_files_define_exactly_the_label_ids() {
    let want = domain_ids();
    for (name, ftl) in [("nl-NL", NL_DOMAIN), ("en-US", EN_DOMAIN)] {
        let msgs = messages(ftl);
        let have: BTreeSet<&str> = msgs.keys().copied().collect();
        assert_eq!(
            have, want,
            "{name}/domain.ftl must label every choice, and nothing else"
        );
        assert!(
            msgs.values().all(BTreeSet::is_empty),
            "{name}: labels take no arguments"
        );
    }
}

/// Every reason the 56+ advice can give, with the arguments it gives, from cases that
/// reach each branch.
fn advice_reasons() -> BTreeMap<String, BTreeSet<String>> {
    use verklaring56::{EmploymentFactsDraft, JobKind, advise};
    let date = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("ISO date");
    let base = EmploymentFactsDraft {
        employer_name: Some("Werkgever".into()),
        loonheffingennummer: Some("123456782L01".into()),
        employer_address: AddressDraft {
            street: Some("Straat".into()),
            house_number: Some("1".into()),
            house_number_addition: None,
            postcode: Some("6811 AN".into()),
            woonplaats: Some("Arnhem".into()),
        },
        start_date: Some("2023-05-01".into()),
        request_date: Some("2023-05-02".into()),
        benefit: Some("ioaw".into()),
        same_employer_within_6_months: Some(false),
        job_kind: Some("regular".into()),
    }
    .validate()
    .expect("valid facts");
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut cases = Vec::new();
    for (start, birth) in [
        ("2017-06-01", "1950-01-01"),
        ("2023-05-01", "1960-01-01"),
        ("2025-05-01", "1990-01-01"),
        ("2026-05-01", "1960-01-01"),
    ] {
        let mut f = base.clone();
        f.start_date = date(start);
        f.request_date = date(start);
        cases.push((date(birth), f));
    }
    let mut f = base.clone();
    f.benefit = None;
    f.same_employer_within_6_months = true;
    f.job_kind = JobKind::Wsw;
    f.request_date = date("2024-01-01");
    cases.push((date("1960-01-01"), f));
    for (birth, facts) in &cases {
        for check in advise(*birth, facts).checks {
            out.entry(check.reason.id.clone())
                .or_default()
                .extend(check.reason.args.keys().cloned());
        }
    }
    out
}

#[test]
fn advice_files_define_every_reason_with_its_arguments() {
    let reasons = advice_reasons();
    let want: BTreeSet<&str> = verklaring56::rules::REASON_IDS.iter().copied().collect();
    let reached: BTreeSet<&str> = reasons.keys().map(String::as_str).collect();
    assert!(
        reached.is_subset(&want),
        "every reason the advice gives is listed in REASON_IDS: {:?}",
        reached.difference(&want).collect::<Vec<_>>()
    );
    for (name, ftl) in [("nl-NL", NL_ADVICE), ("en-US", EN_ADVICE)] {
        let msgs = messages(ftl);
        let have: BTreeSet<&str> = msgs.keys().copied().collect();
        assert_eq!(
            have, want,
            "{name}/advice.ftl must define exactly REASON_IDS"
        );
        for (id, args) in &reasons {
            let used: BTreeSet<String> =
                msgs[id.as_str()].iter().map(|s| (*s).to_owned()).collect();
            assert!(
                used.is_subset(args),
                "{name}: {id} uses only arguments the advice supplies ({used:?} vs {args:?})"
            );
        }
    }
}

#[test]
fn matching_files_define_every_reason_with_exactly_its_arguments() {
    let mut reasons: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for r in matching::tests::fixtures::reason_samples() {
        reasons
            .entry(r.reason.id.clone())
            .or_default()
            .extend(r.reason.args.keys().cloned());
    }
    let want: BTreeSet<&str> = matching::REASON_IDS.iter().copied().collect();
    assert_eq!(
        want.len(),
        matching::REASON_IDS.len(),
        "REASON_IDS lists no id twice"
    );
    let reached: BTreeSet<&str> = reasons.keys().map(String::as_str).collect();
    assert_eq!(
        reached, want,
        "the sample cases reach every listed reason, and the engine gives no unlisted one"
    );
    for (name, ftl) in [("nl-NL", NL_MATCHING), ("en-US", EN_MATCHING)] {
        let msgs = messages(ftl);
        let have: BTreeSet<&str> = msgs.keys().copied().collect();
        assert_eq!(
            have, want,
            "{name}/matching.ftl must define exactly REASON_IDS"
        );
        for (id, args) in &reasons {
            let used: BTreeSet<String> =
                msgs[id.as_str()].iter().map(|s| (*s).to_owned()).collect();
            assert_eq!(
                &used, args,
                "{name}: {id} uses exactly the arguments the engine supplies"
            );
        }
    }
}

/// Every step the loonwaarde, LKS and jobcoaching arithmetic shows, with its arguments,
/// from calculations that reach every branch.
fn subsidy_steps() -> BTreeMap<String, BTreeSet<String>> {
    use crate::loonwaarde::{MainTask, compute};
    use crate::subsidy::{LksInput, TariffRow, calculate_jobcoaching, calculate_lks};
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).expect("date");
    let task = |tempo| MainTask {
        name: "Taak".into(),
        share_percent: 50,
        tempo_percent: tempo,
        quality_percent: 100,
        net_time_percent: 100,
    };
    let mut steps = compute(&[task(130), task(80)]).expect("computes").steps;
    for loonwaarde in [20, 100] {
        let calc = calculate_lks(&LksInput {
            loonwaarde_percent: loonwaarde,
            from: day(2025, 6, 16),
            until: day(2025, 7, 15),
            minutes: 6000,
        })
        .expect("calculates");
        steps.extend(calc.parts.into_iter().flat_map(|p| p.steps));
        steps.extend(calc.steps);
    }
    let tariffs = [TariffRow {
        from: day(2025, 1, 1),
        per_hour_cents: 7000,
        source: "test".into(),
    }];
    steps.extend(
        calculate_jobcoaching(&tariffs, day(2025, 2, 1), day(2025, 2, 28), 600)
            .expect("calculates")
            .steps,
    );
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for s in steps {
        out.entry(s.id).or_default().extend(s.args.into_keys());
    }
    out
}

#[test]
fn subsidy_files_define_every_step_with_exactly_its_arguments() {
    let steps = subsidy_steps();
    for (name, ftl) in [("nl-NL", NL_SUBSIDY), ("en-US", EN_SUBSIDY)] {
        let defined = messages(ftl);
        let defined_ids: BTreeSet<&str> = defined.keys().copied().collect();
        let step_ids: BTreeSet<&str> = steps.keys().map(String::as_str).collect();
        assert_eq!(
            defined_ids, step_ids,
            "{name}/subsidy.ftl defines exactly the steps"
        );
        for (id, args) in &steps {
            let used: BTreeSet<String> =
                defined[id.as_str()].iter().map(|s| s.to_string()).collect();
            assert_eq!(
                &used, args,
                "{name}: {id} uses exactly the arguments it gets"
            );
        }
    }
}
