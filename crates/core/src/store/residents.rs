//! A resident's file: intake, saving records, and reading the file (always audited).

use chrono::NaiveDate;
use serde::Serialize;
use werkpad_domain::{
    Agreement, Appointment, Assessment, EntityKind, Goal, HealthRecord, Purpose, Report, Resident,
    ResidentDraft, ResidentId, Traject,
};

use super::audit::AuditAction;
use super::records::Storable;
use super::writer::Written;
use crate::error::{Result, StoreError};

super::area!(
    /// Residents: intakes, files, search and the caseload, trajecten, health records.
    ResidentsArea,
    residents
);

/// Everything an intake produces, stored in one transaction.
#[derive(Debug, Clone)]
pub struct Intake {
    /// The resident's personal data.
    pub resident: Resident,
    /// The traject that starts with this intake.
    pub traject: Traject,
    /// Health data, only where needed for the support, with its necessity recorded.
    pub health: Option<HealthRecord>,
}

/// A traject with its retention date (set once it has ended).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct TrajectView {
    /// The traject.
    #[serde(flatten)]
    pub traject: Traject,
    /// First day its data may be destroyed.
    pub destroy_after: Option<NaiveDate>,
}

/// A resident's file without health data (that needs its own, audited, request).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(rename = "ResidentFileView")]
pub struct ResidentFile {
    /// Personal data.
    pub resident: Resident,
    /// The same, as the edit form's draft.
    pub draft: ResidentDraft,
    /// Trajecten, oldest first.
    pub trajecten: Vec<TrajectView>,
    /// Reports, newest first.
    pub reports: Vec<Report>,
    /// Agreements.
    pub agreements: Vec<Agreement>,
    /// Goals.
    pub goals: Vec<Goal>,
    /// Appointments, earliest first.
    pub appointments: Vec<Appointment>,
    /// Assessments, warnings and measures.
    pub assessments: Vec<Assessment>,
    /// The resident's requests about their data, newest first.
    pub rights_requests: Vec<werkpad_domain::RightsRequest>,
    /// How many health records exist (their content is not in the file).
    pub health_record_count: i64,
}

impl ResidentsArea<'_> {
    /// Store an intake: resident, traject and optional health record, all or nothing.
    pub async fn save_intake(&self, intake: &Intake) -> Result<()> {
        let mut w = self.store.writer(Purpose::Guidance).await?;
        w.put(&intake.resident).await?;
        w.put(&intake.traject).await?;
        if let Some(health) = &intake.health {
            w.put(health).await?;
        }
        w.commit().await
    }

    /// Create or update one record, with its outbox and audit entries, for `purpose`.
    pub async fn save<R: Storable>(&self, record: &R, purpose: Purpose) -> Result<Written> {
        let mut w = self.store.writer(purpose).await?;
        let written = w.put(record).await?;
        w.commit().await?;
        Ok(written)
    }

    /// Read a resident's personal data for `purpose`; writes an audit entry.
    pub async fn resident(&self, id: ResidentId, purpose: Purpose) -> Result<Resident> {
        let id = id.to_string();
        let mut w = self.store.writer(purpose).await?;
        let (resident, _) = self
            .store
            .fetch::<Resident>(&mut **w.tx(), &id)
            .await?
            .ok_or_else(|| StoreError::NotFound {
                entity: EntityKind::Resident,
                id: id.clone(),
            })?;
        w.audit(
            AuditAction::Read,
            Some(&id),
            Some((EntityKind::Resident, &id)),
            None,
        )
        .await?;
        w.commit().await?;
        Ok(resident)
    }

    /// Open a resident's whole file (no health content) for `purpose`; one audit entry.
    pub async fn resident_file(&self, id: ResidentId, purpose: Purpose) -> Result<ResidentFile> {
        let rid = id.to_string();
        let mut w = self.store.writer(purpose).await?;
        let file = self.load_file(&mut w, &rid).await?;
        w.audit(
            AuditAction::Read,
            Some(&rid),
            Some((EntityKind::Resident, &rid)),
            None,
        )
        .await?;
        w.commit().await?;
        Ok(file)
    }

    /// Read the file inside a writer's transaction, without an audit entry of its own: for
    /// showing the result of a change the writer already audits.
    pub(crate) async fn load_file(
        &self,
        w: &mut super::Writer<'_>,
        id: &str,
    ) -> Result<ResidentFile> {
        let tx = w.tx();
        let (resident, _) = self
            .store
            .fetch::<Resident>(&mut **tx, id)
            .await?
            .ok_or_else(|| StoreError::NotFound {
                entity: EntityKind::Resident,
                id: id.to_owned(),
            })?;
        let trajecten = self
            .store
            .fetch_for_resident::<Traject>(&mut **tx, id)
            .await?
            .into_iter()
            .map(|traject| TrajectView {
                destroy_after: traject.destroy_after(),
                traject,
            })
            .collect();
        let mut reports = self
            .store
            .fetch_for_resident::<Report>(&mut **tx, id)
            .await?;
        reports.sort_by_key(|r| std::cmp::Reverse(r.written_at));
        let agreements = self
            .store
            .fetch_for_resident::<Agreement>(&mut **tx, id)
            .await?;
        let goals = self.store.fetch_for_resident::<Goal>(&mut **tx, id).await?;
        let mut appointments = self
            .store
            .fetch_for_resident::<Appointment>(&mut **tx, id)
            .await?;
        appointments.sort_by_key(|a| a.starts_at);
        let assessments = self
            .store
            .fetch_for_resident::<Assessment>(&mut **tx, id)
            .await?;
        let mut rights_requests = self
            .store
            .fetch_for_resident::<werkpad_domain::RightsRequest>(&mut **tx, id)
            .await?;
        rights_requests.reverse();
        let (health_record_count,): (i64,) =
            sqlx::query_as("SELECT count(*) FROM health_records WHERE resident_id = ?")
                .bind(id)
                .fetch_one(&mut **tx)
                .await?;
        Ok(ResidentFile {
            draft: resident.to_draft(),
            resident,
            trajecten,
            reports,
            agreements,
            goals,
            appointments,
            assessments,
            rights_requests,
            health_record_count,
        })
    }

    /// Save `record` for `purpose` and return the resident's updated file (the change is
    /// audited; showing its result is not a separate read).
    pub async fn save_and_reload<R: Storable>(
        &self,
        record: &R,
        purpose: Purpose,
    ) -> Result<ResidentFile> {
        let rid = record
            .resident_id()
            .ok_or_else(|| StoreError::NotFound {
                entity: werkpad_domain::EntityKind::Resident,
                id: record.record_id().to_string(),
            })?
            .to_string();
        let mut w = self.store.writer(purpose).await?;
        w.put(record).await?;
        let file = self.load_file(&mut w, &rid).await?;
        w.commit().await?;
        Ok(file)
    }

    /// The resident with this BSN, if one is in the store (duplicate check at intake).
    pub async fn resident_by_bsn(&self, bsn: &werkpad_domain::Bsn) -> Result<Option<ResidentId>> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT id FROM residents WHERE json_extract(data, '$.bsn') = ?")
                .bind(bsn.as_str())
                .fetch_optional(self.store.pool())
                .await?;
        Ok(row.and_then(|(id,)| id.parse().ok()))
    }

    /// Number of residents in the store.
    pub async fn resident_count(&self) -> Result<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT count(*) FROM residents")
            .fetch_one(self.store.pool())
            .await?;
        Ok(n)
    }
}
