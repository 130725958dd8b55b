//! The survey tallies a report shows. The tables come with the survey feature
//! (migrations/server/20261207000003_surveys.sql); until they exist there is nothing to
//! show.

use sqlx::PgPool;
use werkpad_domain::report::SurveyData;

/// What the server holds of the surveys.
pub async fn load(_pool: &PgPool) -> Result<SurveyData, sqlx::Error> {
    Ok(SurveyData::default())
}
