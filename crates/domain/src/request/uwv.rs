//! Requests to UWV (Participatiewet art. 10b; DOMAIN.md "UWV requests"): a beoordeling
//! arbeidsvermogen for the advice indicatie beschut werk, the indicatie banenafspraak (by
//! UWV, or by the municipality's praktijkroute when the loonwaarde is below 100 %) and
//! Wajong. The coach writes the request with the four criteria of arbeidsvermogen; UWV
//! answers within 8 weeks; a person decides what follows.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::deadline::legal_term_weeks;
use super::life::{Consent, RequestLife};
use crate::category::DataCategory;
use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{ResidentId, id_newtype};
use crate::loonwaarde::LoonwaardeId;
use crate::validate::fields::Collector;
use crate::validate::{SHORT_TEXT_MAX, TEXT_MAX, format_date};

/// Weeks UWV has to answer (beschut werk: Participatiewet art. 10b; banenafspraak and
/// Wajong: the Awb's term of 8 weeks), moved past weekends and holidays.
pub const UWV_ANSWER_WEEKS: u32 = 8;

/// Months after a refused advice beschut werk before a new request, unless circumstances
/// changed.
pub const REPEAT_AFTER_MONTHS: u32 = 12;

/// The shortest account of changed circumstances that someone can check.
pub const CHANGED_MIN_CHARS: usize = 15;

id_newtype! {
    /// Identifies a request to UWV.
    UwvRequestId,
}

choice_enum! {
    /// What is asked of UWV.
    pub enum UwvRequestKind {
        /// Beoordeling arbeidsvermogen for an advice indicatie beschut werk.
        BeschutWerk => ("beschut_werk", "uwv-kind-beschut-werk"),
        /// Indicatie banenafspraak (doelgroepregister).
        Banenafspraak => ("banenafspraak", "uwv-kind-banenafspraak"),
        /// Beoordeling arbeidsvermogen for a Wajong benefit.
        Wajong => ("wajong", "uwv-kind-wajong"),
    }
}

choice_enum! {
    /// Who establishes the banenafspraak indication.
    pub enum BanenafspraakRoute {
        /// UWV assesses.
        Uwv => ("uwv", "banenafspraak-route-uwv"),
        /// The municipality, from a signed loonwaarde below 100 % (praktijkroute); UWV
        /// registers it.
        Praktijkroute => ("praktijkroute", "banenafspraak-route-praktijkroute"),
    }
}

choice_enum! {
    /// The coach's view on one criterion.
    pub enum CriterionView {
        /// Yes, the resident can.
        Yes => ("yes", "criterion-view-yes"),
        /// No, not (yet).
        No => ("no", "criterion-view-no"),
        /// Not clear; UWV should look at it.
        Unsure => ("unsure", "criterion-view-unsure"),
    }
}

choice_enum! {
    /// UWV's answer.
    pub enum UwvOutcome {
        /// Positive: indication or advice given.
        Positive => ("positive", "uwv-outcome-positive"),
        /// Negative: refused.
        Negative => ("negative", "uwv-outcome-negative"),
    }
}

/// One criterion of arbeidsvermogen: the coach's view and what it rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// The view.
    pub view: CriterionView,
    /// What the coach saw.
    pub explanation: String,
}

/// The four criteria of arbeidsvermogen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ArbeidsvermogenCriteria {
    /// Can do a task in an organisation.
    pub task_in_organisation: Criterion,
    /// Has basic employee skills.
    pub basic_skills: Criterion,
    /// Can work one hour at a stretch.
    pub one_hour_at_a_stretch: Criterion,
    /// Can work four hours a day.
    pub four_hours_a_day: Criterion,
}

impl ArbeidsvermogenCriteria {
    /// The criteria with their field names, in the order UWV lists them.
    pub fn named(&self) -> [(&'static str, &Criterion); 4] {
        [
            ("task_in_organisation", &self.task_in_organisation),
            ("basic_skills", &self.basic_skills),
            ("one_hour_at_a_stretch", &self.one_hour_at_a_stretch),
            ("four_hours_a_day", &self.four_hours_a_day),
        ]
    }
}

/// UWV's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct UwvAnswer {
    /// Positive or negative.
    pub outcome: UwvOutcome,
    /// The day it came in.
    pub received_on: NaiveDate,
    /// UWV's reference.
    pub reference: Option<String>,
    /// What UWV said, in short.
    pub summary: String,
}

/// A request to UWV.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct UwvRequest {
    /// The request's id.
    pub id: UwvRequestId,
    /// Whose.
    pub resident_id: ResidentId,
    /// What is asked.
    pub kind: UwvRequestKind,
    /// For a banenafspraak: UWV or the praktijkroute.
    pub route: Option<BanenafspraakRoute>,
    /// The signed loonwaarde the praktijkroute rests on.
    pub loonwaarde_id: Option<LoonwaardeId>,
    /// The four criteria (beschut werk, Wajong, and banenafspraak through UWV).
    pub criteria: Option<ArbeidsvermogenCriteria>,
    /// Why the coach asks.
    pub motivation: String,
    /// The resident's consent, needed when a health report goes along.
    pub consent: Option<Consent>,
    /// Why a new request within 12 months of a refusal: what changed.
    pub circumstances_changed: Option<String>,
    /// The life cycle.
    pub life: RequestLife,
    /// The day UWV's answer is due (set when sent).
    pub due_on: Option<NaiveDate>,
    /// UWV's answer.
    pub answer: Option<UwvAnswer>,
}

impl UwvRequestKind {
    /// True when the four criteria go with the request.
    pub fn needs_criteria(self, route: Option<BanenafspraakRoute>) -> bool {
        !(self == Self::Banenafspraak && route == Some(BanenafspraakRoute::Praktijkroute))
    }
}

impl UwvRequest {
    /// The due day for a request sent on `sent_on`.
    pub fn due_for(sent_on: NaiveDate) -> NaiveDate {
        legal_term_weeks(sent_on, UWV_ANSWER_WEEKS)
    }

    /// Waiting for UWV past the due day on `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.answer.is_none() && self.due_on.is_some_and(|d| today > d)
    }

    /// The categories of data the request shares with UWV, given the kinds of its
    /// attachments.
    pub fn shared_categories(&self, health_attached: bool) -> Vec<DataCategory> {
        let mut c = vec![
            DataCategory::Name,
            DataCategory::Bsn,
            DataCategory::LanguageEducationExperience,
            DataCategory::AvailabilityObstacles,
            DataCategory::Support,
        ];
        if self.route == Some(BanenafspraakRoute::Praktijkroute) {
            c.push(DataCategory::Loonwaarde);
        }
        if health_attached {
            c.push(DataCategory::Health);
        }
        c
    }

    /// The request's own rules: a motivation; the criteria with explanations where they
    /// belong; a route for a banenafspraak and a loonwaarde for the praktijkroute; the
    /// life cycle; the due day 8 weeks after sending; an answer exactly when answered.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_required("motivation", &self.motivation, TEXT_MAX);
        match (self.kind, self.route) {
            (UwvRequestKind::Banenafspraak, None) => c.push("route", ValidationError::Required),
            (UwvRequestKind::BeschutWerk | UwvRequestKind::Wajong, Some(_)) => {
                c.push("route", ValidationError::InvalidChoice);
            }
            _ => {}
        }
        let praktijk = self.route == Some(BanenafspraakRoute::Praktijkroute);
        if praktijk && self.loonwaarde_id.is_none() {
            c.push("loonwaarde_id", ValidationError::Required);
        }
        match (&self.criteria, self.kind.needs_criteria(self.route)) {
            (None, true) => c.push("criteria", ValidationError::Required),
            (Some(criteria), _) => {
                for (name, criterion) in criteria.named() {
                    c.check_required(
                        &format!("criteria.{name}.explanation"),
                        &criterion.explanation,
                        TEXT_MAX,
                    );
                }
            }
            (None, false) => {}
        }
        if let Some(k) = &self.consent {
            k.check(&mut c, "consent");
        }
        c.check_optional(
            "circumstances_changed",
            self.circumstances_changed.as_deref(),
            TEXT_MAX,
        );
        self.life.check(&mut c, "life");
        if self.due_on != self.life.sent_on().map(Self::due_for) {
            c.push("due_on", ValidationError::InvalidChoice);
        }
        match (&self.answer, self.life.answered_on) {
            (Some(a), Some(on)) => {
                if a.received_on != on {
                    c.push("answer.received_on", ValidationError::DateOutOfOrder);
                }
                c.check_required("answer.summary", &a.summary, TEXT_MAX);
                c.check_optional("answer.reference", a.reference.as_deref(), SHORT_TEXT_MAX);
            }
            (None, None) => {}
            _ => c.push("answer", ValidationError::Required),
        }
        c.finish()
    }
}

/// The 12-month rule: a new request for an advice beschut werk within 12 months of a
/// refused one goes only with an account of what changed (at least
/// [`CHANGED_MIN_CHARS`] characters). `earlier` are the resident's other requests; `on`
/// is the day of sending. Refused with [`ValidationError::RepeatTooSoon`] under
/// `circumstances_changed`, with the first day a request may go without one.
pub fn check_repeat(
    request: &UwvRequest,
    earlier: &[UwvRequest],
    on: NaiveDate,
) -> Result<(), ValidationErrors> {
    if request.kind != UwvRequestKind::BeschutWerk {
        return Ok(());
    }
    let last_refusal = earlier
        .iter()
        .filter(|r| r.id != request.id && r.kind == UwvRequestKind::BeschutWerk)
        .filter_map(|r| r.answer.as_ref())
        .filter(|a| a.outcome == UwvOutcome::Negative)
        .map(|a| a.received_on)
        .max();
    let Some(refused_on) = last_refusal else {
        return Ok(());
    };
    let free_from = refused_on
        .checked_add_months(Months::new(REPEAT_AFTER_MONTHS))
        .unwrap_or(NaiveDate::MAX);
    if on >= free_from {
        return Ok(());
    }
    let changed = request
        .circumstances_changed
        .as_deref()
        .map(str::trim)
        .unwrap_or_default();
    if changed.chars().count() >= CHANGED_MIN_CHARS {
        return Ok(());
    }
    Err(ValidationErrors::single(
        "circumstances_changed",
        ValidationError::RepeatTooSoon {
            from: format_date(free_from),
        },
    ))
}
