//! Placing a resident: the coach's decision, recorded with who decided and why; the
//! follow-up contacts that keep the resident at work; the end of a placement, with its
//! reason and the offer of a new placement (herplaatsing).

use chrono::NaiveDate;
use serde::Serialize;
use werkpad_domain::matching::{
    ContactParty, Employer, Placement, PlacementContact, PlacementDraft, PlacementEnd, Workplace,
    disclosures,
};
use werkpad_domain::{
    EmployerId, EntityKind, PlacementContactId, PlacementId, Purpose, ResidentId, ValidationError,
    ValidationErrors,
};

use crate::error::{Result, StoreError};
use crate::matching::MatchingArea;

/// A placement as the resident's file shows it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct PlacementView {
    /// The placement.
    pub placement: Placement,
    /// The workplace's title, when the workplace is on this laptop.
    pub workplace_title: Option<String>,
    /// The employer's name, when known.
    pub employer_name: Option<String>,
    /// Follow-up contacts, newest first.
    pub contacts: Vec<PlacementContact>,
    /// When the next follow-up contact is due (may be overdue); none once ended.
    pub next_follow_up: Option<NaiveDate>,
}

impl MatchingArea<'_> {
    /// Record the coach's decision to place the resident. The signed-in coach is the one
    /// who decides; the employer is the workplace's own. Nothing is stored on any error.
    pub async fn place(
        &self,
        resident_id: ResidentId,
        draft: &PlacementDraft,
        today: NaiveDate,
    ) -> Result<Placement> {
        let mut draft = draft.clone();
        let workplace = match draft.workplace_id {
            Some(id) => Some(self.workplace(id).await?),
            None => None,
        };
        if let Some(wp) = &workplace {
            if draft.employer_id.is_some_and(|e| e != wp.employer_id) {
                return Err(ValidationErrors::single(
                    "employer_id",
                    ValidationError::InvalidChoice,
                )
                .into());
            }
            draft.employer_id = Some(wp.employer_id);
        }
        let coach = self.store.device().coach.clone();
        let placement = draft.validate(PlacementId::new(), resident_id, Some(coach), today)?;
        if let Some(replaced) = placement.replaces {
            let old = self.placement(resident_id, replaced).await?;
            if old.end.is_none() {
                return Err(
                    ValidationErrors::single("replaces", ValidationError::InvalidChoice).into(),
                );
            }
        }
        self.resident_exists(resident_id).await?;
        // The employer learns who the resident is: a disclosure in the sharing register,
        // in the same transaction as the placement.
        let employer = self.employer_name(placement.employer_id).await?;
        let disclosure = disclosures::of_placement(&placement, &employer);
        let mut w = self.store.writer(Purpose::Matching).await?;
        w.put(&placement).await?;
        w.put(&disclosure).await?;
        w.commit().await?;
        Ok(placement)
    }

    /// End a placement: the coach gives the last day and the reason.
    pub async fn end_placement(
        &self,
        resident_id: ResidentId,
        placement_id: PlacementId,
        end: PlacementEnd,
    ) -> Result<Placement> {
        let mut placement = self.placement(resident_id, placement_id).await?;
        placement.end(end)?;
        self.store
            .residents()
            .save(&placement, Purpose::JobRetention)
            .await?;
        Ok(placement)
    }

    /// Note a follow-up contact about a running placement, by the signed-in coach.
    pub async fn add_placement_contact(
        &self,
        resident_id: ResidentId,
        placement_id: PlacementId,
        on: NaiveDate,
        with: ContactParty,
        notes: String,
    ) -> Result<PlacementContact> {
        let placement = self.placement(resident_id, placement_id).await?;
        if on < placement.start {
            return Err(ValidationErrors::single("on", ValidationError::EndBeforeStart).into());
        }
        let contact = PlacementContact {
            id: PlacementContactId::new(),
            resident_id,
            placement_id,
            on,
            with,
            by: self.store.device().coach.clone(),
            notes: notes.trim().to_owned(),
        };
        // A contact with the employer is a disclosure too (none with the resident alone).
        let employer = self.employer_name(placement.employer_id).await?;
        let mut w = self.store.writer(Purpose::JobRetention).await?;
        w.put(&contact).await?;
        if let Some(disclosure) = disclosures::of_contact(&contact, &employer) {
            w.put(&disclosure).await?;
        }
        w.commit().await?;
        Ok(contact)
    }

    /// The employer's name, for the sharing register.
    async fn employer_name(&self, id: EmployerId) -> Result<String> {
        self.store
            .fetch::<Employer>(self.store.pool(), &id.to_string())
            .await?
            .map(|(e, _)| e.name)
            .ok_or_else(|| StoreError::NotFound {
                entity: EntityKind::Employer,
                id: id.to_string(),
            })
    }

    /// The resident's placements, newest first, with their follow-up contacts.
    pub async fn placements(
        &self,
        resident_id: ResidentId,
        today: NaiveDate,
    ) -> Result<Vec<PlacementView>> {
        let rid = resident_id.to_string();
        let placements: Vec<Placement> = self
            .store
            .fetch_for_resident(self.store.pool(), &rid)
            .await?;
        let mut contacts: Vec<PlacementContact> = self
            .store
            .fetch_for_resident(self.store.pool(), &rid)
            .await?;
        contacts.sort_by_key(|c| std::cmp::Reverse(c.on));
        let mut views = Vec::with_capacity(placements.len());
        for placement in placements.into_iter().rev() {
            let workplace: Option<Workplace> = self
                .store
                .fetch::<Workplace>(self.store.pool(), &placement.workplace_id.to_string())
                .await?
                .map(|(w, _)| w);
            let employer_name = self
                .store
                .fetch::<werkpad_domain::matching::Employer>(
                    self.store.pool(),
                    &placement.employer_id.to_string(),
                )
                .await?
                .map(|(e, _)| e.name);
            let own: Vec<PlacementContact> = contacts
                .iter()
                .filter(|c| c.placement_id == placement.id)
                .cloned()
                .collect();
            views.push(PlacementView {
                next_follow_up: placement.next_follow_up(&own, today),
                workplace_title: workplace.map(|w| w.title),
                employer_name,
                contacts: own,
                placement,
            });
        }
        Ok(views)
    }

    async fn placement(
        &self,
        resident_id: ResidentId,
        placement_id: PlacementId,
    ) -> Result<Placement> {
        let id = placement_id.to_string();
        self.store
            .fetch::<Placement>(self.store.pool(), &id)
            .await?
            .map(|(p, _)| p)
            .filter(|p| p.resident_id == resident_id)
            .ok_or(StoreError::NotFound {
                entity: EntityKind::Placement,
                id,
            })
    }

    async fn resident_exists(&self, resident_id: ResidentId) -> Result<()> {
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
