//! The loonwaarde report and the beschikking loonkostensubsidie (issue 22): what they
//! state (read back from the PDF), in Dutch and English, the draft mark, the reprint, and
//! what issuing writes and never writes.

use werkpad_domain::EntityKind;
use werkpad_domain::loonwaarde::{
    Assessor, AssessorKind, CoachingIntensity, JobcoachingNeed, LoonwaardeId, Loonwaardebepaling,
    MainTask, SignOff,
};
use werkpad_domain::matching::{
    Employer, EmployerContactDraft, EmployerDraft, Placement, PlacementDraft, WorkplaceDraft,
};
use werkpad_domain::subsidy::{LksDecision, LksDecisionId, LksOutcome, TrialPlacement, estimate};

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The day the beschikking is printed.
pub(super) fn june_ctx(locale: Locale) -> Context {
    Context {
        letterhead: LetterheadSettings::default(),
        locale,
        now: Utc.with_ymd_and_hms(2025, 6, 13, 9, 15, 0).unwrap(),
    }
}

/// The employer of the case.
pub(super) const EMPLOYER: &str = "Bakkerij d'Hondt-van der Meer B.V.";

/// The resident of these tests: an apostrophe, a hyphen and a tussenvoegsel.
const ILSE: &str = "Ilse 't Hart-van der Meer";

/// An employer with a contact person, a workplace and a placement of 24 hours a week from
/// 16-03-2025 for `resident`.
pub(super) async fn placed(s: &Store, resident: ResidentId) -> (Employer, Placement) {
    let employer = s
        .matching()
        .save_employer(
            None,
            &EmployerDraft {
                name: Some(EMPLOYER.into()),
                address: AddressDraft {
                    street: Some("Ketelstraat".into()),
                    house_number: Some("12".into()),
                    house_number_addition: Some("A".into()),
                    postcode: Some("6811 AN".into()),
                    woonplaats: Some("Arnhem".into()),
                },
                contacts: vec![EmployerContactDraft {
                    name: Some("Henk de Vries".into()),
                    role: Some("Bedrijfsleider".into()),
                    ..EmployerContactDraft::default()
                }],
                ..EmployerDraft::default()
            },
        )
        .await
        .unwrap();
    let workplace = s
        .matching()
        .save_workplace(
            None,
            &WorkplaceDraft {
                employer_id: Some(employer.id),
                title: Some("Medewerker bakkerij".into()),
                kind: Some("regulier".into()),
                hours_per_week: Some("24".into()),
                postcode: Some("6811AN".into()),
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
    let placement = s
        .matching()
        .place(
            resident,
            &PlacementDraft {
                workplace_id: Some(workplace.id),
                start: Some("16-03-2025".into()),
                hours_per_week: Some("24".into()),
                contract: Some("arbeidsovereenkomst".into()),
                follow_up_weeks: Some("4".into()),
                reasoning: Some("Wil graag in de bakkerij werken.".into()),
                decided_on: Some("10-03-2025".into()),
                ..PlacementDraft::default()
            },
            day(2025, 3, 12),
        )
        .await
        .unwrap();
    (employer, placement)
}

/// A loonwaarde of 25 % (three tasks), with job coaching; signed on 06-06-2025 when
/// `signed`.
pub(super) fn loonwaarde(s: &Store, placement: &Placement, signed: bool) -> Loonwaardebepaling {
    let task = |name: &str, share, tempo, quality, net| MainTask {
        name: name.into(),
        share_percent: share,
        tempo_percent: tempo,
        quality_percent: quality,
        net_time_percent: net,
    };
    let mut lw = Loonwaardebepaling {
        id: LoonwaardeId::new(),
        resident_id: placement.resident_id,
        placement_id: Some(placement.id),
        employer_id: placement.employer_id,
        employer_contact: Some("Henk de Vries".into()),
        normfunctie: "Verkoopmedewerker bakkerij".into(),
        actual_function: "Medewerker inpak en schoonmaak".into(),
        worked_minutes_per_week: 24 * 60,
        fulltime_minutes_per_week: 38 * 60,
        visit_date: day(2025, 6, 2),
        report_date: day(2025, 6, 5),
        assessor: Assessor {
            kind: AssessorKind::ResearchAgency,
            name: "Pieter Bakker".into(),
            organisation: Some("Loonwaarde Oost B.V.".into()),
        },
        tasks: vec![
            task("Brood en banket inpakken", 50, 50, 80, 70),
            task("Schoonmaken van de bakkerij", 30, 40, 90, 70),
            task("Bestellingen klaarzetten", 20, 45, 70, 60),
        ],
        notes: Some("Werkt nauwkeurig; heeft rust nodig als het druk is aan de toonbank.".into()),
        jobcoaching: Some(JobcoachingNeed {
            hours_per_month: 8,
            intensity: CoachingIntensity::Regular,
            months: 6,
        }),
        sign_off: None,
    };
    if signed {
        lw.sign_off = Some(SignOff {
            signed_by: "Pieter Bakker".into(),
            signed_on: day(2025, 6, 6),
            recorded_by: s.device().coach.clone(),
            loonwaarde_percent: lw.outcome().unwrap().percent,
            reassess_on: day(2026, 6, 6),
        });
    }
    lw.validate().unwrap();
    lw
}

/// A decision on `lw`: the subsidy from 15-06-2025 (a month across the WML change of
/// 01-07-2025), after a trial placement, decided on 12-06-2025 by the device's coach.
pub(super) fn decision(
    s: &Store,
    placement: &Placement,
    lw: &Loonwaardebepaling,
    outcome: LksOutcome,
) -> LksDecision {
    let percent = lw.signed_percent().unwrap();
    let starts_on = day(2025, 6, 15);
    let d = LksDecision {
        id: LksDecisionId::new(),
        resident_id: placement.resident_id,
        placement_id: placement.id,
        employer_id: placement.employer_id,
        loonwaarde_id: lw.id,
        loonwaarde_percent: percent,
        minutes_per_week: 24 * 60,
        starts_on,
        trial: Some(TrialPlacement {
            from: day(2025, 3, 16),
            until: day(2025, 6, 14),
        }),
        estimate: estimate(percent, 24 * 60, starts_on).unwrap(),
        outcome,
        decided_by: s.device().coach.clone(),
        decided_on: day(2025, 6, 12),
        reasoning: match outcome {
            LksOutcome::Granted => "De loonwaarde is 25 %. Het contract is voor een jaar, 24 uur \
                                   per week. Daarom krijgt de bakkerij subsidie."
                .into(),
            LksOutcome::Refused => "Het contract is korter dan drie maanden. Dan geven wij \
                                   geen loonkostensubsidie."
                .into(),
        },
        supersedes: None,
    };
    d.validate().unwrap();
    d
}

pub(super) async fn put<R: crate::store::records::Storable>(
    s: &Store,
    purpose: Purpose,
    record: &R,
) {
    let mut w = s.writer(purpose).await.unwrap();
    w.put(record).await.unwrap();
    w.commit().await.unwrap();
}

struct Case {
    f: Fixture,
    employer: Employer,
    placement: Placement,
}

/// The store of [`fixture`] with the resident renamed to Ilse 't Hart-van der Meer and placed.
async fn case() -> Case {
    let f = fixture().await;
    let s = &f.store;
    let mut resident = s
        .residents()
        .resident(f.resident, Purpose::Guidance)
        .await
        .unwrap();
    resident.name = PersonName {
        initials: None,
        given_names: "Ilse".into(),
        tussenvoegsel: Some("'t".into()),
        family_name: "Hart-van der Meer".into(),
        preferred_name: None,
    };
    s.residents()
        .save(&resident, Purpose::Guidance)
        .await
        .unwrap();
    let (employer, placement) = placed(s, f.resident).await;
    Case {
        f,
        employer,
        placement,
    }
}

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
