//! Deadlines that move past weekends and public holidays (Algemene termijnenwet).
//!
//! A term set by law that ends on a Saturday, a Sunday or a generally recognised holiday
//! runs on to the next day that is none of these (Algemene termijnenwet art. 1). The
//! holidays are those of art. 3: Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede
//! Pinksterdag, both Christmas days, Koningsdag (27 April, 26 April when the 27th is a
//! Sunday) and 5 May. Goede Vrijdag is not one of them.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// Easter Sunday of `year` (Gregorian calendar; the anonymous algorithm of Meeus/Jones/
/// Butcher).
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    // month is 3 or 4 and day 1..=31 by construction.
    NaiveDate::from_ymd_opt(year, month.unsigned_abs(), day.unsigned_abs())
        .unwrap_or(NaiveDate::MIN)
}

/// True for a generally recognised holiday of the Algemene termijnenwet (art. 3).
pub fn is_holiday(date: NaiveDate) -> bool {
    let (m, d) = (date.month(), date.day());
    let fixed = matches!((m, d), (1, 1) | (12, 25) | (12, 26) | (5, 5));
    let koningsdag = (m, d) == (4, 27) && date.weekday() != Weekday::Sun
        || (m, d) == (4, 26) && date.weekday() == Weekday::Sat;
    let easter = easter_sunday(date.year());
    let after_easter = |n: u64| easter.checked_add_days(Days::new(n));
    let moving = [1, 39, 50]
        .into_iter()
        .filter_map(after_easter)
        .any(|h| h == date);
    fixed || koningsdag || moving
}

/// True for a day on which a term can end: not a Saturday, Sunday or holiday.
pub fn is_working_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !is_holiday(date)
}

/// `date`, or the first working day after it.
pub fn next_working_day(date: NaiveDate) -> NaiveDate {
    let mut d = date;
    while !is_working_day(d) {
        d = d.succ_opt().unwrap_or(NaiveDate::MAX);
    }
    d
}

/// The end of a legal term of `weeks` weeks from `from`, moved to the next working day
/// when it falls on a weekend or holiday.
pub fn legal_term_weeks(from: NaiveDate, weeks: u32) -> NaiveDate {
    let end = from
        .checked_add_days(Days::new(u64::from(weeks) * 7))
        .unwrap_or(NaiveDate::MAX);
    next_working_day(end)
}

/// The `n`th working day after `from` (a reply term counted in working days).
pub fn working_days_after(from: NaiveDate, n: u32) -> NaiveDate {
    let mut d = from;
    let mut left = n;
    while left > 0 {
        d = d.succ_opt().unwrap_or(NaiveDate::MAX);
        if is_working_day(d) {
            left -= 1;
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[rstest]
    #[case(2024, 3, 31)]
    #[case(2025, 4, 20)]
    #[case(2026, 4, 5)]
    #[case(2027, 3, 28)]
    #[case(2038, 4, 25)]
    fn easter(#[case] y: i32, #[case] m: u32, #[case] d: u32) {
        assert_eq!(easter_sunday(y), day(y, m, d));
    }

    #[rstest]
    #[case::nieuwjaarsdag(day(2027, 1, 1), true)]
    #[case::tweede_paasdag(day(2026, 4, 6), true)]
    #[case::goede_vrijdag_is_not_one(day(2026, 4, 3), false)]
    #[case::koningsdag(day(2026, 4, 27), true)]
    #[case::koningsdag_moves_from_sunday(day(2025, 4, 26), true)]
    #[case::not_the_27th_then(day(2025, 4, 27), false)]
    #[case::bevrijdingsdag(day(2026, 5, 5), true)]
    #[case::hemelvaart(day(2026, 5, 14), true)]
    #[case::tweede_pinksterdag(day(2026, 5, 25), true)]
    #[case::kerst(day(2026, 12, 25), true)]
    #[case::tweede_kerstdag(day(2026, 12, 26), true)]
    #[case::ordinary(day(2026, 12, 4), false)]
    fn holidays(#[case] date: NaiveDate, #[case] want: bool) {
        assert_eq!(is_holiday(date), want, "{date}");
    }

    #[rstest]
    #[case::weekday(day(2026, 12, 4), 8, day(2027, 1, 29))]
    #[case::ends_on_saturday(day(2026, 3, 7), 8, day(2026, 5, 4))]
    #[case::ends_on_tweede_paasdag(day(2026, 2, 9), 8, day(2026, 4, 7))]
    #[case::ends_on_kerst_then_weekend(day(2026, 10, 30), 8, day(2026, 12, 28))]
    #[case::ends_on_bevrijdingsdag(day(2026, 3, 10), 8, day(2026, 5, 6))]
    fn eight_weeks_move_past_weekends_and_holidays(
        #[case] from: NaiveDate,
        #[case] weeks: u32,
        #[case] want: NaiveDate,
    ) {
        assert_eq!(legal_term_weeks(from, weeks), want);
        assert!(is_working_day(want));
    }

    #[test]
    fn working_days_skip_christmas_and_new_year() {
        // Wednesday 23-12-2026: 24th (Thu), 28th, 29th, 30th, 31st; the 25th, 26th, the
        // weekend and 1 January do not count.
        assert_eq!(working_days_after(day(2026, 12, 23), 5), day(2026, 12, 31));
        assert_eq!(working_days_after(day(2026, 12, 23), 6), day(2027, 1, 4));
        assert_eq!(working_days_after(day(2026, 12, 4), 0), day(2026, 12, 4));
    }
}
