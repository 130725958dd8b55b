//! Rendering without the store: identical bytes for a fixed clock, the privacy statement in
//! both languages, and the samples for docs/statements/.

use super::*;

#[test]
fn a_fixed_clock_gives_identical_bytes() {
    let snapshot = werkpad_domain::verklaring56::Verklaring56Snapshot {
        decision_id: werkpad_domain::Verklaring56DecisionId::from_uuid(uuid::Uuid::nil()),
        resident_name: "Nguyễn Văn An".into(),
        bsn: werkpad_domain::Bsn::parse("111222333").unwrap(),
        birth_date: NaiveDate::from_ymd_opt(1964, 7, 9).unwrap(),
        employer: facts().validate().unwrap().employer,
        start_date: NaiveDate::from_ymd_opt(2024, 4, 2).unwrap(),
        benefit: werkpad_domain::verklaring56::BenefitKind::Ioaw,
        benefit_month: NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(),
        decided_on: NaiveDate::from_ymd_opt(2024, 4, 20).unwrap(),
        version_id: "lkv-oudere-werknemer-2024".into(),
        signatory_name: "M. Jansen".into(),
        signatory_role: "Teamleider Werk".into(),
        municipality: "Arnhem".into(),
    };
    let make = || {
        let doc = verklaring56::document(&ctx(), &snapshot, "V56-C3D4E5F6-00042", None).unwrap();
        pdf::render(&doc).unwrap()
    };
    let (first, second) = (make(), make());
    assert!(
        first == second,
        "same statement, same clock: the same bytes"
    );
    assert!(
        pdftotext(&first).contains("Nguyễn Văn An"),
        "Vietnamese diacritics survive"
    );
}

#[test]
fn the_privacy_statement_prints_in_both_languages() {
    for (locale, intro) in [
        (Locale::Nl, "Deze privacyverklaring"),
        (Locale::En, "This privacy statement"),
    ] {
        let mut c = ctx();
        c.locale = locale;
        let pdf = pdf::render(&privacy::document(&c).unwrap()).unwrap();
        let text = pdftotext(&pdf);
        assert!(text.contains(intro), "{locale:?} introduction");
        assert!(
            text.contains("Hoe lang bewaren wij uw persoonsgegevens?"),
            "the municipality's text"
        );
        assert!(
            text.contains("Pagina") || text.contains("Page"),
            "page numbers"
        );
    }
}

/// Writes one PDF of every statement type, from fictitious data, to
/// `$WERKPAD_SAMPLES_DIR` (scripts/statement-samples.sh turns them into the PNGs under
/// docs/statements/).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "writes files for a person to look at"]
async fn write_statement_samples() {
    let out = std::path::PathBuf::from(std::env::var("WERKPAD_SAMPLES_DIR").unwrap());
    std::fs::create_dir_all(&out).unwrap();
    let f = fixture().await;
    let s = &f.store;
    let mut goal_case = demo::case(&mut Rng::new(11), &s.device().coach, today());
    goal_case.reports.truncate(2);
    for r in &goal_case.reports {
        let mut r = r.clone();
        r.resident_id = f.resident;
        s.residents().save(&r, Purpose::Guidance).await.unwrap();
    }
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
    for (text, target) in [
        (
            "Een vaste baan van 24 uur per week in de bakkerij of de logistiek.",
            d(2025, 12, 1),
        ),
        (
            "Zelfstandig met de bus naar het werk reizen.",
            d(2025, 6, 1),
        ),
    ] {
        let goal = werkpad_domain::Goal {
            id: werkpad_domain::GoalId::new(),
            resident_id: f.resident,
            traject_id: None,
            description: text.into(),
            target_date: target,
            status: werkpad_domain::GoalStatus::Open,
        };
        s.residents().save(&goal, Purpose::Guidance).await.unwrap();
    }
    for (text, due) in [
        (
            "Çağlar solliciteert elke week op twee vacatures en neemt de brieven mee.",
            d(2025, 4, 1),
        ),
        (
            "De jobcoach regelt een proefplaatsing van vier weken bij de bakkerij.",
            d(2025, 4, 15),
        ),
    ] {
        let agreement = werkpad_domain::Agreement {
            id: werkpad_domain::AgreementId::new(),
            resident_id: f.resident,
            traject_id: None,
            made_on: today(),
            description: text.into(),
            due_on: due,
            status: werkpad_domain::AgreementStatus::Open,
        };
        s.residents()
            .save(&agreement, Purpose::Guidance)
            .await
            .unwrap();
    }
    let decision = s
        .statements()
        .verklaring56_decide(
            f.resident,
            &facts(),
            DecisionOutcome::Granted,
            "Voldoet aan alle voorwaarden.",
            today(),
        )
        .await
        .unwrap();
    let v56 = s
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
    std::fs::write(out.join("verklaring-56plus.pdf"), &v56.pdf).unwrap();
    let copy = s
        .statements()
        .reprint(&ctx(), v56.statement.id)
        .await
        .unwrap();
    std::fs::write(out.join("verklaring-56plus-afschrift.pdf"), copy).unwrap();
    let intake = s
        .statements()
        .issue_intake_report(&ctx(), f.resident)
        .await
        .unwrap();
    std::fs::write(out.join("intakeverslag.pdf"), intake.pdf).unwrap();
    let plan = s.statements().issue_plan(&ctx(), f.resident).await.unwrap();
    std::fs::write(out.join("plan-van-aanpak.pdf"), plan.pdf).unwrap();
    let (inzage, json) = s
        .statements()
        .export_inzage(&ctx(), f.resident)
        .await
        .unwrap();
    std::fs::write(out.join("inzage.pdf"), inzage.pdf).unwrap();
    std::fs::write(out.join("inzage.json"), json).unwrap();
    let privacy = pdf::render(&privacy::document(&ctx()).unwrap()).unwrap();
    std::fs::write(out.join("privacyverklaring.pdf"), privacy).unwrap();

    // Issue 22: the loonwaarde report (signed, and a draft) and the beschikking.
    let june = subsidy::june_ctx(Locale::Nl);
    let (_, placement) = subsidy::placed(s, f.resident).await;
    let draft = subsidy::loonwaarde(s, &placement, false);
    subsidy::put(s, Purpose::Loonwaarde, &draft).await;
    let signed = subsidy::loonwaarde(s, &placement, true);
    subsidy::put(s, Purpose::Loonwaarde, &signed).await;
    let lks = subsidy::decision(
        s,
        &placement,
        &signed,
        werkpad_domain::subsidy::LksOutcome::Granted,
    );
    subsidy::put(s, Purpose::EmployerSubsidy, &lks).await;
    for (lw, name) in [
        (&signed, "rapport-loonwaardebepaling"),
        (&draft, "rapport-loonwaardebepaling-concept"),
    ] {
        let issued = s
            .statements()
            .issue_loonwaarde_report(&june, f.resident, lw.id)
            .await
            .unwrap();
        std::fs::write(out.join(format!("{name}.pdf")), issued.pdf).unwrap();
    }
    let beschikking = s
        .statements()
        .issue_lks_beschikking(&june, f.resident, lks.id)
        .await
        .unwrap();
    std::fs::write(
        out.join("beschikking-loonkostensubsidie.pdf"),
        beschikking.pdf,
    )
    .unwrap();

    // Issue 23: the request to UWV (sent, with two attachments) and the warning letter.
    let uwv = requests::sample_uwv_request(s, f.resident).await;
    let issued = s
        .statements()
        .issue_uwv_request(&june, f.resident, uwv)
        .await
        .unwrap();
    std::fs::write(out.join("uwv-aanvraag.pdf"), issued.pdf).unwrap();
    let case = requests::sample_warning(s, &placement).await;
    let issued = s
        .statements()
        .issue_verzuim_warning(&june, f.resident, case)
        .await
        .unwrap();
    std::fs::write(out.join("verzuim-waarschuwing.pdf"), issued.pdf).unwrap();
}
