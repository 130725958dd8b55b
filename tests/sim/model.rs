//! The reference model: every value a coach saved, where it came from, and what may be
//! excused; and the invariants checked against the real server and laptops.
//!
//! Every saved value is unique, so a value seen anywhere (on a laptop, on the server, in a
//! conflict) tells which save made it. A save's `parent` is the save whose value the
//! laptop showed when the coach typed over it: "made after seeing it".

use std::collections::{HashMap, HashSet};

use serde_json::Value;
use uuid::Uuid;

/// One save of one field by a coach.
#[derive(Debug, Clone)]
pub struct Save {
    /// Which laptop.
    pub laptop: usize,
    /// Kind of record.
    pub entity: &'static str,
    /// The record.
    pub record: Uuid,
    /// The field (top-level key of the document).
    pub field: &'static str,
    /// The unique value.
    pub value: Value,
    /// The save whose value the laptop showed before (none: a value not made by a save).
    pub parent: Option<usize>,
    /// The outbox sequence number of the change.
    pub seq: i64,
    /// The step it was made in.
    pub step: usize,
    /// When it was made.
    pub made_at: chrono::DateTime<chrono::Utc>,
    /// Why it may be missing from the server: lost with the laptop (restored from an older
    /// copy, or wiped) before it was sent.
    pub excused: Option<&'static str>,
}

/// A new append-only record (a report): it must reach the server exactly once.
#[derive(Debug, Clone)]
pub struct Append {
    /// Which laptop.
    pub laptop: usize,
    /// The record.
    pub record: Uuid,
    /// The outbox sequence number.
    pub seq: i64,
    /// The step it was made in.
    pub step: usize,
    /// When it was made.
    pub made_at: chrono::DateTime<chrono::Utc>,
    /// Why it may be missing (as for a save).
    pub excused: Option<&'static str>,
}

/// What the model knows.
#[derive(Debug, Default)]
pub struct Model {
    /// Every save, in order.
    pub saves: Vec<Save>,
    /// Which save made a value (its JSON text).
    pub by_value: HashMap<String, usize>,
    /// Every report made.
    pub appends: Vec<Append>,
    /// Every resident taken in: (id, BSN, the unique token of its name).
    pub residents: Vec<(Uuid, String, String)>,
    /// Per device, its own sequence ranges made by an older copy that a restore replaced.
    pub restored_away: HashMap<Uuid, Vec<(i64, i64)>>,
}

impl Model {
    /// Record a save; returns its index.
    pub fn save(&mut self, save: Save) -> usize {
        let i = self.saves.len();
        self.by_value.insert(save.value.to_string(), i);
        self.saves.push(save);
        i
    }

    /// The save that made `value`, if a save did.
    pub fn save_of(&self, value: &Value) -> Option<usize> {
        self.by_value.get(&value.to_string()).copied()
    }
}

/// A conflict record on the server, as the check needs it.
#[derive(Debug, Clone)]
pub struct ServerConflict {
    /// The record in conflict.
    pub entity_id: Uuid,
    /// The field.
    pub field: String,
    /// The value the incoming device wanted.
    pub mine: Value,
    /// The value the server kept.
    pub theirs: Value,
    /// The device that ran into it.
    pub device: Uuid,
    /// The device change that set `theirs`.
    pub theirs_by: Option<(Uuid, i64)>,
}

/// Check "no lost update": every saved value is on the server, or a later save was made
/// on top of it, or it sits in a conflict a person sees, or it was refused (and kept for a
/// person), or it was lost with its laptop before it was sent. Returns the violations.
pub fn no_lost_update(
    model: &Model,
    server_value: &dyn Fn(&str, Uuid, &str) -> Option<Value>,
    conflicts: &[ServerConflict],
    refused: &HashSet<(usize, i64)>,
) -> Vec<String> {
    let mut seen_by_later: HashSet<usize> = HashSet::new();
    for s in &model.saves {
        if let Some(p) = s.parent {
            seen_by_later.insert(p);
        }
    }
    let in_conflict: HashSet<String> = conflicts
        .iter()
        .flat_map(|c| [c.mine.to_string(), c.theirs.to_string()])
        .collect();
    let mut out = Vec::new();
    for (i, s) in model.saves.iter().enumerate() {
        if s.excused.is_some()
            || seen_by_later.contains(&i)
            || in_conflict.contains(&s.value.to_string())
            || refused.contains(&(s.laptop, s.seq))
        {
            continue;
        }
        let now = server_value(s.entity, s.record, s.field);
        if now.as_ref() != Some(&s.value) {
            out.push(format!(
                "save {i} (step {}, laptop {}, seq {}) of {}.{} = {} is lost: the server has {}",
                s.step,
                s.laptop,
                s.seq,
                s.entity,
                s.field,
                short(&s.value),
                now.as_ref().map_or("nothing".into(), short),
            ));
        }
    }
    out
}

/// Check "no self-conflict": a conflict is between two devices, except where one side is
/// the change of an older copy of a restored laptop that the restored copy never saw.
pub fn no_self_conflict(
    conflicts: &[ServerConflict],
    restored_away: &HashMap<Uuid, Vec<(i64, i64)>>,
) -> Vec<String> {
    let mut out = Vec::new();
    for c in conflicts {
        let Some((theirs_device, theirs_seq)) = c.theirs_by else {
            continue;
        };
        if theirs_device != c.device {
            continue;
        }
        let excused = restored_away.get(&c.device).is_some_and(|ranges| {
            ranges
                .iter()
                .any(|(lo, hi)| (*lo..=*hi).contains(&theirs_seq))
        });
        if !excused {
            out.push(format!(
                "conflict on {}.{} between device {} and its own change {theirs_seq}",
                c.entity_id, c.field, c.device
            ));
        }
    }
    out
}

/// A value, shortened for a message.
pub fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s
    }
}
