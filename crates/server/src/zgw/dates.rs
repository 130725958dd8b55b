//! Dates as the ZGW APIs want them: `yyyy-mm-dd` for a `date`, the calendar day in the
//! Netherlands (Europe/Amsterdam) for a moment Werkpad keeps in UTC.

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};

/// The day in Europe/Amsterdam at `at`: UTC+2 from the last Sunday of March 01:00 UTC to
/// the last Sunday of October 01:00 UTC (the EU rule since 1996), UTC+1 otherwise.
pub fn amsterdam_day(at: DateTime<Utc>) -> NaiveDate {
    let year = at.year();
    let summer = at >= switch(year, 3) && at < switch(year, 10);
    let offset = Duration::hours(if summer { 2 } else { 1 });
    (at + offset).date_naive()
}

/// 01:00 UTC on the last Sunday of `month` in `year`.
fn switch(year: i32, month: u32) -> DateTime<Utc> {
    let mut day = NaiveDate::from_ymd_opt(year, month, 31).unwrap_or(NaiveDate::MIN);
    while day.weekday() != Weekday::Sun {
        day = day.pred_opt().unwrap_or(day);
    }
    Utc.from_utc_datetime(&day.and_hms_opt(1, 0, 0).unwrap_or_default())
}

/// `yyyy-mm-dd`.
pub fn iso(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn late_evening_utc_is_the_next_day_in_amsterdam() {
        // Winter: 23:30 UTC is 00:30 the next day.
        assert_eq!(
            iso(amsterdam_day(utc("2026-01-14T23:30:00Z"))),
            "2026-01-15"
        );
        assert_eq!(
            iso(amsterdam_day(utc("2026-01-14T22:30:00Z"))),
            "2026-01-14"
        );
        // Summer: 22:30 UTC is 00:30 the next day.
        assert_eq!(
            iso(amsterdam_day(utc("2026-07-01T22:30:00Z"))),
            "2026-07-02"
        );
        assert_eq!(
            iso(amsterdam_day(utc("2026-07-01T21:30:00Z"))),
            "2026-07-01"
        );
        // 2026: summer time from 29 March, winter time from 25 October.
        assert_eq!(
            iso(amsterdam_day(utc("2026-03-28T22:30:00Z"))),
            "2026-03-28"
        );
        assert_eq!(
            iso(amsterdam_day(utc("2026-03-29T22:30:00Z"))),
            "2026-03-30"
        );
        assert_eq!(
            iso(amsterdam_day(utc("2026-10-25T22:30:00Z"))),
            "2026-10-25"
        );
    }
}
