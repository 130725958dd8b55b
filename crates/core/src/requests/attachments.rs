//! Attachments: added to a draft request (what was sent stays what was sent), kept in the
//! encrypted store like every record, opened with an audit entry; a medical or
//! psychological report only with a purpose and a reason that justify health data.

use chrono::NaiveDate;
use serde::Serialize;
use werkpad_domain::request::{
    Attachment, AttachmentId, AttachmentInfo, AttachmentInput, AttachmentOwner, MedicalExamination,
    OutgoingRequest, Referral, UwvRequest,
};
use werkpad_domain::{EntityKind, Purpose, ResidentId, ValidationError, ValidationErrors};

use super::RequestsArea;
use crate::error::Result;
use crate::store::audit::AuditAction;
use crate::store::health::{HealthAccess, checked};

/// An opened attachment: its facts and the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct OpenedAttachment {
    /// The facts.
    pub info: AttachmentInfo,
    /// The file, base64.
    pub content: String,
}

impl RequestsArea<'_> {
    /// Add a file to a draft request of the resident. Refused: an owner that is not a
    /// request of this resident, a request sent already, a file too large or of a type
    /// not taken. Nothing is stored on a refusal.
    pub async fn add_attachment(
        &self,
        resident_id: ResidentId,
        owner: AttachmentOwner,
        input: &AttachmentInput,
        today: NaiveDate,
    ) -> Result<AttachmentInfo> {
        let id = owner.id.to_string();
        let (purpose, draft) = match owner.kind {
            EntityKind::UwvRequest => {
                let r: UwvRequest = self.store.fetch_of_resident(resident_id, &id).await?;
                (r.purpose(), r.life.is_draft())
            }
            EntityKind::MedicalExamination => {
                let r: MedicalExamination = self.store.fetch_of_resident(resident_id, &id).await?;
                (r.purpose(), r.life.is_draft())
            }
            EntityKind::Referral => {
                let r: Referral = self.store.fetch_of_resident(resident_id, &id).await?;
                (r.purpose(), r.life.is_draft())
            }
            _ => {
                return Err(
                    ValidationErrors::single("owner", ValidationError::InvalidChoice).into(),
                );
            }
        };
        if !draft {
            return Err(ValidationErrors::single("owner", ValidationError::Locked).into());
        }
        let coach = self.store.device().coach.clone();
        let attachment = input.into_record(resident_id, owner, coach, today)?;
        let mut w = self.store.writer(purpose).await?;
        w.put(&attachment).await?;
        w.commit().await?;
        Ok(AttachmentInfo::from(&attachment))
    }

    /// The resident's attachments without their files.
    pub(super) async fn attachment_infos(
        &self,
        resident_id: ResidentId,
    ) -> Result<Vec<(uuid::Uuid, AttachmentInfo)>> {
        let all: Vec<Attachment> = self
            .store
            .fetch_for_resident(self.store.pool(), &resident_id.to_string())
            .await?;
        Ok(all
            .iter()
            .map(|a| (a.owner.id, AttachmentInfo::from(a)))
            .collect())
    }

    /// Open an attachment for `purpose`: one audit entry; a health report needs `access`
    /// (a purpose that can justify health data and a reason) and is logged as a health
    /// read.
    pub async fn open_attachment(
        &self,
        resident_id: ResidentId,
        id: AttachmentId,
        purpose: Purpose,
        access: Option<&HealthAccess>,
    ) -> Result<OpenedAttachment> {
        let key = id.to_string();
        let a: Attachment = self.store.fetch_of_resident(resident_id, &key).await?;
        let rid = resident_id.to_string();
        let (purpose, action, reason) = if a.special {
            let (p, r) = checked(access)?;
            (p, AuditAction::ReadHealth, Some(r.to_owned()))
        } else {
            (purpose, AuditAction::Read, None)
        };
        let mut w = self.store.writer(purpose).await?;
        w.audit(
            action,
            Some(&rid),
            Some((EntityKind::Attachment, &key)),
            reason.as_deref(),
        )
        .await?;
        w.commit().await?;
        Ok(OpenedAttachment {
            info: AttachmentInfo::from(&a),
            content: a.content,
        })
    }
}
