//! What management reports count, derived from one record: dates, codes and amounts of a
//! resident's traject, placements, decisions, absences and referrals. No names, no BSN, no
//! free text: a fact is all the reporting layer ever sees of a file.
//!
//! The server keeps one row per fact (`report_facts`); [`FactRow`] is that row and says
//! what each column means per kind.

use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::Value;
use uuid::Uuid;

use crate::entity::EntityKind;
use crate::matching::{ContractKind, PlacementEndReason};
use crate::request::referral::LifeDomain;
use crate::traject::{EndReason, TrajectState};
use crate::verzuim::VerzuimOutcome;

/// One countable fact of one resident.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact {
    /// A traject: referred (aangemeld) on `referred_on`, first intake, end.
    Traject {
        /// The coach of the traject (the team follows from the coach).
        coach: Option<Uuid>,
        /// The day of referral: the traject's start.
        referred_on: NaiveDate,
        /// The first day the traject went to intake.
        intake_on: Option<NaiveDate>,
        /// The day and reason it ended.
        ended: Option<(NaiveDate, EndReason)>,
    },
    /// A placement.
    Placement {
        /// First day.
        start: NaiveDate,
        /// Paid work: an employment contract, secondment or beschut werk (not a trial,
        /// learn-work or participation place).
        paid: bool,
        /// Last day and why.
        ended: Option<(NaiveDate, PlacementEndReason)>,
    },
    /// A loonkostensubsidie decision, with the estimated total (subsidy + allowance).
    Lks {
        /// The day of the decision.
        decided_on: NaiveDate,
        /// Granted (true) or refused.
        granted: bool,
        /// The estimate's total in cents.
        amount_cents: i64,
    },
    /// A decision on a verklaring 56+.
    Verklaring56 {
        /// The day of the decision.
        decided_on: NaiveDate,
        /// Granted (true) or refused.
        granted: bool,
    },
    /// An absence (verzuimcontrole), with its outcome once decided.
    Absence {
        /// The day of the absence.
        on: NaiveDate,
        /// What was decided.
        outcome: Option<VerzuimOutcome>,
    },
    /// A life-domain referral that was sent.
    Referral {
        /// The day it was sent.
        sent_on: NaiveDate,
        /// To which life domain.
        domain: LifeDomain,
    },
}

/// The kinds that give facts, as stored in `records.entity`.
pub const FACT_KINDS: [EntityKind; 6] = [
    EntityKind::Traject,
    EntityKind::Placement,
    EntityKind::LksDecision,
    EntityKind::Verklaring56Decision,
    EntityKind::Verzuim,
    EntityKind::Referral,
];

/// Contract kinds that are paid work.
pub fn is_paid(contract: ContractKind) -> bool {
    matches!(
        contract,
        ContractKind::Arbeidsovereenkomst
            | ContractKind::Detachering
            | ContractKind::BeschutDienstverband
    )
}

// Only the fields a fact needs; everything else in the document is ignored.
#[derive(Deserialize)]
struct Staff {
    id: Uuid,
}
#[derive(Deserialize)]
struct TrajectDoc {
    coach: Option<Staff>,
    started_on: NaiveDate,
    #[serde(default)]
    history: Vec<HistoryDoc>,
    end: Option<TrajectEndDoc>,
}
#[derive(Deserialize)]
struct HistoryDoc {
    to: TrajectState,
    on: NaiveDate,
}
#[derive(Deserialize)]
struct TrajectEndDoc {
    reason: EndReason,
    ended_on: NaiveDate,
}
#[derive(Deserialize)]
struct PlacementDoc {
    start: NaiveDate,
    contract: ContractKind,
    end: Option<PlacementEndDoc>,
}
#[derive(Deserialize)]
struct PlacementEndDoc {
    on: NaiveDate,
    reason: PlacementEndReason,
}
#[derive(Deserialize)]
struct DecidedDoc {
    decided_on: NaiveDate,
    outcome: String,
    estimate: Option<EstimateDoc>,
}
#[derive(Deserialize)]
struct EstimateDoc {
    total_cents: i64,
}
#[derive(Deserialize)]
struct VerzuimDoc {
    absence: AbsenceDoc,
    decision: Option<VerzuimDecisionDoc>,
}
#[derive(Deserialize)]
struct AbsenceDoc {
    on: NaiveDate,
}
#[derive(Deserialize)]
struct VerzuimDecisionDoc {
    outcome: VerzuimOutcome,
}
#[derive(Deserialize)]
struct ReferralDoc {
    domain: LifeDomain,
    life: LifeDoc,
}
#[derive(Deserialize)]
struct LifeDoc {
    sent: Option<SentDoc>,
}
#[derive(Deserialize)]
struct SentDoc {
    on: NaiveDate,
}

impl Fact {
    /// The fact a record of `kind` gives, if any: `None` for kinds that are not counted,
    /// a referral not yet sent, or a document that does not have the expected shape.
    pub fn of(kind: EntityKind, doc: &Value) -> Option<Fact> {
        match kind {
            EntityKind::Traject => {
                let t = TrajectDoc::deserialize(doc).ok()?;
                let intake_on = t
                    .history
                    .iter()
                    .filter(|h| h.to == TrajectState::Intake)
                    .map(|h| h.on)
                    .min();
                Some(Fact::Traject {
                    coach: t.coach.map(|c| c.id),
                    referred_on: t.started_on,
                    intake_on,
                    ended: t.end.map(|e| (e.ended_on, e.reason)),
                })
            }
            EntityKind::Placement => {
                let p = PlacementDoc::deserialize(doc).ok()?;
                Some(Fact::Placement {
                    start: p.start,
                    paid: is_paid(p.contract),
                    ended: p.end.map(|e| (e.on, e.reason)),
                })
            }
            EntityKind::LksDecision => {
                let d = DecidedDoc::deserialize(doc).ok()?;
                Some(Fact::Lks {
                    decided_on: d.decided_on,
                    granted: d.outcome == "granted",
                    amount_cents: d.estimate.map_or(0, |e| e.total_cents),
                })
            }
            EntityKind::Verklaring56Decision => {
                let d = DecidedDoc::deserialize(doc).ok()?;
                Some(Fact::Verklaring56 {
                    decided_on: d.decided_on,
                    granted: d.outcome == "granted",
                })
            }
            EntityKind::Verzuim => {
                let v = VerzuimDoc::deserialize(doc).ok()?;
                Some(Fact::Absence {
                    on: v.absence.on,
                    outcome: v.decision.map(|d| d.outcome),
                })
            }
            EntityKind::Referral => {
                let r = ReferralDoc::deserialize(doc).ok()?;
                Some(Fact::Referral {
                    sent_on: r.life.sent?.on,
                    domain: r.domain,
                })
            }
            _ => None,
        }
    }

    /// The fact as a `report_facts` row (without its record's ids).
    pub fn to_row(&self) -> FactRow {
        let mut row = FactRow::default();
        match *self {
            Fact::Traject {
                coach,
                referred_on,
                intake_on,
                ended,
            } => {
                row.coach_id = coach;
                row.first_on = Some(referred_on);
                row.second_on = intake_on;
                row.third_on = ended.map(|e| e.0);
                row.code = ended.map(|e| e.1.as_str().to_owned());
            }
            Fact::Placement { start, paid, ended } => {
                row.first_on = Some(start);
                row.flag = paid;
                row.second_on = ended.map(|e| e.0);
                row.code = ended.map(|e| e.1.as_str().to_owned());
            }
            Fact::Lks {
                decided_on,
                granted,
                amount_cents,
            } => {
                row.first_on = Some(decided_on);
                row.flag = granted;
                row.amount_cents = Some(amount_cents);
            }
            Fact::Verklaring56 {
                decided_on,
                granted,
            } => {
                row.first_on = Some(decided_on);
                row.flag = granted;
            }
            Fact::Absence { on, outcome } => {
                row.first_on = Some(on);
                row.code = outcome.map(|o| o.as_str().to_owned());
            }
            Fact::Referral { sent_on, domain } => {
                row.first_on = Some(sent_on);
                row.code = Some(domain.as_str().to_owned());
            }
        }
        row
    }

    /// The fact back from its row; `None` when the row does not fit the kind.
    pub fn from_row(kind: EntityKind, row: &FactRow) -> Option<Fact> {
        let first = row.first_on?;
        let code = row.code.as_deref();
        Some(match kind {
            EntityKind::Traject => Fact::Traject {
                coach: row.coach_id,
                referred_on: first,
                intake_on: row.second_on,
                ended: match (row.third_on, code) {
                    (Some(on), Some(c)) => Some((on, EndReason::parse(c)?)),
                    _ => None,
                },
            },
            EntityKind::Placement => Fact::Placement {
                start: first,
                paid: row.flag,
                ended: match (row.second_on, code) {
                    (Some(on), Some(c)) => Some((on, PlacementEndReason::parse(c)?)),
                    _ => None,
                },
            },
            EntityKind::LksDecision => Fact::Lks {
                decided_on: first,
                granted: row.flag,
                amount_cents: row.amount_cents.unwrap_or(0),
            },
            EntityKind::Verklaring56Decision => Fact::Verklaring56 {
                decided_on: first,
                granted: row.flag,
            },
            EntityKind::Verzuim => Fact::Absence {
                on: first,
                outcome: code.and_then(VerzuimOutcome::parse),
            },
            EntityKind::Referral => Fact::Referral {
                sent_on: first,
                domain: LifeDomain::parse(code?)?,
            },
            _ => return None,
        })
    }
}

/// One `report_facts` row. Per kind:
///
/// | kind | coach_id | first_on | second_on | third_on | code | flag | amount_cents |
/// |---|---|---|---|---|---|---|---|
/// | traject | coach | referred | first intake | ended | end reason | | |
/// | placement | | start | end | | end reason | paid | |
/// | lks_decision | | decided | | | | granted | estimate total |
/// | verklaring56_decision | | decided | | | | granted | |
/// | verzuim | | absent | | | outcome | | |
/// | referral | | sent | | | life domain | | |
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FactRow {
    /// See the table.
    pub coach_id: Option<Uuid>,
    /// See the table (always set for a stored fact).
    pub first_on: Option<NaiveDate>,
    /// See the table.
    pub second_on: Option<NaiveDate>,
    /// See the table.
    pub third_on: Option<NaiveDate>,
    /// See the table.
    pub code: Option<String>,
    /// See the table.
    pub flag: bool,
    /// See the table.
    pub amount_cents: Option<i64>,
}
