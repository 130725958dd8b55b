//! Hours written the Dutch way ("24", "24,5", "7,25"), held as whole minutes so sums and
//! subsidies are exact.

use crate::error::ValidationError;

/// Parses hours with at most two decimals after a comma (a dot is accepted too: "24.5"
/// is never a thousands group for hours) into whole minutes, rounded half up.
pub fn parse_hours_minutes(input: &str) -> Result<u32, ValidationError> {
    let s = input
        .trim()
        .trim_end_matches("uur")
        .trim_end_matches('u')
        .trim();
    if s.is_empty() {
        return Err(ValidationError::Required);
    }
    let (whole, fraction) = match s.split_once([',', '.']) {
        Some((w, f)) => (w, f),
        None => (s, ""),
    };
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || whole.len() > 4
        || !digits(whole)
        || fraction.len() > 2
        || !digits(fraction)
    {
        return Err(ValidationError::NumberFormat);
    }
    let hours: u32 = whole.parse().map_err(|_| ValidationError::NumberFormat)?;
    let hundredths: u32 = match fraction.len() {
        0 => 0,
        1 => {
            fraction
                .parse::<u32>()
                .map_err(|_| ValidationError::NumberFormat)?
                * 10
        }
        _ => fraction
            .parse()
            .map_err(|_| ValidationError::NumberFormat)?,
    };
    // hundredths of an hour → minutes: × 60 / 100, half up.
    Ok(hours * 60 + (hundredths * 60 + 50) / 100)
}

/// Minutes as Dutch hours without trailing zeros: 1470 → "24,5", 1440 → "24",
/// 435 → "7,25".
pub fn format_minutes_as_hours(minutes: u32) -> String {
    let hundredths = (u64::from(minutes) * 100 + 30) / 60;
    let (whole, frac) = (hundredths / 100, hundredths % 100);
    match frac {
        0 => whole.to_string(),
        f if f % 10 == 0 => format!("{whole},{}", f / 10),
        f => format!("{whole},{f:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_read_the_dutch_way() {
        for (input, minutes) in [
            ("24", 1440),
            ("24,5", 1470),
            ("24.5", 1470),
            (" 7,25 ", 435),
            ("32 uur", 1920),
            ("0,1", 6),
            ("36", 2160),
        ] {
            assert_eq!(parse_hours_minutes(input), Ok(minutes), "{input}");
        }
        for bad in ["", "abc", "1,234", "-3", ",5", "24,5,1", "99999"] {
            assert!(parse_hours_minutes(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn minutes_print_as_hours() {
        assert_eq!(format_minutes_as_hours(1470), "24,5");
        assert_eq!(format_minutes_as_hours(1440), "24");
        assert_eq!(format_minutes_as_hours(435), "7,25");
        assert_eq!(format_minutes_as_hours(20), "0,33");
    }
}
