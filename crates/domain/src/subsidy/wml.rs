//! The statutory minimum wage (wettelijk minimumloon, WML) per hour for 21 and older, with
//! the parameters of the loonkostensubsidie that go with it, as a date-effective table.
//!
//! Each row applies from its date until the next row's. The WML changes on 1 January and
//! 1 July; holiday pay, the 70 % cap and the employer-cost allowance are kept in the same
//! rows (they have changed over the years), so no amount or percentage is written in code.
//! A new row is a reviewed change with its source.

use chrono::NaiveDate;
use serde::Serialize;

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WmlRow {
    /// First day the row applies.
    pub from: NaiveDate,
    /// Gross minimum wage per hour, 21 and older, in cents.
    pub per_hour_cents: i64,
    /// Holiday pay on top, in tenths of a percent (80 = 8 %).
    pub holiday_permille: i64,
    /// Most the subsidy may be, in percent of wage plus holiday pay.
    pub cap_percent: i64,
    /// Allowance for employer costs on top of the subsidy, in tenths of a percent
    /// (235 = 23,5 %).
    pub allowance_permille: i64,
    /// Where the amounts come from.
    pub source: &'static str,
    /// False while the amount is announced but not yet confirmed by the source.
    pub confirmed: bool,
}

const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => panic!("a real date"),
    }
}

/// The rules behind the cap and the allowance, printed under every calculation.
pub const LKS_SOURCE: &str = "Participatiewet art. 10d (loonkostensubsidie: 70 % ten hoogste, \
                         forfaitaire vergoeding werkgeverslasten 23,5 %)";

/// Every row, oldest first.
pub const WML_TABLE: &[WmlRow] = &[
    WmlRow {
        from: date(2024, 1, 1),
        per_hour_cents: 1327,
        holiday_permille: 80,
        cap_percent: 70,
        allowance_permille: 235,
        source: "Rijksoverheid, bedragen minimumloon 1 januari 2024 (uurloon 21 jaar en \
                 ouder); Participatiewet art. 10d",
        confirmed: true,
    },
    WmlRow {
        from: date(2024, 7, 1),
        per_hour_cents: 1368,
        holiday_permille: 80,
        cap_percent: 70,
        allowance_permille: 235,
        source: "Rijksoverheid, bedragen minimumloon 1 juli 2024; Participatiewet art. 10d",
        confirmed: true,
    },
    WmlRow {
        from: date(2025, 1, 1),
        per_hour_cents: 1406,
        holiday_permille: 80,
        cap_percent: 70,
        allowance_permille: 235,
        source: "Rijksoverheid, bedragen minimumloon 1 januari 2025; Participatiewet art. 10d",
        confirmed: true,
    },
    WmlRow {
        from: date(2025, 7, 1),
        per_hour_cents: 1440,
        holiday_permille: 80,
        cap_percent: 70,
        allowance_permille: 235,
        source: "Rijksoverheid, bedragen minimumloon 1 juli 2025; Participatiewet art. 10d",
        confirmed: true,
    },
    WmlRow {
        from: date(2026, 1, 1),
        per_hour_cents: 1471,
        holiday_permille: 80,
        cap_percent: 70,
        allowance_permille: 235,
        source: "Rijksoverheid, bedragen minimumloon 1 januari 2026 (nog niet bevestigd); \
                 Participatiewet art. 10d",
        confirmed: false,
    },
];

/// The row in force on `day`; `None` before the table starts.
pub fn wml_on(day: NaiveDate) -> Option<&'static WmlRow> {
    WML_TABLE.iter().rev().find(|r| r.from <= day)
}

/// The days a new row starts, for splitting periods.
pub fn wml_boundaries() -> impl Iterator<Item = NaiveDate> {
    WML_TABLE.iter().map(|r| r.from)
}
