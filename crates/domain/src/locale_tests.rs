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
        ids_of::<AssessmentKind>(),
        ids_of::<EntityKind>(),
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
