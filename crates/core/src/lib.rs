//! Werkpad's desktop engine, without Tauri: the encrypted case store ([`store`]), Dutch-first
//! text ([`i18n`]), fictitious demo data ([`demo`]), caseload import ([`import`]) and job matching
//! ([`matching`]).
//! The app shell, `werkpadctl`, tests and benchmarks all call the same functions.

pub mod demo;
pub mod error;
pub mod i18n;
pub mod import;
pub mod intake;
pub mod matching;
pub mod session;
pub mod settings;
pub mod statements;
pub mod store;
pub mod sync;

pub use error::{ErrorKind, ErrorPayload, Result, StoreError};
pub use session::Session;
pub use store::Store;
