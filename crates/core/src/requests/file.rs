//! What the Verzoeken tab reads: the resident's requests to UWV and referrals with their
//! attachments, next steps and deadlines, with one audit entry. Medical examinations are
//! health data and are read apart ([`RequestsArea::medical_examinations`]).

use chrono::{Months, NaiveDate};
use serde::Serialize;
use werkpad_domain::request::uwv::REPEAT_AFTER_MONTHS;
use werkpad_domain::request::{
    AttachmentInfo, Referral, RequestStep, UwvOutcome, UwvRequest, UwvRequestKind,
};
use werkpad_domain::{EntityKind, Purpose, ResidentId};

use super::RequestsArea;
use crate::error::Result;
use crate::store::audit::AuditAction;

/// A request to UWV as the tab shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct UwvView {
    /// The request.
    pub request: UwvRequest,
    /// Its attachments (without the files).
    pub attachments: Vec<AttachmentInfo>,
    /// The steps allowed now.
    pub next_steps: Vec<RequestStep>,
    /// Waiting for UWV past the due day.
    pub overdue: bool,
}

/// A referral as the tab shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ReferralView {
    /// The referral.
    pub referral: Referral,
    /// Its attachments.
    pub attachments: Vec<AttachmentInfo>,
    /// The steps allowed now.
    pub next_steps: Vec<RequestStep>,
}

/// The resident's requests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct RequestsFile {
    /// Whose.
    pub resident_id: ResidentId,
    /// Requests to UWV, newest first.
    pub uwv: Vec<UwvView>,
    /// Referrals, newest first.
    pub referrals: Vec<ReferralView>,
    /// The first day a new request for an advice beschut werk goes without an account of
    /// what changed (12 months after the latest refusal), when that lies after `today`.
    pub beschut_repeat_from: Option<NaiveDate>,
}

impl RequestsArea<'_> {
    /// The resident's requests to UWV and referrals, with one audit entry.
    pub async fn requests_file(
        &self,
        resident_id: ResidentId,
        today: NaiveDate,
    ) -> Result<RequestsFile> {
        self.store.ensure_resident(resident_id).await?;
        let rid = resident_id.to_string();
        let pool = self.store.pool();
        let uwv: Vec<UwvRequest> = self.store.fetch_for_resident(pool, &rid).await?;
        let referrals: Vec<Referral> = self.store.fetch_for_resident(pool, &rid).await?;
        let attachments = self.attachment_infos(resident_id).await?;
        let of = |id: uuid::Uuid| -> Vec<AttachmentInfo> {
            attachments
                .iter()
                .filter(|(owner, _)| *owner == id)
                .map(|(_, a)| a.clone())
                .collect()
        };
        let beschut_repeat_from = uwv
            .iter()
            .filter(|r| r.kind == UwvRequestKind::BeschutWerk)
            .filter_map(|r| r.answer.as_ref())
            .filter(|a| a.outcome == UwvOutcome::Negative)
            .map(|a| a.received_on)
            .max()
            .and_then(|d| d.checked_add_months(Months::new(REPEAT_AFTER_MONTHS)))
            .filter(|d| *d > today);
        let uwv = uwv
            .iter()
            .rev()
            .map(|r| UwvView {
                attachments: of(r.id.as_uuid()),
                next_steps: r.life.status.next_steps(),
                overdue: r.is_overdue(today),
                request: r.clone(),
            })
            .collect();
        let referrals = referrals
            .iter()
            .rev()
            .map(|r| ReferralView {
                attachments: of(r.id.as_uuid()),
                next_steps: r.life.status.next_steps(),
                referral: r.clone(),
            })
            .collect();
        let mut w = self.store.writer(Purpose::UwvRequest).await?;
        w.audit(
            AuditAction::Read,
            Some(&rid),
            Some((EntityKind::UwvRequest, &rid)),
            None,
        )
        .await?;
        w.commit().await?;
        Ok(RequestsFile {
            resident_id,
            uwv,
            referrals,
            beschut_repeat_from,
        })
    }
}
