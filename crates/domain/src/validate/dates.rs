//! Dates as jobcoaches type and read them (dd-mm-jjjj), and the rules for birth dates and
//! periods. No function here reads the clock: callers pass `today`.

use chrono::NaiveDate;

use crate::error::ValidationError;

/// The earliest birth date accepted; anything earlier is a typing error.
const EARLIEST_BIRTH_DATE: NaiveDate =
    NaiveDate::from_ymd_opt(1900, 1, 1).expect("1900-01-01 exists");

/// Parses "dd-mm-jjjj" (day and month may have one digit: "1-2-2024") or ISO "yyyy-mm-dd".
///
/// A date of the right shape that does not exist (31-02-2024) gives
/// [`ValidationError::DateDoesNotExist`], so the message can say so.
pub fn parse_date(input: &str) -> Result<NaiveDate, ValidationError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(ValidationError::Required);
    }
    let parts: Vec<&str> = s.split('-').collect();
    let [a, b, c] = parts.as_slice() else {
        return Err(ValidationError::DateFormat);
    };
    if !parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(ValidationError::DateFormat);
    }
    let (year, month, day) = match (a.len(), b.len(), c.len()) {
        (4, 2, 2) => (a, b, c),
        (1..=2, 1..=2, 4) => (c, b, a),
        _ => return Err(ValidationError::DateFormat),
    };
    // At most 4 ASCII digits each, so these parses cannot fail; map defensively anyway.
    let number = |s: &str| s.parse::<u32>().map_err(|_| ValidationError::DateFormat);
    let year = i32::try_from(number(year)?).map_err(|_| ValidationError::DateFormat)?;
    NaiveDate::from_ymd_opt(year, number(month)?, number(day)?)
        .ok_or(ValidationError::DateDoesNotExist)
}

/// Formats a date the Dutch way: "dd-mm-jjjj".
pub fn format_date(date: NaiveDate) -> String {
    date.format("%d-%m-%Y").to_string()
}

/// A birth date lies neither after `today` nor before 1900-01-01.
pub fn validate_birth_date(date: NaiveDate, today: NaiveDate) -> Result<(), ValidationError> {
    if date > today {
        Err(ValidationError::BirthDateInFuture)
    } else if date < EARLIEST_BIRTH_DATE {
        Err(ValidationError::BirthDateTooOld)
    } else {
        Ok(())
    }
}

/// A period's end, when known, is not before its start (a one-day period is fine).
pub fn validate_period(start: NaiveDate, end: Option<NaiveDate>) -> Result<(), ValidationError> {
    match end {
        Some(end) if end < start => Err(ValidationError::EndBeforeStart),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("test dates exist")
    }

    #[rstest]
    #[case::dutch("15-06-2025", d(2025, 6, 15))]
    #[case::dutch_short("1-2-2024", d(2024, 2, 1))]
    #[case::iso("2025-06-15", d(2025, 6, 15))]
    #[case::leap_day("29-02-2024", d(2024, 2, 29))]
    #[case::spaces(" 31-12-1999 ", d(1999, 12, 31))]
    fn dates_parse(#[case] input: &str, #[case] want: NaiveDate) {
        assert_eq!(parse_date(input), Ok(want), "{input:?} is a valid date");
    }

    #[rstest]
    #[case::empty("", ValidationError::Required)]
    #[case::slashes("15/06/2025", ValidationError::DateFormat)]
    #[case::two_digit_year("15-06-25", ValidationError::DateFormat)]
    #[case::american_iso_mix("2025-6-15", ValidationError::DateFormat)]
    #[case::words("vandaag", ValidationError::DateFormat)]
    #[case::four_parts("15-06-2025-1", ValidationError::DateFormat)]
    #[case::sign("+15-06-2025", ValidationError::DateFormat)]
    #[case::february_31("31-02-2024", ValidationError::DateDoesNotExist)]
    #[case::no_leap_day("29-02-2023", ValidationError::DateDoesNotExist)]
    #[case::month_13("2024-13-01", ValidationError::DateDoesNotExist)]
    fn bad_dates_are_refused(#[case] input: &str, #[case] want: ValidationError) {
        assert_eq!(
            parse_date(input),
            Err(want),
            "{input:?} is not a usable date"
        );
    }

    #[test]
    fn format_is_dutch_and_round_trips() {
        let date = d(2025, 3, 7);
        assert_eq!(
            format_date(date),
            "07-03-2025",
            "dates are shown as dd-mm-jjjj"
        );
        assert_eq!(
            parse_date(&format_date(date)),
            Ok(date),
            "what we show, we can read back"
        );
    }

    #[rstest]
    #[case::today(d(2025, 6, 15), Ok(()))]
    #[case::adult(d(1980, 1, 1), Ok(()))]
    #[case::first_accepted(d(1900, 1, 1), Ok(()))]
    #[case::tomorrow(d(2025, 6, 16), Err(ValidationError::BirthDateInFuture))]
    #[case::too_old(d(1899, 12, 31), Err(ValidationError::BirthDateTooOld))]
    fn birth_date_rules(#[case] birth: NaiveDate, #[case] want: Result<(), ValidationError>) {
        let today = d(2025, 6, 15);
        assert_eq!(
            validate_birth_date(birth, today),
            want,
            "birth date {birth} on {today}"
        );
    }

    #[rstest]
    #[case::open_ended(None, Ok(()))]
    #[case::same_day(Some(d(2025, 1, 1)), Ok(()))]
    #[case::later(Some(d(2025, 12, 31)), Ok(()))]
    #[case::earlier(Some(d(2024, 12, 31)), Err(ValidationError::EndBeforeStart))]
    fn period_rules(#[case] end: Option<NaiveDate>, #[case] want: Result<(), ValidationError>) {
        assert_eq!(
            validate_period(d(2025, 1, 1), end),
            want,
            "end {end:?} vs start 2025-01-01"
        );
    }
}
