//! The beschikking loonkostensubsidie: the calculation step by step, a refusal without
//! amounts, the English letter.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_beschikking_shows_the_calculation_step_by_step_and_who_decided() {
    let c = case().await;
    let s = &c.f.store;
    let lw = loonwaarde(s, &c.placement, true);
    put(s, Purpose::Loonwaarde, &lw).await;
    let d = decision(s, &c.placement, &lw, LksOutcome::Granted);
    assert_eq!(d.estimate.parts.len(), 2, "the month spans 01-07-2025");
    assert_eq!(d.estimate.total_cents, 138_064, "the domain's total");
    put(s, Purpose::EmployerSubsidy, &d).await;
    let outbox_before = count(s, "SELECT count(*) FROM outbox").await;
    let disclosures_before = count(s, "SELECT count(*) FROM disclosures").await;

    let issued = s
        .statements()
        .issue_lks_beschikking(&june_ctx(Locale::Nl), c.f.resident, d.id)
        .await
        .unwrap();
    let st = &issued.statement;
    assert!(
        werkpad_domain::statement::is_reference(StatementKind::LksBeschikking, &st.reference),
        "{}",
        st.reference
    );
    assert_eq!(
        count(s, "SELECT count(*) FROM disclosures").await,
        disclosures_before,
        "no second sharing-register entry: recording the decision wrote it"
    );
    assert_eq!(
        count(s, "SELECT count(*) FROM outbox").await - outbox_before,
        1,
        "only the issued statement syncs"
    );
    assert_eq!(
        count(
            s,
            "SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'issued_statement' AND purpose = 'employer_subsidy'"
        )
        .await,
        1,
        "printing is audited under the subsidy purpose"
    );

    let text = words(&issued.pdf);
    for want in [
        // To the employer, a copy to the resident.
        &format!("{EMPLOYER} t.a.v. Henk de Vries Ketelstraat 12 A 6811 AN Arnhem"),
        "Datum 13-06-2025",
        &format!("Kenmerk {}", st.reference),
        &format!("Onderwerp Loonkostensubsidie voor {ILSE}"),
        "Beschikking loonkostensubsidie",
        &format!("U krijgt loonkostensubsidie voor {ILSE}."),
        "U krijgt de subsidie vanaf 15-06-2025.",
        "Begonnen met werken op 16-03-2025",
        "Uren per week 24 uur",
        "Loonwaarde 25 %, vastgesteld op 06-06-2025",
        "Toegekend: u krijgt loonkostensubsidie",
        "Proefplaatsing Van 16-03-2025 tot en met 14-06-2025",
        "Per maand ongeveer EUR 1.380,64 (zie de bijlage)",
        "In die tijd betaalt u geen loon en krijgt u geen subsidie.",
        "Daarom krijgt de bakkerij subsidie.",
        // The calculation, part by part, through Fluent.
        "Bijlage: hoe hebben wij de subsidie berekend?",
        "Het minimumloon verandert in deze maand. Daarom rekenen wij in 2 delen.",
        "Deel 1: 15-06-2025 tot en met 30-06-2025",
        "Het minimumloon per uur vanaf 01-01-2025 is EUR 14,06.",
        // (the wage with holiday pay shown with its exact decimals, EUR 15,1848)
        "Met 8 % vakantiegeld erbij is dat EUR 15,18",
        "De loonwaarde is 25 %. Het verschil met het minimumloon is 75 %.",
        "Dat is meer dan 70 %. De subsidie is nooit meer dan 70 %.",
        "Subsidie: 70 % van EUR 15,18",
        "× 55,47 uur = EUR 589,58.",
        "Vergoeding voor werkgeverskosten: 23,5 % van EUR 589,58 = EUR 138,55.",
        "Deel 2: 01-07-2025 tot en met 14-07-2025",
        "Het minimumloon per uur vanaf 01-07-2025 is EUR 14,40.",
        "Loonkostensubsidie EUR 1.117,93",
        "Vergoeding werkgeverskosten EUR 262,71",
        "Totaal per maand EUR 1.380,64",
        // Sources.
        "Rijksoverheid, bedragen minimumloon 1 januari 2025; Participatiewet art. 10d",
        "Rijksoverheid, bedragen minimumloon 1 juli 2025; Participatiewet art. 10d",
        "forfaitaire vergoeding werkgeverslasten 23,5 %",
        // A named person decided.
        "Sanne de Vries heeft dit besluit genomen op 12-06-2025, namens het college van burgemeester en wethouders van Arnhem.",
        "wethouders van Arnhem. Sanne de Vries Datum: 12-06-2025",
        // Objection, in plain words.
        "Bent u het niet eens met dit besluit?",
        "Dan kunt u bezwaar maken. Doe dat binnen 6 weken na de datum van deze brief.",
        &format!("Kopie aan: {ILSE}"),
    ] {
        assert!(
            text.contains(want),
            "the beschikking states {want:?}:\n{text}"
        );
    }
    for never in ["automatisch", "AFSCHRIFT", "pdf-lks", "lks-step"] {
        assert!(
            !text.contains(never),
            "the beschikking never says {never:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refusal_prints_the_reasons_without_amounts() {
    let c = case().await;
    let s = &c.f.store;
    let lw = loonwaarde(s, &c.placement, true);
    put(s, Purpose::Loonwaarde, &lw).await;
    let d = decision(s, &c.placement, &lw, LksOutcome::Refused);
    put(s, Purpose::EmployerSubsidy, &d).await;
    let issued = s
        .statements()
        .issue_lks_beschikking(&june_ctx(Locale::Nl), c.f.resident, d.id)
        .await
        .unwrap();
    let text = words(&issued.pdf);
    for want in [
        &format!("U krijgt geen loonkostensubsidie voor {ILSE}. Hieronder leest u waarom."),
        "Afgewezen: u krijgt geen loonkostensubsidie",
        "Het contract is korter dan drie maanden.",
        "Sanne de Vries heeft dit besluit genomen op 12-06-2025",
        "binnen 6 weken",
        &format!("Kopie aan: {ILSE}"),
    ] {
        assert!(text.contains(want), "the refusal states {want:?}:\n{text}");
    }
    for never in ["Totaal per maand", "EUR ", "proefplaatsing, van"] {
        assert!(!text.contains(never), "a refusal shows no {never:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_beschikking_in_english_formats_amounts_and_dates_the_same_way() {
    let c = case().await;
    let s = &c.f.store;
    let lw = loonwaarde(s, &c.placement, true);
    put(s, Purpose::Loonwaarde, &lw).await;
    let d = decision(s, &c.placement, &lw, LksOutcome::Granted);
    put(s, Purpose::EmployerSubsidy, &d).await;
    let issued = s
        .statements()
        .issue_lks_beschikking(&june_ctx(Locale::En), c.f.resident, d.id)
        .await
        .unwrap();
    assert_eq!(issued.statement.language, "en-US");
    let text = words(&issued.pdf);
    for want in [
        "Decision on wage cost subsidy",
        &format!("You will receive wage cost subsidy for {ILSE}."),
        "The minimum wage per hour from 01-07-2025 is EUR 14,40.",
        "Total per month EUR 1.380,64",
        "Sanne de Vries took this decision on 12-06-2025",
        "within 6 weeks",
        &format!("Copy to: {ILSE}"),
        "Page 1 of",
    ] {
        assert!(
            text.contains(want),
            "the English beschikking states {want:?}:\n{text}"
        );
    }
}
