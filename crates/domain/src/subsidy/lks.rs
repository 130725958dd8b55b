//! The loonkostensubsidie of one period, with every step shown.
//!
//! LKS = (WML + holiday pay) × (100 % − loonwaarde) for the hours worked, at most the cap
//! (70 %) of (WML + holiday pay), plus the allowance for employer costs (23,5 %) of that
//! amount. A period that spans a change of the table (1 January, 1 July) is split, and
//! the hours are shared over the parts by calendar days. Amounts are exact integers,
//! rounded half up to cents once per part (subsidy, then allowance on the rounded subsidy).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::period::{share_by_days, split_period};
use super::wml::{WmlRow, wml_boundaries, wml_on};
use crate::error::{ValidationError, ValidationErrors};
use crate::loonwaarde::arithmetic::format_hundredths;
use crate::reason::Reason;
use crate::validate::{format_amount_cents, format_date, format_minutes_as_hours};

/// What one LKS calculation needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct LksInput {
    /// The signed loonwaarde, in percent.
    pub loonwaarde_percent: u8,
    /// First day of the period.
    pub from: NaiveDate,
    /// Last day of the period.
    pub until: NaiveDate,
    /// Hours worked in the period, in minutes.
    pub minutes: u32,
}

/// One part of a period with one row of the table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct LksPart {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub until: NaiveDate,
    /// Hours in this part (shared by days), in minutes.
    pub minutes: u32,
    /// The WML per hour of the row, in cents.
    pub wml_cents: i64,
    /// WML plus holiday pay per hour, in cents (rounded for reading).
    pub wage_cents: i64,
    /// The subsidy percentage: 100 − loonwaarde, at most the cap.
    pub subsidy_percent: u8,
    /// True when the cap applied.
    pub capped: bool,
    /// The subsidy in cents.
    pub subsidy_cents: i64,
    /// The allowance for employer costs in cents.
    pub allowance_cents: i64,
    /// The row's source.
    pub source: String,
    /// The steps, as sentences.
    pub steps: Vec<Reason>,
}

/// The LKS of a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct LksCalculation {
    /// What was calculated.
    pub input: LksInput,
    /// One part per row of the table the period touches.
    pub parts: Vec<LksPart>,
    /// Subsidy over all parts, in cents.
    pub subsidy_cents: i64,
    /// Allowance over all parts, in cents.
    pub allowance_cents: i64,
    /// Subsidy plus allowance, in cents.
    pub total_cents: i64,
    /// The closing steps (the total, or why there is none).
    pub steps: Vec<Reason>,
}

/// `n / d` rounded half up (n ≥ 0, d > 0).
fn round_div(n: i128, d: i128) -> i64 {
    ((n + d / 2) / d) as i64
}

fn euros(cents: i64) -> String {
    format!("EUR {}", format_amount_cents(cents))
}

/// An exact hourly amount in thousandths of a cent, with as many decimals as it has (at
/// least two): 1_555_200 → "EUR 15,552", 1_518_480 → "EUR 15,1848". Shown where the
/// arithmetic continues with it, so an employer who recalculates by hand gets the same.
fn euros_exact(millicents: i128) -> String {
    let whole = millicents / 100_000;
    let mut frac = format!("{:05}", millicents % 100_000);
    while frac.len() > 2 && frac.ends_with('0') {
        frac.pop();
    }
    format!(
        "EUR {},{frac}",
        format_amount_cents(whole as i64 * 100).trim_end_matches(",00")
    )
}

fn permille(p: i64) -> String {
    format_hundredths((p * 10) as u64)
}

/// The LKS of `input`, or why it cannot be calculated (a loonwaarde above 100 %, the end
/// before the start, a day before the table starts).
pub fn calculate_lks(input: &LksInput) -> Result<LksCalculation, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    if input.loonwaarde_percent > 100 {
        errors.push(
            "loonwaarde_percent",
            ValidationError::OutOfRange { min: 0, max: 100 },
        );
    }
    if input.until < input.from {
        errors.push("until", ValidationError::EndBeforeStart);
    }
    if wml_on(input.from).is_none() {
        errors.push("from", ValidationError::NoRateKnown);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let ranges = split_period(input.from, input.until, wml_boundaries());
    let minutes = share_by_days(input.minutes, &ranges);
    let parts: Vec<LksPart> = ranges
        .iter()
        .zip(minutes)
        .filter_map(|(&(from, until), m)| {
            wml_on(from).map(|row| part(row, input.loonwaarde_percent, from, until, m))
        })
        .collect();
    let subsidy_cents = parts.iter().map(|p| p.subsidy_cents).sum();
    let allowance_cents = parts.iter().map(|p| p.allowance_cents).sum();
    let total_cents = subsidy_cents + allowance_cents;
    let mut steps = Vec::new();
    if input.loonwaarde_percent >= 100 {
        steps.push(Reason::new("lks-step-none", []));
    }
    steps.push(Reason::new(
        "lks-step-total",
        [
            ("from", format_date(input.from)),
            ("until", format_date(input.until)),
            ("hours", format_minutes_as_hours(input.minutes)),
            ("subsidy", euros(subsidy_cents)),
            ("allowance", euros(allowance_cents)),
            ("amount", euros(total_cents)),
        ],
    ));
    Ok(LksCalculation {
        input: *input,
        parts,
        subsidy_cents,
        allowance_cents,
        total_cents,
        steps,
    })
}

fn part(row: &WmlRow, loonwaarde: u8, from: NaiveDate, until: NaiveDate, minutes: u32) -> LksPart {
    let wml = i128::from(row.per_hour_cents);
    let with_holiday = wml * i128::from(1000 + row.holiday_permille); // cents × 1000
    let gap = 100 - i64::from(loonwaarde.min(100));
    let capped = gap > row.cap_percent;
    let pct = gap.min(row.cap_percent);
    let subsidy_cents = round_div(
        with_holiday * i128::from(pct) * i128::from(minutes),
        1000 * 100 * 60,
    );
    let allowance_cents = round_div(
        i128::from(subsidy_cents) * i128::from(row.allowance_permille),
        1000,
    );
    let wage_cents = round_div(with_holiday, 1000);
    let hours = format_minutes_as_hours(minutes);
    let mut steps = vec![
        Reason::new(
            "lks-step-period",
            [
                ("from", format_date(from)),
                ("until", format_date(until)),
                ("hours", hours.clone()),
            ],
        ),
        Reason::new(
            "lks-step-wml",
            [
                ("date", format_date(row.from)),
                ("amount", euros(row.per_hour_cents)),
            ],
        ),
        Reason::new(
            "lks-step-holiday",
            [
                ("pct", permille(row.holiday_permille)),
                ("amount", euros_exact(with_holiday)),
            ],
        ),
        Reason::new(
            "lks-step-gap",
            [
                ("loonwaarde", loonwaarde.to_string()),
                ("gap", gap.to_string()),
            ],
        ),
    ];
    if capped {
        steps.push(Reason::new(
            "lks-step-cap",
            [("cap", row.cap_percent.to_string())],
        ));
    }
    steps.push(Reason::new(
        "lks-step-subsidy",
        [
            ("pct", pct.to_string()),
            ("wage", euros_exact(with_holiday)),
            ("hours", hours),
            ("amount", euros(subsidy_cents)),
        ],
    ));
    steps.push(Reason::new(
        "lks-step-allowance",
        [
            ("pct", permille(row.allowance_permille)),
            ("subsidy", euros(subsidy_cents)),
            ("amount", euros(allowance_cents)),
        ],
    ));
    LksPart {
        from,
        until,
        minutes,
        wml_cents: row.per_hour_cents,
        wage_cents,
        subsidy_percent: pct as u8,
        capped,
        subsidy_cents,
        allowance_cents,
        source: row.source.to_owned(),
        steps,
    }
}
