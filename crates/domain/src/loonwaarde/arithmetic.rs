//! The loonwaarde as the time-weighted sum over the main tasks.
//!
//! Per task the performance is tempo × quality × net working time (each compared with the
//! normfunctie; a performance above 100 % counts as 100 %). The loonwaarde is the sum of
//! share × performance over the tasks, rounded half up to a whole percentage. The sum is
//! computed exactly in integers (millionths of a percent), so the same inputs give the
//! same loonwaarde on every device; the shown decimals are rounded only for reading.

use serde::{Deserialize, Serialize};

use super::{MainTask, check_tasks};
use crate::error::ValidationErrors;
use crate::reason::Reason;
use crate::validate::fields::Collector;

/// 100 % performance in the exact unit (tempo × quality × net time, each in percent,
/// divided by 10⁴ gives percent: 100 % = 10⁶).
const FULL: u64 = 1_000_000;

/// One task's line of the arithmetic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct TaskLine {
    /// The task's name.
    pub name: String,
    /// Share of the time, in percent.
    pub share_percent: u8,
    /// Performance in hundredths of a percent (8550 = 85,5 %), after the 100 % cap.
    pub performance_hundredths: u32,
    /// Share × performance in hundredths of a percent (rounded for reading).
    pub contribution_hundredths: u32,
    /// True when the performance was above 100 % and counts as 100 %.
    pub capped: bool,
}

/// The loonwaarde with every step of its arithmetic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct LoonwaardeOutcome {
    /// The loonwaarde, a whole percentage.
    pub percent: u8,
    /// The unrounded sum, in hundredths of a percent (rounded for reading).
    pub sum_hundredths: u32,
    /// One line per task.
    pub tasks: Vec<TaskLine>,
    /// The arithmetic as sentences (Fluent ids with their arguments).
    pub steps: Vec<Reason>,
}

/// The loonwaarde of `tasks`, or the reasons none can be computed (no tasks, more than
/// five, shares not adding up to 100 %, a task under 1/16 of the week, a score out of range).
pub fn compute(tasks: &[MainTask]) -> Result<LoonwaardeOutcome, ValidationErrors> {
    let mut c = Collector::new();
    check_tasks(&mut c, tasks);
    c.finish()?;

    let mut exact_sum: u64 = 0;
    let mut lines = Vec::with_capacity(tasks.len());
    let mut steps = Vec::with_capacity(tasks.len() * 2 + 1);
    for t in tasks {
        let raw = u64::from(t.tempo_percent)
            * u64::from(t.quality_percent)
            * u64::from(t.net_time_percent);
        let capped = raw > FULL;
        let performance = raw.min(FULL);
        // share (percent) × performance (10⁻⁴ percent) / 100 → 10⁻⁴ percent of the week.
        let contribution = u64::from(t.share_percent) * performance;
        exact_sum += contribution;
        let line = TaskLine {
            name: t.name.trim().to_owned(),
            share_percent: t.share_percent,
            performance_hundredths: round_div(performance, 100) as u32,
            contribution_hundredths: round_div(contribution, 10_000) as u32,
            capped,
        };
        steps.push(Reason::new(
            "loonwaarde-step-task",
            [
                ("task", line.name.clone()),
                ("share", t.share_percent.to_string()),
                ("tempo", t.tempo_percent.to_string()),
                ("quality", t.quality_percent.to_string()),
                ("net", t.net_time_percent.to_string()),
                ("performance", format_hundredths(round_div(raw, 100))),
                (
                    "contribution",
                    format_hundredths(u64::from(line.contribution_hundredths)),
                ),
            ],
        ));
        if capped {
            steps.push(Reason::new(
                "loonwaarde-step-capped",
                [("task", line.name.clone())],
            ));
        }
        lines.push(line);
    }
    // exact_sum is in 10⁻⁴ percent × percent = 10⁻⁶ percent of 100: percent = sum / 10⁶.
    let percent = round_div(exact_sum, FULL) as u8;
    let sum_hundredths = round_div(exact_sum, 10_000) as u32;
    steps.push(Reason::new(
        "loonwaarde-step-total",
        [
            ("sum", format_hundredths(u64::from(sum_hundredths))),
            ("percent", percent.to_string()),
        ],
    ));
    Ok(LoonwaardeOutcome {
        percent,
        sum_hundredths,
        tasks: lines,
        steps,
    })
}

/// `n / d` rounded half up.
fn round_div(n: u64, d: u64) -> u64 {
    (n + d / 2) / d
}

/// Hundredths the Dutch way without trailing zeros: 8550 → "85,5", 10000 → "100",
/// 3421 → "34,21".
pub fn format_hundredths(v: u64) -> String {
    let whole = v / 100;
    let frac = v % 100;
    match frac {
        0 => whole.to_string(),
        f if f % 10 == 0 => format!("{whole},{}", f / 10),
        f => format!("{whole},{f:02}"),
    }
}
