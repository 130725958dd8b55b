//! Errors of whole forms and records: which fields were refused and why.

use std::fmt;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::{Args, ValidationError};

/// One refused field: its path (`"bsn"`, `"address.postcode"`, `"work_experience[1].until"`)
/// and why.
#[derive(Debug, Clone, PartialEq, Eq, ts_rs::TS)]
#[ts(type = "{ field: string, message_id: string, args: Record<string, string> }")]
pub struct FieldError {
    /// Path of the field in the form or record.
    pub field: String,
    /// Why the value was refused.
    pub error: ValidationError,
}

impl FieldError {
    /// A field error for `field`.
    pub fn new(field: impl Into<String>, error: ValidationError) -> Self {
        Self {
            field: field.into(),
            error,
        }
    }
}

/// Serializes as `{ "field": ..., "message_id": ..., "args": {...} }`.
impl Serialize for FieldError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("FieldError", 3)?;
        s.serialize_field("field", &self.field)?;
        s.serialize_field("message_id", self.error.message_id())?;
        s.serialize_field("args", &Args(self.error.args()))?;
        s.end()
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.error)
    }
}

/// Every refused field of one form or record, collected so the jobcoach sees all problems
/// at once instead of one per save. `Display` names fields and reasons, never values, so
/// it is safe to log.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct ValidationErrors(pub Vec<FieldError>);

impl ValidationErrors {
    /// No errors yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// A single error for one field.
    pub fn single(field: impl Into<String>, error: ValidationError) -> Self {
        Self(vec![FieldError::new(field, error)])
    }

    /// True when no field was refused.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many field errors there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Records that `field` was refused.
    pub fn push(&mut self, field: impl Into<String>, error: ValidationError) {
        self.0.push(FieldError::new(field, error));
    }

    /// The field errors, in the order they were found.
    pub fn iter(&self) -> std::slice::Iter<'_, FieldError> {
        self.0.iter()
    }

    /// True when `field` was refused for exactly `error`.
    pub fn contains(&self, field: &str, error: &ValidationError) -> bool {
        self.0.iter().any(|e| e.field == field && &e.error == error)
    }

    /// `Ok(value)` when there are no errors, else `Err(self)`.
    pub fn into_result<T>(self, value: T) -> Result<T, Self> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} invalid field(s)", self.0.len())?;
        for (i, e) in self.0.iter().enumerate() {
            f.write_str(if i == 0 { ": " } else { "; " })?;
            fmt::Display::fmt(e, f)?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

impl From<FieldError> for ValidationErrors {
    fn from(error: FieldError) -> Self {
        Self(vec![error])
    }
}

impl IntoIterator for ValidationErrors {
    type Item = FieldError;
    type IntoIter = std::vec::IntoIter<FieldError>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a ValidationErrors {
    type Item = &'a FieldError;
    type IntoIter = std::slice::Iter<'a, FieldError>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_errors_serialize_as_code_and_args() {
        let mut errors = ValidationErrors::new();
        assert!(errors.is_empty(), "a new collection has no errors");
        errors.push("name.family_name", ValidationError::TooLong { max: 200 });
        errors.push("bsn", ValidationError::BsnChecksum);
        let json = serde_json::to_value(&errors).expect("errors serialize");
        assert_eq!(
            json,
            serde_json::json!([
                { "field": "name.family_name", "message_id": "error-too-long", "args": { "max": "200" } },
                { "field": "bsn", "message_id": "error-bsn-checksum", "args": {} }
            ]),
            "the UI reads field, message_id and args; it never reads English text"
        );
        assert_eq!(errors.len(), 2, "both errors are kept");
        assert!(
            errors.contains("bsn", &ValidationError::BsnChecksum),
            "contains finds a pair"
        );
        assert_eq!(
            errors.to_string(),
            "2 invalid field(s): name.family_name: the text is longer than 200 characters; \
             bsn: the BSN fails the elfproef",
            "Display lists fields and reasons only, never the values"
        );
    }
}
