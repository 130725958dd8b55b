//! One line of a data set: a traject, with what the resident's facts say about it, in
//! months, codes, counts and flags.

use chrono::{Datelike, NaiveDate};
use serde_json::Value;
use werkpad_domain::report::Fact;
use werkpad_domain::report::population::{Lasting, Resident, TrajectFact};
use werkpad_domain::{Gender, Postcode};

/// The CSV header, in the order [`Line::csv`] writes.
pub const HEADER: &str = "pseudonym,birth_year,age_band,gender,pc4,referred,intake,ended,\
end_reason,placements,paid_placement,first_placement,working_6_months,working_12_months,\
lks_granted,verklaring56,absences,referrals";

/// What the data set shows of a resident: birth year, gender and PC4, nothing else.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attributes {
    /// Only to count the age band and birth year; never written.
    birth_date: Option<NaiveDate>,
    /// The gender code.
    gender: Option<Gender>,
    /// The postcode's four digits.
    pc4: Option<String>,
}

/// The small-group key: birth year, gender code, PC4.
pub type Group = (Option<i32>, Option<&'static str>, Option<String>);

impl Attributes {
    /// From a `records` resident document; a field that is missing or malformed stays empty.
    pub fn of(doc: &Value) -> Self {
        let birth_date = doc
            .get("birth_date")
            .and_then(|v| serde_json::from_value(v.clone()).ok());
        let gender = doc
            .get("gender")
            .and_then(Value::as_str)
            .and_then(Gender::parse);
        let pc4 = doc
            .pointer("/address/postcode")
            .and_then(Value::as_str)
            .and_then(|p| Postcode::parse(p).ok())
            .map(|p| p.as_str()[..4].to_owned());
        Self {
            birth_date,
            gender,
            pc4,
        }
    }

    /// The group this resident counts in.
    pub fn group(&self) -> Group {
        (
            self.birth_date.map(|d| d.year()),
            self.gender.map(|g| g.as_str()),
            self.pc4.clone(),
        )
    }
}

/// The age band ("55-59") of someone born on `birth` on `day`; none before the birth.
pub fn age_band(birth: NaiveDate, day: NaiveDate) -> Option<String> {
    let had_birthday = (day.month(), day.day()) >= (birth.month(), birth.day());
    let age = day.year() - birth.year() - i32::from(!had_birthday);
    (age >= 0).then(|| {
        let low = age / 5 * 5;
        format!("{low}-{}", low + 4)
    })
}

fn month(day: NaiveDate) -> String {
    format!("{:04}-{:02}", day.year(), day.month())
}

fn flag(on: bool) -> &'static str {
    if on { "1" } else { "0" }
}

fn lasting(l: Lasting) -> &'static str {
    match l {
        Lasting::Working => "1",
        Lasting::Stopped => "0",
        Lasting::NotYet => "",
    }
}

/// One traject's line, without pseudonym and PC4 (the export adds those).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    fields: Vec<String>,
}

/// One line per traject of `r`, oldest first. Placements count in a traject when they
/// began within it (referral to end); decisions, absences and referrals when their day
/// falls within it. Still working after 6 and 12 months: from the traject's first paid
/// placement, seen on `as_of` (empty without one, or when that moment is after `as_of`).
pub fn lines(attrs: &Attributes, r: &Resident, as_of: NaiveDate) -> Vec<Line> {
    r.trajecten
        .iter()
        .map(|t| line(attrs, r, t, as_of))
        .collect()
}

fn line(attrs: &Attributes, r: &Resident, t: &TrajectFact, as_of: NaiveDate) -> Line {
    let within = |day: NaiveDate| t.covers(day);
    let placed: Vec<_> = r.placements.iter().filter(|p| within(p.start)).collect();
    let first_paid = placed.iter().find(|p| p.paid);
    let lasting_after =
        |months| first_paid.map_or("", |p| lasting(r.lasting(p.start, months, as_of)));
    let mut lks = false;
    let mut v56: Option<(NaiveDate, bool)> = None;
    let (mut absences, mut referrals) = (0u32, 0u32);
    for f in &r.others {
        match *f {
            Fact::Lks {
                decided_on,
                granted,
                ..
            } if within(decided_on) => lks |= granted,
            Fact::Verklaring56 {
                decided_on,
                granted,
            } if within(decided_on) && v56.is_none_or(|(on, _)| on <= decided_on) => {
                v56 = Some((decided_on, granted));
            }
            Fact::Absence { on, .. } if within(on) => absences += 1,
            Fact::Referral { sent_on, .. } if within(sent_on) => referrals += 1,
            _ => {}
        }
    }
    let fields = vec![
        attrs
            .birth_date
            .map(|d| d.year().to_string())
            .unwrap_or_default(),
        attrs
            .birth_date
            .and_then(|b| age_band(b, t.referred_on))
            .unwrap_or_default(),
        attrs
            .gender
            .map(|g| g.as_str().to_owned())
            .unwrap_or_default(),
        month(t.referred_on),
        t.intake_on.map(month).unwrap_or_default(),
        t.ended.map(|(on, _)| month(on)).unwrap_or_default(),
        t.ended
            .map(|(_, why)| why.as_str().to_owned())
            .unwrap_or_default(),
        placed.len().to_string(),
        flag(first_paid.is_some()).to_owned(),
        r.first_placement_in(t)
            .map(|p| month(p.start))
            .unwrap_or_default(),
        lasting_after(6).to_owned(),
        lasting_after(12).to_owned(),
        flag(lks).to_owned(),
        match v56 {
            Some((_, true)) => "granted",
            Some((_, false)) => "refused",
            None => "",
        }
        .to_owned(),
        absences.to_string(),
        referrals.to_string(),
    ];
    Line { fields }
}

impl Line {
    /// The CSV line (with its newline): `pseudonym`, then the fields, with the PC4 only
    /// when `pc4` is given. Every field is a number, month or code: nothing to quote.
    pub fn csv(&self, pseudonym: &str, pc4: Option<&str>) -> String {
        let f = &self.fields;
        let mut out = format!(
            "{pseudonym},{},{},{},{}",
            f[0],
            f[1],
            f[2],
            pc4.unwrap_or("")
        );
        for field in &f[3..] {
            out.push(',');
            out.push_str(field);
        }
        out.push('\n');
        out
    }
}

#[cfg(test)]
mod tests;
