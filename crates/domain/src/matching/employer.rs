//! [`Employer`]: a company or organisation with workplaces, shared by every coach, and
//! its draft form (as typed on the employer screen or read from a CSV row).

use serde::{Deserialize, Serialize};

use crate::error::ValidationErrors;
use crate::ids::EmployerId;
use crate::resident::{Address, AddressDraft};
use crate::validate::fields::{Collector, is_blank};
use crate::validate::{
    Email, KvkNumber, Loonheffingennummer, PhoneNumber, SHORT_TEXT_MAX, TEXT_MAX,
};

/// An employer (werkgever). Shared data: it belongs to no resident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(rename = "EmployerRecord")]
#[serde(deny_unknown_fields)]
pub struct Employer {
    /// The employer's id.
    pub id: EmployerId,
    /// Trade name.
    pub name: String,
    /// KvK number, if known.
    pub kvk: Option<KvkNumber>,
    /// Loonheffingennummer (needed on a verklaring 56+), if known.
    pub loonheffingennummer: Option<Loonheffingennummer>,
    /// Visiting address.
    pub address: Address,
    /// Contact persons.
    pub contacts: Vec<EmployerContact>,
    /// Notes of the coaches (e.g. "vraag naar Ahmed bij de receptie").
    pub notes: Option<String>,
}

/// A contact person at an employer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct EmployerContact {
    /// Name.
    pub name: String,
    /// Role ("teamleider magazijn"), if known.
    pub role: Option<String>,
    /// Phone number.
    pub phone: Option<PhoneNumber>,
    /// E-mail address.
    pub email: Option<Email>,
}

/// An employer as typed, before validation: every leaf a plain string.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct EmployerDraft {
    /// Name (required).
    pub name: Option<String>,
    /// KvK number.
    pub kvk: Option<String>,
    /// Loonheffingennummer.
    pub loonheffingennummer: Option<String>,
    /// Address (required).
    pub address: AddressDraft,
    /// Contact persons; entirely empty rows are skipped.
    pub contacts: Vec<EmployerContactDraft>,
    /// Notes.
    pub notes: Option<String>,
}

/// Draft of [`EmployerContact`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct EmployerContactDraft {
    /// Name (required when the row is used).
    pub name: Option<String>,
    /// Role.
    pub role: Option<String>,
    /// Phone number as typed.
    pub phone: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
}

impl EmployerDraft {
    /// Validates the draft into an [`Employer`] with id `id`, or returns every field error
    /// ("name", "kvk", "address.postcode", "contacts[1].email", ...).
    pub fn validate(&self, id: EmployerId) -> Result<Employer, ValidationErrors> {
        let mut c = Collector::new();
        let name = c.required("name", &self.name, SHORT_TEXT_MAX);
        let kvk = c.parsed("kvk", &self.kvk, KvkNumber::parse);
        let loonheffingennummer = c.parsed(
            "loonheffingennummer",
            &self.loonheffingennummer,
            Loonheffingennummer::parse,
        );
        let address = self.address.parse_into("address", &mut c);
        let contacts = self.contacts(&mut c);
        let notes = c.text("notes", &self.notes, TEXT_MAX);
        match (name, address) {
            (Some(name), Some(address)) if c.is_ok() => Ok(Employer {
                id,
                name,
                kvk,
                loonheffingennummer,
                address,
                contacts,
                notes,
            }),
            _ => Err(c.into_errors()),
        }
    }

    fn contacts(&self, c: &mut Collector) -> Vec<EmployerContact> {
        let mut out = Vec::new();
        for (i, d) in self.contacts.iter().enumerate() {
            if [&d.name, &d.role, &d.phone, &d.email]
                .into_iter()
                .all(is_blank)
            {
                continue;
            }
            let field = |f: &str| format!("contacts[{i}].{f}");
            let name = c.required(&field("name"), &d.name, SHORT_TEXT_MAX);
            let role = c.text(&field("role"), &d.role, SHORT_TEXT_MAX);
            let phone = c.parsed(&field("phone"), &d.phone, PhoneNumber::parse);
            let email = c.parsed(&field("email"), &d.email, Email::parse);
            if let Some(name) = name {
                out.push(EmployerContact {
                    name,
                    role,
                    phone,
                    email,
                });
            }
        }
        out
    }
}

impl Employer {
    /// The employer as an editable draft; `validate` turns it back into the same employer.
    pub fn to_draft(&self) -> EmployerDraft {
        let s = |v: &str| Some(v.to_owned());
        EmployerDraft {
            name: s(&self.name),
            kvk: self.kvk.as_ref().map(|k| k.as_str().to_owned()),
            loonheffingennummer: self
                .loonheffingennummer
                .as_ref()
                .map(|l| l.as_str().to_owned()),
            address: AddressDraft {
                street: s(&self.address.street),
                house_number: s(&self.address.house_number),
                house_number_addition: self.address.house_number_addition.clone(),
                postcode: s(self.address.postcode.as_str()),
                woonplaats: s(&self.address.woonplaats),
            },
            contacts: self
                .contacts
                .iter()
                .map(|p| EmployerContactDraft {
                    name: s(&p.name),
                    role: p.role.clone(),
                    phone: p.phone.as_ref().map(|v| v.as_str().to_owned()),
                    email: p.email.as_ref().map(|v| v.as_str().to_owned()),
                })
                .collect(),
            notes: self.notes.clone(),
        }
    }

    /// Re-checks every field by the draft rules (the server does this for every synced
    /// employer). A contact without a name is an error here, not skipped.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        for (i, p) in self.contacts.iter().enumerate() {
            c.check_required(&format!("contacts[{i}].name"), &p.name, SHORT_TEXT_MAX);
        }
        let mut errors = c.into_errors();
        if let Err(more) = self.to_draft().validate(self.id) {
            for e in more.0 {
                if !errors.0.contains(&e) {
                    errors.0.push(e);
                }
            }
        }
        errors.into_result(())
    }
}
