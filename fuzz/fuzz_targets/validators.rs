//! The validators: every identifier parser, dates, amounts and staff names on each piece of
//! the input, and the resident, employer and workplace drafts built from the pieces (split
//! at U+001F), as a form would send them. A value that passes must be in its normal form
//! and parse back to itself; a draft that passes must give a record that passes the record
//! rules, the sync document check and the draft round trip.

#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use werkpad_domain::matching::{EmployerContactDraft, EmployerDraft, WorkplaceDraft};
use werkpad_domain::sync::check_document;
use werkpad_domain::validate::{format_amount_cents, parse_amount_cents};
use werkpad_domain::{
    AddressDraft, AvailabilityDraft, Bsn, EducationDraft, Email, EmployerId, EntityKind,
    HousingDraft, Iban, IdDocumentDraft, KvkNumber, LanguageSkillDraft, Loonheffingennummer,
    ObstacleDraft, PersonNameDraft, PhoneNumber, Postcode, ResidentDraft, ResidentId, StaffId,
    StaffMember, VerblijfstitelDraft, WorkExperienceDraft, WorkplaceId, format_date, parse_date,
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 15).expect("a date")
}

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

fn scalars(p: &str) {
    if let Ok(bsn) = Bsn::parse(p) {
        assert!(elfproef(bsn.as_str()), "{bsn}");
        assert_eq!(Bsn::parse(bsn.as_str()).as_ref(), Ok(&bsn));
    }
    if let Ok(pc) = Postcode::parse(p) {
        assert_eq!(pc.as_str().len(), 6);
        assert_eq!(Postcode::parse(&pc.to_string()).as_ref(), Ok(&pc));
    }
    if let Ok(iban) = Iban::parse(p) {
        assert!(iban.as_str().starts_with("NL") && iban.as_str().len() == 18);
        assert_eq!(Iban::parse(&iban.to_string()).as_ref(), Ok(&iban));
    }
    if let Ok(k) = KvkNumber::parse(p) {
        assert_eq!(KvkNumber::parse(k.as_str()).as_ref(), Ok(&k));
    }
    if let Ok(l) = Loonheffingennummer::parse(p) {
        assert!(elfproef(&l.as_str()[..9]));
        assert_eq!(Loonheffingennummer::parse(l.as_str()).as_ref(), Ok(&l));
    }
    if let Ok(e) = Email::parse(p) {
        assert_eq!(Email::parse(e.as_str()).as_ref(), Ok(&e));
    }
    if let Ok(ph) = PhoneNumber::parse(p) {
        assert_eq!(PhoneNumber::parse(ph.as_str()).as_ref(), Ok(&ph));
        assert_eq!(PhoneNumber::parse(&ph.to_string()).as_ref(), Ok(&ph));
    }
    if let Ok(d) = parse_date(p) {
        assert_eq!(parse_date(&format_date(d)), Ok(d));
    }
    if let Ok(c) = parse_amount_cents(p) {
        assert!(c >= 0);
        assert_eq!(parse_amount_cents(&format_amount_cents(c)), Ok(c));
    }
    if let Ok(s) = StaffMember::new(StaffId::new(), p) {
        assert_eq!(s.name, p.trim());
    }
}

/// The pieces as form fields: piece `i`, if there is one.
struct Pieces<'a>(Vec<&'a str>);

impl Pieces<'_> {
    fn get(&self, i: usize) -> Option<String> {
        self.0.get(i).map(|s| (*s).to_owned())
    }
    fn list(&self, i: usize) -> Vec<String> {
        self.0
            .get(i)
            .map(|s| s.split(';').map(str::to_owned).collect())
            .unwrap_or_default()
    }
    fn address(&self, i: usize) -> AddressDraft {
        AddressDraft {
            street: self.get(i),
            house_number: self.get(i + 1),
            house_number_addition: self.get(i + 2),
            postcode: self.get(i + 3),
            woonplaats: self.get(i + 4),
        }
    }
}

fn resident(p: &Pieces<'_>) -> ResidentDraft {
    let pairs = |i: usize| -> Vec<(Option<String>, Option<String>)> {
        p.list(i)
            .into_iter()
            .map(|s| match s.split_once(':') {
                Some((a, b)) => (Some(a.to_owned()), Some(b.to_owned())),
                None => (Some(s), None),
            })
            .collect()
    };
    ResidentDraft {
        name: PersonNameDraft {
            initials: p.get(0),
            given_names: p.get(1),
            tussenvoegsel: p.get(2),
            family_name: p.get(3),
            preferred_name: p.get(4),
        },
        birth_date: p.get(5),
        gender: p.get(6),
        bsn: p.get(7),
        address: p.address(8),
        phone: p.get(13),
        email: p.get(14),
        id_document: IdDocumentDraft {
            kind: p.get(15),
            number: p.get(16),
            expires_on: p.get(17),
        },
        marital_status: p.get(18),
        nationality: p.get(19),
        verblijfstitel: VerblijfstitelDraft {
            kind: p.get(20),
            expires_on: p.get(21),
        },
        housing: HousingDraft {
            kind: p.get(22),
            monthly_rent: p.get(23),
            landlord: p.get(24),
        },
        languages: pairs(25)
            .into_iter()
            .map(|(language, level)| LanguageSkillDraft { language, level })
            .collect(),
        education: pairs(26)
            .into_iter()
            .map(|(name, completed_year)| EducationDraft {
                name,
                institution: None,
                level: None,
                diploma: true,
                completed_year,
            })
            .collect(),
        work_experience: pairs(27)
            .into_iter()
            .map(|(occupation, from)| WorkExperienceDraft {
                occupation,
                employer: None,
                from,
                until: p.get(28),
                description: None,
            })
            .collect(),
        availability: AvailabilityDraft {
            hours_per_week: p.get(29),
            days: p.list(30),
            available_from: p.get(31),
            notes: None,
        },
        obstacles: pairs(32)
            .into_iter()
            .map(|(kind, description)| ObstacleDraft { kind, description })
            .collect(),
        motivation: p.get(33),
        career_wishes: p.list(34),
        privacy_statement_explained_on: p.get(35),
    }
}

fn drafts(p: &Pieces<'_>) {
    let id = ResidentId::new();
    if let Ok(r) = resident(p).validate(id, today()) {
        assert_eq!(r.validate(today()), Ok(()));
        let doc = serde_json::to_value(&r).expect("serialisable");
        assert!(
            check_document(
                EntityKind::Resident,
                &doc,
                id.as_uuid(),
                Some(id.as_uuid()),
                today()
            )
            .is_ok()
        );
        assert_eq!(r.to_draft().validate(id, today()), Ok(r));
    }
    let eid = EmployerId::new();
    let employer = EmployerDraft {
        name: p.get(0),
        kvk: p.get(1),
        loonheffingennummer: p.get(2),
        address: p.address(3),
        contacts: vec![EmployerContactDraft {
            name: p.get(8),
            role: p.get(9),
            phone: p.get(10),
            email: p.get(11),
        }],
        notes: p.get(12),
    };
    if let Ok(e) = employer.validate(eid) {
        assert_eq!(e.validate(), Ok(()));
        let doc = serde_json::to_value(&e).expect("serialisable");
        assert!(check_document(EntityKind::Employer, &doc, eid.into(), None, today()).is_ok());
        assert_eq!(e.to_draft().validate(eid), Ok(e));
    }
    let wid = WorkplaceId::new();
    let workplace = WorkplaceDraft {
        employer_id: Some(eid),
        title: p.get(0),
        kind: p.get(1),
        occupation: None,
        tasks: p.get(2),
        hours_per_week: p.get(3),
        days: p.list(4),
        postcode: p.get(5),
        place: p.get(6),
        physical_demand: p.get(7),
        mental_demand: p.get(8),
        support: p.list(9),
        dutch_level: p.get(10),
        start_date: p.get(11),
        places: p.get(12),
        open: true,
    };
    if let Ok(w) = workplace.validate(wid) {
        assert_eq!(w.validate(), Ok(()));
        let doc = serde_json::to_value(&w).expect("serialisable");
        assert!(check_document(EntityKind::Workplace, &doc, wid.into(), None, today()).is_ok());
        assert_eq!(w.to_draft().validate(wid), Ok(w));
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let pieces = Pieces(text.split('\u{1f}').collect());
    for p in &pieces.0 {
        scalars(p);
    }
    drafts(&pieces);
});
