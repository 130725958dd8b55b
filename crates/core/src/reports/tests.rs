//! Tests of the words and the paper: every id a report uses has a text in both languages;
//! the CSV and the PDF say what the figures say, hidden cells as "x" with the legend.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Months, NaiveDate, TimeZone, Utc};
use uuid::Uuid;
use werkpad_domain::report::{
    Cell, Fact, ManagementReport, Period, ResidentFacts, Scope, SurveyData, SurveyResponses,
    SurveyTally, compute,
};
use werkpad_domain::request::referral::LifeDomain;
use werkpad_domain::survey::SurveyQuestion;
use werkpad_domain::traject::EndReason;
use werkpad_domain::verzuim::VerzuimOutcome;

use super::FetchedReport;
use super::export::{Labels, csv};
use crate::i18n::{Locale, Localizer};
use crate::statements::{Context, LetterheadSettings, pdf};

/// A small deterministic generator (no dependency, the same numbers on every machine).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// A fictitious team of four coaches with `count` residents referred over two years,
/// reported over the twelve months up to `as_of`.
pub(super) fn sample_report(count: usize, as_of: NaiveDate) -> ManagementReport {
    let mut rng = Lcg(24);
    let team = Uuid::from_u128(1);
    let coaches: Vec<Uuid> = (10..14).map(Uuid::from_u128).collect();
    let start = as_of - Months::new(24);
    let day = |rng: &mut Lcg, from: NaiveDate, days: u64| {
        from + chrono::Days::new(rng.below(days.max(1)))
    };
    let mut residents = Vec::new();
    for i in 0..count {
        let referred = day(&mut rng, start, 720);
        let mut facts = Vec::new();
        let intake = (rng.below(10) < 8).then(|| day(&mut rng, referred, 40));
        let ended = (rng.below(10) < 3).then(|| {
            let reason = EndReason::ALL[rng.below(EndReason::ALL.len() as u64) as usize];
            (day(&mut rng, referred, 400), reason)
        });
        facts.push(Fact::Traject {
            coach: Some(coaches[i % coaches.len()]),
            referred_on: referred,
            intake_on: intake,
            ended,
        });
        if let Some(intake) = intake
            && rng.below(10) < 5
        {
            let start = day(&mut rng, intake, 120);
            facts.push(Fact::Placement {
                start,
                paid: rng.below(10) < 7,
                ended: None,
            });
            if rng.below(10) < 4 {
                facts.push(Fact::Lks {
                    decided_on: day(&mut rng, start, 30),
                    granted: rng.below(10) < 8,
                    amount_cents: 250_000 + rng.below(900_000) as i64,
                });
            }
        }
        if rng.below(10) < 2 {
            facts.push(Fact::Verklaring56 {
                decided_on: day(&mut rng, referred, 200),
                granted: rng.below(10) < 7,
            });
        }
        if rng.below(10) < 3 {
            let outcome = VerzuimOutcome::ALL
                .get(rng.below(VerzuimOutcome::ALL.len() as u64 + 1) as usize)
                .copied();
            facts.push(Fact::Absence {
                on: day(&mut rng, referred, 300),
                outcome,
            });
        }
        if rng.below(10) < 3 {
            let domain = LifeDomain::ALL[rng.below(LifeDomain::ALL.len() as u64) as usize];
            facts.push(Fact::Referral {
                sent_on: day(&mut rng, referred, 300),
                domain,
            });
        }
        residents.push(ResidentFacts {
            resident: Uuid::from_u128(1000 + i as u128),
            facts,
        });
    }
    let mut survey = SurveyData::default();
    let from = NaiveDate::from_ymd_opt(as_of.year(), as_of.month(), 1).expect("a valid day")
        - Months::new(11);
    for m in 0..12 {
        let month = from + Months::new(m);
        let responses = 3 + rng.below(9);
        survey.responses.push(SurveyResponses {
            month,
            team: Some(team),
            responses,
        });
        for q in SurveyQuestion::ALL {
            for value in 1..=5u8 {
                survey.tallies.push(SurveyTally {
                    month,
                    team: Some(team),
                    question: q.as_str().to_owned(),
                    value,
                    answers: rng.below(u64::from(value) + 1),
                });
            }
        }
    }
    let scope = Scope {
        team: Some(team),
        team_of: coaches.iter().map(|c| (*c, team)).collect(),
        coach_names: coaches
            .iter()
            .zip(["A. Bakker", "F. El Amrani", "J. de Wit", "S. Yılmaz"])
            .map(|(c, n)| (*c, n.to_owned()))
            .collect::<HashMap<_, _>>(),
        team_names: BTreeMap::from([(team, "Team Noord".to_owned())]),
    };
    let period = Period::new(from, as_of, as_of).expect("twelve months up to today");
    compute(&residents, &survey, &scope, &period).report
}

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 30).expect("a valid day")
}

/// Every Fluent id a report uses: tables, rows (not the coaches' names), id columns.
fn ids(report: &ManagementReport) -> Vec<String> {
    let mut ids = Vec::new();
    for t in &report.tables {
        ids.push(t.id.clone());
        ids.extend(t.rows.iter().map(|r| r.id.clone()));
        ids.extend(
            t.columns
                .iter()
                .filter(|c| c.starts_with("report-"))
                .cloned(),
        );
    }
    ids.extend(
        [
            "report-csv-table",
            "report-csv-row",
            "report-csv-column",
            "report-csv-value",
        ]
        .map(String::from),
    );
    ids.sort();
    ids.dedup();
    ids
}

#[test]
fn every_id_of_a_report_has_a_text_in_both_languages() {
    let report = sample_report(1500, as_of());
    let ids = ids(&report);
    assert!(
        ids.len() > 60,
        "the sample uses every table and row kind: {ids:?}"
    );
    for locale in [Locale::Nl, Locale::En] {
        let l = Localizer::new(locale);
        let missing: Vec<&String> = ids.iter().filter(|id| !l.has(id)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", locale.tag());
    }
}

#[test]
fn the_csv_has_dutch_labels_and_hidden_cells_as_x() {
    let report = sample_report(1500, as_of());
    let text = csv(&report, Locale::Nl);
    assert!(
        text.starts_with("Tabel;Rij;Kolom;Waarde\r\n"),
        "a Dutch header: {}",
        &text[..40]
    );
    assert!(
        text.contains("Nieuwe aanmeldingen per maand;Aangemeld;2026-01;"),
        "labels from Fluent"
    );
    let hidden = report
        .tables
        .iter()
        .flat_map(|t| &t.rows)
        .flat_map(|r| &r.cells)
        .any(|c| *c == Cell::Hidden);
    assert!(hidden, "a sample this small has hidden cells");
    assert!(
        text.lines().any(|l| l.ends_with(";x")),
        "a hidden cell is an x in the CSV"
    );
}

fn fetched(report: ManagementReport) -> FetchedReport {
    FetchedReport {
        report,
        fetched_at: "2026-11-30T08:15:00Z".into(),
        from_cache: false,
    }
}

fn context() -> Context {
    Context {
        letterhead: LetterheadSettings::default(),
        locale: Locale::Nl,
        now: Utc
            .with_ymd_and_hms(2026, 12, 1, 9, 0, 0)
            .single()
            .expect("a valid time"),
    }
}

#[test]
fn the_pdf_document_says_team_period_dates_legend_and_every_table() {
    let report = sample_report(1500, as_of());
    let doc = super::pdf::document(&context(), &fetched(report.clone())).expect("a document");
    let texts = doc.texts().join("\n");
    let labels = Labels::new(Locale::Nl);
    for want in [
        "Managementrapportage",
        "Team Noord",
        "december 2025 tot en met november 2026",
        "30-11-2026",
        "01-12-2026",
        "x: minder dan 5, of verborgen zodat een kleine groep niet te herleiden is.",
        "dec 2025",
        "EUR ",
    ] {
        assert!(
            texts.contains(want),
            "{want:?} belongs in the report:\n{texts}"
        );
    }
    for t in &report.tables {
        assert!(
            texts.contains(&labels.t(&t.id)),
            "table {} has its heading",
            t.id
        );
    }
    let bars = doc
        .blocks
        .iter()
        .filter(|b| matches!(b, crate::statements::doc::Block::Bars(_)))
        .count();
    let charted = report
        .tables
        .iter()
        .filter(|t| t.chart == Some(werkpad_domain::report::Chart::BarsPerMonth))
        .count();
    assert_eq!(bars, charted, "every bars-per-month table gets a chart");
    pdf::render(&doc).expect("the report renders as a PDF");
}

/// Writes the sample behind docs/statements/managementrapportage.pdf, and its figures as
/// the app gets them (JSON), into `WERKPAD_SAMPLES_DIR` (run by hand).
#[test]
#[ignore = "writes a sample file; run by hand"]
fn write_report_sample() {
    let dir = std::env::var("WERKPAD_SAMPLES_DIR").expect("WERKPAD_SAMPLES_DIR");
    let report = fetched(sample_report(1500, as_of()));
    let doc = super::pdf::document(&context(), &report).expect("a document");
    let bytes = pdf::render(&doc).expect("a PDF");
    std::fs::write(format!("{dir}/managementrapportage.pdf"), bytes).expect("written");
    // The same figures as the app gets them, for screenshots of the screen.
    let json = serde_json::to_string(&report).expect("serialisable");
    std::fs::write(format!("{dir}/managementrapportage.json"), json).expect("written");
}

/// An exported report is in this laptop's access log: an export, purpose management
/// reports, no resident, the format, team and months as its note; nothing else changes.
#[tokio::test]
#[allow(clippy::unwrap_used)]
async fn an_export_is_logged_without_a_resident() {
    use std::sync::Arc;

    use crate::store::secrets::{MemoryBackend, SecretBackend};
    use crate::store::{BackendPreference, KdfParams, Store, StoreConfig};

    let dir = tempfile::tempdir().unwrap();
    let backend: Arc<dyn SecretBackend> = Arc::new(MemoryBackend::default());
    let config = StoreConfig {
        backend: BackendPreference::Use(backend),
        kdf: KdfParams::insecure_for_tests(),
        ..Default::default()
    };
    let store = Store::create(dir.path(), "correct horse battery staple", "Petra", &config)
        .await
        .unwrap();
    let report = sample_report(40, NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
    store.reports().record_export(&report, "pdf").await.unwrap();
    type LogRow = (String, Option<String>, Option<String>, Option<String>, i64);
    let rows: Vec<LogRow> = sqlx::query_as(
        "SELECT action, resident_id, purpose, reason,
                    (SELECT count(*) FROM outbox) FROM audit_log",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    let (action, resident, purpose, reason, outbox) = &rows[0];
    assert_eq!(action, "export");
    assert_eq!(resident, &None);
    assert_eq!(purpose.as_deref(), Some("management_reports"));
    assert_eq!(
        reason.as_deref(),
        Some(
            format!(
                "pdf {} {}..{}",
                report.team.as_deref().unwrap_or("*"),
                report.from,
                report.to
            )
            .as_str()
        )
    );
    assert_eq!(*outbox, 0);
}
