//! Fault points in the server's write path, for the sync simulation (tests/sim): a test
//! arms one, the next push that passes it fails there, and the point disarms itself. Unarmed
//! (always, in production) a point costs one atomic load.

use std::sync::atomic::{AtomicU8, Ordering};

/// Where a push can be made to fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum FaultPoint {
    /// The page is applied but not committed: the transaction rolls back, the laptop gets
    /// a server error.
    PushBeforeCommit = 1,
    /// The page is committed, but the answer is an error: as if the server died before it
    /// could answer.
    PushAfterCommit = 2,
}

/// The armed fault, if any (0: none).
#[derive(Debug, Default)]
pub struct Faults(AtomicU8);

impl Faults {
    /// Arm `point` for the next push that reaches it.
    pub fn arm(&self, point: FaultPoint) {
        self.0.store(point as u8, Ordering::SeqCst);
    }

    /// Disarm.
    pub fn clear(&self) {
        self.0.store(0, Ordering::SeqCst);
    }

    /// True (once) when `point` is armed; disarms it.
    pub fn fire(&self, point: FaultPoint) -> bool {
        self.0
            .compare_exchange(point as u8, 0, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
    }
}
