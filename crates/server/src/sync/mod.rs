//! The sync endpoints: push (apply mutations exactly once, merge, conflicts), pull (changes
//! after a cursor, scoped to what the user may see), the self-check and its repair, and
//! caseload changes, and the laptops' own access logs.

pub mod access_log;
pub mod caseload;
pub mod check;
pub mod emergency;
pub mod pull;
pub mod push;
pub(crate) mod records;
