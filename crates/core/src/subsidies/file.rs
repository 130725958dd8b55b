//! What the screens read: the resident's subsidy file and the employer's employees with
//! a loonkostensubsidie. Each read writes its audit entries in one transaction.

use chrono::NaiveDate;
use serde::Serialize;
use werkpad_domain::loonwaarde::{LoonwaardeOutcome, Loonwaardebepaling};
use werkpad_domain::matching::{Employer, Placement};
use werkpad_domain::subsidy::{
    JobcoachOrganisation, JobcoachSubsidy, LksDecision, LksOutcome, LksPayment,
};
use werkpad_domain::{EmployerId, EntityKind, Purpose, Resident, ResidentId};

use super::SubsidiesArea;
use super::lks::last_day;
use crate::error::Result;
use crate::store::audit::AuditAction;

/// A loonwaardebepaling with its arithmetic.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct LoonwaardeView {
    /// The assessment.
    pub record: Loonwaardebepaling,
    /// The loonwaarde with every step, when the tasks allow one.
    pub outcome: Option<LoonwaardeOutcome>,
    /// The employer's name, when known on this laptop.
    pub employer_name: Option<String>,
}

/// A decision with its payments.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct LksView {
    /// The decision.
    pub decision: LksDecision,
    /// The employer's name.
    pub employer_name: Option<String>,
    /// The last day it applies (a newer decision or the placement's end); none while open.
    pub last_day: Option<NaiveDate>,
    /// Payments under it, oldest first.
    pub payments: Vec<LksPayment>,
    /// Paid in all, in cents.
    pub paid_cents: i64,
}

/// Job coaching of one period, with the organisation's name.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct JobcoachView {
    /// The subsidy.
    pub subsidy: JobcoachSubsidy,
    /// The organisation's name.
    pub organisation_name: Option<String>,
}

/// The resident's loonwaarde and subsidies.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SubsidyFile {
    /// Whose.
    pub resident_id: ResidentId,
    /// Assessments, newest first.
    pub loonwaarden: Vec<LoonwaardeView>,
    /// LKS decisions, newest first.
    pub lks: Vec<LksView>,
    /// Job coaching, newest first.
    pub jobcoaching: Vec<JobcoachView>,
    /// Every jobcoach organisation (to choose from).
    pub organisations: Vec<JobcoachOrganisation>,
    /// When the latest signed loonwaarde must be assessed again.
    pub reassess_on: Option<NaiveDate>,
    /// True when that day has come.
    pub reassessment_due: bool,
}

/// One employee of an employer with a loonkostensubsidie.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct EmployeeLks {
    /// The resident.
    pub resident_id: ResidentId,
    /// The resident's name.
    pub display_name: String,
    /// The latest decision for this resident at this employer.
    pub decision: LksDecision,
    /// The last day it applies, if known.
    pub last_day: Option<NaiveDate>,
    /// Paid under it, in cents.
    pub paid_cents: i64,
    /// The end of the latest paid period.
    pub paid_until: Option<NaiveDate>,
}

impl SubsidiesArea<'_> {
    /// The resident's subsidy file for `purpose`; one audit entry.
    pub async fn subsidy_file(
        &self,
        resident_id: ResidentId,
        purpose: Purpose,
        today: NaiveDate,
    ) -> Result<SubsidyFile> {
        self.resident_exists(resident_id).await?;
        let rid = resident_id.to_string();
        let pool = self.store.pool();
        let loonwaarden: Vec<Loonwaardebepaling> =
            self.store.fetch_for_resident(pool, &rid).await?;
        let decisions: Vec<LksDecision> = self.store.fetch_for_resident(pool, &rid).await?;
        let payments: Vec<LksPayment> = self.store.fetch_for_resident(pool, &rid).await?;
        let coaching: Vec<JobcoachSubsidy> = self.store.fetch_for_resident(pool, &rid).await?;
        let placements: Vec<Placement> = self.store.fetch_for_resident(pool, &rid).await?;
        let organisations = self.organisations().await?;

        let mut lw_views = Vec::with_capacity(loonwaarden.len());
        for record in loonwaarden.iter().rev() {
            lw_views.push(LoonwaardeView {
                outcome: record.outcome(),
                employer_name: self.employer_name(record.employer_id).await.ok(),
                record: record.clone(),
            });
        }
        let mut lks = Vec::with_capacity(decisions.len());
        for d in decisions.iter().rev() {
            let own: Vec<LksPayment> = payments
                .iter()
                .filter(|p| p.decision_id == d.id)
                .cloned()
                .collect();
            let last = placements
                .iter()
                .find(|p| p.id == d.placement_id)
                .and_then(|p| last_day(d, &decisions, p));
            lks.push(LksView {
                employer_name: self.employer_name(d.employer_id).await.ok(),
                last_day: last,
                paid_cents: own.iter().map(|p| p.calculation.total_cents).sum(),
                payments: own,
                decision: d.clone(),
            });
        }
        let jobcoaching = coaching
            .iter()
            .rev()
            .map(|s| JobcoachView {
                organisation_name: organisations
                    .iter()
                    .find(|o| o.id == s.organisation_id)
                    .map(|o| o.name.clone()),
                subsidy: s.clone(),
            })
            .collect();
        let reassess_on = loonwaarden
            .iter()
            .filter_map(|l| l.sign_off.as_ref().map(|s| s.reassess_on))
            .max();

        let mut w = self.store.writer(purpose).await?;
        w.audit(
            AuditAction::Read,
            Some(&rid),
            Some((EntityKind::Loonwaarde, &rid)),
            None,
        )
        .await?;
        w.commit().await?;
        Ok(SubsidyFile {
            resident_id,
            loonwaarden: lw_views,
            lks,
            jobcoaching,
            organisations,
            reassess_on,
            reassessment_due: reassess_on.is_some_and(|d| d <= today),
        })
    }

    /// The employer's employees with a granted loonkostensubsidie (the latest decision per
    /// resident), by name; one audit entry per resident shown.
    pub async fn employer_lks(&self, employer_id: EmployerId) -> Result<Vec<EmployeeLks>> {
        let eid = employer_id.to_string();
        self.store
            .fetch::<Employer>(self.store.pool(), &eid)
            .await?
            .ok_or_else(|| crate::error::StoreError::NotFound {
                entity: EntityKind::Employer,
                id: eid.clone(),
            })?;
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT DISTINCT resident_id FROM lks_decisions WHERE employer_id = ? ORDER BY 1",
        )
        .bind(&eid)
        .fetch_all(self.store.pool())
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        let mut w = self.store.writer(Purpose::EmployerSubsidy).await?;
        for (rid,) in rows {
            let Some((resident, _)) = self.store.fetch::<Resident>(&mut **w.tx(), &rid).await?
            else {
                continue;
            };
            let decisions: Vec<LksDecision> =
                self.store.fetch_for_resident(&mut **w.tx(), &rid).await?;
            let Some(latest) = decisions
                .iter()
                .filter(|d| d.employer_id == employer_id && d.outcome == LksOutcome::Granted)
                .filter(|d| !decisions.iter().any(|n| n.supersedes == Some(d.id)))
                .max_by_key(|d| (d.starts_on, d.decided_on))
            else {
                continue;
            };
            let payments: Vec<LksPayment> =
                self.store.fetch_for_resident(&mut **w.tx(), &rid).await?;
            let own: Vec<&LksPayment> = payments
                .iter()
                .filter(|p| p.decision_id == latest.id)
                .collect();
            let placements: Vec<Placement> =
                self.store.fetch_for_resident(&mut **w.tx(), &rid).await?;
            let last = placements
                .iter()
                .find(|p| p.id == latest.placement_id)
                .and_then(|p| last_day(latest, &decisions, p));
            w.audit(
                AuditAction::Read,
                Some(&rid),
                Some((EntityKind::LksDecision, &latest.id.to_string())),
                None,
            )
            .await?;
            out.push(EmployeeLks {
                resident_id: resident.id,
                display_name: resident.name.display_name(),
                last_day: last,
                paid_cents: own.iter().map(|p| p.calculation.total_cents).sum(),
                paid_until: own.iter().map(|p| p.calculation.input.until).max(),
                decision: latest.clone(),
            });
        }
        w.commit().await?;
        out.sort_by(|a, b| a.display_name.cmp(&b.display_name));
        Ok(out)
    }
}
