//! The resident's requests about their data (rectification, erasure, restriction,
//! objection): recorded with their deadline, answered once by the signed-in staff member.

use werkpad_domain::forms::{RightsDecisionInput, RightsRequestInput};
use werkpad_domain::{
    EntityKind, Purpose, ResidentId, RightsRequest, RightsRequestId, ValidationError,
    ValidationErrors,
};

use super::residents::{ResidentFile, ResidentsArea};
use crate::error::{Result, StoreError};

impl ResidentsArea<'_> {
    /// Record a request that came in; its deadline is one month later.
    pub async fn add_rights_request(
        &self,
        resident_id: ResidentId,
        input: &RightsRequestInput,
    ) -> Result<ResidentFile> {
        let request = input.into_record(resident_id)?;
        self.save_and_reload(&request, Purpose::Guidance).await
    }

    /// Answer a request, once, as the signed-in staff member.
    pub async fn decide_rights_request(
        &self,
        resident_id: ResidentId,
        request_id: RightsRequestId,
        input: &RightsDecisionInput,
    ) -> Result<ResidentFile> {
        let id = request_id.to_string();
        let not_found = || StoreError::NotFound {
            entity: EntityKind::RightsRequest,
            id: id.clone(),
        };
        let (request, _) = self
            .store
            .fetch::<RightsRequest>(self.store.pool(), &id)
            .await?
            .ok_or_else(not_found)?;
        if request.resident_id != resident_id {
            return Err(not_found());
        }
        if request.decision.is_some() {
            return Err(
                ValidationErrors::single("decision", ValidationError::InvalidChoice).into(),
            );
        }
        let decided = input.decide(&request, self.store.device().coach.clone())?;
        self.save_and_reload(&decided, Purpose::Guidance).await
    }
}
