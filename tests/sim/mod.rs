//! A seeded sync simulation in the spirit of FoundationDB's simulation and TigerBeetle's
//! VOPR, against the real server and PostgreSQL: two coaches with two laptops each and a
//! team lead; random steps (offline edits of several fields and records, intakes, traject
//! moves and backdated ends, health records, reports, syncs, a network that loses a
//! request or its answer, crashes at the store's and the server's fault points, server
//! restarts, hand-overs and unassignments, role changes, a user disabled, a laptop
//! restored from an older copy of its folder, conflicts resolved by a person). A reference
//! model ([`model`]) is checked after every step and at the end.
//!
//! The steps follow from the seed: a failing seed prints its step list, and
//! `scripts/simulate.sh --seed N` runs it again.

pub mod model;
pub mod proxy;
pub mod runner;
pub mod world;

pub use runner::{Figures, Options, run_seed};
