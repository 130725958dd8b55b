//! What placing a resident and keeping in touch with the employer tell the employer: each is
//! a disclosure in the sharing register (privacy statement: "mogelijke werkgevers" receive
//! what matching and keeping the resident at work need), written with the placement or the
//! contact in one transaction.

use super::{ContactParty, Placement, PlacementContact};
use crate::category::{DataCategory, Recipient};
use crate::disclosure::Disclosure;
use crate::ids::DisclosureId;
use crate::purpose::Purpose;

/// What the employer learns when the coach places a resident: who it is, what they can do,
/// when and with which limits they can work, and what they want.
pub const PLACEMENT_CATEGORIES: [DataCategory; 4] = [
    DataCategory::Name,
    DataCategory::LanguageEducationExperience,
    DataCategory::AvailabilityObstacles,
    DataCategory::MotivationCareerWishes,
];

/// What the employer hears in a follow-up contact: who it is about and how the support goes.
pub const CONTACT_CATEGORIES: [DataCategory; 2] = [DataCategory::Name, DataCategory::Support];

/// The disclosure of a placement to its employer (`employer_name`), on the day it was decided.
pub fn of_placement(placement: &Placement, employer_name: &str) -> Disclosure {
    Disclosure {
        id: DisclosureId::new(),
        resident_id: placement.resident_id,
        recipient: Recipient::PossibleEmployer,
        recipient_name: employer_name.to_owned(),
        purpose: Purpose::Matching,
        categories: PLACEMENT_CATEGORIES.to_vec(),
        disclosed_on: placement.decision.decided_on,
        disclosed_by: placement.decision.decided_by.clone(),
        statement_reference: None,
    }
}

/// The disclosure of a follow-up contact, when the employer took part (none when the coach
/// spoke with the resident alone).
pub fn of_contact(contact: &PlacementContact, employer_name: &str) -> Option<Disclosure> {
    match contact.with {
        ContactParty::Resident => None,
        ContactParty::Employer | ContactParty::Both => Some(Disclosure {
            id: DisclosureId::new(),
            resident_id: contact.resident_id,
            recipient: Recipient::PossibleEmployer,
            recipient_name: employer_name.to_owned(),
            purpose: Purpose::JobRetention,
            categories: CONTACT_CATEGORIES.to_vec(),
            disclosed_on: contact.on,
            disclosed_by: contact.by.clone(),
            statement_reference: None,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{PlacementContactId, PlacementId, ResidentId, StaffId, StaffMember};
    use chrono::NaiveDate;

    fn contact(with: ContactParty) -> PlacementContact {
        PlacementContact {
            id: PlacementContactId::new(),
            resident_id: ResidentId::new(),
            placement_id: PlacementId::new(),
            on: NaiveDate::from_ymd_opt(2026, 12, 15).expect("date"),
            with,
            by: StaffMember {
                id: StaffId::new(),
                name: "Petra de Coach".into(),
            },
            notes: "Gaat goed.".into(),
        }
    }

    #[test]
    fn a_contact_with_the_employer_is_a_valid_disclosure_and_one_with_the_resident_is_none() {
        assert!(of_contact(&contact(ContactParty::Resident), "Bakkerij").is_none());
        for with in [ContactParty::Employer, ContactParty::Both] {
            let c = contact(with);
            let d = of_contact(&c, "Bakkerij d'Hondt").expect("a disclosure");
            assert_eq!(d.validate(), Ok(()));
            assert_eq!(d.recipient_name, "Bakkerij d'Hondt");
            assert_eq!(d.disclosed_on, c.on);
            assert_eq!(d.purpose, Purpose::JobRetention);
            assert_eq!(d.resident_id, c.resident_id);
        }
        assert!(
            of_contact(&contact(ContactParty::Employer), "").is_some_and(|d| d.validate().is_err()),
            "an unnamed recipient is refused by the register's rules"
        );
    }
}
