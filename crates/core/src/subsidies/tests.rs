//! Loonwaarde, LKS and jobcoaching against a real encrypted store: every write with its
//! audit, outbox and sharing-register entry; refused input stores nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use chrono::NaiveDate;
use werkpad_domain::loonwaarde::{LoonwaardeDraft, MainTaskDraft, SignOffInput};
use werkpad_domain::matching::{EmployerDraft, PlacementDraft, WorkplaceDraft};
use werkpad_domain::subsidy::{
    JobcoachOrganisationInput, JobcoachSubsidyInput, LksDecisionInput, LksPaymentInput,
    ProgressReportInput,
};
use werkpad_domain::{AddressDraft, Placement, Purpose, ResidentId, ValidationError};

use super::SubsidyPolicy;
use crate::StoreError;
use crate::demo::{self, Rng};
use crate::store::secrets::{MemoryBackend, SecretBackend};
use crate::store::{BackendPreference, KdfParams, Store, StoreConfig};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    day(2026, 12, 5)
}

async fn count(store: &Store, sql: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(sql.to_owned()))
        .fetch_one(store.pool())
        .await
        .unwrap();
    n
}

/// Rows in every table a refused write could have touched.
async fn rows(store: &Store) -> i64 {
    count(
        store,
        "SELECT (SELECT count(*) FROM loonwaarden) + (SELECT count(*) FROM lks_decisions)
              + (SELECT count(*) FROM lks_payments) + (SELECT count(*) FROM jobcoach_subsidies)
              + (SELECT count(*) FROM jobcoach_organisations) + (SELECT count(*) FROM disclosures)
              + (SELECT count(*) FROM outbox)",
    )
    .await
}

struct Fixture {
    _dir: tempfile::TempDir,
    store: Store,
    resident: ResidentId,
    placement: Placement,
}

async fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let backend: Arc<dyn SecretBackend> = Arc::new(MemoryBackend::default());
    let config = StoreConfig {
        backend: BackendPreference::Use(backend),
        kdf: KdfParams::insecure_for_tests(),
        ..Default::default()
    };
    let store = Store::create(
        dir.path(),
        "correct horse battery staple",
        "Petra de Coach",
        &config,
    )
    .await
    .unwrap();
    let intake = demo::case(&mut Rng::new(5), &store.device().coach, today()).intake;
    store.residents().save_intake(&intake).await.unwrap();
    let employer = store
        .matching()
        .save_employer(
            None,
            &EmployerDraft {
                name: Some("Groenvoorziening Rijnoever".into()),
                address: AddressDraft {
                    street: Some("Kanaalweg".into()),
                    house_number: Some("12".into()),
                    postcode: Some("6827AB".into()),
                    woonplaats: Some("Arnhem".into()),
                    ..AddressDraft::default()
                },
                ..EmployerDraft::default()
            },
        )
        .await
        .unwrap();
    let workplace = store
        .matching()
        .save_workplace(
            None,
            &WorkplaceDraft {
                employer_id: Some(employer.id),
                title: Some("Medewerker groen".into()),
                kind: Some("regulier".into()),
                hours_per_week: Some("24".into()),
                postcode: Some("6827AB".into()),
                place: Some("Arnhem".into()),
                physical_demand: Some("middel".into()),
                mental_demand: Some("licht".into()),
                places: Some("1".into()),
                open: true,
                ..WorkplaceDraft::default()
            },
        )
        .await
        .unwrap();
    let placement = store
        .matching()
        .place(
            intake.resident.id,
            &PlacementDraft {
                workplace_id: Some(workplace.id),
                start: Some("01-09-2026".into()),
                hours_per_week: Some("24".into()),
                contract: Some("arbeidsovereenkomst".into()),
                follow_up_weeks: Some("4".into()),
                reasoning: Some("Werkt graag buiten.".into()),
                decided_on: Some("25-08-2026".into()),
                ..PlacementDraft::default()
            },
            today(),
        )
        .await
        .unwrap();
    Fixture {
        _dir: dir,
        store,
        resident: intake.resident.id,
        placement,
    }
}

fn draft(f: &Fixture) -> LoonwaardeDraft {
    let task = |name: &str, share: &str, tempo: &str| MainTaskDraft {
        name: Some(name.into()),
        share: Some(share.into()),
        tempo: Some(tempo.into()),
        quality: Some("90".into()),
        net_time: Some("100".into()),
    };
    LoonwaardeDraft {
        placement_id: Some(f.placement.id),
        employer_id: Some(f.placement.employer_id),
        normfunctie: Some("Hovenier".into()),
        actual_function: Some("Medewerker groen".into()),
        worked_hours: Some("24".into()),
        fulltime_hours: Some("38".into()),
        visit_date: Some("01-12-2026".into()),
        assessor_kind: Some("research_agency".into()),
        assessor_name: Some("Pieter Bakker".into()),
        assessor_organisation: Some("Loonwaarde Oost BV".into()),
        tasks: vec![task("Maaien", "50", "80"), task("Snoeien", "50", "60")],
        ..LoonwaardeDraft::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_loonwaarde_is_drafted_signed_and_fixed_with_the_agency_in_the_register() {
    let f = fixture().await;
    let area = f.store.subsidies();
    let before = rows(&f.store).await;
    let mut bad = draft(&f);
    bad.tasks[1].share = Some("40".into());
    let err = area
        .save_loonwaarde(f.resident, None, &bad, today())
        .await
        .unwrap_err();
    let StoreError::Validation(errors) = err else {
        panic!("{err:?}")
    };
    assert!(errors.contains("tasks", &ValidationError::SharesNotHundred { total: 90 }));
    assert_eq!(rows(&f.store).await, before, "nothing stored");

    let saved = area
        .save_loonwaarde(f.resident, None, &draft(&f), today())
        .await
        .unwrap();
    // 50 × 72 % + 50 × 54 % = 63 %
    assert_eq!(saved.outcome().unwrap().percent, 63);
    assert_eq!(
        count(&f.store, "SELECT count(*) FROM disclosures WHERE json_extract(data, '$.recipient') = 'research_agency'").await,
        1
    );
    // Saving the draft again does not register the agency twice.
    area.save_loonwaarde(f.resident, Some(saved.id), &draft(&f), today())
        .await
        .unwrap();
    assert_eq!(
        count(&f.store, "SELECT count(*) FROM disclosures WHERE json_extract(data, '$.recipient') = 'research_agency'").await,
        1
    );
    let sign = SignOffInput {
        signed_by: Some("Pieter Bakker".into()),
        signed_on: Some("03-12-2026".into()),
    };
    let signed = area
        .sign_loonwaarde(f.resident, saved.id, &sign, 12, today())
        .await
        .unwrap();
    assert_eq!(signed.signed_percent(), Some(63));
    let again = area
        .save_loonwaarde(f.resident, Some(saved.id), &draft(&f), today())
        .await;
    assert!(
        matches!(again, Err(StoreError::Validation(e)) if e.contains("sign_off", &ValidationError::AlreadySigned))
    );
    assert_eq!(
        count(
            &f.store,
            "SELECT count(*) FROM audit_log WHERE entity = 'loonwaarde' AND purpose = 'loonwaarde'"
        )
        .await,
        2,
        "the first save and the sign-off are audited under their purpose; the unchanged save wrote nothing"
    );
    let page = f.store.residents().caseload(None, 50, 0).await.unwrap();
    let me = page.iter().find(|r| r.id == f.resident).unwrap();
    assert_eq!(
        me.reassess_on,
        Some(day(2027, 12, 3)),
        "the re-assessment shows on the caseload"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lks_is_decided_by_a_person_paid_per_period_and_shown_per_employee() {
    let f = fixture().await;
    let area = f.store.subsidies();
    let lw = area
        .save_loonwaarde(f.resident, None, &draft(&f), today())
        .await
        .unwrap();
    let decide = LksDecisionInput {
        placement_id: Some(f.placement.id),
        loonwaarde_id: Some(lw.id),
        starts_on: Some("01-12-2026".into()),
        outcome: Some("granted".into()),
        reasoning: Some("Loonwaarde 63 %, werkgever betaalt het minimumloon.".into()),
        ..LksDecisionInput::default()
    };
    let before = rows(&f.store).await;
    let err = area
        .decide_lks(f.resident, &decide, today())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::Validation(e) if e.contains("loonwaarde_id", &ValidationError::NotSigned)),
        "{err:?}"
    );
    assert_eq!(rows(&f.store).await, before);

    let sign = SignOffInput {
        signed_by: Some("Pieter Bakker".into()),
        signed_on: Some("03-12-2026".into()),
    };
    area.sign_loonwaarde(f.resident, lw.id, &sign, 12, today())
        .await
        .unwrap();
    let decision = area.decide_lks(f.resident, &decide, today()).await.unwrap();
    assert_eq!(decision.decided_by.name, "Petra de Coach");
    assert_eq!(decision.loonwaarde_percent, 63);
    assert_eq!(
        count(&f.store, "SELECT count(*) FROM disclosures WHERE json_extract(data, '$.purpose') = 'employer_subsidy'").await,
        1,
        "the employer receives the beschikking"
    );

    let pay = LksPaymentInput {
        decision_id: Some(decision.id),
        period_from: Some("01-12-2026".into()),
        period_until: Some("31-12-2026".into()),
        hours_worked: Some("98,5".into()),
    };
    let payment = area.pay_lks(f.resident, &pay, today()).await.unwrap();
    assert_eq!(payment.calculation.input.minutes, 5910);
    assert!(payment.calculation.total_cents > 0);
    let early = LksPaymentInput {
        period_from: Some("01-11-2026".into()),
        period_until: Some("30-11-2026".into()),
        ..pay.clone()
    };
    let before = rows(&f.store).await;
    let err = area.pay_lks(f.resident, &early, today()).await.unwrap_err();
    assert!(
        matches!(&err, StoreError::Validation(e) if e.contains("period_from", &ValidationError::OutsideDecision)),
        "{err:?}"
    );
    assert_eq!(rows(&f.store).await, before);

    let file = area
        .subsidy_file(f.resident, Purpose::EmployerSubsidy, today())
        .await
        .unwrap();
    assert_eq!(file.lks.len(), 1);
    assert_eq!(file.lks[0].paid_cents, payment.calculation.total_cents);
    assert_eq!(file.loonwaarden[0].outcome.as_ref().unwrap().percent, 63);
    let employees = area.employer_lks(f.placement.employer_id).await.unwrap();
    assert_eq!(employees.len(), 1);
    assert_eq!(employees[0].paid_until, Some(day(2026, 12, 31)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jobcoaching_is_paid_only_after_the_progress_report() {
    let f = fixture().await;
    let area = f.store.subsidies();
    let org = area
        .save_organisation(
            None,
            &JobcoachOrganisationInput {
                name: Some("Jobcoach Gelderland".into()),
                email: Some("info@jobcoach-gelderland.nl".into()),
                ..JobcoachOrganisationInput::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(
        count(&f.store, "SELECT count(*) FROM outbox WHERE entity = 'jobcoach_organisation' AND resident_id IS NULL").await,
        1,
        "shared like an employer"
    );
    let policy = SubsidyPolicy::default();
    let planned = area
        .plan_jobcoaching(
            f.resident,
            &JobcoachSubsidyInput {
                organisation_id: Some(org.id),
                period_from: Some("01-11-2026".into()),
                period_until: Some("30-11-2026".into()),
                hours: Some("8".into()),
                ..JobcoachSubsidyInput::default()
            },
            &policy.jobcoach_tariffs,
            today(),
        )
        .await
        .unwrap();
    assert_eq!(planned.calculation.amount_cents, 8 * 7_500);
    let before = rows(&f.store).await;
    let err = area
        .approve_jobcoaching(f.resident, planned.id, today())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::Validation(e) if e.contains("approval", &ValidationError::ProgressReportMissing)),
        "{err:?}"
    );
    assert_eq!(rows(&f.store).await, before);
    area.record_progress_report(
        f.resident,
        planned.id,
        &ProgressReportInput {
            received_on: Some("02-12-2026".into()),
            summary: Some("Zelfstandiger; 6 uur per maand is genoeg.".into()),
        },
        today(),
    )
    .await
    .unwrap();
    let approved = area
        .approve_jobcoaching(f.resident, planned.id, today())
        .await
        .unwrap();
    assert_eq!(
        approved.approval.unwrap().approved_by.name,
        "Petra de Coach"
    );
    assert_eq!(
        count(&f.store, "SELECT count(*) FROM disclosures WHERE json_extract(data, '$.recipient') = 'jobcoach_organisation'").await,
        1
    );
}
