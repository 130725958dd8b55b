//! Issued statements: every statement Werkpad prints or exports about a resident gets a
//! reference number that is unique without a network (a device prefix and that device's
//! sequence) and is kept as an append-only fact that syncs like a report.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{ResidentId, StaffMember, StatementId};
use crate::validate::fields::Collector;
use crate::verklaring56::Verklaring56Snapshot;

choice_enum! {
    /// The kinds of statement Werkpad prints.
    pub enum StatementKind {
        /// Verklaring 56+ (doelgroepverklaring LKV oudere werknemer).
        #[serde(rename = "verklaring_56_plus")]
        Verklaring56Plus => ("verklaring_56_plus", "statement-verklaring-56-plus"),
        /// Intake report.
        IntakeReport => ("intake_report", "statement-intake-report"),
        /// Plan van aanpak: goals and agreements, signed by resident and coach.
        PlanVanAanpak => ("plan_van_aanpak", "statement-plan-van-aanpak"),
        /// AVG inzage (art. 15): all data about the resident.
        Inzage => ("inzage", "statement-inzage"),
    }
}

impl StatementKind {
    /// The three-letter code that starts its reference numbers.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Verklaring56Plus => "V56",
            Self::IntakeReport => "INT",
            Self::PlanVanAanpak => "PVA",
            Self::Inzage => "INZ",
        }
    }
}

/// The device part of reference numbers: the last 8 hex digits of the device id (the
/// random part of a UUID v7, so two laptops set up in the same millisecond still differ).
pub fn device_prefix(device_id: &uuid::Uuid) -> String {
    let hex = device_id.simple().to_string().to_ascii_uppercase();
    hex[hex.len() - 8..].to_owned()
}

/// "V56-3F9A2C1B-00042": kind code, device prefix, the device's sequence number.
pub fn format_reference(kind: StatementKind, device_id: &uuid::Uuid, seq: u64) -> String {
    format!("{}-{}-{seq:05}", kind.code(), device_prefix(device_id))
}

/// True when `reference` has the shape [`format_reference`] makes for `kind`.
pub fn is_reference(kind: StatementKind, reference: &str) -> bool {
    let mut parts = reference.split('-');
    let (Some(code), Some(device), Some(seq), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    code == kind.code()
        && device.len() == 8
        && device
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
        && seq.len() >= 5
        && seq.bytes().all(|b| b.is_ascii_digit())
}

/// A statement that was issued (printed or exported).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct IssuedStatement {
    /// The record's id.
    pub id: StatementId,
    /// Whom it is about.
    pub resident_id: ResidentId,
    /// What kind of statement.
    pub kind: StatementKind,
    /// Its reference number (kenmerk).
    pub reference: String,
    /// When it was issued.
    pub issued_at: DateTime<Utc>,
    /// Who issued it.
    pub issued_by: StaffMember,
    /// The language it was written in ("nl-NL" or "en-US").
    pub language: String,
    /// For a verklaring 56+: exactly what it states, for reprints.
    pub verklaring56: Option<Verklaring56Snapshot>,
}

impl IssuedStatement {
    /// A well-formed reference, a named issuer, a known language, and a snapshot exactly
    /// for a verklaring 56+.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_staff("issued_by", &self.issued_by);
        if !is_reference(self.kind, &self.reference) {
            c.push("reference", ValidationError::InvalidChoice);
        }
        if !matches!(self.language.as_str(), "nl-NL" | "en-US") {
            c.push("language", ValidationError::InvalidChoice);
        }
        match (&self.kind, &self.verklaring56) {
            (StatementKind::Verklaring56Plus, Some(snapshot)) => {
                if let Err(errors) = snapshot.validate() {
                    for e in errors.iter() {
                        c.push(&format!("verklaring56.{}", e.field), e.error.clone());
                    }
                }
            }
            (StatementKind::Verklaring56Plus, None) => {
                c.push("verklaring56", ValidationError::Required);
            }
            (_, Some(_)) => c.push("verklaring56", ValidationError::InvalidChoice),
            (_, None) => {}
        }
        c.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_unique_per_device_and_well_formed() {
        crate::choice::assert_choice_consistent::<StatementKind>();
        let device = uuid::Uuid::parse_str("0192f1d2-8a3b-7c4d-9e5f-a1b2c3d4e5f6").expect("uuid");
        let r = format_reference(StatementKind::Verklaring56Plus, &device, 42);
        assert_eq!(
            r, "V56-C3D4E5F6-00042",
            "code, the random tail of the device id, sequence"
        );
        assert!(
            is_reference(StatementKind::Verklaring56Plus, &r),
            "its own shape is valid"
        );
        assert!(
            !is_reference(StatementKind::Inzage, &r),
            "a 56+ reference is not an inzage reference"
        );
        assert!(
            is_reference(
                StatementKind::Inzage,
                &format_reference(StatementKind::Inzage, &device, 123_456)
            ),
            "sequences beyond 99,999 keep working"
        );
        for bad in [
            "V56-C3D4E5F6",
            "V56-c3d4e5f6-00042",
            "V56-C3D4E5F6-0042",
            "V56-C3D4E5F6-00042-1",
        ] {
            assert!(
                !is_reference(StatementKind::Verklaring56Plus, bad),
                "{bad} is malformed"
            );
        }
        let other = uuid::Uuid::parse_str("0192f1d2-8a3b-7c4d-9e5f-a1b2c3d4e5f7").expect("uuid");
        assert_ne!(
            format_reference(StatementKind::Verklaring56Plus, &other, 42),
            r,
            "two devices never make the same reference"
        );
    }
}
