//! Amounts in euros, written the Dutch way ("1.234,56"), held as whole cents.

use crate::error::ValidationError;

/// Parses a non-negative euro amount into cents.
///
/// Accepted: an optional "€" or "EUR", digits with optional thousands dots in groups of
/// three ("1.234"), and an optional comma with one or two decimals or a dash ("650,-").
/// A dot is never a decimal separator: "12.50" is refused rather than read as 1.250.
pub fn parse_amount_cents(input: &str) -> Result<i64, ValidationError> {
    let mut s = input.trim();
    if s.is_empty() {
        return Err(ValidationError::Required);
    }
    for prefix in ["€", "EUR", "eur"] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.trim_start();
            break;
        }
    }
    let (whole, fraction) = match s.split_once(',') {
        Some((w, f)) => (w, Some(f)),
        None => (s, None),
    };
    let cents = match fraction {
        None | Some("-") => 0,
        Some(f) if (1..=2).contains(&f.len()) && f.bytes().all(|b| b.is_ascii_digit()) => {
            let n: i64 = f.parse().map_err(|_| ValidationError::AmountFormat)?;
            if f.len() == 1 { n * 10 } else { n }
        }
        Some(_) => return Err(ValidationError::AmountFormat),
    };
    let groups: Vec<&str> = whole.split('.').collect();
    let grouping_ok = groups.len() == 1
        || (!groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3));
    let digits: String = groups.concat();
    if !grouping_ok || digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ValidationError::AmountFormat);
    }
    let euros: i64 = digits.parse().map_err(|_| ValidationError::AmountFormat)?;
    euros
        .checked_mul(100)
        .and_then(|c| c.checked_add(cents))
        .ok_or(ValidationError::AmountFormat)
}

/// Formats cents the Dutch way without currency sign: 123456 → "1.234,56".
pub fn format_amount_cents(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    let euros = (abs / 100).to_string();
    let mut grouped = String::with_capacity(euros.len() + euros.len() / 3);
    for (i, ch) in euros.chars().enumerate() {
        if i > 0 && (euros.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(ch);
    }
    format!("{sign}{grouped},{:02}", abs % 100)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::whole("650", 65_000)]
    #[case::cents("650,50", 65_050)]
    #[case::one_decimal("650,5", 65_050)]
    #[case::dash("650,-", 65_000)]
    #[case::thousands("1.234,56", 123_456)]
    #[case::millions("1.234.567", 123_456_700)]
    #[case::euro_sign("€ 725,00", 72_500)]
    #[case::eur("EUR 725", 72_500)]
    #[case::zero("0", 0)]
    fn amounts_parse(#[case] input: &str, #[case] want: i64) {
        assert_eq!(
            parse_amount_cents(input),
            Ok(want),
            "{input:?} is a Dutch amount"
        );
    }

    #[rstest]
    #[case::empty("", ValidationError::Required)]
    #[case::dot_decimal("12.50", ValidationError::AmountFormat)]
    #[case::negative("-650", ValidationError::AmountFormat)]
    #[case::three_decimals("650,505", ValidationError::AmountFormat)]
    #[case::bad_grouping("12.34,00", ValidationError::AmountFormat)]
    #[case::words("zeshonderd", ValidationError::AmountFormat)]
    #[case::only_comma(",50", ValidationError::AmountFormat)]
    #[case::overflow("99999999999999999999", ValidationError::AmountFormat)]
    fn bad_amounts_are_refused(#[case] input: &str, #[case] want: ValidationError) {
        assert_eq!(
            parse_amount_cents(input),
            Err(want),
            "{input:?} is not a usable amount"
        );
    }

    #[rstest]
    #[case(0, "0,00")]
    #[case(5, "0,05")]
    #[case(65_000, "650,00")]
    #[case(123_456, "1.234,56")]
    #[case(100_000_000, "1.000.000,00")]
    #[case(-123_456, "-1.234,56")]
    fn amounts_format_dutch(#[case] cents: i64, #[case] want: &str) {
        assert_eq!(
            format_amount_cents(cents),
            want,
            "amounts are shown as 1.234,56"
        );
        if cents >= 0 {
            assert_eq!(
                parse_amount_cents(want),
                Ok(cents),
                "what we show, we read back"
            );
        }
    }
}
