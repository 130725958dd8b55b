//! Property tests of the validators (issue 21): every parser and draft validator over
//! generated input, typed answers only, never a panic. Beyond "no panic", what is cheap and
//! true: a value that passes is in its normal form and parses back to itself; a BSN that
//! passes has 9 digits and passes the 11-proof; a draft that passes gives a record that
//! passes the record rules, the sync document check and the draft round trip.
//!
//! Seeded: `WERKPAD_PROP_SEED` (default 21) and `PROPTEST_CASES` (default 512 per
//! property) make a run repeat; RELIABILITY.md has the long run's command. The same
//! surfaces are fuzzed with cargo-fuzz in fuzz/ (target `validators`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use werkpad_domain::matching::{
    DemandLevel, EmployerContactDraft, EmployerDraft, SupportKind, WorkplaceDraft, WorkplaceKind,
};
use werkpad_domain::sync::check_document;
use werkpad_domain::validate::{format_amount_cents, parse_amount_cents};
use werkpad_domain::{
    AddressDraft, AvailabilityDraft, Bsn, Choice, EducationDraft, Email, EmployerId, EntityKind,
    Gender, HousingDraft, HousingKind, Iban, IdDocumentDraft, IdDocumentKind, KvkNumber,
    LanguageLevel, LanguageSkillDraft, Loonheffingennummer, MaritalStatus, ObstacleDraft,
    ObstacleKind, PersonNameDraft, PhoneNumber, Postcode, ResidentDraft, ResidentId, StaffId,
    StaffMember, VerblijfstitelDraft, WorkExperienceDraft, WorkplaceId, format_date, parse_date,
    validate_birth_date, validate_period,
};

/// The run's config: a fixed seed unless `WERKPAD_PROP_SEED` says otherwise, `cases` per
/// property unless `PROPTEST_CASES` does; failures are not persisted (a counterexample
/// becomes a named regression test instead).
fn config(cases: u32) -> Config {
    let seed = std::env::var("WERKPAD_PROP_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(21);
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        ..Config::default()
    }
}

/// The form people read (`Display`), which must parse back.
fn shown(value: &impl std::fmt::Display) -> String {
    value.to_string()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 15).unwrap()
}

/// The 11-proof, written out again here (not the crate's own) so the test can disagree.
fn elfproef(nine: &str) -> bool {
    let b = nine.as_bytes();
    if b.len() != 9 || !b.iter().all(u8::is_ascii_digit) || b.iter().all(|&c| c == b'0') {
        return false;
    }
    let sum: i64 = b
        .iter()
        .zip([9, 8, 7, 6, 5, 4, 3, 2, -1])
        .map(|(&c, w)| i64::from(c - b'0') * w)
        .sum();
    sum % 11 == 0
}

/// Nine digits that pass the 11-proof, built from eight random ones (none when the check
/// digit would have to be 10).
fn valid_bsn() -> impl Strategy<Value = String> {
    proptest::collection::vec(0u8..10, 8).prop_filter_map("check digit 10", |d| {
        let sum: i64 = d
            .iter()
            .zip([9i64, 8, 7, 6, 5, 4, 3, 2])
            .map(|(&x, w)| i64::from(x) * w)
            .sum();
        let check = sum % 11;
        let s: String = d
            .iter()
            .map(|x| char::from(b'0' + x))
            .chain(std::iter::once(char::from(
                b'0' + u8::try_from(check).ok()?,
            )))
            .collect();
        (check < 10 && elfproef(&s)).then_some(s)
    })
}

/// A Dutch IBAN with correct check digits: bank code, ten digits.
fn valid_iban() -> impl Strategy<Value = String> {
    ("[A-Z]{4}", "[0-9]{10}").prop_map(|(bank, account)| {
        let bban = format!("{bank}{account}");
        let rearranged = format!("{bban}NL00");
        let rem = rearranged.bytes().fold(0u32, |rem, b| {
            let v = if b.is_ascii_digit() {
                u32::from(b - b'0')
            } else {
                u32::from(b - b'A') + 10
            };
            if v >= 10 {
                (rem * 100 + v) % 97
            } else {
                (rem * 10 + v) % 97
            }
        });
        format!("NL{:02}{bban}", 98 - rem)
    })
}

/// A real date in years 1000..=9999.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    (1000i32..=9999, 1u32..=12, 1u32..=31)
        .prop_filter_map("no such day", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

/// Text as people and files send it: any Unicode, printable ASCII, digits and separators,
/// and long runs near the text limits.
fn messy() -> BoxedStrategy<String> {
    prop_oneof![
        3 => any::<String>(),
        3 => "[ -~]{0,24}",
        3 => "[0-9 .,+()/€-]{0,20}",
        1 => "[a-zA-Zà-ÿ'ĳ \\t\\n]{0,30}",
        1 => (0usize..3, 195usize..206).prop_map(|(c, n)| ["a", "é", "𝔘"][c].repeat(n)),
        1 => (0usize..2, 3995usize..4006).prop_map(|(c, n)| ["b", "ë"][c].repeat(n)),
    ]
    .boxed()
}

/// How a generated form is filled in: `clean` forms use only values that pass (so the
/// properties of a passing draft are exercised often); the others mix in values that
/// break rules, messy text, blanks and missing fields.
#[derive(Debug, Clone, Copy)]
struct Form {
    clean: bool,
}

impl Form {
    /// A field that has a value in a clean form.
    fn f(self, valid: &[&str], odd: &[&str]) -> BoxedStrategy<Option<String>> {
        let valid = strs(valid);
        if self.clean {
            return select(valid).prop_map(Some).boxed();
        }
        let all: Vec<String> = valid.into_iter().chain(strs(odd)).collect();
        prop_oneof![
            6 => select(all).prop_map(Some),
            2 => messy().prop_map(Some),
            1 => Just(None),
            1 => Just(Some("  ".to_owned())),
        ]
        .boxed()
    }

    /// A field a clean form may leave out.
    fn opt(self, valid: &[&str], odd: &[&str]) -> BoxedStrategy<Option<String>> {
        if self.clean {
            prop_oneof![Just(None), self.f(valid, odd)].boxed()
        } else {
            self.f(valid, odd)
        }
    }

    fn choice<T: Choice>(self) -> BoxedStrategy<Option<String>> {
        let names: Vec<String> = T::all().iter().map(|c| c.as_str().to_owned()).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        self.f(&names, &["", "Male", "onbekend_"])
    }

    /// A group of fields that a clean form fills in whole or leaves out whole.
    fn group<T: std::fmt::Debug + Clone + Default + 'static>(
        self,
        filled: impl Strategy<Value = T> + 'static,
    ) -> BoxedStrategy<T> {
        if self.clean {
            prop_oneof![Just(T::default()), filled].boxed()
        } else {
            filled.boxed()
        }
    }

    fn list<T: std::fmt::Debug>(
        self,
        item: impl Strategy<Value = T> + 'static,
    ) -> BoxedStrategy<Vec<T>> {
        proptest::collection::vec(item, 0..3).boxed()
    }

    fn days(self) -> BoxedStrategy<Vec<String>> {
        let day = select(strs(&["mon", "tue", "wed", "thu", "fri", "sat", "sun"]));
        if self.clean {
            return proptest::collection::vec(day, 0..4)
                .prop_map(|mut d| {
                    d.sort();
                    d.dedup();
                    d
                })
                .boxed();
        }
        proptest::collection::vec(prop_oneof![4 => day, 1 => messy()], 0..4).boxed()
    }
}

fn strs(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| (*s).to_owned()).collect()
}

const PAST: &[&str] = &["17-05-1990", "1990-05-17", "29-02-1968", "1-1-1900"];
const ODD_DATES: &[&str] = &[
    "31-12-1899",
    "16-06-2026",
    "31-02-2024",
    "2026-13-01",
    "15/06/2026",
];
const ANY_DATE: &[&str] = &["01-07-2026", "2030-01-31", "29-02-2024"];

fn address(form: Form) -> impl Strategy<Value = AddressDraft> {
    (
        form.f(&["Stationsplein", "Velperweg", "'s-Gravenweg"], &[]),
        form.f(&["12", "101", "1"], &[]),
        form.opt(&["A", "bis", "-2"], &[]),
        form.f(
            &["6811 KL", "6811kl", "1234AB", "9999 zz"],
            &["1234 SA", "0123AB"],
        ),
        form.f(&["Arnhem", "'s-Hertogenbosch", "IJsselstein"], &[]),
    )
        .prop_map(
            |(street, house_number, house_number_addition, postcode, woonplaats)| AddressDraft {
                street,
                house_number,
                house_number_addition,
                postcode,
                woonplaats,
            },
        )
}

fn resident_draft(form: Form) -> impl Strategy<Value = ResidentDraft> {
    let name = (
        form.opt(&["J.P.", "A."], &[]),
        form.f(&["Fatima", "Johannes Pieter", "Nguyễn Văn"], &[]),
        form.opt(&["van der", "el", "'t"], &[]),
        form.f(&["Amrani", "Berg", "An"], &[]),
        form.opt(&["Jan"], &[]),
    )
        .prop_map(
            |(initials, given_names, tussenvoegsel, family_name, preferred_name)| PersonNameDraft {
                initials,
                given_names,
                tussenvoegsel,
                family_name,
                preferred_name,
            },
        );
    let bsn = if form.clean {
        valid_bsn().prop_map(Some).boxed()
    } else {
        prop_oneof![
            4 => valid_bsn().prop_map(Some),
            1 => form.f(&["1234 56 782", "12345672"], &["123456789", "000000000"]),
        ]
        .boxed()
    };
    let contact = (
        form.opt(
            &[
                "0612345678",
                "+31 6 12345678",
                "020-1234567",
                "+48 601 234 567",
            ],
            &["06-1234567a", "+999 1234 5678"],
        ),
        form.opt(
            &["jan@example.nl", "Jan@Example.NL"],
            &["jan@localhost", "@x.nl"],
        ),
    );
    let documents = (
        form.group(
            (
                form.choice::<IdDocumentKind>(),
                form.f(&["IX1234567"], &["NX12"]),
                form.f(ANY_DATE, ODD_DATES),
            )
                .prop_map(|(kind, number, expires_on)| IdDocumentDraft {
                    kind,
                    number,
                    expires_on,
                }),
        ),
        form.group(
            (
                form.f(&["regulier onbepaalde tijd"], &[]),
                form.opt(ANY_DATE, ODD_DATES),
            )
                .prop_map(|(kind, expires_on)| VerblijfstitelDraft { kind, expires_on }),
        ),
        form.group(
            (
                form.choice::<HousingKind>(),
                form.opt(
                    &["725,00", "1.234,56", "650,-"],
                    &["-5", "99999999999999999999", "12.50"],
                ),
                form.opt(&["Vivare"], &[]),
            )
                .prop_map(|(kind, monthly_rent, landlord)| HousingDraft {
                    kind,
                    monthly_rent,
                    landlord,
                }),
        ),
    );
    let lists = (
        form.list(
            (
                form.f(&["Nederlands", "Arabisch"], &[]),
                form.choice::<LanguageLevel>(),
            )
                .prop_map(|(language, level)| LanguageSkillDraft { language, level }),
        ),
        form.list(
            (
                form.f(&["Mbo Logistiek"], &[]),
                form.opt(&["Rijn IJssel"], &[]),
                form.opt(&["mbo 2"], &[]),
                any::<bool>(),
                form.opt(&["1987", "2026"], &["2027", "1899", "-1", "99999999999"]),
            )
                .prop_map(|(name, institution, level, diploma, completed_year)| {
                    EducationDraft {
                        name,
                        institution,
                        level,
                        diploma,
                        completed_year,
                    }
                }),
        ),
        form.list(
            (
                form.f(&["Orderpicker"], &[]),
                form.opt(&["DC Oost"], &[]),
                form.opt(&["01-03-2010", "2001-01-01"], ODD_DATES),
                form.opt(&["29-02-2020", "2026-06-01"], ODD_DATES),
                form.opt(&["Ploegendienst"], &[]),
            )
                .prop_map(|(occupation, employer, from, until, description)| {
                    WorkExperienceDraft {
                        occupation,
                        employer,
                        from,
                        until,
                        description,
                    }
                }),
        ),
        form.list(
            (
                form.choice::<ObstacleKind>(),
                form.opt(&["Zorgt voor moeder"], &[]),
            )
                .prop_map(|(kind, description)| ObstacleDraft { kind, description }),
        ),
    );
    let rest = (
        (
            form.opt(&["32", "0", "40"], &["61", "-1", "1e3"]),
            form.days(),
            form.opt(ANY_DATE, ODD_DATES),
            form.opt(&["Niet op woensdag"], &[]),
        )
            .prop_map(
                |(hours_per_week, days, available_from, notes)| AvailabilityDraft {
                    hours_per_week,
                    days,
                    available_from,
                    notes,
                },
            ),
        form.opt(&["Wil graag weer aan het werk"], &[]),
        form.list(
            form.f(&["Magazijnmedewerker", "Chauffeur"], &[])
                .prop_map(Option::unwrap_or_default),
        ),
        form.opt(&["02-06-2026", "2026-06-15"], ODD_DATES),
        if form.clean {
            prop_oneof![Just(None), form.choice::<MaritalStatus>()].boxed()
        } else {
            form.choice::<MaritalStatus>()
        },
        form.opt(&["Nederlandse"], &[]),
    );
    let gender = if form.clean {
        prop_oneof![Just(None), form.choice::<Gender>()].boxed()
    } else {
        form.choice::<Gender>()
    };
    (
        name,
        form.f(PAST, ODD_DATES),
        gender,
        bsn,
        address(form),
        contact,
        documents,
        lists,
        rest,
    )
        .prop_map(
            |(
                name,
                birth_date,
                gender,
                bsn,
                address,
                (phone, email),
                (id_document, verblijfstitel, housing),
                (languages, education, work_experience, obstacles),
                (
                    availability,
                    motivation,
                    career_wishes,
                    privacy_statement_explained_on,
                    marital_status,
                    nationality,
                ),
            )| ResidentDraft {
                name,
                birth_date,
                gender,
                bsn,
                address,
                phone,
                email,
                id_document,
                marital_status,
                nationality,
                verblijfstitel,
                housing,
                languages,
                education,
                work_experience,
                availability,
                obstacles,
                motivation,
                career_wishes,
                privacy_statement_explained_on,
            },
        )
}

fn employer_draft(form: Form) -> impl Strategy<Value = EmployerDraft> {
    (
        form.f(&["Bakkerij De Korenschoof", "Distributiecentrum Oost"], &[]),
        form.opt(&["12345678", "1234 5678"], &["1234567", "1234567a"]),
        form.opt(
            &["123456782L01", "123456782l01"],
            &["123456789L01", "123456782X01"],
        ),
        address(form),
        form.list(
            (
                form.f(&["Ahmed Yilmaz"], &[]),
                form.opt(&["Teamleider"], &[]),
                form.opt(&["0612345678"], &["12"]),
                form.opt(&["ahmed@example.nl"], &["ahmed@"]),
            )
                .prop_map(|(name, role, phone, email)| EmployerContactDraft {
                    name,
                    role,
                    phone,
                    email,
                }),
        ),
        form.opt(&["vraag naar Ahmed"], &[]),
    )
        .prop_map(
            |(name, kvk, loonheffingennummer, address, contacts, notes)| EmployerDraft {
                name,
                kvk,
                loonheffingennummer,
                address,
                contacts,
                notes,
            },
        )
}

fn workplace_draft(form: Form) -> impl Strategy<Value = WorkplaceDraft> {
    let support: Vec<String> = SupportKind::all()
        .iter()
        .map(|c| c.as_str().to_owned())
        .collect();
    (
        (
            if form.clean {
                Just(Some(EmployerId::new())).boxed()
            } else {
                prop_oneof![4 => Just(Some(EmployerId::new())), 1 => Just(None)].boxed()
            },
            form.f(&["Magazijnmedewerker"], &[]),
            form.choice::<WorkplaceKind>(),
            form.opt(&["Orders verzamelen"], &[]),
            form.f(&["1", "32", "60"], &["61", "0", "256", "-3"]),
            form.days(),
        ),
        (
            form.f(&["6811 KL", "1234ab"], &["1234 SS", "0000AA"]),
            form.f(&["Arnhem"], &[]),
            form.choice::<DemandLevel>(),
            form.choice::<DemandLevel>(),
            proptest::collection::vec(
                if form.clean {
                    select(support).boxed()
                } else {
                    prop_oneof![3 => select(support), 1 => messy()].boxed()
                },
                0..4,
            ),
            form.opt(&["b1", "a2"], &["B1", "c3"]),
            form.opt(ANY_DATE, ODD_DATES),
            form.opt(&["1", "999"], &["1000", "0", "65536"]),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                (employer_id, title, kind, tasks, hours_per_week, days),
                (
                    postcode,
                    place,
                    physical_demand,
                    mental_demand,
                    support,
                    dutch_level,
                    start_date,
                    places,
                    open,
                ),
            )| WorkplaceDraft {
                employer_id,
                title,
                kind,
                occupation: None,
                tasks,
                hours_per_week,
                days,
                postcode,
                place,
                physical_demand,
                mental_demand,
                support,
                dutch_level,
                start_date,
                places,
                open,
                qualifications: vec!["VCA  Basis".into(), " ".into(), "vca basis".into()],
            },
        )
}

fn any_form() -> impl Strategy<Value = Form> {
    any::<bool>().prop_map(|clean| Form { clean })
}

/// The properties of a passing draft are not vacuous: most clean forms pass.
#[test]
fn clean_forms_mostly_pass() {
    let mut runner = TestRunner::new(config(64));
    let form = Form { clean: true };
    let (mut residents, mut employers, mut workplaces) = (0, 0, 0);
    for _ in 0..64 {
        let r = resident_draft(form)
            .new_tree(&mut runner)
            .unwrap()
            .current();
        residents += usize::from(r.validate(ResidentId::new(), today()).is_ok());
        let e = employer_draft(form)
            .new_tree(&mut runner)
            .unwrap()
            .current();
        employers += usize::from(e.validate(EmployerId::new()).is_ok());
        let w = workplace_draft(form)
            .new_tree(&mut runner)
            .unwrap()
            .current();
        workplaces += usize::from(w.validate(WorkplaceId::new()).is_ok());
    }
    assert!(
        residents > 32 && employers > 32 && workplaces > 32,
        "passing clean forms of 64: residents {residents}, employers {employers}, workplaces {workplaces}"
    );
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn a_bsn_that_passes_is_nine_digits_passing_the_11_proof(input in messy()) {
        if let Ok(bsn) = Bsn::parse(&input) {
            prop_assert!(elfproef(bsn.as_str()), "{:?} passed as {}", input, bsn);
            prop_assert_eq!(Bsn::parse(bsn.as_str()), Ok(bsn.clone()), "the stored form parses to itself");
            let json = serde_json::to_string(&bsn).unwrap();
            prop_assert_eq!(serde_json::from_str::<Bsn>(&json).ok(), Some(bsn));
        }
    }

    #[test]
    fn every_bsn_passing_the_11_proof_is_accepted_however_it_is_grouped(
        digits in valid_bsn(),
        seps in proptest::collection::vec(select(vec!["", " ", ".", "  "]), 9),
    ) {
        let typed: String = digits.chars().zip(&seps).flat_map(|(c, s)| std::iter::once(c).chain(s.chars())).collect();
        let bsn = Bsn::parse(&typed);
        prop_assert_eq!(bsn.as_ref().map(Bsn::as_str), Ok(digits.as_str()), "{:?}", typed);
    }

    #[test]
    fn a_bsn_failing_the_11_proof_is_refused(digits in "[0-9]{9}") {
        prop_assert_eq!(Bsn::parse(&digits).is_ok(), elfproef(&digits));
    }

    #[test]
    fn postcodes_are_normal_and_round_trip(input in prop_oneof!["[0-9]{4} *-? *[a-zA-Z]{2}", messy()]) {
        if let Ok(pc) = Postcode::parse(&input) {
            let b = pc.as_str().as_bytes();
            prop_assert!(b.len() == 6 && (b'1'..=b'9').contains(&b[0]) && b[1..4].iter().all(u8::is_ascii_digit) && b[4..].iter().all(u8::is_ascii_uppercase), "{}", pc.as_str());
            prop_assert!(!["SA", "SD", "SS"].contains(&&pc.as_str()[4..]));
            prop_assert_eq!(Postcode::parse(&shown(&pc)), Ok(pc.clone()), "what is shown parses back");
        }
    }

    #[test]
    fn ibans_are_normal_and_round_trip(input in prop_oneof![valid_iban(), "[nN][lL][0-9]{2}[ A-Za-z0-9]{0,18}", messy()]) {
        if let Ok(iban) = Iban::parse(&input) {
            prop_assert_eq!(iban.as_str().len(), 18);
            prop_assert!(iban.as_str().starts_with("NL"));
            prop_assert_eq!(Iban::parse(&shown(&iban)), Ok(iban.clone()), "grouped by four parses back");
        }
    }

    #[test]
    fn every_correct_dutch_iban_is_accepted(iban in valid_iban()) {
        let lower = iban.to_lowercase();
        prop_assert_eq!(Iban::parse(&lower).map(String::from), Ok(iban));
    }

    #[test]
    fn kvk_and_loonheffingennummers_round_trip(
        kvk in prop_oneof!["[0-9 ]{6,10}", messy()],
        lh in prop_oneof![valid_bsn().prop_map(|b| format!("{b}l01")), "[0-9]{9}[lL][0-9]{2}", messy()],
    ) {
        if let Ok(k) = KvkNumber::parse(&kvk) {
            prop_assert!(k.as_str().len() == 8 && k.as_str().bytes().all(|b| b.is_ascii_digit()));
            prop_assert_eq!(KvkNumber::parse(&shown(&k)), Ok(k.clone()));
        }
        if let Ok(l) = Loonheffingennummer::parse(&lh) {
            prop_assert!(elfproef(&l.as_str()[..9]), "{}", l.as_str());
            prop_assert_eq!(Loonheffingennummer::parse(l.as_str()), Ok(l.clone()));
        }
    }

    #[test]
    fn emails_and_phone_numbers_parse_to_themselves(
        email in prop_oneof!["[a-zA-Z.+]{1,8}@[a-zA-Z-]{1,8}(\\.[a-zA-Z-]{0,4}){0,3}", messy()],
        phone in prop_oneof![
            "(\\+31|0031|0)[ (]?0?\\)?[1-9][0-9 -]{7,10}",
            "(\\+|00)[1-9][0-9]{0,2} ?(\\(0\\) ?)?[0-9]{2,6}[ -]?[0-9]{2,10}",
            "[1-9][0-9 -]{6,16}",
            messy(),
        ],
    ) {
        if let Ok(e) = Email::parse(&email) {
            prop_assert_eq!(Email::parse(e.as_str()), Ok(e.clone()));
        }
        if let Ok(p) = PhoneNumber::parse(&phone) {
            let s = p.as_str();
            let digits = s.strip_prefix('+').unwrap_or_default();
            prop_assert!((8..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()), "{:?} stored as {}: E.164 has 8 to 15 digits after +", phone, s);
            prop_assert!(digits.starts_with(p.country_code()), "{}: the country code {} begins it", s, p.country_code());
            if p.country_code() == "31" {
                prop_assert_eq!(digits.len(), 11, "{}: a Dutch number has 9 digits after +31", s);
            }
            prop_assert_eq!(PhoneNumber::parse(s), Ok(p.clone()), "the stored E.164 form parses to itself");
            prop_assert_eq!(PhoneNumber::parse(&shown(&p)), Ok(p.clone()), "what is shown parses back");
            let compact: String = phone.chars().filter(|c| !" -.()".contains(*c)).collect();
            if !compact.starts_with('+') && !compact.starts_with("00") {
                prop_assert_eq!(p.country_code(), "31", "{:?} has no + or 00, so it passes only as Dutch", phone);
            }
        }
    }

    #[test]
    fn dates_round_trip(input in prop_oneof!["[0-9]{1,4}-[0-9]{1,2}-[0-9]{1,4}", messy()], date in any_date()) {
        if let Ok(d) = parse_date(&input) {
            prop_assert_eq!(parse_date(&format_date(d)), Ok(d));
        }
        prop_assert_eq!(parse_date(&format_date(date)), Ok(date), "what we show, we read back");
        prop_assert_eq!(parse_date(&date.format("%Y-%m-%d").to_string()), Ok(date));
        let _ = validate_birth_date(date, today());
        prop_assert_eq!(validate_period(date, Some(date)), Ok(()));
    }

    #[test]
    fn amounts_round_trip(
        input in prop_oneof!["(€ ?|EUR ?)?[0-9.]{0,24}(,[0-9-]{0,3})?", messy()],
        cents in 0i64..=i64::MAX,
    ) {
        if let Ok(c) = parse_amount_cents(&input) {
            prop_assert!(c >= 0, "{:?} gave {}", input, c);
            prop_assert_eq!(parse_amount_cents(&format_amount_cents(c)), Ok(c));
        }
        prop_assert_eq!(parse_amount_cents(&format_amount_cents(cents)), Ok(cents));
        let _ = format_amount_cents(-cents);
    }

    #[test]
    fn staff_names_are_trimmed_and_bounded(name in messy()) {
        if let Ok(staff) = StaffMember::new(StaffId::new(), name.clone()) {
            prop_assert_eq!(staff.name.as_str(), name.trim());
            prop_assert!(staff.is_named());
            prop_assert!(staff.name.chars().count() <= 200);
        }
    }

    #[test]
    fn a_resident_draft_that_passes_gives_a_record_that_passes_everywhere(draft in any_form().prop_flat_map(resident_draft)) {
        let id = ResidentId::new();
        match draft.validate(id, today()) {
            Ok(r) => {
                prop_assert_eq!(r.validate(today()), Ok(()), "the record rules agree with the draft's");
                let doc = serde_json::to_value(&r).unwrap();
                let checked = check_document(EntityKind::Resident, &doc, id.as_uuid(), Some(id.as_uuid()), today());
                prop_assert!(checked.is_ok(), "the server's document check agrees: {:?}", checked);
                prop_assert_eq!(r.to_draft().validate(id, today()), Ok(r), "the draft round trip");
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                prop_assert!(errors.iter().all(|e| !e.field.is_empty()), "every error names its field: {:?}", errors);
            }
        }
    }

    #[test]
    fn an_employer_draft_that_passes_gives_a_record_that_passes_everywhere(draft in any_form().prop_flat_map(employer_draft)) {
        let id = EmployerId::new();
        match draft.validate(id) {
            Ok(e) => {
                prop_assert_eq!(e.validate(), Ok(()));
                let doc = serde_json::to_value(&e).unwrap();
                let checked = check_document(EntityKind::Employer, &doc, id.into(), None, today());
                prop_assert!(checked.is_ok(), "{:?}", checked);
                prop_assert_eq!(e.to_draft().validate(id), Ok(e));
            }
            Err(errors) => prop_assert!(errors.iter().all(|e| !e.field.is_empty())),
        }
    }

    #[test]
    fn a_workplace_draft_that_passes_gives_a_record_that_passes_everywhere(draft in any_form().prop_flat_map(workplace_draft)) {
        let id = WorkplaceId::new();
        match draft.validate(id) {
            Ok(w) => {
                prop_assert_eq!(w.validate(), Ok(()));
                let doc = serde_json::to_value(&w).unwrap();
                let checked = check_document(EntityKind::Workplace, &doc, id.into(), None, today());
                prop_assert!(checked.is_ok(), "{:?}", checked);
                prop_assert_eq!(w.to_draft().validate(id), Ok(w));
            }
            Err(errors) => prop_assert!(errors.iter().all(|e| !e.field.is_empty())),
        }
    }
}
