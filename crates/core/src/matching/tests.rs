//! Matching against a real encrypted store: employers and workplaces written with outbox
//! and audit, reference data read-only, occupation search, ranked matches with reasons,
//! placements only by a coach's decision, the all-or-nothing CSV import.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use chrono::NaiveDate;
use werkpad_domain::matching::{
    ContactParty, DemandLevel, EmployerDraft, MatchEffect, MatchProfile, OccupationRef,
    PlacementDraft, PlacementEnd, PlacementEndReason, WorkplaceDraft,
};
use werkpad_domain::reference::Occupation;
use werkpad_domain::{AddressDraft, MatchProfileId, Purpose, ResidentId};

use super::demo::{DEMO_OCCUPATIONS, install_demo_reference, populate_matching};
use crate::StoreError;
use crate::demo::{self, Rng};
use crate::store::secrets::{MemoryBackend, SecretBackend};
use crate::store::{BackendPreference, KdfParams, Store, StoreConfig};

pub(super) struct Fixture {
    _dir: tempfile::TempDir,
    pub(super) store: Store,
    pub(super) resident: ResidentId,
}

pub(super) fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

pub(super) async fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let backend: Arc<dyn SecretBackend> = Arc::new(MemoryBackend::default());
    let config = StoreConfig {
        backend: BackendPreference::Use(backend),
        kdf: KdfParams::insecure_for_tests(),
        recovery_public_key: None,
    };
    let store = Store::create(
        dir.path(),
        "correct horse battery staple",
        "Petra de Coach",
        &config,
    )
    .await
    .unwrap();
    let mut intake = demo::case(&mut Rng::new(3), &store.device().coach, today()).intake;
    // Lives in Arnhem 6811, 24 hours on four days.
    intake.resident.address.postcode = "6811AA".parse().unwrap();
    intake.resident.availability.hours_per_week = Some(24);
    store.residents().save_intake(&intake).await.unwrap();
    Fixture {
        _dir: dir,
        store,
        resident: intake.resident.id,
    }
}

async fn count(store: &Store, sql: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(sql.to_owned()))
        .fetch_one(store.pool())
        .await
        .unwrap();
    n
}

fn occupation(label: &str) -> OccupationRef {
    let all = werkpad_domain::reference::parse_occupations(DEMO_OCCUPATIONS.as_bytes()).unwrap();
    let o: &Occupation = all.iter().find(|o| o.label == label).unwrap();
    OccupationRef {
        id: o.id,
        label: o.label.clone(),
        isco_group: o.isco_group.clone(),
    }
}

fn employer_draft(name: &str) -> EmployerDraft {
    EmployerDraft {
        name: Some(name.into()),
        address: AddressDraft {
            street: Some("Industrieweg".into()),
            house_number: Some("1".into()),
            postcode: Some("6827AB".into()),
            woonplaats: Some("Arnhem".into()),
            ..AddressDraft::default()
        },
        ..EmployerDraft::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn employers_and_workplaces_are_shared_records_with_outbox_and_audit() {
    let f = fixture().await;
    let outbox_before = count(&f.store, "SELECT count(*) FROM outbox").await;
    let employer = f
        .store
        .matching()
        .save_employer(None, &employer_draft("Bakkerij Test"))
        .await
        .unwrap();
    let draft = WorkplaceDraft {
        employer_id: Some(employer.id),
        title: Some("Hulp bakkerij".into()),
        kind: Some("regulier".into()),
        hours_per_week: Some("20".into()),
        postcode: Some("6828CA".into()),
        place: Some("Arnhem".into()),
        physical_demand: Some("middel".into()),
        mental_demand: Some("licht".into()),
        places: Some("1".into()),
        open: true,
        ..WorkplaceDraft::default()
    };
    let workplace = f
        .store
        .matching()
        .save_workplace(None, &draft)
        .await
        .unwrap();
    assert_eq!(
        count(&f.store, "SELECT count(*) FROM outbox").await - outbox_before,
        2,
        "each record has its outbox entry"
    );
    assert_eq!(
        count(
            &f.store,
            "SELECT count(*) FROM outbox WHERE entity IN ('employer', 'workplace') AND resident_id IS NULL"
        )
        .await,
        2,
        "shared data belongs to no resident, so every coach receives it"
    );
    assert_eq!(
        count(
            &f.store,
            "SELECT count(*) FROM audit_log WHERE entity IN ('employer', 'workplace') AND purpose = 'matching'"
        )
        .await,
        2,
        "each write is audited with its purpose"
    );
    let file = f.store.matching().employer_file(employer.id).await.unwrap();
    assert_eq!(
        file.workplaces,
        vec![workplace],
        "the employer shows its workplace"
    );

    let orphan = WorkplaceDraft {
        employer_id: Some(werkpad_domain::EmployerId::new()),
        ..draft.clone()
    };
    let err = f
        .store
        .matching()
        .save_workplace(None, &orphan)
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::NotFound { .. }),
        "a workplace needs an employer on this laptop: {err:?}"
    );
    let bad = WorkplaceDraft {
        hours_per_week: Some("99".into()),
        postcode: Some("12".into()),
        ..draft
    };
    let err = f
        .store
        .matching()
        .save_workplace(None, &bad)
        .await
        .unwrap_err();
    let StoreError::Validation(errors) = err else {
        panic!("a typed validation error");
    };
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert!(
        fields.contains(&"hours_per_week") && fields.contains(&"postcode"),
        "all errors at once: {fields:?}"
    );
    assert_eq!(
        count(&f.store, "SELECT count(*) FROM workplaces").await,
        1,
        "nothing half-stored"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reference_data_is_searchable_and_read_only() {
    let f = fixture().await;
    let (occupations, areas) = install_demo_reference(&f.store).await.unwrap();
    assert_eq!((occupations, areas), (16, 42), "the demo fixture's size");
    let hits = f
        .store
        .matching()
        .search_occupations("heftruck", 10)
        .await
        .unwrap();
    assert_eq!(
        hits.first().map(|h| h.label.as_str()),
        Some("heftruckchauffeur"),
        "a prefix of the label finds it: {hits:?}"
    );
    let hits = f
        .store
        .matching()
        .search_occupations("koerier", 10)
        .await
        .unwrap();
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(
        (hits[0].label.as_str(), hits[0].matched_synonym.as_deref()),
        ("bezorger", Some("koerier")),
        "a synonym finds the occupation and says which synonym matched"
    );
    let releases = f.store.matching().reference_releases().await.unwrap();
    assert_eq!(releases.len(), 3, "one release per dataset");
    assert!(releases.iter().all(|r| r.version == "demo"));

    let all = werkpad_domain::reference::parse_occupations(DEMO_OCCUPATIONS.as_bytes()).unwrap();
    let mut w = f
        .store
        .writer(werkpad_domain::Purpose::Matching)
        .await
        .unwrap();
    let err = w.put(&all[0]).await.unwrap_err();
    assert!(
        matches!(err, StoreError::ReadOnly { .. }),
        "a laptop never writes reference data: {err:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn matches_rank_the_obvious_workplace_first_with_reasons_and_audit() {
    let f = fixture().await;
    populate_matching(&f.store, &[], 0, 1).await.unwrap();
    let mut profile = MatchProfile::new(MatchProfileId::new(), f.resident);
    profile.wished_occupations = vec![occupation("heftruckchauffeur")];
    profile.physical_capacity = DemandLevel::Middel;
    profile.mental_capacity = DemandLevel::Middel;
    f.store
        .matching()
        .save_match_profile(&profile)
        .await
        .unwrap();
    let reads_before = count(
        &f.store,
        "SELECT count(*) FROM audit_log WHERE action = 'read' AND purpose = 'matching'",
    )
    .await;

    let ranked = f
        .store
        .matching()
        .matches_for_resident(f.resident, 50)
        .await
        .unwrap();
    assert_eq!(ranked.basis.candidates, 9, "every demo workplace is scored");
    assert!(ranked.basis.has_profile && ranked.basis.postcode_areas > 0);
    let first = &ranked.matches[0];
    assert_eq!(
        first.workplace.title, "Heftruckchauffeur dagdienst",
        "the wished occupation nearby comes first"
    );
    assert!(
        first
            .explained
            .reasons
            .iter()
            .any(|r| r.effect == MatchEffect::Plus && r.reason.id.contains("occupation")),
        "and says why: {:?}",
        first.explained.reasons
    );
    let beschut = ranked
        .matches
        .iter()
        .find(|m| m.workplace.kind.as_str() == "beschut")
        .expect("beschut workplaces are shown, not hidden");
    assert!(beschut.explained.excluded, "no indication, so excluded");
    assert!(
        ranked
            .matches
            .iter()
            .skip_while(|m| !m.explained.excluded)
            .all(|m| m.explained.excluded),
        "excluded matches come last"
    );
    assert_eq!(
        count(
            &f.store,
            "SELECT count(*) FROM audit_log WHERE action = 'read' AND purpose = 'matching'"
        )
        .await
            - reads_before,
        1,
        "reading the resident for matching is audited once"
    );

    let for_workplace = f
        .store
        .matching()
        .matches_for_workplace(first.workplace.id, 10)
        .await
        .unwrap();
    assert_eq!(
        for_workplace.matches.first().map(|m| m.resident_id),
        Some(f.resident),
        "the caseload's resident is ranked for the workplace"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_placement_is_a_named_decision_and_ending_it_allows_a_new_one() {
    let f = fixture().await;
    populate_matching(&f.store, &[], 0, 1).await.unwrap();
    let workplace = f.store.matching().workplaces().await.unwrap().remove(0);
    let draft = PlacementDraft {
        workplace_id: Some(workplace.id),
        start: Some("01-12-2026".into()),
        hours_per_week: Some("24".into()),
        contract: Some("proefplaatsing".into()),
        follow_up_weeks: Some("4".into()),
        ..PlacementDraft::default()
    };
    let err = f
        .store
        .matching()
        .place(f.resident, &draft, today())
        .await
        .unwrap_err();
    let StoreError::Validation(errors) = err else {
        panic!("typed validation error");
    };
    assert!(
        errors.iter().any(|e| e.field == "decision.reasoning"),
        "no placement without the coach's reasoning: {errors:?}"
    );
    assert_eq!(count(&f.store, "SELECT count(*) FROM placements").await, 0);

    let draft = PlacementDraft {
        reasoning: Some("Past bij zijn wens en ervaring; werkgever biedt begeleiding.".into()),
        ..draft
    };
    let placement = f
        .store
        .matching()
        .place(f.resident, &draft, today())
        .await
        .unwrap();
    assert_eq!(
        placement.decision.decided_by.name, "Petra de Coach",
        "the signed-in coach is the one who decided"
    );
    assert_eq!(
        placement.employer_id, workplace.employer_id,
        "employer from the workplace"
    );
    assert_eq!(
        workplace.places, 1,
        "the demo's first workplace by title has one place"
    );
    let ranked = f
        .store
        .matching()
        .matches_for_resident(f.resident, 50)
        .await
        .unwrap();
    let taken = ranked
        .matches
        .iter()
        .find(|m| m.workplace.id == workplace.id)
        .unwrap();
    assert!(
        taken.explained.excluded
            && taken
                .explained
                .reasons
                .iter()
                .any(|r| r.reason.id == "match-excluded-no-places"),
        "its only place is taken now: {:?}",
        taken.explained.reasons
    );

    let replacement = PlacementDraft {
        replaces: Some(placement.id),
        ..draft.clone()
    };
    assert!(
        f.store
            .matching()
            .place(f.resident, &replacement, today())
            .await
            .is_err(),
        "a re-placement replaces an ended placement only"
    );
    f.store
        .matching()
        .add_placement_contact(
            f.resident,
            placement.id,
            NaiveDate::from_ymd_opt(2026, 12, 15).unwrap(),
            ContactParty::Both,
            "Gaat goed; wil meer uren.".into(),
        )
        .await
        .unwrap();
    let views = f
        .store
        .matching()
        .placements(f.resident, NaiveDate::from_ymd_opt(2026, 12, 20).unwrap())
        .await
        .unwrap();
    assert_eq!(
        views[0].next_follow_up,
        NaiveDate::from_ymd_opt(2027, 1, 12),
        "four weeks after the last contact"
    );
    f.store
        .matching()
        .end_placement(
            f.resident,
            placement.id,
            PlacementEnd {
                on: NaiveDate::from_ymd_opt(2027, 2, 1).unwrap(),
                reason: PlacementEndReason::NotSuitable,
                explanation: None,
                replacement_advised: true,
            },
        )
        .await
        .unwrap();
    let again = f
        .store
        .matching()
        .place(f.resident, &replacement, today())
        .await
        .unwrap();
    assert_eq!(
        again.replaces,
        Some(placement.id),
        "re-placement linked to the ended one"
    );
    assert_eq!(
        count(
            &f.store,
            "SELECT count(*) FROM outbox WHERE entity = 'placement'"
        )
        .await,
        3,
        "two placements and one end, each with its outbox entry"
    );
    // The sharing register: each placement told its employer, and so did the contact
    // with the employer; the end did not.
    let register = f
        .store
        .statements()
        .overview(f.resident)
        .await
        .unwrap()
        .disclosures;
    let employer = f
        .store
        .matching()
        .employer_file(workplace.employer_id)
        .await
        .unwrap();
    let purposes: Vec<Purpose> = register.iter().map(|d| d.purpose).collect();
    assert_eq!(register.len(), 3, "{purposes:?}");
    assert_eq!(
        purposes.iter().filter(|p| **p == Purpose::Matching).count(),
        2
    );
    assert_eq!(
        purposes
            .iter()
            .filter(|p| **p == Purpose::JobRetention)
            .count(),
        1
    );
    assert!(
        register
            .iter()
            .all(|d| d.recipient_name == employer.employer.name)
    );
    assert_eq!(
        count(
            &f.store,
            "SELECT count(*) FROM outbox WHERE entity = 'disclosure'"
        )
        .await,
        3,
        "each disclosure syncs with the change that made it"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn csv_import_is_all_or_nothing_with_line_numbers() {
    let f = fixture().await;
    let bad = "werkgever,kvk,straat,huisnummer,werkgever_postcode,werkgever_plaats,werkplek,uren,postcode,plaats\n\
               Groen BV,12345678,Dorpsstraat,1,6811AA,Arnhem,Tuinman,24,6811AA,Arnhem\n\
               Groen BV,12345678,Dorpsstraat,1,6811AA,Arnhem,Hovenier,99,68,Arnhem\n";
    let report = super::import_workplaces_csv(&f.store, bad.as_bytes())
        .await
        .unwrap();
    assert_eq!(report.errors.len(), 1, "{report:?}");
    assert_eq!(report.errors[0].line, 3, "the line of the bad row");
    let fields: Vec<&str> = report.errors[0]
        .errors
        .iter()
        .map(|e| e.field.as_str())
        .collect();
    assert_eq!(
        fields,
        ["uren", "postcode"],
        "errors named by the file's columns"
    );
    assert_eq!(
        (
            count(&f.store, "SELECT count(*) FROM employers").await,
            count(&f.store, "SELECT count(*) FROM workplaces").await
        ),
        (0, 0),
        "one bad row, nothing stored"
    );
    let good = bad.replace("Hovenier,99,68,", "Hovenier,20,6812AB,");
    let report = super::import_workplaces_csv(&f.store, good.as_bytes())
        .await
        .unwrap();
    assert!(report.errors.is_empty(), "{report:?}");
    assert_eq!(
        (report.employers_created, report.workplaces_created),
        (1, 2),
        "the same KvK is one employer with two workplaces"
    );
}
