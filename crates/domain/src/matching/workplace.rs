//! [`Workplace`]: a place to work at an employer (a vacancy, a beschut werkplek, a
//! leerwerkplek), with what the work asks of a person and what support it offers.

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::{DemandLevel, OccupationRef, SupportKind};
use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{EmployerId, WorkplaceId};
use crate::resident::{LanguageLevel, weekdays};
use crate::validate::fields::Collector;
use crate::validate::{Postcode, SHORT_TEXT_MAX, TEXT_MAX, parse_date};

/// Most hours a week a workplace can ask.
const MAX_HOURS_PER_WEEK: i64 = 60;
/// Most places one workplace record can hold.
const MAX_PLACES: i64 = 999;

choice_enum! {
    /// Kind of workplace.
    pub enum WorkplaceKind {
        /// A regular job.
        Regulier => ("regulier", "workplace-kind-regulier"),
        /// Beschut werk: only with an indicatie beschut werk (Participatiewet art. 10b).
        Beschut => ("beschut", "workplace-kind-beschut"),
        /// An adapted workplace (e.g. for the banenafspraak).
        Aangepast => ("aangepast", "workplace-kind-aangepast"),
        /// A learn-work place, to prepare for paid work.
        Leerwerkplek => ("leerwerkplek", "workplace-kind-leerwerkplek"),
    }
}

/// A workplace at an employer. Shared data: it belongs to no resident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Workplace {
    /// The workplace's id.
    pub id: WorkplaceId,
    /// The employer it belongs to.
    pub employer_id: EmployerId,
    /// Title as the employer names it ("Medewerker magazijn").
    pub title: String,
    /// Regular, beschut, adapted or learn-work place.
    pub kind: WorkplaceKind,
    /// The occupation, if picked.
    pub occupation: Option<OccupationRef>,
    /// What the work involves.
    pub tasks: Option<String>,
    /// Hours a week (1 to 60).
    pub hours_per_week: u8,
    /// Working days; empty means not fixed. Serialized as "mon", "tue", ...
    #[serde(with = "crate::resident::weekdays")]
    #[ts(as = "Vec<crate::resident::weekdays::WeekdayName>")]
    pub days: Vec<Weekday>,
    /// Postcode of the place of work.
    pub postcode: Postcode,
    /// Place (plaatsnaam).
    pub place: String,
    /// How heavy the work is physically.
    pub physical_demand: DemandLevel,
    /// How heavy the work is mentally.
    pub mental_demand: DemandLevel,
    /// Support the workplace offers.
    pub support: Vec<SupportKind>,
    /// The minimum level of Dutch needed, if any.
    pub dutch_level: Option<LanguageLevel>,
    /// First possible day of work, if set.
    pub start_date: Option<NaiveDate>,
    /// How many people can work here (at least 1).
    pub places: u16,
    /// True while the employer is looking for people.
    pub open: bool,
    /// Qualifications the workplace asks for ("VCA Basis", "Heftruckcertificaat");
    /// matching shows which of them a resident holds from passed trainings.
    #[serde(default)]
    pub qualifications: Vec<String>,
}

/// A workplace as typed (or read from a CSV row). The employer and the occupation are
/// picked from lists, so they are typed values; the rest are strings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct WorkplaceDraft {
    /// The employer (required).
    pub employer_id: Option<EmployerId>,
    /// Title (required).
    pub title: Option<String>,
    /// Kind machine name (required).
    pub kind: Option<String>,
    /// The occupation, picked from the reference data.
    pub occupation: Option<OccupationRef>,
    /// Tasks.
    pub tasks: Option<String>,
    /// Hours a week (required, 1 to 60).
    pub hours_per_week: Option<String>,
    /// Days ("mon" ... "sun").
    pub days: Vec<String>,
    /// Postcode (required).
    pub postcode: Option<String>,
    /// Place (required).
    pub place: Option<String>,
    /// Physical demand machine name (required).
    pub physical_demand: Option<String>,
    /// Mental demand machine name (required).
    pub mental_demand: Option<String>,
    /// Support machine names.
    pub support: Vec<String>,
    /// Minimum Dutch level machine name.
    pub dutch_level: Option<String>,
    /// First possible day of work.
    pub start_date: Option<String>,
    /// Number of places; blank means 1.
    pub places: Option<String>,
    /// Open for candidates.
    pub open: bool,
    /// Qualifications asked for, one per entry (blanks dropped).
    pub qualifications: Vec<String>,
}

impl Default for WorkplaceDraft {
    /// An empty form: a new workplace is open.
    fn default() -> Self {
        Self {
            employer_id: None,
            title: None,
            kind: None,
            occupation: None,
            tasks: None,
            hours_per_week: None,
            days: Vec::new(),
            postcode: None,
            place: None,
            physical_demand: None,
            mental_demand: None,
            support: Vec::new(),
            dutch_level: None,
            start_date: None,
            places: None,
            open: true,
            qualifications: Vec::new(),
        }
    }
}

impl WorkplaceDraft {
    /// Validates the draft into a [`Workplace`] with id `id`, or returns every field error.
    pub fn validate(&self, id: WorkplaceId) -> Result<Workplace, ValidationErrors> {
        let mut c = Collector::new();
        if self.employer_id.is_none() {
            c.push("employer_id", ValidationError::Required);
        }
        let title = c.required("title", &self.title, SHORT_TEXT_MAX);
        let kind = c.required_choice("kind", &self.kind);
        if let Some(o) = &self.occupation {
            o.check("occupation", &mut c);
        }
        let tasks = c.text("tasks", &self.tasks, TEXT_MAX);
        let hours = c.required_parsed("hours_per_week", &self.hours_per_week, |s| {
            number(s, 1, MAX_HOURS_PER_WEEK)
        });
        let days = parse_days(&self.days, "days", &mut c);
        let postcode = c.required_parsed("postcode", &self.postcode, Postcode::parse);
        let place = c.required("place", &self.place, SHORT_TEXT_MAX);
        let physical_demand = c.required_choice("physical_demand", &self.physical_demand);
        let mental_demand = c.required_choice("mental_demand", &self.mental_demand);
        let mut support = Vec::new();
        for (i, s) in self.support.iter().enumerate() {
            let s = s.trim();
            match SupportKind::parse(s) {
                Some(k) if !support.contains(&k) => support.push(k),
                Some(_) => {}
                None if s.is_empty() => {}
                None => c.push(&format!("support[{i}]"), ValidationError::InvalidChoice),
            }
        }
        let dutch_level = c.choice("dutch_level", &self.dutch_level);
        let start_date = c.parsed("start_date", &self.start_date, parse_date);
        let places = c
            .parsed("places", &self.places, |s| number(s, 1, MAX_PLACES))
            .unwrap_or(1);
        let mut qualifications: Vec<String> = Vec::new();
        for q in &self.qualifications {
            let q = q.split_whitespace().collect::<Vec<_>>().join(" ");
            if q.is_empty() {
                continue;
            }
            c.max_len("qualifications", &q, SHORT_TEXT_MAX);
            let key = crate::learning::qualification_key(&q);
            if !qualifications
                .iter()
                .any(|h| crate::learning::qualification_key(h) == key)
            {
                qualifications.push(q);
            }
        }
        if qualifications.len() > MAX_QUALIFICATIONS {
            c.push(
                "qualifications",
                ValidationError::OutOfRange {
                    min: 0,
                    max: MAX_QUALIFICATIONS as i64,
                },
            );
        }

        let parts = (
            self.employer_id,
            title,
            kind,
            hours,
            postcode,
            place,
            physical_demand,
            mental_demand,
        );
        match parts {
            (Some(e), Some(t), Some(k), Some(h), Some(pc), Some(pl), Some(pd), Some(md))
                if c.is_ok() =>
            {
                Ok(Workplace {
                    id,
                    employer_id: e,
                    title: t,
                    kind: k,
                    occupation: self.occupation.clone(),
                    tasks,
                    hours_per_week: u8::try_from(h).expect("checked to be 1..=60"),
                    days,
                    postcode: pc,
                    place: pl,
                    physical_demand: pd,
                    mental_demand: md,
                    support,
                    dutch_level,
                    start_date,
                    places: u16::try_from(places).expect("checked to be 1..=999"),
                    open: self.open,
                    qualifications,
                })
            }
            _ => Err(c.into_errors()),
        }
    }
}

impl Workplace {
    /// The workplace as an editable draft; `validate` turns it back into the same one.
    pub fn to_draft(&self) -> WorkplaceDraft {
        let s = |v: &str| Some(v.to_owned());
        WorkplaceDraft {
            employer_id: Some(self.employer_id),
            title: s(&self.title),
            kind: s(self.kind.as_str()),
            occupation: self.occupation.clone(),
            tasks: self.tasks.clone(),
            hours_per_week: Some(self.hours_per_week.to_string()),
            days: self
                .days
                .iter()
                .map(|d| weekdays::as_str(*d).to_owned())
                .collect(),
            postcode: s(self.postcode.as_str()),
            place: s(&self.place),
            physical_demand: s(self.physical_demand.as_str()),
            mental_demand: s(self.mental_demand.as_str()),
            support: self.support.iter().map(|k| k.as_str().to_owned()).collect(),
            dutch_level: self.dutch_level.map(|l| l.as_str().to_owned()),
            start_date: self.start_date.map(|d| d.format("%Y-%m-%d").to_string()),
            places: Some(self.places.to_string()),
            open: self.open,
            qualifications: self.qualifications.clone(),
        }
    }

    /// Re-checks every field by the draft rules (the server does this for every synced
    /// workplace): hours 1 to 60, at least one place, a 4-digit ISCO group, ...
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        self.to_draft().validate(self.id).map(|_| ())
    }
}

/// The most qualifications one workplace asks for.
pub const MAX_QUALIFICATIONS: usize = 10;

/// A whole number in `min..=max`.
fn number(s: &str, min: i64, max: i64) -> Result<i64, ValidationError> {
    let n: i64 = s.parse().map_err(|_| ValidationError::NumberFormat)?;
    if (min..=max).contains(&n) {
        Ok(n)
    } else {
        Err(ValidationError::OutOfRange { min, max })
    }
}

/// Weekdays by stored name; blanks and repeats are dropped, unknown names reported under
/// `{field}[i]`.
fn parse_days(days: &[String], field: &str, c: &mut Collector) -> Vec<Weekday> {
    let mut out = Vec::new();
    for (i, day) in days.iter().enumerate() {
        let day = day.trim();
        if day.is_empty() {
            continue;
        }
        match weekdays::parse(day) {
            Some(d) if !out.contains(&d) => out.push(d),
            Some(_) => {}
            None => c.push(&format!("{field}[{i}]"), ValidationError::InvalidChoice),
        }
    }
    out
}
