//! [`ResidentDraft`]: a resident as typed, before validation.
//!
//! Every leaf is a plain `Option<String>` (a `bool` for the diploma checkbox), so a
//! half-filled intake form can be saved and a JSON-lines import can be read without
//! failing on the first bad value. Choices hold their machine name ("female"); dates are
//! written ISO ("1990-05-17") by [`Resident::to_draft`], and dd-mm-jjjj is read too;
//! the rent is written the Dutch way ("725,00"). An optional part (ID document,
//! verblijfstitel, housing) that is left entirely empty means "not recorded"; rows of a
//! list that are entirely empty are skipped.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Resident;
use super::weekdays;
use crate::validate::format_amount_cents;

/// A resident as typed on the intake form or read from an import line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct ResidentDraft {
    /// Name parts.
    pub name: PersonNameDraft,
    /// Date of birth.
    pub birth_date: Option<String>,
    /// Gender machine name; empty means unknown.
    pub gender: Option<String>,
    /// BSN as typed.
    pub bsn: Option<String>,
    /// Address.
    pub address: AddressDraft,
    /// Phone number as typed.
    pub phone: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// ID document; all empty means none recorded.
    pub id_document: IdDocumentDraft,
    /// Marital status machine name.
    pub marital_status: Option<String>,
    /// Nationality.
    pub nationality: Option<String>,
    /// Residence permit; all empty means none recorded.
    pub verblijfstitel: VerblijfstitelDraft,
    /// Housing; all empty means none recorded.
    pub housing: HousingDraft,
    /// Languages.
    pub languages: Vec<LanguageSkillDraft>,
    /// Educations.
    pub education: Vec<EducationDraft>,
    /// Work experience.
    pub work_experience: Vec<WorkExperienceDraft>,
    /// Availability.
    pub availability: AvailabilityDraft,
    /// Obstacles.
    pub obstacles: Vec<ObstacleDraft>,
    /// Motivation.
    pub motivation: Option<String>,
    /// Career wishes, one per entry.
    pub career_wishes: Vec<String>,
    /// Day the privacy statement was explained.
    pub privacy_statement_explained_on: Option<String>,
}

/// Draft of [`PersonName`](super::PersonName).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct PersonNameDraft {
    /// Initials.
    pub initials: Option<String>,
    /// Given names (required).
    pub given_names: Option<String>,
    /// Tussenvoegsel.
    pub tussenvoegsel: Option<String>,
    /// Family name (required).
    pub family_name: Option<String>,
    /// Preferred name.
    pub preferred_name: Option<String>,
}

/// Draft of [`Address`](super::Address).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct AddressDraft {
    /// Street (required).
    pub street: Option<String>,
    /// House number (required).
    pub house_number: Option<String>,
    /// Addition.
    pub house_number_addition: Option<String>,
    /// Postcode (required).
    pub postcode: Option<String>,
    /// Woonplaats (required).
    pub woonplaats: Option<String>,
}

/// Draft of [`IdDocument`](super::IdDocument).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct IdDocumentDraft {
    /// Kind machine name.
    pub kind: Option<String>,
    /// Document number.
    pub number: Option<String>,
    /// Expiry date.
    pub expires_on: Option<String>,
}

/// Draft of [`Verblijfstitel`](super::Verblijfstitel).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct VerblijfstitelDraft {
    /// Kind of permit.
    pub kind: Option<String>,
    /// Expiry date.
    pub expires_on: Option<String>,
}

/// Draft of [`Housing`](super::Housing). The rent is in euros as typed ("725,00"),
/// not in cents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct HousingDraft {
    /// Housing kind machine name.
    pub kind: Option<String>,
    /// Monthly rent in euros, Dutch notation.
    pub monthly_rent: Option<String>,
    /// Landlord.
    pub landlord: Option<String>,
}

/// Draft of [`LanguageSkill`](super::LanguageSkill).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct LanguageSkillDraft {
    /// Language.
    pub language: Option<String>,
    /// Level machine name.
    pub level: Option<String>,
}

/// Draft of [`Education`](super::Education).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct EducationDraft {
    /// Name of the education.
    pub name: Option<String>,
    /// Institution.
    pub institution: Option<String>,
    /// Level.
    pub level: Option<String>,
    /// Diploma obtained (a checkbox, so a plain bool).
    pub diploma: bool,
    /// Year completed.
    pub completed_year: Option<String>,
}

/// Draft of [`WorkExperience`](super::WorkExperience).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct WorkExperienceDraft {
    /// Occupation.
    pub occupation: Option<String>,
    /// Employer.
    pub employer: Option<String>,
    /// Start date.
    pub from: Option<String>,
    /// End date.
    pub until: Option<String>,
    /// Description.
    pub description: Option<String>,
}

/// Draft of [`Availability`](super::Availability).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct AvailabilityDraft {
    /// Hours per week.
    pub hours_per_week: Option<String>,
    /// Days ("mon" ... "sun").
    pub days: Vec<String>,
    /// Available from.
    pub available_from: Option<String>,
    /// Notes.
    pub notes: Option<String>,
}

/// Draft of [`Obstacle`](super::Obstacle).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct ObstacleDraft {
    /// Kind machine name.
    pub kind: Option<String>,
    /// Description.
    pub description: Option<String>,
}

/// A date as the draft writes it: ISO, which `<input type="date">` and imports use.
fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

impl Resident {
    /// The resident as an editable draft; `validate` turns it back into the same resident.
    pub fn to_draft(&self) -> ResidentDraft {
        let s = |v: &str| Some(v.to_owned());
        let opt = |v: &Option<String>| v.clone();
        ResidentDraft {
            name: PersonNameDraft {
                initials: opt(&self.name.initials),
                given_names: s(&self.name.given_names),
                tussenvoegsel: opt(&self.name.tussenvoegsel),
                family_name: s(&self.name.family_name),
                preferred_name: opt(&self.name.preferred_name),
            },
            birth_date: Some(iso(self.birth_date)),
            gender: s(self.gender.as_str()),
            bsn: s(self.bsn.as_str()),
            address: AddressDraft {
                street: s(&self.address.street),
                house_number: s(&self.address.house_number),
                house_number_addition: opt(&self.address.house_number_addition),
                postcode: s(self.address.postcode.as_str()),
                woonplaats: s(&self.address.woonplaats),
            },
            phone: self.phone.as_ref().map(|p| p.as_str().to_owned()),
            email: self.email.as_ref().map(|e| e.as_str().to_owned()),
            id_document: self
                .id_document
                .as_ref()
                .map_or_else(IdDocumentDraft::default, |d| IdDocumentDraft {
                    kind: s(d.kind.as_str()),
                    number: s(&d.number),
                    expires_on: Some(iso(d.expires_on)),
                }),
            marital_status: self.marital_status.map(|m| m.as_str().to_owned()),
            nationality: opt(&self.nationality),
            verblijfstitel: self.verblijfstitel.as_ref().map_or_else(
                VerblijfstitelDraft::default,
                |v| VerblijfstitelDraft {
                    kind: s(&v.kind),
                    expires_on: v.expires_on.map(iso),
                },
            ),
            housing: self
                .housing
                .as_ref()
                .map_or_else(HousingDraft::default, |h| HousingDraft {
                    kind: s(h.kind.as_str()),
                    monthly_rent: h.monthly_rent_cents.map(format_amount_cents),
                    landlord: opt(&h.landlord),
                }),
            languages: self
                .languages
                .iter()
                .map(|l| LanguageSkillDraft {
                    language: s(&l.language),
                    level: s(l.level.as_str()),
                })
                .collect(),
            education: self
                .education
                .iter()
                .map(|e| EducationDraft {
                    name: s(&e.name),
                    institution: opt(&e.institution),
                    level: opt(&e.level),
                    diploma: e.diploma,
                    completed_year: e.completed_year.map(|y| y.to_string()),
                })
                .collect(),
            work_experience: self
                .work_experience
                .iter()
                .map(|w| WorkExperienceDraft {
                    occupation: s(&w.occupation),
                    employer: opt(&w.employer),
                    from: w.from.map(iso),
                    until: w.until.map(iso),
                    description: opt(&w.description),
                })
                .collect(),
            availability: AvailabilityDraft {
                hours_per_week: self.availability.hours_per_week.map(|h| h.to_string()),
                days: self
                    .availability
                    .days
                    .iter()
                    .map(|d| weekdays::as_str(*d).to_owned())
                    .collect(),
                available_from: self.availability.available_from.map(iso),
                notes: opt(&self.availability.notes),
            },
            obstacles: self
                .obstacles
                .iter()
                .map(|o| ObstacleDraft {
                    kind: s(o.kind.as_str()),
                    description: opt(&o.description),
                })
                .collect(),
            motivation: opt(&self.motivation),
            career_wishes: self.career_wishes.clone(),
            privacy_statement_explained_on: self.privacy_statement_explained_on.map(iso),
        }
    }
}
