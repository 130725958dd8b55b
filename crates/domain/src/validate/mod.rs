//! Validation of what a jobcoach types: Dutch identifiers as newtypes, dates and amounts.
//!
//! Each identifier type (`Bsn`, `Postcode`, `Iban`, ...) can only be built through `parse`,
//! which normalises the input (strips spaces, uppercases) and checks it; so a value of the
//! type is always valid, and serde goes through the same `parse` so an invalid stored value
//! fails to load instead of spreading. `as_str` gives the normalised form that is stored;
//! `Display` gives the form people read.

mod amount;
mod bsn;
mod contact;
mod dates;
pub(crate) mod fields;
mod hours;
mod iban;
mod kvk;
mod loonheffing;
mod postcode;

pub use amount::{format_amount_cents, parse_amount_cents};
pub use bsn::Bsn;
pub use contact::{Email, PhoneNumber};
pub use dates::{format_date, parse_date, validate_birth_date, validate_period};
pub use hours::{format_minutes_as_hours, parse_hours_minutes};
pub use iban::Iban;
pub use kvk::KvkNumber;
pub use loonheffing::Loonheffingennummer;
pub use postcode::Postcode;

pub use crate::error::{FieldError, ValidationError, ValidationErrors};

/// Maximum length, in characters, of names and other short texts (street, occupation, ...).
pub const SHORT_TEXT_MAX: usize = 200;
/// Maximum length, in characters, of free text (notes, descriptions, motivation).
pub const TEXT_MAX: usize = 4000;
/// Maximum length, in characters, of a report's text.
pub const REPORT_TEXT_MAX: usize = 20_000;

/// Implements the string plumbing shared by the identifier newtypes: `as_str`, serde via
/// `String` (through `parse`), `FromStr` and `AsRef<str>`.
macro_rules! string_newtype {
    ($name:ident) => {
        impl $name {
            /// The normalised form, as stored.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = $crate::error::ValidationError;

            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::parse(&value)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::error::ValidationError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::parse(s)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    };
}

pub(crate) use string_newtype;

/// Removes the characters in `noise` from `input`.
pub(crate) fn strip(input: &str, noise: &[char]) -> String {
    input.chars().filter(|c| !noise.contains(c)).collect()
}
