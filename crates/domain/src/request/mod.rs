//! Requests and referrals to other parties: UWV, research agencies (medical
//! examinations) and life-domain organisations. They share one shape: the coach asks
//! another party for something about a resident, shares data to do so, waits, gets an
//! answer, and a person decides what follows ([`life`]). Sending needs the resident's
//! consent where health data or a third party is involved, and writes one entry in the
//! sharing register ([`send`]). Files go along as [`attachment`]s; deadlines move past
//! weekends and holidays ([`deadline`]).

pub mod attachment;
pub mod deadline;
mod forms;
pub mod life;
pub mod medical;
pub mod referral;
pub mod uwv;

#[cfg(test)]
mod tests;

use chrono::NaiveDate;

pub use attachment::{
    ATTACHMENT_MAX_BYTES, Attachment, AttachmentId, AttachmentInfo, AttachmentInput,
    AttachmentKind, AttachmentOwner, MediaType,
};
pub use forms::{
    ConsentInput, CriterionInput, ExaminationOutcomeInput, MedicalExaminationInput, ReferralInput,
    ReferralUpdateInput, UwvAnswerInput, UwvRequestInput,
};
pub use life::{Consent, ConsentForm, RequestLife, RequestStatus, RequestStep, StepTaken};
pub use medical::{MedicalExamination, MedicalExaminationId};
pub use referral::{LifeDomain, Referral, ReferralId, ReferralProgress, ReferralUpdate};
pub use uwv::{UwvOutcome, UwvRequest, UwvRequestId, UwvRequestKind, check_repeat};

use crate::category::{DataCategory, Recipient};
use crate::disclosure::Disclosure;
use crate::entity::Record;
use crate::error::ValidationErrors;
use crate::ids::{DisclosureId, ResidentId, StaffMember};
use crate::purpose::Purpose;

/// What every request to another party has.
pub trait OutgoingRequest: Record + Clone {
    /// Whose request.
    fn resident(&self) -> ResidentId;
    /// Its life cycle.
    fn life(&self) -> &RequestLife;
    /// Its life cycle, to take a step.
    fn life_mut(&mut self) -> &mut RequestLife;
    /// The resident's consent, if recorded.
    fn consent(&self) -> Option<&Consent>;
    /// True when sending needs consent (`health_attached`: a health report goes along).
    fn needs_consent(&self, health_attached: bool) -> bool;
    /// The purpose of the privacy statement it serves.
    fn purpose(&self) -> Purpose;
    /// Who receives it: the kind of recipient and the name.
    fn recipient(&self) -> (Recipient, String);
    /// The data categories it shares.
    fn shared_categories(&self, health_attached: bool) -> Vec<DataCategory>;
    /// What changes on sending besides the life cycle (a due day).
    fn on_send(&mut self, _on: NaiveDate) {}
}

/// Sends `request` on `on` by `by`: refused without the consent it needs (or with a step
/// the life cycle does not allow, or with an unnamed person); otherwise the sent request
/// and the sharing-register entry that goes with it, to be stored in one transaction.
pub fn send<R: OutgoingRequest>(
    request: &R,
    by: &StaffMember,
    on: NaiveDate,
    health_attached: bool,
) -> Result<(R, Disclosure), ValidationErrors> {
    let mut next = request.clone();
    next.life_mut()
        .take(RequestStep::Send, on, by.clone(), None)?;
    life::check_consent(
        request.needs_consent(health_attached),
        request.consent(),
        on,
    )?;
    next.on_send(on);
    next.check(on)?;
    let (recipient, recipient_name) = request.recipient();
    let disclosure = Disclosure {
        id: DisclosureId::new(),
        resident_id: request.resident(),
        recipient,
        recipient_name,
        purpose: request.purpose(),
        categories: request.shared_categories(health_attached),
        disclosed_on: on,
        disclosed_by: by.clone(),
        statement_reference: None,
    };
    disclosure.validate()?;
    Ok((next, disclosure))
}

impl OutgoingRequest for UwvRequest {
    fn resident(&self) -> ResidentId {
        self.resident_id
    }
    fn life(&self) -> &RequestLife {
        &self.life
    }
    fn life_mut(&mut self) -> &mut RequestLife {
        &mut self.life
    }
    fn consent(&self) -> Option<&Consent> {
        self.consent.as_ref()
    }
    fn needs_consent(&self, health_attached: bool) -> bool {
        health_attached
    }
    fn purpose(&self) -> Purpose {
        Purpose::UwvRequest
    }
    fn recipient(&self) -> (Recipient, String) {
        (Recipient::Uwv, "UWV".to_owned())
    }
    fn shared_categories(&self, health_attached: bool) -> Vec<DataCategory> {
        UwvRequest::shared_categories(self, health_attached)
    }
    fn on_send(&mut self, on: NaiveDate) {
        self.due_on = Some(Self::due_for(on));
    }
}

impl OutgoingRequest for MedicalExamination {
    fn resident(&self) -> ResidentId {
        self.resident_id
    }
    fn life(&self) -> &RequestLife {
        &self.life
    }
    fn life_mut(&mut self) -> &mut RequestLife {
        &mut self.life
    }
    fn consent(&self) -> Option<&Consent> {
        self.consent.as_ref()
    }
    fn needs_consent(&self, _health_attached: bool) -> bool {
        true
    }
    fn purpose(&self) -> Purpose {
        Purpose::MedicalExamination
    }
    fn recipient(&self) -> (Recipient, String) {
        (Recipient::ResearchAgency, self.agency.clone())
    }
    fn shared_categories(&self, _health_attached: bool) -> Vec<DataCategory> {
        Self::shared_categories()
    }
}

impl OutgoingRequest for Referral {
    fn resident(&self) -> ResidentId {
        self.resident_id
    }
    fn life(&self) -> &RequestLife {
        &self.life
    }
    fn life_mut(&mut self) -> &mut RequestLife {
        &mut self.life
    }
    fn consent(&self) -> Option<&Consent> {
        self.consent.as_ref()
    }
    fn needs_consent(&self, _health_attached: bool) -> bool {
        true
    }
    fn purpose(&self) -> Purpose {
        Purpose::LifeDomainSupport
    }
    fn recipient(&self) -> (Recipient, String) {
        (self.domain.recipient(), self.organisation.clone())
    }
    fn shared_categories(&self, _health_attached: bool) -> Vec<DataCategory> {
        self.shared.clone()
    }
}
