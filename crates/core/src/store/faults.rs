//! Fault points in the laptop's write paths, for tests and the sync simulation (tests/sim):
//! a test arms one, and a write that passes it fails there, as a crash at that moment
//! would leave it (the open transaction rolls back). Unarmed (always, in the app) a point
//! costs one atomic load.

use std::sync::atomic::{AtomicU16, Ordering};

use crate::error::{Result, StoreError};

/// Where a write can be made to fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum FaultPoint {
    /// After the row, before the outbox entry.
    AfterRow = 1,
    /// After the outbox entry, before the audit entry.
    AfterOutbox = 2,
    /// After everything, before commit.
    BeforeCommit = 3,
    /// The server answered a push page; before the answers are stored (the server has the
    /// page, the laptop does not know).
    PushAnswerBeforeCommit = 4,
    /// A pull page is applied but not committed.
    PullPageBeforeCommit = 5,
    /// A repair is applied but not committed.
    RepairBeforeCommit = 6,
}

/// Fires once, then disarms (otherwise: every time until cleared).
const ONCE: u16 = 0x100;

/// The armed fault point (0: none).
#[derive(Debug, Default)]
pub struct Faults(AtomicU16);

impl Faults {
    /// Arm `point` for every write that reaches it (`None`: disarm).
    pub fn set(&self, point: Option<FaultPoint>) {
        self.0
            .store(point.map_or(0, |p| p as u16), Ordering::SeqCst);
    }

    /// Arm `point` for the next write that reaches it only.
    pub fn arm_once(&self, point: FaultPoint) {
        self.0.store(point as u16 | ONCE, Ordering::SeqCst);
    }

    /// Fail here when `point` is armed.
    pub fn check(&self, point: FaultPoint) -> Result<()> {
        let armed = self.0.load(Ordering::SeqCst);
        if armed == 0 || armed & 0xff != point as u16 {
            return Ok(());
        }
        if armed & ONCE != 0
            && self
                .0
                .compare_exchange(armed, 0, Ordering::SeqCst, Ordering::SeqCst)
                .is_err()
        {
            return Ok(());
        }
        Err(StoreError::Io(std::io::Error::other(format!(
            "injected fault {point:?}"
        ))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_once_fault_fires_once_and_a_set_one_until_cleared() {
        let f = Faults::default();
        assert!(f.check(FaultPoint::AfterRow).is_ok(), "unarmed");
        f.arm_once(FaultPoint::AfterRow);
        assert!(f.check(FaultPoint::BeforeCommit).is_ok(), "another point");
        assert!(f.check(FaultPoint::AfterRow).is_err());
        assert!(f.check(FaultPoint::AfterRow).is_ok(), "fired once");
        f.set(Some(FaultPoint::BeforeCommit));
        assert!(f.check(FaultPoint::BeforeCommit).is_err());
        assert!(f.check(FaultPoint::BeforeCommit).is_err(), "still armed");
        f.set(None);
        assert!(f.check(FaultPoint::BeforeCommit).is_ok());
    }
}
