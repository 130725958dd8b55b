//! Appointments in the jobcoach's calendar.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::choice::choice_enum;
use crate::error::{ValidationError, ValidationErrors};
use crate::ids::{AppointmentId, ResidentId};
use crate::validate::SHORT_TEXT_MAX;
use crate::validate::fields::Collector;

choice_enum! {
    /// What became of an appointment.
    pub enum AppointmentStatus {
        /// Still to come.
        Planned => ("planned", "appointment-status-planned"),
        /// Took place.
        Held => ("held", "appointment-status-held"),
        /// The resident did not come (may lead to verzuimcontrole).
        NoShow => ("no_show", "appointment-status-no-show"),
        /// Called off.
        Cancelled => ("cancelled", "appointment-status-cancelled"),
    }
}

/// An appointment with a resident.
///
/// Times are wall-clock times in Europe/Amsterdam, as agreed with the resident ("Tuesday
/// at 10:00"), so they stay right when the laptop or the rules for summer time change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Appointment {
    /// The appointment's id.
    pub id: AppointmentId,
    /// With whom.
    pub resident_id: ResidentId,
    /// Start (Europe/Amsterdam wall time).
    pub starts_at: NaiveDateTime,
    /// End (Europe/Amsterdam wall time).
    pub ends_at: NaiveDateTime,
    /// Where, if set.
    pub location: Option<String>,
    /// What it is about.
    pub subject: String,
    /// What became of it.
    pub status: AppointmentStatus,
}

impl Appointment {
    /// Checks the subject, the location's length and that it does not end before it starts.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        c.check_required("subject", &self.subject, SHORT_TEXT_MAX);
        c.check_optional("location", self.location.as_deref(), SHORT_TEXT_MAX);
        if self.ends_at < self.starts_at {
            c.push("ends_at", ValidationError::EndBeforeStart);
        }
        c.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2025, 6, 17)
            .and_then(|d| d.and_hms_opt(h, m, 0))
            .expect("a real time")
    }

    #[test]
    fn appointment_times_in_order() {
        crate::choice::assert_choice_consistent::<AppointmentStatus>();
        let mut a = Appointment {
            id: AppointmentId::new(),
            resident_id: ResidentId::new(),
            starts_at: at(10, 0),
            ends_at: at(11, 0),
            location: Some("Stadskantoor Arnhem".into()),
            subject: "Voortgangsgesprek".into(),
            status: AppointmentStatus::Planned,
        };
        assert_eq!(a.validate(), Ok(()), "a one-hour appointment is valid");
        a.ends_at = at(9, 59);
        a.subject = " ".into();
        let errors = a.validate().expect_err("bad appointment");
        assert!(
            errors.contains("ends_at", &ValidationError::EndBeforeStart),
            "time order"
        );
        assert!(
            errors.contains("subject", &ValidationError::Required),
            "a subject is required"
        );
    }
}
