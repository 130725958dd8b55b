//! Decisions on a loonkostensubsidie and the payments under them.

use chrono::NaiveDate;
use werkpad_domain::matching::{Employer, Placement};
use werkpad_domain::subsidy::decision::day_before;
use werkpad_domain::subsidy::{
    LksDecision, LksDecisionId, LksDecisionInput, LksPayment, LksPaymentInput, disclosures,
};
use werkpad_domain::{
    EmployerId, EntityKind, PlacementId, Purpose, ResidentId, ValidationError, ValidationErrors,
};

use super::SubsidiesArea;
use crate::error::{Result, StoreError};

impl SubsidiesArea<'_> {
    /// Record the signed-in staff member's decision. The employer receives the beschikking:
    /// a sharing-register entry in the same transaction.
    pub async fn decide_lks(
        &self,
        resident_id: ResidentId,
        input: &LksDecisionInput,
        today: NaiveDate,
    ) -> Result<LksDecision> {
        let placement_id = input
            .placement_id
            .ok_or_else(|| ValidationErrors::single("placement_id", ValidationError::Required))?;
        let loonwaarde_id = input
            .loonwaarde_id
            .ok_or_else(|| ValidationErrors::single("loonwaarde_id", ValidationError::Required))?;
        let placement = self.placement(resident_id, placement_id).await?;
        let loonwaarde = self.loonwaarde(resident_id, loonwaarde_id).await?;
        if let Some(old) = input.supersedes {
            let old = self.lks_decision(resident_id, old).await?;
            if old.placement_id != placement_id {
                return Err(
                    ValidationErrors::single("supersedes", ValidationError::InvalidChoice).into(),
                );
            }
        }
        let coach = self.store.device().coach.clone();
        let decision = input.decide(&placement, &loonwaarde, coach, today)?;
        let employer = self.employer_name(decision.employer_id).await?;
        let mut w = self.store.writer(Purpose::EmployerSubsidy).await?;
        w.put(&decision).await?;
        w.put(&disclosures::of_lks_decision(&decision, &employer))
            .await?;
        w.commit().await?;
        Ok(decision)
    }

    /// Record a payment for a period with the hours actually worked, approved by the
    /// signed-in staff member. Refused for periods the decision does not cover: before it
    /// starts, after a newer decision took over, after the placement ended.
    pub async fn pay_lks(
        &self,
        resident_id: ResidentId,
        input: &LksPaymentInput,
        today: NaiveDate,
    ) -> Result<LksPayment> {
        let decision_id = input
            .decision_id
            .ok_or_else(|| ValidationErrors::single("decision_id", ValidationError::Required))?;
        let decision = self.lks_decision(resident_id, decision_id).await?;
        let placement = self.placement(resident_id, decision.placement_id).await?;
        let decisions: Vec<LksDecision> = self
            .store
            .fetch_for_resident(self.store.pool(), &resident_id.to_string())
            .await?;
        let last_day = last_day(&decision, &decisions, &placement);
        let coach = self.store.device().coach.clone();
        let payment = input.pay(&decision, last_day, coach, today)?;
        let mut w = self.store.writer(Purpose::EmployerSubsidy).await?;
        w.put(&payment).await?;
        w.commit().await?;
        Ok(payment)
    }

    pub(super) async fn lks_decision(
        &self,
        resident_id: ResidentId,
        id: LksDecisionId,
    ) -> Result<LksDecision> {
        let key = id.to_string();
        self.store
            .fetch::<LksDecision>(self.store.pool(), &key)
            .await?
            .map(|(d, _)| d)
            .filter(|d| d.resident_id == resident_id)
            .ok_or(StoreError::NotFound {
                entity: EntityKind::LksDecision,
                id: key,
            })
    }

    pub(super) async fn placement(
        &self,
        resident_id: ResidentId,
        id: PlacementId,
    ) -> Result<Placement> {
        let key = id.to_string();
        self.store
            .fetch::<Placement>(self.store.pool(), &key)
            .await?
            .map(|(p, _)| p)
            .filter(|p| p.resident_id == resident_id)
            .ok_or(StoreError::NotFound {
                entity: EntityKind::Placement,
                id: key,
            })
    }

    pub(super) async fn employer_name(&self, id: EmployerId) -> Result<String> {
        self.store
            .fetch::<Employer>(self.store.pool(), &id.to_string())
            .await?
            .map(|(e, _)| e.name)
            .ok_or_else(|| StoreError::NotFound {
                entity: EntityKind::Employer,
                id: id.to_string(),
            })
    }

    pub(super) async fn resident_exists(&self, resident_id: ResidentId) -> Result<()> {
        let id = resident_id.to_string();
        let found: Option<(i64,)> = sqlx::query_as("SELECT 1 FROM residents WHERE id = ?")
            .bind(&id)
            .fetch_optional(self.store.pool())
            .await?;
        found.map(|_| ()).ok_or(StoreError::NotFound {
            entity: EntityKind::Resident,
            id,
        })
    }
}

/// The last day `decision` applies: the day before a decision that supersedes it starts,
/// or the placement's last day, whichever comes first; none while both are open.
pub fn last_day(
    decision: &LksDecision,
    all: &[LksDecision],
    placement: &Placement,
) -> Option<NaiveDate> {
    let superseded = all
        .iter()
        .filter(|d| d.supersedes == Some(decision.id))
        .map(|d| day_before(d.starts_on))
        .min();
    let ended = placement.end.as_ref().map(|e| e.on);
    match (superseded, ended) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}
