//! Each score component on its own: points, effect and the reason's arguments.

use std::collections::BTreeMap;

use rstest::rstest;

use super::fixtures::*;
use crate::matching::{
    DemandLevel, ExplainedMatch, Indication, MatchComponent, MatchEffect, WorkplaceFacts,
    WorkplaceKind, score_pair,
};
use crate::resident::LanguageLevel;

fn args(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[test]
fn hours_short_of_the_need_are_a_minus_with_both_numbers() {
    let r = resident();
    let mut r_facts = facts(&r, &profile(&r));
    r_facts.hours_per_week = Some(24);
    let w = workplace("Heftruck", ARNHEM_CENTRUM, Some(forklift()));
    let m = score_pair(&r_facts, &wf(&w), &index());
    let hours = reason(&m.reasons(), "match-hours").clone();
    assert_eq!(
        hours.reason.args,
        args(&[("available", "24"), ("needed", "32")]),
        "shown as 'beschikbaar 24 van 32 uur'"
    );
    assert_eq!(
        (hours.effect, hours.points),
        (MatchEffect::Minus, 11),
        "24 of 32 hours earns three quarters of 15, rounded down"
    );
}

#[rstest]
#[case::equal(
    DemandLevel::Middel,
    DemandLevel::Middel,
    7,
    false,
    "match-physical-ok"
)]
#[case::lighter(DemandLevel::Licht, DemandLevel::Zwaar, 7, false, "match-physical-ok")]
#[case::one_above(
    DemandLevel::Middel,
    DemandLevel::Licht,
    2,
    false,
    "match-physical-above"
)]
#[case::two_above(
    DemandLevel::Zwaar,
    DemandLevel::Licht,
    0,
    true,
    "match-excluded-physical"
)]
fn physical_demand_against_capacity(
    #[case] demand: DemandLevel,
    #[case] capacity: DemandLevel,
    #[case] points: u8,
    #[case] excluded: bool,
    #[case] id: &str,
) {
    let r = resident();
    let mut p = profile(&r);
    p.physical_capacity = capacity;
    let mut w = workplace("Magazijn", ARNHEM_CENTRUM, Some(forklift()));
    w.physical_demand = demand;
    let m = score_pair(&facts(&r, &p), &wf(&w), &index());
    assert_eq!(
        m.breakdown.points_of(MatchComponent::Physical),
        points,
        "{demand:?} work for {capacity:?} capacity"
    );
    assert_eq!(
        m.excluded, excluded,
        "only zwaar against licht rules a match out"
    );
    assert_eq!(
        reason(&m.reasons(), id).component,
        Some(MatchComponent::Physical),
        "the reason belongs to the physical component"
    );
}

#[rstest]
#[case::no_minimum(None, Some(LanguageLevel::A1), 5, "match-dutch-not-required")]
#[case::native(
    Some(LanguageLevel::C1),
    Some(LanguageLevel::Native),
    5,
    "match-dutch-ok"
)]
#[case::enough(Some(LanguageLevel::B1), Some(LanguageLevel::B2), 5, "match-dutch-ok")]
#[case::one_below(
    Some(LanguageLevel::B1),
    Some(LanguageLevel::A2),
    2,
    "match-dutch-below"
)]
#[case::far_below(
    Some(LanguageLevel::B2),
    Some(LanguageLevel::A1),
    0,
    "match-dutch-below"
)]
#[case::unknown(Some(LanguageLevel::A2), None, 2, "match-dutch-unknown")]
fn dutch_level_against_the_minimum(
    #[case] required: Option<LanguageLevel>,
    #[case] level: Option<LanguageLevel>,
    #[case] points: u8,
    #[case] id: &str,
) {
    let r = resident();
    let mut r_facts = facts(&r, &profile(&r));
    r_facts.dutch = level;
    let mut w = workplace("Heftruck", ARNHEM_CENTRUM, Some(forklift()));
    w.dutch_level = required;
    let m = score_pair(&r_facts, &wf(&w), &index());
    assert_eq!(
        m.breakdown.points_of(MatchComponent::Dutch),
        points,
        "{level:?} against a minimum of {required:?}"
    );
    assert!(ids(&m.reasons()).contains(&id), "{id} explains it");
}

#[test]
fn taken_places_and_closed_workplaces_are_excluded() {
    let r = resident();
    let r_facts = facts(&r, &profile(&r));
    let mut w = workplace("Heftruck", ARNHEM_CENTRUM, Some(forklift()));
    w.places = 2;
    let m = score_pair(&r_facts, &WorkplaceFacts::new(&w, 2), &index());
    assert_eq!(
        reason(&m.reasons(), "match-excluded-no-places").reason.args,
        args(&[("places", "2")]),
        "both places are taken by active placements"
    );
    w.open = false;
    let m = score_pair(&r_facts, &WorkplaceFacts::new(&w, 1), &index());
    assert_eq!(
        ids(&m.reasons())[..1],
        ["match-excluded-closed"],
        "a closed workplace is excluded even with a free place"
    );
}

#[test]
fn an_unknown_postcode_area_gives_no_distance_and_half_the_travel_points() {
    let r = resident();
    let w = workplace("Heftruck", UNKNOWN_AREA, Some(forklift()));
    let mut p = profile(&r);
    p.max_travel_km = Some(5);
    let m = score_pair(&facts(&r, &p), &wf(&w), &index());
    assert_eq!(m.distance_m, None, "no guess when a centroid is missing");
    assert!(!m.excluded, "an unknown distance is not beyond the limit");
    let reasons = m.reasons();
    let travel = reason(&reasons, "match-travel-unknown");
    assert_eq!(
        (travel.points, travel.effect),
        (7, MatchEffect::Neutral),
        "missing data earns about half, neither winning nor burying the match"
    );
}

#[test]
fn an_explained_match_serializes_for_the_ui() {
    let r = resident();
    let w = workplace("Heftruck", ARNHEM_CENTRUM, Some(forklift()));
    let explained = score_pair(&facts(&r, &profile(&r)), &wf(&w), &index()).explain();
    let json = serde_json::to_value(&explained).expect("an explained match serializes");
    assert_eq!(
        json["reasons"][0]["component"], "occupation",
        "components use their machine names"
    );
    assert_eq!(
        json["reasons"][0]["effect"], "plus",
        "effects are snake_case codes"
    );
    assert_eq!(
        json["reasons"][0]["reason"]["id"], "match-occupation-wish",
        "the reason is a Fluent id the UI translates"
    );
    let back: ExplainedMatch = serde_json::from_value(json).expect("and loads again");
    assert_eq!(back, explained, "an explained match survives a round trip");
}

#[rstest]
#[case::regular(WorkplaceKind::Regulier, None, 3, MatchEffect::Plus, "match-kind-fits")]
#[case::regular_banenafspraak(
    WorkplaceKind::Regulier,
    Some(Indication::Banenafspraak),
    3,
    MatchEffect::Plus,
    "match-kind-fits"
)]
#[case::regular_beschut(
    WorkplaceKind::Regulier,
    Some(Indication::BeschutWerk),
    1,
    MatchEffect::Minus,
    "match-kind-regular-with-beschut-indication"
)]
#[case::adapted(
    WorkplaceKind::Aangepast,
    Some(Indication::Banenafspraak),
    3,
    MatchEffect::Plus,
    "match-kind-fits"
)]
#[case::adapted_no_indication(
    WorkplaceKind::Aangepast,
    None,
    2,
    MatchEffect::Neutral,
    "match-kind-aangepast-without-indication"
)]
#[case::learn_work(
    WorkplaceKind::Leerwerkplek,
    None,
    3,
    MatchEffect::Plus,
    "match-kind-fits"
)]
#[case::beschut_banenafspraak(
    WorkplaceKind::Beschut,
    Some(Indication::Banenafspraak),
    0,
    MatchEffect::Exclusion,
    "match-excluded-no-beschut-indication"
)]
fn kind_of_workplace_against_the_indication(
    #[case] kind: WorkplaceKind,
    #[case] indication: Option<Indication>,
    #[case] points: u8,
    #[case] effect: MatchEffect,
    #[case] id: &str,
) {
    let r = resident();
    let mut p = profile(&r);
    p.indication = indication;
    let mut w = workplace("Magazijn", ARNHEM_CENTRUM, Some(forklift()));
    w.kind = kind;
    let m = score_pair(&facts(&r, &p), &wf(&w), &index());
    let reasons = m.reasons();
    let got = reason(&reasons, id);
    assert_eq!(
        (got.points, got.effect),
        (points, effect),
        "{kind:?} workplace for a resident with {indication:?}"
    );
    assert_eq!(
        m.excluded,
        effect == MatchEffect::Exclusion,
        "only beschut werk without its own indication is excluded"
    );
}

#[rstest]
#[case::same_area(0, "0")]
#[case::rounds_to_tenths(2_149, "2,1")]
#[case::whole_below_ten(3_020, "3")]
#[case::just_below_ten(9_940, "9,9")]
#[case::rounds_up_to_ten(9_960, "10")]
#[case::whole_km(40_817, "41")]
fn distances_are_written_the_dutch_way(#[case] metres: u32, #[case] want: &str) {
    assert_eq!(
        crate::matching::reasons::format_km(metres),
        want,
        "a decimal comma below 10 km, whole km from there"
    );
}
