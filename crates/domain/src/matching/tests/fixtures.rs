//! Builders for the matching tests: real-looking residents, profiles and workplaces
//! around Arnhem, and an index of real PC4 centroids (rounded).

use chrono::{NaiveDate, Weekday};
use uuid::Uuid;

use crate::ids::{EmployerId, MatchProfileId, ResidentId, WorkplaceId};
use crate::matching::{
    DaySet, DemandLevel, Indication, MatchIndex, MatchProfile, MatchReason, OccupationRef,
    ResidentFacts, SupportKind, SupportSet, TravelOverride, Workplace, WorkplaceFacts,
    WorkplaceKind, score_pair,
};
use crate::resident::{
    Address, Availability, Gender, LanguageLevel, LanguageSkill, PersonName, Resident,
};
use crate::validate::{Bsn, Postcode};

pub(crate) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("test dates exist")
}

/// PC4 centroids (WGS84, rounded) of the places the tests use.
pub(crate) const ARNHEM_CENTRUM: u16 = 6811;
pub(crate) const ARNHEM_ONDER_DE_LINDEN: u16 = 6824;
pub(crate) const DUIVEN: u16 = 6921;
pub(crate) const EDE: u16 = 6711;
pub(crate) const AMERSFOORT: u16 = 3811;
/// A PC4 area the index does not know.
pub(crate) const UNKNOWN_AREA: u16 = 9999;

pub(crate) fn index() -> MatchIndex {
    MatchIndex::from_centroids([
        (ARNHEM_CENTRUM, 51.9800, 5.9110),
        (ARNHEM_ONDER_DE_LINDEN, 51.9870, 5.9400),
        (DUIVEN, 51.9470, 6.0160),
        (EDE, 52.0400, 5.6640),
        (AMERSFOORT, 52.1560, 5.3870),
    ])
}

pub(crate) fn postcode(pc4: u16) -> Postcode {
    Postcode::parse(&format!("{pc4}AB")).expect("a valid postcode")
}

/// An ESCO-like occupation with a fixed id per label.
pub(crate) fn occupation(n: u128, label: &str, isco: &str) -> OccupationRef {
    OccupationRef {
        id: Uuid::from_u128(n),
        label: label.into(),
        isco_group: isco.into(),
    }
}

pub(crate) fn forklift() -> OccupationRef {
    occupation(1, "heftruckchauffeur", "8344")
}
pub(crate) fn reach_truck() -> OccupationRef {
    occupation(2, "reachtruckchauffeur", "8344")
}
pub(crate) fn crane_operator() -> OccupationRef {
    occupation(3, "kraanmachinist", "8343")
}
pub(crate) fn baker() -> OccupationRef {
    occupation(4, "bakker", "7512")
}
pub(crate) fn cook() -> OccupationRef {
    occupation(5, "kok", "5120")
}

const WEEKDAYS: [Weekday; 5] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
];

/// A resident in Arnhem who can work 32 hours, Monday to Friday, with Dutch at B1.
pub(crate) fn resident() -> Resident {
    Resident {
        id: ResidentId::new(),
        name: PersonName {
            initials: None,
            given_names: "Samira".into(),
            tussenvoegsel: None,
            family_name: "Jansen".into(),
            preferred_name: None,
        },
        birth_date: d(1988, 3, 14),
        gender: Gender::Female,
        bsn: Bsn::parse("123456782").expect("a valid BSN"),
        address: Address {
            street: "Jansbuitensingel".into(),
            house_number: "7".into(),
            house_number_addition: None,
            postcode: postcode(ARNHEM_CENTRUM),
            woonplaats: "Arnhem".into(),
        },
        phone: None,
        email: None,
        id_document: None,
        marital_status: None,
        nationality: None,
        verblijfstitel: None,
        housing: None,
        languages: vec![
            LanguageSkill {
                language: "Arabisch".into(),
                level: LanguageLevel::Native,
            },
            LanguageSkill {
                language: " nederlands ".into(),
                level: LanguageLevel::B1,
            },
        ],
        education: Vec::new(),
        work_experience: Vec::new(),
        availability: Availability {
            hours_per_week: Some(32),
            days: WEEKDAYS.to_vec(),
            available_from: None,
            notes: None,
        },
        obstacles: Vec::new(),
        motivation: None,
        career_wishes: Vec::new(),
        privacy_statement_explained_on: None,
    }
}

/// The resident's profile: wishes to drive a forklift, can do medium work, no indication.
pub(crate) fn profile(resident: &Resident) -> MatchProfile {
    MatchProfile {
        wished_occupations: vec![forklift()],
        physical_capacity: DemandLevel::Middel,
        mental_capacity: DemandLevel::Middel,
        ..MatchProfile::new(MatchProfileId::new(), resident.id)
    }
}

pub(crate) fn facts(resident: &Resident, profile: &MatchProfile) -> ResidentFacts {
    ResidentFacts::new(resident, profile)
}

/// A regular, open, 32-hour Monday-to-Friday workplace of medium demand at `pc4`.
pub(crate) fn workplace(title: &str, pc4: u16, occupation: Option<OccupationRef>) -> Workplace {
    Workplace {
        id: WorkplaceId::new(),
        employer_id: EmployerId::new(),
        title: title.into(),
        kind: WorkplaceKind::Regulier,
        occupation,
        tasks: None,
        hours_per_week: 32,
        days: WEEKDAYS.to_vec(),
        postcode: postcode(pc4),
        place: "Arnhem".into(),
        physical_demand: DemandLevel::Middel,
        mental_demand: DemandLevel::Licht,
        support: Vec::new(),
        dutch_level: Some(LanguageLevel::A2),
        start_date: None,
        places: 1,
        open: true,
        qualifications: Vec::new(),
    }
}

pub(crate) fn wf(workplace: &Workplace) -> WorkplaceFacts {
    WorkplaceFacts::new(workplace, 0)
}

/// The reason ids of `reasons`, in order.
pub(crate) fn ids(reasons: &[MatchReason]) -> Vec<&str> {
    reasons.iter().map(|r| r.reason.id.as_str()).collect()
}

/// The reason with `id`, or a panic listing what there was.
pub(crate) fn reason<'a>(reasons: &'a [MatchReason], id: &str) -> &'a MatchReason {
    reasons
        .iter()
        .find(|r| r.reason.id == id)
        .unwrap_or_else(|| panic!("no reason {id} in {:?}", ids(reasons)))
}

/// Reasons from cases that between them reach every reason id (for the locale check).
pub(crate) fn reason_samples() -> Vec<MatchReason> {
    let index = index();
    let r = resident();
    let p = profile(&r);
    let base = facts(&r, &p);
    let mut out = Vec::new();
    let mut add = |res: &ResidentFacts, w: &WorkplaceFacts| {
        out.extend(score_pair(res, w, &index).reasons());
    };
    let near = wf(&workplace(
        "Heftruck",
        ARNHEM_ONDER_DE_LINDEN,
        Some(forklift()),
    ));
    add(&base, &near);

    let mut lacking = base.clone();
    lacking.hours_per_week = Some(24);
    lacking.days = Some(DaySet::of(&[Weekday::Mon]));
    lacking.dutch = Some(LanguageLevel::A1);
    lacking.experience = vec![(&reach_truck()).into()];
    lacking.wished.clear();
    lacking.support_needed = SupportSet::of(&[SupportKind::Buddy]);
    lacking.physical_capacity = DemandLevel::Licht;
    lacking.mental_capacity = DemandLevel::Licht;
    lacking.indication = Some(Indication::BeschutWerk);
    let mut w = near;
    w.mental_demand = DemandLevel::Middel;
    add(&lacking, &w);
    lacking.experience = vec![(&forklift()).into()];
    add(&lacking, &w);

    let mut unknown = base.clone();
    unknown.hours_per_week = None;
    unknown.days = None;
    unknown.dutch = None;
    unknown.pc4 = UNKNOWN_AREA;
    unknown.indication = None;
    unknown.support_needed = SupportSet::of(&[SupportKind::Buddy]);
    let mut w2 = wf(&workplace("Kraan", EDE, Some(crane_operator())));
    w2.kind = WorkplaceKind::Aangepast;
    w2.support = SupportSet::of(&[SupportKind::Buddy]);
    add(&unknown, &w2);
    w2.occupation = None;
    w2.days = DaySet::default();
    w2.dutch_level = None;
    add(&unknown, &w2);
    w2.occupation = Some((&cook()).into());
    add(&base, &w2);

    let mut empty = base.clone();
    empty.wished.clear();
    empty.max_travel_km = Some(5);
    let mut far = wf(&workplace("Bakkerij", AMERSFOORT, Some(baker())));
    far.kind = WorkplaceKind::Beschut;
    far.filled = 1;
    far.open = false;
    far.physical_demand = DemandLevel::Zwaar;
    far.mental_demand = DemandLevel::Zwaar;
    empty.physical_capacity = DemandLevel::Licht;
    empty.mental_capacity = DemandLevel::Licht;
    add(&empty, &far);

    let mut coached = base;
    coached.travel_overrides = vec![TravelOverride {
        workplace_id: far.workplace_id,
        minutes: 25,
    }];
    coached.dutch = Some(LanguageLevel::Native);
    coached.indication = Some(Indication::BeschutWerk);
    far.dutch_level = Some(LanguageLevel::B2);
    far.open = true;
    far.filled = 0;
    add(&coached, &far);
    out
}
