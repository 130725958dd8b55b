//! The difference between a new release and the stored records of a dataset, as record
//! writes: new records at version 1, changed ones one version up with the changed fields
//! marked, records the release no longer has marked deleted, unchanged ones left alone so
//! a laptop pulls only the difference.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;
use serde_json::{Map, Value};
use uuid::Uuid;

/// A record of the dataset as stored.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Stored {
    pub version: i64,
    pub doc: Map<String, Value>,
    pub field_versions: BTreeMap<String, i64>,
    pub deleted: bool,
}

/// A record to write.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Write {
    pub id: Uuid,
    pub record: Stored,
}

/// What an import did to a dataset's records.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ImportCounts {
    /// New in this release (or back after a release without them).
    pub added: u32,
    /// In both releases, with different content.
    pub changed: u32,
    /// No longer in the release: marked deleted.
    pub removed: u32,
    /// The same in both releases: not written.
    pub unchanged: u32,
}

/// How one record of the new release compares with its stored copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Change {
    Added,
    Changed,
    Unchanged,
}

/// The record `doc` against its stored copy: the write it needs, if any.
pub(super) fn compare(
    id: Uuid,
    stored: Option<&Stored>,
    doc: Map<String, Value>,
) -> (Change, Option<Write>) {
    let Some(old) = stored else {
        let field_versions = doc.keys().map(|k| (k.clone(), 1)).collect();
        let record = Stored {
            version: 1,
            doc,
            field_versions,
            deleted: false,
        };
        return (Change::Added, Some(Write { id, record }));
    };
    if !old.deleted && old.doc == doc {
        return (Change::Unchanged, None);
    }
    let version = old.version + 1;
    let mut field_versions: BTreeMap<String, i64> = old
        .field_versions
        .iter()
        .filter(|(k, _)| doc.contains_key(*k))
        .map(|(k, v)| (k.clone(), *v))
        .collect();
    for (field, value) in &doc {
        if old.doc.get(field) != Some(value) {
            field_versions.insert(field.clone(), version);
        }
    }
    let change = if old.deleted {
        Change::Added
    } else {
        Change::Changed
    };
    let record = Stored {
        version,
        doc,
        field_versions,
        deleted: false,
    };
    (change, Some(Write { id, record }))
}

/// The writes that turn `stored` into `release` (in release order, then the removals by
/// id), and the counts.
pub(super) fn plan(
    stored: &HashMap<Uuid, Stored>,
    release: Vec<(Uuid, Map<String, Value>)>,
) -> (Vec<Write>, ImportCounts) {
    let mut counts = ImportCounts::default();
    let mut writes = Vec::new();
    let mut present = HashSet::with_capacity(release.len());
    for (id, doc) in release {
        present.insert(id);
        let (change, write) = compare(id, stored.get(&id), doc);
        match change {
            Change::Added => counts.added += 1,
            Change::Changed => counts.changed += 1,
            Change::Unchanged => counts.unchanged += 1,
        }
        writes.extend(write);
    }
    let mut gone: Vec<(&Uuid, &Stored)> = stored
        .iter()
        .filter(|(id, s)| !s.deleted && !present.contains(*id))
        .collect();
    gone.sort_by_key(|(id, _)| **id);
    for (id, old) in gone {
        counts.removed += 1;
        writes.push(Write {
            id: *id,
            record: Stored {
                version: old.version + 1,
                deleted: true,
                ..old.clone()
            },
        });
    }
    (writes, counts)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use serde_json::json;

    fn doc(v: Value) -> Map<String, Value> {
        v.as_object().expect("an object").clone()
    }

    fn stored(version: i64, v: Value, deleted: bool) -> Stored {
        let doc = doc(v);
        let field_versions = doc.keys().map(|k| (k.clone(), 1)).collect();
        Stored {
            version,
            doc,
            field_versions,
            deleted,
        }
    }

    #[test]
    fn only_differences_are_written() {
        let (a, b, c, d, e) = (
            Uuid::from_u128(1),
            Uuid::from_u128(2),
            Uuid::from_u128(3),
            Uuid::from_u128(4),
            Uuid::from_u128(5),
        );
        let stored: HashMap<Uuid, Stored> = [
            (a, stored(1, json!({"label": "a", "n": 1}), false)),
            (b, stored(3, json!({"label": "b", "n": 1}), false)),
            (c, stored(1, json!({"label": "c"}), false)),
            (e, stored(2, json!({"label": "e"}), true)),
        ]
        .into();
        let release = vec![
            (a, doc(json!({"label": "a", "n": 1}))),
            (b, doc(json!({"label": "b", "n": 2}))),
            (d, doc(json!({"label": "d"}))),
            (e, doc(json!({"label": "e"}))),
        ];
        let (writes, counts) = plan(&stored, release);
        assert_eq!(
            counts,
            ImportCounts {
                added: 2,
                changed: 1,
                removed: 1,
                unchanged: 1
            },
            "d is new and e is back; b changed; c is gone; a is the same"
        );
        let ids: Vec<Uuid> = writes.iter().map(|w| w.id).collect();
        assert_eq!(
            ids,
            [b, d, e, c],
            "release order, then removals; a not written"
        );
        let changed = &writes[0].record;
        assert_eq!(
            (
                changed.version,
                changed.field_versions["n"],
                changed.field_versions["label"]
            ),
            (4, 4, 1),
            "the changed field gets the new version, the other keeps its own"
        );
        assert_eq!(writes[1].record.version, 1, "a new record starts at 1");
        assert!(
            !writes[2].record.deleted && writes[2].record.version == 3,
            "a record back in the release is undeleted, one version up"
        );
        assert!(
            writes[3].record.deleted && writes[3].record.version == 2,
            "a removed record is marked deleted, one version up"
        );
    }
}
