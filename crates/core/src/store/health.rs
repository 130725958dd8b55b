//! Health data (special category, AVG art. 9): readable only with a stated purpose that
//! can justify it and a reason, and every read is audited with both.

use werkpad_domain::{EntityKind, HealthRecord, Purpose, ResidentId};

use super::audit::AuditAction;
use crate::error::{Result, StoreError};
use crate::store::residents::ResidentsArea;

/// Why the coach needs to see health data now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HealthAccess {
    /// The purpose of the processing.
    pub purpose: Purpose,
    /// The coach's reason, in their words (kept in the audit log).
    pub reason: String,
}

/// Purposes for which health data may be needed: guidance and the work that rests on
/// knowing what someone can do. Subsidies, the 56+ declaration, reports, research and
/// surveys never need it.
pub fn purpose_allows_health(purpose: Purpose) -> bool {
    matches!(
        purpose,
        Purpose::Guidance
            | Purpose::Loonwaarde
            | Purpose::Matching
            | Purpose::LifeDomainSupport
            | Purpose::WorkPreparation
            | Purpose::UwvRequest
            | Purpose::JobRetention
            | Purpose::MedicalExamination
            | Purpose::Verzuim
    )
}

/// The purpose and the trimmed reason of `access`, or the typed refusal: none or an empty
/// reason is [`StoreError::PurposeRequired`], a purpose that cannot justify health data
/// [`StoreError::PurposeNotAllowed`]. Every way into health data asks this first.
pub(crate) fn checked(access: Option<&HealthAccess>) -> Result<(Purpose, &str)> {
    let access = access.ok_or(StoreError::PurposeRequired)?;
    let reason = access.reason.trim();
    if reason.is_empty() {
        return Err(StoreError::PurposeRequired);
    }
    if !purpose_allows_health(access.purpose) {
        return Err(StoreError::PurposeNotAllowed {
            purpose: access.purpose.as_str().to_owned(),
        });
    }
    Ok((access.purpose, reason))
}

impl ResidentsArea<'_> {
    /// A resident's health records. `None`, an empty reason or a purpose that cannot
    /// justify health data is refused with a typed error and nothing is shown.
    pub async fn health_records(
        &self,
        resident_id: ResidentId,
        access: Option<&HealthAccess>,
    ) -> Result<Vec<HealthRecord>> {
        let (purpose, reason) = checked(access)?;
        let access = HealthAccess {
            purpose,
            reason: reason.to_owned(),
        };
        let reason = access.reason.as_str();
        let id = resident_id.to_string();
        let mut w = self.store.writer(access.purpose).await?;
        let records = self
            .store
            .fetch_for_resident::<HealthRecord>(&mut **w.tx(), &id)
            .await?;
        for record in &records {
            let rid = record.id.to_string();
            w.audit(
                AuditAction::ReadHealth,
                Some(&id),
                Some((EntityKind::HealthRecord, &rid)),
                Some(reason),
            )
            .await?;
        }
        if records.is_empty() {
            w.audit(AuditAction::ReadHealth, Some(&id), None, Some(reason))
                .await?;
        }
        w.commit().await?;
        Ok(records)
    }
}
