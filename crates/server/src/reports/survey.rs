//! The survey figures a report shows, from the tallies [`crate::surveys`] keeps (counts
//! per month, team, question and score; no answer is stored as such). The nil team is
//! "no team".

use chrono::NaiveDate;
use sqlx::PgPool;
use uuid::Uuid;
use werkpad_domain::report::{SurveyData, SurveyResponses, SurveyTally};

fn team(id: Uuid) -> Option<Uuid> {
    (!id.is_nil()).then_some(id)
}

/// What the server holds of the surveys of every team, `from..=to` (first days of months).
pub async fn load(
    pool: &PgPool,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<SurveyData, sqlx::Error> {
    let tallies = crate::surveys::tallies(pool, None, from, to).await?;
    let responses = crate::surveys::responses(pool, None, from, to).await?;
    Ok(SurveyData {
        tallies: tallies
            .into_iter()
            .map(|t| SurveyTally {
                month: t.month,
                team: team(t.team_id),
                question: t.question,
                value: u8::try_from(t.value).unwrap_or(0),
                answers: u64::try_from(t.answers).unwrap_or(0),
            })
            .collect(),
        responses: responses
            .into_iter()
            .map(|(month, t, n)| SurveyResponses {
                month,
                team: team(t),
                responses: u64::try_from(n).unwrap_or(0),
            })
            .collect(),
    })
}
