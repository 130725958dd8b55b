//! A reason: why the software advises something, as a Fluent message id with arguments,
//! so the advice reads in Dutch or English and the words are checked like every label.
//! Eligibility checks (verklaring 56+) use it now; match scores will too.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One reason, e.g. `lkv56-age-met` with `{age: "57", date: "01-03-2025"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Reason {
    /// The Fluent message id.
    pub id: String,
    /// Its arguments, already formatted the Dutch way (dates dd-mm-jjjj, EUR 1.234,56).
    #[ts(type = "Record<string, string>")]
    pub args: BTreeMap<String, String>,
}

impl Reason {
    /// A reason with arguments.
    pub fn new<'a>(id: &str, args: impl IntoIterator<Item = (&'a str, String)>) -> Self {
        Self {
            id: id.to_owned(),
            args: args.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        }
    }
}
