//! The date-effective rule set of the verklaring 56+ and the advice it gives.
//!
//! Which version applies depends only on the employment's start date. Each version says
//! from when until when it applies, where it comes from, whether a declaration can be
//! given at all and what the employer's LKV amounts to. The advice lists every rule with
//! whether it is met and why; a coach decides (see [`super::Verklaring56Decision`]).

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::aow::{age_on, aow_date};
use super::{EmploymentFacts, JobKind};
use crate::choice::choice_enum;
use crate::reason::Reason;
use crate::validate::{format_amount_cents, format_date};

/// The loonkostenvoordeel an employer gets for a declaration under one version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LkvAmounts {
    /// Per paid hour, in cents.
    pub per_hour_cents: i64,
    /// At most per year, in cents.
    pub max_per_year_cents: i64,
    /// For at most this many years after the start.
    pub max_years: u8,
    /// Nothing is paid for hours after this date (phase-out), when set.
    pub paid_until: Option<NaiveDate>,
}

/// One version of the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RuleVersion {
    /// Stable id, stored with every advice.
    pub id: &'static str,
    /// First start date this version applies to.
    pub starts_from: NaiveDate,
    /// First start date it no longer applies to (`None`: open-ended).
    pub starts_before: Option<NaiveDate>,
    /// Where the rules and amounts come from.
    pub source: &'static str,
    /// False when no declaration can be given for jobs starting in this period.
    pub issues_declaration: bool,
    /// The employer's benefit, when a declaration can be given.
    pub amounts: Option<LkvAmounts>,
}

const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => panic!("a real date"),
    }
}

/// Every version, oldest first; the periods follow each other without gaps.
pub const RULE_VERSIONS: &[RuleVersion] = &[
    RuleVersion {
        id: "lkv-oudere-werknemer-2018",
        starts_from: date(2018, 1, 1),
        starts_before: Some(date(2024, 1, 1)),
        source: "Wet tegemoetkomingen loondomein (LKV oudere werknemer); bedragen en \
                 afbouw: Nota van wijziging, Kamerstukken II 36458, nr. 5",
        issues_declaration: true,
        amounts: Some(LkvAmounts {
            per_hour_cents: 305,
            max_per_year_cents: 600_000,
            max_years: 3,
            paid_until: None,
        }),
    },
    RuleVersion {
        id: "lkv-oudere-werknemer-2024",
        starts_from: date(2024, 1, 1),
        starts_before: Some(date(2026, 1, 1)),
        source: "Nota van wijziging, Kamerstukken II 36458, nr. 5 (afbouw LKV oudere werknemer)",
        issues_declaration: true,
        amounts: Some(LkvAmounts {
            per_hour_cents: 135,
            max_per_year_cents: 260_000,
            max_years: 3,
            paid_until: Some(date(2025, 12, 31)),
        }),
    },
    RuleVersion {
        id: "lkv-oudere-werknemer-2026",
        starts_from: date(2026, 1, 1),
        starts_before: None,
        source: "Nota van wijziging, Kamerstukken II 36458, nr. 5 (LKV oudere werknemer \
                 vervalt voor dienstverbanden vanaf 1 januari 2026)",
        issues_declaration: false,
        amounts: None,
    },
];

/// The version in force for an employment starting on `start`; `None` before the LKV
/// existed (2018).
pub fn version_for(start: NaiveDate) -> Option<&'static RuleVersion> {
    RULE_VERSIONS
        .iter()
        .find(|v| start >= v.starts_from && v.starts_before.is_none_or(|end| start < end))
}

/// A version by its id (to explain an advice stored earlier).
pub fn version_by_id(id: &str) -> Option<&'static RuleVersion> {
    RULE_VERSIONS.iter().find(|v| v.id == id)
}

choice_enum! {
    /// One rule of the verklaring 56+.
    pub enum Rule56 {
        /// A declaration can be given for this start date (rule version).
        Version => ("version", "lkv56-rule-version"),
        /// 56 or older on the start date.
        #[serde(rename = "age_from_56")]
        AgeFrom56 => ("age_from_56", "lkv56-rule-age"),
        /// Below the AOW age on the start date.
        BelowAow => ("below_aow", "lkv56-rule-aow"),
        /// A municipal benefit in the calendar month before the start.
        MunicipalBenefit => ("municipal_benefit", "lkv56-rule-benefit"),
        /// Not employed by the same employer in the 6 months before.
        NewEmployer => ("new_employer", "lkv56-rule-new-employer"),
        /// A regular job insured for employee insurances; not WSW, not beschut werk.
        RegularJob => ("regular_job", "lkv56-rule-regular-job"),
        /// Requested within 3 months after the start.
        RequestInTime => ("request_in_time", "lkv56-rule-request-in-time"),
    }
}

/// One rule, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Check {
    /// Which rule.
    pub rule: Rule56,
    /// Whether the case meets it.
    pub met: bool,
    /// Why, in words for the coach.
    pub reason: Reason,
}

/// What the software advises, with every rule's outcome. Advice only: a coach decides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    /// The rule version applied (`None`: no version covers the start date).
    pub version_id: Option<String>,
    /// True when every rule is met.
    pub eligible: bool,
    /// Every rule, in [`Rule56::ALL`] order.
    pub checks: Vec<Check>,
}

impl Advice {
    /// The rules that are not met.
    pub fn unmet(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|c| !c.met)
    }
}

/// The calendar month before the month of `start` (the benefit month), as its first day.
pub fn benefit_month(start: NaiveDate) -> NaiveDate {
    let first = start.with_day(1).unwrap_or(start);
    first.checked_sub_months(Months::new(1)).unwrap_or(first)
}

/// The last day a request counts as in time: 3 months after the start (clamped to the
/// month's end, so 30 November → 28/29 February).
pub fn request_deadline(start: NaiveDate) -> NaiveDate {
    start.checked_add_months(Months::new(3)).unwrap_or(start)
}

/// Check a case against the rules in force on its start date.
pub fn advise(birth_date: NaiveDate, facts: &EmploymentFacts) -> Advice {
    let start = facts.start_date;
    let start_s = format_date(start);
    let version = version_for(start);
    let mut checks = Vec::with_capacity(Rule56::ALL.len());
    let mut push = |rule, met, reason| checks.push(Check { rule, met, reason });

    push(
        Rule56::Version,
        version.is_some_and(|v| v.issues_declaration),
        match version {
            None => Reason::new("lkv56-version-none", [("start", start_s.clone())]),
            Some(v) if !v.issues_declaration => Reason::new(
                "lkv56-version-ended",
                [("start", start_s.clone()), ("version", v.id.to_owned())],
            ),
            Some(v) => match v.amounts {
                Some(a) => {
                    let mut args = vec![
                        ("version", v.id.to_owned()),
                        ("per_hour", format_amount_cents(a.per_hour_cents)),
                        ("max_per_year", format_amount_cents(a.max_per_year_cents)),
                        ("years", a.max_years.to_string()),
                    ];
                    let id = match a.paid_until {
                        Some(until) => {
                            args.push(("paid_until", format_date(until)));
                            "lkv56-version-met-phase-out"
                        }
                        None => "lkv56-version-met",
                    };
                    Reason::new(id, args)
                }
                None => Reason::new(
                    "lkv56-version-met-no-amounts",
                    [("version", v.id.to_owned())],
                ),
            },
        },
    );

    let age = age_on(birth_date, start);
    push(
        Rule56::AgeFrom56,
        age >= 56,
        Reason::new(
            if age >= 56 {
                "lkv56-age-met"
            } else {
                "lkv56-age-unmet"
            },
            [("age", age.to_string()), ("start", start_s.clone())],
        ),
    );

    let aow = aow_date(birth_date);
    push(
        Rule56::BelowAow,
        start < aow,
        Reason::new(
            if start < aow {
                "lkv56-aow-met"
            } else {
                "lkv56-aow-unmet"
            },
            [("aow_date", format_date(aow)), ("start", start_s.clone())],
        ),
    );

    let month = benefit_month(start);
    let month_s = month.format("%m-%Y").to_string();
    push(
        Rule56::MunicipalBenefit,
        facts.benefit.is_some(),
        match facts.benefit {
            Some(kind) => Reason::new(
                "lkv56-benefit-met",
                [("benefit", kind.as_str().to_owned()), ("month", month_s)],
            ),
            None => Reason::new("lkv56-benefit-unmet", [("month", month_s)]),
        },
    );

    push(
        Rule56::NewEmployer,
        !facts.same_employer_within_6_months,
        Reason::new(
            if facts.same_employer_within_6_months {
                "lkv56-new-employer-unmet"
            } else {
                "lkv56-new-employer-met"
            },
            [],
        ),
    );

    let regular = facts.job_kind == JobKind::Regular;
    push(
        Rule56::RegularJob,
        regular,
        Reason::new(
            if regular {
                "lkv56-regular-job-met"
            } else {
                "lkv56-regular-job-unmet"
            },
            [("job_kind", facts.job_kind.as_str().to_owned())],
        ),
    );

    let deadline = request_deadline(start);
    let in_time = facts.request_date <= deadline;
    push(
        Rule56::RequestInTime,
        in_time,
        Reason::new(
            if in_time {
                "lkv56-request-met"
            } else {
                "lkv56-request-unmet"
            },
            [
                ("request", format_date(facts.request_date)),
                ("deadline", format_date(deadline)),
            ],
        ),
    );

    let eligible = checks.iter().all(|c| c.met);
    Advice {
        version_id: version.map(|v| v.id.to_owned()),
        eligible,
        checks,
    }
}

/// Every Fluent id a reason of this module can carry.
pub const REASON_IDS: &[&str] = &[
    "lkv56-version-none",
    "lkv56-version-ended",
    "lkv56-version-met",
    "lkv56-version-met-phase-out",
    "lkv56-version-met-no-amounts",
    "lkv56-age-met",
    "lkv56-age-unmet",
    "lkv56-aow-met",
    "lkv56-aow-unmet",
    "lkv56-benefit-met",
    "lkv56-benefit-unmet",
    "lkv56-new-employer-met",
    "lkv56-new-employer-unmet",
    "lkv56-regular-job-met",
    "lkv56-regular-job-unmet",
    "lkv56-request-met",
    "lkv56-request-unmet",
];
