//! What issuing refuses (a missing or another resident's record) and the reprints.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_or_foreign_decision_or_assessment_is_refused_and_stores_nothing() {
    let c = case().await;
    let s = &c.f.store;
    let lw = loonwaarde(s, &c.placement, true);
    put(s, Purpose::Loonwaarde, &lw).await;
    let d = decision(s, &c.placement, &lw, LksOutcome::Granted);
    put(s, Purpose::EmployerSubsidy, &d).await;
    let before = count(s, "SELECT count(*) FROM outbox").await;

    let missing = LksDecisionId::new();
    let err = s
        .statements()
        .issue_lks_beschikking(&june_ctx(Locale::Nl), c.f.resident, missing)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::NotFound { entity: EntityKind::LksDecision, id } if *id == missing.to_string()),
        "{err:?}"
    );
    assert_eq!(
        err.payload().code,
        "not_found",
        "the app shows a known error"
    );
    let other = ResidentId::new();
    let err = s
        .statements()
        .issue_lks_beschikking(&june_ctx(Locale::Nl), other, d.id)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::NotFound {
                entity: EntityKind::LksDecision,
                ..
            }
        ),
        "another resident's decision is not found: {err:?}"
    );
    let err = s
        .statements()
        .issue_loonwaarde_report(&june_ctx(Locale::Nl), c.f.resident, LoonwaardeId::new())
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::NotFound {
                entity: EntityKind::Loonwaarde,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(
        count(s, "SELECT count(*) FROM outbox").await,
        before,
        "nothing stored"
    );
    assert_eq!(
        count(s, "SELECT last FROM statement_sequence").await,
        0,
        "no reference number was used up"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reprints_say_afschrift_and_what_the_originals_said() {
    let c = case().await;
    let s = &c.f.store;
    let lw = loonwaarde(s, &c.placement, true);
    put(s, Purpose::Loonwaarde, &lw).await;
    let d = decision(s, &c.placement, &lw, LksOutcome::Granted);
    put(s, Purpose::EmployerSubsidy, &d).await;
    let report = s
        .statements()
        .issue_loonwaarde_report(&june_ctx(Locale::Nl), c.f.resident, lw.id)
        .await
        .unwrap();
    let beschikking = s
        .statements()
        .issue_lks_beschikking(&june_ctx(Locale::Nl), c.f.resident, d.id)
        .await
        .unwrap();
    // The employer moves and changes its name afterwards.
    let mut renamed = c.employer.clone();
    renamed.name = "Broodfabriek Oost B.V.".into();
    put(s, Purpose::Matching, &renamed).await;

    let mut later = june_ctx(Locale::Nl);
    later.now = Utc.with_ymd_and_hms(2025, 9, 1, 9, 0, 0).unwrap();
    for (issued, note) in [
        (&report, "afschrift van het rapport van 13-06-2025"),
        (&beschikking, "afschrift van de beschikking van 13-06-2025"),
    ] {
        let copy = s
            .statements()
            .reprint(&later, issued.statement.id)
            .await
            .unwrap();
        let text = words(&copy);
        assert!(text.contains("AFSCHRIFT"), "a reprint is marked as a copy");
        assert!(text.contains(note), "it names the original: {text}");
        assert!(text.contains(EMPLOYER), "it states the employer as issued");
        assert!(
            !text.contains("Broodfabriek"),
            "a later change does not rewrite it"
        );
        assert!(text.contains(&issued.statement.reference), "same reference");
        assert!(
            !text.contains("01-09-2025"),
            "no date of the reprint in the text"
        );
    }
    assert!(
        words(
            &s.statements()
                .reprint(&later, beschikking.statement.id)
                .await
                .unwrap()
        )
        .contains("Datum 13-06-2025"),
        "the letter keeps its date"
    );
    assert_eq!(
        count(s, "SELECT count(*) FROM issued_statements").await,
        2,
        "a reprint is not a new statement"
    );
}
