//! Valid mutations, made the way a laptop makes them: a resident taken in (create, the whole
//! document), their traject (create) and reports (append), numbered per device from 1.

use std::collections::VecDeque;

use anyhow::Context;
use chrono::{Duration, NaiveDate, Utc};
use serde::Serialize;
use serde_json::{Map, Value};
use uuid::Uuid;
use werkpad_domain::sync::{Mutation, MutationOp};
use werkpad_domain::{Purpose, Report, ReportId, StaffId, StaffMember};
use werkpad_testkit::{self as demo, Rng};

const TEXTS: &[&str] = &[
    "Voortgangsgesprek gevoerd. Inwoner werkt drie dagen per week en wil uitbreiden.",
    "Werkgever belde: inwoner komt op tijd en werkt zorgvuldig. Evaluatie over zes weken.",
    "Inwoner heeft twee sollicitaties verstuurd; één uitnodiging voor een gesprek volgende week.",
    "Afspraak niet nagekomen; telefonisch contact gehad, nieuwe afspraak gepland.",
    "Samen het rooster besproken. Kinderopvang is geregeld vanaf de eerste van de maand.",
];

/// The mutation stream of one simulated device: whole cases, cut into pages anywhere.
#[derive(Debug)]
pub struct DeviceGen {
    rng: Rng,
    coach: StaffMember,
    today: NaiveDate,
    reports_per_resident: usize,
    next_seq: i64,
    buffer: VecDeque<Mutation>,
}

fn fields<T: Serialize>(record: &T) -> anyhow::Result<Map<String, Value>> {
    match serde_json::to_value(record).context("serialising a record")? {
        Value::Object(map) => Ok(map),
        other => anyhow::bail!("a record serialised to {other}, not an object"),
    }
}

impl DeviceGen {
    /// A device of the coach `coach_name`, deterministic for `seed` (up to the random ids).
    pub fn new(seed: u64, coach_name: &str, reports_per_resident: usize) -> Self {
        Self {
            rng: Rng::new(seed),
            coach: StaffMember {
                id: StaffId::new(),
                name: coach_name.to_owned(),
            },
            today: Utc::now().date_naive(),
            reports_per_resident,
            next_seq: 1,
            buffer: VecDeque::new(),
        }
    }

    /// A mutation with this device's next sequence number (after the buffered ones are taken).
    pub fn mutation(
        &mut self,
        entity: &str,
        entity_id: Uuid,
        resident_id: Uuid,
        op: MutationOp,
        fields: Map<String, Value>,
    ) -> Mutation {
        let seq = self.next_seq;
        self.next_seq += 1;
        Mutation {
            seq,
            entity: entity.to_owned(),
            entity_id,
            resident_id: Some(resident_id),
            op,
            fields,
            base_version: 0,
            field_bases: Default::default(),
            own_unseen: Vec::new(),
            known_cursor: 0,
            purpose: Some(Purpose::Guidance.as_str().to_owned()),
            made_at: Utc::now(),
        }
    }

    /// One more case: resident, traject, reports.
    fn case(&mut self) -> anyhow::Result<()> {
        let case = demo::case(&mut self.rng, &self.coach, self.today);
        let resident = &case.resident;
        let rid = resident.id.as_uuid();
        let m = self.mutation("resident", rid, rid, MutationOp::Create, fields(resident)?);
        self.buffer.push_back(m);
        let traject = &case.traject;
        let m = self.mutation(
            "traject",
            traject.id.as_uuid(),
            rid,
            MutationOp::Create,
            fields(traject)?,
        );
        self.buffer.push_back(m);
        let template = case
            .reports
            .first()
            .context("a demo case has at least one report")?;
        for i in 0..self.reports_per_resident {
            let minutes = i64::try_from(i).unwrap_or(0) * 30;
            let report = Report {
                id: ReportId::new(),
                written_at: template.written_at + Duration::minutes(minutes),
                text: TEXTS[i % TEXTS.len()].to_owned(),
                ..template.clone()
            };
            let m = self.mutation(
                "report",
                report.id.as_uuid(),
                rid,
                MutationOp::Append,
                fields(&report)?,
            );
            self.buffer.push_back(m);
        }
        Ok(())
    }

    /// The next `n` mutations (consecutive sequence numbers).
    pub fn take(&mut self, n: usize) -> anyhow::Result<Vec<Mutation>> {
        while self.buffer.len() < n {
            self.case()?;
        }
        Ok(self.buffer.drain(..n).collect())
    }
}

/// One row of the ceiling's scratch table, shaped like a `records` row the server writes.
#[derive(Debug, Clone)]
pub struct RecordRow {
    /// Entity name.
    pub entity: String,
    /// Record id.
    pub id: Uuid,
    /// Resident id.
    pub resident_id: Option<Uuid>,
    /// The document (the mutation's fields).
    pub doc: Value,
    /// Field versions (every field at version 1).
    pub field_versions: Value,
}

impl RecordRow {
    /// The row the server stores for a fresh create/append.
    pub fn of(m: &Mutation) -> Self {
        let fv: Map<String, Value> = m
            .fields
            .keys()
            .map(|k| (k.clone(), Value::from(1)))
            .collect();
        Self {
            entity: m.entity.clone(),
            id: m.entity_id,
            resident_id: m.resident_id,
            doc: Value::Object(m.fields.clone()),
            field_versions: Value::Object(fv),
        }
    }
}
