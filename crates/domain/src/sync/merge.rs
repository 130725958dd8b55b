//! The merge rule for one incoming change against the server's copy of a record.
//!
//! Main idea: a field conflicts only when its value on the server is one the incoming
//! device had not seen when it made the change. What a device had seen is told by the
//! change itself ([`Seen`]): the server version it had pulled (per field, where its own
//! unsent change stood on a field when a newer version arrived), and its own earlier
//! changes, which it had always seen (except those of an older copy of the laptop that a
//! restored backup replaced). So a device never conflicts with itself.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use uuid::Uuid;

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
    /// For a field drawn in by its group ([`merge`]): the field of the group that really
    /// conflicted.
    pub with: Option<String>,
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

/// Which device change last set a field on the server: (device, sequence number). Kept
/// per field beside the field's version; serialised as `["<uuid>", seq]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldWriter(pub Uuid, pub i64);

/// What the device that made an incoming change had seen.
#[derive(Debug, Clone, Copy)]
pub struct Seen<'a> {
    /// The record version the device had pulled.
    pub base_version: i64,
    /// Fields it last saw at an older version than `base_version`.
    pub field_bases: &'a BTreeMap<String, i64>,
    /// The device.
    pub device: Uuid,
    /// The change's own sequence number.
    pub seq: i64,
    /// Ranges of the device's own earlier changes it had not seen (a restored laptop).
    pub own_unseen: &'a [[i64; 2]],
}

impl Seen<'_> {
    /// Had the device seen the server's value of `field`, set at version `changed_at` by
    /// `writer`?
    pub fn field(&self, field: &str, changed_at: i64, writer: Option<FieldWriter>) -> bool {
        let base = self
            .field_bases
            .get(field)
            .copied()
            .unwrap_or(self.base_version);
        if changed_at <= base {
            return true;
        }
        matches!(writer, Some(FieldWriter(device, seq))
            if device == self.device
                && seq < self.seq
                && !self.own_unseen.iter().any(|[lo, hi]| (*lo..=*hi).contains(&seq)))
    }
}

/// Merge `incoming` (fields a device set) into `current` (the server's document), where
/// `field_versions` says in which record version each field last changed and
/// `field_writers` which device change set it.
///
/// - a field whose value already equals the incoming one: nothing to do (both sides agree);
/// - a field whose server value the device had seen ([`Seen::field`]): applied;
/// - a field changed on the server since, by a change the device had not seen, to another
///   value: a conflict;
/// - fields of one of `groups` go together: when one conflicts, or when another field of
///   the group changed on the server unseen, every field of the group that the change sets
///   is a conflict too (see `EntityKind::merge_groups`).
pub fn merge(
    current: &Map<String, Value>,
    field_versions: &BTreeMap<String, i64>,
    field_writers: &BTreeMap<String, FieldWriter>,
    incoming: &Map<String, Value>,
    seen: &Seen<'_>,
    groups: &[&[&str]],
) -> Merge {
    let mut out = Merge::default();
    for (field, mine) in incoming {
        let theirs = current.get(field).unwrap_or(&Value::Null);
        if theirs == mine {
            continue;
        }
        let changed_at = field_versions.get(field).copied().unwrap_or(0);
        if seen.field(field, changed_at, field_writers.get(field).copied()) {
            out.apply.insert(field.clone(), mine.clone());
        } else {
            out.conflicts.push(FieldConflict {
                field: field.clone(),
                mine: mine.clone(),
                theirs: theirs.clone(),
                with: None,
            });
        }
    }
    for group in groups {
        // A field of the group conflicts; or the change sets part of the group while another
        // part changed on the server unseen (a sign-off on one laptop, the tasks it signed
        // edited on another): either way the group is decided as a whole.
        let touches = group.iter().any(|f| out.apply.contains_key(*f));
        let Some(cause) = out
            .conflicts
            .iter()
            .find(|c| group.contains(&c.field.as_str()))
            .map(|c| c.field.clone())
            .or_else(|| {
                touches.then(|| {
                    group
                        .iter()
                        .find(|f| {
                            !out.apply.contains_key(**f)
                                && field_versions.get(**f).is_some_and(|v| {
                                    !seen.field(f, *v, field_writers.get(**f).copied())
                                })
                        })
                        .map(|f| (*f).to_owned())
                })?
            })
        else {
            continue;
        };
        for field in group.iter() {
            if let Some(mine) = out.apply.remove(*field) {
                out.conflicts.push(FieldConflict {
                    field: (*field).to_owned(),
                    mine,
                    theirs: current.get(*field).cloned().unwrap_or(Value::Null),
                    with: Some(cause.clone()),
                });
            }
        }
    }
    out
}

/// The group of `field` among `groups`, if it is in one.
pub fn group_of<'a>(groups: &'a [&'a [&'a str]], field: &str) -> Option<&'a [&'a str]> {
    groups.iter().copied().find(|g| g.contains(&field))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ME: Uuid = Uuid::from_u128(1);
    const OTHER: Uuid = Uuid::from_u128(2);

    fn obj(v: Value) -> Map<String, Value> {
        match v {
            Value::Object(m) => m,
            _ => Map::new(),
        }
    }

    fn versions(pairs: &[(&str, i64)]) -> BTreeMap<String, i64> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
    }

    fn writers(pairs: &[(&str, Uuid, i64)]) -> BTreeMap<String, FieldWriter> {
        pairs
            .iter()
            .map(|(k, d, s)| ((*k).to_owned(), FieldWriter(*d, *s)))
            .collect()
    }

    /// A change by ME with sequence number `seq`, based on `base`.
    fn seen<'a>(base: i64, seq: i64, field_bases: &'a BTreeMap<String, i64>) -> Seen<'a> {
        Seen {
            base_version: base,
            field_bases,
            device: ME,
            seq,
            own_unseen: &[],
        }
    }

    #[test]
    fn different_fields_changed_on_both_sides_both_apply() {
        // Server: phone changed in version 2 by another device. Client, based on version
        // 1, changes email.
        let current = obj(json!({"phone": "0612345678", "email": "a@b.nl"}));
        let none = BTreeMap::new();
        let m = merge(
            &current,
            &versions(&[("phone", 2), ("email", 1)]),
            &writers(&[("phone", OTHER, 9)]),
            &obj(json!({"email": "c@d.nl"})),
            &seen(1, 5, &none),
            &[],
        );
        assert_eq!(m.apply, obj(json!({"email": "c@d.nl"})));
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn same_field_changed_by_another_device_is_a_conflict_with_both_values() {
        let current = obj(json!({"phone": "0611111111"}));
        let none = BTreeMap::new();
        let m = merge(
            &current,
            &versions(&[("phone", 2)]),
            &writers(&[("phone", OTHER, 3)]),
            &obj(json!({"phone": "0622222222"})),
            &seen(1, 5, &none),
            &[],
        );
        assert!(m.apply.is_empty());
        assert_eq!(
            m.conflicts,
            vec![FieldConflict {
                field: "phone".into(),
                mine: json!("0622222222"),
                theirs: json!("0611111111"),
                with: None,
            }]
        );
    }

    #[test]
    fn a_device_never_conflicts_with_its_own_earlier_change() {
        // Created offline (version 1 by ME, seq 4), then corrected offline before the
        // first pull: the correction still says base 0.
        let current = obj(json!({"phone": "0611111111"}));
        let none = BTreeMap::new();
        let m = merge(
            &current,
            &versions(&[("phone", 1)]),
            &writers(&[("phone", ME, 4)]),
            &obj(json!({"phone": "0622222222"})),
            &seen(0, 5, &none),
            &[],
        );
        assert_eq!(
            m.apply,
            obj(json!({"phone": "0622222222"})),
            "the coach corrected her own typo: no conflict with herself"
        );
    }

    #[test]
    fn own_changes_of_an_older_copy_of_the_laptop_are_not_seen() {
        // Seq 7 was made by the laptop before it was restored from a backup that ended at
        // seq 5; the restored laptop's change (renumbered to 9) never saw it.
        let current = obj(json!({"phone": "0611111111"}));
        let none = BTreeMap::new();
        let unseen = [[6, 8]];
        let m = merge(
            &current,
            &versions(&[("phone", 3)]),
            &writers(&[("phone", ME, 7)]),
            &obj(json!({"phone": "0622222222"})),
            &Seen {
                own_unseen: &unseen,
                ..seen(2, 9, &none)
            },
            &[],
        );
        assert_eq!(
            m.conflicts.len(),
            1,
            "the lost change is kept, as a conflict"
        );
    }

    #[test]
    fn a_field_seen_only_at_an_older_version_conflicts_with_a_newer_value() {
        // The laptop pulled version 3, but its own unsent change stood on `phone`, which it
        // last saw at version 1; another device changed `phone` in version 2.
        let current = obj(json!({"phone": "0611111111", "email": "x@y.nl"}));
        let bases = versions(&[("phone", 1)]);
        let m = merge(
            &current,
            &versions(&[("phone", 2), ("email", 3)]),
            &writers(&[("phone", OTHER, 3), ("email", OTHER, 4)]),
            &obj(json!({"phone": "0622222222", "email": "z@y.nl"})),
            &seen(3, 5, &bases),
            &[],
        );
        assert_eq!(m.apply, obj(json!({"email": "z@y.nl"})), "email was seen");
        assert_eq!(m.conflicts.len(), 1, "phone was not: {m:?}");
    }

    #[test]
    fn same_field_to_the_same_value_is_no_conflict() {
        let current = obj(json!({"phone": "0611111111"}));
        let none = BTreeMap::new();
        let m = merge(
            &current,
            &versions(&[("phone", 5)]),
            &writers(&[("phone", OTHER, 1)]),
            &obj(json!({"phone": "0611111111"})),
            &seen(1, 2, &none),
            &[],
        );
        assert!(m.is_noop());
    }

    #[test]
    fn a_change_based_on_the_latest_version_applies() {
        let current = obj(json!({"phone": "0611111111"}));
        let none = BTreeMap::new();
        let m = merge(
            &current,
            &versions(&[("phone", 2)]),
            &writers(&[("phone", OTHER, 1)]),
            &obj(json!({"phone": "0622222222"})),
            &seen(2, 3, &none),
            &[],
        );
        assert_eq!(m.apply, obj(json!({"phone": "0622222222"})));
    }

    #[test]
    fn a_new_field_applies_and_missing_current_counts_as_null() {
        let none = BTreeMap::new();
        let m = merge(
            &Map::new(),
            &BTreeMap::new(),
            &BTreeMap::new(),
            &obj(json!({"motivation": "wil werken", "email": null})),
            &seen(0, 1, &none),
            &[],
        );
        assert_eq!(m.apply, obj(json!({"motivation": "wil werken"})));
    }

    #[test]
    fn fields_that_go_together_conflict_together() {
        // Laptop B moved the traject to nazorg (state, history); laptop A, which had not
        // seen that, ended it (state, end, history). `end` alone would apply and give an
        // ended-looking traject in aftercare: the whole group is for a person.
        let current = obj(json!({"state": "nazorg", "end": null, "history": [1, 2]}));
        let none = BTreeMap::new();
        let m = merge(
            &current,
            &versions(&[("state", 2), ("end", 1), ("history", 2)]),
            &writers(&[("state", OTHER, 4), ("history", OTHER, 4)]),
            &obj(json!({"state": "ended", "end": {"reason": "geweigerd"}, "history": [1, 3]})),
            &seen(1, 5, &none),
            &[&["state", "end", "history"]],
        );
        assert!(m.apply.is_empty(), "nothing of the group applies: {m:?}");
        let mut fields: Vec<&str> = m.conflicts.iter().map(|c| c.field.as_str()).collect();
        fields.sort_unstable();
        assert_eq!(fields, ["end", "history", "state"]);
    }

    #[test]
    fn a_part_of_a_group_changed_unseen_makes_the_rest_a_conflict_too() {
        // Laptop A signed the loonwaarde (sign_off); laptop B, which had not seen that,
        // edited the tasks of the draft. The tasks alone would apply and give a signature
        // under tasks the assessor never saw: the group is for a person.
        let group: &[&[&str]] = &[&["tasks", "sign_off"]];
        let current = obj(json!({"tasks": [1], "sign_off": {"by": "P"}, "notes": null}));
        let none = BTreeMap::new();
        let m = merge(
            &current,
            &versions(&[("tasks", 1), ("sign_off", 2), ("notes", 1)]),
            &writers(&[("sign_off", OTHER, 4)]),
            &obj(json!({"tasks": [1, 2], "notes": "gezien"})),
            &seen(1, 5, &none),
            group,
        );
        let fields: Vec<(&str, Option<&str>)> = m
            .conflicts
            .iter()
            .map(|c| (c.field.as_str(), c.with.as_deref()))
            .collect();
        assert_eq!(fields, [("tasks", Some("sign_off"))]);
        assert!(
            m.apply.contains_key("notes"),
            "a field outside the group still applies"
        );
        // Had B seen the signature, its change would simply apply.
        let m = merge(
            &current,
            &versions(&[("tasks", 1), ("sign_off", 2)]),
            &writers(&[("sign_off", OTHER, 4)]),
            &obj(json!({"tasks": [1, 2]})),
            &seen(2, 5, &none),
            group,
        );
        assert!(m.conflicts.is_empty() && m.apply.contains_key("tasks"));
    }

    #[test]
    fn field_writers_serialise_as_pairs() {
        assert_eq!(
            serde_json::to_value(FieldWriter(ME, 7)).ok(),
            Some(json!(["00000000-0000-0000-0000-000000000001", 7]))
        );
    }
}
