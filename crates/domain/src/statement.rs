//! Issued statements: every statement Werkpad prints or exports about a resident gets a
//! reference number that is unique without a network (a device prefix and that device's
//! sequence) and is kept as an append-only fact that syncs like a report.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{ResidentId, StaffMember, StatementId};
use crate::loonwaarde::{LoonwaardeOutcome, Loonwaardebepaling};
use crate::request::{AttachmentInfo, UwvRequest};
use crate::resident::Address;
use crate::subsidy::LksDecision;
use crate::validate::Bsn;
use crate::validate::SHORT_TEXT_MAX;
use crate::validate::fields::Collector;
use crate::verklaring56::Verklaring56Snapshot;
use crate::verzuim::{VerzuimCase, VerzuimDecision, VerzuimOutcome};

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
        /// Rapport loonwaardebepaling: the assessment at the workplace, draft or signed.
        LoonwaardeReport => ("loonwaarde_report", "statement-loonwaarde-report"),
        /// Beschikking loonkostensubsidie to the employer, a copy to the resident.
        LksBeschikking => ("lks_beschikking", "statement-lks-beschikking"),
        /// A request to UWV (beoordeling arbeidsvermogen, banenafspraak, Wajong) with the
        /// list of its attachments.
        UwvRequest => ("uwv_request", "statement-uwv-request"),
        /// The warning letter to a resident after a verzuim decided with a warning.
        VerzuimWarning => ("verzuim_warning", "statement-verzuim-warning"),
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
            Self::LoonwaardeReport => "LWB",
            Self::LksBeschikking => "LKS",
            Self::UwvRequest => "UWV",
            Self::VerzuimWarning => "VZW",
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
    /// For a loonwaarde report: exactly what it states, for reprints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub loonwaarde_report: Option<LoonwaardeReportSnapshot>,
    /// For an LKS beschikking: exactly what it states, for reprints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub lks_beschikking: Option<LksBeschikkingSnapshot>,
    /// For a request to UWV: exactly what it states, for reprints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub uwv_request: Option<UwvRequestSnapshot>,
    /// For a verzuim warning letter: exactly what it states, for reprints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub verzuim_warning: Option<VerzuimWarningSnapshot>,
}

/// What a loonwaarde report states, frozen when it is issued: the assessment as it was
/// then (a draft or signed), its arithmetic, and the names it prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct LoonwaardeReportSnapshot {
    /// The assessment as printed.
    pub loonwaarde: Loonwaardebepaling,
    /// Its arithmetic as printed (none when the tasks allow none).
    pub outcome: Option<LoonwaardeOutcome>,
    /// The resident's full name.
    pub resident_name: String,
    /// The resident's date of birth.
    pub birth_date: chrono::NaiveDate,
    /// The employer's name.
    pub employer_name: String,
}

/// What a beschikking loonkostensubsidie states, frozen when it is issued: the decision
/// (with its estimate and every step), the employer it is addressed to and the resident
/// who gets a copy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct LksBeschikkingSnapshot {
    /// The decision as recorded.
    pub decision: LksDecision,
    /// The resident's full name (who gets the copy).
    pub resident_name: String,
    /// The employer's name.
    pub employer_name: String,
    /// The employer's address.
    pub employer_address: Address,
    /// The employer's contact person, when known ("t.a.v.").
    pub employer_contact: Option<String>,
    /// The first day of work of the placement.
    pub placement_start: chrono::NaiveDate,
    /// The day the loonwaarde was signed off.
    pub loonwaarde_signed_on: chrono::NaiveDate,
    /// The rules behind the cap and the allowance, as printed.
    pub rules_source: String,
}

/// What a printed request to UWV states, frozen when it is printed: the request as it
/// was then (a draft or sent), the list of its attachments (not the files) and the
/// resident it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct UwvRequestSnapshot {
    /// The request as printed.
    pub request: UwvRequest,
    /// Its attachments, without the files.
    pub attachments: Vec<AttachmentInfo>,
    /// The resident's full name.
    pub resident_name: String,
    /// The resident's BSN.
    pub bsn: Bsn,
    /// The resident's date of birth.
    pub birth_date: chrono::NaiveDate,
}

/// What a verzuim warning letter states, frozen when it is printed: the case with its
/// decision (a warning), whom it is written to and where they were expected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct VerzuimWarningSnapshot {
    /// The case as printed, decided with a warning.
    pub case: VerzuimCase,
    /// The resident's full name.
    pub resident_name: String,
    /// The resident's address (the letter's addressee).
    pub address: Address,
    /// Where the resident was expected, in words: the employer of the placement, or the
    /// subject (and place) of the missed appointment; none when it is not on this laptop.
    pub expected_at: Option<String>,
    /// The coach the resident contacts to react or object.
    pub coach_name: String,
}

impl VerzuimWarningSnapshot {
    /// The case's decision when it is a warning (the only decision with a letter).
    pub fn warning(&self) -> Option<&VerzuimDecision> {
        self.case
            .decision
            .as_ref()
            .filter(|d| d.outcome == VerzuimOutcome::Warning)
    }
}

fn check_names(c: &mut Collector, prefix: &str, names: &[(&str, &str)]) {
    for (field, value) in names {
        c.check_required(&format!("{prefix}.{field}"), value, SHORT_TEXT_MAX);
    }
}

impl IssuedStatement {
    /// A well-formed reference, a named issuer, a known language, and a snapshot exactly
    /// for a verklaring 56+, a loonwaarde report and an LKS beschikking (each about this
    /// resident). The frozen decision and assessment are not checked again: they were
    /// checked when recorded, and a later correction of the WML table must not make an
    /// issued statement invalid.
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
        match (&self.kind, &self.loonwaarde_report) {
            (StatementKind::LoonwaardeReport, Some(s)) => {
                check_names(
                    &mut c,
                    "loonwaarde_report",
                    &[
                        ("resident_name", s.resident_name.as_str()),
                        ("employer_name", s.employer_name.as_str()),
                    ],
                );
                if s.loonwaarde.resident_id != self.resident_id {
                    c.push(
                        "loonwaarde_report.loonwaarde",
                        ValidationError::InvalidChoice,
                    );
                }
            }
            (StatementKind::LoonwaardeReport, None) => {
                c.push("loonwaarde_report", ValidationError::Required);
            }
            (_, Some(_)) => c.push("loonwaarde_report", ValidationError::InvalidChoice),
            (_, None) => {}
        }
        match (&self.kind, &self.lks_beschikking) {
            (StatementKind::LksBeschikking, Some(s)) => {
                check_names(
                    &mut c,
                    "lks_beschikking",
                    &[
                        ("resident_name", s.resident_name.as_str()),
                        ("employer_name", s.employer_name.as_str()),
                    ],
                );
                if s.decision.resident_id != self.resident_id {
                    c.push("lks_beschikking.decision", ValidationError::InvalidChoice);
                }
            }
            (StatementKind::LksBeschikking, None) => {
                c.push("lks_beschikking", ValidationError::Required);
            }
            (_, Some(_)) => c.push("lks_beschikking", ValidationError::InvalidChoice),
            (_, None) => {}
        }
        self.check_requests(&mut c);
        c.finish()
    }
}

impl IssuedStatement {
    /// The snapshots of issue 23: a UWV request and a warning letter, each about this
    /// resident; a warning letter only of a case decided with a warning.
    fn check_requests(&self, c: &mut Collector) {
        match (&self.kind, &self.uwv_request) {
            (StatementKind::UwvRequest, Some(s)) => {
                check_names(
                    c,
                    "uwv_request",
                    &[("resident_name", s.resident_name.as_str())],
                );
                if s.request.resident_id != self.resident_id {
                    c.push("uwv_request.request", ValidationError::InvalidChoice);
                }
            }
            (StatementKind::UwvRequest, None) => c.push("uwv_request", ValidationError::Required),
            (_, Some(_)) => c.push("uwv_request", ValidationError::InvalidChoice),
            (_, None) => {}
        }
        match (&self.kind, &self.verzuim_warning) {
            (StatementKind::VerzuimWarning, Some(s)) => {
                check_names(
                    c,
                    "verzuim_warning",
                    &[
                        ("resident_name", s.resident_name.as_str()),
                        ("coach_name", s.coach_name.as_str()),
                    ],
                );
                if s.case.resident_id != self.resident_id {
                    c.push("verzuim_warning.case", ValidationError::InvalidChoice);
                }
                if s.warning().is_none() {
                    c.push(
                        "verzuim_warning.case.decision",
                        ValidationError::InvalidChoice,
                    );
                }
            }
            (StatementKind::VerzuimWarning, None) => {
                c.push("verzuim_warning", ValidationError::Required);
            }
            (_, Some(_)) => c.push("verzuim_warning", ValidationError::InvalidChoice),
            (_, None) => {}
        }
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
        for (kind, code) in [
            (StatementKind::LoonwaardeReport, "LWB-C3D4E5F6-00007"),
            (StatementKind::LksBeschikking, "LKS-C3D4E5F6-00007"),
            (StatementKind::UwvRequest, "UWV-C3D4E5F6-00007"),
            (StatementKind::VerzuimWarning, "VZW-C3D4E5F6-00007"),
        ] {
            assert_eq!(format_reference(kind, &device, 7), code, "{kind:?}");
        }
        let other = uuid::Uuid::parse_str("0192f1d2-8a3b-7c4d-9e5f-a1b2c3d4e5f7").expect("uuid");
        assert_ne!(
            format_reference(StatementKind::Verklaring56Plus, &other, 42),
            r,
            "two devices never make the same reference"
        );
    }

    #[test]
    fn a_report_or_beschikking_needs_its_own_snapshot_and_old_records_read_unchanged() {
        let device = uuid::Uuid::parse_str("0192f1d2-8a3b-7c4d-9e5f-a1b2c3d4e5f6").expect("uuid");
        let statement = |kind| IssuedStatement {
            id: StatementId::new(),
            resident_id: ResidentId::new(),
            kind,
            reference: format_reference(kind, &device, 1),
            issued_at: chrono::Utc::now(),
            issued_by: StaffMember::new(crate::ids::StaffId::new(), "Sanne de Vries")
                .expect("named"),
            language: "nl-NL".into(),
            verklaring56: None,
            loonwaarde_report: None,
            lks_beschikking: None,
            uwv_request: None,
            verzuim_warning: None,
        };
        for (kind, field) in [
            (StatementKind::LoonwaardeReport, "loonwaarde_report"),
            (StatementKind::LksBeschikking, "lks_beschikking"),
            (StatementKind::UwvRequest, "uwv_request"),
            (StatementKind::VerzuimWarning, "verzuim_warning"),
        ] {
            let errors = statement(kind).validate().expect_err("no snapshot");
            assert!(
                errors.contains(field, &ValidationError::Required),
                "{kind:?} without its snapshot: {errors:?}"
            );
        }
        let plan = statement(StatementKind::PlanVanAanpak);
        plan.validate().expect("a plan has no snapshot");
        let json = serde_json::to_value(&plan).expect("json");
        assert!(
            json.get("loonwaarde_report").is_none() && json.get("lks_beschikking").is_none(),
            "statements without the new snapshots serialise as before: {json}"
        );
        let mut old = json;
        old.as_object_mut()
            .expect("object")
            .remove("lks_beschikking");
        let back: IssuedStatement = serde_json::from_value(old).expect("an older record reads");
        assert_eq!(back, plan);
    }
}
