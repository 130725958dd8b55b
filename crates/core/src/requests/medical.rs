//! Medical examinations: health data from the first word (the question) to the outcome.
//! Every read needs a purpose that can justify health data and a reason, and is logged.

use chrono::NaiveDate;
use werkpad_domain::request::{
    ExaminationOutcomeInput, MedicalExamination, MedicalExaminationId, MedicalExaminationInput,
    RequestStep,
};
use werkpad_domain::{EntityKind, Purpose, ResidentId};

use super::RequestsArea;
use crate::error::Result;
use crate::store::audit::AuditAction;
use crate::store::health::{HealthAccess, checked};

impl RequestsArea<'_> {
    /// Save an examination: a new draft, or a change (after sending only the appointment
    /// and the consent change).
    pub async fn save_medical(
        &self,
        resident_id: ResidentId,
        id: Option<MedicalExaminationId>,
        input: &MedicalExaminationInput,
        today: NaiveDate,
    ) -> Result<MedicalExamination> {
        self.store.ensure_resident(resident_id).await?;
        let earlier: Option<MedicalExamination> = match id {
            Some(id) => Some(
                self.store
                    .fetch_of_resident(resident_id, &id.to_string())
                    .await?,
            ),
            None => None,
        };
        let coach = self.store.device().coach.clone();
        let record = input.into_record(earlier.as_ref(), resident_id, &coach, today)?;
        let mut w = self.store.writer(Purpose::MedicalExamination).await?;
        w.put(&record).await?;
        w.commit().await?;
        Ok(record)
    }

    /// Record the outcome of a sent examination.
    pub async fn record_outcome(
        &self,
        resident_id: ResidentId,
        id: MedicalExaminationId,
        input: &ExaminationOutcomeInput,
        today: NaiveDate,
    ) -> Result<MedicalExamination> {
        let mut record: MedicalExamination = self
            .store
            .fetch_of_resident(resident_id, &id.to_string())
            .await?;
        let outcome = input.read(today)?;
        let coach = self.store.device().coach.clone();
        record
            .life
            .take(RequestStep::Answer, outcome.received_on, coach, None)?;
        record.outcome = Some(outcome);
        record.validate()?;
        let mut w = self.store.writer(Purpose::MedicalExamination).await?;
        w.put(&record).await?;
        w.commit().await?;
        Ok(record)
    }

    /// The resident's examinations, newest first. `None`, an empty reason or a purpose
    /// that cannot justify health data is refused and nothing is shown; every record shown
    /// is logged with the reason.
    pub async fn medical_examinations(
        &self,
        resident_id: ResidentId,
        access: Option<&HealthAccess>,
    ) -> Result<Vec<MedicalExamination>> {
        let (purpose, reason) = checked(access)?;
        let reason = reason.to_owned();
        let rid = resident_id.to_string();
        let mut w = self.store.writer(purpose).await?;
        let mut records: Vec<MedicalExamination> =
            self.store.fetch_for_resident(&mut **w.tx(), &rid).await?;
        records.reverse();
        for r in &records {
            let id = r.id.to_string();
            w.audit(
                AuditAction::ReadHealth,
                Some(&rid),
                Some((EntityKind::MedicalExamination, &id)),
                Some(&reason),
            )
            .await?;
        }
        if records.is_empty() {
            w.audit(AuditAction::ReadHealth, Some(&rid), None, Some(&reason))
                .await?;
        }
        w.commit().await?;
        Ok(records)
    }
}
