//! Moving a traject through its states and ending it. The domain decides what is allowed;
//! this reads the traject, applies the step and writes it back in one transaction.

use chrono::NaiveDate;
use werkpad_domain::{
    EndReason, EntityKind, Purpose, ResidentId, Traject, TrajectId, TrajectState, ValidationErrors,
};

use super::residents::ResidentFile;
use crate::error::{Result, StoreError};
use crate::store::residents::ResidentsArea;

impl ResidentsArea<'_> {
    async fn change_traject(
        &self,
        resident_id: ResidentId,
        traject_id: TrajectId,
        step: impl FnOnce(&mut Traject) -> Result<(), ValidationErrors>,
    ) -> Result<ResidentFile> {
        let id = traject_id.to_string();
        let mut w = self.store.writer(Purpose::Guidance).await?;
        let (mut traject, _) = self
            .store
            .fetch::<Traject>(&mut **w.tx(), &id)
            .await?
            .filter(|(t, _)| t.resident_id == resident_id)
            .ok_or_else(|| StoreError::NotFound {
                entity: EntityKind::Traject,
                id: id.clone(),
            })?;
        step(&mut traject)?;
        w.put(&traject).await?;
        let file = self.load_file(&mut w, &resident_id.to_string()).await?;
        w.commit().await?;
        Ok(file)
    }

    /// Move a traject to `to` on `on`, by this device's coach, with an optional reason.
    pub async fn transition_traject(
        &self,
        resident_id: ResidentId,
        traject_id: TrajectId,
        to: TrajectState,
        on: NaiveDate,
        reason: Option<String>,
    ) -> Result<ResidentFile> {
        let coach = self.store.device().coach.clone();
        self.change_traject(resident_id, traject_id, |t| {
            t.transition(to, on, coach, reason)
                .map_err(|e| ValidationErrors::single("to", e))
        })
        .await
    }

    /// End a traject: the coach decides the reason; the retention date follows from it.
    pub async fn end_traject(
        &self,
        resident_id: ResidentId,
        traject_id: TrajectId,
        reason: EndReason,
        ended_on: NaiveDate,
        reasoning: String,
    ) -> Result<ResidentFile> {
        let coach = self.store.device().coach.clone();
        self.change_traject(resident_id, traject_id, |t| {
            t.end(reason, ended_on, coach, reasoning)
                .map_err(|e| ValidationErrors::single("ended_on", e))
        })
        .await
    }
}
