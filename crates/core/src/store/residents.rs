//! A resident's file: intake, saving records, and reading the file (always audited).

use serde::Serialize;
use werkpad_domain::{
    Agreement, Appointment, Assessment, EntityKind, Goal, HealthRecord, Purpose, Report, Resident,
    ResidentId, Traject,
};

use super::Store;
use super::audit::AuditAction;
use super::records::Storable;
use super::writer::Written;
use crate::error::{Result, StoreError};

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

/// A resident's file without health data (that needs its own, audited, request).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResidentFile {
    /// Personal data.
    pub resident: Resident,
    /// Trajecten, oldest first.
    pub trajecten: Vec<Traject>,
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
    /// How many health records exist (their content is not in the file).
    pub health_record_count: i64,
}

impl Store {
    /// Store an intake: resident, traject and optional health record, all or nothing.
    pub async fn save_intake(&self, intake: &Intake) -> Result<()> {
        let mut w = self.writer(Purpose::Guidance).await?;
        w.put(&intake.resident).await?;
        w.put(&intake.traject).await?;
        if let Some(health) = &intake.health {
            w.put(health).await?;
        }
        w.commit().await
    }

    /// Create or update one record, with its outbox and audit entries, for `purpose`.
    pub async fn save<R: Storable>(&self, record: &R, purpose: Purpose) -> Result<Written> {
        let mut w = self.writer(purpose).await?;
        let written = w.put(record).await?;
        w.commit().await?;
        Ok(written)
    }

    /// Read a resident's personal data for `purpose`; writes an audit entry.
    pub async fn resident(&self, id: ResidentId, purpose: Purpose) -> Result<Resident> {
        let id = id.to_string();
        let mut w = self.writer(purpose).await?;
        let (resident, _) = self
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
        let id = id.to_string();
        let mut w = self.writer(purpose).await?;
        let tx = w.tx();
        let (resident, _) = self
            .fetch::<Resident>(&mut **tx, &id)
            .await?
            .ok_or_else(|| StoreError::NotFound {
                entity: EntityKind::Resident,
                id: id.clone(),
            })?;
        let trajecten = self.fetch_for_resident::<Traject>(&mut **tx, &id).await?;
        let mut reports = self.fetch_for_resident::<Report>(&mut **tx, &id).await?;
        reports.sort_by_key(|r| std::cmp::Reverse(r.written_at));
        let agreements = self.fetch_for_resident::<Agreement>(&mut **tx, &id).await?;
        let goals = self.fetch_for_resident::<Goal>(&mut **tx, &id).await?;
        let mut appointments = self
            .fetch_for_resident::<Appointment>(&mut **tx, &id)
            .await?;
        appointments.sort_by_key(|a| a.starts_at);
        let assessments = self
            .fetch_for_resident::<Assessment>(&mut **tx, &id)
            .await?;
        let (health_record_count,): (i64,) =
            sqlx::query_as("SELECT count(*) FROM health_records WHERE resident_id = ?")
                .bind(&id)
                .fetch_one(&mut **tx)
                .await?;
        w.audit(
            AuditAction::Read,
            Some(&id),
            Some((EntityKind::Resident, &id)),
            None,
        )
        .await?;
        w.commit().await?;
        Ok(ResidentFile {
            resident,
            trajecten,
            reports,
            agreements,
            goals,
            appointments,
            assessments,
            health_record_count,
        })
    }

    /// Number of residents in the store.
    pub async fn resident_count(&self) -> Result<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT count(*) FROM residents")
            .fetch_one(self.pool())
            .await?;
        Ok(n)
    }
}
