//! Requests to UWV: the draft, and UWV's answer.

use chrono::NaiveDate;
use werkpad_domain::loonwaarde::Loonwaardebepaling;
use werkpad_domain::request::uwv::BanenafspraakRoute;
use werkpad_domain::request::{
    RequestStep, UwvAnswerInput, UwvRequest, UwvRequestId, UwvRequestInput,
};
use werkpad_domain::{Purpose, ResidentId, ValidationError, ValidationErrors};

use super::RequestsArea;
use crate::error::Result;

impl RequestsArea<'_> {
    /// Save a draft (new when `id` is `None`). The praktijkroute needs a signed loonwaarde
    /// of this resident below 100 %.
    pub async fn save_uwv(
        &self,
        resident_id: ResidentId,
        id: Option<UwvRequestId>,
        input: &UwvRequestInput,
        today: NaiveDate,
    ) -> Result<UwvRequest> {
        self.store.ensure_resident(resident_id).await?;
        let earlier: Option<UwvRequest> = match id {
            Some(id) => Some(
                self.store
                    .fetch_of_resident(resident_id, &id.to_string())
                    .await?,
            ),
            None => None,
        };
        let coach = self.store.device().coach.clone();
        let request = input.into_draft(earlier.as_ref(), resident_id, &coach, today)?;
        if request.route == Some(BanenafspraakRoute::Praktijkroute)
            && let Some(lw) = request.loonwaarde_id
        {
            let lw: Loonwaardebepaling = self
                .store
                .fetch_of_resident(resident_id, &lw.to_string())
                .await?;
            if lw.signed_percent().is_none_or(|p| p >= 100) {
                return Err(
                    ValidationErrors::single("loonwaarde_id", ValidationError::NotSigned).into(),
                );
            }
        }
        let mut w = self.store.writer(Purpose::UwvRequest).await?;
        w.put(&request).await?;
        w.commit().await?;
        Ok(request)
    }

    /// Record UWV's answer to a sent request.
    pub async fn answer_uwv(
        &self,
        resident_id: ResidentId,
        id: UwvRequestId,
        input: &UwvAnswerInput,
        today: NaiveDate,
    ) -> Result<UwvRequest> {
        let mut request: UwvRequest = self
            .store
            .fetch_of_resident(resident_id, &id.to_string())
            .await?;
        let answer = input.read(today)?;
        let coach = self.store.device().coach.clone();
        request
            .life
            .take(RequestStep::Answer, answer.received_on, coach, None)?;
        request.answer = Some(answer);
        request.validate()?;
        let mut w = self.store.writer(Purpose::UwvRequest).await?;
        w.put(&request).await?;
        w.commit().await?;
        Ok(request)
    }
}
