//! Loonwaarde drafts and the assessor's sign-off.

use chrono::NaiveDate;
use werkpad_domain::loonwaarde::{
    AssessorKind, LoonwaardeDraft, LoonwaardeId, Loonwaardebepaling, SignOffInput,
};
use werkpad_domain::subsidy::disclosures;
use werkpad_domain::{EntityKind, Purpose, ResidentId, ValidationError, ValidationErrors};

use super::SubsidiesArea;
use crate::error::{Result, StoreError};

impl SubsidiesArea<'_> {
    /// Save a draft (new when `id` is none). A signed assessment no longer changes. The
    /// first save with a research agency as assessor records that the agency receives the
    /// resident's data, in the same transaction.
    pub async fn save_loonwaarde(
        &self,
        resident_id: ResidentId,
        id: Option<LoonwaardeId>,
        draft: &LoonwaardeDraft,
        today: NaiveDate,
    ) -> Result<Loonwaardebepaling> {
        let earlier = match id {
            Some(id) => Some(self.loonwaarde(resident_id, id).await?),
            None => None,
        };
        if earlier.as_ref().is_some_and(Loonwaardebepaling::is_signed) {
            return Err(
                ValidationErrors::single("sign_off", ValidationError::AlreadySigned).into(),
            );
        }
        self.resident_exists(resident_id).await?;
        let record = draft.into_record(id.unwrap_or_else(LoonwaardeId::new), resident_id)?;
        if let Some(placement) = record.placement_id {
            self.placement(resident_id, placement).await?;
        }
        self.employer_name(record.employer_id).await?;
        let newly_shared = record.assessor.kind == AssessorKind::ResearchAgency
            && earlier.as_ref().is_none_or(|e| {
                e.assessor.kind != AssessorKind::ResearchAgency
                    || e.assessor.organisation != record.assessor.organisation
            });
        let mut w = self.store.writer(Purpose::Loonwaarde).await?;
        w.put(&record).await?;
        if newly_shared && let Some(agency) = &record.assessor.organisation {
            let coach = self.store.device().coach.clone();
            w.put(&disclosures::of_assessment(&record, agency, coach, today))
                .await?;
        }
        w.commit().await?;
        Ok(record)
    }

    /// Record the assessor's signature: the loonwaarde is fixed and the re-assessment
    /// falls due `reassess_months` later.
    pub async fn sign_loonwaarde(
        &self,
        resident_id: ResidentId,
        id: LoonwaardeId,
        input: &SignOffInput,
        reassess_months: u32,
        today: NaiveDate,
    ) -> Result<Loonwaardebepaling> {
        let draft = self.loonwaarde(resident_id, id).await?;
        let coach = self.store.device().coach.clone();
        let signed = input.sign(&draft, coach, reassess_months, today)?;
        let mut w = self.store.writer(Purpose::Loonwaarde).await?;
        w.put(&signed).await?;
        w.commit().await?;
        Ok(signed)
    }

    /// One assessment of this resident.
    pub async fn loonwaarde(
        &self,
        resident_id: ResidentId,
        id: LoonwaardeId,
    ) -> Result<Loonwaardebepaling> {
        let key = id.to_string();
        self.store
            .fetch::<Loonwaardebepaling>(self.store.pool(), &key)
            .await?
            .map(|(l, _)| l)
            .filter(|l| l.resident_id == resident_id)
            .ok_or(StoreError::NotFound {
                entity: EntityKind::Loonwaarde,
                id: key,
            })
    }
}
