//! Matching benchmarks on synthetic data (a fixed seed, so every run sees the same data):
//! - rank 10,000 workplaces for one resident (goal: at most 10 ms on a slow 2-core laptop);
//! - rank 5,000 residents for one workplace;
//! - the reasons of the top 20 matches (built only when a coach looks at them).
//!
//! Prints the approximate memory of the loaded index and facts (size_of × len plus heap).
//! Run: `cargo bench -p werkpad-domain --bench matching`.

use std::hint::black_box;
use std::mem::size_of;

use chrono::{NaiveDate, Weekday};
use criterion::{Criterion, criterion_group, criterion_main};
use uuid::Uuid;
use werkpad_domain::matching::{
    DemandLevel, Indication, Match, MatchIndex, MatchProfile, OccupationRef, ResidentFacts,
    SupportKind, TravelOverride, Workplace, WorkplaceFacts, WorkplaceKind, rank_residents,
    rank_workplaces,
};
use werkpad_domain::{
    Address, Availability, Bsn, EmployerId, Gender, LanguageLevel, LanguageSkill, MatchProfileId,
    PersonName, Postcode, Resident, ResidentId, WorkplaceId,
};

const WORKPLACES: usize = 10_000;
const RESIDENTS: usize = 5_000;
const OCCUPATIONS: usize = 3_000;
const ISCO_GROUPS: u16 = 430;

/// A small deterministic generator (SplitMix64): the same data on every run, no
/// dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).expect("below n fits usize")
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

struct Data {
    index: MatchIndex,
    occupations: Vec<OccupationRef>,
    pc4s: Vec<u16>,
}

fn data(rng: &mut Rng) -> Data {
    // Every PC4 number gets a point inside the Netherlands' bounding box.
    let pc4s: Vec<u16> = (1000..=9999).collect();
    let index = MatchIndex::from_centroids(
        pc4s.iter()
            .map(|&pc4| (pc4, 50.75 + rng.unit() * 2.8, 3.35 + rng.unit() * 3.9))
            .collect::<Vec<_>>(),
    );
    let occupations = (0..OCCUPATIONS)
        .map(|i| OccupationRef {
            id: Uuid::from_u128(u128::from(rng.next())),
            label: format!("beroep {i}"),
            isco_group: format!("{:04}", 1000 + (rng.next() % u64::from(ISCO_GROUPS)) * 20),
        })
        .collect();
    Data {
        index,
        occupations,
        pc4s,
    }
}

fn postcode(pc4: u16) -> Postcode {
    Postcode::parse(&format!("{pc4}AB")).expect("a valid postcode")
}

fn days(rng: &mut Rng) -> Vec<Weekday> {
    [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ]
    .into_iter()
    .filter(|_| rng.below(5) > 0)
    .collect()
}

const LEVELS: [DemandLevel; 3] = [DemandLevel::Licht, DemandLevel::Middel, DemandLevel::Zwaar];
const KINDS: [WorkplaceKind; 4] = [
    WorkplaceKind::Regulier,
    WorkplaceKind::Regulier,
    WorkplaceKind::Aangepast,
    WorkplaceKind::Beschut,
];

fn workplace(rng: &mut Rng, d: &Data) -> Workplace {
    Workplace {
        id: WorkplaceId::new(),
        employer_id: EmployerId::new(),
        title: "Medewerker".into(),
        kind: rng.pick(&KINDS),
        occupation: Some(d.occupations[rng.below(d.occupations.len())].clone()),
        tasks: None,
        hours_per_week: 8 + u8::try_from(rng.below(33)).expect("small"),
        days: days(rng),
        postcode: postcode(rng.pick(&d.pc4s)),
        place: "Plaats".into(),
        physical_demand: rng.pick(&LEVELS),
        mental_demand: rng.pick(&LEVELS),
        support: vec![SupportKind::Buddy, SupportKind::ExtraInstruction],
        dutch_level: Some(LanguageLevel::A2),
        start_date: None,
        places: 2,
        open: rng.below(10) > 0,
        qualifications: Vec::new(),
    }
}

fn resident_facts(rng: &mut Rng, d: &Data, workplaces: &[Workplace]) -> ResidentFacts {
    let id = ResidentId::new();
    let resident = Resident {
        id,
        name: PersonName {
            initials: None,
            given_names: "Test".into(),
            tussenvoegsel: None,
            family_name: "Inwoner".into(),
            preferred_name: None,
        },
        birth_date: NaiveDate::from_ymd_opt(1985, 1, 1).expect("a date"),
        gender: Gender::Unknown,
        bsn: Bsn::parse("123456782").expect("a valid BSN"),
        address: Address {
            street: "Straat".into(),
            house_number: "1".into(),
            house_number_addition: None,
            postcode: postcode(rng.pick(&d.pc4s)),
            woonplaats: "Plaats".into(),
        },
        phone: None,
        email: None,
        id_document: None,
        marital_status: None,
        nationality: None,
        verblijfstitel: None,
        housing: None,
        languages: vec![LanguageSkill {
            language: "Nederlands".into(),
            level: LanguageLevel::B1,
        }],
        education: Vec::new(),
        work_experience: Vec::new(),
        availability: Availability {
            hours_per_week: Some(16 + u8::try_from(rng.below(25)).expect("small")),
            days: days(rng),
            available_from: None,
            notes: None,
        },
        obstacles: Vec::new(),
        motivation: None,
        career_wishes: Vec::new(),
        privacy_statement_explained_on: None,
    };
    let mut occupations = |n| {
        (0..n)
            .map(|_| d.occupations[rng.below(d.occupations.len())].clone())
            .collect::<Vec<_>>()
    };
    let profile = MatchProfile {
        wished_occupations: occupations(3),
        experience_occupations: occupations(5),
        indication: (rng.below(4) == 0).then_some(Indication::BeschutWerk),
        physical_capacity: rng.pick(&LEVELS),
        mental_capacity: rng.pick(&LEVELS),
        support_needed: vec![SupportKind::Buddy],
        // No travel limit: every workplace competes on score, the costliest sort.
        max_travel_km: None,
        travel_overrides: (0..3)
            .map(|_| TravelOverride {
                workplace_id: workplaces[rng.below(workplaces.len())].id,
                minutes: 30,
            })
            .collect(),
        ..MatchProfile::new(MatchProfileId::new(), id)
    };
    ResidentFacts::new(&resident, &profile)
}

fn kib(bytes: usize) -> f64 {
    bytes as f64 / 1024.0
}

fn bench(c: &mut Criterion) {
    let mut rng = Rng(2026);
    let d = data(&mut rng);
    let workplaces: Vec<Workplace> = (0..WORKPLACES).map(|_| workplace(&mut rng, &d)).collect();
    let workplace_facts: Vec<WorkplaceFacts> = workplaces
        .iter()
        .map(|w| WorkplaceFacts::new(w, u16::try_from(rng.below(2)).expect("0 or 1")))
        .collect();
    let residents: Vec<ResidentFacts> = (0..RESIDENTS)
        .map(|_| resident_facts(&mut rng, &d, &workplaces))
        .collect();
    let one = &residents[0];

    let index_bytes = size_of::<MatchIndex>() + d.index.heap_bytes();
    let workplace_bytes = size_of::<WorkplaceFacts>() * workplace_facts.len();
    let resident_bytes: usize = residents
        .iter()
        .map(|r| size_of::<ResidentFacts>() + r.heap_bytes())
        .sum();
    eprintln!(
        "memory: index {:.0} KiB ({} areas); {} workplace facts {:.0} KiB ({} B each); \
         {} resident facts {:.0} KiB ({} B each + occupations); one ranking result \
         {:.0} KiB ({} B per match)",
        kib(index_bytes),
        d.index.len(),
        workplace_facts.len(),
        kib(workplace_bytes),
        size_of::<WorkplaceFacts>(),
        residents.len(),
        kib(resident_bytes),
        size_of::<ResidentFacts>(),
        kib(size_of::<Match>() * WORKPLACES),
        size_of::<Match>(),
    );
    let ranked = rank_workplaces(one, &workplace_facts, &d.index);
    let excluded = ranked.iter().filter(|m| m.excluded).count();
    eprintln!(
        "check: {} matches, {excluded} excluded, best score {}",
        ranked.len(),
        ranked[0].score
    );

    let mut g = c.benchmark_group("matching");
    g.bench_function("rank 10,000 workplaces for one resident", |b| {
        b.iter(|| rank_workplaces(black_box(one), black_box(&workplace_facts), &d.index));
    });
    g.bench_function("rank 5,000 residents for one workplace", |b| {
        b.iter(|| {
            rank_residents(
                black_box(&workplace_facts[0]),
                black_box(&residents),
                &d.index,
            )
        });
    });
    g.bench_function("reasons of the top 20 matches", |b| {
        b.iter(|| {
            ranked[..20]
                .iter()
                .map(|m| m.reasons().len())
                .sum::<usize>()
        });
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
