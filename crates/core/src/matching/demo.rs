//! Demo data for matching: the hand-made reference fixtures in assets/reference (not the
//! real ESCO or postcode data), fictitious employers and workplaces in and around Arnhem,
//! and search profiles for a few demo residents. For `werkpadctl demo-data`, demos and
//! tests that run without a server.

use chrono::{TimeZone, Utc};
use werkpad_domain::matching::{
    DemandLevel, EmployerDraft, Indication, MatchProfile, OccupationRef, SupportKind,
    WorkplaceDraft,
};
use werkpad_domain::reference::{
    Dataset, Occupation, ReferenceRelease, parse_isco_groups, parse_occupations, parse_pc4,
};
use werkpad_domain::{AddressDraft, MatchProfileId, Purpose, ResidentId};

use crate::demo::Rng;
use crate::error::{Result, StoreError};
use crate::store::Store;

/// The demo occupations (ESCO layout, made-up ids).
pub const DEMO_OCCUPATIONS: &str =
    include_str!("../../../../assets/reference/demo-occupations.csv");
/// Their ISCO-08 groups.
pub const DEMO_ISCO_GROUPS: &str =
    include_str!("../../../../assets/reference/demo-isco-groups.csv");
/// Postcode areas at fictitious positions around Arnhem.
pub const DEMO_PC4: &str = include_str!("../../../../assets/reference/demo-pc4.csv");

/// What [`populate_matching`] made.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct DemoMatching {
    /// Occupations installed.
    pub occupations: usize,
    /// Postcode areas installed.
    pub postcode_areas: usize,
    /// Employers stored.
    pub employers: usize,
    /// Workplaces stored.
    pub workplaces: usize,
    /// Search profiles stored.
    pub profiles: usize,
}

/// Install the demo reference data as a sync would (release "demo").
pub async fn install_demo_reference(store: &Store) -> Result<(usize, usize)> {
    let bad = |e: werkpad_domain::reference::ImportError| {
        StoreError::Io(std::io::Error::other(e.to_string()))
    };
    let occupations = parse_occupations(DEMO_OCCUPATIONS.as_bytes()).map_err(bad)?;
    let groups = parse_isco_groups(DEMO_ISCO_GROUPS.as_bytes()).map_err(bad)?;
    let areas = parse_pc4(DEMO_PC4.as_bytes()).map_err(bad)?;
    let at = Utc
        .with_ymd_and_hms(2026, 11, 1, 0, 0, 0)
        .single()
        .unwrap_or_else(Utc::now);
    let release = |dataset, n: usize, file: &str| {
        ReferenceRelease::new(
            dataset,
            "demo",
            at,
            u32::try_from(n).unwrap_or(u32::MAX),
            file.as_bytes(),
        )
    };
    store.matching().install_reference(&occupations).await?;
    store.matching().install_reference(&groups).await?;
    store.matching().install_reference(&areas).await?;
    store
        .matching()
        .install_reference(&[
            release(
                Dataset::EscoOccupations,
                occupations.len(),
                DEMO_OCCUPATIONS,
            ),
            release(Dataset::IscoGroups, groups.len(), DEMO_ISCO_GROUPS),
            release(Dataset::Pc4, areas.len(), DEMO_PC4),
        ])
        .await?;
    Ok((occupations.len(), areas.len()))
}

/// (employer, street, number, postcode, place, KvK)
const EMPLOYERS: [(&str, &str, &str, &str, &str, &str); 6] = [
    (
        "Logistiek Centrum Gelderland",
        "Westervoortsedijk",
        "73",
        "6827AV",
        "Arnhem",
        "09123456",
    ),
    (
        "Bakkerij De Korenschoof",
        "Steenstraat",
        "12",
        "6828CA",
        "Arnhem",
        "09234567",
    ),
    (
        "Groenbedrijf Veluwezoom",
        "Harderwijkerweg",
        "5",
        "6881BA",
        "Velp",
        "09345678",
    ),
    (
        "Schoonmaakbedrijf Rijnstad",
        "Industrieweg",
        "40",
        "6827AB",
        "Arnhem",
        "09456789",
    ),
    (
        "Werkbedrijf Rijn IJssel",
        "Bijsterhuizen",
        "3001",
        "6546AR",
        "Nijmegen",
        "09567890",
    ),
    (
        "Fietsenwerkplaats Presikhaaf",
        "Kastanjelaan",
        "20",
        "6828GL",
        "Arnhem",
        "09678901",
    ),
];

/// (employer index, title, kind, occupation label, hours, postcode, place, physical, places)
type DemoWorkplace = (
    usize,
    &'static str,
    &'static str,
    &'static str,
    u8,
    &'static str,
    &'static str,
    &'static str,
    u16,
);
const WORKPLACES: [DemoWorkplace; 9] = [
    (
        0,
        "Heftruckchauffeur dagdienst",
        "regulier",
        "heftruckchauffeur",
        32,
        "6827AV",
        "Arnhem",
        "middel",
        2,
    ),
    (
        0,
        "Orderpicker",
        "regulier",
        "orderpicker",
        24,
        "6827AV",
        "Arnhem",
        "zwaar",
        3,
    ),
    (
        0,
        "Leerwerkplek magazijn",
        "leerwerkplek",
        "magazijnmedewerker",
        20,
        "6827AV",
        "Arnhem",
        "middel",
        2,
    ),
    (
        1,
        "Hulp in de bakkerij",
        "aangepast",
        "bakker",
        16,
        "6828CA",
        "Arnhem",
        "middel",
        1,
    ),
    (
        1,
        "Verkoop in de winkel",
        "regulier",
        "verkoopmedewerker",
        20,
        "6828CA",
        "Arnhem",
        "licht",
        1,
    ),
    (
        2,
        "Medewerker groen",
        "beschut",
        "medewerker groenvoorziening",
        24,
        "6881BA",
        "Velp",
        "middel",
        4,
    ),
    (
        3,
        "Schoonmaker kantoren",
        "regulier",
        "schoonmaker",
        16,
        "6827AB",
        "Arnhem",
        "middel",
        3,
    ),
    (
        4,
        "Productiemedewerker inpak",
        "beschut",
        "inpakker",
        28,
        "6511AA",
        "Nijmegen",
        "licht",
        6,
    ),
    (
        5,
        "Fietsenmaker in opleiding",
        "leerwerkplek",
        "fietsenmaker",
        24,
        "6828GL",
        "Arnhem",
        "middel",
        1,
    ),
];

/// Install the demo reference data, store the demo employers and workplaces, and give
/// the first `profiles` of `residents` a search profile.
pub async fn populate_matching(
    store: &Store,
    residents: &[ResidentId],
    profiles: usize,
    seed: u64,
) -> Result<DemoMatching> {
    let (occupations, postcode_areas) = install_demo_reference(store).await?;
    let all = parse_occupations(DEMO_OCCUPATIONS.as_bytes())
        .map_err(|e| StoreError::Io(std::io::Error::other(e.to_string())))?;
    let by_label = |label: &str| all.iter().find(|o| o.label == label).map(reference);
    let mut made = DemoMatching {
        occupations,
        postcode_areas,
        ..DemoMatching::default()
    };
    let mut employer_ids = Vec::new();
    // Run twice, the demo employers are there once.
    let employers = if store.matching().employers().await?.is_empty() {
        EMPLOYERS.as_slice()
    } else {
        &[]
    };
    for &(name, street, number, postcode, place, kvk) in employers {
        let draft = EmployerDraft {
            name: Some(name.into()),
            kvk: Some(kvk.into()),
            address: AddressDraft {
                street: Some(street.into()),
                house_number: Some(number.into()),
                postcode: Some(postcode.into()),
                woonplaats: Some(place.into()),
                ..AddressDraft::default()
            },
            ..EmployerDraft::default()
        };
        employer_ids.push(store.matching().save_employer(None, &draft).await?.id);
        made.employers += 1;
    }
    for &(employer, title, kind, occupation, hours, postcode, place, physical, places) in
        WORKPLACES.iter().filter(|_| !employers.is_empty())
    {
        let draft = WorkplaceDraft {
            employer_id: employer_ids.get(employer).copied(),
            title: Some(title.into()),
            kind: Some(kind.into()),
            occupation: by_label(occupation),
            hours_per_week: Some(hours.to_string()),
            days: ["mon", "tue", "wed", "thu"].map(str::to_owned).to_vec(),
            postcode: Some(postcode.into()),
            place: Some(place.into()),
            physical_demand: Some(physical.into()),
            mental_demand: Some("licht".into()),
            support: vec!["extra_instruction".into()],
            places: Some(places.to_string()),
            open: true,
            ..WorkplaceDraft::default()
        };
        store.matching().save_workplace(None, &draft).await?;
        made.workplaces += 1;
    }
    let mut rng = Rng::new(seed);
    let with_profile: std::collections::HashSet<String> =
        sqlx::query_as::<_, (String,)>("SELECT resident_id FROM match_profiles")
            .fetch_all(store.pool())
            .await?
            .into_iter()
            .map(|(r,)| r)
            .collect();
    let mut w = store.writer(Purpose::Matching).await?;
    for resident in residents
        .iter()
        .filter(|r| !with_profile.contains(&r.to_string()))
        .take(profiles)
    {
        let pick = |rng: &mut Rng| {
            let i = usize::try_from(rng.below(all.len() as u64)).unwrap_or(0);
            reference(&all[i])
        };
        let mut profile = MatchProfile::new(MatchProfileId::new(), *resident);
        profile.wished_occupations = vec![pick(&mut rng)];
        profile.experience_occupations = vec![pick(&mut rng)];
        profile.physical_capacity = [DemandLevel::Licht, DemandLevel::Middel, DemandLevel::Zwaar]
            [usize::try_from(rng.below(3)).unwrap_or(0)];
        profile.mental_capacity = DemandLevel::Middel;
        if rng.below(4) == 0 {
            profile.indication = Some(Indication::BeschutWerk);
            profile.support_needed = vec![SupportKind::ExtraInstruction];
        }
        profile.max_travel_km = Some(25);
        w.put(&profile).await?;
        made.profiles += 1;
    }
    w.commit().await?;
    Ok(made)
}

fn reference(o: &Occupation) -> OccupationRef {
    OccupationRef {
        id: o.id,
        label: o.label.clone(),
        isco_group: o.isco_group.clone(),
    }
}
