//! Helpers that check many fields and collect every error, used by the draft and record
//! validators: each helper records a [`FieldError`](crate::FieldError) under the given
//! path and returns the cleaned value (or `None`), so validation carries on after a
//! problem and the jobcoach sees all of them at once.

use chrono::NaiveDate;

use super::parse_date;
use crate::choice::Choice;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::StaffMember;

/// Trims `value`; an empty or blank string counts as absent.
pub(crate) fn clean(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// True when `value` is absent or blank.
pub(crate) fn is_blank(value: &Option<String>) -> bool {
    value.as_deref().is_none_or(|s| s.trim().is_empty())
}

/// Collects field errors.
#[derive(Debug, Default)]
pub(crate) struct Collector {
    errors: ValidationErrors,
}

impl Collector {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Records an error for `field`.
    pub(crate) fn push(&mut self, field: &str, error: ValidationError) {
        self.errors.push(field, error);
    }

    /// Records `result`'s error, if any, for `field`.
    pub(crate) fn check(&mut self, field: &str, result: Result<(), ValidationError>) {
        if let Err(e) = result {
            self.push(field, e);
        }
    }

    /// An optional text: trimmed, blank → `None`, at most `max` characters.
    pub(crate) fn text(
        &mut self,
        field: &str,
        value: &Option<String>,
        max: usize,
    ) -> Option<String> {
        let cleaned = clean(value.as_deref())?;
        self.max_len(field, &cleaned, max);
        Some(cleaned)
    }

    /// A required text: as [`Self::text`], and blank is an error.
    pub(crate) fn required(
        &mut self,
        field: &str,
        value: &Option<String>,
        max: usize,
    ) -> Option<String> {
        let cleaned = self.text(field, value, max);
        if cleaned.is_none() {
            self.push(field, ValidationError::Required);
        }
        cleaned
    }

    /// An optional value parsed by `parse`; blank → `None`.
    pub(crate) fn parsed<T>(
        &mut self,
        field: &str,
        value: &Option<String>,
        parse: impl FnOnce(&str) -> Result<T, ValidationError>,
    ) -> Option<T> {
        let cleaned = clean(value.as_deref())?;
        parse(&cleaned).map_err(|e| self.push(field, e)).ok()
    }

    /// A required value parsed by `parse`.
    pub(crate) fn required_parsed<T>(
        &mut self,
        field: &str,
        value: &Option<String>,
        parse: impl FnOnce(&str) -> Result<T, ValidationError>,
    ) -> Option<T> {
        if is_blank(value) {
            self.push(field, ValidationError::Required);
            return None;
        }
        self.parsed(field, value, parse)
    }

    /// An optional choice, given by its machine name.
    pub(crate) fn choice<T: Choice>(&mut self, field: &str, value: &Option<String>) -> Option<T> {
        self.parsed(field, value, |s| {
            T::parse(s).ok_or(ValidationError::InvalidChoice)
        })
    }

    /// A required choice, given by its machine name.
    pub(crate) fn required_choice<T: Choice>(
        &mut self,
        field: &str,
        value: &Option<String>,
    ) -> Option<T> {
        self.required_parsed(field, value, |s| {
            T::parse(s).ok_or(ValidationError::InvalidChoice)
        })
    }

    /// An optional date (dd-mm-jjjj or yyyy-mm-dd).
    pub(crate) fn date(&mut self, field: &str, value: &Option<String>) -> Option<NaiveDate> {
        self.parsed(field, value, parse_date)
    }

    /// An optional whole number in `min..=max`.
    pub(crate) fn number(
        &mut self,
        field: &str,
        value: &Option<String>,
        min: i64,
        max: i64,
    ) -> Option<i64> {
        self.parsed(field, value, |s| {
            let n: i64 = s.parse().map_err(|_| ValidationError::NumberFormat)?;
            if (min..=max).contains(&n) {
                Ok(n)
            } else {
                Err(ValidationError::OutOfRange { min, max })
            }
        })
    }

    /// Applies `rule` to a value that parsed; on failure records the error under `field`
    /// and gives `None`.
    pub(crate) fn ensure<T>(
        &mut self,
        field: &str,
        value: Option<T>,
        rule: impl FnOnce(&T) -> Result<(), ValidationError>,
    ) -> Option<T> {
        let value = value?;
        match rule(&value) {
            Ok(()) => Some(value),
            Err(e) => {
                self.push(field, e);
                None
            }
        }
    }

    /// Checks the length of an already-typed text.
    pub(crate) fn max_len(&mut self, field: &str, value: &str, max: usize) {
        if value.chars().count() > max {
            self.push(field, ValidationError::TooLong { max });
        }
    }

    /// Checks an already-typed required text: not blank, at most `max` characters.
    pub(crate) fn check_required(&mut self, field: &str, value: &str, max: usize) {
        if value.trim().is_empty() {
            self.push(field, ValidationError::Required);
        } else {
            self.max_len(field, value, max);
        }
    }

    /// Checks an already-typed optional text.
    pub(crate) fn check_optional(&mut self, field: &str, value: Option<&str>, max: usize) {
        if let Some(v) = value {
            self.max_len(field, v, max);
        }
    }

    /// Checks that a decision or record names a staff member.
    pub(crate) fn check_staff(&mut self, field: &str, staff: &StaffMember) {
        if !staff.is_named() {
            self.push(field, ValidationError::StaffRequired);
        }
    }

    /// True when no error was recorded yet.
    pub(crate) fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }

    /// All collected errors.
    pub(crate) fn finish(self) -> Result<(), ValidationErrors> {
        self.errors.into_result(())
    }

    /// The collected errors, for when the caller builds its own result.
    pub(crate) fn into_errors(self) -> ValidationErrors {
        self.errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collector_keeps_going_after_an_error() {
        let mut c = Collector::new();
        let missing = c.required("a", &Some("   ".into()), 10);
        let long = c.text("b", &Some("x".repeat(11)), 10);
        let hours = c.number("c", &Some("61".into()), 0, 60);
        let nan = c.number("d", &Some("veel".into()), 0, 60);
        assert_eq!(missing, None, "a blank required text has no value");
        assert!(
            long.is_some(),
            "a too-long text is still returned, with an error"
        );
        assert_eq!((hours, nan), (None, None), "refused numbers give no value");
        let errors = c.into_errors();
        assert!(
            errors.contains("a", &ValidationError::Required),
            "blank is missing"
        );
        assert!(
            errors.contains("b", &ValidationError::TooLong { max: 10 }),
            "limit applies"
        );
        assert!(
            errors.contains("c", &ValidationError::OutOfRange { min: 0, max: 60 }),
            "range"
        );
        assert!(
            errors.contains("d", &ValidationError::NumberFormat),
            "not a number"
        );
        assert_eq!(
            errors.len(),
            4,
            "every field is reported, not just the first"
        );
    }
}
