//! The management report: every indicator of DOMAIN.md ("Management information") for
//! one team (or all) and a period of months, counted from the facts, small cells hidden.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Months, NaiveDate};
use uuid::Uuid;

use super::builder::{Builder, Pending};
use super::fact::Fact;
use super::population::{Lasting, Resident, ResidentFacts};
use super::sheet::{Sheet, THRESHOLD};
use super::survey::{SurveyData, survey_tables};
use super::table::{Chart, ManagementReport};
use crate::request::referral::LifeDomain;
use crate::traject::EndReason;
use crate::verzuim::VerzuimOutcome;

/// The longest period a report covers, in months.
pub const MAX_MONTHS: u32 = 60;

/// Which months, and the day the figures are of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    from: NaiveDate,
    as_of: NaiveDate,
    /// The first day of each month.
    firsts: Vec<NaiveDate>,
    /// The last day counted in each month.
    ends: Vec<NaiveDate>,
}

/// Why a period cannot be reported on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    /// The last month lies before the first.
    #[error("the period ends before it starts")]
    Reversed,
    /// More than [`MAX_MONTHS`] months.
    #[error("a report covers at most {MAX_MONTHS} months")]
    TooLong,
    /// The period begins after the day of the figures.
    #[error("the period lies in the future")]
    Future,
}

impl Period {
    /// The months of `from` up to and including the month of `to`, as of `as_of`.
    pub fn new(from: NaiveDate, to: NaiveDate, as_of: NaiveDate) -> Result<Self, PeriodError> {
        let from = first_of_month(from);
        let to = first_of_month(to);
        if to < from {
            return Err(PeriodError::Reversed);
        }
        if from > as_of {
            return Err(PeriodError::Future);
        }
        let months = month_number(to) - month_number(from) + 1;
        if months > MAX_MONTHS as i32 {
            return Err(PeriodError::TooLong);
        }
        let firsts: Vec<NaiveDate> = (0..months as u32)
            .filter_map(|i| from.checked_add_months(Months::new(i)))
            .collect();
        let ends = firsts
            .iter()
            .map(|first| {
                let last = first
                    .checked_add_months(Months::new(1))
                    .and_then(|d| d.pred_opt())
                    .unwrap_or(*first);
                last.min(as_of)
            })
            .collect();
        Ok(Self {
            from,
            as_of,
            firsts,
            ends,
        })
    }

    /// The first day of each month.
    pub fn months(&self) -> Vec<NaiveDate> {
        self.firsts.clone()
    }

    /// How many months.
    pub fn len(&self) -> usize {
        self.firsts.len()
    }

    /// Never: a period has at least one month.
    pub fn is_empty(&self) -> bool {
        self.firsts.is_empty()
    }

    /// `yyyy-mm` of each month.
    pub fn labels(&self) -> Vec<String> {
        self.months()
            .iter()
            .map(|m| m.format("%Y-%m").to_string())
            .collect()
    }

    /// Which month `day` falls in, if in the period.
    pub fn index(&self, day: NaiveDate) -> Option<usize> {
        let i = month_number(day) - month_number(self.from);
        (0..self.firsts.len() as i32)
            .contains(&i)
            .then_some(i as usize)
    }

    /// The day the figures are of.
    pub fn as_of(&self) -> NaiveDate {
        self.as_of
    }

    /// The last day counted in month `i`: its last day, or the day of the figures.
    pub fn end_of(&self, i: usize) -> NaiveDate {
        self.ends[i]
    }
}

fn month_number(d: NaiveDate) -> i32 {
    d.year() * 12 + d.month0() as i32
}

/// The first day of `d`'s month.
pub fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

/// Whose figures: one team or every team, and the names for the per-coach or per-team
/// table.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    /// The team; `None`: every team.
    pub team: Option<Uuid>,
    /// Coach → team.
    pub team_of: HashMap<Uuid, Uuid>,
    /// Coach → name (for caseload per coach).
    pub coach_names: HashMap<Uuid, String>,
    /// Team → name.
    pub team_names: BTreeMap<Uuid, String>,
}

impl Scope {
    fn counts(&self, coach: Option<Uuid>) -> bool {
        match self.team {
            None => true,
            Some(team) => coach.and_then(|c| self.team_of.get(&c)) == Some(&team),
        }
    }
}

/// A report and the sheet behind it (the tests check the sheet).
#[derive(Debug, Clone)]
pub struct Computed {
    /// What is published.
    pub report: ManagementReport,
    /// Every count, with what is shown of it and how they add up.
    pub sheet: Sheet,
}

/// Count everything.
pub fn compute(
    residents: &[ResidentFacts],
    survey: &SurveyData,
    scope: &Scope,
    period: &Period,
) -> Computed {
    let residents: Vec<Resident> = residents.iter().map(Resident::of).collect();
    let n = period.len();
    let labels = period.labels();
    let mut b = Builder::default();
    caseload(&mut b, &residents, scope, period);
    let zero = || vec![0u64; n];
    // Inflow and ends.
    let mut inflow = zero();
    let mut ended: BTreeMap<EndReason, Vec<u64>> =
        EndReason::ALL.iter().map(|r| (*r, zero())).collect();
    for r in &residents {
        for t in r.trajecten.iter().filter(|t| scope.counts(t.coach)) {
            if let Some(i) = period.index(t.referred_on) {
                inflow[i] += 1;
            }
            if let Some((on, why)) = t.ended
                && let (Some(i), Some(row)) = (period.index(on), ended.get_mut(&why))
            {
                row[i] += 1;
            }
        }
    }
    let bars = Some(Chart::BarsPerMonth);
    b.additive(
        "report-table-inflow",
        &labels,
        vec![("report-row-inflow".into(), inflow)],
        false,
        bars,
    );
    let rows = ended
        .into_iter()
        .map(|(k, v)| (k.message_id().to_owned(), v))
        .collect();
    b.additive("report-table-ended", &labels, rows, true, None);
    placements(&mut b, &residents, scope, period);
    durations(&mut b, &residents, scope, period);
    decisions(&mut b, &residents, scope, period);
    survey_tables(&mut b, survey, scope.team, period);
    funnel(&mut b, &residents, scope, period);
    let (tables, sheet) = b.finish();
    let report = ManagementReport {
        team: scope.team.and_then(|t| scope.team_names.get(&t).cloned()),
        from: labels.first().cloned().unwrap_or_default(),
        to: labels.last().cloned().unwrap_or_default(),
        as_of: period.as_of(),
        threshold: THRESHOLD,
        tables,
    };
    Computed { report, sheet }
}

/// Open trajecten at each month's end; at the period's end per coach (one team) or per
/// team (every team), adding up to the last month's figure.
fn caseload(b: &mut Builder, residents: &[Resident], scope: &Scope, period: &Period) {
    let n = period.len();
    let mut per_month = vec![0u64; n];
    let last_day = period.end_of(n - 1);
    let mut at_end: BTreeMap<Option<Uuid>, u64> = BTreeMap::new();
    for r in residents {
        for t in r.trajecten.iter().filter(|t| scope.counts(t.coach)) {
            for (i, count) in per_month.iter_mut().enumerate() {
                if t.open_on(period.end_of(i)) {
                    *count += 1;
                }
            }
            if t.open_on(last_day) {
                let key = match scope.team {
                    Some(_) => t.coach,
                    None => t.coach.and_then(|c| scope.team_of.get(&c).copied()),
                };
                *at_end.entry(key).or_default() += 1;
            }
        }
    }
    b.table(
        "report-table-caseload",
        period.labels(),
        Some(Chart::BarsPerMonth),
    );
    let cells: Vec<usize> = per_month.iter().map(|&v| b.sheet.count(v)).collect();
    b.row(
        "report-row-caseload",
        None,
        cells.iter().map(|&c| Pending::Count(c)).collect(),
    );
    let (id, row_id, names) = match scope.team {
        Some(_) => (
            "report-table-caseload-by-coach",
            "report-row-coach",
            &scope.coach_names,
        ),
        None => (
            "report-table-caseload-by-team",
            "report-row-team",
            &HashMap::new(),
        ),
    };
    b.table(id, vec!["report-column-at-end".into()], None);
    let mut rows: Vec<(Option<String>, u64)> = at_end
        .iter()
        .map(|(key, v)| {
            let name = key.and_then(|k| match scope.team {
                Some(_) => names.get(&k).cloned(),
                None => scope.team_names.get(&k).cloned(),
            });
            (name, *v)
        })
        .collect();
    rows.sort();
    let mut members = Vec::new();
    for (name, v) in rows {
        let c = b.sheet.count(v);
        members.push(c);
        let id = if name.is_some() {
            row_id
        } else {
            "report-row-unknown"
        };
        b.row(id, name, vec![Pending::Count(c)]);
    }
    let total = cells[n - 1];
    b.sheet.group(members, total);
    b.row("report-row-total", None, vec![Pending::Count(total)]);
}

/// Paid placements begun per month, and whether the resident still worked 6 and 12
/// months later (not yet known: counted, never shown).
fn placements(b: &mut Builder, residents: &[Resident], scope: &Scope, period: &Period) {
    let n = period.len();
    let mut placed = vec![0u64; n];
    let mut lasting = [
        [vec![0u64; n], vec![0u64; n], vec![0u64; n]],
        [vec![0u64; n], vec![0u64; n], vec![0u64; n]],
    ];
    for r in residents {
        for p in r.placements.iter().filter(|p| p.paid) {
            let Some(i) = period.index(p.start) else {
                continue;
            };
            if !scope.counts(r.coach_on(p.start)) {
                continue;
            }
            placed[i] += 1;
            for (k, months) in [6, 12].into_iter().enumerate() {
                let slot = match r.lasting(p.start, months, period.as_of()) {
                    Lasting::Working => 0,
                    Lasting::Stopped => 1,
                    Lasting::NotYet => 2,
                };
                lasting[k][slot][i] += 1;
            }
        }
    }
    let mut columns = period.labels();
    columns.push("report-column-total".into());
    b.table(
        "report-table-placements",
        columns,
        Some(Chart::BarsPerMonth),
    );
    let placed_cells = b.counted_row(&placed);
    b.row(
        "report-row-placed",
        None,
        placed_cells.iter().map(|&c| Pending::Count(c)).collect(),
    );
    for (k, months) in [6, 12].into_iter().enumerate() {
        let working = b.counted_row(&lasting[k][0]);
        let stopped = b.counted_row(&lasting[k][1]);
        let not_yet = b.unshown_row(&lasting[k][2]);
        for col in 0..=n {
            b.sheet.group(
                vec![working[col], stopped[col], not_yet[col]],
                placed_cells[col],
            );
        }
        for (id, cells) in [("working", &working), ("stopped", &stopped)] {
            b.row(
                format!("report-row-{id}-{months}"),
                None,
                cells.iter().map(|&c| Pending::Count(c)).collect(),
            );
        }
    }
}

/// Median days from referral to intake, and to the first placement, by the month the
/// intake (placement) happened.
fn durations(b: &mut Builder, residents: &[Resident], scope: &Scope, period: &Period) {
    let n = period.len();
    let mut to_intake: Vec<Vec<i64>> = vec![Vec::new(); n];
    let mut to_placement: Vec<Vec<i64>> = vec![Vec::new(); n];
    for r in residents {
        for t in r.trajecten.iter().filter(|t| scope.counts(t.coach)) {
            if let Some(on) = t.intake_on
                && let Some(i) = period.index(on)
            {
                to_intake[i].push((on - t.referred_on).num_days());
            }
            if let Some(p) = r.first_placement_in(t)
                && let Some(i) = period.index(p.start)
            {
                to_placement[i].push((p.start - t.referred_on).num_days());
            }
        }
    }
    let mut columns = period.labels();
    columns.push("report-column-total".into());
    b.table("report-table-durations", columns, None);
    for (id, mut per_month) in [
        ("report-row-referral-to-intake", to_intake),
        ("report-row-referral-to-placement", to_placement),
    ] {
        let all: Vec<i64> = per_month.iter().flatten().copied().collect();
        per_month.push(all);
        let cells = per_month
            .iter_mut()
            .map(|days| Pending::Days {
                median: median(days),
                n: days.len() as u64,
            })
            .collect();
        b.row(id, None, cells);
    }
}

/// The median (the lower middle of an even count), in whole days.
pub fn median(values: &mut [i64]) -> Option<u32> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    u32::try_from(values[(values.len() - 1) / 2].max(0)).ok()
}

/// LKS and 56+ decisions, absences and referrals per month.
fn decisions(b: &mut Builder, residents: &[Resident], scope: &Scope, period: &Period) {
    let n = period.len();
    let labels = period.labels();
    let zero = || vec![0u64; n];
    let (mut lks, mut lks_cents, mut v56) = ([zero(), zero()], vec![0i64; n + 1], [zero(), zero()]);
    let mut absences: BTreeMap<Option<VerzuimOutcome>, Vec<u64>> = VerzuimOutcome::ALL
        .iter()
        .map(|o| Some(*o))
        .chain([None])
        .map(|k| (k, zero()))
        .collect();
    let mut referrals: BTreeMap<LifeDomain, Vec<u64>> =
        LifeDomain::ALL.iter().map(|d| (*d, zero())).collect();
    for r in residents {
        for fact in &r.others {
            let day = match fact {
                Fact::Lks { decided_on, .. } | Fact::Verklaring56 { decided_on, .. } => *decided_on,
                Fact::Absence { on, .. } => *on,
                Fact::Referral { sent_on, .. } => *sent_on,
                _ => continue,
            };
            let Some(i) = period.index(day) else { continue };
            if !scope.counts(r.coach_on(day)) {
                continue;
            }
            match *fact {
                Fact::Lks {
                    granted,
                    amount_cents,
                    ..
                } => {
                    lks[usize::from(!granted)][i] += 1;
                    if granted {
                        lks_cents[i] += amount_cents;
                        lks_cents[n] += amount_cents;
                    }
                }
                Fact::Verklaring56 { granted, .. } => v56[usize::from(!granted)][i] += 1,
                Fact::Absence { outcome, .. } => {
                    if let Some(row) = absences.get_mut(&outcome) {
                        row[i] += 1;
                    }
                }
                Fact::Referral { domain, .. } => {
                    if let Some(row) = referrals.get_mut(&domain) {
                        row[i] += 1;
                    }
                }
                _ => {}
            }
        }
    }
    let [granted, refused] = lks;
    let cells = b.additive(
        "report-table-lks",
        &labels,
        vec![
            ("lks-outcome-granted".into(), granted),
            ("lks-outcome-refused".into(), refused),
        ],
        true,
        None,
    );
    let amounts = lks_cents
        .iter()
        .zip(&cells[0])
        .map(|(&cents, &of)| Pending::Amount { cents, of })
        .collect();
    b.row("report-row-lks-amount", None, amounts);
    let [granted, refused] = v56;
    b.additive(
        "report-table-verklaring56",
        &labels,
        vec![
            ("decision-granted".into(), granted),
            ("decision-refused".into(), refused),
        ],
        true,
        None,
    );
    let rows = absences
        .into_iter()
        .map(|(k, v)| {
            let id = k.map_or("report-row-undecided", |o| o.message_id());
            (id.to_owned(), v)
        })
        .collect();
    b.additive("report-table-absences", &labels, rows, true, None);
    let rows = referrals
        .into_iter()
        .map(|(k, v)| (k.message_id().to_owned(), v))
        .collect();
    b.additive("report-table-referrals", &labels, rows, true, None);
}

/// Trajecten referred in the period, and how far each came: intake, a placement, paid
/// work, still working 6 months later. Each stage is part of the one before, so every
/// drop between two stages is a (never shown) cell too.
fn funnel(b: &mut Builder, residents: &[Resident], scope: &Scope, period: &Period) {
    let mut stages = [0u64; 5];
    for r in residents {
        for t in r.trajecten.iter().filter(|t| scope.counts(t.coach)) {
            if period.index(t.referred_on).is_none() {
                continue;
            }
            let placements: Vec<_> = r
                .placements
                .iter()
                .filter(|p| p.start >= t.referred_on && t.ended.is_none_or(|(on, _)| p.start <= on))
                .collect();
            let reached = [
                true,
                t.intake_on.is_some(),
                !placements.is_empty(),
                placements.iter().any(|p| p.paid),
                placements
                    .iter()
                    .any(|p| p.paid && r.lasting(p.start, 6, period.as_of()) == Lasting::Working),
            ];
            let depth = reached.iter().take_while(|x| **x).count();
            for s in stages.iter_mut().take(depth) {
                *s += 1;
            }
        }
    }
    b.table(
        "report-table-funnel",
        vec!["report-column-period".into()],
        Some(Chart::Funnel),
    );
    let ids = [
        "report-row-referred",
        "report-row-intake",
        "report-row-placed-any",
        "report-row-paid",
        "report-row-working-6",
    ];
    let cells: Vec<usize> = stages.iter().map(|&v| b.sheet.count(v)).collect();
    for k in 0..stages.len() - 1 {
        let dropped = b.sheet.unshown(stages[k] - stages[k + 1]);
        b.sheet.group(vec![cells[k + 1], dropped], cells[k]);
    }
    for (id, c) in ids.iter().zip(&cells) {
        b.row(*id, None, vec![Pending::Count(*c)]);
    }
}
