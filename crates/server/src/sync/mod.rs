//! The sync endpoints: push (apply mutations exactly once, merge, conflicts), pull (changes
//! after a cursor, scoped to what the user may see), and caseload changes.

pub mod caseload;
pub mod pull;
pub mod push;
pub(crate) mod records;
