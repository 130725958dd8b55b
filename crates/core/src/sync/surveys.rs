//! Survey answers to the server, after the push of a round: pages of waiting answers,
//! each page deleted on the laptop when the server has counted it (a token it had seen
//! counts as delivered too). A failure leaves the answers for the next round. An answer
//! the server would refuse (its month more than a year ago after a long time offline) is
//! dropped first: it can never be counted, and it must not hold up every later answer.

use werkpad_domain::survey::{SurveyUpload, UPLOAD_MAX};

use super::SyncFailure;
use super::http::Http;
use crate::store::Store;

/// Deliver every waiting answer; how many the laptop no longer holds.
pub(crate) async fn deliver(store: &Store, http: &Http, token: &str) -> Result<u64, SyncFailure> {
    let mut delivered = 0;
    loop {
        let today = chrono::Utc::now().date_naive();
        let (answers, stale): (Vec<_>, Vec<_>) = store
            .surveys()
            .pending(UPLOAD_MAX as i64)
            .await?
            .into_iter()
            .partition(|a| a.answer.validate(today).is_ok());
        if !stale.is_empty() {
            tracing::warn!(
                count = stale.len(),
                "survey answers too old to count dropped"
            );
            let tokens: Vec<String> = stale.into_iter().map(|a| a.token).collect();
            store.surveys().delivered(&tokens).await?;
            continue;
        }
        if answers.is_empty() {
            return Ok(delivered);
        }
        let tokens: Vec<String> = answers.iter().map(|a| a.token.clone()).collect();
        let receipt = http.surveys(token, &SurveyUpload { answers }).await?;
        store.surveys().delivered(&tokens).await?;
        delivered += receipt.counted + receipt.duplicates;
        if tokens.len() < UPLOAD_MAX {
            return Ok(delivered);
        }
    }
}
