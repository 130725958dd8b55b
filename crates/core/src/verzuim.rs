//! Verzuimcontrole on the laptop (issue 23): the absence, the controller's check (the
//! controller receives data: a sharing-register entry in the same transaction), the
//! resident's account, and a named staff member's decision. Never automatic.

use chrono::NaiveDate;
use werkpad_domain::category::Recipient;
use werkpad_domain::matching::Placement;
use werkpad_domain::verzuim::{
    AbsenceInput, AccountInput, ControlInput, VerzuimCase, VerzuimDecisionInput, VerzuimId,
};
use werkpad_domain::{Appointment, Disclosure, DisclosureId, EntityKind, Purpose, ResidentId};

use crate::error::Result;
use crate::store::audit::AuditAction;

crate::store::area!(
    /// Absences, controls, the resident's account and the decision.
    VerzuimArea,
    verzuim
);

impl VerzuimArea<'_> {
    /// Record an absence. The placement or missed appointment must be the resident's.
    pub async fn report_absence(
        &self,
        resident_id: ResidentId,
        input: &AbsenceInput,
        today: NaiveDate,
    ) -> Result<VerzuimCase> {
        self.store.ensure_resident(resident_id).await?;
        let case = input.into_case(resident_id, today)?;
        if let Some(p) = case.absence.placement_id {
            let _: Placement = self
                .store
                .fetch_of_resident(resident_id, &p.to_string())
                .await?;
        }
        if let Some(a) = case.absence.appointment_id {
            let _: Appointment = self
                .store
                .fetch_of_resident(resident_id, &a.to_string())
                .await?;
        }
        let mut w = self.store.writer(Purpose::Verzuim).await?;
        w.put(&case).await?;
        w.commit().await?;
        Ok(case)
    }

    async fn case(&self, resident_id: ResidentId, id: VerzuimId) -> Result<VerzuimCase> {
        self.store
            .fetch_of_resident(resident_id, &id.to_string())
            .await
    }

    /// Ask a verzuimcontroleur to check, or record the result. The first request writes
    /// the sharing-register entry (name, address, phone, the absence) with it.
    pub async fn control(
        &self,
        resident_id: ResidentId,
        id: VerzuimId,
        input: &ControlInput,
        today: NaiveDate,
    ) -> Result<VerzuimCase> {
        let case = self.case(resident_id, id).await?;
        let next = input.apply(&case, today)?;
        let mut w = self.store.writer(Purpose::Verzuim).await?;
        w.put(&next).await?;
        if let (None, Some(control)) = (&case.control, &next.control) {
            let disclosure = Disclosure {
                id: DisclosureId::new(),
                resident_id,
                recipient: Recipient::VerzuimController,
                recipient_name: control.controller.clone(),
                purpose: Purpose::Verzuim,
                categories: VerzuimCase::shared_with_controller(),
                disclosed_on: control.requested_on,
                disclosed_by: self.store.device().coach.clone(),
                statement_reference: None,
            };
            disclosure.validate()?;
            w.put(&disclosure).await?;
        }
        w.commit().await?;
        Ok(next)
    }

    /// Ask the resident for their account, or record it.
    pub async fn account(
        &self,
        resident_id: ResidentId,
        id: VerzuimId,
        input: &AccountInput,
        today: NaiveDate,
    ) -> Result<VerzuimCase> {
        let case = self.case(resident_id, id).await?;
        let next = input.apply(&case, today)?;
        let mut w = self.store.writer(Purpose::Verzuim).await?;
        w.put(&next).await?;
        w.commit().await?;
        Ok(next)
    }

    /// The signed-in staff member's decision, after the resident was heard (or let the
    /// term pass).
    pub async fn decide(
        &self,
        resident_id: ResidentId,
        id: VerzuimId,
        input: &VerzuimDecisionInput,
        today: NaiveDate,
    ) -> Result<VerzuimCase> {
        let case = self.case(resident_id, id).await?;
        let coach = self.store.device().coach.clone();
        let next = input.decide(&case, coach, today)?;
        let mut w = self.store.writer(Purpose::Verzuim).await?;
        w.put(&next).await?;
        w.commit().await?;
        Ok(next)
    }

    /// The resident's cases, newest first, with one audit entry.
    pub async fn cases(&self, resident_id: ResidentId) -> Result<Vec<VerzuimCase>> {
        self.store.ensure_resident(resident_id).await?;
        let rid = resident_id.to_string();
        let mut cases: Vec<VerzuimCase> = self
            .store
            .fetch_for_resident(self.store.pool(), &rid)
            .await?;
        cases.reverse();
        let mut w = self.store.writer(Purpose::Verzuim).await?;
        w.audit(
            AuditAction::Read,
            Some(&rid),
            Some((EntityKind::Verzuim, &rid)),
            None,
        )
        .await?;
        w.commit().await?;
        Ok(cases)
    }

    /// One case, without an audit entry (callers audit: the warning letter is an export).
    pub async fn case_of(&self, resident_id: ResidentId, id: VerzuimId) -> Result<VerzuimCase> {
        self.case(resident_id, id).await
    }
}
