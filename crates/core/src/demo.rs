//! Demo data in the store: the fictitious cases of [`werkpad_testkit`] (names with
//! tussenvoegsels and diacritics, valid fictitious BSNs, trajecten in every state), as
//! intakes, and [`populate`] to fill a store for demos, screenshots and benchmarks.

use chrono::NaiveDate;
use werkpad_domain::{Appointment, Purpose, Report, StaffMember};
pub use werkpad_testkit::{Rng, fake_bsn};

use crate::error::Result;
use crate::store::Store;
use crate::store::residents::Intake;

/// One fictitious resident with everything around them, as an intake.
#[derive(Debug, Clone)]
pub struct DemoCase {
    /// Resident, traject (and no health data: demo data stays out of the special category).
    pub intake: Intake,
    /// A few reports.
    pub reports: Vec<Report>,
    /// One upcoming appointment.
    pub appointments: Vec<Appointment>,
}

/// The next demo case for `coach`, as of `today` ([`werkpad_testkit::case`]).
pub fn case(rng: &mut Rng, coach: &StaffMember, today: NaiveDate) -> DemoCase {
    let c = werkpad_testkit::case(rng, coach, today);
    DemoCase {
        intake: Intake {
            resident: c.resident,
            traject: c.traject,
            health: None,
        },
        reports: c.reports,
        appointments: c.appointments,
    }
}

/// Store `count` demo residents (500 per transaction); returns how many were stored.
pub async fn populate(store: &Store, count: usize, seed: u64, today: NaiveDate) -> Result<usize> {
    let coach = store.device().coach.clone();
    let mut rng = Rng::new(seed);
    let mut stored = 0;
    while stored < count {
        let n = (count - stored).min(500);
        let mut w = store.writer(Purpose::Guidance).await?;
        for _ in 0..n {
            let case = case(&mut rng, &coach, today);
            // A random BSN may repeat one already stored; skip it rather than fail the batch.
            let bsn = case.intake.resident.bsn.as_str().to_owned();
            let (taken,): (i64,) = sqlx::query_as(
                "SELECT count(*) FROM residents WHERE json_extract(data, '$.bsn') = ?",
            )
            .bind(&bsn)
            .fetch_one(&mut **w.tx())
            .await?;
            if taken > 0 {
                continue;
            }
            w.put(&case.intake.resident).await?;
            w.put(&case.intake.traject).await?;
            for r in &case.reports {
                w.put(r).await?;
            }
            for a in &case.appointments {
                w.put(a).await?;
            }
            stored += 1;
        }
        w.commit().await?;
    }
    Ok(stored)
}
