//! Satisfaction surveys on the laptop (issue 24): answers wait in `survey_answers` until
//! the next sync round delivers them, and are deleted when the server has them.
//!
//! Main idea: an answer is not a record of a resident. It does not go through the
//! store's writer (which writes the resident, the device and the time to the outbox and
//! the audit log): `record` takes no resident at all and writes one row of month, channel
//! and scores, under a random token that exists only for exactly-once delivery.

use chrono::NaiveDate;
use werkpad_domain::survey::{SurveyAnswer, SurveyDelivery, SurveyInput};

use crate::error::Result;
use crate::store::keys::random_fill;

crate::store::area!(
    /// Survey answers waiting for the server.
    SurveysArea,
    surveys
);

/// A fresh delivery token: 128 random bits as 32 lowercase hex digits.
fn new_token() -> Result<String> {
    let mut bytes = [0u8; 16];
    random_fill(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

impl SurveysArea<'_> {
    /// Keep one resident's answers (given with their consent) for the next sync. There is
    /// no resident argument: nothing ties the answer to anyone.
    pub async fn record(&self, input: SurveyInput, today: NaiveDate) -> Result<()> {
        let answer = input.into_answer(today)?;
        let values = serde_json::to_string(&answer.values)
            .expect("a map of question names to numbers always serializes");
        sqlx::query(
            "INSERT INTO survey_answers (token, month, channel, answers) VALUES (?, ?, ?, ?)",
        )
        .bind(new_token()?)
        .bind(&answer.month)
        .bind(answer.channel.as_str())
        .bind(values)
        .execute(self.store.pool())
        .await?;
        Ok(())
    }

    /// How many answers wait for the server.
    pub async fn pending_count(&self) -> Result<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT count(*) FROM survey_answers")
            .fetch_one(self.store.pool())
            .await?;
        Ok(n)
    }

    /// Up to `limit` waiting answers, as they go to the server. A row that no longer
    /// reads as an answer is skipped (and stays, for a person to look at).
    pub async fn pending(&self, limit: i64) -> Result<Vec<SurveyDelivery>> {
        let rows: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT token, month, channel, answers FROM survey_answers ORDER BY token LIMIT ?",
        )
        .bind(limit)
        .fetch_all(self.store.pool())
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(token, month, channel, answers)| {
                Some(SurveyDelivery {
                    token,
                    answer: SurveyAnswer {
                        month,
                        channel: werkpad_domain::survey::SurveyChannel::parse(&channel)?,
                        values: serde_json::from_str(&answers).ok()?,
                    },
                })
            })
            .collect())
    }

    /// The server has these: forget them.
    pub async fn delivered(&self, tokens: &[String]) -> Result<()> {
        let mut tx = self.store.pool().begin().await?;
        for token in tokens {
            sqlx::query("DELETE FROM survey_answers WHERE token = ?")
                .bind(token)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests;
