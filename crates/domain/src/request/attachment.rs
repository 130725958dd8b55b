//! Attachments: PDF or image files that go with a request (a medical report, a school
//! report, a CV). The file lives in the record itself, so it is kept where every record is
//! kept: in the encrypted case database on the laptop, synced, destroyed with the file.
//! Only PDF, PNG and JPEG are taken, recognised by their first bytes (not by the name),
//! and at most [`ATTACHMENT_MAX_BYTES`] each.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::category::DataCategory;
use crate::choice::choice_enum;
use crate::entity::EntityKind;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{ResidentId, StaffMember, id_newtype};
use crate::validate::SHORT_TEXT_MAX;
use crate::validate::fields::Collector;

/// The largest file taken: 4 MiB. As base64 in a sync document it stays well under the
/// server's 8 MiB body limit.
pub const ATTACHMENT_MAX_BYTES: usize = 4 * 1024 * 1024;

/// The largest file as shown to people, in MB.
pub const ATTACHMENT_MAX_MB: usize = 4;

id_newtype! {
    /// Identifies an attachment.
    AttachmentId,
}

choice_enum! {
    /// The file types taken.
    pub enum MediaType {
        /// PDF.
        Pdf => ("application/pdf", "media-type-pdf"),
        /// PNG image.
        Png => ("image/png", "media-type-png"),
        /// JPEG image (a photo or scan).
        Jpeg => ("image/jpeg", "media-type-jpeg"),
    }
}

impl MediaType {
    /// The type the file's first bytes show, or `None` for anything else.
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        if bytes.starts_with(b"%PDF-") {
            Some(Self::Pdf)
        } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a]) {
            Some(Self::Png)
        } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
            Some(Self::Jpeg)
        } else {
            None
        }
    }
}

choice_enum! {
    /// What a file is.
    pub enum AttachmentKind {
        /// A medical report (health data).
        MedicalReport => ("medical_report", "attachment-kind-medical-report"),
        /// A psychological report (health data).
        PsychologicalReport => ("psychological_report", "attachment-kind-psychological-report"),
        /// A school or internship report.
        SchoolReport => ("school_report", "attachment-kind-school-report"),
        /// A job-coach report.
        JobcoachReport => ("jobcoach_report", "attachment-kind-jobcoach-report"),
        /// A CV.
        Cv => ("cv", "attachment-kind-cv"),
        /// Anything else that supports the request.
        Other => ("other", "attachment-kind-other"),
    }
}

impl AttachmentKind {
    /// The data category it holds.
    pub fn category(self) -> DataCategory {
        match self {
            Self::MedicalReport | Self::PsychologicalReport => DataCategory::Health,
            Self::SchoolReport | Self::Cv => DataCategory::LanguageEducationExperience,
            Self::JobcoachReport | Self::Other => DataCategory::Support,
        }
    }

    /// True for health data (special category: restricted by role, every read logged).
    pub fn is_health(self) -> bool {
        self.category().is_special_category()
    }
}

/// What an attachment belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct AttachmentOwner {
    /// The kind of record.
    pub kind: EntityKind,
    /// Its id.
    pub id: Uuid,
}

/// One file, kept whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    /// The attachment's id.
    pub id: AttachmentId,
    /// Whose.
    pub resident_id: ResidentId,
    /// The request it goes with.
    pub owner: AttachmentOwner,
    /// What it is.
    pub kind: AttachmentKind,
    /// True for health data; always `kind.is_health()` (the server reads it to restrict).
    pub special: bool,
    /// The file's name as given (no folders).
    pub file_name: String,
    /// The file type, from its first bytes.
    pub media_type: MediaType,
    /// Size in bytes.
    pub size_bytes: u32,
    /// SHA-256 of the file, hex.
    pub sha256: String,
    /// The day it was added.
    pub added_on: NaiveDate,
    /// Who added it.
    pub added_by: StaffMember,
    /// The file, base64.
    pub content: String,
}

/// A file as the screen sends it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct AttachmentInput {
    /// What it is (required).
    pub kind: Option<String>,
    /// The file name.
    pub file_name: Option<String>,
    /// The file, base64 (required).
    pub content: Option<String>,
}

impl AttachmentInput {
    /// The attachment for `owner`, or every problem: no or an unknown kind, no file, a
    /// file over [`ATTACHMENT_MAX_BYTES`] ([`ValidationError::FileTooLarge`]), a file that
    /// is not PDF, PNG or JPEG ([`ValidationError::FileType`]), a name with folders in it.
    pub fn into_record(
        &self,
        resident_id: ResidentId,
        owner: AttachmentOwner,
        added_by: StaffMember,
        today: NaiveDate,
    ) -> Result<Attachment, ValidationErrors> {
        let mut c = Collector::new();
        let kind = c.required_choice::<AttachmentKind>("kind", &self.kind);
        let file_name = c.required("file_name", &self.file_name, SHORT_TEXT_MAX);
        if let Some(name) = &file_name
            && !is_plain_file_name(name)
        {
            c.push("file_name", ValidationError::InvalidChoice);
        }
        let bytes = match self.content.as_deref().map(str::trim) {
            None | Some("") => {
                c.push("content", ValidationError::Required);
                None
            }
            // A base64 text longer than the limit's encoding is refused before decoding.
            Some(b64) if b64.len() > ATTACHMENT_MAX_BYTES.div_ceil(3) * 4 + 4 => {
                c.push("content", file_too_large());
                None
            }
            Some(b64) => match STANDARD.decode(b64) {
                Ok(b) => Some(b),
                Err(_) => {
                    c.push("content", ValidationError::FileType);
                    None
                }
            },
        };
        let media_type = bytes.as_ref().and_then(|b| {
            if b.len() > ATTACHMENT_MAX_BYTES {
                c.push("content", file_too_large());
                return None;
            }
            let t = MediaType::sniff(b);
            if t.is_none() {
                c.push("content", ValidationError::FileType);
            }
            t
        });
        c.check_staff("added_by", &added_by);
        c.finish()?;
        let (Some(kind), Some(file_name), Some(bytes), Some(media_type)) =
            (kind, file_name, bytes, media_type)
        else {
            return Err(ValidationErrors::single(
                "content",
                ValidationError::Required,
            ));
        };
        Ok(Attachment {
            id: AttachmentId::new(),
            resident_id,
            owner,
            kind,
            special: kind.is_health(),
            file_name,
            media_type,
            size_bytes: u32::try_from(bytes.len()).unwrap_or(u32::MAX),
            sha256: hex(&Sha256::digest(&bytes)),
            added_on: today,
            added_by,
            content: STANDARD.encode(&bytes),
        })
    }
}

fn file_too_large() -> ValidationError {
    ValidationError::FileTooLarge {
        max_mb: ATTACHMENT_MAX_MB,
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A name without folders or control characters.
fn is_plain_file_name(name: &str) -> bool {
    !name.contains(['/', '\\'])
        && !name.chars().any(char::is_control)
        && name != ".."
        && name != "."
}

impl Attachment {
    /// The file's bytes.
    pub fn bytes(&self) -> Option<Vec<u8>> {
        STANDARD.decode(&self.content).ok()
    }

    /// The file and its facts agree: the content decodes, has the stated size and hash,
    /// is of the stated type and within the limit; `special` follows the kind.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_required("file_name", &self.file_name, SHORT_TEXT_MAX);
        if !is_plain_file_name(&self.file_name) {
            c.push("file_name", ValidationError::InvalidChoice);
        }
        c.check_staff("added_by", &self.added_by);
        if self.special != self.kind.is_health() {
            c.push("special", ValidationError::InvalidChoice);
        }
        match self.bytes() {
            None => c.push("content", ValidationError::FileType),
            Some(b) if b.len() > ATTACHMENT_MAX_BYTES => c.push("content", file_too_large()),
            Some(b) => {
                if MediaType::sniff(&b) != Some(self.media_type) {
                    c.push("media_type", ValidationError::FileType);
                }
                if usize::try_from(self.size_bytes).ok() != Some(b.len())
                    || hex(&Sha256::digest(&b)) != self.sha256
                {
                    c.push("sha256", ValidationError::InvalidChoice);
                }
            }
        }
        c.finish()
    }
}

/// What the screens show of an attachment: everything but the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct AttachmentInfo {
    /// The attachment's id.
    pub id: AttachmentId,
    /// What it is.
    pub kind: AttachmentKind,
    /// Health data.
    pub special: bool,
    /// The name.
    pub file_name: String,
    /// The type.
    pub media_type: MediaType,
    /// Size in bytes.
    pub size_bytes: u32,
    /// Added on.
    pub added_on: NaiveDate,
}

impl From<&Attachment> for AttachmentInfo {
    fn from(a: &Attachment) -> Self {
        Self {
            id: a.id,
            kind: a.kind,
            special: a.special,
            file_name: a.file_name.clone(),
            media_type: a.media_type,
            size_bytes: a.size_bytes,
            added_on: a.added_on,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::StaffId;

    fn input(kind: &str, name: &str, bytes: &[u8]) -> AttachmentInput {
        AttachmentInput {
            kind: Some(kind.into()),
            file_name: Some(name.into()),
            content: Some(STANDARD.encode(bytes)),
        }
    }

    fn make(i: &AttachmentInput) -> Result<Attachment, ValidationErrors> {
        let owner = AttachmentOwner {
            kind: EntityKind::UwvRequest,
            id: Uuid::now_v7(),
        };
        let by = StaffMember::new(StaffId::new(), "Sanne de Vries").expect("named");
        let today = NaiveDate::from_ymd_opt(2026, 12, 5).expect("date");
        i.into_record(ResidentId::new(), owner, by, today)
    }

    #[test]
    fn a_pdf_and_a_photo_are_taken_and_checked() {
        let pdf = make(&input("medical_report", "rapport.pdf", b"%PDF-1.7\n...")).expect("pdf");
        assert_eq!(pdf.media_type, MediaType::Pdf);
        assert!(pdf.special, "a medical report is health data");
        assert_eq!(pdf.validate(), Ok(()));
        let jpg = make(&input("cv", "cv.jpg", &[0xff, 0xd8, 0xff, 0xe0, 1, 2])).expect("jpeg");
        assert!(!jpg.special);
        let mut forged = jpg.clone();
        forged.content = STANDARD.encode(b"%PDF-1.7 other");
        assert!(forged.validate().is_err(), "content and facts must agree");
    }

    #[test]
    fn refused_files_say_why() {
        let exe = make(&input("cv", "cv.pdf", b"MZ\x90\x00 not a pdf")).expect_err("type");
        assert!(
            exe.contains("content", &ValidationError::FileType),
            "{exe:?}"
        );
        let mut big = b"%PDF-1.7\n".to_vec();
        big.resize(ATTACHMENT_MAX_BYTES + 1, b' ');
        let err = make(&input("cv", "groot.pdf", &big)).expect_err("size");
        assert!(err.contains("content", &ValidationError::FileTooLarge { max_mb: 4 }));
        let mut just = b"%PDF-1.7\n".to_vec();
        just.resize(ATTACHMENT_MAX_BYTES, b' ');
        assert!(
            make(&input("cv", "net.pdf", &just)).is_ok(),
            "exactly the limit"
        );
        let err = make(&input("cv", "../../etc/passwd.pdf", b"%PDF-1")).expect_err("path");
        assert!(err.contains("file_name", &ValidationError::InvalidChoice));
        let err = make(&AttachmentInput::default()).expect_err("empty");
        assert_eq!(err.len(), 3, "kind, name and file: {err:?}");
        let bad = AttachmentInput {
            content: Some("not base64 !!".into()),
            ..input("cv", "cv.pdf", b"")
        };
        assert!(make(&bad).is_err());
    }
}
