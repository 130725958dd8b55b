//! Why a match scored as it did, as [`Reason`]s (Fluent ids in `locales/*/matching.ftl`
//! with arguments formatted the Dutch way), each marked plus, minus, neutral or exclusion.
//!
//! Reasons are built from a [`Breakdown`] only when asked (for the matches a coach looks
//! at), so ranking thousands of workplaces allocates no strings.

use serde::{Deserialize, Serialize};

use super::DemandLevel;
use super::Indication;
use super::facts::level_rank;
use super::score::{Breakdown, Exclusion, Match, MatchComponent, OccupationFit, Travel};
use super::workplace::WorkplaceKind;
use crate::choice::choice_enum;
use crate::ids::{EmployerId, ResidentId, WorkplaceId};
use crate::reason::Reason;
use crate::resident::LanguageLevel;

/// Every reason id a match can give; `locales/*/matching.ftl` define exactly these.
pub const REASON_IDS: &[&str] = &[
    "match-occupation-wish",
    "match-occupation-experience",
    "match-occupation-unit-group",
    "match-occupation-minor-group",
    "match-occupation-unrelated",
    "match-occupation-unknown",
    "match-occupation-no-profile",
    "match-hours-enough",
    "match-hours",
    "match-hours-unknown",
    "match-travel-km",
    "match-travel-minutes",
    "match-travel-unknown",
    "match-days-all",
    "match-days-some",
    "match-days-unknown",
    "match-days-flexible",
    "match-support-none-needed",
    "match-support-available",
    "match-support-missing",
    "match-physical-ok",
    "match-physical-above",
    "match-mental-ok",
    "match-mental-above",
    "match-dutch-not-required",
    "match-dutch-ok",
    "match-dutch-below",
    "match-dutch-unknown",
    "match-kind-fits",
    "match-kind-regular-with-beschut-indication",
    "match-kind-aangepast-without-indication",
    "match-excluded-no-beschut-indication",
    "match-excluded-no-places",
    "match-excluded-closed",
    "match-excluded-physical",
    "match-excluded-mental",
    "match-excluded-too-far",
];

choice_enum! {
    /// How a reason weighs on a match.
    pub enum MatchEffect {
        /// Speaks for the match.
        Plus => ("plus", "match-effect-plus"),
        /// Speaks against it.
        Minus => ("minus", "match-effect-minus"),
        /// Worth knowing, for or against depends (often: something is not recorded).
        Neutral => ("neutral", "match-effect-neutral"),
        /// Rules the match out for now; the coach still sees it.
        Exclusion => ("exclusion", "match-effect-exclusion"),
    }
}

/// One reason of a match, with its effect and the points of its component.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct MatchReason {
    /// The component it explains; none for closed workplaces and taken places.
    pub component: Option<MatchComponent>,
    /// Plus, minus, neutral or exclusion.
    pub effect: MatchEffect,
    /// Points the component earned.
    pub points: u8,
    /// Points it could earn.
    pub max_points: u8,
    /// The words.
    pub reason: Reason,
}

/// A match with its reasons, as the UI shows it. Advice only: a coach decides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ExplainedMatch {
    /// The resident.
    pub resident_id: ResidentId,
    /// The workplace.
    pub workplace_id: WorkplaceId,
    /// Its employer.
    pub employer_id: EmployerId,
    /// 0 to 100.
    pub score: u8,
    /// True when an exclusion applies.
    pub excluded: bool,
    /// Distance between the PC4 centroids in metres, if known.
    pub distance_m: Option<u32>,
    /// Exclusions first, then one reason per component.
    pub reasons: Vec<MatchReason>,
}

impl Match {
    /// Why the match scored as it did: exclusions first, then one reason per component
    /// in [`MatchComponent::ALL`] order (a component's exclusion replaces its reason).
    pub fn reasons(&self) -> Vec<MatchReason> {
        self.breakdown.reasons()
    }

    /// The match with its reasons.
    pub fn explain(&self) -> ExplainedMatch {
        ExplainedMatch {
            resident_id: self.resident_id,
            workplace_id: self.workplace_id,
            employer_id: self.employer_id,
            score: self.score,
            excluded: self.excluded,
            distance_m: self.distance_m,
            reasons: self.reasons(),
        }
    }
}

impl Breakdown {
    /// See [`Match::reasons`].
    pub fn reasons(&self) -> Vec<MatchReason> {
        let mut out = Vec::with_capacity(MatchComponent::ALL.len() + 2);
        for e in self.exclusions() {
            let component = match e {
                Exclusion::NoBeschutIndication => Some(MatchComponent::Kind),
                Exclusion::PhysicalTooHeavy => Some(MatchComponent::Physical),
                Exclusion::MentalTooHeavy => Some(MatchComponent::Mental),
                Exclusion::TooFar => Some(MatchComponent::Travel),
                Exclusion::NoFreePlaces | Exclusion::Closed => None,
            };
            out.push(MatchReason {
                component,
                effect: MatchEffect::Exclusion,
                points: component.map_or(0, |c| self.points_of(c)),
                max_points: component.map_or(0, MatchComponent::max_points),
                reason: self.exclusion_reason(e),
            });
        }
        for c in MatchComponent::ALL {
            let replaced = self.exclusions().any(|e| match e {
                Exclusion::NoBeschutIndication => c == MatchComponent::Kind,
                Exclusion::PhysicalTooHeavy => c == MatchComponent::Physical,
                Exclusion::MentalTooHeavy => c == MatchComponent::Mental,
                Exclusion::TooFar => c == MatchComponent::Travel,
                Exclusion::NoFreePlaces | Exclusion::Closed => false,
            });
            if replaced {
                continue;
            }
            let (effect, reason) = self.component_reason(c);
            out.push(MatchReason {
                component: Some(c),
                effect,
                points: self.points_of(c),
                max_points: c.max_points(),
                reason,
            });
        }
        out
    }

    fn exclusion_reason(&self, e: Exclusion) -> Reason {
        match e {
            Exclusion::NoBeschutIndication => {
                Reason::new("match-excluded-no-beschut-indication", [])
            }
            Exclusion::NoFreePlaces => Reason::new(
                "match-excluded-no-places",
                [("places", self.places.to_string())],
            ),
            Exclusion::Closed => Reason::new("match-excluded-closed", []),
            Exclusion::PhysicalTooHeavy => demand_reason("match-excluded-physical", self.physical),
            Exclusion::MentalTooHeavy => demand_reason("match-excluded-mental", self.mental),
            Exclusion::TooFar => {
                let km = match self.travel {
                    Travel::Distance(m) => format_km(m),
                    Travel::Minutes(_) | Travel::Unknown => String::new(),
                };
                let max = self.max_travel_km.unwrap_or_default().to_string();
                Reason::new("match-excluded-too-far", [("km", km), ("max", max)])
            }
        }
    }

    fn component_reason(&self, c: MatchComponent) -> (MatchEffect, Reason) {
        use MatchEffect::{Minus, Neutral, Plus};
        let plain = |effect, id: &str| (effect, Reason::new(id, []));
        let counted = |effect, id: &str, available: u8, needed: u8| {
            let args = [
                ("available", available.to_string()),
                ("needed", needed.to_string()),
            ];
            (effect, Reason::new(id, args))
        };
        match c {
            MatchComponent::Occupation => match self.occupation {
                OccupationFit::Wish => plain(Plus, "match-occupation-wish"),
                OccupationFit::Experience => plain(Plus, "match-occupation-experience"),
                OccupationFit::UnitGroup(g) => {
                    let group = format!("{g:04}");
                    (
                        Plus,
                        Reason::new("match-occupation-unit-group", [("group", group)]),
                    )
                }
                OccupationFit::MinorGroup(g) => {
                    let group = format!("{g:03}");
                    (
                        Plus,
                        Reason::new("match-occupation-minor-group", [("group", group)]),
                    )
                }
                OccupationFit::Unrelated => plain(Minus, "match-occupation-unrelated"),
                OccupationFit::WorkplaceUnknown => plain(Neutral, "match-occupation-unknown"),
                OccupationFit::NoProfile => plain(Neutral, "match-occupation-no-profile"),
            },
            MatchComponent::Hours => match self.hours {
                (None, needed) => (
                    Neutral,
                    Reason::new("match-hours-unknown", [("needed", needed.to_string())]),
                ),
                (Some(a), needed) if a >= needed => counted(Plus, "match-hours-enough", a, needed),
                (Some(a), needed) => counted(Minus, "match-hours", a, needed),
            },
            MatchComponent::Travel => match self.travel {
                Travel::Distance(m) => {
                    let effect = effect_by(m, 10_000, 25_000);
                    (
                        effect,
                        Reason::new("match-travel-km", [("km", format_km(m))]),
                    )
                }
                Travel::Minutes(min) => {
                    let effect = effect_by(min.into(), 30, 60);
                    let args = [("minutes", min.to_string())];
                    (effect, Reason::new("match-travel-minutes", args))
                }
                Travel::Unknown => plain(Neutral, "match-travel-unknown"),
            },
            MatchComponent::Days => match self.days {
                (_, needed) if needed.is_empty() => plain(Neutral, "match-days-flexible"),
                (None, _) => plain(Neutral, "match-days-unknown"),
                (Some(a), needed) if a.and(needed) == needed => plain(Plus, "match-days-all"),
                (Some(a), needed) => {
                    counted(Minus, "match-days-some", a.and(needed).len(), needed.len())
                }
            },
            MatchComponent::Support => match self.support {
                (needed, _) if needed.is_empty() => plain(Neutral, "match-support-none-needed"),
                (needed, offered) if needed.and(offered) == needed => {
                    plain(Plus, "match-support-available")
                }
                (needed, offered) => counted(
                    Minus,
                    "match-support-missing",
                    needed.and(offered).len(),
                    needed.len(),
                ),
            },
            MatchComponent::Physical => capacity_reason("physical", self.physical),
            MatchComponent::Mental => capacity_reason("mental", self.mental),
            MatchComponent::Dutch => self.dutch_reason(),
            MatchComponent::Kind => match self.kind {
                (WorkplaceKind::Regulier, Some(Indication::BeschutWerk)) => {
                    plain(Minus, "match-kind-regular-with-beschut-indication")
                }
                (WorkplaceKind::Aangepast, None) => {
                    plain(Neutral, "match-kind-aangepast-without-indication")
                }
                (kind, _) => {
                    let args = [("kind", kind.as_str().to_owned())];
                    (Plus, Reason::new("match-kind-fits", args))
                }
            },
        }
    }

    fn dutch_reason(&self) -> (MatchEffect, Reason) {
        match self.dutch {
            (_, None) => (
                MatchEffect::Neutral,
                Reason::new("match-dutch-not-required", []),
            ),
            (None, Some(r)) => (
                MatchEffect::Neutral,
                Reason::new("match-dutch-unknown", [("required", level_arg(r))]),
            ),
            (Some(l), Some(r)) => {
                let args = [("level", level_arg(l)), ("required", level_arg(r))];
                if level_rank(l) >= level_rank(r) {
                    (MatchEffect::Plus, Reason::new("match-dutch-ok", args))
                } else {
                    (MatchEffect::Minus, Reason::new("match-dutch-below", args))
                }
            }
        }
    }
}

/// Plus up to `good`, neutral up to `fair`, minus beyond.
fn effect_by(value: u32, good: u32, fair: u32) -> MatchEffect {
    if value <= good {
        MatchEffect::Plus
    } else if value <= fair {
        MatchEffect::Neutral
    } else {
        MatchEffect::Minus
    }
}

fn capacity_reason(
    which: &str,
    (demand, capacity): (DemandLevel, DemandLevel),
) -> (MatchEffect, Reason) {
    if demand <= capacity {
        let id = format!("match-{which}-ok");
        let args = [("demand", demand.as_str().to_owned())];
        (MatchEffect::Plus, Reason::new(&id, args))
    } else {
        (
            MatchEffect::Minus,
            demand_reason(&format!("match-{which}-above"), (demand, capacity)),
        )
    }
}

fn demand_reason(id: &str, (demand, capacity): (DemandLevel, DemandLevel)) -> Reason {
    Reason::new(
        id,
        [
            ("demand", demand.as_str().to_owned()),
            ("capacity", capacity.as_str().to_owned()),
        ],
    )
}

/// A language level as a Fluent argument: "A1" ... "C2", or "native" (the texts say
/// "moedertaal" / "native speaker").
fn level_arg(level: LanguageLevel) -> String {
    match level {
        LanguageLevel::Native => "native".to_owned(),
        other => other.as_str().to_ascii_uppercase(),
    }
}

/// Kilometres the Dutch way: one decimal with a comma below 10 km ("2,5"; "3" for
/// 3,0), whole kilometres from 10 km ("14").
pub(crate) fn format_km(metres: u32) -> String {
    let tenths = (metres + 50) / 100;
    if tenths < 100 {
        match tenths % 10 {
            0 => (tenths / 10).to_string(),
            d => format!("{},{d}", tenths / 10),
        }
    } else {
        ((metres + 500) / 1000).to_string()
    }
}
