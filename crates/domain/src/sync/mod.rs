//! The sync protocol between a laptop and the central server: wire types ([`wire`]) and
//! the field-level merge rule ([`merge`]). Shared by the client (crates/core/sync) and the
//! server (crates/server), so both sides agree by construction.
//!
//! Main idea: every change made offline is a [`wire::Mutation`] numbered per device
//! (device id, seq). The server applies each exactly once and answers per mutation; two
//! sides that changed different fields of one record both win, and the same field changed
//! on both sides since the base version becomes a conflict a person resolves.

pub mod document;
pub mod emergency;
pub mod holding;
pub mod merge;
pub mod role;
pub mod wire;

pub use document::{DocumentError, check_document};
pub use holding::{
    CheckRequest, CheckResponse, Held, MAX_REPAIR_RESIDENTS, RecordsRequest, RecordsResponse,
    ResidentDigest, digest_of_lines, holding_digest,
};
pub use merge::{FieldConflict, FieldWriter, Merge, Seen, group_of, merge};
pub use role::Role;
pub use wire::*;
