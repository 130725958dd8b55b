//! How long data is kept after a traject ends, and the first day it may be destroyed.
//!
//! The periods come from the Selectielijst gemeenten en intergemeentelijke organen 2020,
//! procestype 8, as the privacy statement repeats them, counted from the end of the
//! guidance. They are data ([`RULES`]) with their source, so an inzage overview can cite
//! them and a change of the list is a one-line change here.

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use crate::traject::EndReason;

/// Where the retention periods come from.
pub const SELECTIELIJST_2020: &str =
    "Selectielijst gemeenten en intergemeentelijke organen 2020, procestype 8";

/// How long access-log (login) data is kept, in months (the Selectielijst's period for
/// login data).
pub const ACCESS_LOG_RETENTION_MONTHS: u32 = 6;

/// A retention period, counted from the day the traject ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RetentionPeriod {
    /// Whole calendar years.
    Years(u32),
    /// Days.
    Days(u32),
}

impl RetentionPeriod {
    /// The first day after this period, counted from `from`.
    ///
    /// Years are calendar years: 15-06-2025 plus 10 years is 15-06-2035. From 29 February
    /// into a year without one, the result is 1 March: on 28 February the full period has
    /// not yet passed, and destroying early would break the legal duty to keep the data.
    /// A result beyond chrono's range saturates to `NaiveDate::MAX` (keep longer, never
    /// shorter).
    pub fn first_day_after(self, from: NaiveDate) -> NaiveDate {
        match self {
            Self::Years(years) => i32::try_from(years)
                .ok()
                .and_then(|y| from.year().checked_add(y))
                .and_then(|year| {
                    NaiveDate::from_ymd_opt(year, from.month(), from.day())
                        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
                })
                .unwrap_or(NaiveDate::MAX),
            Self::Days(days) => from
                .checked_add_days(Days::new(u64::from(days)))
                .unwrap_or(NaiveDate::MAX),
        }
    }
}

/// The retention rule for one way a traject can end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RetentionRule {
    /// How the traject ended.
    pub reason: EndReason,
    /// How long the data is kept after the end.
    pub period: RetentionPeriod,
    /// The legal source of the period.
    pub source: &'static str,
}

/// The retention rules, one per [`EndReason`].
pub const RULES: [RetentionRule; 3] = [
    RetentionRule {
        reason: EndReason::Beeindigd,
        period: RetentionPeriod::Years(10),
        source: SELECTIELIJST_2020,
    },
    RetentionRule {
        reason: EndReason::Geweigerd,
        period: RetentionPeriod::Years(5),
        source: SELECTIELIJST_2020,
    },
    RetentionRule {
        reason: EndReason::Afgebroken,
        period: RetentionPeriod::Days(42),
        source: SELECTIELIJST_2020,
    },
];

/// The rule that applies to `reason`.
pub fn rule_for(reason: EndReason) -> RetentionRule {
    match reason {
        EndReason::Beeindigd => RULES[0],
        EndReason::Geweigerd => RULES[1],
        EndReason::Afgebroken => RULES[2],
    }
}

/// The first day the data of a traject that ended on `ended_on` for `reason` may be
/// destroyed: `ended_on` plus the retention period (see
/// [`RetentionPeriod::first_day_after`] for 29 February).
pub fn destroy_after(reason: EndReason, ended_on: NaiveDate) -> NaiveDate {
    rule_for(reason).period.first_day_after(ended_on)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("test dates exist")
    }

    #[test]
    fn every_end_reason_has_its_own_rule() {
        for reason in EndReason::ALL {
            assert_eq!(
                rule_for(reason).reason,
                reason,
                "rule_for must pick the matching rule"
            );
        }
        assert_eq!(
            rule_for(EndReason::Afgebroken).period,
            RetentionPeriod::Days(42),
            "6 weeks"
        );
    }

    #[rstest]
    #[case::beeindigd_normal(EndReason::Beeindigd, d(2025, 6, 15), d(2035, 6, 15))]
    #[case::beeindigd_leap_day(EndReason::Beeindigd, d(2024, 2, 29), d(2034, 3, 1))]
    #[case::beeindigd_leap_to_leap(EndReason::Beeindigd, d(2020, 2, 29), d(2030, 3, 1))]
    #[case::geweigerd_leap_day(EndReason::Geweigerd, d(2024, 2, 29), d(2029, 3, 1))]
    #[case::geweigerd_normal(EndReason::Geweigerd, d(2025, 1, 31), d(2030, 1, 31))]
    #[case::afgebroken_leap_day(EndReason::Afgebroken, d(2024, 2, 29), d(2024, 4, 11))]
    #[case::afgebroken_new_year(EndReason::Afgebroken, d(2023, 12, 31), d(2024, 2, 11))]
    fn destroy_after_counts_the_full_period(
        #[case] reason: EndReason,
        #[case] ended_on: NaiveDate,
        #[case] want: NaiveDate,
    ) {
        assert_eq!(
            destroy_after(reason, ended_on),
            want,
            "{reason:?} ended {ended_on}: data may go only once the whole period has passed"
        );
    }

    #[test]
    fn leap_day_to_leap_year_keeps_the_day() {
        assert_eq!(
            RetentionPeriod::Years(4).first_day_after(d(2024, 2, 29)),
            d(2028, 2, 29),
            "29 February exists in 2028, so no shift to 1 March is needed"
        );
    }

    #[test]
    fn absurd_periods_saturate_instead_of_panicking() {
        assert_eq!(
            RetentionPeriod::Years(u32::MAX).first_day_after(d(2025, 1, 1)),
            NaiveDate::MAX,
            "an overflowing period keeps data longer, never shorter"
        );
        assert_eq!(
            RetentionPeriod::Days(u32::MAX).first_day_after(NaiveDate::MAX),
            NaiveDate::MAX
        );
    }
}
