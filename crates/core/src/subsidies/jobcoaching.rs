//! Jobcoach organisations and the subsidy per resident and period.

use chrono::NaiveDate;
use werkpad_domain::subsidy::{
    JobcoachOrganisation, JobcoachOrganisationId, JobcoachOrganisationInput, JobcoachSubsidy,
    JobcoachSubsidyId, JobcoachSubsidyInput, ProgressReportInput, TariffRow, approve_jobcoaching,
    disclosures,
};
use werkpad_domain::{EntityKind, Purpose, ResidentId};

use super::SubsidiesArea;
use crate::error::{Result, StoreError};
use crate::store::records::parse;

impl SubsidiesArea<'_> {
    /// Add an organisation (`id` none) or edit one. Shared: it reaches every laptop.
    pub async fn save_organisation(
        &self,
        id: Option<JobcoachOrganisationId>,
        input: &JobcoachOrganisationInput,
    ) -> Result<JobcoachOrganisation> {
        if let Some(id) = id {
            self.organisation(id).await?;
        }
        let org = input.into_record(id.unwrap_or_else(JobcoachOrganisationId::new))?;
        let mut w = self.store.writer(Purpose::JobcoachSubsidy).await?;
        w.put(&org).await?;
        w.commit().await?;
        Ok(org)
    }

    /// Every organisation, by name.
    pub async fn organisations(&self) -> Result<Vec<JobcoachOrganisation>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT id, data FROM jobcoach_organisations ORDER BY name COLLATE NOCASE, id",
        )
        .fetch_all(self.store.pool())
        .await?;
        rows.iter().map(|(id, data)| parse(data, id)).collect()
    }

    /// Plan job coaching of the resident by an organisation for a period at the tariffs;
    /// the organisation receives the resident's data: a sharing-register entry.
    pub async fn plan_jobcoaching(
        &self,
        resident_id: ResidentId,
        input: &JobcoachSubsidyInput,
        tariffs: &[TariffRow],
        today: NaiveDate,
    ) -> Result<JobcoachSubsidy> {
        self.resident_exists(resident_id).await?;
        if let Some(id) = input.loonwaarde_id {
            self.loonwaarde(resident_id, id).await?;
        }
        let subsidy = input.into_record(resident_id, tariffs)?;
        let org = self.organisation(subsidy.organisation_id).await?;
        let coach = self.store.device().coach.clone();
        let mut w = self.store.writer(Purpose::JobcoachSubsidy).await?;
        w.put(&subsidy).await?;
        w.put(&disclosures::of_jobcoaching(
            &subsidy, &org.name, coach, today,
        ))
        .await?;
        w.commit().await?;
        Ok(subsidy)
    }

    /// Record the organisation's progress report on a period.
    pub async fn record_progress_report(
        &self,
        resident_id: ResidentId,
        id: JobcoachSubsidyId,
        input: &ProgressReportInput,
        today: NaiveDate,
    ) -> Result<JobcoachSubsidy> {
        let subsidy = self.jobcoach_subsidy(resident_id, id).await?;
        let updated = input.apply(&subsidy, today)?;
        let mut w = self.store.writer(Purpose::JobcoachSubsidy).await?;
        w.put(&updated).await?;
        w.commit().await?;
        Ok(updated)
    }

    /// Approve the payment, as the signed-in staff member (needs the progress report).
    pub async fn approve_jobcoaching(
        &self,
        resident_id: ResidentId,
        id: JobcoachSubsidyId,
        today: NaiveDate,
    ) -> Result<JobcoachSubsidy> {
        let subsidy = self.jobcoach_subsidy(resident_id, id).await?;
        let coach = self.store.device().coach.clone();
        let approved = approve_jobcoaching(&subsidy, coach, today)?;
        let mut w = self.store.writer(Purpose::JobcoachSubsidy).await?;
        w.put(&approved).await?;
        w.commit().await?;
        Ok(approved)
    }

    pub(super) async fn organisation(
        &self,
        id: JobcoachOrganisationId,
    ) -> Result<JobcoachOrganisation> {
        let key = id.to_string();
        self.store
            .fetch::<JobcoachOrganisation>(self.store.pool(), &key)
            .await?
            .map(|(o, _)| o)
            .ok_or(StoreError::NotFound {
                entity: EntityKind::JobcoachOrganisation,
                id: key,
            })
    }

    async fn jobcoach_subsidy(
        &self,
        resident_id: ResidentId,
        id: JobcoachSubsidyId,
    ) -> Result<JobcoachSubsidy> {
        let key = id.to_string();
        self.store
            .fetch::<JobcoachSubsidy>(self.store.pool(), &key)
            .await?
            .map(|(s, _)| s)
            .filter(|s| s.resident_id == resident_id)
            .ok_or(StoreError::NotFound {
                entity: EntityKind::JobcoachSubsidy,
                id: key,
            })
    }
}
