//! Tests of the resident model, the draft validation and the draft round trip.

use chrono::{NaiveDate, Weekday};

use super::*;
use crate::error::ValidationError;
use crate::validate::Postcode;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("test dates exist")
}

/// The fixed "today" of these tests.
fn today() -> NaiveDate {
    d(2025, 6, 15)
}

fn s(v: &str) -> Option<String> {
    Some(v.to_owned())
}

/// A draft with only the required fields, as a jobcoach would fill in at first contact.
fn minimal_draft() -> ResidentDraft {
    ResidentDraft {
        name: PersonNameDraft {
            given_names: s("Fatima"),
            family_name: s("Amrani"),
            tussenvoegsel: s("el"),
            ..Default::default()
        },
        birth_date: s("17-05-1990"),
        bsn: s("123456782"),
        address: AddressDraft {
            street: s("Stationsplein"),
            house_number: s("12"),
            postcode: s("6811 kl"),
            woonplaats: s("Arnhem"),
            ..Default::default()
        },
        ..Default::default()
    }
}

/// A resident with every field filled, including edge cases (leap day, rent, two days).
fn full_resident() -> Resident {
    Resident {
        id: ResidentId::new(),
        name: PersonName {
            initials: s("J.P."),
            given_names: "Johannes Pieter".into(),
            tussenvoegsel: s("van der"),
            family_name: "Berg".into(),
            preferred_name: s("Jan"),
        },
        birth_date: d(1968, 2, 29),
        gender: Gender::Male,
        bsn: Bsn::parse("111222333").expect("a valid BSN"),
        address: Address {
            street: "Velperweg".into(),
            house_number: "101".into(),
            house_number_addition: s("A"),
            postcode: Postcode::parse("6824HH").expect("a valid postcode"),
            woonplaats: "Arnhem".into(),
        },
        phone: Some(PhoneNumber::parse("06-12345678").expect("a valid phone number")),
        email: Some(Email::parse("jan@example.nl").expect("a valid e-mail")),
        id_document: Some(IdDocument {
            kind: IdDocumentKind::IdentityCard,
            number: "IX1234567".into(),
            expires_on: d(2024, 1, 31),
        }),
        marital_status: Some(MaritalStatus::Divorced),
        nationality: s("Nederlandse"),
        verblijfstitel: Some(Verblijfstitel {
            kind: "regulier onbepaalde tijd".into(),
            expires_on: None,
        }),
        housing: Some(Housing {
            kind: HousingKind::Rent,
            monthly_rent_cents: Some(123_456),
            landlord: s("Vivare"),
        }),
        languages: vec![
            LanguageSkill {
                language: "Nederlands".into(),
                level: LanguageLevel::Native,
            },
            LanguageSkill {
                language: "Engels".into(),
                level: LanguageLevel::B1,
            },
        ],
        education: vec![Education {
            name: "Mbo Logistiek".into(),
            institution: s("Rijn IJssel"),
            level: s("mbo 2"),
            diploma: true,
            completed_year: Some(1987),
        }],
        work_experience: vec![WorkExperience {
            occupation: "Orderpicker".into(),
            employer: s("Distributiecentrum Oost"),
            from: Some(d(2010, 3, 1)),
            until: Some(d(2020, 2, 29)),
            description: s("Ploegendienst"),
        }],
        availability: Availability {
            hours_per_week: Some(32),
            days: vec![Weekday::Mon, Weekday::Thu],
            available_from: Some(d(2025, 7, 1)),
            notes: s("Niet op woensdag i.v.m. mantelzorg"),
        },
        obstacles: vec![Obstacle {
            kind: ObstacleKind::CareTasks,
            description: s("Zorgt voor moeder"),
        }],
        motivation: s("Wil graag weer aan het werk"),
        career_wishes: vec!["Magazijnmedewerker".into(), "Chauffeur".into()],
        privacy_statement_explained_on: Some(d(2025, 6, 2)),
    }
}

#[test]
fn minimal_draft_validates_with_normalised_values() {
    let id = ResidentId::new();
    let r = minimal_draft()
        .validate(id, today())
        .expect("the required fields are enough");
    assert_eq!(r.id, id, "the given id is used");
    assert_eq!(r.birth_date, d(1990, 5, 17), "dd-mm-jjjj is read");
    assert_eq!(
        r.address.postcode.as_str(),
        "6811KL",
        "the postcode is normalised"
    );
    assert_eq!(
        r.gender,
        Gender::Unknown,
        "no gender given means unknown, not an error"
    );
    assert_eq!(
        r.name.display_name(),
        "Fatima el Amrani",
        "the name parts are kept"
    );
    assert_eq!(
        (r.id_document, r.housing, r.verblijfstitel),
        (None, None, None),
        "empty = none"
    );
}

#[test]
fn strings_are_trimmed_and_blank_means_absent() {
    let mut draft = minimal_draft();
    draft.name.given_names = s("  Fatima  ");
    draft.name.preferred_name = s("   ");
    draft.nationality = s("");
    draft.gender = s(" ");
    draft.career_wishes = vec!["  Kok ".into(), "".into()];
    draft.languages = vec![LanguageSkillDraft::default()];
    draft.availability.days = vec!["mon".into(), " ".into(), "mon".into()];
    let r = draft
        .validate(ResidentId::new(), today())
        .expect("blank optional fields are fine");
    assert_eq!(
        r.name.given_names, "Fatima",
        "surrounding spaces are removed"
    );
    assert_eq!(
        r.name.preferred_name, None,
        "a blank preferred name is absent"
    );
    assert_eq!(r.nationality, None, "an empty nationality is absent");
    assert_eq!(r.gender, Gender::Unknown, "a blank gender is unknown");
    assert_eq!(
        r.career_wishes,
        ["Kok"],
        "wishes are trimmed, empty ones dropped"
    );
    assert!(r.languages.is_empty(), "an empty row in a list is skipped");
    assert_eq!(
        r.availability.days,
        [Weekday::Mon],
        "blank and repeated days are dropped"
    );
}

#[test]
fn draft_reports_every_error_with_its_path() {
    let mut draft = minimal_draft();
    draft.name.family_name = s("  ");
    draft.birth_date = s("16-06-2025");
    draft.bsn = s("123456789");
    draft.address.postcode = s("6811 SA");
    draft.address.house_number = s("12a");
    draft.email = s("jan@localhost");
    draft.gender = s("vrouw");
    draft.id_document = IdDocumentDraft {
        kind: s("passport"),
        ..Default::default()
    };
    draft.housing.monthly_rent = s("12.50");
    draft.languages = vec![LanguageSkillDraft {
        language: s("Arabisch"),
        level: s("B1"),
    }];
    draft.education = vec![EducationDraft {
        diploma: true,
        completed_year: s("2030"),
        ..Default::default()
    }];
    draft.work_experience = vec![
        WorkExperienceDraft {
            occupation: s("Schoonmaker"),
            ..Default::default()
        },
        WorkExperienceDraft {
            occupation: s("Kok"),
            from: s("01-03-2020"),
            until: s("2019-12-31"),
            ..Default::default()
        },
    ];
    draft.availability.hours_per_week = s("61");
    draft.availability.days = vec!["mon".into(), "maandag".into()];
    draft.obstacles = vec![ObstacleDraft {
        description: s("Geen rijbewijs"),
        ..Default::default()
    }];
    draft.career_wishes = vec!["x".repeat(201)];
    draft.privacy_statement_explained_on = s("2025-06-16");

    let errors = draft
        .validate(ResidentId::new(), today())
        .expect_err("many fields are wrong");
    use ValidationError as E;
    let want = [
        ("name.family_name", E::Required),
        ("birth_date", E::BirthDateInFuture),
        ("gender", E::InvalidChoice),
        ("bsn", E::BsnChecksum),
        ("address.house_number", E::HouseNumberFormat),
        ("address.postcode", E::PostcodeLetters),
        ("email", E::EmailFormat),
        ("id_document.number", E::Required),
        ("id_document.expires_on", E::Required),
        ("housing.kind", E::Required),
        ("housing.monthly_rent", E::AmountFormat),
        ("languages[0].level", E::InvalidChoice),
        ("education[0].name", E::Required),
        (
            "education[0].completed_year",
            E::OutOfRange {
                min: 1900,
                max: 2025,
            },
        ),
        ("work_experience[1].until", E::EndBeforeStart),
        (
            "availability.hours_per_week",
            E::OutOfRange { min: 0, max: 60 },
        ),
        ("availability.days[1]", E::InvalidChoice),
        ("obstacles[0].kind", E::Required),
        ("career_wishes[0]", E::TooLong { max: 200 }),
        ("privacy_statement_explained_on", E::DateInFuture),
    ];
    for (field, error) in &want {
        assert!(
            errors.contains(field, error),
            "expected {field}: {error:?} in {errors:#?}"
        );
    }
    assert_eq!(
        errors.len(),
        want.len(),
        "no other errors than the expected ones: {errors:#?}"
    );
}

#[test]
fn empty_draft_lists_the_required_fields() {
    let errors = ResidentDraft::default()
        .validate(ResidentId::new(), today())
        .expect_err("an empty form cannot become a resident");
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "name.given_names",
            "name.family_name",
            "birth_date",
            "bsn",
            "address.street",
            "address.house_number",
            "address.postcode",
            "address.woonplaats",
        ],
        "exactly the required fields are reported, in form order"
    );
    assert!(
        errors.iter().all(|e| e.error == ValidationError::Required),
        "all as missing"
    );
}

#[test]
fn an_expired_id_document_is_not_an_error() {
    let mut draft = minimal_draft();
    draft.id_document = IdDocumentDraft {
        kind: s("passport"),
        number: s("NW1234567"),
        expires_on: s("01-01-2020"),
    };
    let r = draft
        .validate(ResidentId::new(), today())
        .expect("expiry is only a warning");
    assert_eq!(
        r.id_document.map(|doc| doc.expires_on),
        Some(d(2020, 1, 1)),
        "kept as shown"
    );
}

#[test]
fn draft_round_trip_gives_the_same_resident() {
    let r = full_resident();
    let draft = r.to_draft();
    assert_eq!(
        draft.gender.as_deref(),
        Some("male"),
        "choices are drafted as machine names"
    );
    assert_eq!(
        draft.birth_date.as_deref(),
        Some("1968-02-29"),
        "dates are drafted as ISO"
    );
    assert_eq!(
        draft.housing.monthly_rent.as_deref(),
        Some("1.234,56"),
        "rent in Dutch notation"
    );
    assert_eq!(
        draft.phone.as_deref(),
        Some("+31612345678"),
        "phone as stored"
    );
    assert_eq!(
        draft.validate(r.id, today()),
        Ok(r.clone()),
        "to_draft then validate is lossless"
    );
    assert_eq!(
        r.validate(today()),
        Ok(()),
        "a full resident passes its own rules"
    );
}

#[test]
fn resident_and_draft_serde() {
    let r = full_resident();
    let json = serde_json::to_value(&r).expect("a resident serializes");
    assert_eq!(
        json["bsn"], "111222333",
        "identifiers are stored as their normalised string"
    );
    assert_eq!(
        json["availability"]["days"],
        serde_json::json!(["mon", "thu"]),
        "weekday names"
    );
    let back: Resident = serde_json::from_value(json.clone()).expect("and loads again");
    assert_eq!(back, r, "a resident survives a JSON round trip");

    let mut unknown = json.clone();
    unknown["health"] = serde_json::json!("diabetes");
    assert!(
        serde_json::from_value::<Resident>(unknown).is_err(),
        "unknown fields are refused: health data must never hide inside a resident"
    );
    let mut bad_bsn = json;
    bad_bsn["bsn"] = serde_json::json!("123456789");
    assert!(
        serde_json::from_value::<Resident>(bad_bsn).is_err(),
        "a bad stored BSN fails"
    );

    let partial: ResidentDraft =
        serde_json::from_str(r#"{"name": {"given_names": "Jan"}, "bsn": "123456782"}"#)
            .expect("a half-filled draft loads");
    assert_eq!(
        partial.name.given_names.as_deref(),
        Some("Jan"),
        "present fields are read"
    );
    assert_eq!(partial.birth_date, None, "missing fields default to empty");
}

#[test]
fn age_counts_whole_years() {
    let r = full_resident(); // born 29-02-1968
    assert_eq!(
        r.age_on(d(2024, 2, 28)),
        55,
        "the day before a leap birthday"
    );
    assert_eq!(r.age_on(d(2024, 2, 29)), 56, "on the leap birthday");
    assert_eq!(
        r.age_on(d(2025, 2, 28)),
        56,
        "in a common year the birthday has not come yet"
    );
    assert_eq!(r.age_on(d(2025, 3, 1)), 57, "it counts from 1 March");
    assert_eq!(
        r.age_on(d(1960, 1, 1)),
        0,
        "before birth the age is 0, not a panic"
    );
}
