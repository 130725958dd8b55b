//! Management reports on generated populations (thousands of residents over two years):
//! every published number matches a straightforward recount from the generator's own
//! model, no published count is under 5, and no total minus the shown cells reveals a
//! hidden group under 5.
//!
//! Seeds: `REPORT_SEEDS=1,2,3` (default 1..=4); residents: `REPORT_RESIDENTS` (3000).

use std::collections::{BTreeMap, HashMap};

use chrono::{Days, Months, NaiveDate};
use uuid::Uuid;
use werkpad_domain::matching::PlacementEndReason;
use werkpad_domain::report::{
    Cell, Fact, ManagementReport, Period, ResidentFacts, Scope, SurveyData, SurveyResponses,
    SurveyTally, THRESHOLD, compute,
};
use werkpad_domain::request::referral::LifeDomain;
use werkpad_domain::traject::EndReason;
use werkpad_domain::verzuim::VerzuimOutcome;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

// The generator's model of a resident: plain data, counted below without the crate.
struct MTraject {
    coach: Uuid,
    referred: NaiveDate,
    intake: Option<NaiveDate>,
    ended: Option<(NaiveDate, EndReason)>,
}
struct MPlacement {
    start: NaiveDate,
    paid: bool,
    end: Option<(NaiveDate, PlacementEndReason)>,
}
#[derive(Default)]
struct MResident {
    trajecten: Vec<MTraject>,
    placements: Vec<MPlacement>,
    lks: Vec<(NaiveDate, bool, i64)>,
    v56: Vec<(NaiveDate, bool)>,
    absences: Vec<(NaiveDate, Option<VerzuimOutcome>)>,
    referrals: Vec<(NaiveDate, LifeDomain)>,
}

fn day(start: NaiveDate, offset: u64) -> NaiveDate {
    start.checked_add_days(Days::new(offset)).expect("date")
}

fn generate(rng: &mut Rng, count: usize, coaches: &[Uuid], start: NaiveDate) -> Vec<MResident> {
    (0..count)
        .map(|_| {
            let mut r = MResident::default();
            let mut at = day(start, rng.below(700));
            for _ in 0..1 + rng.below(2) {
                let coach = coaches[rng.below(coaches.len() as u64) as usize];
                let intake = rng.chance(85).then(|| day(at, 3 + rng.below(40)));
                let ends = rng.chance(55);
                let ended_on = day(at, 60 + rng.below(400));
                let reason = EndReason::ALL[rng.below(3) as usize];
                if intake.is_some() && rng.chance(60) {
                    let start = day(intake.unwrap_or(at), 10 + rng.below(120));
                    let end = rng.chance(45).then(|| {
                        let why = PlacementEndReason::ALL[rng.below(7) as usize];
                        (day(start, 20 + rng.below(500)), why)
                    });
                    r.placements.push(MPlacement {
                        start,
                        paid: rng.chance(70),
                        end,
                    });
                    if rng.chance(40) {
                        r.lks.push((
                            day(start, rng.below(20)),
                            rng.chance(80),
                            50_000 + rng.below(2_000_000) as i64,
                        ));
                    }
                }
                if rng.chance(15) {
                    r.v56.push((day(at, rng.below(90)), rng.chance(70)));
                }
                for _ in 0..rng.below(3) {
                    let outcome = rng
                        .chance(70)
                        .then(|| VerzuimOutcome::ALL[rng.below(3) as usize]);
                    r.absences.push((day(at, rng.below(300)), outcome));
                }
                if rng.chance(30) {
                    r.referrals.push((
                        day(at, rng.below(200)),
                        LifeDomain::ALL[rng.below(4) as usize],
                    ));
                }
                r.trajecten.push(MTraject {
                    coach,
                    referred: at,
                    intake,
                    ended: ends.then_some((ended_on, reason)),
                });
                if !ends {
                    break;
                }
                at = day(ended_on, 1 + rng.below(200));
            }
            r
        })
        .collect()
}

fn facts(r: &MResident) -> ResidentFacts {
    let mut facts = Vec::new();
    for t in &r.trajecten {
        facts.push(Fact::Traject {
            coach: Some(t.coach),
            referred_on: t.referred,
            intake_on: t.intake,
            ended: t.ended,
        });
    }
    for p in &r.placements {
        facts.push(Fact::Placement {
            start: p.start,
            paid: p.paid,
            ended: p.end,
        });
    }
    for &(decided_on, granted, amount_cents) in &r.lks {
        facts.push(Fact::Lks {
            decided_on,
            granted,
            amount_cents,
        });
    }
    for &(decided_on, granted) in &r.v56 {
        facts.push(Fact::Verklaring56 {
            decided_on,
            granted,
        });
    }
    for &(on, outcome) in &r.absences {
        facts.push(Fact::Absence { on, outcome });
    }
    for &(sent_on, domain) in &r.referrals {
        facts.push(Fact::Referral { sent_on, domain });
    }
    ResidentFacts {
        resident: Uuid::now_v7(),
        facts,
    }
}

// ---- The straightforward recount --------------------------------------------------------

struct Recount<'a> {
    people: &'a [MResident],
    team: Option<Uuid>,
    team_of: &'a HashMap<Uuid, Uuid>,
    months: Vec<NaiveDate>,
    as_of: NaiveDate,
}

impl Recount<'_> {
    fn ours(&self, coach: Uuid) -> bool {
        self.team
            .is_none_or(|t| self.team_of.get(&coach) == Some(&t))
    }
    fn month_of(&self, d: NaiveDate) -> Option<usize> {
        self.months
            .iter()
            .position(|m| d >= *m && d < *m + Months::new(1))
    }
    fn last_day(&self, i: usize) -> NaiveDate {
        (self.months[i] + Months::new(1) - Days::new(1)).min(self.as_of)
    }
    fn coach_on(r: &MResident, d: NaiveDate) -> Uuid {
        let mut best: Option<&MTraject> = None;
        for t in &r.trajecten {
            let covers = t.referred <= d && t.ended.is_none_or(|(e, _)| d <= e);
            if covers && best.is_none_or(|b| t.referred >= b.referred) {
                best = Some(t);
            }
        }
        if best.is_none() {
            for t in &r.trajecten {
                if t.referred <= d && best.is_none_or(|b| t.referred >= b.referred) {
                    best = Some(t);
                }
            }
        }
        best.or(r.trajecten.iter().min_by_key(|t| t.referred))
            .expect("a traject")
            .coach
    }
    fn working(r: &MResident, d: NaiveDate) -> bool {
        r.placements
            .iter()
            .any(|p| p.paid && p.start <= d && p.end.is_none_or(|(e, _)| d <= e))
    }
    /// Some(true): working; Some(false): stopped; None: not yet.
    fn lasting(&self, r: &MResident, start: NaiveDate, months: u32) -> Option<bool> {
        let moment = start + Months::new(months);
        if moment > self.as_of {
            return None;
        }
        let moved_on = r.placements.iter().any(|p| {
            p.start >= start
                && matches!(p.end, Some((e, PlacementEndReason::DoorstroomRegulier)) if e <= moment)
        });
        Some(moved_on || Self::working(r, moment))
    }

    /// The true value of (table, row, column); `None` for cells that are not counts.
    fn count(&self, table: &str, row: &str, column: &str) -> Option<u64> {
        let col = if column == "report-column-total" || column == "report-column-period" {
            None
        } else {
            Some(
                self.months
                    .iter()
                    .position(|m| m.format("%Y-%m").to_string() == column)?,
            )
        };
        let in_col = |d: NaiveDate| match col {
            Some(i) => self.month_of(d) == Some(i),
            None => self.month_of(d).is_some(),
        };
        let mut n = 0u64;
        for r in self.people {
            match table {
                "report-table-caseload" => {
                    let end = self.last_day(col?);
                    n += r
                        .trajecten
                        .iter()
                        .filter(|t| {
                            self.ours(t.coach)
                                && t.referred <= end
                                && t.ended.is_none_or(|(e, _)| e > end)
                        })
                        .count() as u64;
                }
                "report-table-inflow" => {
                    n += r
                        .trajecten
                        .iter()
                        .filter(|t| self.ours(t.coach) && in_col(t.referred))
                        .count() as u64;
                }
                "report-table-ended" => {
                    for t in r.trajecten.iter().filter(|t| self.ours(t.coach)) {
                        if let Some((e, why)) = t.ended
                            && in_col(e)
                            && (row == "report-row-total" || row == why.message_id())
                        {
                            n += 1;
                        }
                    }
                }
                "report-table-placements" => {
                    for p in r.placements.iter().filter(|p| p.paid && in_col(p.start)) {
                        if !self.ours(Self::coach_on(r, p.start)) {
                            continue;
                        }
                        let hit = match row {
                            "report-row-placed" => true,
                            "report-row-working-6" => self.lasting(r, p.start, 6) == Some(true),
                            "report-row-stopped-6" => self.lasting(r, p.start, 6) == Some(false),
                            "report-row-working-12" => self.lasting(r, p.start, 12) == Some(true),
                            "report-row-stopped-12" => self.lasting(r, p.start, 12) == Some(false),
                            _ => panic!("row {row}"),
                        };
                        n += u64::from(hit);
                    }
                }
                "report-table-lks" => {
                    for &(d, granted, _) in &r.lks {
                        let want = match row {
                            "lks-outcome-granted" => Some(true),
                            "lks-outcome-refused" => Some(false),
                            "report-row-total" => None,
                            _ => return None,
                        };
                        if in_col(d)
                            && self.ours(Self::coach_on(r, d))
                            && want.is_none_or(|w| w == granted)
                        {
                            n += 1;
                        }
                    }
                }
                "report-table-verklaring56" => {
                    for &(d, granted) in &r.v56 {
                        let want = match row {
                            "decision-granted" => Some(true),
                            "decision-refused" => Some(false),
                            _ => None,
                        };
                        if in_col(d)
                            && self.ours(Self::coach_on(r, d))
                            && want.is_none_or(|w| w == granted)
                        {
                            n += 1;
                        }
                    }
                }
                "report-table-absences" => {
                    for &(d, outcome) in &r.absences {
                        let id = outcome.map_or("report-row-undecided", |o| o.message_id());
                        if in_col(d)
                            && self.ours(Self::coach_on(r, d))
                            && (row == "report-row-total" || row == id)
                        {
                            n += 1;
                        }
                    }
                }
                "report-table-referrals" => {
                    for &(d, domain) in &r.referrals {
                        if in_col(d)
                            && self.ours(Self::coach_on(r, d))
                            && (row == "report-row-total" || row == domain.message_id())
                        {
                            n += 1;
                        }
                    }
                }
                "report-table-funnel" => {
                    for t in r
                        .trajecten
                        .iter()
                        .filter(|t| self.ours(t.coach) && in_col(t.referred))
                    {
                        let inside: Vec<&MPlacement> = r
                            .placements
                            .iter()
                            .filter(|p| {
                                p.start >= t.referred && t.ended.is_none_or(|(e, _)| p.start <= e)
                            })
                            .collect();
                        let intake = t.intake.is_some();
                        let placed = intake && !inside.is_empty();
                        let paid = placed && inside.iter().any(|p| p.paid);
                        let working = paid
                            && inside
                                .iter()
                                .any(|p| p.paid && self.lasting(r, p.start, 6) == Some(true));
                        n += u64::from(match row {
                            "report-row-referred" => true,
                            "report-row-intake" => intake,
                            "report-row-placed-any" => placed,
                            "report-row-paid" => paid,
                            "report-row-working-6" => working,
                            _ => panic!("row {row}"),
                        });
                    }
                }
                _ => return None,
            }
        }
        Some(n)
    }

    fn median(&self, row: &str, column: &str) -> (u64, Option<u32>) {
        let mut days = Vec::new();
        for r in self.people {
            for t in r.trajecten.iter().filter(|t| self.ours(t.coach)) {
                let event = match row {
                    "report-row-referral-to-intake" => t.intake,
                    _ => r
                        .placements
                        .iter()
                        .filter(|p| {
                            p.start >= t.referred && t.ended.is_none_or(|(e, _)| p.start <= e)
                        })
                        .map(|p| p.start)
                        .min(),
                };
                if let Some(e) = event {
                    let hit = match self.month_of(e) {
                        Some(i) => {
                            column == "report-column-total"
                                || self.months[i].format("%Y-%m").to_string() == column
                        }
                        None => false,
                    };
                    if hit {
                        days.push((e - t.referred).num_days());
                    }
                }
            }
        }
        days.sort();
        let m = (!days.is_empty()).then(|| days[(days.len() - 1) / 2] as u32);
        (days.len() as u64, m)
    }
}

fn check(report: &ManagementReport, recount: &Recount<'_>) -> (usize, usize) {
    let (mut shown, mut hidden) = (0, 0);
    for table in &report.tables {
        for row in &table.rows {
            for (column, cell) in table.columns.iter().zip(&row.cells) {
                let what = format!("{} / {} / {column}", table.id, row.id);
                match cell {
                    Cell::Count { value } => {
                        assert!(*value >= THRESHOLD, "{what}: {value} is shown");
                        if let Some(truth) = recount.count(&table.id, &row.id, column) {
                            assert_eq!(*value, truth, "{what}");
                            shown += 1;
                        }
                    }
                    Cell::Hidden => hidden += 1,
                    Cell::Days { value } if table.id == "report-table-durations" => {
                        let (n, m) = recount.median(&row.id, column);
                        assert!(n >= THRESHOLD, "{what}: a median of {n}");
                        assert_eq!(Some(*value), m, "{what}");
                    }
                    _ => {}
                }
            }
        }
    }
    (shown, hidden)
}

/// Every shown total minus its shown parts: what a reader can work out. It must be 0 or at
/// least the threshold (checked on the published tables, not on the crate's own sheet).
fn check_complements(report: &ManagementReport) {
    for table in &report.tables {
        let total_col = table
            .columns
            .iter()
            .position(|c| c == "report-column-total");
        let total_row = table.rows.iter().position(|r| r.id == "report-row-total");
        let value = |c: &Cell| match c {
            Cell::Count { value } => Some(*value),
            _ => None,
        };
        // Along each row: months add up to the total column.
        if let Some(tc) = total_col {
            for row in table
                .rows
                .iter()
                .filter(|r| r.id != "report-row-lks-amount")
            {
                if let Some(total) = value(&row.cells[tc]) {
                    let parts = &row.cells[..tc];
                    let hidden = parts.iter().filter(|c| value(c).is_none()).count();
                    let known: u64 = parts.iter().filter_map(value).sum();
                    let rest = total - known;
                    assert!(
                        hidden == 0 || rest >= THRESHOLD,
                        "{} {}: hidden months add up to {rest}",
                        table.id,
                        row.id
                    );
                }
            }
        }
        // Down each column: rows add up to the total row.
        if let Some(tr) = total_row {
            for c in 0..table.columns.len() {
                if let Some(total) = value(&table.rows[tr].cells[c]) {
                    let parts: Vec<&Cell> = table.rows[..tr].iter().map(|r| &r.cells[c]).collect();
                    let hidden = parts.iter().filter(|c| value(c).is_none()).count();
                    let known: u64 = parts.iter().filter_map(|c| value(c)).sum();
                    assert!(
                        hidden == 0 || total - known >= THRESHOLD,
                        "{} column {c}",
                        table.id
                    );
                }
            }
        }
    }
    // The funnel: each stage minus the next is a group of residents too.
    if let Some(f) = report.table("report-table-funnel") {
        let v: Vec<Option<u64>> = f
            .rows
            .iter()
            .map(|r| match r.cells[0] {
                Cell::Count { value } => Some(value),
                _ => None,
            })
            .collect();
        for w in v.windows(2) {
            if let [Some(a), Some(b)] = w {
                assert!(a - b >= THRESHOLD, "funnel drop {}", a - b);
            }
        }
    }
}

fn seeds() -> Vec<u64> {
    std::env::var("REPORT_SEEDS")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1, 2, 3, 4])
}

#[test]
fn every_published_number_matches_a_recount_and_no_cell_under_five_is_revealed() {
    let count: usize = std::env::var("REPORT_RESIDENTS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3000);
    let start = NaiveDate::from_ymd_opt(2024, 1, 1).expect("date");
    let as_of = NaiveDate::from_ymd_opt(2026, 2, 15).expect("date");
    for seed in seeds() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ seed.wrapping_mul(0x2545_F491_4F6C_DD1D) | 1);
        let (team_a, team_b) = (Uuid::now_v7(), Uuid::now_v7());
        let coaches: Vec<Uuid> = (0..12).map(|_| Uuid::now_v7()).collect();
        let team_of: HashMap<Uuid, Uuid> = coaches
            .iter()
            .enumerate()
            .map(|(i, c)| (*c, if i < 7 { team_a } else { team_b }))
            .collect();
        let people = generate(&mut rng, count, &coaches, start);
        let residents: Vec<ResidentFacts> = people.iter().map(facts).collect();
        let survey = SurveyData::default();
        let mut totals = (0, 0);
        for (team, from, to) in [
            (Some(team_a), start, as_of),
            (
                Some(team_b),
                NaiveDate::from_ymd_opt(2025, 3, 1).expect("d"),
                NaiveDate::from_ymd_opt(2025, 5, 31).expect("d"),
            ),
            (None, start, as_of),
        ] {
            let period = Period::new(from, to, as_of).expect("period");
            let scope = Scope {
                team,
                team_of: team_of.clone(),
                coach_names: coaches
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (*c, format!("Coach {i}")))
                    .collect(),
                team_names: BTreeMap::from([(team_a, "Noord".into()), (team_b, "Zuid".into())]),
            };
            let computed = compute(&residents, &survey, &scope, &period);
            assert!(computed.sheet.is_protected(), "seed {seed}");
            let recount = Recount {
                people: &people,
                team,
                team_of: &team_of,
                months: period.months(),
                as_of,
            };
            let (shown, hidden) = check(&computed.report, &recount);
            check_complements(&computed.report);
            totals.0 += shown;
            totals.1 += hidden;
        }
        // The population is big enough that most cells are shown, small enough that some
        // are hidden: both paths are exercised.
        assert!(totals.0 > 300 && totals.1 > 20, "seed {seed}: {totals:?}");
        eprintln!(
            "seed {seed}: {} cells recounted, {} hidden",
            totals.0, totals.1
        );
    }
}

#[test]
fn survey_scores_need_five_answers_and_hide_small_spreads() {
    let as_of = NaiveDate::from_ymd_opt(2026, 6, 30).expect("date");
    let month = NaiveDate::from_ymd_opt(2026, 5, 1).expect("date");
    let team = Some(Uuid::now_v7());
    let tally = |question: &str, value: u8, answers: u64| SurveyTally {
        month,
        team,
        question: question.into(),
        value,
        answers,
    };
    let survey = SurveyData {
        tallies: vec![
            tally("listens", 4, 9),
            tally("listens", 5, 11),
            tally("listens", 2, 1),
            tally("next_step", 3, 4),
        ],
        responses: vec![SurveyResponses {
            month,
            team,
            responses: 21,
        }],
    };
    let period = Period::new(month, month, as_of).expect("period");
    let scope = Scope {
        team,
        ..Scope::default()
    };
    let c = compute(&[], &survey, &scope, &period);
    assert!(c.sheet.is_protected());
    let t = c.report.table("report-table-survey").expect("table");
    let listens = "survey-question-listens";
    assert_eq!(
        t.cell(listens, "report-column-answers"),
        Some(&Cell::Count { value: 21 })
    );
    // (2 + 36 + 55) / 21 = 4.43
    assert_eq!(
        t.cell(listens, "report-column-mean"),
        Some(&Cell::Score { tenths: 44 })
    );
    assert_eq!(
        t.cell(listens, "report-column-value-2"),
        Some(&Cell::Hidden)
    );
    // The smallest other answer is hidden with it, so 21 - 9 - 11 cannot be worked out.
    assert_eq!(
        t.cell(listens, "report-column-value-4"),
        Some(&Cell::Hidden)
    );
    assert_eq!(
        t.cell(listens, "report-column-value-5"),
        Some(&Cell::Count { value: 11 })
    );
    let next = "survey-question-next-step";
    assert_eq!(t.cell(next, "report-column-answers"), Some(&Cell::Hidden));
    assert_eq!(t.cell(next, "report-column-mean"), Some(&Cell::Hidden));
    let r = c
        .report
        .table("report-table-survey-responses")
        .expect("table");
    assert_eq!(
        r.cell("report-row-responses", "2026-05"),
        Some(&Cell::Count { value: 21 })
    );
}

#[test]
fn the_csv_hides_what_the_report_hides_and_defuses_formulas() {
    let as_of = NaiveDate::from_ymd_opt(2026, 6, 30).expect("date");
    let period = Period::new(as_of, as_of, as_of).expect("period");
    let coach = Uuid::now_v7();
    let team = Uuid::now_v7();
    let scope = Scope {
        team: Some(team),
        team_of: HashMap::from([(coach, team)]),
        coach_names: HashMap::from([(coach, "=HYPERLINK(\"x\")".to_owned())]),
        team_names: BTreeMap::new(),
    };
    let residents: Vec<ResidentFacts> = (0..7)
        .map(|i| ResidentFacts {
            resident: Uuid::now_v7(),
            facts: vec![Fact::Traject {
                coach: Some(coach),
                referred_on: as_of - Days::new(i),
                intake_on: None,
                ended: None,
            }],
        })
        .collect();
    let c = compute(&residents, &SurveyData::default(), &scope, &period);
    let csv = c.report.to_csv(|id| id.to_owned());
    assert!(
        csv.contains("report-table-inflow;report-row-inflow;2026-06;7\r\n"),
        "{csv}"
    );
    assert!(csv.contains("report-table-ended;end-reason-geweigerd;2026-06;x\r\n"));
    assert!(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{csv}");
}
