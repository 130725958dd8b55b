//! Life-domain referrals: the draft and the reports of the other party.

use chrono::NaiveDate;
use werkpad_domain::request::{
    Referral, ReferralId, ReferralInput, ReferralProgress, ReferralUpdateInput, RequestStatus,
    RequestStep,
};
use werkpad_domain::{Purpose, ResidentId, ValidationError, ValidationErrors};

use super::RequestsArea;
use crate::error::Result;

impl RequestsArea<'_> {
    /// Save a draft referral (new when `id` is `None`).
    pub async fn save_referral(
        &self,
        resident_id: ResidentId,
        id: Option<ReferralId>,
        input: &ReferralInput,
        today: NaiveDate,
    ) -> Result<Referral> {
        self.store.ensure_resident(resident_id).await?;
        let earlier: Option<Referral> = match id {
            Some(id) => Some(
                self.store
                    .fetch_of_resident(resident_id, &id.to_string())
                    .await?,
            ),
            None => None,
        };
        let coach = self.store.device().coach.clone();
        let referral = input.into_draft(earlier.as_ref(), resident_id, &coach, today)?;
        let mut w = self.store.writer(Purpose::LifeDomainSupport).await?;
        w.put(&referral).await?;
        w.commit().await?;
        Ok(referral)
    }

    /// Record what the other party reported: the first report (accepted or declined) is
    /// the answer; started and ended follow an acceptance. Refused once closed or
    /// withdrawn.
    pub async fn update_referral(
        &self,
        resident_id: ResidentId,
        id: ReferralId,
        input: &ReferralUpdateInput,
        today: NaiveDate,
    ) -> Result<Referral> {
        let mut referral: Referral = self
            .store
            .fetch_of_resident(resident_id, &id.to_string())
            .await?;
        let update = input.read(today)?;
        let first = matches!(
            update.progress,
            ReferralProgress::Accepted | ReferralProgress::Declined
        );
        match referral.life.status {
            RequestStatus::Sent if first => {
                let coach = self.store.device().coach.clone();
                referral
                    .life
                    .take(RequestStep::Answer, update.on, coach, None)?;
            }
            RequestStatus::Answered if !first => {}
            _ => {
                return Err(
                    ValidationErrors::single("progress", ValidationError::InvalidChoice).into(),
                );
            }
        }
        referral.updates.push(update);
        referral.validate()?;
        let mut w = self.store.writer(Purpose::LifeDomainSupport).await?;
        w.put(&referral).await?;
        w.commit().await?;
        Ok(referral)
    }
}
