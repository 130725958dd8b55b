//! Fictitious residents for tests, demos, screenshots and benchmarks: Dutch and international
//! names (with tussenvoegsels and diacritics), addresses in Arnhem (PC4 6811–6846), valid
//! but fictitious BSNs (elfproef), trajecten in every state, reports and appointments.
//! Deterministic for a seed, so a benchmark or screenshot is the same every run. Built on
//! the domain types only: the server's tests use it without building the desktop engine.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use werkpad_domain::{
    Address, Appointment, AppointmentId, AppointmentStatus, Availability, Bsn, EndReason, Gender,
    LanguageLevel, LanguageSkill, PersonName, Postcode, Purpose, Report, ReportId, ReportKind,
    Resident, ResidentId, StaffMember, Traject, TrajectId, TrajectState,
};

const GIVEN: &[&str] = &[
    "Jan",
    "Fatima",
    "Mohamed",
    "Sanne",
    "Çağlar",
    "Anouk",
    "Pieter",
    "Nguyễn Văn",
    "Aisha",
    "Dewi",
    "Kees",
    "Yusuf",
    "Marieke",
    "Joëlle",
    "Bram",
    "Zeynep",
    "Thijs",
    "Noor",
    "Ahmed",
    "Ilse",
    "Rachid",
    "Femke",
    "Dragan",
    "Ewa",
    "Lotte",
    "Kofi",
    "Chantal",
    "Sem",
    "Mila",
    "René",
];
const FAMILY: &[(&str, Option<&str>)] = &[
    ("Berg", Some("van den")),
    ("Öztürk", None),
    ("Vries", Some("de")),
    ("Jansen", None),
    ("El Amrani", None),
    ("Hondt-van der Meer", Some("d'")),
    ("An", None),
    ("Bakker", None),
    ("Visser", None),
    ("Dijk", Some("van")),
    ("Yılmaz", None),
    ("Smit", None),
    ("Meulen", Some("ter")),
    ("Boer", Some("de")),
    ("Kowalski", None),
    ("Mulder", None),
    ("Bouzid", None),
    ("Hoek", Some("van der")),
    ("Mensah", None),
    ("Brouwer", None),
];
const STREETS: &[&str] = &[
    "Steenstraat",
    "Rijnkade",
    "Velperweg",
    "Amsterdamseweg",
    "Hommelseweg",
    "Kronenburgsingel",
    "Presikhaafweg",
    "Thomas a Kempislaan",
    "Sonsbeeksingel",
    "Klarendalseweg",
    "Geitenkamp",
    "Vredenburgweg",
    "Johan de Wittlaan",
    "Huissensestraat",
];
const NOTES: &[&str] = &[
    "Kennismakingsgesprek gevoerd. Inwoner is gemotiveerd om te starten.",
    "Werkbezoek bij de werkgever. Inwoner voelt zich op zijn plek.",
    "Telefonisch contact: afspraak verzet wegens ziekte van een kind.",
    "CV samen bijgewerkt. Volgende stap: twee sollicitaties versturen.",
    "Gesprek over vervoer naar het werk: OV-abonnement aangevraagd.",
];

/// A small deterministic generator (SplitMix64): demo data needs variety, not security.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// Seeded generator.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }
    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    /// One of `items`, uniformly (items must not be empty).
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[usize::try_from(self.below(items.len() as u64)).unwrap_or(0)]
    }
}

/// A random BSN that passes the elfproef (fictitious: not checked against any register).
pub fn fake_bsn(rng: &mut Rng) -> Bsn {
    loop {
        let mut digits = [0u32; 9];
        digits[0] = 1 + u32::try_from(rng.below(9)).unwrap_or(0);
        for d in digits.iter_mut().take(8).skip(1) {
            *d = u32::try_from(rng.below(10)).unwrap_or(0);
        }
        let sum: u32 = digits[..8]
            .iter()
            .zip((2..=9).rev())
            .map(|(d, w)| d * w)
            .sum();
        let check = sum % 11;
        if check <= 9 {
            digits[8] = check;
            let s: String = digits
                .iter()
                .map(|d| char::from_digit(*d, 10).unwrap_or('0'))
                .collect();
            if let Ok(bsn) = Bsn::parse(&s) {
                return bsn;
            }
        }
    }
}

/// One fictitious resident with everything around them (and no health data: demo data
/// stays out of the special category).
#[derive(Debug, Clone)]
pub struct DemoCase {
    /// The resident.
    pub resident: Resident,
    /// Their traject, moved on to a random state.
    pub traject: Traject,
    /// A few reports.
    pub reports: Vec<Report>,
    /// One upcoming appointment.
    pub appointments: Vec<Appointment>,
}

/// Make the `index`-th demo case for `coach`, as of `today`.
pub fn case(rng: &mut Rng, coach: &StaffMember, today: NaiveDate) -> DemoCase {
    let (family, tussen) = *rng.pick(FAMILY);
    let given = *rng.pick(GIVEN);
    let birth_date =
        today - Duration::days(365 * 18 + i64::try_from(rng.below(365 * 47)).unwrap_or(0));
    let pc_digits = 6811 + rng.below(36);
    let letters: Vec<char> = ('A'..='Z')
        .filter(|c| !matches!(c, 'F' | 'I' | 'O' | 'Q' | 'U' | 'Y'))
        .collect();
    let postcode = loop {
        let a = *rng.pick(&letters);
        let b = *rng.pick(&letters);
        if let Ok(pc) = Postcode::parse(&format!("{pc_digits}{a}{b}")) {
            break pc;
        }
    };
    let id = ResidentId::new();
    let resident = Resident {
        id,
        name: PersonName {
            initials: Some(format!("{}.", given.chars().next().unwrap_or('X'))),
            given_names: given.to_owned(),
            tussenvoegsel: tussen.map(str::to_owned),
            family_name: family.to_owned(),
            preferred_name: None,
        },
        birth_date,
        gender: *rng.pick(&[Gender::Female, Gender::Male, Gender::Other, Gender::Unknown]),
        bsn: fake_bsn(rng),
        address: Address {
            street: rng.pick(STREETS).to_string(),
            house_number: (1 + rng.below(180)).to_string(),
            house_number_addition: None,
            postcode,
            woonplaats: "Arnhem".to_owned(),
        },
        phone: None,
        email: None,
        id_document: None,
        marital_status: None,
        nationality: Some("Nederlandse".to_owned()),
        verblijfstitel: None,
        housing: None,
        languages: vec![LanguageSkill {
            language: "Nederlands".to_owned(),
            level: LanguageLevel::B1,
        }],
        education: Vec::new(),
        work_experience: Vec::new(),
        availability: Availability {
            hours_per_week: Some(u8::try_from(8 + rng.below(29)).unwrap_or(24)),
            days: Vec::new(),
            available_from: None,
            notes: None,
        },
        obstacles: Vec::new(),
        motivation: Some("Wil graag weer aan het werk.".to_owned()),
        career_wishes: vec!["Magazijnmedewerker".to_owned()],
        privacy_statement_explained_on: Some(today),
    };
    let started_on = today - Duration::days(i64::try_from(rng.below(700)).unwrap_or(0));
    let mut traject = Traject::new(
        TrajectId::new(),
        id,
        coach.clone(),
        started_on,
        vec![Purpose::Guidance, Purpose::Matching],
    );
    let target = *rng.pick(&[
        TrajectState::Aangemeld,
        TrajectState::Intake,
        TrajectState::Actief,
        TrajectState::Actief,
        TrajectState::Geplaatst,
        TrajectState::Nazorg,
        TrajectState::Ended,
    ]);
    if target == TrajectState::Ended {
        let reason = *rng.pick(&[EndReason::Beeindigd, EndReason::Geweigerd]);
        let _ = traject.end(
            reason,
            today,
            coach.clone(),
            "Traject afgerond (demo).".to_owned(),
        );
    } else {
        for step in target.path_from_start() {
            let _ = traject.transition(step, started_on, coach.clone(), None);
        }
    }
    let reports = (0..1 + rng.below(3))
        .map(|i| Report {
            id: ReportId::new(),
            resident_id: id,
            traject_id: Some(traject.id),
            written_at: DateTime::<Utc>::from_naive_utc_and_offset(
                started_on.and_time(NaiveTime::MIN)
                    + Duration::days(i64::try_from(i * 14).unwrap_or(0)),
                Utc,
            ),
            author: coach.clone(),
            kind: ReportKind::Conversation,
            text: rng.pick(NOTES).to_string(),
        })
        .collect();
    let start = (today + Duration::days(1 + i64::try_from(rng.below(20)).unwrap_or(0))).and_time(
        NaiveTime::from_hms_opt(9 + u32::try_from(rng.below(8)).unwrap_or(0), 0, 0)
            .unwrap_or(NaiveTime::MIN),
    );
    let appointments = vec![Appointment {
        id: AppointmentId::new(),
        resident_id: id,
        starts_at: start,
        ends_at: start + Duration::minutes(45),
        location: Some("Stadskantoor Arnhem".to_owned()),
        subject: "Voortgangsgesprek".to_owned(),
        status: AppointmentStatus::Planned,
    }];
    DemoCase {
        resident,
        traject,
        reports,
        appointments,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fake_bsns_pass_the_elfproef() {
        let mut rng = Rng::new(7);
        for _ in 0..1000 {
            let bsn = fake_bsn(&mut rng);
            assert!(
                Bsn::parse(bsn.as_str()).is_ok(),
                "{} must pass the elfproef",
                bsn.as_str()
            );
        }
    }

    #[test]
    fn same_seed_same_people() {
        let coach = StaffMember {
            id: werkpad_domain::StaffId::new(),
            name: "Coach".into(),
        };
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).expect("valid date");
        let a = case(&mut Rng::new(1), &coach, today);
        let b = case(&mut Rng::new(1), &coach, today);
        assert_eq!(a.resident.bsn, b.resident.bsn, "deterministic per seed");
        assert_eq!(a.resident.name, b.resident.name);
    }
}
