//! `werkpadctl loonwaarde`, `lks` and `jobcoaching` end to end (issue 22): the real binary,
//! known numbers, refused input in Dutch with a non-zero exit, and `show`/`print` on a
//! real encrypted store with demo data (file key backend, no keyring needed).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

use chrono::NaiveDate;
use werkpad_domain::ResidentId;
use werkpad_domain::loonwaarde::{LoonwaardeDraft, MainTaskDraft, SignOffInput};
use werkpad_domain::matching::{EmployerDraft, PlacementDraft, WorkplaceDraft};
use werkpad_domain::subsidy::{
    JobcoachOrganisationInput, JobcoachSubsidyInput, LksDecisionInput, LksPaymentInput,
};

const PASS: &str = "een lang genoeg wachtwoord";

fn ctl(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_werkpadctl"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env("WERKPAD_PASSPHRASE", PASS)
        .env_remove("WERKPAD_LANG")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs and expects success; the standard output.
fn ok(dir: &Path, args: &[&str]) -> String {
    let out = ctl(dir, args);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        text(&out.stderr)
    );
    text(&out.stdout)
}

fn json(dir: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = args.to_vec();
    all.push("--json");
    serde_json::from_str(&ok(dir, &all)).unwrap()
}

/// Runs and expects a refusal; the standard error.
fn refused(dir: &Path, args: &[&str]) -> String {
    let out = ctl(dir, args);
    assert!(!out.status.success(), "{args:?} should be refused");
    text(&out.stderr)
}

#[test]
fn loonwaarde_calculate_shows_every_step_and_refuses_bad_tasks() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let tasks = [
        "loonwaarde",
        "calculate",
        "--task",
        "Maaien:50:80:100:95",
        "--task",
        "Snoeien:50:60:90:95",
    ];
    // 50 × 76 % + 50 × 51,3 % = 63,65 % → 64 %.
    let out = ok(dir, &tasks);
    assert!(out.contains("Maaien: 50 % van de tijd. Prestatie: tempo 80 % × kwaliteit 100 % × netto werktijd 95 % = 76 %. Telt mee voor 38 %."), "{out}");
    assert!(out.contains("= 51,3 %. Telt mee voor 25,65 %."), "{out}");
    assert!(
        out.contains("Opgeteld: 63,65 %. Afgerond is de loonwaarde 64 %."),
        "{out}"
    );
    let mut en = tasks.to_vec();
    en.extend(["--lang", "en"]);
    let out = ok(dir, &en);
    assert!(!out.contains("Afgerond"), "English when asked: {out}");
    assert!(out.contains("64 %"), "{out}");

    let outcome = json(dir, &tasks);
    assert_eq!(outcome["percent"], 64);
    assert_eq!(outcome["sum_hundredths"], 6365);
    assert_eq!(outcome["tasks"][1]["performance_hundredths"], 5130);
    assert_eq!(outcome["steps"][2]["id"], "loonwaarde-step-total");

    let err = refused(
        dir,
        &[
            "loonwaarde",
            "calculate",
            "--task",
            "Maaien:50:80:100:95",
            "--task",
            "Snoeien:40:60:90:95",
        ],
    );
    assert!(
        err.contains("Niet alle gegevens zijn goed ingevuld."),
        "{err}"
    );
    assert!(
        err.contains("tasks: De hoofdtaken tellen samen op tot 90 %. Samen moet het 100 % zijn."),
        "{err}"
    );
    let err = refused(
        dir,
        &[
            "loonwaarde",
            "calculate",
            "--task",
            "Maaien:95:80:100:95",
            "--task",
            "Koffie:5:100:100:100",
        ],
    );
    assert!(
        err.contains("tasks[1].share: Een hoofdtaak kost minstens 1/16"),
        "{err}"
    );
    let err = refused(
        dir,
        &["loonwaarde", "calculate", "--task", "Maaien:1OO:80:100:250"],
    );
    assert!(err.contains("tasks[0].share"), "{err}");
    assert!(
        err.contains("tasks[0].net_time: Vul een getal in van 0 tot en met 200."),
        "{err}"
    );
    let err = refused(dir, &["loonwaarde", "calculate", "--task", "Maaien:100"]);
    assert!(
        err.contains("schrijf naam:aandeel:tempo:kwaliteit:netto werktijd"),
        "{err}"
    );

    let out = ctl(
        dir,
        &[
            "loonwaarde",
            "calculate",
            "--task",
            "Maaien:60:80:100:95",
            "--json",
        ],
    );
    assert!(!out.status.success());
    let payload: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(payload["error"]["code"], "validation");
    assert_eq!(payload["error"]["fields"][0]["field"], "tasks");
    assert_eq!(
        payload["error"]["fields"][0]["message_id"],
        "error-shares-not-hundred"
    );
}

#[test]
fn lks_calculate_splits_at_the_wml_change() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let args = [
        "lks",
        "calculate",
        "--loonwaarde",
        "60",
        "--from",
        "16-06-2025",
        "--until",
        "15-07-2025",
        "--hours",
        "120",
    ];
    let out = ok(dir, &args);
    for expected in [
        "Deel 1 van 2:",
        "  Van 16-06-2025 tot en met 30-06-2025: 60 uur gewerkt.",
        "  Het minimumloon per uur vanaf 01-01-2025 is EUR 14,06.",
        // The exact wage with holiday pay, so 0,40 × 15,1848 × 60 = 364,44 checks by hand.
        "  Met 8 % vakantiegeld erbij is dat EUR 15,1848 per uur.",
        "  Subsidie: 40 % van EUR 15,1848 × 60 uur = EUR 364,44.",
        "  Subsidie: 40 % van EUR 15,552 × 60 uur = EUR 373,25.",
        "  Vergoeding voor werkgeverskosten: 23,5 % van EUR 364,44 = EUR 85,64.",
        "Deel 2 van 2:",
        "  Het minimumloon per uur vanaf 01-07-2025 is EUR 14,40.",
        "= EUR 373,25.",
        "= EUR 87,71.",
        "  Bron: Rijksoverheid, bedragen minimumloon 1 juli 2025",
        "Totaal van 16-06-2025 tot en met 15-07-2025 (120 uur): EUR 737,69 subsidie + EUR 173,35 vergoeding = EUR 911,04.",
        "Regels: Participatiewet art. 10d",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }

    let calc = json(dir, &args);
    assert_eq!(calc["total_cents"], 91104);
    assert_eq!(calc["parts"].as_array().unwrap().len(), 2);
    assert_eq!(calc["parts"][0]["subsidy_cents"], 36444);
    assert_eq!(calc["parts"][0]["allowance_cents"], 8564);
    assert_eq!(calc["parts"][1]["subsidy_cents"], 37325);
    assert_eq!(calc["parts"][1]["allowance_cents"], 8771);
    assert_eq!(calc["input"]["minutes"], 7200);

    // At 20 % the gap of 80 % is capped at 70 %.
    let out = ok(
        dir,
        &[
            "lks",
            "calculate",
            "--loonwaarde",
            "20",
            "--from",
            "01-07-2025",
            "--until",
            "31-07-2025",
            "--hours",
            "86,5",
        ],
    );
    assert!(out.contains("De subsidie is nooit meer dan 70 %."), "{out}");
    assert!(out.contains("Deel 1 van 1:"), "{out}");

    let err = refused(
        dir,
        &[
            "lks",
            "calculate",
            "--loonwaarde",
            "60",
            "--from",
            "31-02-2025",
            "--until",
            "15-07-2025",
            "--hours",
            "12O",
        ],
    );
    assert!(err.contains("from: "), "{err}");
    assert!(err.contains("hours: "), "{err}");
    assert!(!err.contains("until: "), "the good date passes: {err}");
    let err = refused(
        dir,
        &[
            "lks",
            "calculate",
            "--loonwaarde",
            "60",
            "--from",
            "15-07-2025",
            "--until",
            "16-06-2025",
            "--hours",
            "120",
        ],
    );
    assert!(
        err.contains("until: De einddatum ligt vóór de begindatum."),
        "{err}"
    );
    let err = refused(
        dir,
        &[
            "lks",
            "calculate",
            "--loonwaarde",
            "60",
            "--from",
            "01-06-2020",
            "--until",
            "30-06-2020",
            "--hours",
            "120",
        ],
    );
    assert!(
        err.contains("from: Voor deze datum staat geen bedrag in de tabel."),
        "{err}"
    );
}

#[test]
fn lks_table_names_the_source_of_every_row() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let out = ok(dir, &["lks", "table"]);
    assert!(
        out.contains("Vanaf 01-07-2025: minimumloon EUR 14,40 per uur, vakantiegeld 8 %, subsidie ten hoogste 70 %, vergoeding werkgeverskosten 23,5 %."),
        "{out}"
    );
    let table = json(dir, &["lks", "table"]);
    let rows = table["rows"].as_array().unwrap();
    assert!(rows.len() >= 4, "{table}");
    let rows_in_text = out.lines().filter(|l| l.starts_with("Vanaf ")).count();
    let sources_in_text = out.lines().filter(|l| l.starts_with("  Bron: ")).count();
    assert_eq!(rows_in_text, rows.len());
    assert_eq!(sources_in_text, rows.len(), "a source under every row");
    for row in rows {
        assert!(!row["source"].as_str().unwrap().is_empty());
        if row["confirmed"] == false {
            let from: NaiveDate = serde_json::from_value(row["from"].clone()).unwrap();
            let line = format!("Vanaf {}", from.format("%d-%m-%Y"));
            assert!(
                out.lines()
                    .any(|l| l.starts_with(&line) && l.ends_with("(nog niet bevestigd)")),
                "an unconfirmed row says so: {out}"
            );
        }
    }
}

#[test]
fn jobcoaching_calculate_uses_the_tariffs_in_settings() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let args = [
        "jobcoaching",
        "calculate",
        "--from",
        "16-12-2025",
        "--until",
        "15-01-2026",
        "--hours",
        "31",
    ];
    // Without settings: the default tariff of EUR 75,00 an hour.
    let out = ok(dir, &args);
    assert!(out.contains("Totaal: EUR 2.325,00."), "{out}");
    assert!(out.contains("Bron: Standaardtarief Werkpad"), "{out}");

    std::fs::write(
        dir.join("settings.json"),
        serde_json::json!({
            "subsidy": {
                "reassess_months": 12,
                "jobcoach_tariffs": [
                    {"from": "2025-01-01", "per_hour_cents": 8000, "source": "Beleidsregel jobcoaching 2025"},
                    {"from": "2026-01-01", "per_hour_cents": 8400, "source": "Beleidsregel jobcoaching 2026"}
                ]
            }
        })
        .to_string(),
    )
    .unwrap();
    // 16 days in December, 15 in January: 16 hours at EUR 80, 15 at EUR 84.
    let out = ok(dir, &args);
    for expected in [
        "Van 16-12-2025 tot en met 31-12-2025: 16 uur jobcoaching × EUR 80,00 per uur = EUR 1.280,00.",
        "  Bron: Beleidsregel jobcoaching 2025",
        "Van 01-01-2026 tot en met 15-01-2026: 15 uur jobcoaching × EUR 84,00 per uur = EUR 1.260,00.",
        "  Bron: Beleidsregel jobcoaching 2026",
        "Totaal: EUR 2.540,00.",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
    let calc = json(dir, &args);
    assert_eq!(calc["amount_cents"], 254_000);
    assert_eq!(calc["parts"].as_array().unwrap().len(), 2);

    let err = refused(
        dir,
        &[
            "jobcoaching",
            "calculate",
            "--from",
            "01-06-2024",
            "--until",
            "30-06-2024",
            "--hours",
            "8",
        ],
    );
    assert!(
        err.contains("period_from: Voor deze datum staat geen bedrag in de tabel."),
        "before the first tariff: {err}"
    );
}

/// Ids of what [`seed`] recorded.
struct Seeded {
    employer: String,
    loonwaarde: String,
    decision: String,
}

/// What the coach records in the app: an employer, a placement, a signed loonwaarde of
/// 60 %, a granted LKS from 16-06-2025 with one payment of 120 hours, and a month of job
/// coaching. Straight on the store, as the app does.
fn seed(dir: &Path, resident: ResidentId) -> Seeded {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let today = chrono::Local::now().date_naive();
        let settings = werkpad_core::settings::AppSettings::load(dir);
        let (store, _) =
            werkpad_core::sync::engine::unlock(dir, PASS, &settings.store_config(), today)
                .await
                .unwrap();
        let employer = store
            .matching()
            .save_employer(
                None,
                &EmployerDraft {
                    name: Some("Groenvoorziening Rijnoever".into()),
                    address: werkpad_domain::AddressDraft {
                        street: Some("Kanaalweg".into()),
                        house_number: Some("12".into()),
                        postcode: Some("6827AB".into()),
                        woonplaats: Some("Arnhem".into()),
                        ..Default::default()
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
                resident,
                &PlacementDraft {
                    workplace_id: Some(workplace.id),
                    start: Some("01-06-2025".into()),
                    hours_per_week: Some("24".into()),
                    contract: Some("arbeidsovereenkomst".into()),
                    follow_up_weeks: Some("4".into()),
                    reasoning: Some("Werkt graag buiten.".into()),
                    decided_on: Some("25-05-2025".into()),
                    ..PlacementDraft::default()
                },
                today,
            )
            .await
            .unwrap();
        let task = |name: &str, tempo: &str, quality: &str, net: &str| MainTaskDraft {
            name: Some(name.into()),
            share: Some("50".into()),
            tempo: Some(tempo.into()),
            quality: Some(quality.into()),
            net_time: Some(net.into()),
        };
        let area = store.subsidies();
        // 50 × 72 % + 50 × 48 % = 60 %.
        let draft = LoonwaardeDraft {
            placement_id: Some(placement.id),
            employer_id: Some(employer.id),
            normfunctie: Some("Hovenier".into()),
            actual_function: Some("Medewerker groen".into()),
            worked_hours: Some("24".into()),
            fulltime_hours: Some("38".into()),
            visit_date: Some("02-06-2025".into()),
            assessor_kind: Some("staff".into()),
            assessor_name: Some("Pieter Bakker".into()),
            tasks: vec![
                task("Maaien", "80", "100", "90"),
                task("Snoeien", "60", "80", "100"),
            ],
            jobcoaching_hours: Some("8".into()),
            jobcoaching_intensity: Some("regular".into()),
            jobcoaching_months: Some("6".into()),
            ..LoonwaardeDraft::default()
        };
        let lw = area
            .save_loonwaarde(resident, None, &draft, today)
            .await
            .unwrap();
        let sign = SignOffInput {
            signed_by: Some("Pieter Bakker".into()),
            signed_on: Some("05-06-2025".into()),
        };
        area.sign_loonwaarde(resident, lw.id, &sign, 12, today)
            .await
            .unwrap();
        let decision = area
            .decide_lks(
                resident,
                &LksDecisionInput {
                    placement_id: Some(placement.id),
                    loonwaarde_id: Some(lw.id),
                    starts_on: Some("16-06-2025".into()),
                    outcome: Some("granted".into()),
                    decided_on: Some("10-06-2025".into()),
                    reasoning: Some(
                        "Loonwaarde 60 %, de werkgever betaalt het minimumloon.".into(),
                    ),
                    ..LksDecisionInput::default()
                },
                today,
            )
            .await
            .unwrap();
        area.pay_lks(
            resident,
            &LksPaymentInput {
                decision_id: Some(decision.id),
                period_from: Some("16-06-2025".into()),
                period_until: Some("15-07-2025".into()),
                hours_worked: Some("120".into()),
            },
            today,
        )
        .await
        .unwrap();
        let org = area
            .save_organisation(
                None,
                &JobcoachOrganisationInput {
                    name: Some("Jobcoach Gelderland".into()),
                    ..JobcoachOrganisationInput::default()
                },
            )
            .await
            .unwrap();
        area.plan_jobcoaching(
            resident,
            &JobcoachSubsidyInput {
                organisation_id: Some(org.id),
                loonwaarde_id: Some(lw.id),
                period_from: Some("01-07-2025".into()),
                period_until: Some("31-07-2025".into()),
                hours: Some("8".into()),
            },
            &settings.subsidy.jobcoach_tariffs,
            today,
        )
        .await
        .unwrap();
        store.lock().await;
        Seeded {
            employer: employer.id.to_string(),
            loonwaarde: lw.id.to_string(),
            decision: decision.id.to_string(),
        }
    })
}

#[test]
fn show_and_print_on_a_store_with_demo_data() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("store");
    ok(&dir, &["init", "--coach", "Petra de Coach", "--key-file"]);
    ok(&dir, &["demo-data", "--residents", "3"]);
    let hits = json(&dir, &["search", "Arnhem", "--limit", "1"]);
    let rid = hits[0]["id"].as_str().unwrap().to_owned();
    let resident: ResidentId = rid.parse().unwrap();

    // A fresh demo resident has nothing yet.
    let out = ok(&dir, &["loonwaarde", "show", "--resident", &rid]);
    assert!(
        out.contains("Deze inwoner heeft nog geen loonwaardebepaling."),
        "{out}"
    );
    let file = json(&dir, &["loonwaarde", "show", "--resident", &rid]);
    assert_eq!(file["loonwaarden"], serde_json::json!([]));
    assert_eq!(file["reassess_on"], serde_json::Value::Null);
    let out = ok(&dir, &["lks", "show", "--resident", &rid]);
    assert!(
        out.contains("nog geen besluit over loonkostensubsidie"),
        "{out}"
    );
    let out = ok(&dir, &["jobcoaching", "show", "--resident", &rid]);
    assert!(out.contains("nog geen jobcoaching"), "{out}");
    let err = refused(
        &dir,
        &[
            "loonwaarde",
            "show",
            "--resident",
            &ResidentId::new().to_string(),
        ],
    );
    assert!(err.contains("Dit gegeven bestaat niet (meer)."), "{err}");

    let seeded = seed(&dir, resident);

    let out = ok(&dir, &["loonwaarde", "show", "--resident", &rid]);
    for expected in [
        format!("{}  Getekend: loonwaarde 60 %, op 05-06-2025 door Pieter Bakker.", seeded.loonwaarde),
        "  Werkgever: Groenvoorziening Rijnoever. Functie: Medewerker groen (normfunctie: Hovenier).".to_owned(),
        "  Werkt 24 uur per week; voltijd is 38 uur.".to_owned(),
        "  Bedrijfsbezoek 02-06-2025, rapport 02-06-2025. Beoordelaar: Pieter Bakker (Loonwaardedeskundige van de gemeente).".to_owned(),
        "  Opnieuw beoordelen op 05-06-2026.".to_owned(),
        "  Jobcoaching: 8 uur per maand, Gewoon (elke week), 6 maanden.".to_owned(),
    ] {
        assert!(out.contains(&expected), "missing {expected:?} in:\n{out}");
    }
    let due = chrono::Local::now().date_naive() >= NaiveDate::from_ymd_opt(2026, 6, 5).unwrap();
    let last = if due {
        "Herbeoordeling nodig: die was gepland op 05-06-2026."
    } else {
        "Volgende herbeoordeling: 05-06-2026."
    };
    assert!(out.trim_end().ends_with(last), "{out}");
    let file = json(&dir, &["loonwaarde", "show", "--resident", &rid]);
    assert_eq!(file["reassess_on"], "2026-06-05");
    assert_eq!(file["reassessment_due"], due);
    assert_eq!(
        file["loonwaarden"][0]["record"]["sign_off"]["loonwaarde_percent"],
        60
    );
    assert_eq!(file["loonwaarden"][0]["outcome"]["percent"], 60);

    let out = ok(&dir, &["lks", "show", "--resident", &rid]);
    for expected in [
        format!("{}  Toegekend  Groenvoorziening Rijnoever", seeded.decision),
        "  Vanaf 16-06-2025 tot en met (loopt nog). Loonwaarde 60 %, 24 uur per week.".to_owned(),
        "  Besloten door Petra de Coach op 10-06-2025.".to_owned(),
        "  Betaald over 16-06-2025 tot en met 15-07-2025: 120 uur, EUR 911,04; goedgekeurd door Petra de Coach".to_owned(),
        "  Totaal betaald: EUR 911,04.".to_owned(),
    ] {
        assert!(out.contains(&expected), "missing {expected:?} in:\n{out}");
    }
    let file = json(&dir, &["lks", "show", "--resident", &rid]);
    assert_eq!(file["lks"][0]["paid_cents"], 91104);
    assert_eq!(file["lks"][0]["decision"]["outcome"], "granted");

    let out = ok(&dir, &["lks", "employer", "--employer", &seeded.employer]);
    assert!(out.starts_with(&rid), "{out}");
    assert!(
        out.contains("Betaald: EUR 911,04, tot en met 15-07-2025."),
        "{out}"
    );

    let out = ok(&dir, &["jobcoaching", "show", "--resident", &rid]);
    for expected in [
        "  Jobcoach Gelderland",
        "  Van 01-07-2025 tot en met 31-07-2025: 8 uur jobcoaching, EUR 600,00.",
        "  Nog geen voortgangsverslag.",
        "  Betaling nog niet goedgekeurd.",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }

    let report = tmp.path().join("loonwaarde.pdf");
    let printed = json(
        &dir,
        &[
            "loonwaarde",
            "print",
            "--resident",
            &rid,
            "--assessment",
            &seeded.loonwaarde,
            "--out",
            report.to_str().unwrap(),
        ],
    );
    assert!(printed["reference"].as_str().is_some_and(|r| !r.is_empty()));
    assert!(std::fs::read(&report).unwrap().starts_with(b"%PDF-"));

    let beschikking = tmp.path().join("beschikking.pdf");
    let out = ok(
        &dir,
        &[
            "lks",
            "print",
            "--resident",
            &rid,
            "--decision",
            &seeded.decision,
            "--out",
            beschikking.to_str().unwrap(),
        ],
    );
    assert!(out.starts_with(beschikking.to_str().unwrap()), "{out}");
    assert!(std::fs::read(&beschikking).unwrap().starts_with(b"%PDF-"));

    // Another resident's decision is not found, and nothing is written.
    let other = tmp.path().join("other.pdf");
    let err = refused(
        &dir,
        &[
            "lks",
            "print",
            "--resident",
            &ResidentId::new().to_string(),
            "--decision",
            &seeded.decision,
            "--out",
            other.to_str().unwrap(),
        ],
    );
    assert!(err.contains("Dit gegeven bestaat niet (meer)."), "{err}");
    assert!(!other.exists());
}
