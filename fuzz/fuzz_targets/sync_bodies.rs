//! The sync API's request bodies as the server reads them (`ApiJson`: serde_json from the
//! body's bytes) and the pure checks a push goes through before anything is stored: the
//! page's sequence numbers, each mutation's document check (`check_document`) and the
//! field merge against a record. The database part of a push is covered by
//! crates/server/tests/prop_bodies.rs against the real server.

#![no_main]

use std::collections::BTreeMap;

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Value};
use uuid::Uuid;
use werkpad_domain::sync::emergency::{EmergencyRequest, NoticesRequest};
use werkpad_domain::sync::{
    AuditUpload, CheckRequest, FieldWriter, LoginRequest, PullRequest, PushRequest, RecordsRequest,
    RefreshRequest, Seen, check_document, merge,
};
use werkpad_domain::{Choice, EntityKind};

fuzz_target!(|data: &[u8]| {
    let today = NaiveDate::from_ymd_opt(2026, 6, 15).expect("a date");
    let _ = serde_json::from_slice::<PullRequest>(data);
    let _ = serde_json::from_slice::<AuditUpload>(data);
    let _ = serde_json::from_slice::<CheckRequest>(data);
    let _ = serde_json::from_slice::<RecordsRequest>(data);
    let _ = serde_json::from_slice::<LoginRequest>(data);
    let _ = serde_json::from_slice::<RefreshRequest>(data);
    let _ = serde_json::from_slice::<NoticesRequest>(data);
    if let Ok(r) = serde_json::from_slice::<EmergencyRequest>(data)
        && let Ok(bsn) = r.check()
    {
        assert_eq!(bsn.as_str().len(), 9);
    }
    if let Ok(push) = serde_json::from_slice::<PushRequest>(data) {
        // The handler's page checks, with the same arithmetic.
        let _consecutive = push
            .mutations
            .windows(2)
            .all(|w| w[0].seq.checked_add(1) == Some(w[1].seq));
        let mut server: Map<String, Value> = Map::new();
        let mut versions: BTreeMap<String, i64> = BTreeMap::new();
        let mut writers: BTreeMap<String, FieldWriter> = BTreeMap::new();
        for (n, m) in push.mutations.iter().enumerate() {
            let kind = EntityKind::parse(&m.entity);
            if let Some(kind) = kind {
                let doc = Value::Object(m.fields.clone());
                let _ = check_document(kind, &doc, m.entity_id, m.resident_id, today);
            }
            let seen = Seen {
                base_version: m.base_version,
                field_bases: &m.field_bases,
                device: push.device_id,
                seq: m.seq,
                own_unseen: &m.own_unseen,
            };
            let groups = kind.map_or(&[][..], |k| k.merge_groups());
            let merged = merge(&server, &versions, &writers, &m.fields, &seen, groups);
            for c in &merged.conflicts {
                assert!(m.fields.contains_key(&c.field) && !merged.apply.contains_key(&c.field));
            }
            for (k, v) in &merged.apply {
                assert_eq!(m.fields.get(k), Some(v));
                server.insert(k.clone(), v.clone());
                versions.insert(k.clone(), n as i64 + 1);
                writers.insert(
                    k.clone(),
                    FieldWriter(Uuid::from_u128(n as u128 % 2), m.seq),
                );
            }
        }
    }
    // Any JSON as a document of every kind.
    if let Ok(v) = serde_json::from_slice::<Value>(data) {
        let id = v
            .get("id")
            .and_then(Value::as_str)
            .and_then(|s| Uuid::try_parse(s).ok())
            .unwrap_or_default();
        for kind in EntityKind::all() {
            let _ = check_document(*kind, &v, id, Some(id), today);
            let _ = check_document(*kind, &v, id, None, today);
        }
    }
});
