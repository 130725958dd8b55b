//! `werkpadctl uwv`, `attach`, `referral`, `verzuim`, `training` and `leerwerkplek` end to
//! end (issue 23): the real binary on a real encrypted store with demo data (file key
//! backend, no keyring needed). A refusal is in Dutch on stderr with a non-zero exit, and
//! nothing is stored.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

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

fn json(dir: &Path, args: &[&str]) -> Value {
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

/// A store with three demo residents; the store's folder and one resident's id.
fn store(tmp: &Path) -> (std::path::PathBuf, String) {
    let dir = tmp.join("store");
    ok(&dir, &["init", "--coach", "Petra de Coach", "--key-file"]);
    ok(&dir, &["demo-data", "--residents", "3"]);
    let hits = json(&dir, &["search", "Arnhem", "--limit", "1"]);
    let rid = hits[0]["id"].as_str().unwrap().to_owned();
    (dir, rid)
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn today() -> String {
    chrono::Local::now()
        .date_naive()
        .format("%d-%m-%Y")
        .to_string()
}

/// `2026-12-05` as `05-12-2026`.
fn dutch(iso: &Value) -> String {
    let day: chrono::NaiveDate = serde_json::from_value(iso.clone()).unwrap();
    day.format("%d-%m-%Y").to_string()
}

#[test]
fn a_uwv_request_with_a_medical_report_is_sent_only_after_consent() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, rid) = store(tmp.path());
    let today = today();

    let out = ok(&dir, &["uwv", "list", "--resident", &rid]);
    assert!(
        out.contains("Deze inwoner heeft nog geen aanvragen bij het UWV."),
        "{out}"
    );

    // A beschut-werk request needs the four criteria, each with what it rests on.
    let mut draft = vec![
        "uwv",
        "draft",
        "--resident",
        &rid,
        "--kind",
        "beschut_werk",
        "--motivation",
        "Werkt alleen met veel begeleiding en aanpassingen.",
        "--task-in-organisation",
        "yes",
        "--task-in-organisation-explanation",
        "Sorteert post zelfstandig.",
        "--basic-skills",
        "unsure",
        "--basic-skills-explanation",
        "Komt op tijd, maar heeft bij elke wijziging hulp nodig.",
        "--one-hour-at-a-stretch",
        "yes",
        "--one-hour-at-a-stretch-explanation",
        "Werkt een uur achter elkaar op de werkplek.",
    ];
    let err = refused(&dir, &draft);
    assert!(
        err.contains("Niet alle gegevens zijn goed ingevuld."),
        "{err}"
    );
    assert!(err.contains("four_hours_a_day.view: "), "{err}");
    assert!(err.contains("four_hours_a_day.explanation: "), "{err}");
    draft.extend([
        "--four-hours-a-day",
        "no",
        "--four-hours-a-day-explanation",
        "Na drie uur is zij op.",
    ]);
    let out = ok(&dir, &draft);
    assert!(
        out.contains("Beoordeling arbeidsvermogen: advies beschut werk  Concept"),
        "{out}"
    );
    assert!(out.contains("Opgeslagen. Status: Concept."), "{out}");
    let list = json(&dir, &["uwv", "list", "--resident", &rid]);
    let request = list["uwv"][0]["request"]["id"].as_str().unwrap().to_owned();
    assert_eq!(
        list["uwv"][0]["request"]["criteria"]["four_hours_a_day"]["view"],
        "no"
    );

    // A real PDF (the privacy statement werkpadctl prints) as the medical report.
    let pdf = tmp.path().join("rapport arts.pdf");
    ok(
        &dir,
        &["statement", "privacy", "--out", pdf.to_str().unwrap()],
    );
    let size = std::fs::metadata(&pdf).unwrap().len();
    let owner = [
        "attach",
        "--resident",
        &rid,
        "--owner-kind",
        "uwv_request",
        "--owner",
        &request,
    ];
    let attach = |kind: &str, file: &Path| {
        let mut args = owner.to_vec();
        args.extend(["--kind", kind, "--file", file.to_str().unwrap()]);
        args.into_iter().map(str::to_owned).collect::<Vec<_>>()
    };
    let args = attach("medical_report", &pdf);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = ok(&dir, &args);
    let kb = size.div_ceil(1024);
    assert!(
        out.contains(&format!(
            ": Medisch rapport, rapport arts.pdf (PDF, {kb} kB) (gezondheidsgegevens)"
        )),
        "{out}"
    );

    // A text file named .pdf is refused by its first bytes, and not stored.
    let fake = tmp.path().join("brief.pdf");
    std::fs::write(&fake, "Geachte heer, mevrouw,").unwrap();
    let args = attach("other", &fake);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let err = refused(&dir, &args);
    assert!(
        err.contains("content: Dit soort bestand kan niet mee. Kies een PDF, een PNG of een JPEG"),
        "{err}"
    );
    let missing = tmp.path().join("bestaat-niet.pdf");
    let args = attach("other", &missing);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let err = refused(&dir, &args);
    assert!(err.contains("is niet te lezen"), "{err}");

    // No consent yet: a medical report may not go to UWV. Nothing changes.
    let send = ["uwv", "send", "--resident", &rid, "--request", &request];
    let err = refused(&dir, &send);
    assert!(
        err.contains("De inwoner moet eerst toestemming geven."),
        "{err}"
    );
    let out = ok(&dir, &["uwv", "list", "--resident", &rid]);
    assert!(
        out.contains(&format!(
            "{request}  Beoordeling arbeidsvermogen: advies beschut werk  Concept"
        )),
        "{out}"
    );
    assert!(
        out.contains("Nog geen toestemming van de inwoner vastgelegd."),
        "{out}"
    );
    assert!(!out.contains("Verstuurd op"), "{out}");
    assert!(out.contains("Volgende stap: Versturen, Intrekken"), "{out}");
    let list = json(&dir, &["uwv", "list", "--resident", &rid]);
    assert_eq!(list["uwv"].as_array().unwrap().len(), 1);
    assert_eq!(list["uwv"][0]["request"]["life"]["status"], "drafted");
    assert_eq!(list["uwv"][0]["request"]["due_on"], Value::Null);
    assert_eq!(list["uwv"][0]["attachments"].as_array().unwrap().len(), 1);
    assert_eq!(list["uwv"][0]["attachments"][0]["size_bytes"], size);

    // The consent, added to the draft: the rest of the draft stays as it was.
    ok(
        &dir,
        &[
            "uwv",
            "draft",
            "--resident",
            &rid,
            "--request",
            &request,
            "--consent-given-on",
            &today,
            "--consent-form",
            "written",
            "--consent-scope",
            "Het medisch rapport gaat mee naar het UWV.",
        ],
    );
    let sent = json(&dir, &send);
    assert_eq!(sent["life"]["status"], "sent");
    assert_eq!(sent["criteria"]["basic_skills"]["view"], "unsure");
    let due = dutch(&sent["due_on"]);

    let out = ok(&dir, &["uwv", "list", "--resident", &rid]);
    for expected in [
        format!("{request}  Beoordeling arbeidsvermogen: advies beschut werk  Verstuurd"),
        format!("  Opgesteld op {today} door Petra de Coach."),
        format!("  Verstuurd op {today} door Petra de Coach."),
        format!("  Antwoord van het UWV uiterlijk op {due}."),
        format!(
            "  Toestemming van de inwoner: Op papier getekend, op {today}, voor: Het medisch rapport gaat mee naar het UWV."
        ),
        "  Volgende stap: Antwoord vastleggen, Intrekken".to_owned(),
    ] {
        assert!(out.contains(&expected), "missing {expected:?} in:\n{out}");
    }
    assert!(!out.contains("TE LAAT"), "sent today: {out}");

    // What was sent stays what was sent: no more attachments.
    let args = attach("cv", &pdf);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let err = refused(&dir, &args);
    assert!(err.contains("owner: "), "{err}");

    let target = ["--resident", rid.as_str(), "--request", request.as_str()];
    let mut answer = vec!["uwv", "answer"];
    answer.extend(target);
    answer.extend([
        "--outcome",
        "positive",
        "--reference",
        "UWV-2026-118",
        "--summary",
        "Advies beschut werk gegeven.",
    ]);
    let out = ok(&dir, &answer);
    assert!(
        out.contains("Antwoord vastgelegd. Status: Antwoord ontvangen."),
        "{out}"
    );

    let mut close = vec!["uwv", "close"];
    close.extend(target);
    let err = refused(&dir, &close);
    assert!(err.contains("note: "), "a close says what follows: {err}");
    close.extend([
        "--note",
        "Plaatsing beschut werk bij de Werkbrug aangevraagd.",
    ]);
    let out = ok(&dir, &close);
    assert!(out.contains("Vastgelegd. Status: Afgerond."), "{out}");

    let out = ok(&dir, &["uwv", "list", "--resident", &rid]);
    for expected in [
        format!("{request}  Beoordeling arbeidsvermogen: advies beschut werk  Afgerond"),
        format!("  Antwoord ontvangen op {today}: Positief. Advies beschut werk gegeven."),
        format!("  Afgerond op {today} door Petra de Coach."),
        "    Toelichting: Plaatsing beschut werk bij de Werkbrug aangevraagd.".to_owned(),
        format!("(PDF, {kb} kB) (gezondheidsgegevens)"),
    ] {
        assert!(out.contains(&expected), "missing {expected:?} in:\n{out}");
    }
    assert!(
        !out.contains("Antwoord van het UWV uiterlijk"),
        "answered: {out}"
    );
    assert!(!out.contains("Volgende stap"), "closed: {out}");
    let list = json(&dir, &["uwv", "list", "--resident", &rid]);
    assert_eq!(list["uwv"][0]["request"]["life"]["status"], "closed");
    assert_eq!(
        list["uwv"][0]["request"]["answer"]["reference"],
        "UWV-2026-118"
    );
    assert_eq!(list["uwv"][0]["overdue"], false);
}

#[test]
fn a_verzuim_decision_waits_for_the_residents_account() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, rid) = store(tmp.path());
    let today = today();

    let out = ok(&dir, &["verzuim", "list", "--resident", &rid]);
    assert!(
        out.contains("Voor deze inwoner is geen verzuim vastgelegd."),
        "{out}"
    );
    let case = json(
        &dir,
        &[
            "verzuim",
            "report",
            "--resident",
            &rid,
            "--on",
            &today,
            "--place",
            "programme",
            "--source",
            "provider",
            "--reported-by",
            "Leerbedrijf De Brug",
        ],
    );
    let id = case["id"].as_str().unwrap().to_owned();
    let target = ["--resident", rid.as_str(), "--case", id.as_str()];
    let run = |verb: &str, extra: &[&str]| {
        let mut args = vec!["verzuim", verb];
        args.extend(target);
        args.extend(extra);
        args.into_iter().map(str::to_owned).collect::<Vec<_>>()
    };

    let out = ok(
        &dir,
        &strs(&run(
            "control",
            &[
                "--controller",
                "Controlebureau Oost, J. Jansen",
                "--kind",
                "call",
            ],
        )),
    );
    assert!(
        out.contains(&format!(
            "Controle door Controlebureau Oost, J. Jansen (Telefoongesprek), gevraagd op {today}."
        )),
        "{out}"
    );

    let decide = run(
        "decide",
        &[
            "--outcome",
            "warning",
            "--reasoning",
            "Twee keer niet gekomen zonder bericht.",
        ],
    );
    let err = refused(&dir, &strs(&decide));
    assert!(
        err.contains("Vraag eerst de inwoner om zijn of haar kant van het verhaal."),
        "{err}"
    );
    // Asked, but the term has not passed: still refused.
    let out = ok(&dir, &strs(&run("account", &[])));
    assert!(
        out.contains(&format!(
            "Inwoner om uitleg gevraagd op {today}; antwoord uiterlijk op "
        )),
        "{out}"
    );
    let err = refused(&dir, &strs(&decide));
    assert!(err.contains("Vraag eerst de inwoner"), "{err}");
    let out = ok(&dir, &["verzuim", "list", "--resident", &rid]);
    assert!(out.contains("  Nog geen besluit."), "{out}");

    ok(
        &dir,
        &strs(&run(
            "account",
            &["--text", "Mijn moeder lag in het ziekenhuis."],
        )),
    );
    let out = ok(&dir, &strs(&decide));
    assert!(
        out.contains(&format!(
            "  Besloten door Petra de Coach op {today}: Waarschuwing (brief)."
        )),
        "{out}"
    );

    let out = ok(&dir, &["verzuim", "list", "--resident", &rid]);
    for expected in [
        format!("{id}  Afwezig op {today}: Bij het traject; Gemeld door de aanbieder."),
        "  Gemeld door Leerbedrijf De Brug.".to_owned(),
        format!("  Uitleg van de inwoner op {today}: Mijn moeder lag in het ziekenhuis."),
        format!("  Besloten door Petra de Coach op {today}: Waarschuwing (brief)."),
        "  Toelichting: Twee keer niet gekomen zonder bericht.".to_owned(),
    ] {
        assert!(out.contains(&expected), "missing {expected:?} in:\n{out}");
    }
    assert!(!out.contains("Nog geen besluit."), "{out}");
    // Decided once: a second decision is refused.
    refused(&dir, &strs(&decide));
    let cases = json(&dir, &["verzuim", "list", "--resident", &rid]);
    assert_eq!(cases[0]["decision"]["outcome"], "warning");
}

#[test]
fn a_referral_a_training_and_a_leerwerkplek() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, rid) = store(tmp.path());
    let today = today();

    let referral = json(
        &dir,
        &[
            "referral",
            "draft",
            "--resident",
            &rid,
            "--domain",
            "schuldhulpverlening",
            "--organisation",
            "Schuldhulp Arnhem",
            "--reason",
            "Schulden staan werk in de weg.",
            "--share",
            "name",
            "--share",
            "phone",
            "--share-why",
            "Zodat zij contact kunnen opnemen.",
        ],
    );
    let id = referral["id"].as_str().unwrap().to_owned();
    let target = ["--resident", rid.as_str(), "--referral", id.as_str()];
    let mut send = vec!["referral", "send"];
    send.extend(target);
    let err = refused(&dir, &send);
    assert!(
        err.contains("De inwoner moet eerst toestemming geven."),
        "{err}"
    );
    let mut consent = vec!["referral", "draft"];
    consent.extend(target);
    consent.extend([
        "--consent-given-on",
        &today,
        "--consent-form",
        "spoken",
        "--consent-scope",
        "Naam en telefoon naar Schuldhulp Arnhem.",
    ]);
    ok(&dir, &consent);
    let out = ok(&dir, &send);
    assert!(
        out.contains("Schuldhulpverlening  Schuldhulp Arnhem  Verstuurd"),
        "{out}"
    );
    let mut update = vec!["referral", "update"];
    update.extend(target);
    update.extend(["--progress", "accepted", "--feedback", "Intake op dinsdag."]);
    ok(&dir, &update);
    let out = ok(&dir, &["referral", "list", "--resident", &rid]);
    for expected in [
        format!("{id}  Schuldhulpverlening  Schuldhulp Arnhem  Antwoord ontvangen"),
        format!("  {today}: Aangenomen"),
        "    Toelichting: Intake op dinsdag.".to_owned(),
        "  Volgende stap: Afronden".to_owned(),
    ] {
        assert!(out.contains(&expected), "missing {expected:?} in:\n{out}");
    }
    let shared = json(&dir, &["referral", "list", "--resident", &rid]);
    assert_eq!(
        shared["referrals"][0]["referral"]["shared"],
        serde_json::json!(["name", "phone"])
    );

    let out = ok(
        &dir,
        &[
            "training",
            "add",
            "--resident",
            &rid,
            "--provider",
            "ROC Rijn IJssel",
            "--name",
            "Heftruckcertificaat",
            "--qualification",
            "Heftruck",
            "--starts-on",
            "01-09-2025",
        ],
    );
    assert!(out.contains("Opleiding Heftruckcertificaat bij ROC Rijn IJssel vanaf 01-09-2025 opgeslagen (Loopt nog)."), "{out}");
    let err = refused(
        &dir,
        &[
            "training",
            "add",
            "--resident",
            &rid,
            "--name",
            "Zonder aanbieder",
        ],
    );
    assert!(err.contains("provider: "), "{err}");

    let out = ok(
        &dir,
        &[
            "leerwerkplek",
            "add",
            "--resident",
            &rid,
            "--partner",
            "Kringloop Arnhem",
            "--work",
            "Magazijn",
            "--starts-on",
            "01-10-2025",
            "--ends-on",
            "31-03-2026",
            "--hours-per-week",
            "16",
            "--mentor-name",
            "Ria Smit",
            "--goal",
            "Zelfstandig orders klaarzetten",
        ],
    );
    assert!(out.contains("Leerwerkplek bij Kringloop Arnhem opgeslagen: Magazijn, van 01-10-2025 tot en met 31-03-2026, 16 uur per week."), "{out}");
}
