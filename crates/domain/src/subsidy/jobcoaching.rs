//! Job coaching by an external organisation, subsidised per resident and period.
//!
//! The organisation is a recipient like an employer: shared, synced to every laptop. The
//! municipality pays it per resident and period at a tariff per hour from a date-effective
//! table (municipal policy: set in the settings, with a default), after the organisation's
//! progress report came in, approved by a named staff member.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::period::{share_by_days, split_period};
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{ResidentId, StaffMember, id_newtype};
use crate::loonwaarde::LoonwaardeId;
use crate::reason::Reason;
use crate::validate::fields::Collector;
use crate::validate::{
    Email, KvkNumber, PhoneNumber, SHORT_TEXT_MAX, TEXT_MAX, format_amount_cents, format_date,
    format_minutes_as_hours,
};

id_newtype! {
    /// Identifies a jobcoach organisation.
    JobcoachOrganisationId,
    /// Identifies a subsidy to a jobcoach organisation for one resident and period.
    JobcoachSubsidyId,
}

/// A jobcoach organisation (shared: every coach sees every organisation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct JobcoachOrganisation {
    /// The organisation's id.
    pub id: JobcoachOrganisationId,
    /// Its name.
    pub name: String,
    /// KvK number.
    pub kvk: Option<KvkNumber>,
    /// Contact person.
    pub contact_name: Option<String>,
    /// Contact e-mail.
    pub email: Option<Email>,
    /// Contact phone.
    pub phone: Option<PhoneNumber>,
}

impl JobcoachOrganisation {
    /// A name; texts within their limits.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_required("name", &self.name, SHORT_TEXT_MAX);
        c.check_optional("contact_name", self.contact_name.as_deref(), SHORT_TEXT_MAX);
        c.finish()
    }
}

/// One row of the tariff table: from a day on, this much per hour of coaching.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct TariffRow {
    /// First day the tariff applies.
    pub from: NaiveDate,
    /// Per hour of coaching, in cents.
    pub per_hour_cents: i64,
    /// Where it comes from (the municipal policy rule).
    pub source: String,
}

/// The tariff a municipality starts with until its functional administrator sets its own
/// (`jobcoach_tariffs` in settings.json).
pub fn default_tariffs() -> Vec<TariffRow> {
    vec![TariffRow {
        from: NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or(NaiveDate::MIN),
        per_hour_cents: 7_500,
        source: "Standaardtarief Werkpad; stel het tarief van de gemeentelijke beleidsregel \
                 in (jobcoach_tariffs in settings.json)"
            .to_owned(),
    }]
}

/// One part of a period at one tariff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct TariffPart {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub until: NaiveDate,
    /// Hours in this part, in minutes.
    pub minutes: u32,
    /// The tariff per hour, in cents.
    pub per_hour_cents: i64,
    /// The amount, in cents.
    pub amount_cents: i64,
    /// The tariff's source.
    pub source: String,
}

/// The subsidy of one period with its arithmetic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct JobcoachCalculation {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub until: NaiveDate,
    /// Hours of coaching, in minutes.
    pub minutes: u32,
    /// One part per tariff.
    pub parts: Vec<TariffPart>,
    /// The amount, in cents.
    pub amount_cents: i64,
    /// The arithmetic as sentences.
    pub steps: Vec<Reason>,
}

/// The subsidy for `minutes` of coaching in `from..=until` under `tariffs`.
pub fn calculate_jobcoaching(
    tariffs: &[TariffRow],
    from: NaiveDate,
    until: NaiveDate,
    minutes: u32,
) -> Result<JobcoachCalculation, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    if until < from {
        errors.push("period_until", ValidationError::EndBeforeStart);
    }
    let tariff_on = |d: NaiveDate| {
        tariffs
            .iter()
            .filter(|t| t.from <= d)
            .max_by_key(|t| t.from)
    };
    if tariff_on(from).is_none() {
        errors.push("period_from", ValidationError::NoRateKnown);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let ranges = split_period(from, until, tariffs.iter().map(|t| t.from));
    let shares = share_by_days(minutes, &ranges);
    let mut parts = Vec::with_capacity(ranges.len());
    let mut steps = Vec::with_capacity(ranges.len() + 1);
    for ((f, u), m) in ranges.into_iter().zip(shares) {
        let Some(t) = tariff_on(f) else { continue };
        let amount_cents = (i64::from(m) * t.per_hour_cents + 30) / 60;
        steps.push(Reason::new(
            "jobcoach-step-part",
            [
                ("from", format_date(f)),
                ("until", format_date(u)),
                ("hours", format_minutes_as_hours(m)),
                (
                    "tariff",
                    format!("EUR {}", format_amount_cents(t.per_hour_cents)),
                ),
                (
                    "amount",
                    format!("EUR {}", format_amount_cents(amount_cents)),
                ),
            ],
        ));
        parts.push(TariffPart {
            from: f,
            until: u,
            minutes: m,
            per_hour_cents: t.per_hour_cents,
            amount_cents,
            source: t.source.clone(),
        });
    }
    let amount_cents = parts.iter().map(|p| p.amount_cents).sum();
    steps.push(Reason::new(
        "jobcoach-step-total",
        [(
            "amount",
            format!("EUR {}", format_amount_cents(amount_cents)),
        )],
    ));
    Ok(JobcoachCalculation {
        from,
        until,
        minutes,
        parts,
        amount_cents,
        steps,
    })
}

/// The organisation's progress report on the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ProgressReport {
    /// The day it came in.
    pub received_on: NaiveDate,
    /// What it says, in short.
    pub summary: String,
}

/// The approval of the payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct PaymentApproval {
    /// Who approved (never the software).
    pub approved_by: StaffMember,
    /// The day.
    pub approved_on: NaiveDate,
}

/// The subsidy to a jobcoach organisation for one resident and period: planned, then the
/// progress report, then the approved payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct JobcoachSubsidy {
    /// The subsidy's id.
    pub id: JobcoachSubsidyId,
    /// Whom the coaching is for.
    pub resident_id: ResidentId,
    /// The organisation that coaches.
    pub organisation_id: JobcoachOrganisationId,
    /// The loonwaardebepaling that set the need, if any.
    pub loonwaarde_id: Option<LoonwaardeId>,
    /// The period and its amount.
    pub calculation: JobcoachCalculation,
    /// The progress report, once in.
    pub progress_report: Option<ProgressReport>,
    /// The approval, once given (needs the report).
    pub approval: Option<PaymentApproval>,
}

impl JobcoachSubsidy {
    /// The period in order, some hours, a report summary, and an approval only after the
    /// report by a named staff member.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        let calc = &self.calculation;
        if calc.until < calc.from {
            c.push("period_until", ValidationError::EndBeforeStart);
        }
        if calc.minutes == 0 || calc.minutes > 200 * 60 * 12 {
            c.push("hours", ValidationError::OutOfRange { min: 1, max: 2400 });
        }
        if calc.amount_cents != calc.parts.iter().map(|p| p.amount_cents).sum::<i64>() {
            c.push("calculation", ValidationError::InvalidChoice);
        }
        if let Some(r) = &self.progress_report {
            c.check_required("progress_report.summary", &r.summary, TEXT_MAX);
            if r.received_on < calc.from {
                c.push(
                    "progress_report.received_on",
                    ValidationError::DateOutOfOrder,
                );
            }
        }
        match (&self.progress_report, &self.approval) {
            (None, Some(_)) => c.push("approval", ValidationError::ProgressReportMissing),
            (Some(r), Some(a)) => {
                c.check_staff("approval.approved_by", &a.approved_by);
                if a.approved_on < r.received_on {
                    c.push("approval.approved_on", ValidationError::DateOutOfOrder);
                }
            }
            _ => {}
        }
        c.finish()
    }
}
