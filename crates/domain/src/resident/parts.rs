//! The parts a [`Resident`](super::Resident) is made of, one per data category of the
//! privacy statement (name, address, ID document, housing, languages, ...).

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::choice::choice_enum;
use crate::validate::Postcode;

/// A resident's name, split the Dutch way so letters and lists sort on the family name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct PersonName {
    /// Initials as written in the BRP ("J.P."), if known.
    pub initials: Option<String>,
    /// Given names ("Johannes Pieter").
    pub given_names: String,
    /// Tussenvoegsel ("van der"), if any.
    pub tussenvoegsel: Option<String>,
    /// Family name without tussenvoegsel ("Berg").
    pub family_name: String,
    /// The name the resident goes by ("Jan"), if different.
    pub preferred_name: Option<String>,
}

impl PersonName {
    /// How to address the resident: "Jan van der Berg" (preferred name, else the given
    /// names; then tussenvoegsel and family name).
    pub fn display_name(&self) -> String {
        let first = self.preferred_name.as_deref().unwrap_or(&self.given_names);
        join_words(&[
            Some(first),
            self.tussenvoegsel.as_deref(),
            Some(&self.family_name),
        ])
    }

    /// The legal name for official documents: given names, tussenvoegsel and family name
    /// ("Jan Pieter van der Berg"), never the preferred name.
    pub fn full_name(&self) -> String {
        join_words(&[
            Some(&self.given_names),
            self.tussenvoegsel.as_deref(),
            Some(&self.family_name),
        ])
    }

    /// How to sort and list: "Berg, Jan van der" (Dutch lists sort on the family name and
    /// put the tussenvoegsel after the first name).
    pub fn sort_name(&self) -> String {
        let first = self.preferred_name.as_deref().unwrap_or(&self.given_names);
        let rest = join_words(&[Some(first), self.tussenvoegsel.as_deref()]);
        if rest.is_empty() {
            self.family_name.clone()
        } else {
            format!("{}, {rest}", self.family_name)
        }
    }
}

/// Joins the non-empty words with single spaces.
fn join_words(words: &[Option<&str>]) -> String {
    words
        .iter()
        .flatten()
        .map(|w| w.trim())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

choice_enum! {
    /// Gender as registered.
    pub enum Gender {
        /// Male.
        Male => ("male", "gender-male"),
        /// Female.
        Female => ("female", "gender-female"),
        /// Other.
        Other => ("other", "gender-other"),
        /// Unknown or not given.
        Unknown => ("unknown", "gender-unknown"),
    }
}

/// A Dutch address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Address {
    /// Street name.
    pub street: String,
    /// House number (1 to 99999).
    pub house_number: String,
    /// Letter or addition ("A", "bis", "2 hoog"), if any.
    pub house_number_addition: Option<String>,
    /// Postcode.
    pub postcode: Postcode,
    /// Place of residence.
    pub woonplaats: String,
}

choice_enum! {
    /// Kind of identity document.
    pub enum IdDocumentKind {
        /// Passport.
        Passport => ("passport", "id-document-kind-passport"),
        /// Dutch identity card.
        IdentityCard => ("identity_card", "id-document-kind-identity-card"),
        /// Driving licence.
        DrivingLicence => ("driving_licence", "id-document-kind-driving-licence"),
        /// Residence document (verblijfsdocument).
        ResidenceDocument => ("residence_document", "id-document-kind-residence-document"),
    }
}

/// The identity document that was checked. An expired document is kept as recorded (the
/// UI may warn), because the number still identifies what was shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct IdDocument {
    /// Kind of document.
    pub kind: IdDocumentKind,
    /// Document number.
    pub number: String,
    /// Expiry date.
    pub expires_on: NaiveDate,
}

choice_enum! {
    /// Marital status (burgerlijke staat).
    pub enum MaritalStatus {
        /// Unmarried.
        Unmarried => ("unmarried", "marital-status-unmarried"),
        /// Married.
        Married => ("married", "marital-status-married"),
        /// Registered partnership.
        RegisteredPartnership => ("registered_partnership", "marital-status-registered-partnership"),
        /// Divorced.
        Divorced => ("divorced", "marital-status-divorced"),
        /// Widowed.
        Widowed => ("widowed", "marital-status-widowed"),
    }
}

/// A residence permit (verblijfstitel).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Verblijfstitel {
    /// Kind as written on the permit (e.g. "regulier bepaalde tijd").
    pub kind: String,
    /// Expiry date, if any.
    pub expires_on: Option<NaiveDate>,
}

choice_enum! {
    /// How a resident lives.
    pub enum HousingKind {
        /// Rents a home.
        Rent => ("rent", "housing-kind-rent"),
        /// Owns a home.
        Owner => ("owner", "housing-kind-owner"),
        /// Lives in with others (inwonend).
        LivingIn => ("living_in", "housing-kind-living-in"),
        /// Lives in a shelter.
        Shelter => ("shelter", "housing-kind-shelter"),
        /// Homeless.
        Homeless => ("homeless", "housing-kind-homeless"),
        /// Other.
        Other => ("other", "housing-kind-other"),
    }
}

/// Housing and rent data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Housing {
    /// How the resident lives.
    pub kind: HousingKind,
    /// Monthly rent in euro cents, if known.
    pub monthly_rent_cents: Option<i64>,
    /// Landlord, if known.
    pub landlord: Option<String>,
}

choice_enum! {
    /// Language proficiency on the CEFR scale (or native).
    pub enum LanguageLevel {
        /// Native speaker.
        Native => ("native", "language-level-native"),
        /// CEFR A1.
        A1 => ("a1", "language-level-a1"),
        /// CEFR A2.
        A2 => ("a2", "language-level-a2"),
        /// CEFR B1.
        B1 => ("b1", "language-level-b1"),
        /// CEFR B2.
        B2 => ("b2", "language-level-b2"),
        /// CEFR C1.
        C1 => ("c1", "language-level-c1"),
        /// CEFR C2.
        C2 => ("c2", "language-level-c2"),
    }
}

/// A language and how well the resident masters it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct LanguageSkill {
    /// The language ("Nederlands").
    pub language: String,
    /// Level.
    pub level: LanguageLevel,
}

/// An education or training followed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Education {
    /// Name of the education ("Mbo Logistiek").
    pub name: String,
    /// School or institution.
    pub institution: Option<String>,
    /// Level ("mbo 2").
    pub level: Option<String>,
    /// Whether a diploma was obtained.
    pub diploma: bool,
    /// Year completed.
    pub completed_year: Option<i32>,
}

/// A job held before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct WorkExperience {
    /// Occupation ("orderpicker").
    pub occupation: String,
    /// Employer.
    pub employer: Option<String>,
    /// Start.
    pub from: Option<NaiveDate>,
    /// End; not before `from`.
    pub until: Option<NaiveDate>,
    /// What the work involved.
    pub description: Option<String>,
}

/// Availability for work.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Availability {
    /// Hours per week the resident can work (0 to 60).
    pub hours_per_week: Option<u8>,
    /// Days the resident can work; serialized as "mon", "tue", ...
    #[serde(with = "super::weekdays")]
    #[ts(as = "Vec<super::weekdays::WeekdayName>")]
    pub days: Vec<Weekday>,
    /// From when.
    pub available_from: Option<NaiveDate>,
    /// Remarks.
    pub notes: Option<String>,
}

choice_enum! {
    /// Kind of obstacle (belemmering) on the way to work. Health-related obstacles are not
    /// recorded here but in a [`HealthRecord`](crate::HealthRecord).
    pub enum ObstacleKind {
        /// Transport.
        Transport => ("transport", "obstacle-kind-transport"),
        /// Childcare.
        Childcare => ("childcare", "obstacle-kind-childcare"),
        /// Language.
        Language => ("language", "obstacle-kind-language"),
        /// Debts.
        Debts => ("debts", "obstacle-kind-debts"),
        /// Care tasks (mantelzorg).
        CareTasks => ("care_tasks", "obstacle-kind-care-tasks"),
        /// Housing.
        Housing => ("housing", "obstacle-kind-housing"),
        /// Other.
        Other => ("other", "obstacle-kind-other"),
    }
}

/// An obstacle on the way to work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Obstacle {
    /// Kind.
    pub kind: ObstacleKind,
    /// Explanation.
    pub description: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::choice::assert_choice_consistent;
    use crate::resident::weekdays;

    fn name(preferred: Option<&str>, tussenvoegsel: Option<&str>) -> PersonName {
        PersonName {
            initials: Some("J.P.".into()),
            given_names: "Johannes Pieter".into(),
            tussenvoegsel: tussenvoegsel.map(Into::into),
            family_name: "Berg".into(),
            preferred_name: preferred.map(Into::into),
        }
    }

    #[test]
    fn display_and_sort_names() {
        let n = name(Some("Jan"), Some("van der"));
        assert_eq!(
            n.display_name(),
            "Jan van der Berg",
            "preferred name, tussenvoegsel, family"
        );
        assert_eq!(
            n.sort_name(),
            "Berg, Jan van der",
            "Dutch lists sort on the family name"
        );
        let plain = name(None, None);
        assert_eq!(
            plain.display_name(),
            "Johannes Pieter Berg",
            "given names if no preference"
        );
        assert_eq!(
            plain.sort_name(),
            "Berg, Johannes Pieter",
            "no stray spaces"
        );
    }

    #[test]
    fn choices_are_consistent() {
        assert_choice_consistent::<Gender>();
        assert_choice_consistent::<IdDocumentKind>();
        assert_choice_consistent::<MaritalStatus>();
        assert_choice_consistent::<HousingKind>();
        assert_choice_consistent::<LanguageLevel>();
        assert_choice_consistent::<ObstacleKind>();
    }

    #[test]
    fn weekdays_serialize_short_and_lowercase() {
        let a = Availability {
            days: vec![Weekday::Mon, Weekday::Sun],
            ..Availability::default()
        };
        let json = serde_json::to_value(&a).expect("availability serializes");
        assert_eq!(
            json["days"],
            serde_json::json!(["mon", "sun"]),
            "days are stored as mon..sun"
        );
        let back: Availability = serde_json::from_value(json).expect("and load again");
        assert_eq!(back, a, "weekdays survive a round trip");
        let bad = serde_json::json!({"hours_per_week": null, "days": ["maandag"],
            "available_from": null, "notes": null});
        assert!(
            serde_json::from_value::<Availability>(bad).is_err(),
            "unknown days are refused"
        );
        for day in weekdays::ALL {
            assert_eq!(
                weekdays::parse(weekdays::as_str(day)),
                Some(day),
                "parse inverts as_str"
            );
        }
    }
}
