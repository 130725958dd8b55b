//! Cross-crate journeys live in `tests/*.rs`; this library is empty on purpose.
