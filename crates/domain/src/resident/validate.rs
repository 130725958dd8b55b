//! [`ResidentDraft::validate`]: from what was typed to a valid [`Resident`], reporting
//! every problem at once under its field path ("address.postcode",
//! "work_experience[1].until").

use chrono::{Datelike, NaiveDate};

use super::Resident;
use super::draft::{AddressDraft, ResidentDraft};
use super::parts::{
    Address, Availability, Education, Gender, Housing, IdDocument, LanguageSkill, Obstacle,
    PersonName, Verblijfstitel, WorkExperience,
};
use super::weekdays;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::ResidentId;
use crate::validate::fields::{Collector, is_blank};
use crate::validate::{
    Bsn, Email, PhoneNumber, Postcode, SHORT_TEXT_MAX, TEXT_MAX, parse_amount_cents, parse_date,
    validate_birth_date, validate_period,
};

/// Longest house-number addition accepted ("A", "bis", "2 hoog").
const HOUSE_NUMBER_ADDITION_MAX: usize = 20;
/// Longest ID-document number accepted.
const ID_NUMBER_MAX: usize = 50;
/// Most hours a week that can be entered as available.
const MAX_HOURS_PER_WEEK: i64 = 60;
/// Earliest year an education can have been completed.
const EARLIEST_EDUCATION_YEAR: i64 = 1900;

impl ResidentDraft {
    /// Validates the draft into a [`Resident`] with id `id`, or returns every field error.
    ///
    /// Strings are trimmed and empty ones count as absent. Required: given names, family
    /// name, birth date, BSN, street, house number, postcode, woonplaats. An ID document
    /// may be expired (the UI warns; it is not an error). `today` is used for the birth
    /// date, the education year and the privacy-statement date.
    pub fn validate(&self, id: ResidentId, today: NaiveDate) -> Result<Resident, ValidationErrors> {
        let mut c = Collector::new();
        let name = self.name(&mut c);
        let birth_date = c.required_parsed("birth_date", &self.birth_date, parse_date);
        let birth_date = c.ensure("birth_date", birth_date, |d| validate_birth_date(*d, today));
        let gender = c.choice("gender", &self.gender).unwrap_or(Gender::Unknown);
        let bsn = c.required_parsed("bsn", &self.bsn, Bsn::parse);
        let address = self.address(&mut c);
        let phone = c.parsed("phone", &self.phone, PhoneNumber::parse);
        let email = c.parsed("email", &self.email, Email::parse);
        let id_document = self.id_document(&mut c);
        let marital_status = c.choice("marital_status", &self.marital_status);
        let nationality = c.text("nationality", &self.nationality, SHORT_TEXT_MAX);
        let verblijfstitel = self.verblijfstitel(&mut c);
        let housing = self.housing(&mut c);
        let languages = self.languages(&mut c);
        let education = self.education(&mut c, today);
        let work_experience = self.work_experience(&mut c);
        let availability = self.availability(&mut c);
        let obstacles = self.obstacles(&mut c);
        let motivation = c.text("motivation", &self.motivation, TEXT_MAX);
        let career_wishes = self.career_wishes(&mut c);
        let explained = c.date(
            "privacy_statement_explained_on",
            &self.privacy_statement_explained_on,
        );
        let explained = c.ensure("privacy_statement_explained_on", explained, |d| {
            if *d > today {
                Err(ValidationError::DateInFuture)
            } else {
                Ok(())
            }
        });

        match (name, birth_date, bsn, address) {
            (Some(name), Some(birth_date), Some(bsn), Some(address)) if c.is_ok() => Ok(Resident {
                id,
                name,
                birth_date,
                gender,
                bsn,
                address,
                phone,
                email,
                id_document,
                marital_status,
                nationality,
                verblijfstitel,
                housing,
                languages,
                education,
                work_experience,
                availability,
                obstacles,
                motivation,
                career_wishes,
                privacy_statement_explained_on: explained,
            }),
            _ => {
                let errors = c.into_errors();
                debug_assert!(
                    !errors.is_empty(),
                    "a missing required part always records an error"
                );
                Err(errors)
            }
        }
    }

    fn name(&self, c: &mut Collector) -> Option<PersonName> {
        let n = &self.name;
        let initials = c.text("name.initials", &n.initials, SHORT_TEXT_MAX);
        let given_names = c.required("name.given_names", &n.given_names, SHORT_TEXT_MAX);
        let tussenvoegsel = c.text("name.tussenvoegsel", &n.tussenvoegsel, SHORT_TEXT_MAX);
        let family_name = c.required("name.family_name", &n.family_name, SHORT_TEXT_MAX);
        let preferred_name = c.text("name.preferred_name", &n.preferred_name, SHORT_TEXT_MAX);
        Some(PersonName {
            initials,
            given_names: given_names?,
            tussenvoegsel,
            family_name: family_name?,
            preferred_name,
        })
    }

    fn address(&self, c: &mut Collector) -> Option<Address> {
        self.address.parse_into("address", c)
    }

    fn id_document(&self, c: &mut Collector) -> Option<IdDocument> {
        let d = &self.id_document;
        if is_blank(&d.kind) && is_blank(&d.number) && is_blank(&d.expires_on) {
            return None;
        }
        let kind = c.required_choice("id_document.kind", &d.kind);
        let number = c.required("id_document.number", &d.number, ID_NUMBER_MAX);
        // An expired document is still recorded as shown; only the shape is checked.
        let expires_on = c.required_parsed("id_document.expires_on", &d.expires_on, parse_date);
        Some(IdDocument {
            kind: kind?,
            number: number?,
            expires_on: expires_on?,
        })
    }

    fn verblijfstitel(&self, c: &mut Collector) -> Option<Verblijfstitel> {
        let v = &self.verblijfstitel;
        if is_blank(&v.kind) && is_blank(&v.expires_on) {
            return None;
        }
        let kind = c.required("verblijfstitel.kind", &v.kind, SHORT_TEXT_MAX);
        let expires_on = c.date("verblijfstitel.expires_on", &v.expires_on);
        Some(Verblijfstitel {
            kind: kind?,
            expires_on,
        })
    }

    fn housing(&self, c: &mut Collector) -> Option<Housing> {
        let h = &self.housing;
        if is_blank(&h.kind) && is_blank(&h.monthly_rent) && is_blank(&h.landlord) {
            return None;
        }
        let kind = c.required_choice("housing.kind", &h.kind);
        let monthly_rent_cents =
            c.parsed("housing.monthly_rent", &h.monthly_rent, parse_amount_cents);
        let landlord = c.text("housing.landlord", &h.landlord, SHORT_TEXT_MAX);
        Some(Housing {
            kind: kind?,
            monthly_rent_cents,
            landlord,
        })
    }

    fn languages(&self, c: &mut Collector) -> Vec<LanguageSkill> {
        let mut out = Vec::new();
        for (i, l) in self.languages.iter().enumerate() {
            if is_blank(&l.language) && is_blank(&l.level) {
                continue;
            }
            let language = c.required(
                &format!("languages[{i}].language"),
                &l.language,
                SHORT_TEXT_MAX,
            );
            let level = c.required_choice(&format!("languages[{i}].level"), &l.level);
            if let (Some(language), Some(level)) = (language, level) {
                out.push(LanguageSkill { language, level });
            }
        }
        out
    }

    fn education(&self, c: &mut Collector, today: NaiveDate) -> Vec<Education> {
        let mut out = Vec::new();
        for (i, e) in self.education.iter().enumerate() {
            let blank = [&e.name, &e.institution, &e.level, &e.completed_year]
                .into_iter()
                .all(is_blank);
            if blank && !e.diploma {
                continue;
            }
            let field = |f: &str| format!("education[{i}].{f}");
            let name = c.required(&field("name"), &e.name, SHORT_TEXT_MAX);
            let institution = c.text(&field("institution"), &e.institution, SHORT_TEXT_MAX);
            let level = c.text(&field("level"), &e.level, SHORT_TEXT_MAX);
            let max_year = i64::from(today.year());
            let year = c.number(
                &field("completed_year"),
                &e.completed_year,
                EARLIEST_EDUCATION_YEAR,
                max_year,
            );
            let completed_year = year.and_then(|y| i32::try_from(y).ok());
            if let Some(name) = name {
                out.push(Education {
                    name,
                    institution,
                    level,
                    diploma: e.diploma,
                    completed_year,
                });
            }
        }
        out
    }

    fn work_experience(&self, c: &mut Collector) -> Vec<WorkExperience> {
        let mut out = Vec::new();
        for (i, w) in self.work_experience.iter().enumerate() {
            let fields = [
                &w.occupation,
                &w.employer,
                &w.from,
                &w.until,
                &w.description,
            ];
            if fields.into_iter().all(is_blank) {
                continue;
            }
            let field = |f: &str| format!("work_experience[{i}].{f}");
            let occupation = c.required(&field("occupation"), &w.occupation, SHORT_TEXT_MAX);
            let employer = c.text(&field("employer"), &w.employer, SHORT_TEXT_MAX);
            let from = c.date(&field("from"), &w.from);
            let until = c.date(&field("until"), &w.until);
            if let Some(from) = from {
                c.check(&field("until"), validate_period(from, until));
            }
            let description = c.text(&field("description"), &w.description, TEXT_MAX);
            if let Some(occupation) = occupation {
                out.push(WorkExperience {
                    occupation,
                    employer,
                    from,
                    until,
                    description,
                });
            }
        }
        out
    }

    fn availability(&self, c: &mut Collector) -> Availability {
        let a = &self.availability;
        let hours = c.number(
            "availability.hours_per_week",
            &a.hours_per_week,
            0,
            MAX_HOURS_PER_WEEK,
        );
        let mut days = Vec::new();
        for (i, day) in a.days.iter().enumerate() {
            let day = day.trim();
            if day.is_empty() {
                continue;
            }
            match weekdays::parse(day) {
                Some(d) if !days.contains(&d) => days.push(d),
                Some(_) => {}
                None => c.push(
                    &format!("availability.days[{i}]"),
                    ValidationError::InvalidChoice,
                ),
            }
        }
        Availability {
            hours_per_week: hours.and_then(|h| u8::try_from(h).ok()),
            days,
            available_from: c.date("availability.available_from", &a.available_from),
            notes: c.text("availability.notes", &a.notes, TEXT_MAX),
        }
    }

    fn obstacles(&self, c: &mut Collector) -> Vec<Obstacle> {
        let mut out = Vec::new();
        for (i, o) in self.obstacles.iter().enumerate() {
            if is_blank(&o.kind) && is_blank(&o.description) {
                continue;
            }
            let kind = c.required_choice(&format!("obstacles[{i}].kind"), &o.kind);
            let description = c.text(
                &format!("obstacles[{i}].description"),
                &o.description,
                TEXT_MAX,
            );
            if let Some(kind) = kind {
                out.push(Obstacle { kind, description });
            }
        }
        out
    }

    fn career_wishes(&self, c: &mut Collector) -> Vec<String> {
        let mut out = Vec::new();
        for (i, wish) in self.career_wishes.iter().enumerate() {
            let wish = wish.trim();
            if !wish.is_empty() {
                c.max_len(&format!("career_wishes[{i}]"), wish, SHORT_TEXT_MAX);
                out.push(wish.to_owned());
            }
        }
        out
    }
}

/// A house number: 1 to 5 digits, not starting with 0.
fn house_number(input: &str) -> Result<String, ValidationError> {
    let ok = (1..=5).contains(&input.len())
        && input.bytes().all(|b| b.is_ascii_digit())
        && !input.starts_with('0');
    if ok {
        Ok(input.to_owned())
    } else {
        Err(ValidationError::HouseNumberFormat)
    }
}

impl AddressDraft {
    /// The address, checked field by field; errors are reported as `{prefix}.street` etc.
    /// Shared by the resident's and an employer's address.
    pub(crate) fn parse_into(&self, prefix: &str, c: &mut Collector) -> Option<Address> {
        let f = |name: &str| format!("{prefix}.{name}");
        let street = c.required(&f("street"), &self.street, SHORT_TEXT_MAX);
        let house_number = c.required_parsed(&f("house_number"), &self.house_number, house_number);
        let addition = c.text(
            &f("house_number_addition"),
            &self.house_number_addition,
            HOUSE_NUMBER_ADDITION_MAX,
        );
        let postcode = c.required_parsed(&f("postcode"), &self.postcode, Postcode::parse);
        let woonplaats = c.required(&f("woonplaats"), &self.woonplaats, SHORT_TEXT_MAX);
        Some(Address {
            street: street?,
            house_number: house_number?,
            house_number_addition: addition,
            postcode: postcode?,
            woonplaats: woonplaats?,
        })
    }
}
