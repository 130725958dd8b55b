//! Referrals on other life domains (schuldhulpverlening, maatschappelijk werk, wijkteam,
//! housing): with the resident's consent, what is shared and why, where it stands (sent,
//! accepted, started, ended) and the feedback that came back.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::life::{Consent, RequestLife, RequestStatus};
use crate::category::{DataCategory, Recipient};
use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{ResidentId, id_newtype};
use crate::validate::fields::Collector;
use crate::validate::{SHORT_TEXT_MAX, TEXT_MAX};

id_newtype! {
    /// Identifies a referral.
    ReferralId,
}

choice_enum! {
    /// The life domain.
    pub enum LifeDomain {
        /// Debt counselling.
        Schuldhulpverlening => ("schuldhulpverlening", "life-domain-schuldhulpverlening"),
        /// Social work.
        MaatschappelijkWerk => ("maatschappelijk_werk", "life-domain-maatschappelijk-werk"),
        /// The neighbourhood team.
        Wijkteam => ("wijkteam", "life-domain-wijkteam"),
        /// Housing.
        Housing => ("housing", "life-domain-housing"),
    }
}

impl LifeDomain {
    /// The kind of recipient in the privacy statement.
    pub fn recipient(self) -> Recipient {
        match self {
            Self::Schuldhulpverlening => Recipient::DebtCounsellor,
            Self::MaatschappelijkWerk | Self::Wijkteam | Self::Housing => {
                Recipient::SocialServiceProvider
            }
        }
    }
}

choice_enum! {
    /// What the other party reported.
    pub enum ReferralProgress {
        /// Taken on.
        Accepted => ("accepted", "referral-progress-accepted"),
        /// Not taken on.
        Declined => ("declined", "referral-progress-declined"),
        /// The help started.
        Started => ("started", "referral-progress-started"),
        /// The help ended.
        Ended => ("ended", "referral-progress-ended"),
    }
}

/// One report from the other party.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ReferralUpdate {
    /// The day.
    pub on: NaiveDate,
    /// What happened.
    pub progress: ReferralProgress,
    /// What they said.
    pub feedback: Option<String>,
}

/// A referral.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    /// The referral's id.
    pub id: ReferralId,
    /// Whose.
    pub resident_id: ResidentId,
    /// The life domain.
    pub domain: LifeDomain,
    /// The organisation referred to.
    pub organisation: String,
    /// Why the resident is referred.
    pub reason: String,
    /// The data shared.
    pub shared: Vec<DataCategory>,
    /// Why exactly these data are shared.
    pub shared_why: String,
    /// The resident's consent: always needed before sending.
    pub consent: Option<Consent>,
    /// The life cycle: answered with the first accepted or declined.
    pub life: RequestLife,
    /// Reports from the other party, in order.
    pub updates: Vec<ReferralUpdate>,
}

impl Referral {
    /// The latest reported progress.
    pub fn progress(&self) -> Option<ReferralProgress> {
        self.updates.last().map(|u| u.progress)
    }

    /// An organisation, a reason, what is shared and why; no health data (a referral
    /// never shares it); updates in order after sending, the first one the answer,
    /// started and ended only after accepted.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_required("organisation", &self.organisation, SHORT_TEXT_MAX);
        c.check_required("reason", &self.reason, TEXT_MAX);
        c.check_required("shared_why", &self.shared_why, TEXT_MAX);
        if self.shared.is_empty() {
            c.push("shared", ValidationError::Required);
        }
        if self.shared.iter().any(DataCategory::is_special_category) {
            c.push("shared", ValidationError::InvalidChoice);
        }
        if let Some(k) = &self.consent {
            k.check(&mut c, "consent");
        }
        self.life.check(&mut c, "life");
        let mut last = self.life.sent_on();
        let mut accepted = false;
        for (i, u) in self.updates.iter().enumerate() {
            let f = |name: &str| format!("updates.{i}.{name}");
            if last.is_none_or(|l| u.on < l) {
                c.push(&f("on"), ValidationError::DateOutOfOrder);
            }
            last = Some(u.on);
            c.check_optional(&f("feedback"), u.feedback.as_deref(), TEXT_MAX);
            let fits = match u.progress {
                ReferralProgress::Accepted | ReferralProgress::Declined => i == 0,
                ReferralProgress::Started | ReferralProgress::Ended => accepted,
            };
            if !fits {
                c.push(&f("progress"), ValidationError::InvalidChoice);
            }
            accepted |= u.progress == ReferralProgress::Accepted;
        }
        let answered = self.life.answered_on.is_some();
        if answered == self.updates.is_empty()
            || self.updates.first().map(|u| u.on) != self.life.answered_on
        {
            c.push("updates", ValidationError::InvalidChoice);
        }
        if self.life.status == RequestStatus::Withdrawn && answered {
            c.push("life.status", ValidationError::InvalidChoice);
        }
        c.finish()
    }
}
