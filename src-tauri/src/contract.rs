//! The IPC contract as TypeScript, generated from the Rust types (ts-rs): every command's
//! input and output, the error payload and its codes, the closed lists of choices with
//! their Fluent ids, and the rules the forms show before they ask the backend (allowed
//! next traject states, limits). `ui/src/api/contract.gen.ts` is this module's output;
//! the test `contract_is_fresh` fails when it is stale, and
//! `WERKPAD_UPDATE_CONTRACT=1 cargo test -p werkpad-app contract` (scripts/contract.sh)
//! writes it again.

use std::any::TypeId;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

use ts_rs::{TS, TypeVisitor};
use werkpad_domain::Choice;

/// Where the generated file lives, from the crate root.
pub const OUTPUT: &str = "../ui/src/api/contract.gen.ts";

/// A closed list: constant name, TS type, (value, Fluent id) pairs.
type ChoiceList = (&'static str, String, Vec<(&'static str, &'static str)>);

/// The contract being collected.
#[derive(Debug, Default)]
pub struct Contract {
    seen: HashSet<TypeId>,
    /// The Rust type behind each TypeScript name: two types must not share one.
    names: BTreeMap<String, &'static str>,
    /// TypeScript declarations by name.
    decls: BTreeMap<String, String>,
    /// Commands: name, input type (None: no input), output type.
    commands: Vec<(&'static str, Option<String>, String)>,
    /// Choice lists: constant name, TS type, (value, message id) pairs.
    choices: Vec<ChoiceList>,
    /// Constants: name, TS type, value as TS.
    constants: Vec<(&'static str, String, String)>,
}

impl TypeVisitor for Contract {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        if T::output_path().is_some() {
            let name = T::ident();
            let rust = std::any::type_name::<T>();
            let decl = T::decl();
            // Two Rust types may share a name only when they declare the same thing (an
            // alias, like serde_json's Value and ts-rs's JsonValue).
            if let Some(other) = self.decls.get(&name).filter(|d| **d != decl) {
                let first = self.names.get(&name).copied().unwrap_or_default();
                panic!(
                    "{first} and {rust} are both `{name}` in TypeScript: give one a #[ts(rename)]\n{other}\n{decl}"
                );
            }
            self.names.entry(name.clone()).or_insert(rust);
            self.decls.insert(name, decl);
        }
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

impl Contract {
    /// Adds a type (and every type it uses).
    pub fn add<T: TS + 'static + ?Sized>(&mut self) {
        self.visit::<T>();
    }

    /// Adds a command with its input (`()` for none) and output.
    pub fn command<I: TS + 'static, O: TS + 'static>(&mut self, name: &'static str) {
        let input = (TypeId::of::<I>() != TypeId::of::<()>()).then(|| {
            self.add::<I>();
            I::name()
        });
        self.add::<O>();
        self.commands.push((name, input, O::name()));
    }

    /// Adds a closed list as `export const NAME` with each value and its label's Fluent id.
    pub fn choices<T: Choice + TS + 'static>(&mut self, name: &'static str) {
        self.add::<T>();
        let values = T::all()
            .iter()
            .map(|v| (v.as_str(), v.message_id()))
            .collect();
        self.choices.push((name, T::name(), values));
    }

    /// Adds a closed list that is not a `choice_enum!` (weekdays are chrono's).
    pub fn choice_list(
        &mut self,
        name: &'static str,
        ts_type: &str,
        values: Vec<(&'static str, &'static str)>,
    ) {
        self.choices.push((name, ts_type.to_owned(), values));
    }

    /// Adds a constant (a rule the UI shows before it asks the backend).
    pub fn constant(&mut self, name: &'static str, ts_type: &str, value: impl Into<String>) {
        self.constants
            .push((name, ts_type.to_owned(), value.into()));
    }

    /// The whole file.
    pub fn render(&self, error_codes: &[&str]) -> String {
        let mut out = String::from(
            "// Generated from the Rust types by src-tauri/src/contract.rs (ts-rs); do not edit.\n\
             // Regenerate with scripts/contract.sh; CI fails when this file is stale.\n\
             /* eslint-disable */\n\n\
             import { msg } from '../i18n/msg';\n\
             import { call } from './call';\n\n",
        );
        out.push_str("/** Every code a failed command can reject with (`ErrorPayload.code`). */\n");
        let codes: Vec<String> = error_codes.iter().map(|c| format!("\"{c}\"")).collect();
        let _ = writeln!(out, "export type ErrorCode = {};\n", codes.join(" | "));
        for decl in self.decls.values() {
            // JSON numbers are JavaScript numbers; every i64 of this contract (versions,
            // counts, cents) stays far below 2^53.
            let decl = decl.replace("bigint", "number");
            let _ = writeln!(out, "export {decl}\n");
        }
        out.push_str("// ---- Choices: value and the Fluent id of its label ----\n\n");
        out.push_str("export interface Choice<T extends string = string> {\n  value: T;\n  label: string;\n}\n\n");
        for (name, ty, values) in &self.choices {
            let _ = writeln!(out, "export const {name}: Choice<{ty}>[] = [");
            for (value, id) in values {
                let _ = writeln!(out, "  {{ value: '{value}', label: msg('{id}') }},");
            }
            out.push_str("];\n\n");
        }
        out.push_str("// ---- Rules ----\n\n");
        for (name, ty, value) in &self.constants {
            let _ = writeln!(out, "export const {name}: {ty} = {value};\n");
        }
        out.push_str("// ---- Commands: one input (or none), one output; a failure rejects with an ErrorPayload ----\n\n");
        for (name, input, output) in &self.commands {
            let output = output.replace("bigint", "number");
            let camel = camel_case(name);
            match input {
                Some(input) => {
                    let _ = writeln!(
                        out,
                        "export const {camel} = (input: {input}) => call<{output}>('{name}', input);"
                    );
                }
                None => {
                    let _ = writeln!(
                        out,
                        "export const {camel} = () => call<{output}>('{name}');"
                    );
                }
            }
        }
        out
    }
}

fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The contract of this build.
pub fn generate() -> String {
    let mut c = Contract::default();
    crate::commands::contract(&mut c);
    choices(&mut c);
    rules(&mut c);
    c.add::<werkpad_core::i18n::Locale>();
    let mut codes: Vec<&str> = werkpad_core::ErrorKind::ALL
        .iter()
        .map(|k| k.code())
        .collect();
    codes.extend(
        werkpad_core::sync::SyncErrorKind::ALL
            .iter()
            .map(|k| k.code()),
    );
    codes.extend(
        werkpad_core::reports::ReportErrorKind::ALL
            .iter()
            .map(|k| k.code()),
    );
    codes.sort_unstable();
    codes.dedup();
    c.render(&codes)
}

fn choices(c: &mut Contract) {
    use werkpad_domain::matching as m;
    use werkpad_domain::*;
    c.choices::<Gender>("GENDERS");
    c.choices::<IdDocumentKind>("ID_DOCUMENT_KINDS");
    c.choices::<MaritalStatus>("MARITAL_STATUSES");
    c.choices::<HousingKind>("HOUSING_KINDS");
    c.choices::<LanguageLevel>("LANGUAGE_LEVELS");
    c.choices::<ObstacleKind>("OBSTACLE_KINDS");
    c.choices::<TrajectState>("TRAJECT_STATES");
    c.choices::<EndReason>("END_REASONS");
    c.choices::<ReportKind>("REPORT_KINDS");
    c.choices::<AgreementStatus>("AGREEMENT_STATUSES");
    c.choices::<GoalStatus>("GOAL_STATUSES");
    c.choices::<AppointmentStatus>("APPOINTMENT_STATUSES");
    c.choices::<RightsKind>("RIGHTS_KINDS");
    c.choices::<RightsOutcome>("RIGHTS_OUTCOMES");
    c.choices::<sync::emergency::EmergencyReason>("EMERGENCY_REASONS");
    c.choices::<Purpose>("PURPOSES");
    c.choices::<DataCategory>("DATA_CATEGORIES");
    c.choices::<Recipient>("RECIPIENTS");
    c.choices::<verklaring56::BenefitKind>("BENEFIT_KINDS");
    c.choices::<verklaring56::JobKind>("JOB_KINDS");
    c.choices::<verklaring56::DecisionOutcome>("DECISION_OUTCOMES");
    c.choices::<verklaring56::Rule56>("RULES_56");
    c.choices::<StatementKind>("STATEMENT_KINDS");
    c.choices::<m::WorkplaceKind>("WORKPLACE_KINDS");
    c.choices::<m::DemandLevel>("DEMAND_LEVELS");
    c.choices::<m::SupportKind>("SUPPORT_KINDS");
    c.choices::<m::Indication>("INDICATIONS");
    c.choices::<m::ContractKind>("CONTRACT_KINDS");
    c.choices::<m::PlacementEndReason>("PLACEMENT_END_REASONS");
    c.choices::<m::ContactParty>("CONTACT_PARTIES");
    c.choices::<m::MatchEffect>("MATCH_EFFECTS");
    c.choices::<m::MatchComponent>("MATCH_COMPONENTS");
    c.choices::<werkpad_domain::reference::Dataset>("REFERENCE_DATASETS");
    c.choices::<EntityKind>("ENTITY_KINDS");
    c.choices::<loonwaarde::AssessorKind>("ASSESSOR_KINDS");
    c.choices::<loonwaarde::CoachingIntensity>("COACHING_INTENSITIES");
    c.choices::<subsidy::LksOutcome>("LKS_OUTCOMES");
    {
        use werkpad_domain::request as r;
        use werkpad_domain::verzuim as v;
        c.choices::<r::RequestStatus>("REQUEST_STATUSES");
        c.choices::<r::RequestStep>("REQUEST_STEPS");
        c.choices::<r::ConsentForm>("CONSENT_FORMS");
        c.choices::<r::AttachmentKind>("ATTACHMENT_KINDS");
        c.choices::<r::UwvRequestKind>("UWV_REQUEST_KINDS");
        c.choices::<r::uwv::BanenafspraakRoute>("BANENAFSPRAAK_ROUTES");
        c.choices::<r::uwv::CriterionView>("CRITERION_VIEWS");
        c.choices::<r::UwvOutcome>("UWV_OUTCOMES");
        c.choices::<r::medical::ExaminationKind>("EXAMINATION_KINDS");
        c.choices::<r::LifeDomain>("LIFE_DOMAINS");
        c.choices::<r::ReferralProgress>("REFERRAL_PROGRESS");
        c.choices::<v::AbsencePlace>("ABSENCE_PLACES");
        c.choices::<v::AbsenceSource>("ABSENCE_SOURCES");
        c.choices::<v::ControlKind>("CONTROL_KINDS");
        c.choices::<v::ControlFinding>("CONTROL_FINDINGS");
        c.choices::<v::VerzuimOutcome>("VERZUIM_OUTCOMES");
        c.choices::<werkpad_domain::learning::TrainingResult>("TRAINING_RESULTS");
        c.choices::<werkpad_domain::survey::SurveyQuestion>("SURVEY_QUESTIONS");
        c.choices::<werkpad_domain::survey::SurveyChannel>("SURVEY_CHANNELS");
    }
    c.add::<werkpad_domain::resident::weekdays::WeekdayName>();
    let days = werkpad_domain::resident::weekdays::ALL
        .iter()
        .map(|d| {
            let name = werkpad_domain::resident::weekdays::as_str(*d);
            (name, werkpad_domain::resident::weekdays::message_id(*d))
        })
        .collect();
    c.choice_list("WEEKDAYS", "Weekday", days);
}

fn rules(c: &mut Contract) {
    use werkpad_domain::TrajectState;
    let next: Vec<String> = TrajectState::ALL
        .iter()
        .map(|s| {
            let to: Vec<String> = s
                .next_states()
                .iter()
                .map(|t| format!("'{}'", t.as_str()))
                .collect();
            format!("  {}: [{}],", s.as_str(), to.join(", "))
        })
        .collect();
    c.constant(
        "NEXT_STATES",
        "Record<TrajectState, TrajectState[]>",
        format!("{{\n{}\n}}", next.join("\n")),
    );
    c.constant(
        "MIN_PASSPHRASE_LENGTH",
        "number",
        werkpad_core::store::MIN_PASSPHRASE_LEN.to_string(),
    );
    let lock = werkpad_core::settings::AUTO_LOCK_RANGE;
    c.constant(
        "ATTACHMENT_MAX_BYTES",
        "number",
        werkpad_domain::request::ATTACHMENT_MAX_BYTES.to_string(),
    );
    c.constant("AUTOLOCK_MIN", "number", lock.start().to_string());
    c.constant("AUTOLOCK_MAX", "number", lock.end().to_string());
    c.constant(
        "MAX_TRAVEL_KM",
        "number",
        werkpad_domain::matching::MAX_TRAVEL_KM.to_string(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contract_is_fresh() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(OUTPUT);
        let want = generate();
        if std::env::var_os("WERKPAD_UPDATE_CONTRACT").is_some() {
            std::fs::write(&path, &want).expect("write the contract");
            return;
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "{} is stale: run scripts/contract.sh and commit the result",
            path.display()
        );
    }

    #[test]
    fn commands_are_camel_cased_for_the_ui() {
        assert_eq!(camel_case("verklaring56_advice"), "verklaring56Advice");
        assert_eq!(camel_case("app_status"), "appStatus");
    }
}
