//! The steps every request shares: send (with consent and a sharing-register entry),
//! close with what follows, withdraw with why.

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use werkpad_domain::ResidentId;
use werkpad_domain::request::{
    Attachment, OutgoingRequest, RequestStep, UwvRequest, check_repeat, send,
};

use super::RequestsArea;
use crate::error::Result;
use crate::store::records::Storable;

impl RequestsArea<'_> {
    /// True when a health report is attached to the request `id`.
    pub(super) async fn health_attached(
        &self,
        resident_id: ResidentId,
        id: uuid::Uuid,
    ) -> Result<bool> {
        let all: Vec<Attachment> = self
            .store
            .fetch_for_resident(self.store.pool(), &resident_id.to_string())
            .await?;
        Ok(all.iter().any(|a| a.owner.id == id && a.special))
    }

    /// Send a request: refused without the consent it needs (a medical examination and a
    /// referral always; a UWV request when a health report goes along). The sent request
    /// and its sharing-register entry are written in one transaction. A request to UWV
    /// goes through [`Self::send_uwv`] (the 12-month rule).
    pub async fn send<R>(&self, resident_id: ResidentId, id: &str, today: NaiveDate) -> Result<R>
    where
        R: OutgoingRequest + Storable + DeserializeOwned,
    {
        let request: R = self.store.fetch_of_resident(resident_id, id).await?;
        self.send_checked(resident_id, request, today).await
    }

    /// Send a request to UWV: as [`Self::send`], after the 12-month rule.
    pub async fn send_uwv(
        &self,
        resident_id: ResidentId,
        id: &str,
        today: NaiveDate,
    ) -> Result<UwvRequest> {
        let request: UwvRequest = self.store.fetch_of_resident(resident_id, id).await?;
        let earlier: Vec<UwvRequest> = self
            .store
            .fetch_for_resident(self.store.pool(), &resident_id.to_string())
            .await?;
        check_repeat(&request, &earlier, today)?;
        self.send_checked(resident_id, request, today).await
    }

    async fn send_checked<R>(
        &self,
        resident_id: ResidentId,
        request: R,
        today: NaiveDate,
    ) -> Result<R>
    where
        R: OutgoingRequest + Storable,
    {
        let health = self
            .health_attached(resident_id, request.record_id())
            .await?;
        let coach = self.store.device().coach.clone();
        let (sent, disclosure) = send(&request, &coach, today, health)?;
        let mut w = self.store.writer(request.purpose()).await?;
        w.put(&sent).await?;
        w.put(&disclosure).await?;
        w.commit().await?;
        Ok(sent)
    }

    /// Close (with what follows) or withdraw (with why) a request, by the signed-in staff
    /// member.
    pub async fn finish<R>(
        &self,
        resident_id: ResidentId,
        id: &str,
        step: RequestStep,
        note: Option<String>,
        today: NaiveDate,
    ) -> Result<R>
    where
        R: OutgoingRequest + Storable + DeserializeOwned,
    {
        let mut request: R = self.store.fetch_of_resident(resident_id, id).await?;
        if matches!(step, RequestStep::Send | RequestStep::Answer) {
            return Err(werkpad_domain::ValidationErrors::single(
                "step",
                werkpad_domain::ValidationError::InvalidChoice,
            )
            .into());
        }
        let coach = self.store.device().coach.clone();
        request.life_mut().take(step, today, coach, note)?;
        request.check(today)?;
        let mut w = self.store.writer(request.purpose()).await?;
        w.put(&request).await?;
        w.commit().await?;
        Ok(request)
    }
}
