//! Employers, workplaces and match profiles: drafts, validation and the stored JSON.

use chrono::Weekday;

use super::fixtures::*;
use crate::choice::assert_choice_consistent;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{EmployerId, MatchProfileId, ResidentId, WorkplaceId};
use crate::matching::{
    ContactParty, ContractKind, DemandLevel, EmployerContactDraft, EmployerDraft, Indication,
    MatchComponent, MatchEffect, MatchProfile, PlacementEndReason, SupportKind, TravelOverride,
    WorkplaceDraft, WorkplaceKind, dutch_level,
};
use crate::resident::{AddressDraft, LanguageLevel, LanguageSkill};

fn s(v: &str) -> Option<String> {
    Some(v.to_owned())
}

#[test]
fn choices_are_consistent() {
    assert_choice_consistent::<DemandLevel>();
    assert_choice_consistent::<SupportKind>();
    assert_choice_consistent::<Indication>();
    assert_choice_consistent::<WorkplaceKind>();
    assert_choice_consistent::<ContractKind>();
    assert_choice_consistent::<PlacementEndReason>();
    assert_choice_consistent::<ContactParty>();
    assert_choice_consistent::<MatchEffect>();
    assert_choice_consistent::<MatchComponent>();
    assert!(
        DemandLevel::Licht < DemandLevel::Middel && DemandLevel::Middel < DemandLevel::Zwaar,
        "demand levels are ordered from light to heavy"
    );
}

fn employer_draft() -> EmployerDraft {
    EmployerDraft {
        name: s(" Logistiek Oost BV "),
        kvk: s("0912 3456"),
        loonheffingennummer: s("123456782l01"),
        address: AddressDraft {
            street: s("Industrieweg"),
            house_number: s("12"),
            postcode: s("6921 ab"),
            woonplaats: s("Duiven"),
            ..Default::default()
        },
        contacts: vec![
            EmployerContactDraft {
                name: s("Ahmed Bakker"),
                role: s("teamleider magazijn"),
                phone: s("026-1234567"),
                email: s("ahmed@LOGISTIEK-OOST.nl"),
            },
            EmployerContactDraft::default(),
        ],
        notes: None,
    }
}

#[test]
fn employer_draft_validates_normalises_and_round_trips() {
    let id = EmployerId::new();
    let employer = employer_draft()
        .validate(id)
        .expect("a complete employer is valid");
    assert_eq!(employer.name, "Logistiek Oost BV", "names are trimmed");
    assert_eq!(
        employer.kvk.as_ref().map(|k| k.as_str()),
        Some("09123456"),
        "the KvK number is stored as 8 digits"
    );
    assert_eq!(
        employer.contacts.len(),
        1,
        "an empty contact row is skipped"
    );
    assert_eq!(
        employer.to_draft().validate(id),
        Ok(employer.clone()),
        "to_draft and validate are each other's inverse"
    );
    assert_eq!(
        employer.validate(),
        Ok(()),
        "a stored employer passes the server check"
    );
}

#[test]
fn employer_draft_reports_every_error_with_its_field() {
    let mut draft = employer_draft();
    draft.name = s("  ");
    draft.kvk = s("1234");
    draft.address.postcode = s("0123 AB");
    draft.contacts[1].email = s("geen-adres");
    let errors = draft
        .validate(EmployerId::new())
        .expect_err("four fields are wrong");
    let found: Vec<(&str, &str)> = errors
        .0
        .iter()
        .map(|e| (e.field.as_str(), e.error.message_id()))
        .collect();
    assert_eq!(
        found,
        [
            ("name", "error-required"),
            ("kvk", "error-kvk-format"),
            ("address.postcode", "error-postcode-format"),
            ("contacts[1].name", "error-required"),
            ("contacts[1].email", "error-email-format"),
        ],
        "every problem at once, under its path, as a Fluent id the UI shows in Dutch"
    );
}

#[test]
fn a_stored_employer_with_a_nameless_contact_is_refused() {
    let mut employer = employer_draft().validate(EmployerId::new()).expect("valid");
    employer.contacts[0].name = " ".into();
    assert_eq!(
        employer.validate(),
        Err(ValidationErrors::single(
            "contacts[0].name",
            ValidationError::Required
        )),
        "the server does not skip a contact row that came without a name"
    );
}

fn workplace_draft() -> WorkplaceDraft {
    WorkplaceDraft {
        employer_id: Some(EmployerId::new()),
        title: s("Medewerker magazijn"),
        kind: s("aangepast"),
        occupation: Some(forklift()),
        tasks: s("Orders verzamelen en heftruck rijden."),
        hours_per_week: s("24"),
        days: vec!["mon".into(), "wed".into(), "mon".into(), " ".into()],
        postcode: s("6921AB"),
        place: s("Duiven"),
        physical_demand: s("middel"),
        mental_demand: s("licht"),
        support: vec!["buddy".into(), "jobcoach_on_site".into()],
        dutch_level: s("a2"),
        start_date: s("01-09-2025"),
        places: None,
        ..WorkplaceDraft::default()
    }
}

#[test]
fn workplace_draft_validates_with_defaults_and_round_trips() {
    let id = WorkplaceId::new();
    let w = workplace_draft()
        .validate(id)
        .expect("a complete workplace is valid");
    assert_eq!(
        w.days,
        [Weekday::Mon, Weekday::Wed],
        "repeats and blanks are dropped"
    );
    assert_eq!(w.places, 1, "a blank number of places means one");
    assert!(w.open, "a new workplace is open");
    assert_eq!(w.start_date, Some(d(2025, 9, 1)), "dd-mm-jjjj is read");
    assert_eq!(
        w.to_draft().validate(id),
        Ok(w.clone()),
        "to_draft and validate are each other's inverse"
    );
    let json = serde_json::to_value(&w).expect("a workplace serializes");
    assert_eq!(
        json["kind"], "aangepast",
        "choices are stored as snake_case codes"
    );
    assert_eq!(
        json["days"],
        serde_json::json!(["mon", "wed"]),
        "days as mon..sun"
    );
    assert_eq!(
        json["support"][1], "jobcoach_on_site",
        "support kinds as codes"
    );
    let back: crate::matching::Workplace = serde_json::from_value(json).expect("loads again");
    assert_eq!(back, w, "a workplace survives the sync round trip");
}

#[test]
fn workplace_draft_reports_every_error_with_its_field() {
    let mut draft = workplace_draft();
    draft.employer_id = None;
    draft.hours_per_week = s("61");
    draft.days = vec!["maandag".into()];
    draft.support = vec!["massage".into()];
    draft.places = s("0");
    draft.occupation = Some(occupation(9, "heftruckchauffeur", "834"));
    draft.physical_demand = None;
    let errors = draft
        .validate(WorkplaceId::new())
        .expect_err("seven fields are wrong");
    let want = [
        ("employer_id", ValidationError::Required),
        ("occupation.isco_group", ValidationError::InvalidChoice),
        (
            "hours_per_week",
            ValidationError::OutOfRange { min: 1, max: 60 },
        ),
        ("days[0]", ValidationError::InvalidChoice),
        ("physical_demand", ValidationError::Required),
        ("support[0]", ValidationError::InvalidChoice),
        ("places", ValidationError::OutOfRange { min: 1, max: 999 }),
    ];
    for (field, error) in &want {
        assert!(
            errors.contains(field, error),
            "{field} must be refused with {error:?}; got {errors}"
        );
    }
    assert_eq!(
        errors.len(),
        want.len(),
        "and nothing else is refused: {errors}"
    );
}

#[test]
fn a_stored_workplace_is_rechecked() {
    let mut w = workplace("Heftruck", DUIVEN, Some(forklift()));
    assert_eq!(w.validate(), Ok(()), "the fixture is valid");
    w.hours_per_week = 0;
    w.places = 0;
    let errors = w.validate().expect_err("zero hours and zero places");
    assert!(
        errors.contains(
            "hours_per_week",
            &ValidationError::OutOfRange { min: 1, max: 60 }
        ),
        "a workplace has at least one hour a week"
    );
    assert!(
        errors.contains("places", &ValidationError::OutOfRange { min: 1, max: 999 }),
        "a workplace has at least one place"
    );
}

#[test]
fn match_profile_validation() {
    let workplace_id = WorkplaceId::new();
    let mut p = MatchProfile {
        wished_occupations: vec![forklift(), occupation(7, " ", "12345")],
        max_travel_km: Some(0),
        travel_overrides: vec![
            TravelOverride {
                workplace_id,
                minutes: 30,
            },
            TravelOverride {
                workplace_id,
                minutes: 0,
            },
        ],
        ..MatchProfile::new(MatchProfileId::new(), ResidentId::new())
    };
    let errors = p.validate().expect_err("a broken profile");
    let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "wished_occupations[1].label",
            "wished_occupations[1].isco_group",
            "max_travel_km",
            "travel_overrides[1].minutes",
            "travel_overrides[1].workplace_id",
        ],
        "blank label, 5-digit ISCO, a 0 km limit, 0 minutes and a second time for one workplace"
    );
    p.wished_occupations.pop();
    p.max_travel_km = Some(25);
    p.travel_overrides.pop();
    assert_eq!(p.validate(), Ok(()), "the repaired profile is valid");
}

#[test]
fn dutch_level_comes_from_the_dutch_entry_and_native_counts_highest() {
    let skill = |language: &str, level| LanguageSkill {
        language: language.into(),
        level,
    };
    assert_eq!(
        dutch_level(&[
            skill("Engels", LanguageLevel::C2),
            skill("Nederlands", LanguageLevel::A2)
        ]),
        Some(LanguageLevel::A2),
        "only the Dutch entry counts"
    );
    assert_eq!(
        dutch_level(&[
            skill("Dutch", LanguageLevel::C2),
            skill("nederlands", LanguageLevel::Native)
        ]),
        Some(LanguageLevel::Native),
        "a native speaker is above C2"
    );
    assert_eq!(
        dutch_level(&[skill("Turks", LanguageLevel::Native)]),
        None,
        "no Dutch entry: unknown"
    );
}
