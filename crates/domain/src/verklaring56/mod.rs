//! The verklaring 56+ (doelgroepverklaring LKV oudere werknemer): an employer who hires a
//! resident of 56 or older with a municipal benefit gets a loonkostenvoordeel, if the
//! municipality declares the resident belongs to the target group.
//!
//! - [`rules`]: the date-effective rule set and the advice with reasons;
//! - [`aow`]: the AOW age, which ends the target group;
//! - [`decision`]: the coach's decision (granted or refused), an append-only record.
//!
//! The software only advises. A named coach decides and signs, and a refusal is recorded
//! as carefully as a grant.

pub mod aow;
pub mod decision;
pub mod rules;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::choice::choice_enum;
use crate::error::ValidationErrors;
use crate::resident::{Address, AddressDraft};
use crate::validate::fields::Collector;
use crate::validate::{Loonheffingennummer, SHORT_TEXT_MAX};

pub use decision::{DecisionOutcome, Verklaring56Decision, Verklaring56Snapshot};
pub use rules::{Advice, Check, Rule56, RuleVersion, advise, version_for};

choice_enum! {
    /// The municipal benefit the resident received in the month before the start.
    pub enum BenefitKind {
        /// Bijstand (Participatiewet).
        Participatiewet => ("participatiewet", "benefit-participatiewet"),
        /// IOAW.
        Ioaw => ("ioaw", "benefit-ioaw"),
        /// IOAZ.
        Ioaz => ("ioaz", "benefit-ioaz"),
        /// Bbz (self-employed; some sources count it).
        Bbz => ("bbz", "benefit-bbz"),
    }
}

choice_enum! {
    /// The kind of job.
    pub enum JobKind {
        /// A regular paid job, insured for employee insurances.
        Regular => ("regular", "job-kind-regular"),
        /// Sociale werkvoorziening (WSW).
        Wsw => ("wsw", "job-kind-wsw"),
        /// Beschut werk (Participatiewet art. 10b).
        BeschutWerk => ("beschut_werk", "job-kind-beschut-werk"),
    }
}

/// The employer as printed on the declaration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Employer {
    /// Name.
    pub name: String,
    /// Loonheffingennummer (payroll tax number).
    pub loonheffingennummer: Loonheffingennummer,
    /// Address.
    pub address: Address,
}

/// The facts of the employment a declaration is asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct EmploymentFacts {
    /// The employer.
    pub employer: Employer,
    /// First day of the employment.
    pub start_date: NaiveDate,
    /// When the request reached the municipality.
    pub request_date: NaiveDate,
    /// The municipal benefit in the month before the start, if any.
    pub benefit: Option<BenefitKind>,
    /// Employed by this employer in the 6 months before the start.
    pub same_employer_within_6_months: bool,
    /// Regular job, WSW or beschut werk.
    pub job_kind: JobKind,
}

/// The facts as typed in the form; [`EmploymentFactsDraft::validate`] checks them all at once.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct EmploymentFactsDraft {
    /// Employer name.
    pub employer_name: Option<String>,
    /// Loonheffingennummer.
    pub loonheffingennummer: Option<String>,
    /// Employer address.
    pub employer_address: AddressDraft,
    /// Start date (dd-mm-jjjj).
    pub start_date: Option<String>,
    /// Request date (dd-mm-jjjj).
    pub request_date: Option<String>,
    /// Benefit machine name; blank for none.
    pub benefit: Option<String>,
    /// "true"/"false": employed by this employer in the 6 months before.
    pub same_employer_within_6_months: Option<bool>,
    /// Job kind machine name.
    pub job_kind: Option<String>,
}

impl EmploymentFactsDraft {
    /// The facts, or every problem at once (field names as in the draft).
    pub fn validate(&self) -> Result<EmploymentFacts, ValidationErrors> {
        let mut c = Collector::new();
        let name = c.required("employer_name", &self.employer_name, SHORT_TEXT_MAX);
        let lhn = c.required_parsed(
            "loonheffingennummer",
            &self.loonheffingennummer,
            Loonheffingennummer::parse,
        );
        let address = self.employer_address.parse_into("employer_address", &mut c);
        let start = c.required_parsed("start_date", &self.start_date, crate::parse_date);
        let request = c.required_parsed("request_date", &self.request_date, crate::parse_date);
        let benefit = c.choice::<BenefitKind>("benefit", &self.benefit);
        if self.same_employer_within_6_months.is_none() {
            c.push(
                "same_employer_within_6_months",
                crate::ValidationError::Required,
            );
        }
        let job_kind = c.required_choice::<JobKind>("job_kind", &self.job_kind);
        match (
            name,
            lhn,
            address,
            start,
            request,
            job_kind,
            self.same_employer_within_6_months,
        ) {
            (
                Some(name),
                Some(lhn),
                Some(address),
                Some(start),
                Some(request),
                Some(kind),
                Some(same),
            ) if c.is_ok() => Ok(EmploymentFacts {
                employer: Employer {
                    name,
                    loonheffingennummer: lhn,
                    address,
                },
                start_date: start,
                request_date: request,
                benefit,
                same_employer_within_6_months: same,
                job_kind: kind,
            }),
            _ => Err(c.into_errors()),
        }
    }
}

#[cfg(test)]
mod tests;
