//! Weekdays as short lowercase names ("mon" ... "sun"), for storage, drafts and labels.
//!
//! `chrono::Weekday` serializes as "Mon"; Werkpad stores lowercase machine names like every
//! other choice, so `Availability::days` uses this module as its serde helper.

use chrono::Weekday;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serializer};

/// The TypeScript shape of a weekday as stored ("mon" ... "sun"), for the IPC contract.
#[derive(Debug, ts_rs::TS)]
#[ts(
    rename = "Weekday",
    type = r#""mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun""#
)]
pub struct WeekdayName;

/// Monday to Sunday.
pub const ALL: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// The stored name: "mon", "tue", ...
pub fn as_str(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

/// Parses a stored name ("mon" ... "sun").
pub fn parse(name: &str) -> Option<Weekday> {
    ALL.into_iter().find(|d| as_str(*d) == name)
}

/// The Fluent message id of the day's label ("weekday-mon").
pub fn message_id(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "weekday-mon",
        Weekday::Tue => "weekday-tue",
        Weekday::Wed => "weekday-wed",
        Weekday::Thu => "weekday-thu",
        Weekday::Fri => "weekday-fri",
        Weekday::Sat => "weekday-sat",
        Weekday::Sun => "weekday-sun",
    }
}

/// Serde: writes the days as a list of stored names.
pub fn serialize<S: Serializer>(days: &[Weekday], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(days.iter().map(|d| as_str(*d)))
}

/// Serde: reads a list of stored names.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Weekday>, D::Error> {
    Vec::<String>::deserialize(deserializer)?
        .iter()
        .map(|s| parse(s).ok_or_else(|| D::Error::custom(format!("unknown weekday {s:?}"))))
        .collect()
}
