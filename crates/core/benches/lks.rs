//! Issue 22 benchmarks (BENCHMARKS.md has the figures and the command):
//! - an LKS calculation with its explanation across a WML change (goal ≤ 1 ms): the
//!   domain's `estimate` (the period split at 01-07-2025, every step as a Fluent id with
//!   its arguments), and the same with every step written out as a Dutch sentence;
//! - the beschikking loonkostensubsidie as a PDF from its snapshot (goal ≤ 10 ms): Fluent
//!   text, blocks, layout, font subsetting, PDF bytes.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use werkpad_core::i18n::{Locale, Localizer};
use werkpad_core::statements::{Context, LetterheadSettings, lks_beschikking, pdf};
use werkpad_domain::loonwaarde::LoonwaardeId;
use werkpad_domain::statement::LksBeschikkingSnapshot;
use werkpad_domain::subsidy::{
    LKS_SOURCE, LksCalculation, LksDecision, LksDecisionId, LksOutcome, TrialPlacement, estimate,
};
use werkpad_domain::{
    Address, EmployerId, PlacementId, Postcode, ResidentId, StaffId, StaffMember,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Loonwaarde 25 % (the 70 % cap applies), 24 hours a week, from 15-06-2025: the month
/// spans the WML change of 01-07-2025, so it is calculated in two parts.
fn calculate() -> LksCalculation {
    estimate(25, 24 * 60, day(2025, 6, 15)).unwrap()
}

/// Every step of `c` as a sentence.
fn explain(l10n: &Localizer, c: &LksCalculation) -> Vec<String> {
    c.parts
        .iter()
        .flat_map(|p| p.steps.iter())
        .chain(c.steps.iter())
        .map(|r| {
            let args: Vec<(&str, &str)> = r
                .args
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            l10n.format(&r.id, &args)
        })
        .collect()
}

fn snapshot() -> LksBeschikkingSnapshot {
    let decision = LksDecision {
        id: LksDecisionId::new(),
        resident_id: ResidentId::new(),
        placement_id: PlacementId::new(),
        employer_id: EmployerId::new(),
        loonwaarde_id: LoonwaardeId::new(),
        loonwaarde_percent: 25,
        minutes_per_week: 24 * 60,
        starts_on: day(2025, 6, 15),
        trial: Some(TrialPlacement {
            from: day(2025, 3, 16),
            until: day(2025, 6, 14),
        }),
        estimate: calculate(),
        outcome: LksOutcome::Granted,
        decided_by: StaffMember::new(StaffId::new(), "Sanne de Vries").unwrap(),
        decided_on: day(2025, 6, 12),
        reasoning: "De loonwaarde is 25 %. Nguyễn Văn An werkt 24 uur per week met een \
                    contract van een jaar. Daarom krijgt de bakkerij subsidie."
            .into(),
        supersedes: None,
    };
    decision.validate().unwrap();
    LksBeschikkingSnapshot {
        decision,
        resident_name: "Nguyễn Văn An".into(),
        employer_name: "Bakkerij d'Hondt-van der Meer B.V.".into(),
        employer_address: Address {
            street: "Ketelstraat".into(),
            house_number: "12".into(),
            house_number_addition: Some("A".into()),
            postcode: Postcode::parse("6811 AN").unwrap(),
            woonplaats: "Arnhem".into(),
        },
        employer_contact: Some("Henk de Vries".into()),
        placement_start: day(2025, 3, 16),
        loonwaarde_signed_on: day(2025, 6, 6),
        rules_source: LKS_SOURCE.into(),
    }
}

fn percentiles(label: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let at = |p: f64| samples[((samples.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "{label:<52} p50 {:>8.3} ms   p95 {:>8.3} ms   (n = {})",
        at(0.5).as_secs_f64() * 1e3,
        at(0.95).as_secs_f64() * 1e3,
        samples.len()
    );
}

fn timed<T>(n: usize, mut f: impl FnMut() -> T) -> Vec<Duration> {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    // (a) The calculation with its explanation.
    let calc = calculate();
    assert_eq!(calc.parts.len(), 2, "split at 01-07-2025");
    assert!(calc.parts.iter().all(|p| p.capped), "the 70 % cap applies");
    percentiles(
        "LKS estimate across 01-07-2025 (steps as Reasons)",
        timed(10_000, calculate),
    );
    let l10n = Localizer::new(Locale::Nl);
    println!("explanation: {} sentences", explain(&l10n, &calc).len());
    percentiles(
        "LKS estimate + every step as a Dutch sentence",
        timed(10_000, || explain(&l10n, &calculate())),
    );
    percentiles(
        "Fluent bundle, made once per process (nl-NL)",
        timed(50, || Localizer::new(Locale::Nl)),
    );
    c.bench_function("lks_estimate_across_wml_change", |b| b.iter(calculate));
    c.bench_function("lks_estimate_with_explanation", |b| {
        b.iter(|| explain(&l10n, &calculate()))
    });

    // (b) The beschikking as a PDF.
    let ctx = Context {
        letterhead: LetterheadSettings::default(),
        locale: Locale::Nl,
        now: Utc.with_ymd_and_hms(2025, 6, 13, 9, 0, 0).unwrap(),
    };
    let snap = snapshot();
    let render = || {
        let doc =
            lks_beschikking::document(&ctx, &snap, "LKS-C3D4E5F6-00042", day(2025, 6, 13), false)
                .unwrap();
        pdf::render(&doc).unwrap()
    };
    percentiles(
        "beschikking loonkostensubsidie: document + PDF",
        timed(300, render),
    );
    let doc = lks_beschikking::document(&ctx, &snap, "LKS-C3D4E5F6-00042", day(2025, 6, 13), false)
        .unwrap();
    percentiles(
        "  of which the document (Fluent text, blocks)",
        timed(300, || {
            lks_beschikking::document(&ctx, &snap, "LKS-C3D4E5F6-00042", day(2025, 6, 13), false)
                .unwrap()
        }),
    );
    percentiles(
        "  of which layout + PDF bytes",
        timed(300, || pdf::render(&doc).unwrap()),
    );
    println!("beschikking size: {} bytes", render().len());
    c.bench_function("lks_beschikking_pdf", |b| b.iter(render));
}

criterion_group!(benches, bench);
criterion_main!(benches);
