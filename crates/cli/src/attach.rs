//! `werkpadctl attach` (issue 23): a PDF, PNG or JPEG file to a draft request (to UWV, a
//! medical examination or a referral). The file is read here and goes to the store as
//! base64; the store checks its type by its first bytes and its size, and refuses a
//! request that was sent already. What was sent stays what was sent.

use std::path::PathBuf;

use anyhow::{Context as _, Result};
use clap::Args;
use werkpad_domain::request::attachment::ATTACHMENT_MAX_MB;
use werkpad_domain::request::{
    ATTACHMENT_MAX_BYTES, AttachmentInput, AttachmentOwner, MedicalExaminationId, ReferralId,
    UwvRequestId,
};
use werkpad_domain::{EntityKind, ValidationError, ValidationErrors};

use crate::requests::{Ctx, attachment_line, parse_id, resident_id};

/// `werkpadctl attach`: a file to a draft request.
#[derive(Debug, Args)]
pub struct AttachArgs {
    /// The resident's id.
    #[arg(long)]
    pub resident: String,
    /// What the file goes with.
    #[arg(long, value_parser = ["uwv_request", "medical_examination", "referral"])]
    pub owner_kind: String,
    /// The request's id.
    #[arg(long)]
    pub owner: String,
    /// medical_report, psychological_report, school_report, jobcoach_report, cv or other.
    #[arg(long)]
    pub kind: String,
    /// The file: PDF, PNG or JPEG, at most 4 MB.
    #[arg(long)]
    pub file: PathBuf,
}

/// Run `attach`: read the file, send it as base64 to the store (which checks its type
/// by its first bytes and its size), print what was stored.
pub async fn attach(ctx: &Ctx<'_>, args: &AttachArgs) -> Result<()> {
    let rid = resident_id(&args.resident)?;
    let kind = EntityKind::parse(&args.owner_kind).with_context(|| args.owner_kind.clone())?;
    let id = match kind {
        EntityKind::MedicalExamination => {
            parse_id::<MedicalExaminationId>("request", &args.owner)?.as_uuid()
        }
        EntityKind::Referral => parse_id::<ReferralId>("request", &args.owner)?.as_uuid(),
        _ => parse_id::<UwvRequestId>("request", &args.owner)?.as_uuid(),
    };
    let unreadable = |e: std::io::Error| {
        anyhow::anyhow!(ctx.format(
            "cli-file-unreadable",
            &[
                ("file", args.file.display().to_string()),
                ("detail", e.to_string())
            ],
        ))
    };
    // A file far over the limit is refused before it is read.
    let len = std::fs::metadata(&args.file).map_err(unreadable)?.len();
    if usize::try_from(len).map_or(true, |n| n > ATTACHMENT_MAX_BYTES) {
        let too_large = ValidationError::FileTooLarge {
            max_mb: ATTACHMENT_MAX_MB,
        };
        return Err(
            werkpad_core::StoreError::from(ValidationErrors::single("content", too_large)).into(),
        );
    }
    let bytes = std::fs::read(&args.file).map_err(unreadable)?;
    let input = AttachmentInput {
        kind: Some(args.kind.clone()),
        file_name: args
            .file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned()),
        content: Some(base64(&bytes)),
    };
    let owner = AttachmentOwner { kind, id };
    let info = ctx
        .with_store(async |store| {
            Ok(store
                .requests()
                .add_attachment(rid, owner, &input, ctx.today)
                .await?)
        })
        .await?;
    if ctx.cli.json {
        return ctx.json(serde_json::to_value(&info)?);
    }
    println!("{}", attachment_line(ctx, &info));
    Ok(())
}

/// Standard base64 with padding (RFC 4648), as the domain decodes it.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let byte = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let n = (byte(0) << 16) | (byte(1) << 8) | byte(2);
        for i in 0..4 {
            if i <= chunk.len() {
                let six = (n >> (18 - 6 * i)) & 63;
                out.push(char::from(ALPHABET[six as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use werkpad_domain::{ResidentId, StaffId, StaffMember};

    #[test]
    fn base64_is_the_standard_alphabet_with_padding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64(&[0xfb, 0xff, 0xbf]), "+/+/");
    }

    #[test]
    fn the_domain_reads_back_every_byte() {
        let bytes: Vec<u8> = b"%PDF-1.4\n"
            .iter()
            .copied()
            .chain((0..=255u8).cycle().take(1000))
            .collect();
        let input = AttachmentInput {
            kind: Some("cv".into()),
            file_name: Some("cv.pdf".into()),
            content: Some(base64(&bytes)),
        };
        let owner = AttachmentOwner {
            kind: EntityKind::UwvRequest,
            id: UwvRequestId::new().as_uuid(),
        };
        let by = StaffMember::new(StaffId::new(), "Petra de Coach").unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        let a = input
            .into_record(ResidentId::new(), owner, by, today)
            .unwrap();
        assert_eq!(a.bytes().unwrap(), bytes);
        assert_eq!(a.size_bytes, 1009);
    }
}
