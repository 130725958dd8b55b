//! Satisfaction survey figures: answers per month, and per question the spread over 1–5
//! and the mean. The server holds tallies only (no answer can be traced to a resident);
//! the report hides every count under 5 like all others.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use uuid::Uuid;

use super::builder::{Builder, Pending};
use super::compute::Period;
use super::table::Chart;

/// How often `value` was given to `question` in a month, in a team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyTally {
    /// First day of the month.
    pub month: NaiveDate,
    /// The team of the coach whose laptop took the answer (`None`: no team).
    pub team: Option<Uuid>,
    /// The question's code.
    pub question: String,
    /// The answer, 1–5.
    pub value: u8,
    /// How often.
    pub answers: u64,
}

/// How many surveys were filled in, in a month, in a team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyResponses {
    /// First day of the month.
    pub month: NaiveDate,
    /// The team (`None`: no team).
    pub team: Option<Uuid>,
    /// Surveys.
    pub responses: u64,
}

/// What the server has of the surveys.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SurveyData {
    /// Tallies per answer.
    pub tallies: Vec<SurveyTally>,
    /// Surveys per month.
    pub responses: Vec<SurveyResponses>,
}

/// The survey's Fluent id of a question code.
pub fn question_message_id(code: &str) -> String {
    format!("survey-question-{}", code.replace('_', "-"))
}

/// The two survey tables.
pub(crate) fn survey_tables(
    b: &mut Builder,
    data: &SurveyData,
    team: Option<Uuid>,
    period: &Period,
) {
    let in_scope = |t: Option<Uuid>| team.is_none() || t == team;
    let n = period.len();
    let mut responses = vec![0u64; n];
    for r in data.responses.iter().filter(|r| in_scope(r.team)) {
        if let Some(i) = period.index(r.month) {
            responses[i] += r.responses;
        }
    }
    b.additive(
        "report-table-survey-responses",
        &period.labels(),
        vec![("report-row-responses".into(), responses)],
        false,
        Some(Chart::BarsPerMonth),
    );
    let mut spread: BTreeMap<&str, [u64; 5]> = BTreeMap::new();
    for t in data.tallies.iter().filter(|t| in_scope(t.team)) {
        if period.index(t.month).is_none() || !(1..=5).contains(&t.value) {
            continue;
        }
        spread.entry(&t.question).or_default()[usize::from(t.value - 1)] += t.answers;
    }
    let mut columns = vec![
        "report-column-answers".to_owned(),
        "report-column-mean".to_owned(),
    ];
    columns.extend((1..=5).map(|v| format!("report-column-value-{v}")));
    b.table("report-table-survey", columns, None);
    for (question, counts) in spread {
        let total: u64 = counts.iter().sum();
        let weighted: u64 = counts.iter().zip(1u64..).map(|(c, v)| c * v).sum();
        let tenths = (total > 0).then(|| ((weighted * 10 + total / 2) / total) as u32);
        let cells: Vec<usize> = counts.iter().map(|&c| b.sheet.count(c)).collect();
        let n_cell = b.sheet.count(total);
        b.sheet.group(cells.clone(), n_cell);
        let mut row = vec![Pending::Count(n_cell), Pending::Score { tenths, n: total }];
        row.extend(cells.iter().map(|&c| Pending::Count(c)));
        b.row(question_message_id(question), None, row);
    }
}
