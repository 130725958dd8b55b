//! Issuing: what one transaction writes, what a refusal or bad input never writes, the
//! fields each statement states.

use super::*;

/// A decision on the standard facts, as the device's coach, today.
async fn decide(
    s: &Store,
    resident: ResidentId,
    outcome: DecisionOutcome,
    reasoning: &str,
) -> werkpad_domain::verklaring56::Verklaring56Decision {
    s.statements()
        .verklaring56_decide(resident, &facts(), outcome, reasoning, today())
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_verklaring_is_issued_with_its_disclosures_audit_and_outbox_in_one_go() {
    let f = fixture().await;
    let s = &f.store;
    let decision = decide(
        s,
        f.resident,
        DecisionOutcome::Granted,
        "Voldoet aan alle voorwaarden.",
    )
    .await;
    assert!(
        decision.advice.eligible,
        "born 1966, starting 2025 with bijstand: advised yes"
    );
    assert_eq!(
        decision.decided_by.name, "Sanne de Vries",
        "the device's coach decides"
    );
    let outbox_before = count(s, "SELECT count(*) FROM outbox").await;
    let issued = s
        .statements()
        .issue_verklaring56(
            &ctx(),
            decision.id,
            Recipients56 {
                employer: true,
                uwv: true,
            },
        )
        .await
        .unwrap();

    let st = &issued.statement;
    assert!(
        werkpad_domain::statement::is_reference(StatementKind::Verklaring56Plus, &st.reference)
            && st.reference.ends_with("-00001"),
        "the first statement of this device: {}",
        st.reference
    );
    assert_eq!(
        count(s, "SELECT count(*) FROM outbox").await - outbox_before,
        3,
        "the statement and two disclosures sync"
    );
    let overview = s.statements().overview(f.resident).await.unwrap();
    let mut recipients: Vec<_> = overview
        .disclosures
        .iter()
        .map(|d| (d.recipient_name.as_str(), d.statement_reference.as_deref()))
        .collect();
    recipients.sort();
    assert_eq!(
        recipients,
        [
            (
                "Bakkerij d'Hondt-van der Meer B.V.",
                Some(st.reference.as_str())
            ),
            ("UWV", Some(st.reference.as_str()))
        ],
        "the employer and UWV are in the sharing register, with the reference"
    );
    assert_eq!(
        count(
            s,
            "SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'issued_statement'"
        )
        .await,
        1,
        "printing is audited"
    );

    let text = pdftotext(&issued.pdf);
    for want in [
        "Gemeente Arnhem",
        "Verklaring 56+ (doelgroepverklaring LKV)",
        "Çağlar Öztürk",
        st.verklaring56.as_ref().unwrap().bsn.as_str(),
        "01-05-1966",
        "Bakkerij d'Hondt-van der Meer B.V.",
        "123456782L01",
        "Ketelstraat 12, 6811 AN Arnhem",
        "03-03-2025",
        "Oudere werknemer (56 jaar of ouder)",
        "Bijstand (Participatiewet) in februari 2025",
        "12-03-2025",
        &st.reference,
        "M. Jansen, Teamleider Werk",
        "Pagina 1 van 1",
    ] {
        assert!(
            text.contains(want),
            "the declaration states {want:?}:\n{text}"
        );
    }
    assert!(!text.contains("AFSCHRIFT"), "the original is not a copy");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refusal_is_recorded_but_never_printed() {
    let f = fixture().await;
    let s = &f.store;
    let decision = decide(
        s,
        f.resident,
        DecisionOutcome::Refused,
        "Werkte al bij deze werkgever.",
    )
    .await;
    let before = count(s, "SELECT count(*) FROM outbox").await;
    let err = s
        .statements()
        .issue_verklaring56(
            &ctx(),
            decision.id,
            Recipients56 {
                employer: true,
                uwv: true,
            },
        )
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotGranted), "{err:?}");
    assert_eq!(
        count(s, "SELECT count(*) FROM outbox").await,
        before,
        "nothing half-stored"
    );
    assert_eq!(
        count(s, "SELECT count(*) FROM disclosures").await,
        0,
        "nothing shared"
    );
    assert_eq!(
        count(s, "SELECT last FROM statement_sequence").await,
        0,
        "no reference number was used up"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_decision_needs_reasons_and_bad_facts_store_nothing() {
    let f = fixture().await;
    let s = &f.store;
    let before = count(s, "SELECT count(*) FROM outbox").await;
    let err = s
        .statements()
        .verklaring56_decide(
            f.resident,
            &facts(),
            DecisionOutcome::Granted,
            "  ",
            today(),
        )
        .await
        .unwrap_err();
    let payload = err.payload();
    assert_eq!(payload.code, "validation");
    assert!(
        payload.fields.iter().any(|e| e.field == "reasoning"),
        "the form shows which field: {payload:?}"
    );
    let mut bad = facts();
    bad.loonheffingennummer = Some("123456789L01".into());
    let err = s
        .statements()
        .verklaring56_advice(f.resident, &bad)
        .await
        .unwrap_err();
    assert!(
        err.payload()
            .fields
            .iter()
            .any(|e| e.field == "loonheffingennummer"),
        "a wrong payroll number is named"
    );
    assert_eq!(
        count(s, "SELECT count(*) FROM outbox").await,
        before,
        "nothing stored"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reprint_says_afschrift_and_what_the_original_said() {
    let f = fixture().await;
    let s = &f.store;
    let decision = decide(s, f.resident, DecisionOutcome::Granted, "Akkoord.").await;
    let issued = s
        .statements()
        .issue_verklaring56(&ctx(), decision.id, Recipients56::default())
        .await
        .unwrap();
    let mut resident = s
        .residents()
        .resident(f.resident, Purpose::Guidance)
        .await
        .unwrap();
    resident.name.family_name = "Yılmaz".into();
    s.residents()
        .save(&resident, Purpose::Guidance)
        .await
        .unwrap();

    let mut later = ctx();
    later.now = Utc.with_ymd_and_hms(2025, 9, 1, 9, 0, 0).unwrap();
    let copy = s
        .statements()
        .reprint(&later, issued.statement.id)
        .await
        .unwrap();
    let text = pdftotext(&copy);
    assert!(text.contains("AFSCHRIFT"), "a reprint is marked as a copy");
    assert!(
        text.contains("12-03-2025"),
        "it names the original issue date"
    );
    assert!(
        text.contains("Çağlar Öztürk"),
        "it states the name as issued"
    );
    assert!(
        !text.contains("Yılmaz"),
        "a later correction does not rewrite an issued statement"
    );
    assert!(text.contains(&issued.statement.reference), "same reference");
    assert_eq!(
        count(s, "SELECT count(*) FROM issued_statements").await,
        1,
        "a reprint is not a new statement"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn references_are_unique_and_every_kind_prints() {
    let f = fixture().await;
    let s = &f.store;
    let a = s
        .statements()
        .issue_intake_report(&ctx(), f.resident)
        .await
        .unwrap();
    let b = s.statements().issue_plan(&ctx(), f.resident).await.unwrap();
    let (c, _) = s
        .statements()
        .export_inzage(&ctx(), f.resident)
        .await
        .unwrap();
    let refs = [&a, &b, &c].map(|i| i.statement.reference.clone());
    assert!(
        refs[0].starts_with("INT-") && refs[0].ends_with("-00001"),
        "{refs:?}"
    );
    assert!(
        refs[1].starts_with("PVA-") && refs[1].ends_with("-00002"),
        "{refs:?}"
    );
    assert!(
        refs[2].starts_with("INZ-") && refs[2].ends_with("-00003"),
        "{refs:?}"
    );
    let intake = pdftotext(&a.pdf);
    for want in [
        "Intakeverslag",
        "Çağlar Öztürk",
        "01-05-1966",
        "Privacyverklaring",
    ] {
        assert!(intake.contains(want), "the intake report has {want:?}");
    }
    let plan = pdftotext(&b.pdf);
    for want in [
        "Plan van aanpak",
        "Handtekening inwoner",
        "Handtekening jobcoach",
    ] {
        assert!(plan.contains(want), "the plan has {want:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_inzage_export_holds_everything_including_recipients_and_health() {
    let f = fixture().await;
    let s = &f.store;
    let decision = decide(s, f.resident, DecisionOutcome::Granted, "Akkoord.").await;
    s.statements()
        .issue_verklaring56(
            &ctx(),
            decision.id,
            Recipients56 {
                employer: true,
                uwv: false,
            },
        )
        .await
        .unwrap();
    let health = HealthRecord {
        id: HealthRecordId::new(),
        resident_id: f.resident,
        recorded_on: today(),
        recorded_by: s.device().coach.clone(),
        necessity: "Nodig voor passend werk.".into(),
        summary: "Rugklachten: niet zwaar tillen.".into(),
        work_limitations: None,
        source: None,
    };
    s.residents()
        .save(&health, Purpose::Guidance)
        .await
        .unwrap();

    let (issued, json) = s
        .statements()
        .export_inzage(&ctx(), f.resident)
        .await
        .unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    for key in [
        "purposes",
        "categories",
        "disclosures",
        "source",
        "retention",
        "file",
        "health_records",
        "verklaring56_decisions",
        "issued_statements",
    ] {
        assert!(value.get(key).is_some(), "the JSON has {key}");
    }
    assert_eq!(value["disclosures"][0]["recipient"], "possible_employer");
    assert!(
        value["categories"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "health"),
        "health is listed as a category held"
    );
    let text = words(&issued.pdf);
    for want in [
        "Inzage in uw gegevens",
        "Met wie hebben wij uw gegevens gedeeld?",
        "Bakkerij d'Hondt-van der Meer B.V. (Mogelijke werkgever)",
        "Rugklachten: niet zwaar tillen.",
        "Hoe lang bewaren wij uw gegevens?",
        "Waar komen de gegevens vandaan?",
        "Verklaring 56+ voor werkgevers",
    ] {
        assert!(text.contains(want), "the inzage PDF has {want:?}");
    }
    assert_eq!(
        count(
            s,
            "SELECT count(*) FROM audit_log WHERE action = 'read_health'"
        )
        .await,
        1,
        "showing health data in the export is audited per record"
    );
}
