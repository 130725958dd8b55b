//! One seed of the simulation: set up the world, run the steps, check the model after
//! every step and at the end.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Duration, NaiveDate, Utc};
use serde_json::Value;
use sqlx::PgPool;
use uuid::Uuid;
use werkpad_core::demo::{self, Rng};
use werkpad_core::store::faults::FaultPoint;
use werkpad_core::store::residents::Intake;
use werkpad_core::store::writer::Written;
use werkpad_core::sync::{Choice, SyncError, SyncFailure, engine};
use werkpad_domain::sync::Role;
use werkpad_domain::{
    EndReason, EntityKind, HealthRecord, HealthRecordId, Purpose, Report, ReportId, ReportKind,
    Resident, ResidentId, Traject,
};
use werkpad_server::admin;
use werkpad_server::faults::FaultPoint as ServerFault;
use werkpad_server::sync::caseload;

use super::model::{self, Append, Model, Save, ServerConflict};
use super::proxy::{NetFault, Proxy};
use super::world::{Laptop, Server};

/// How to run a seed.
#[derive(Debug, Clone)]
pub struct Options {
    /// Steps before the faults stop.
    pub steps: usize,
    /// Print each step as it runs.
    pub verbose: bool,
}

/// What one seed did and checked.
#[derive(Debug, Clone, Default)]
pub struct Figures {
    pub steps: u64,
    pub saves: u64,
    pub reports: u64,
    pub intakes: u64,
    pub rounds: u64,
    pub rounds_failed_by_faults: u64,
    pub net_faults: u64,
    pub store_faults: u64,
    pub server_faults: u64,
    pub server_restarts: u64,
    pub crashes: u64,
    pub snapshots: u64,
    pub restores: u64,
    pub handovers: u64,
    pub unassignments: u64,
    pub role_changes: u64,
    pub disables: u64,
    pub wipes: u64,
    pub logins_again: u64,
    pub conflicts: u64,
    pub resolved: u64,
    pub rejections: u64,
    pub repairs: u64,
    pub invariant_checks: u64,
}

impl Figures {
    /// Add another seed's figures.
    pub fn add(&mut self, o: &Figures) {
        macro_rules! sum {
            ($($f:ident),*) => { $( self.$f += o.$f; )* };
        }
        sum!(
            steps,
            saves,
            reports,
            intakes,
            rounds,
            rounds_failed_by_faults,
            net_faults,
            store_faults,
            server_faults,
            server_restarts,
            crashes,
            snapshots,
            restores,
            handovers,
            unassignments,
            role_changes,
            disables,
            wipes,
            logins_again,
            conflicts,
            resolved,
            rejections,
            repairs,
            invariant_checks
        );
    }

    /// Faults injected in all.
    pub fn faults(&self) -> u64 {
        self.net_faults
            + self.store_faults
            + self.server_faults
            + self.server_restarts
            + self.crashes
            + self.restores
    }
}

const COACHES: [&str; 2] = ["anna", "bram"];
const LEAD: &str = "tessa";
/// Family names that break naive code: particles, apostrophes, diacritics, hyphens.
const FAMILY: [&str; 8] = [
    "Öztürk",
    "van 't Hof",
    "Nguyễn",
    "O'Brien-de Vries",
    "Đorđević",
    "el Amrani",
    "Ŝtefan-Ærø",
    "de la Fuente y Núñez",
];
const GIVEN: [&str; 6] = ["Zoë", "Anne-Fleur", "Ðức", "Łukasz", "Chloë Ångström", "J."];

struct Sim {
    rng: Rng,
    seed: u64,
    opts: Options,
    today: NaiveDate,
    pool: PgPool,
    server: Server,
    proxy: Proxy,
    root: tempfile::TempDir,
    laptops: Vec<Laptop>,
    model: Model,
    log: Vec<String>,
    fig: Figures,
    step: usize,
    unique: u64,
    roles: BTreeMap<String, Role>,
    disabled: HashSet<String>,
    users: BTreeMap<String, Uuid>,
    bsns: HashSet<String>,
    refused: HashSet<(usize, i64)>,
    /// Per laptop, the step of its last restore (renumbering shifts later saves).
    restored_at: HashMap<usize, (usize, i64)>,
    /// Per laptop, the skipped ranges the model has followed.
    known_unseen: HashMap<usize, Vec<[i64; 2]>>,
    faults_armed: bool,
}

type Res<T = ()> = Result<T, String>;

fn e<E: std::fmt::Display>(what: &str) -> impl FnOnce(E) -> String + '_ {
    move |err| format!("{what}: {err}")
}

/// Run one seed. `Err` holds the violation and the step list.
pub async fn run_seed(seed: u64, opts: Options) -> Result<Figures, String> {
    let (pool, url) = crate::fresh_database().await;
    let result = run(seed, opts, pool.clone()).await;
    pool.close().await;
    crate::drop_database(&url).await;
    result
}

async fn run(seed: u64, opts: Options, pool: PgPool) -> Result<Figures, String> {
    let mut users = BTreeMap::new();
    let mut roles = BTreeMap::new();
    for (name, role) in [
        ("anna", Role::Jobcoach),
        ("bram", Role::Jobcoach),
        (LEAD, Role::Teamleider),
    ] {
        let id = admin::user_add(&pool, name, name, role, crate::PASSWORD)
            .await
            .map_err(e("user add"))?;
        users.insert(name.to_owned(), id);
        roles.insert(name.to_owned(), role);
    }
    // One team: its lead (and bram, when he is made lead) sees every coach's files.
    admin::team_add(&pool, "Noord")
        .await
        .map_err(e("team add"))?;
    for name in users.keys() {
        admin::user_set_team(&pool, name, Some("Noord"))
            .await
            .map_err(e("set team"))?;
    }
    let server = Server::start(pool.clone()).await;
    let proxy = Proxy::start(server.addr).await;
    let root = tempfile::tempdir().map_err(e("temp dir"))?;
    let mut laptops = Vec::new();
    for (name, user) in [
        ("anna-1", "anna"),
        ("anna-2", "anna"),
        ("bram-1", "bram"),
        ("bram-2", "bram"),
        ("tessa-1", LEAD),
    ] {
        laptops.push(Laptop::new(name, user, root.path().join(name), &proxy.url()).await);
    }
    let mut sim = Sim {
        rng: Rng::new(seed),
        seed,
        opts,
        today: Utc::now().date_naive(),
        pool,
        server,
        proxy,
        root,
        laptops,
        model: Model::default(),
        log: Vec::new(),
        fig: Figures::default(),
        step: 0,
        unique: 0,
        roles,
        disabled: HashSet::new(),
        users,
        bsns: HashSet::new(),
        refused: HashSet::new(),
        restored_at: HashMap::new(),
        known_unseen: HashMap::new(),
        faults_armed: false,
    };
    let outcome = sim.play().await;
    let fig = sim.fig.clone();
    for l in &mut sim.laptops {
        l.close().await;
    }
    sim.server.stop();
    match outcome {
        Ok(()) => Ok(fig),
        Err(why) => Err(format!(
            "seed {} failed at step {}: {why}\nsteps:\n{}\nreplay: scripts/simulate.sh --seed {} --steps {}",
            sim.seed,
            sim.step,
            sim.log.join("\n"),
            sim.seed,
            sim.opts.steps
        )),
    }
}

impl Sim {
    fn note(&mut self, what: String) {
        let line = format!("{:>4} {what}", self.step);
        if self.opts.verbose {
            println!("{line}");
        }
        self.log.push(line);
    }

    fn next_unique(&mut self) -> u64 {
        self.unique += 1;
        self.unique
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[usize::try_from(self.rng.below(items.len() as u64)).unwrap_or(0)]
    }

    fn active(&self) -> Vec<usize> {
        (0..self.laptops.len())
            .filter(|&i| self.laptops[i].store.is_some() && !self.laptops[i].wiped)
            .collect()
    }

    fn pick_laptop(&mut self) -> Option<usize> {
        let active = self.active();
        if active.is_empty() {
            return None;
        }
        Some(self.pick(&active))
    }

    async fn play(&mut self) -> Res {
        // A start: each coach takes three residents in, and every laptop syncs.
        for l in [0, 2] {
            for _ in 0..3 {
                self.intake(l).await?;
            }
        }
        for l in 0..self.laptops.len() {
            self.round(l).await?;
        }
        for step in 1..=self.opts.steps {
            self.step = step;
            self.fig.steps += 1;
            self.one_step().await?;
            self.check_step().await?;
        }
        self.step = self.opts.steps + 1;
        self.note("faults stop; every laptop syncs twice".into());
        self.quiesce().await?;
        self.check_end().await
    }

    async fn one_step(&mut self) -> Res {
        let r = self.rng.below(100);
        let Some(l) = self.pick_laptop() else {
            return Ok(());
        };
        match r {
            0..=27 => self.edit(l).await,
            28..=34 => self.report(l).await,
            35..=39 => {
                if self.laptops[l].user != LEAD
                    && self.roles.get(&self.laptops[l].user) == Some(&Role::Jobcoach)
                {
                    self.intake(l).await
                } else {
                    Ok(())
                }
            }
            40..=46 => self.traject(l).await,
            47..=48 => self.health(l).await,
            49..=69 => self.sync_with_faults(l).await,
            70..=73 => self.crash(l).await,
            74..=75 => self.restart_server().await,
            76..=78 => self.handover().await,
            79 => self.unassign().await,
            80 => self.assign_back().await,
            81 => self.role_change().await,
            82 => self.disable_or_enable().await,
            83..=84 => self.snapshot(l).await,
            85..=86 => self.restore(l).await,
            87..=90 => self.resolve(l).await,
            _ => self.round(l).await,
        }
    }

    // ---- coach actions -------------------------------------------------------------

    async fn held_residents(&self, l: usize) -> Res<Vec<(String, Value)>> {
        let rows = self.laptops[l]
            .store()
            .upkeep()
            .records_json(EntityKind::Resident)
            .await
            .map_err(e("read residents"))?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, d)| serde_json::from_str(&d).ok().map(|v| (id, v)))
            .collect())
    }

    async fn pick_resident(&mut self, l: usize) -> Res<Option<(Uuid, Value)>> {
        let held = self.held_residents(l).await?;
        if held.is_empty() {
            return Ok(None);
        }
        let i = usize::try_from(self.rng.below(held.len() as u64)).unwrap_or(0);
        let (id, doc) = held[i].clone();
        Ok(Uuid::parse_str(&id).ok().map(|id| (id, doc)))
    }

    fn new_value(&mut self, field: &str, current: &Value) -> Value {
        let u = self.next_unique();
        match field {
            "motivation" => {
                let long = self.rng.below(10) == 0;
                let body = if long {
                    "Wil graag werken in de zorg; rijbewijs B, geen auto. Één dag per week \
                     mantelzorg — ‘s ochtends niet beschikbaar. "
                        .repeat(25)
                } else {
                    "Wil aan het werk.".to_owned()
                };
                Value::String(format!("Motivatie {u}: {body}"))
            }
            "phone" => Value::String(format!("06{:08}", 10_000_000 + u)),
            "email" => Value::String(format!("inwoner{u}@voorbeeld.nl")),
            _ => {
                let mut name = current.clone();
                let given = self.pick(&GIVEN);
                name["given_names"] = Value::String(format!("{given} {u}"));
                name
            }
        }
    }

    /// Change one to three fields of one resident, each a save in its own transaction,
    /// as a coach corrects and adds.
    async fn edit(&mut self, l: usize) -> Res {
        let Some((id, _)) = self.pick_resident(l).await? else {
            return Ok(());
        };
        let n = 1 + self.rng.below(3);
        for _ in 0..n {
            let field = self.pick(&["motivation", "motivation", "phone", "email", "name"]);
            self.edit_field(l, id, field).await?;
        }
        Ok(())
    }

    async fn edit_field(&mut self, l: usize, id: Uuid, field: &'static str) -> Res {
        let store = self.laptops[l].store();
        let resident = match store
            .residents()
            .resident(ResidentId::from_uuid(id), Purpose::Guidance)
            .await
        {
            Ok(r) => r,
            // Gone meanwhile (a purge): nothing to edit.
            Err(werkpad_core::StoreError::NotFound { .. }) => return Ok(()),
            Err(err) => return Err(format!("read resident: {err}")),
        };
        let mut doc = serde_json::to_value(&resident).map_err(e("json"))?;
        let current = doc.get(field).cloned().unwrap_or(Value::Null);
        let parent = self.model.save_of(&current);
        let value = self.new_value(field, &current);
        doc[field] = value;
        let changed: Resident = serde_json::from_value(doc).map_err(e("resident json"))?;
        let store = self.laptops[l].store();
        match store.residents().save(&changed, Purpose::Guidance).await {
            Ok(Written::Updated) => {}
            Ok(_) => return Ok(()),
            Err(err) => return Err(format!("save {field}: {err}")),
        }
        let seq = store
            .sync()
            .outbox_stats()
            .await
            .map_err(e("stats"))?
            .next_seq
            - 1;
        let stored = store
            .residents()
            .resident(ResidentId::from_uuid(id), Purpose::Guidance)
            .await
            .map_err(e("read back"))?;
        let stored = serde_json::to_value(&stored).map_err(e("json"))?[field].clone();
        let name = self.laptops[l].name.clone();
        self.note(format!(
            "{name}: edit {field} of {id} = {} (seq {seq})",
            model::short(&stored)
        ));
        self.model.save(Save {
            laptop: l,
            entity: "resident",
            record: id,
            field,
            value: stored,
            parent,
            seq,
            step: self.step,
            made_at: Utc::now(),
            excused: None,
        });
        self.fig.saves += 1;
        Ok(())
    }

    async fn report(&mut self, l: usize) -> Res {
        let Some((id, _)) = self.pick_resident(l).await? else {
            return Ok(());
        };
        let u = self.next_unique();
        let long = self.rng.below(8) == 0;
        let text = if long {
            // Near the limit of 20,000 characters: pages must be sized in bytes.
            format!(
                "Verslag {u}: {}",
                "Gesprek op de werkplek — ‘goed’ verlopen; één afspraak gemaakt. ".repeat(290)
            )
        } else {
            format!("Verslag {u}: gesprek gevoerd.")
        };
        let store = self.laptops[l].store();
        let report = Report {
            id: ReportId::new(),
            resident_id: ResidentId::from_uuid(id),
            traject_id: None,
            written_at: Utc::now(),
            author: store.device().coach.clone(),
            kind: ReportKind::Conversation,
            text,
        };
        store
            .residents()
            .save(&report, Purpose::Guidance)
            .await
            .map_err(e("save report"))?;
        let seq = store
            .sync()
            .outbox_stats()
            .await
            .map_err(e("stats"))?
            .next_seq
            - 1;
        let name = self.laptops[l].name.clone();
        self.note(format!("{name}: report on {id} (seq {seq}, long {long})"));
        self.model.appends.push(Append {
            laptop: l,
            record: report.id.as_uuid(),
            seq,
            step: self.step,
            made_at: Utc::now(),
            excused: None,
        });
        self.fig.reports += 1;
        Ok(())
    }

    async fn intake(&mut self, l: usize) -> Res {
        let store = self.laptops[l].store();
        let coach = store.device().coach.clone();
        let mut case = demo::case(&mut self.rng, &coach, self.today).intake;
        let u = self.next_unique();
        let token = format!("sim{u:05}");
        let family = FAMILY[usize::try_from(u % FAMILY.len() as u64).unwrap_or(0)];
        case.resident.name.family_name = format!("{family} {}", token.to_uppercase());
        let bsn = loop {
            let b = demo::fake_bsn(&mut self.rng);
            if self.bsns.insert(b.to_string()) {
                break b;
            }
        };
        case.resident.bsn = bsn.clone();
        let health = (self.rng.below(3) == 0).then(|| HealthRecord {
            id: HealthRecordId::new(),
            resident_id: case.resident.id,
            recorded_on: self.today,
            recorded_by: coach.clone(),
            necessity: "Nodig om passend werk te vinden.".into(),
            summary: format!("Rugklachten {u}; niet zwaar tillen."),
            work_limitations: None,
            source: Some("inwoner zelf".into()),
        });
        let intake = Intake {
            resident: case.resident,
            traject: case.traject,
            health,
        };
        let store = self.laptops[l].store();
        match store.residents().save_intake(&intake).await {
            Ok(()) => {}
            // Another laptop of the team took the same person in: refused here.
            Err(werkpad_core::StoreError::DuplicateBsn) => return Ok(()),
            Err(err) => return Err(format!("intake: {err}")),
        }
        let id = intake.resident.id.as_uuid();
        let name = self.laptops[l].name.clone();
        self.note(format!("{name}: intake {id} ({token})"));
        self.model
            .residents
            .push((id, bsn.to_string(), token.to_lowercase()));
        self.fig.intakes += 1;
        Ok(())
    }

    async fn traject(&mut self, l: usize) -> Res {
        let Some((id, _)) = self.pick_resident(l).await? else {
            return Ok(());
        };
        let store = self.laptops[l].store();
        let trajecten: Vec<Traject> = store
            .upkeep()
            .records_json(EntityKind::Traject)
            .await
            .map_err(e("trajecten"))?
            .into_iter()
            .filter_map(|(_, d)| serde_json::from_str::<Traject>(&d).ok())
            .filter(|t| t.resident_id.as_uuid() == id && t.end.is_none())
            .collect();
        let Some(t) = trajecten.first().cloned() else {
            return Ok(());
        };
        let end = self.rng.below(10) < 3;
        let name = self.laptops[l].name.clone();
        let result = if end {
            let (reason, back) = self.pick(&[
                (EndReason::Afgebroken, 60),
                (EndReason::Afgebroken, 0),
                (EndReason::Beeindigd, 0),
                (EndReason::Geweigerd, 0),
            ]);
            let on = (self.today - Duration::days(back)).max(t.started_on);
            self.note(format!("{name}: end traject of {id}: {reason:?} on {on}"));
            self.laptops[l]
                .store()
                .residents()
                .end_traject(
                    t.resident_id,
                    t.id,
                    reason,
                    on,
                    "Besloten in overleg.".into(),
                )
                .await
        } else {
            let Some(to) = t.state.next_states().first().copied() else {
                return Ok(());
            };
            self.note(format!("{name}: traject of {id} to {to:?}"));
            self.laptops[l]
                .store()
                .residents()
                .transition_traject(t.resident_id, t.id, to, self.today, None)
                .await
        };
        match result {
            Ok(_) | Err(werkpad_core::StoreError::Validation(_)) => Ok(()),
            Err(err) => Err(format!("traject: {err}")),
        }
    }

    async fn health(&mut self, l: usize) -> Res {
        if self.roles.get(&self.laptops[l].user) != Some(&Role::Jobcoach) {
            return Ok(());
        }
        let Some((id, _)) = self.pick_resident(l).await? else {
            return Ok(());
        };
        let u = self.next_unique();
        let store = self.laptops[l].store();
        let h = HealthRecord {
            id: HealthRecordId::new(),
            resident_id: ResidentId::from_uuid(id),
            recorded_on: self.today,
            recorded_by: store.device().coach.clone(),
            necessity: "Nodig voor de begeleiding.".into(),
            summary: format!("Beperking {u}."),
            work_limitations: Some("Geen nachtdiensten.".into()),
            source: None,
        };
        store
            .residents()
            .save(&h, Purpose::Guidance)
            .await
            .map_err(e("save health"))?;
        let name = self.laptops[l].name.clone();
        self.note(format!("{name}: health record for {id}"));
        Ok(())
    }

    async fn resolve(&mut self, l: usize) -> Res {
        let store = self.laptops[l].store();
        let open = store.sync().conflicts().await.map_err(e("conflicts"))?;
        if open.is_empty() {
            return Ok(());
        }
        let i = usize::try_from(self.rng.below(open.len() as u64)).unwrap_or(0);
        let c = open[i].clone();
        let field: Option<&'static str> = ["motivation", "phone", "email"]
            .into_iter()
            .find(|f| *f == c.field);
        let mut choice = self.pick(&[Choice::Mine, Choice::Theirs, Choice::Edited]);
        if field.is_none() || c.entity != "resident" {
            choice = Choice::Theirs;
        }
        let value = match (choice, field) {
            (Choice::Edited, Some(f)) => Some(self.new_value(f, &Value::Null)),
            _ => None,
        };
        let name = self.laptops[l].name.clone();
        self.note(format!(
            "{name}: a person resolves the conflict on {}.{} with {choice:?}",
            c.entity, c.field
        ));
        let store = self.laptops[l].store();
        let resident = Uuid::parse_str(&c.entity_id).map_err(e("id"))?;
        let before = if let (Choice::Edited, Some(f)) = (choice, field) {
            store
                .residents()
                .resident(ResidentId::from_uuid(resident), Purpose::Guidance)
                .await
                .ok()
                .and_then(|r| serde_json::to_value(r).ok())
                .map(|d| d[f].clone())
        } else {
            None
        };
        match store
            .sync()
            .resolve_conflict(&c.conflict_id, choice, value)
            .await
        {
            Ok(()) => {}
            // The record is gone from this laptop meanwhile.
            Err(werkpad_core::StoreError::NotFound { .. }) => return Ok(()),
            Err(err) => return Err(format!("resolve: {err}")),
        }
        self.fig.resolved += 1;
        if let (Choice::Edited, Some(f), Some(before)) = (choice, field, before) {
            let seq = store
                .sync()
                .outbox_stats()
                .await
                .map_err(e("stats"))?
                .next_seq
                - 2;
            let stored = store
                .residents()
                .resident(ResidentId::from_uuid(resident), Purpose::Guidance)
                .await
                .map_err(e("read back"))?;
            let stored = serde_json::to_value(&stored).map_err(e("json"))?[f].clone();
            if stored != before {
                let parent = self.model.save_of(&before);
                self.model.save(Save {
                    laptop: l,
                    entity: "resident",
                    record: resident,
                    field: f,
                    value: stored,
                    parent,
                    seq,
                    step: self.step,
                    made_at: Utc::now(),
                    excused: None,
                });
                self.fig.saves += 1;
            }
        }
        Ok(())
    }

    // ---- sync and faults -----------------------------------------------------------

    async fn sync_with_faults(&mut self, l: usize) -> Res {
        let r = self.rng.below(100);
        let name = self.laptops[l].name.clone();
        if r < 15 {
            let pass = u32::try_from(self.rng.below(4)).unwrap_or(0);
            let fault = self.pick(&[NetFault::DropRequest, NetFault::DropResponse]);
            self.note(format!(
                "{name}: the network will lose request {} ({fault:?})",
                pass + 1
            ));
            self.proxy.arm(pass, fault);
            self.faults_armed = true;
        } else if r < 22 {
            let point = self.pick(&[ServerFault::PushBeforeCommit, ServerFault::PushAfterCommit]);
            self.note(format!("server: fault armed at {point:?}"));
            self.server.state.faults.arm(point);
            self.fig.server_faults += 1;
            self.faults_armed = true;
        } else if r < 28 {
            let point = self.pick(&[
                FaultPoint::PushAnswerBeforeCommit,
                FaultPoint::PullPageBeforeCommit,
                FaultPoint::RepairBeforeCommit,
            ]);
            self.note(format!("{name}: store fault armed at {point:?}"));
            self.laptops[l].store().faults().arm_once(point);
            self.fig.store_faults += 1;
            self.faults_armed = true;
        }
        let fired_before = self.proxy.fired();
        let result = self.round(l).await;
        self.fig.net_faults += self.proxy.fired() - fired_before;
        self.proxy.clear();
        self.server.state.faults.clear();
        if let Some(store) = &self.laptops[l].store {
            store.faults().set(None);
        }
        self.faults_armed = false;
        result
    }

    /// One round on laptop `l`, as the app runs it; what needs a person is done by one.
    async fn round(&mut self, l: usize) -> Res {
        if self.laptops[l].store.is_none() || self.laptops[l].wiped {
            return Ok(());
        }
        let name = self.laptops[l].name.clone();
        if self.laptops[l].needs_login {
            if self.disabled.contains(&self.laptops[l].user) {
                return Ok(());
            }
            self.note(format!("{name}: the coach logs in again"));
            let url = self.proxy.url();
            let user = self.laptops[l].user.clone();
            self.laptops[l]
                .store()
                .sync()
                .login(&url, &user, crate::PASSWORD)
                .await
                .map_err(e("login"))?;
            self.laptops[l].needs_login = false;
            self.fig.logins_again += 1;
        }
        let result = engine::round(self.laptops[l].store(), self.today, &|_| {}).await;
        if self.laptops[l].store.is_some() {
            self.track_renumbering(l).await?;
        }
        match result {
            Ok(report) => {
                self.fig.rounds += 1;
                self.fig.repairs += report.check.repairs();
                self.fig.conflicts += report.push.conflicts;
                self.note(format!(
                    "{name}: round: pushed {} (conflicts {}, refused {}, resent {}, renumbered {}), \
                     received {} (set aside {}), purged {}, repairs {}, destroyed {}",
                    report.push.applied,
                    report.push.conflicts,
                    report.push.rejected,
                    report.push.resent,
                    report.push.renumbered,
                    report.pull.received,
                    report.pull.set_aside,
                    report.pull.purged,
                    report.check.repairs(),
                    report.destroyed
                ));
                self.collect_rejections(l).await?;
                self.check_role_rule(l).await
            }
            Err(f) if f.is_wipe() => {
                self.note(format!("{name}: the server says wipe"));
                self.lost_with_laptop(l, 0, "wiped").await?;
                if let Some(store) = self.laptops[l].store.take() {
                    engine::wipe(store).await.map_err(e("wipe"))?;
                }
                self.laptops[l].wiped = true;
                self.fig.wipes += 1;
                Ok(())
            }
            Err(SyncFailure::Sync(SyncError::NotLoggedIn | SyncError::TokenExpired)) => {
                self.note(format!("{name}: the round needs the coach to log in again"));
                self.laptops[l].needs_login = true;
                Ok(())
            }
            Err(f) if self.faults_armed => {
                self.note(format!("{name}: round failed under a fault: {f}"));
                self.fig.rounds_failed_by_faults += 1;
                Ok(())
            }
            Err(f) => Err(format!("{name}: a round without faults failed: {f}")),
        }
    }

    /// A restored laptop numbers its new changes again when the server says it reused
    /// numbers (a range of its own numbers it skips): the model follows.
    async fn track_renumbering(&mut self, l: usize) -> Res {
        let ranges = self.laptops[l]
            .store()
            .sync()
            .outbox_stats()
            .await
            .map_err(e("stats"))?
            .own_unseen;
        let known = self.known_unseen.entry(l).or_default();
        let new: Vec<[i64; 2]> = ranges
            .iter()
            .filter(|r| !known.contains(r))
            .copied()
            .collect();
        known.extend(new.iter().copied());
        let restored_step = self.restored_at.get(&l).map_or(0, |(step, _)| *step);
        for [first, hi] in new {
            let shift = hi - first + 1;
            for s in self.model.saves.iter_mut() {
                if s.laptop == l && s.step >= restored_step && s.seq >= first {
                    s.seq += shift;
                }
            }
            for a in self.model.appends.iter_mut() {
                if a.laptop == l && a.step >= restored_step && a.seq >= first {
                    a.seq += shift;
                }
            }
        }
        Ok(())
    }

    async fn collect_rejections(&mut self, l: usize) -> Res {
        let rejections = self.laptops[l]
            .store()
            .sync()
            .rejections()
            .await
            .map_err(e("rejections"))?;
        for r in rejections {
            if self.refused.insert((l, r.seq)) {
                self.fig.rejections += 1;
                let name = self.laptops[l].name.clone();
                self.note(format!(
                    "{name}: change {} ({} {}) refused: {}",
                    r.seq,
                    r.op.as_deref().unwrap_or("?"),
                    r.entity,
                    r.reason
                ));
                // A coach whose role lost the right (health data, a team lead's edit of
                // a file that is not in her caseload as a coach again), or a record the
                // server no longer has: the laptop was told, a person sees it. Anything
                // else is a bug.
                let role_changed = self.fig.role_changes > 0 && self.laptops[l].user == "bram";
                let expected = matches!(r.reason.as_str(), "forbidden" | "not_updatable")
                    || (r.reason == "not_in_caseload" && role_changed);
                if !expected {
                    return Err(format!("{name}: unexpected refusal {}: {r:?}", r.reason));
                }
            }
        }
        Ok(())
    }

    /// A laptop whose user may not see health data holds none after a round.
    async fn check_role_rule(&mut self, l: usize) -> Res {
        self.fig.invariant_checks += 1;
        let sees = self
            .roles
            .get(&self.laptops[l].user)
            .is_some_and(|r| r.sees_health());
        if sees {
            return Ok(());
        }
        let n = self.laptops[l]
            .store()
            .upkeep()
            .records_json(EntityKind::HealthRecord)
            .await
            .map_err(e("health"))?
            .len();
        if n > 0 {
            return Err(format!(
                "{}: holds {n} health records though its role may not see them",
                self.laptops[l].name
            ));
        }
        Ok(())
    }

    /// Laptop `l` is wiped or replaced by an older copy: what it made since step `since`
    /// and the server never applied is lost with it (excused). Applied means: the server's
    /// audit names that change (device, number, record), after it was made (numbers an
    /// older copy used are told apart by time).
    async fn lost_with_laptop(&mut self, l: usize, since: usize, why: &'static str) -> Res {
        let device = self.laptops[l].device;
        let mut lost = Vec::new();
        let candidates: Vec<(bool, usize, i64, Uuid, chrono::DateTime<Utc>)> = self
            .model
            .saves
            .iter()
            .enumerate()
            .filter(|(_, s)| s.laptop == l && s.step >= since && s.excused.is_none())
            .map(|(i, s)| (true, i, s.seq, s.record, s.made_at))
            .chain(
                self.model
                    .appends
                    .iter()
                    .enumerate()
                    .filter(|(_, a)| a.laptop == l && a.step >= since && a.excused.is_none())
                    .map(|(i, a)| (false, i, a.seq, a.record, a.made_at)),
            )
            .collect();
        for (is_save, i, seq, record, made_at) in candidates {
            let action: Option<(String,)> = sqlx::query_as(
                "SELECT action FROM audit_log WHERE device_id = $1 AND mutation_seq = $2
                   AND entity_id = $3 AND at >= $4 LIMIT 1",
            )
            .bind(device)
            .bind(seq)
            .bind(record)
            .bind(made_at)
            .fetch_optional(&self.pool)
            .await
            .map_err(e("applied?"))?;
            match action {
                None => lost.push((is_save, i)),
                // Refused, and the laptop went before it heard: as refused.
                Some((a,)) if a.starts_with("reject_") => {
                    self.refused.insert((l, seq));
                }
                Some(_) => {}
            }
        }
        for (is_save, i) in lost {
            if is_save {
                self.model.saves[i].excused = Some(why);
            } else {
                self.model.appends[i].excused = Some(why);
            }
        }
        Ok(())
    }

    async fn server_last_seq(&self, device: Uuid) -> Res<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT last_seq FROM devices WHERE id = $1")
            .bind(device)
            .fetch_one(&self.pool)
            .await
            .map_err(e("last seq"))?;
        Ok(n)
    }

    async fn crash(&mut self, l: usize) -> Res {
        let point = self.pick(&[
            FaultPoint::AfterRow,
            FaultPoint::AfterOutbox,
            FaultPoint::BeforeCommit,
            FaultPoint::PushAnswerBeforeCommit,
            FaultPoint::PullPageBeforeCommit,
            FaultPoint::RepairBeforeCommit,
        ]);
        let name = self.laptops[l].name.clone();
        self.note(format!("{name}: crashes at {point:?}"));
        self.fig.crashes += 1;
        self.laptops[l].store().faults().arm_once(point);
        self.faults_armed = true;
        let result = match point {
            FaultPoint::AfterRow | FaultPoint::AfterOutbox | FaultPoint::BeforeCommit => {
                if let Some((id, _)) = self.pick_resident(l).await? {
                    let lost = format!("Verloren {}", self.next_unique());
                    let store = self.laptops[l].store();
                    let before = store
                        .sync()
                        .outbox_stats()
                        .await
                        .map_err(e("stats"))?
                        .next_seq;
                    let r = store
                        .residents()
                        .resident(ResidentId::from_uuid(id), Purpose::Guidance)
                        .await;
                    if let Ok(mut r) = r {
                        r.motivation = Some(lost);
                        let saved = store.residents().save(&r, Purpose::Guidance).await;
                        let after = store
                            .sync()
                            .outbox_stats()
                            .await
                            .map_err(e("stats"))?
                            .next_seq;
                        if saved.is_ok() || after != before {
                            return Err(format!(
                                "{name}: a write with a fault at {point:?} was stored"
                            ));
                        }
                    }
                }
                Ok(())
            }
            _ => self.round(l).await,
        };
        self.faults_armed = false;
        result?;
        if self.laptops[l].wiped {
            return Ok(());
        }
        // The process dies and starts again.
        self.laptops[l].close().await;
        self.laptops[l].open().await
    }

    async fn restart_server(&mut self) -> Res {
        self.note("server restarts".into());
        self.server.stop();
        self.server = Server::start(self.pool.clone()).await;
        self.proxy.set_upstream(self.server.addr);
        self.fig.server_restarts += 1;
        Ok(())
    }

    // ---- the team lead and the administrator ----------------------------------------

    async fn caseload(&self) -> Res<Vec<(Uuid, Uuid)>> {
        sqlx::query_as("SELECT resident_id, coach_id FROM caseload ORDER BY resident_id, coach_id")
            .fetch_all(&self.pool)
            .await
            .map_err(e("caseload"))
    }

    fn coach_name(&self, id: Uuid) -> Option<String> {
        self.users
            .iter()
            .find(|(_, u)| **u == id)
            .map(|(n, _)| n.clone())
    }

    async fn handover(&mut self) -> Res {
        let rows = self.caseload().await?;
        if rows.is_empty() {
            return Ok(());
        }
        let i = usize::try_from(self.rng.below(rows.len() as u64)).unwrap_or(0);
        let (resident, from) = rows[i];
        let Some(from_name) = self.coach_name(from) else {
            return Ok(());
        };
        let to_name = COACHES
            .iter()
            .find(|c| **c != from_name)
            .copied()
            .unwrap_or("anna");
        let to = self.users[to_name];
        let lead = self.users[LEAD];
        self.note(format!(
            "team lead hands {resident} over from {from_name} to {to_name}"
        ));
        caseload::unassign(&self.pool, resident, from, Some(lead))
            .await
            .map_err(e("unassign"))?;
        caseload::assign(&self.pool, resident, to, Some(lead))
            .await
            .map_err(e("assign"))?;
        self.fig.handovers += 1;
        Ok(())
    }

    async fn unassign(&mut self) -> Res {
        let rows = self.caseload().await?;
        if rows.is_empty() {
            return Ok(());
        }
        let i = usize::try_from(self.rng.below(rows.len() as u64)).unwrap_or(0);
        let (resident, from) = rows[i];
        self.note(format!("team lead takes {resident} out of a caseload"));
        caseload::unassign(&self.pool, resident, from, Some(self.users[LEAD]))
            .await
            .map_err(e("unassign"))?;
        self.fig.unassignments += 1;
        Ok(())
    }

    async fn assign_back(&mut self) -> Res {
        let orphans: Vec<(Uuid,)> = sqlx::query_as(
            "SELECT r.id FROM records r WHERE r.entity = 'resident' AND NOT r.deleted
               AND NOT EXISTS (SELECT 1 FROM caseload c WHERE c.resident_id = r.id)
             ORDER BY r.id",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(e("orphans"))?;
        if orphans.is_empty() {
            return Ok(());
        }
        let i = usize::try_from(self.rng.below(orphans.len() as u64)).unwrap_or(0);
        let to_name = self.pick(&COACHES);
        self.note(format!("team lead assigns {} to {to_name}", orphans[i].0));
        caseload::assign(
            &self.pool,
            orphans[i].0,
            self.users[to_name],
            Some(self.users[LEAD]),
        )
        .await
        .map_err(e("assign"))?;
        self.fig.handovers += 1;
        Ok(())
    }

    async fn role_change(&mut self) -> Res {
        let now = self.roles["bram"];
        let next = if now == Role::Jobcoach {
            Role::Teamleider
        } else {
            Role::Jobcoach
        };
        self.note(format!("administrator gives bram the role {next:?}"));
        admin::user_set_role(&self.pool, "bram", next)
            .await
            .map_err(e("set role"))?;
        self.roles.insert("bram".into(), next);
        self.fig.role_changes += 1;
        Ok(())
    }

    async fn disable_or_enable(&mut self) -> Res {
        if self.disabled.remove("bram") {
            self.note("administrator enables bram again; his wiped laptops are set up anew".into());
            sqlx::query("UPDATE users SET disabled = false WHERE name = 'bram'")
                .execute(&self.pool)
                .await
                .map_err(e("enable"))?;
            let url = self.proxy.url();
            for l in 0..self.laptops.len() {
                if self.laptops[l].user == "bram" && self.laptops[l].wiped {
                    let name = format!("{}-new{}", self.laptops[l].name, self.step);
                    let dir = self.root.path().join(&name);
                    self.laptops[l] = Laptop::new(&name, "bram", dir, &url).await;
                }
            }
            return Ok(());
        }
        if self.step < self.opts.steps / 3 {
            return Ok(());
        }
        self.note("administrator disables bram".into());
        admin::user_disable(&self.pool, "bram")
            .await
            .map_err(e("disable"))?;
        self.disabled.insert("bram".into());
        self.fig.disables += 1;
        Ok(())
    }

    // ---- restored laptops -------------------------------------------------------------

    async fn snapshot(&mut self, l: usize) -> Res {
        let name = self.laptops[l].name.clone();
        self.note(format!("{name}: a backup copy of the data folder is made"));
        let into = self.root.path().join(format!("{name}-backup"));
        self.laptops[l].take_snapshot(into, self.step).await?;
        self.fig.snapshots += 1;
        Ok(())
    }

    async fn restore(&mut self, l: usize) -> Res {
        let Some(snap) = self.laptops[l].snapshot.as_ref() else {
            return Ok(());
        };
        let (snap_next, snap_step) = (snap.next_seq, snap.step);
        let name = self.laptops[l].name.clone();
        let device = self.laptops[l].device;
        let server_last = self.server_last_seq(device).await?;
        self.note(format!(
            "{name}: restored from the copy of step {snap_step} (next seq {snap_next}; the \
             server has up to {server_last})"
        ));
        self.lost_with_laptop(l, snap_step, "restored").await?;
        if server_last >= snap_next {
            self.model
                .restored_away
                .entry(device)
                .or_default()
                .push((snap_next, server_last));
        }
        self.laptops[l].restore_snapshot().await?;
        self.restored_at.insert(l, (self.step, snap_next));
        self.fig.restores += 1;
        Ok(())
    }

    // ---- invariants ----------------------------------------------------------------

    async fn server_conflicts(&self) -> Res<Vec<ServerConflict>> {
        let rows: Vec<(Uuid, sqlx::types::Json<werkpad_domain::sync::ConflictDoc>)> =
            sqlx::query_as("SELECT id, doc FROM records WHERE entity = 'conflict'")
                .fetch_all(&self.pool)
                .await
                .map_err(e("conflicts"))?;
        Ok(rows
            .into_iter()
            .map(|(_, d)| ServerConflict {
                entity_id: d.0.entity_id,
                field: d.0.field,
                mine: d.0.mine,
                theirs: d.0.theirs,
                device: d.0.device_id,
                theirs_by: d.0.theirs_by.map(|w| (w.0, w.1)),
            })
            .collect())
    }

    async fn check_step(&mut self) -> Res {
        // Each laptop's outbox: no gaps in what waits to be sent.
        for l in self.active() {
            self.fig.invariant_checks += 1;
            let store = self.laptops[l].store();
            let stats = store.sync().outbox_stats().await.map_err(e("stats"))?;
            let first = store
                .sync()
                .outbox_pending(1)
                .await
                .map_err(e("pending"))?
                .first()
                .map(|p| p.seq);
            // Numbers an older copy of the laptop used (after a restore) are skipped.
            let skipped = |from: i64| -> i64 {
                stats
                    .own_unseen
                    .iter()
                    .map(|[lo, hi]| (hi.min(&(stats.next_seq - 1)) - lo.max(&from) + 1).max(0))
                    .sum()
            };
            if let Some(first) = first
                && stats.next_seq - first - skipped(first) != stats.pending
            {
                return Err(format!(
                    "{}: the outbox has a gap ({} pending from {first}, next {})",
                    self.laptops[l].name, stats.pending, stats.next_seq
                ));
            }
        }
        self.exactly_once().await?;
        self.fig.invariant_checks += 1;
        let conflicts = self.server_conflicts().await?;
        let bad = model::no_self_conflict(&conflicts, &self.model.restored_away);
        if let Some(b) = bad.first() {
            return Err(b.clone());
        }
        Ok(())
    }

    /// Every device's mutations are answered once each (pages tile 1..=last_seq) and each
    /// has exactly one audit entry.
    async fn exactly_once(&mut self) -> Res {
        type Row = (Uuid, i64, i64, i64, i64, i64);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT d.id, d.last_seq,
                (SELECT coalesce(sum(p.last_seq - p.first_seq + 1), 0)::bigint
                 FROM applied_pages p WHERE p.device_id = d.id),
                (SELECT count(*) FROM applied_pages p WHERE p.device_id = d.id
                   AND p.first_seq > 1 AND NOT EXISTS (
                       SELECT 1 FROM applied_pages q
                       WHERE q.device_id = d.id AND q.last_seq = p.first_seq - 1)),
                (SELECT count(*) FROM audit_log a
                 WHERE a.device_id = d.id AND a.mutation_seq IS NOT NULL),
                (SELECT count(DISTINCT a.mutation_seq) FROM audit_log a
                 WHERE a.device_id = d.id AND a.mutation_seq IS NOT NULL)
             FROM devices d",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(e("exactly once"))?;
        for (device, last, answered, gaps, audited, distinct) in rows {
            self.fig.invariant_checks += 1;
            if answered != last || gaps != 0 || audited != last || distinct != last {
                return Err(format!(
                    "device {device}: {last} mutations, {answered} answers, {gaps} gaps, \
                     {audited} audit entries ({distinct} distinct): not exactly once"
                ));
            }
        }
        Ok(())
    }

    async fn quiesce(&mut self) -> Res {
        self.proxy.clear();
        self.server.state.faults.clear();
        if self.disabled.contains("bram") {
            self.disable_or_enable().await?;
        }
        for l in 0..self.laptops.len() {
            if self.laptops[l].store.is_none() && !self.laptops[l].wiped {
                self.laptops[l].open().await?;
            }
        }
        let mut repairs_in_last = Vec::new();
        for pass in 0..2 {
            for l in 0..self.laptops.len() {
                let before = self.fig.repairs;
                self.round(l).await?;
                if self.laptops[l].needs_login {
                    self.round(l).await?;
                }
                if pass == 1 && self.fig.repairs > before {
                    repairs_in_last.push(self.laptops[l].name.clone());
                }
            }
        }
        if !repairs_in_last.is_empty() {
            return Err(format!(
                "the self-check still repaired after the faults stopped: {repairs_in_last:?}"
            ));
        }
        Ok(())
    }

    async fn check_end(&mut self) -> Res {
        self.exactly_once().await?;
        // Convergence: every outbox empty, and every record a laptop holds is the
        // server's (the last round's self-check already found the same ids and versions).
        for l in self.active() {
            self.fig.invariant_checks += 1;
            let store = self.laptops[l].store();
            let name = self.laptops[l].name.clone();
            let pending = store
                .sync()
                .outbox_stats()
                .await
                .map_err(e("stats"))?
                .pending;
            if pending != 0 {
                return Err(format!("{name}: {pending} changes still unsent"));
            }
            for kind in [
                EntityKind::Resident,
                EntityKind::Traject,
                EntityKind::Report,
                EntityKind::HealthRecord,
            ] {
                let local = store
                    .upkeep()
                    .records_json(kind)
                    .await
                    .map_err(e("records"))?;
                let ids: Vec<Uuid> = local
                    .iter()
                    .filter_map(|(id, _)| Uuid::parse_str(id).ok())
                    .collect();
                let server: Vec<(Uuid, sqlx::types::Json<Value>)> = sqlx::query_as(
                    "SELECT id, doc FROM records WHERE entity = $1 AND id = ANY($2)",
                )
                .bind(kind.as_str())
                .bind(&ids)
                .fetch_all(&self.pool)
                .await
                .map_err(e("server records"))?;
                let server: HashMap<Uuid, Value> =
                    server.into_iter().map(|(id, d)| (id, d.0)).collect();
                for (id, doc) in &local {
                    self.fig.invariant_checks += 1;
                    let doc: Value = serde_json::from_str(doc).map_err(e("json"))?;
                    let sid = Uuid::parse_str(id).map_err(e("id"))?;
                    if server.get(&sid) != Some(&doc) {
                        return Err(format!(
                            "{name}: {} {id} differs from the server's",
                            kind.as_str()
                        ));
                    }
                }
            }
            self.check_role_rule(l).await?;
        }
        // No lost update.
        let conflicts = self.server_conflicts().await?;
        let docs: Vec<(String, Uuid, sqlx::types::Json<Value>)> = sqlx::query_as(
            "SELECT entity, id, doc FROM records WHERE entity IN ('resident', 'report') AND NOT deleted",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(e("docs"))?;
        let docs: HashMap<(String, Uuid), Value> = docs
            .into_iter()
            .map(|(en, id, d)| ((en, id), d.0))
            .collect();
        let value = |entity: &str, id: Uuid, field: &str| {
            docs.get(&(entity.to_owned(), id))
                .and_then(|d| d.get(field).cloned())
        };
        self.fig.invariant_checks += self.model.saves.len() as u64;
        let lost = model::no_lost_update(&self.model, &value, &conflicts, &self.refused);
        if !lost.is_empty() {
            return Err(format!("{} lost updates, first: {}", lost.len(), lost[0]));
        }
        for a in &self.model.appends {
            self.fig.invariant_checks += 1;
            if a.excused.is_none()
                && !self.refused.contains(&(a.laptop, a.seq))
                && !docs.contains_key(&("report".to_owned(), a.record))
            {
                return Err(format!(
                    "report {} (seq {}) never reached the server",
                    a.record, a.seq
                ));
            }
        }
        let bad = model::no_self_conflict(&conflicts, &self.model.restored_away);
        if let Some(b) = bad.first() {
            return Err(b.clone());
        }
        // Nothing left behind: no BSN or name of a resident a laptop may not hold.
        for l in self.active() {
            let store = self.laptops[l].store();
            self.fig.invariant_checks += 1;
            let doctor = store.upkeep().doctor().await.map_err(e("doctor"))?;
            if doctor.integrity != "ok" || doctor.search_index != "ok" {
                return Err(format!(
                    "{}: the store is not sound: {} / search index: {}",
                    self.laptops[l].name, doctor.integrity, doctor.search_index
                ));
            }
            let held: HashSet<Uuid> = store
                .upkeep()
                .records_json(EntityKind::Resident)
                .await
                .map_err(e("residents"))?
                .iter()
                .filter_map(|(id, _)| Uuid::parse_str(id).ok())
                .collect();
            let gone: Vec<&(Uuid, String, String)> = self
                .model
                .residents
                .iter()
                .filter(|(id, _, _)| !held.contains(id))
                .collect();
            let needles: Vec<Vec<u8>> = gone
                .iter()
                .flat_map(|(_, bsn, token)| [bsn.as_bytes().to_vec(), token.as_bytes().to_vec()])
                .collect();
            self.fig.invariant_checks += needles.len() as u64;
            let found = store
                .upkeep()
                .leftovers(&needles)
                .await
                .map_err(e("leftovers"))?;
            if let Some(f) = found.first() {
                let (id, _, _) = gone[f.needle / 2];
                let trail: Vec<String> = store
                    .audit()
                    .for_resident(&id.to_string())
                    .await
                    .map_err(e("audit"))?
                    .into_iter()
                    .map(|a| a.action)
                    .collect();
                let needle = String::from_utf8_lossy(&needles[f.needle]).into_owned();
                let hits: Vec<String> = store
                    .residents()
                    .search(&needle, 10)
                    .await
                    .map_err(e("search"))?
                    .into_iter()
                    .map(|h| h.id.to_string())
                    .collect();
                store
                    .upkeep()
                    .rebuild_search_index()
                    .await
                    .map_err(e("rebuild"))?;
                let after_merge = store
                    .upkeep()
                    .leftovers(&[needles[f.needle].clone()])
                    .await
                    .map_err(e("leftovers"))?
                    .len();
                let id_places: Vec<String> = store
                    .upkeep()
                    .leftovers(&[id.to_string().into_bytes()])
                    .await
                    .map_err(e("leftovers"))?
                    .into_iter()
                    .map(|f| f.place)
                    .collect();
                return Err(format!(
                    "{}: resident {id}, which it may not hold, is still in {} (its {} {needle} \
                     there; a search finds {hits:?}; its audit trail here: {trail:?}; its id in \
                     {id_places:?}; after another rebuild of the index: {after_merge} places)",
                    self.laptops[l].name,
                    f.place,
                    if f.needle % 2 == 0 { "BSN" } else { "name" }
                ));
            }
        }
        Ok(())
    }
}
