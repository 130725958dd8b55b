//! Leerwerkplekken and trainings on the laptop (issue 23). The partner or provider
//! receives data: a sharing-register entry with the first save. A passed training with a
//! certificate is a qualification matching shows.

use chrono::NaiveDate;
use serde::Serialize;
use werkpad_domain::category::Recipient;
use werkpad_domain::learning::{
    Evaluation, Leerwerkplek, LeerwerkplekId, LeerwerkplekInput, Training, TrainingId,
    TrainingInput, qualifications,
};
use werkpad_domain::{
    DataCategory, Disclosure, DisclosureId, EntityKind, Purpose, ResidentId, ValidationError,
    ValidationErrors,
};

use crate::error::Result;
use crate::store::audit::AuditAction;

crate::store::area!(
    /// Leerwerkplekken, trainings and the qualifications they give.
    LearningArea,
    learning
);

/// The resident's preparation for work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct LearningFile {
    /// Leerwerkplekken, newest first.
    pub leerwerkplekken: Vec<Leerwerkplek>,
    /// Trainings, newest first.
    pub trainings: Vec<Training>,
    /// Qualifications held (passed trainings with a certificate), compared without case.
    pub qualifications: Vec<String>,
}

impl LearningArea<'_> {
    fn disclosure(
        &self,
        resident_id: ResidentId,
        name: &str,
        categories: Vec<DataCategory>,
        on: NaiveDate,
    ) -> Result<Disclosure> {
        let d = Disclosure {
            id: DisclosureId::new(),
            resident_id,
            recipient: Recipient::GuidanceProvider,
            recipient_name: name.to_owned(),
            purpose: Purpose::WorkPreparation,
            categories,
            disclosed_on: on,
            disclosed_by: self.store.device().coach.clone(),
            statement_reference: None,
        };
        d.validate()?;
        Ok(d)
    }

    /// Save a leerwerkplek (new when `id` is `None`; a new partner gets its entry in the
    /// sharing register).
    pub async fn save_leerwerkplek(
        &self,
        resident_id: ResidentId,
        id: Option<LeerwerkplekId>,
        input: &LeerwerkplekInput,
        today: NaiveDate,
    ) -> Result<Leerwerkplek> {
        self.store.ensure_resident(resident_id).await?;
        let earlier: Option<Leerwerkplek> = match id {
            Some(id) => Some(
                self.store
                    .fetch_of_resident(resident_id, &id.to_string())
                    .await?,
            ),
            None => None,
        };
        let evaluations = earlier
            .as_ref()
            .map(|e| e.evaluations.clone())
            .unwrap_or_default();
        let record = input.into_record(
            id.unwrap_or_else(LeerwerkplekId::new),
            resident_id,
            evaluations,
        )?;
        let mut w = self.store.writer(Purpose::WorkPreparation).await?;
        w.put(&record).await?;
        if earlier.as_ref().is_none_or(|e| e.partner != record.partner) {
            let d = self.disclosure(
                resident_id,
                &record.partner,
                Leerwerkplek::shared_categories(),
                today,
            )?;
            w.put(&d).await?;
        }
        w.commit().await?;
        Ok(record)
    }

    /// Add an evaluation by the signed-in staff member.
    pub async fn evaluate(
        &self,
        resident_id: ResidentId,
        id: LeerwerkplekId,
        summary: &str,
        today: NaiveDate,
    ) -> Result<Leerwerkplek> {
        let mut record: Leerwerkplek = self
            .store
            .fetch_of_resident(resident_id, &id.to_string())
            .await?;
        if summary.trim().is_empty() {
            return Err(ValidationErrors::single("summary", ValidationError::Required).into());
        }
        record.evaluations.push(Evaluation {
            on: today,
            by: self.store.device().coach.clone(),
            summary: summary.trim().to_owned(),
        });
        record.validate()?;
        let mut w = self.store.writer(Purpose::WorkPreparation).await?;
        w.put(&record).await?;
        w.commit().await?;
        Ok(record)
    }

    /// Save a training (new when `id` is `None`; a new provider gets its entry in the
    /// sharing register).
    pub async fn save_training(
        &self,
        resident_id: ResidentId,
        id: Option<TrainingId>,
        input: &TrainingInput,
        today: NaiveDate,
    ) -> Result<Training> {
        self.store.ensure_resident(resident_id).await?;
        let earlier: Option<Training> = match id {
            Some(id) => Some(
                self.store
                    .fetch_of_resident(resident_id, &id.to_string())
                    .await?,
            ),
            None => None,
        };
        let record = input.into_record(id.unwrap_or_else(TrainingId::new), resident_id)?;
        let mut w = self.store.writer(Purpose::WorkPreparation).await?;
        w.put(&record).await?;
        if earlier
            .as_ref()
            .is_none_or(|e| e.provider != record.provider)
        {
            let d = self.disclosure(
                resident_id,
                &record.provider,
                vec![
                    DataCategory::Name,
                    DataCategory::Phone,
                    DataCategory::LanguageEducationExperience,
                ],
                today,
            )?;
            w.put(&d).await?;
        }
        w.commit().await?;
        Ok(record)
    }

    /// The resident's leerwerkplekken, trainings and qualifications, with one audit entry.
    pub async fn learning_file(&self, resident_id: ResidentId) -> Result<LearningFile> {
        self.store.ensure_resident(resident_id).await?;
        let rid = resident_id.to_string();
        let pool = self.store.pool();
        let mut leerwerkplekken: Vec<Leerwerkplek> =
            self.store.fetch_for_resident(pool, &rid).await?;
        let mut trainings: Vec<Training> = self.store.fetch_for_resident(pool, &rid).await?;
        let qualifications = qualifications(&trainings);
        leerwerkplekken.reverse();
        trainings.reverse();
        let mut w = self.store.writer(Purpose::WorkPreparation).await?;
        w.audit(
            AuditAction::Read,
            Some(&rid),
            Some((EntityKind::Training, &rid)),
            None,
        )
        .await?;
        w.commit().await?;
        Ok(LearningFile {
            leerwerkplekken,
            trainings,
            qualifications,
        })
    }
}
