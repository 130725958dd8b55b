//! The rapport loonwaardebepaling: signed (every field, both languages) and as a draft.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_loonwaarde_report_states_every_field_in_dutch_and_english() {
    let c = case().await;
    let s = &c.f.store;
    let lw = loonwaarde(s, &c.placement, true);
    put(s, Purpose::Loonwaarde, &lw).await;
    let outbox_before = count(s, "SELECT count(*) FROM outbox").await;
    let disclosures_before = count(s, "SELECT count(*) FROM disclosures").await;

    let issued = s
        .statements()
        .issue_loonwaarde_report(&june_ctx(Locale::Nl), c.f.resident, lw.id)
        .await
        .unwrap();
    let st = &issued.statement;
    assert_eq!(st.kind, StatementKind::LoonwaardeReport);
    assert!(
        st.reference.starts_with("LWB-") && st.reference.ends_with("-00001"),
        "{}",
        st.reference
    );
    assert_eq!(
        st.loonwaarde_report.as_ref().unwrap().loonwaarde,
        lw,
        "the assessment is frozen for reprints"
    );
    assert_eq!(
        count(s, "SELECT count(*) FROM outbox").await - outbox_before,
        1,
        "the issued statement syncs"
    );
    assert_eq!(
        count(s, "SELECT count(*) FROM disclosures").await,
        disclosures_before,
        "printing the report shares nothing by itself"
    );
    assert_eq!(
        count(
            s,
            "SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'issued_statement' AND purpose = 'loonwaarde'"
        )
        .await,
        1,
        "printing is audited under the loonwaarde purpose"
    );

    let text = words(&issued.pdf);
    for want in [
        "Gemeente Arnhem",
        "Rapport loonwaardebepaling",
        ILSE,
        "01-05-1966",
        "Datum rapport 05-06-2025",
        "Datum bedrijfsbezoek 02-06-2025",
        EMPLOYER,
        "Contactpersoon werkgever Henk de Vries",
        "Verkoopmedewerker bakkerij",
        "Medewerker inpak en schoonmaak",
        "Werkt per week 24 uur",
        "Volledige werkweek bij deze werkgever 38 uur",
        "Pieter Bakker",
        "Loonwaarde Oost B.V.",
        "Onderzoeksbureau",
        "Brood en banket inpakken",
        "Schoonmaken van de bakkerij",
        // The arithmetic through Fluent, with the domain's numbers.
        "Brood en banket inpakken: 50 % van de tijd. Prestatie: tempo 50 % × kwaliteit 80 % × netto werktijd 70 % = 28 %. Telt mee voor 14 %.",
        "Schoonmaken van de bakkerij: 30 % van de tijd. Prestatie: tempo 40 % × kwaliteit 90 % × netto werktijd 70 % = 25,2 %. Telt mee voor 7,56 %.",
        "Opgeteld: 25,34 %. Afgerond is de loonwaarde 25 %.",
        "Loonwaarde 25 %",
        "Werkt nauwkeurig; heeft rust nodig",
        "Uren per maand 8",
        "Gewoon (elke week)",
        "6 maanden",
        "Uiterlijk op 06-06-2026",
        "Getekend door Pieter Bakker",
        "Getekend op 06-06-2025",
        "Vastgelegd door Sanne de Vries",
        &st.reference,
        "Pagina 1 van",
    ] {
        assert!(text.contains(want), "the report states {want:?}:\n{text}");
    }
    assert!(!text.contains("CONCEPT"), "a signed report is no draft");
    assert!(!text.contains("AFSCHRIFT"), "the original is not a copy");
    assert!(
        !text.contains("pdf-lwb") && !text.contains("loonwaarde-step"),
        "every Fluent id resolves"
    );

    // The same report in English, from the snapshot.
    let snapshot = st.loonwaarde_report.as_ref().unwrap();
    let en =
        loonwaarde_report::document(&june_ctx(Locale::En), snapshot, &st.reference, None).unwrap();
    let text = words(&pdf::render(&en).unwrap());
    for want in [
        "Wage value assessment report",
        ILSE,
        "Date of the company visit 02-06-2025",
        "Brood en banket inpakken: 50 % of the time. Performance: tempo 50 % × quality 80 % × net working time 70 % = 28 %. Counts for 14 %.",
        "Added up: 25,34 %. Rounded, the loonwaarde is 25 %.",
        "Signed by Pieter Bakker",
        "At the latest on 06-06-2026",
        "Research agency",
        "Page 1 of",
    ] {
        assert!(
            text.contains(want),
            "the English report states {want:?}:\n{text}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_report_says_concept_on_every_page_and_leaves_a_line_to_sign() {
    let c = case().await;
    let s = &c.f.store;
    let lw = loonwaarde(s, &c.placement, false);
    put(s, Purpose::Loonwaarde, &lw).await;
    let issued = s
        .statements()
        .issue_loonwaarde_report(&june_ctx(Locale::Nl), c.f.resident, lw.id)
        .await
        .unwrap();
    let layout = pdftotext(&issued.pdf);
    let pages = layout
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .count();
    assert!(pages >= 2, "the report with its table runs over pages");
    assert_eq!(
        layout.matches("CONCEPT – nog niet getekend").count(),
        // the stamp on every page and the line under the title
        pages + 1,
        "{layout}"
    );
    let text = words(&issued.pdf);
    for want in [
        "Opgeteld: 25,34 %. Afgerond is de loonwaarde 25 %.",
        "Uiterlijk op Nog niet bekend. Dit staat vast als het rapport is getekend.",
        "Handtekening loonwaardedeskundige Pieter Bakker Datum: ____",
    ] {
        assert!(text.contains(want), "the draft states {want:?}:\n{text}");
    }
    assert!(!text.contains("Getekend door"), "nobody signed yet");

    let copy = s
        .statements()
        .reprint(&june_ctx(Locale::Nl), issued.statement.id)
        .await
        .unwrap();
    let text = words(&copy);
    assert!(
        text.contains("AFSCHRIFT · CONCEPT – nog niet getekend"),
        "a copy of a draft is marked as both:\n{text}"
    );
    assert!(
        text.contains("afschrift van het rapport van 13-06-2025"),
        "the footer names the original's date"
    );

    let en = loonwaarde_report::document(
        &june_ctx(Locale::En),
        issued.statement.loonwaarde_report.as_ref().unwrap(),
        &issued.statement.reference,
        None,
    )
    .unwrap();
    assert!(
        words(&pdf::render(&en).unwrap()).contains("DRAFT – not signed yet"),
        "the English draft mark"
    );
}
