//! The sharing register (verstrekkingenregister): every time personal data leaves the
//! municipality (a verklaring 56+ to an employer, a copy to UWV, ...) one append-only entry
//! says to whom, for which purpose, which data and when. The inzage export lists them as
//! "recipients so far".

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::category::{DataCategory, Recipient};
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{DisclosureId, ResidentId, StaffMember};
use crate::purpose::Purpose;
use crate::validate::SHORT_TEXT_MAX;
use crate::validate::fields::Collector;

/// One disclosure of a resident's data to a party outside the municipality.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Disclosure {
    /// The entry's id.
    pub id: DisclosureId,
    /// Whose data.
    pub resident_id: ResidentId,
    /// The kind of recipient.
    pub recipient: Recipient,
    /// The recipient by name ("Bakkerij De Korenschoof B.V.", "UWV").
    pub recipient_name: String,
    /// Why.
    pub purpose: Purpose,
    /// Which categories of data.
    pub categories: Vec<DataCategory>,
    /// When.
    pub disclosed_on: NaiveDate,
    /// Who sent or handed it over.
    pub disclosed_by: StaffMember,
    /// The statement that carried the data, when one did.
    pub statement_reference: Option<String>,
}

impl Disclosure {
    /// A named recipient and staff member, at least one category, and never to a
    /// processor (the Connectie processes for us; that is not a disclosure).
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_required("recipient_name", &self.recipient_name, SHORT_TEXT_MAX);
        c.check_staff("disclosed_by", &self.disclosed_by);
        if self.categories.is_empty() {
            c.push("categories", ValidationError::Required);
        }
        if self.recipient.is_processor() {
            c.push("recipient", ValidationError::InvalidChoice);
        }
        c.finish()
    }
}
