//! Issuing statements against a real encrypted store: what is written together, what is
//! never written, what the PDFs say (read back with pdftotext) and that a fixed clock
//! gives the same bytes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;
use std::sync::Arc;

use chrono::{NaiveDate, TimeZone, Utc};
use werkpad_domain::verklaring56::{DecisionOutcome, EmploymentFactsDraft};
use werkpad_domain::{
    AddressDraft, HealthRecord, HealthRecordId, PersonName, Purpose, ResidentId, StatementKind,
};

use super::*;
use crate::demo::{self, Rng};
use crate::i18n::Locale;
use crate::store::secrets::{MemoryBackend, SecretBackend};
use crate::store::{BackendPreference, KdfParams, Store, StoreConfig};
use crate::{StoreError, statements::text::Context};

const PASS: &str = "correct horse battery staple";

struct Fixture {
    _dir: tempfile::TempDir,
    store: Store,
    resident: ResidentId,
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 12).unwrap()
}

fn ctx() -> Context {
    Context {
        letterhead: LetterheadSettings::default(),
        locale: Locale::Nl,
        now: Utc.with_ymd_and_hms(2025, 3, 12, 10, 30, 0).unwrap(),
    }
}

/// A store with one resident, "Çağlar Öztürk", born 01-05-1966.
async fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let backend: Arc<dyn SecretBackend> = Arc::new(MemoryBackend::default());
    let config = StoreConfig {
        backend: BackendPreference::Use(backend),
        kdf: KdfParams::insecure_for_tests(),
    };
    let store = Store::create(dir.path(), PASS, "Sanne de Vries", &config)
        .await
        .unwrap();
    let mut case = demo::case(&mut Rng::new(7), &store.device().coach, today());
    case.intake.resident.name = PersonName {
        initials: None,
        given_names: "Çağlar".into(),
        tussenvoegsel: None,
        family_name: "Öztürk".into(),
        preferred_name: None,
    };
    case.intake.resident.birth_date = NaiveDate::from_ymd_opt(1966, 5, 1).unwrap();
    let resident = case.intake.resident.id;
    store.save_intake(&case.intake).await.unwrap();
    Fixture {
        _dir: dir,
        store,
        resident,
    }
}

fn facts() -> EmploymentFactsDraft {
    EmploymentFactsDraft {
        employer_name: Some("Bakkerij d'Hondt-van der Meer B.V.".into()),
        loonheffingennummer: Some("123456782L01".into()),
        employer_address: AddressDraft {
            street: Some("Ketelstraat".into()),
            house_number: Some("12".into()),
            house_number_addition: None,
            postcode: Some("6811 AN".into()),
            woonplaats: Some("Arnhem".into()),
        },
        start_date: Some("03-03-2025".into()),
        request_date: Some("10-03-2025".into()),
        benefit: Some("participatiewet".into()),
        same_employer_within_6_months: Some(false),
        job_kind: Some("regular".into()),
    }
}

async fn count(store: &Store, sql: &'static str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).fetch_one(store.pool()).await.unwrap();
    n
}

/// The text of a PDF, as a reader's copy-paste would give it.
pub(crate) fn pdftotext(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/setup.sh");
    assert!(out.status.success(), "pdftotext reads the PDF");
    String::from_utf8(out.stdout).unwrap()
}

/// The words of a PDF in content order, whitespace collapsed: a table cell that wraps
/// over two lines reads as one phrase.
fn words(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/setup.sh");
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[tokio::test]
async fn a_verklaring_is_issued_with_its_disclosures_audit_and_outbox_in_one_go() {
    let f = fixture().await;
    let s = &f.store;
    let decision = s
        .verklaring56_decide(
            f.resident,
            &facts(),
            DecisionOutcome::Granted,
            "Voldoet aan alle voorwaarden.",
            today(),
        )
        .await
        .unwrap();
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
    let overview = s.statements_overview(f.resident).await.unwrap();
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

#[tokio::test]
async fn a_refusal_is_recorded_but_never_printed() {
    let f = fixture().await;
    let s = &f.store;
    let decision = s
        .verklaring56_decide(
            f.resident,
            &facts(),
            DecisionOutcome::Refused,
            "Werkte al bij deze werkgever.",
            today(),
        )
        .await
        .unwrap();
    let before = count(s, "SELECT count(*) FROM outbox").await;
    let err = s
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

#[tokio::test]
async fn a_decision_needs_reasons_and_bad_facts_store_nothing() {
    let f = fixture().await;
    let s = &f.store;
    let before = count(s, "SELECT count(*) FROM outbox").await;
    let err = s
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
    let err = s.verklaring56_advice(f.resident, &bad).await.unwrap_err();
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

#[tokio::test]
async fn a_reprint_says_afschrift_and_what_the_original_said() {
    let f = fixture().await;
    let s = &f.store;
    let decision = s
        .verklaring56_decide(
            f.resident,
            &facts(),
            DecisionOutcome::Granted,
            "Akkoord.",
            today(),
        )
        .await
        .unwrap();
    let issued = s
        .issue_verklaring56(&ctx(), decision.id, Recipients56::default())
        .await
        .unwrap();
    let mut resident = s.resident(f.resident, Purpose::Guidance).await.unwrap();
    resident.name.family_name = "Yılmaz".into();
    s.save(&resident, Purpose::Guidance).await.unwrap();

    let mut later = ctx();
    later.now = Utc.with_ymd_and_hms(2025, 9, 1, 9, 0, 0).unwrap();
    let copy = s
        .reprint_statement(&later, issued.statement.id)
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

#[tokio::test]
async fn references_are_unique_and_every_kind_prints() {
    let f = fixture().await;
    let s = &f.store;
    let a = s.issue_intake_report(&ctx(), f.resident).await.unwrap();
    let b = s.issue_plan(&ctx(), f.resident).await.unwrap();
    let (c, _) = s.export_inzage(&ctx(), f.resident).await.unwrap();
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

#[tokio::test]
async fn the_inzage_export_holds_everything_including_recipients_and_health() {
    let f = fixture().await;
    let s = &f.store;
    let decision = s
        .verklaring56_decide(
            f.resident,
            &facts(),
            DecisionOutcome::Granted,
            "Akkoord.",
            today(),
        )
        .await
        .unwrap();
    s.issue_verklaring56(
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
    s.save(&health, Purpose::Guidance).await.unwrap();

    let (issued, json) = s.export_inzage(&ctx(), f.resident).await.unwrap();
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
#[tokio::test]
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
        s.save(&r, Purpose::Guidance).await.unwrap();
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
        s.save(&goal, Purpose::Guidance).await.unwrap();
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
        s.save(&agreement, Purpose::Guidance).await.unwrap();
    }
    let decision = s
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
    let copy = s.reprint_statement(&ctx(), v56.statement.id).await.unwrap();
    std::fs::write(out.join("verklaring-56plus-afschrift.pdf"), copy).unwrap();
    let intake = s.issue_intake_report(&ctx(), f.resident).await.unwrap();
    std::fs::write(out.join("intakeverslag.pdf"), intake.pdf).unwrap();
    let plan = s.issue_plan(&ctx(), f.resident).await.unwrap();
    std::fs::write(out.join("plan-van-aanpak.pdf"), plan.pdf).unwrap();
    let (inzage, json) = s.export_inzage(&ctx(), f.resident).await.unwrap();
    std::fs::write(out.join("inzage.pdf"), inzage.pdf).unwrap();
    std::fs::write(out.join("inzage.json"), json).unwrap();
    let privacy = pdf::render(&privacy::document(&ctx()).unwrap()).unwrap();
    std::fs::write(out.join("privacyverklaring.pdf"), privacy).unwrap();
}
