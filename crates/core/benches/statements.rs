//! Statement benchmarks (BENCHMARKS.md has the figures and the command):
//! - one verklaring 56+: content + layout + PDF bytes (goal ≤ 10 ms), and the whole issue
//!   in the encrypted store (reference, snapshot, disclosures, audit, outbox, commit);
//! - the AVG inzage export of a resident with 500 reports (PDF + JSON, audited).
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use werkpad_core::Store;
use werkpad_core::demo::{self, Rng};
use werkpad_core::i18n::Locale;
use werkpad_core::statements::{Context, LetterheadSettings, Recipients56, pdf, verklaring56};
use werkpad_core::store::{BackendPreference, KdfParams, StoreConfig};
use werkpad_domain::verklaring56::{DecisionOutcome, EmploymentFactsDraft};
use werkpad_domain::{AddressDraft, Purpose, Report, ReportId, ReportKind, ResidentId};

fn ctx() -> Context {
    Context {
        letterhead: LetterheadSettings::default(),
        locale: Locale::Nl,
        now: Utc.with_ymd_and_hms(2025, 3, 12, 10, 0, 0).unwrap(),
    }
}

fn facts() -> EmploymentFactsDraft {
    EmploymentFactsDraft {
        employer_name: Some("Bakkerij De Korenschoof B.V.".into()),
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

fn percentiles(label: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let at = |p: f64| samples[((samples.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "{label:<44} p50 {:>8.3} ms   p95 {:>8.3} ms   (n = {})",
        at(0.5).as_secs_f64() * 1e3,
        at(0.95).as_secs_f64() * 1e3,
        samples.len()
    );
}

/// An encrypted store (production key wrapping, file backend) with one resident born in
/// 1963 and `reports` reports.
async fn store_with(reports: usize) -> (tempfile::TempDir, Store, ResidentId) {
    let dir = tempfile::tempdir().unwrap();
    let config = StoreConfig {
        backend: BackendPreference::File,
        kdf: KdfParams::insecure_for_tests(),
        recovery_public_key: None,
    };
    let store = Store::create(dir.path(), "benchmark passphrase", "Bench Coach", &config)
        .await
        .unwrap();
    let today = NaiveDate::from_ymd_opt(2025, 3, 12).unwrap();
    let mut case = demo::case(&mut Rng::new(3), &store.device().coach, today);
    case.intake.resident.birth_date = NaiveDate::from_ymd_opt(1963, 2, 26).unwrap();
    let id = case.intake.resident.id;
    store.residents().save_intake(&case.intake).await.unwrap();
    let mut w = store.writer(Purpose::Guidance).await.unwrap();
    for i in 0..reports {
        let report = Report {
            id: ReportId::new(),
            resident_id: id,
            traject_id: None,
            written_at: Utc.with_ymd_and_hms(2024, 1, 1, 9, 0, 0).unwrap()
                + chrono::Duration::days(i as i64),
            author: store.device().coach.clone(),
            kind: ReportKind::Conversation,
            text: format!(
                "Gesprek {i}: voortgang besproken, sollicitatie bij de bakkerij voorbereid. \
                 Afspraak gemaakt over vervoer en werktijden; volgende week werkplekbezoek."
            ),
        };
        w.put(&report).await.unwrap();
    }
    w.commit().await.unwrap();
    (dir, store, id)
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().unwrap();

    // Layout + PDF of one verklaring 56+ from its snapshot.
    let (_dir, store, resident) = rt.block_on(store_with(0));
    let decision = rt
        .block_on(store.statements().verklaring56_decide(
            resident,
            &facts(),
            DecisionOutcome::Granted,
            "Voldoet aan alle voorwaarden.",
            NaiveDate::from_ymd_opt(2025, 3, 12).unwrap(),
        ))
        .unwrap();
    let issued = rt
        .block_on(store.statements().issue_verklaring56(
            &ctx(),
            decision.id,
            Recipients56::default(),
        ))
        .unwrap();
    let snapshot = issued.statement.verklaring56.clone().unwrap();
    let render = || {
        let doc =
            verklaring56::document(&ctx(), &snapshot, &issued.statement.reference, None).unwrap();
        pdf::render(&doc).unwrap()
    };
    let samples = (0..300)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(render());
            t.elapsed()
        })
        .collect();
    percentiles("verklaring 56+: document + PDF", samples);
    println!("verklaring 56+ size: {} bytes", render().len());
    c.bench_function("verklaring56_pdf", |b| b.iter(render));

    // The whole issue: sequence, snapshot, two disclosures, audit, outbox, PDF, commit.
    let to = Recipients56 {
        employer: true,
        uwv: true,
    };
    let samples = (0..200)
        .map(|_| {
            let t = Instant::now();
            rt.block_on(
                store
                    .statements()
                    .issue_verklaring56(&ctx(), decision.id, to),
            )
            .unwrap();
            t.elapsed()
        })
        .collect();
    percentiles("verklaring 56+: issue in the encrypted store", samples);

    // Inzage of a resident with 500 reports.
    let (_dir500, store500, resident500) = rt.block_on(store_with(500));
    let mut sizes = (0, 0);
    let samples = (0..20)
        .map(|_| {
            let t = Instant::now();
            let (issued, json) = rt
                .block_on(store500.statements().export_inzage(&ctx(), resident500))
                .unwrap();
            let took = t.elapsed();
            sizes = (issued.pdf.len(), json.len());
            took
        })
        .collect();
    percentiles("inzage export, 500 reports (PDF + JSON)", samples);
    println!(
        "inzage export sizes: PDF {} bytes, JSON {} bytes",
        sizes.0, sizes.1
    );
    let mut g = c.benchmark_group("inzage");
    g.sample_size(10);
    g.bench_function("inzage_500_reports", |b| {
        b.iter(|| {
            rt.block_on(store500.statements().export_inzage(&ctx(), resident500))
                .unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
