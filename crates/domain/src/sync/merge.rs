//! The merge rule for one incoming change against the server's copy of a record.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

/// The same field changed on both sides since the client's base version, to different
/// values: kept with both values for a person to choose.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldConflict {
    /// Top-level field name.
    pub field: String,
    /// The value the incoming change wanted.
    pub mine: Value,
    /// The value the server holds (and keeps until a person resolves the conflict).
    pub theirs: Value,
}

/// What to do with an incoming change.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Merge {
    /// Fields to set on the server's copy.
    pub apply: Map<String, Value>,
    /// Fields not applied because the other side changed them too.
    pub conflicts: Vec<FieldConflict>,
}

impl Merge {
    /// True when the change brings nothing new (every field already had its value).
    pub fn is_noop(&self) -> bool {
        self.apply.is_empty() && self.conflicts.is_empty()
    }
}

/// Merge `incoming` (fields a client set, based on `base_version` of the record) into
/// `current` (the server's document), where `field_versions` says in which record version
/// each field last changed.
///
/// - a field whose value already equals the incoming one: nothing to do (both sides agree);
/// - a field not changed on the server after `base_version`: applied;
/// - a field changed on the server after `base_version` to another value: a conflict.
pub fn merge(
    current: &Map<String, Value>,
    field_versions: &BTreeMap<String, i64>,
    incoming: &Map<String, Value>,
    base_version: i64,
) -> Merge {
    let mut out = Merge::default();
    for (field, mine) in incoming {
        let theirs = current.get(field).unwrap_or(&Value::Null);
        if theirs == mine {
            continue;
        }
        let changed_at = field_versions.get(field).copied().unwrap_or(0);
        if changed_at > base_version {
            out.conflicts.push(FieldConflict {
                field: field.clone(),
                mine: mine.clone(),
                theirs: theirs.clone(),
            });
        } else {
            out.apply.insert(field.clone(), mine.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        match v {
            Value::Object(m) => m,
            _ => Map::new(),
        }
    }

    fn versions(pairs: &[(&str, i64)]) -> BTreeMap<String, i64> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
    }

    #[test]
    fn different_fields_changed_on_both_sides_both_apply() {
        // Server: phone changed in version 2. Client, based on version 1, changes email.
        let current = obj(json!({"phone": "0612345678", "email": "a@b.nl"}));
        let m = merge(
            &current,
            &versions(&[("phone", 2), ("email", 1)]),
            &obj(json!({"email": "c@d.nl"})),
            1,
        );
        assert_eq!(m.apply, obj(json!({"email": "c@d.nl"})));
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn same_field_changed_on_both_sides_is_a_conflict_with_both_values() {
        let current = obj(json!({"phone": "0611111111"}));
        let m = merge(
            &current,
            &versions(&[("phone", 2)]),
            &obj(json!({"phone": "0622222222"})),
            1,
        );
        assert!(m.apply.is_empty());
        assert_eq!(
            m.conflicts,
            vec![FieldConflict {
                field: "phone".into(),
                mine: json!("0622222222"),
                theirs: json!("0611111111"),
            }]
        );
    }

    #[test]
    fn same_field_to_the_same_value_is_no_conflict() {
        let current = obj(json!({"phone": "0611111111"}));
        let m = merge(
            &current,
            &versions(&[("phone", 5)]),
            &obj(json!({"phone": "0611111111"})),
            1,
        );
        assert!(m.is_noop());
    }

    #[test]
    fn a_change_based_on_the_latest_version_applies() {
        let current = obj(json!({"phone": "0611111111"}));
        let m = merge(
            &current,
            &versions(&[("phone", 2)]),
            &obj(json!({"phone": "0622222222"})),
            2,
        );
        assert_eq!(m.apply, obj(json!({"phone": "0622222222"})));
    }

    #[test]
    fn a_new_field_applies_and_missing_current_counts_as_null() {
        let m = merge(
            &Map::new(),
            &BTreeMap::new(),
            &obj(json!({"motivation": "wil werken", "email": null})),
            0,
        );
        assert_eq!(m.apply, obj(json!({"motivation": "wil werken"})));
    }
}
