//! The resident (inwoner): every personal-data category of the privacy statement except
//! health, which lives in [`HealthRecord`](crate::HealthRecord) so access to it can be
//! restricted and logged separately.
//!
//! A [`Resident`] is always valid: it is built from a [`ResidentDraft`] (a half-filled
//! intake form or an imported line) by [`ResidentDraft::validate`], which reports every
//! problem at once, and [`Resident::to_draft`] goes back for editing.

mod draft;
mod parts;
mod validate;
pub mod weekdays;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::ValidationErrors;
use crate::ids::ResidentId;
use crate::validate::{Bsn, Email, PhoneNumber};

pub use draft::{
    AddressDraft, AvailabilityDraft, EducationDraft, HousingDraft, IdDocumentDraft,
    LanguageSkillDraft, ObstacleDraft, PersonNameDraft, ResidentDraft, VerblijfstitelDraft,
    WorkExperienceDraft,
};
pub use parts::{
    Address, Availability, Education, Gender, Housing, HousingKind, IdDocument, IdDocumentKind,
    LanguageLevel, LanguageSkill, MaritalStatus, Obstacle, ObstacleKind, PersonName,
    Verblijfstitel, WorkExperience,
};

/// A resident guided towards work, with all data the privacy statement lists except
/// health and loonwaarde (separate records).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Resident {
    /// The resident's id.
    pub id: ResidentId,
    /// Name.
    pub name: PersonName,
    /// Date of birth.
    pub birth_date: NaiveDate,
    /// Gender.
    pub gender: Gender,
    /// Burgerservicenummer.
    pub bsn: Bsn,
    /// Address, postcode and woonplaats.
    pub address: Address,
    /// Phone number.
    pub phone: Option<PhoneNumber>,
    /// E-mail address.
    pub email: Option<Email>,
    /// The identity document that was checked.
    pub id_document: Option<IdDocument>,
    /// Marital status.
    pub marital_status: Option<MaritalStatus>,
    /// Nationality.
    pub nationality: Option<String>,
    /// Residence permit.
    pub verblijfstitel: Option<Verblijfstitel>,
    /// Housing and rent data.
    pub housing: Option<Housing>,
    /// Language proficiency.
    pub languages: Vec<LanguageSkill>,
    /// Education and trainings.
    pub education: Vec<Education>,
    /// Work experience.
    pub work_experience: Vec<WorkExperience>,
    /// Availability for work.
    pub availability: Availability,
    /// Obstacles (belemmeringen), health excluded.
    pub obstacles: Vec<Obstacle>,
    /// Motivation, in the resident's or coach's words.
    pub motivation: Option<String>,
    /// Career wishes (beroepswensen).
    pub career_wishes: Vec<String>,
    /// When the privacy statement was explained to the resident (at intake).
    pub privacy_statement_explained_on: Option<NaiveDate>,
}

impl Resident {
    /// Age in whole years on `date` (a 29 February birthday counts on 1 March in other
    /// years). Zero for dates before the birth date.
    pub fn age_on(&self, date: NaiveDate) -> u32 {
        let birth = self.birth_date;
        let years = date.year() - birth.year();
        let had_birthday = (date.month(), date.day()) >= (birth.month(), birth.day());
        u32::try_from(if had_birthday { years } else { years - 1 }).unwrap_or(0)
    }

    /// Re-checks every field by the draft rules, e.g. after an import or an upgrade
    /// tightened a rule.
    pub fn validate(&self, today: NaiveDate) -> Result<(), ValidationErrors> {
        self.to_draft().validate(self.id, today).map(|_| ())
    }
}

#[cfg(test)]
mod tests;
