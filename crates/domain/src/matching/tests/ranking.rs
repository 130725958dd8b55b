//! Rankings a coach would agree with at a glance, with the reasons the engine gives.

use std::collections::BTreeMap;

use super::fixtures::*;
use crate::matching::{
    DemandLevel, Indication, MatchComponent, MatchEffect, TravelOverride, WorkplaceKind,
    rank_residents, rank_workplaces, score_pair,
};

fn args(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[test]
fn weights_add_up_to_100_and_a_perfect_match_scores_100() {
    let total: u32 = MatchComponent::ALL
        .iter()
        .map(|c| u32::from(c.max_points()))
        .sum();
    assert_eq!(total, 100, "the component weights are the score's scale");
    let r = resident();
    let mut w = workplace("Heftruckchauffeur", ARNHEM_CENTRUM, Some(forklift()));
    w.dutch_level = None;
    let m = score_pair(&facts(&r, &profile(&r)), &wf(&w), &index());
    assert_eq!(
        m.score, 100,
        "wished job, same area, right hours and days, nothing too heavy: full marks"
    );
    assert!(!m.excluded, "nothing rules this match out");
}

#[test]
fn forklift_wish_nearby_beats_a_bakery_job_far_away() {
    let r = resident();
    let mut r_facts = facts(&r, &profile(&r));
    r_facts.hours_per_week = Some(32);
    let forklift_job = workplace(
        "Heftruckchauffeur",
        ARNHEM_ONDER_DE_LINDEN,
        Some(forklift()),
    );
    let bakery = workplace("Bakkersknecht", AMERSFOORT, Some(baker()));
    let ranked = rank_workplaces(&r_facts, &[wf(&bakery), wf(&forklift_job)], &index());

    assert_eq!(
        ranked[0].workplace_id, forklift_job.id,
        "the wished job 2 km away ranks above an unrelated job 41 km away"
    );
    let top = ranked[0].reasons();
    assert_eq!(
        reason(&top, "match-occupation-wish").effect,
        MatchEffect::Plus,
        "a wished occupation speaks for the match"
    );
    let travel = reason(&top, "match-travel-km");
    assert_eq!(
        travel.reason.args,
        args(&[("km", "2,1")]),
        "the distance is shown with a decimal comma below 10 km"
    );
    assert_eq!(travel.effect, MatchEffect::Plus, "2 km is close");
    assert_eq!(
        reason(&top, "match-hours-enough").reason.args,
        args(&[("available", "32"), ("needed", "32")]),
        "the hours fit exactly"
    );

    let other = ranked[1].reasons();
    assert_eq!(
        reason(&other, "match-occupation-unrelated").effect,
        MatchEffect::Minus,
        "a baker's job has nothing to do with driving a forklift"
    );
    let far = reason(&other, "match-travel-km");
    assert_eq!(
        far.reason.args,
        args(&[("km", "41")]),
        "Arnhem to Amersfoort is about 41 km as the crow flies"
    );
    assert_eq!(
        far.effect,
        MatchEffect::Minus,
        "41 km is a long way every day"
    );
    assert_eq!(far.points, 3, "41 km earns little of the 15 travel points");
}

#[test]
fn beschut_werk_without_indication_is_excluded_but_shown_with_its_reason() {
    let r = resident();
    let p = profile(&r);
    let mut beschut = workplace("Inpakwerk", ARNHEM_CENTRUM, Some(forklift()));
    beschut.kind = WorkplaceKind::Beschut;
    let mediocre = workplace("Kok", EDE, Some(cook()));
    let ranked = rank_workplaces(&facts(&r, &p), &[wf(&beschut), wf(&mediocre)], &index());

    assert_eq!(ranked.len(), 2, "an excluded workplace is never hidden");
    assert_eq!(
        (ranked[1].workplace_id, ranked[1].excluded),
        (beschut.id, true),
        "beschut werk without an indicatie ranks last, whatever its score"
    );
    assert!(
        ranked[1].score > ranked[0].score,
        "it would have scored higher: exclusion, not the score, puts it last"
    );
    let reasons = ranked[1].reasons();
    assert_eq!(
        (reasons[0].reason.id.as_str(), reasons[0].effect),
        (
            "match-excluded-no-beschut-indication",
            MatchEffect::Exclusion
        ),
        "the exclusion is the first reason a coach reads"
    );
    assert!(
        !ids(&reasons).contains(&"match-kind-fits"),
        "the exclusion replaces the kind reason instead of contradicting it"
    );

    let mut with_indication = p.clone();
    with_indication.indication = Some(Indication::BeschutWerk);
    let m = score_pair(&facts(&r, &with_indication), &wf(&beschut), &index());
    assert!(
        !m.excluded,
        "with an indicatie beschut werk the place is open to the resident"
    );
    assert_eq!(
        reason(&m.reasons(), "match-kind-fits").reason.args,
        args(&[("kind", "beschut")]),
        "and the kind of workplace counts for the match"
    );
}

#[test]
fn related_occupations_rank_between_the_wish_and_unrelated_work() {
    let r = resident();
    let r_facts = facts(&r, &profile(&r));
    let jobs = [
        workplace("Kok", ARNHEM_CENTRUM, Some(cook())),
        workplace("Kraanmachinist", ARNHEM_CENTRUM, Some(crane_operator())),
        workplace("Reachtruckchauffeur", ARNHEM_CENTRUM, Some(reach_truck())),
        workplace("Heftruckchauffeur", ARNHEM_CENTRUM, Some(forklift())),
    ];
    let facts: Vec<_> = jobs.iter().map(wf).collect();
    let ranked = rank_workplaces(&r_facts, &facts, &index());
    let titles: Vec<&str> = ranked
        .iter()
        .map(|m| {
            let job = jobs.iter().find(|j| j.id == m.workplace_id);
            job.map_or("?", |j| j.title.as_str())
        })
        .collect();
    assert_eq!(
        titles,
        [
            "Heftruckchauffeur",
            "Reachtruckchauffeur",
            "Kraanmachinist",
            "Kok"
        ],
        "wish > same ISCO unit group (8344) > same minor group (834) > unrelated"
    );
    assert_eq!(
        reason(&ranked[1].reasons(), "match-occupation-unit-group")
            .reason
            .args,
        args(&[("group", "8344")]),
        "the shared unit group is named"
    );
    assert_eq!(
        reason(&ranked[2].reasons(), "match-occupation-minor-group")
            .reason
            .args,
        args(&[("group", "834")]),
        "the shared minor group is named with three digits"
    );
}

#[test]
fn the_coachs_travel_time_beats_the_distance() {
    let r = resident();
    let mut p = profile(&r);
    let near = workplace(
        "Heftruck dichtbij",
        ARNHEM_ONDER_DE_LINDEN,
        Some(forklift()),
    );
    let far = workplace("Heftruck Amersfoort", AMERSFOORT, Some(forklift()));
    p.max_travel_km = Some(20);
    p.travel_overrides = vec![
        TravelOverride {
            workplace_id: near.id,
            minutes: 70,
        },
        TravelOverride {
            workplace_id: far.id,
            minutes: 12,
        },
    ];
    let ranked = rank_workplaces(&facts(&r, &p), &[wf(&near), wf(&far)], &index());
    assert_eq!(
        ranked[0].workplace_id, far.id,
        "a direct train (12 minutes) is quicker than two buses (70 minutes), whatever the km"
    );
    assert!(
        !ranked[0].excluded,
        "the coach's travel time replaces the 20 km limit for that workplace"
    );
    let reasons = ranked[0].reasons();
    let travel = reason(&reasons, "match-travel-minutes");
    assert_eq!(
        travel.reason.args,
        args(&[("minutes", "12")]),
        "the time entered is shown"
    );
    assert_eq!(
        (travel.points, travel.effect),
        (15, MatchEffect::Plus),
        "12 minutes earns every travel point"
    );
    assert_eq!(
        reason(&ranked[1].reasons(), "match-travel-minutes").effect,
        MatchEffect::Minus,
        "70 minutes each way counts against the near workplace"
    );
}

#[test]
fn beyond_the_travel_limit_is_excluded_with_both_distances() {
    let r = resident();
    let mut p = profile(&r);
    p.max_travel_km = Some(10);
    let ede = workplace("Heftruck Ede", EDE, Some(forklift()));
    let m = score_pair(&facts(&r, &p), &wf(&ede), &index());
    assert!(
        m.excluded,
        "Ede is further than the 10 km the resident can travel"
    );
    assert_eq!(
        reason(&m.reasons(), "match-excluded-too-far").reason.args,
        args(&[("km", "18"), ("max", "10")]),
        "the reason shows the distance and the limit"
    );
}

#[test]
fn residents_are_ranked_for_a_workplace() {
    let job = workplace(
        "Heftruckchauffeur",
        ARNHEM_ONDER_DE_LINDEN,
        Some(forklift()),
    );
    let fits = resident();
    let unrelated = resident();
    let too_light = resident();
    let mut unrelated_profile = profile(&unrelated);
    unrelated_profile.wished_occupations = vec![cook()];
    let mut light_profile = profile(&too_light);
    light_profile.physical_capacity = DemandLevel::Licht;
    light_profile.mental_capacity = DemandLevel::Licht;
    let mut job_facts = wf(&job);
    job_facts.physical_demand = DemandLevel::Zwaar;
    let mut fits_profile = profile(&fits);
    fits_profile.physical_capacity = DemandLevel::Zwaar;
    let mut unrelated_facts = facts(&unrelated, &unrelated_profile);
    unrelated_facts.physical_capacity = DemandLevel::Zwaar;
    let residents = [
        facts(&too_light, &light_profile),
        unrelated_facts,
        facts(&fits, &fits_profile),
    ];
    let ranked = rank_residents(&job_facts, &residents, &index());
    let order: Vec<_> = ranked.iter().map(|m| m.resident_id).collect();
    assert_eq!(
        order,
        [fits.id, unrelated.id, too_light.id],
        "the resident who wishes this job first; the one it is far too heavy for last"
    );
    assert!(
        ranked[2].excluded,
        "zwaar work for licht capacity is excluded"
    );
    assert!(
        ranked.iter().all(|m| m.workplace_id == job.id),
        "every match is about the one workplace"
    );
}

#[test]
fn ranking_is_deterministic_and_ties_go_to_the_nearer_then_the_lower_id() {
    let r = resident();
    let mut p = profile(&r);
    let a = workplace("A", DUIVEN, Some(forklift()));
    let b = workplace("B", DUIVEN, Some(forklift()));
    let c = workplace("C", ARNHEM_ONDER_DE_LINDEN, Some(forklift()));
    // The same travel time to all three gives them the same score; only the distance
    // and the id can then decide.
    p.travel_overrides = [&a, &b, &c]
        .iter()
        .map(|w| TravelOverride {
            workplace_id: w.id,
            minutes: 20,
        })
        .collect();
    let r_facts = facts(&r, &p);
    let list = [wf(&a), wf(&b), wf(&c)];
    let forward = rank_workplaces(&r_facts, &list, &index());
    assert!(
        forward.iter().all(|m| m.score == forward[0].score),
        "the three workplaces tie on score"
    );
    let mut reversed = list;
    reversed.reverse();
    let backward = rank_workplaces(&r_facts, &reversed, &index());
    assert_eq!(
        forward, backward,
        "the input order does not change the ranking"
    );
    let (first, second) = if a.id < b.id {
        (a.id, b.id)
    } else {
        (b.id, a.id)
    };
    let order: Vec<_> = forward.iter().map(|m| m.workplace_id).collect();
    assert_eq!(
        order,
        [c.id, first, second],
        "equal scores: the nearer workplace first, then the lower id, so the order never flickers"
    );
}
