//! Tests of the matching records and engine: hand-built cases whose right answer a coach
//! sees at a glance.

mod components;
pub(crate) mod fixtures;
mod placement;
mod ranking;
mod records;
