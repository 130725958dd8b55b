//! Werkpad's desktop engine, without Tauri. The encrypted case store ([`store`]) is the
//! floor: pool, writer, keys, audit and outbox. Each area hangs off it as a handle:
//! `store.residents()`, `store.intake()` ([`intake`]), `store.matching()` ([`matching`]),
//! `store.statements()` ([`statements`]), `store.sync()` ([`sync`]), `store.audit()` and
//! `store.upkeep()`. The [`session`] drives unlock, lock and sync rounds on top. Dutch-first
//! text is in [`i18n`], fictitious demo data in [`demo`], caseload import in [`import`].
//! The app shell, `werkpadctl`, tests and benchmarks all call the same functions; the
//! allowed uses between modules are checked by a test (`layers.rs`).

pub mod demo;
pub mod error;
pub mod hardening;
pub mod i18n;
pub mod import;
pub mod intake;
#[cfg(test)]
mod layers;
pub mod learning;
pub mod matching;
pub mod reports;
pub mod requests;
pub mod session;
pub mod settings;
pub mod statements;
pub mod store;
pub mod subsidies;
pub mod surveys;
pub mod sync;
pub mod verzuim;

pub use error::{ErrorKind, ErrorPayload, Result, StoreError};
pub use session::Session;
pub use store::Store;
