//! The AOW age (pensioengerechtigde leeftijd, AOW art. 7a): the age at which the state
//! pension starts. It is set per calendar year; a person's AOW age is the one of the year
//! in which they reach it. A verklaring 56+ is only for someone below it on the start date.

use chrono::{Datelike, Months, NaiveDate};

/// AOW age per calendar year: (year, whole years, extra months). Source: AOW art. 7a and
/// the SVB's published table; 2029 and 2030 as announced. Years after the last entry use
/// the last known age until the table is extended.
pub const AOW_AGE_BY_YEAR: &[(i32, u32, u32)] = &[
    (2018, 66, 0),
    (2019, 66, 4),
    (2020, 66, 4),
    (2021, 66, 4),
    (2022, 66, 7),
    (2023, 66, 10),
    (2024, 67, 0),
    (2025, 67, 0),
    (2026, 67, 0),
    (2027, 67, 0),
    (2028, 67, 3),
    (2029, 67, 3),
    (2030, 67, 3),
];

/// The date on which someone born on `birth` reaches the AOW age: the first year in the
/// table whose age, added to the birth date, falls in that year (a 29 February birthday
/// falls on 28 February in other years).
pub fn aow_date(birth: NaiveDate) -> NaiveDate {
    let add = |years: u32, months: u32| birth.checked_add_months(Months::new(years * 12 + months));
    for &(year, years, months) in AOW_AGE_BY_YEAR {
        if let Some(date) = add(years, months)
            && date.year() <= year
        {
            return date;
        }
    }
    let &(_, years, months) = AOW_AGE_BY_YEAR.last().expect("the AOW table has entries");
    add(years, months).unwrap_or(NaiveDate::MAX)
}

/// Age in whole years on `date`; zero before the birth date.
pub fn age_on(birth: NaiveDate, date: NaiveDate) -> u32 {
    let years = date.year() - birth.year();
    let had_birthday = (date.month(), date.day()) >= (birth.month(), birth.day());
    u32::try_from(if had_birthday { years } else { years - 1 }).unwrap_or(0)
}
