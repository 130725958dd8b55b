//! `werkpadctl loonwaarde …`, `werkpadctl lks …` and `werkpadctl jobcoaching …`: the
//! app's loonwaarde, loonkostensubsidie and jobcoaching arithmetic for support staff and
//! scripts (issue 22).
//!
//! - `calculate` needs no store: it runs the domain's arithmetic on what is typed and
//!   prints every step (the same sentences as the app and the beschikking). Refused input
//!   is a validation error with the field names of the domain (`tasks[1].share`, `from`),
//!   in Dutch on stderr or as `{"error": …}` with `--json`, and a non-zero exit.
//! - `show` reads the resident's subsidy file (one audit entry, under the purpose of the
//!   subcommand); `print` issues the PDF like `werkpadctl statement`.
//!
//! The software calculates; it decides nothing. Decisions stay with named staff members
//! in the app.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use chrono::NaiveDate;
use clap::Subcommand;
use serde_json::json;
use werkpad_core::i18n::Localizer;
use werkpad_core::settings::AppSettings;
use werkpad_core::subsidies::SubsidyFile;
use werkpad_domain::loonwaarde::{LoonwaardeId, MAX_SCORE, MainTask, compute};
use werkpad_domain::subsidy::{
    JobcoachCalculation, LKS_SOURCE, LksCalculation, LksDecisionId, LksInput, WML_TABLE,
    calculate_jobcoaching, calculate_lks,
};
use werkpad_domain::validate::{
    format_amount_cents, format_date, format_minutes_as_hours, parse_date, parse_hours_minutes,
};
use werkpad_domain::{EmployerId, Purpose, Reason, ResidentId, ValidationError, ValidationErrors};

use crate::Cli;
use crate::statements::{context, report, write};

/// `werkpadctl loonwaarde …`.
#[derive(Debug, Subcommand)]
pub enum LoonwaardeCommand {
    /// The loonwaarde of up to five main tasks, with every step (nothing is saved).
    Calculate {
        /// A main task as name:share:tempo:quality:net, each a whole percentage, e.g.
        /// "Maaien:50:80:100:95". Repeat for each task (one to five; shares add up to 100).
        #[arg(long = "task", required = true)]
        tasks: Vec<String>,
    },
    /// The resident's assessments: status, loonwaarde, dates and the re-assessment date.
    Show {
        /// The resident's id.
        #[arg(long)]
        resident: String,
    },
    /// Print the report of one assessment as PDF.
    Print {
        /// The resident's id.
        #[arg(long)]
        resident: String,
        /// The assessment's id (see `loonwaarde show`).
        #[arg(long)]
        assessment: String,
        /// Where to write the PDF.
        #[arg(long)]
        out: PathBuf,
    },
}

/// `werkpadctl lks …`.
#[derive(Debug, Subcommand)]
pub enum LksCommand {
    /// The loonkostensubsidie of one period, split where the minimum wage changes, with
    /// every step (nothing is saved).
    Calculate {
        /// The signed loonwaarde, a whole percentage (0 to 100).
        #[arg(long)]
        loonwaarde: String,
        /// First day of the period (dd-mm-jjjj).
        #[arg(long)]
        from: String,
        /// Last day of the period (dd-mm-jjjj).
        #[arg(long)]
        until: String,
        /// Hours worked in the period ("120", "86,5").
        #[arg(long)]
        hours: String,
    },
    /// The minimum wage table the calculation uses, each row with its source.
    Table,
    /// The resident's LKS decisions with their payments.
    Show {
        /// The resident's id.
        #[arg(long)]
        resident: String,
    },
    /// The employer's employees with a granted loonkostensubsidie.
    Employer {
        /// The employer's id.
        #[arg(long)]
        employer: String,
    },
    /// Print the beschikking of one decision as PDF.
    Print {
        /// The resident's id.
        #[arg(long)]
        resident: String,
        /// The decision's id (see `lks show`).
        #[arg(long)]
        decision: String,
        /// Where to write the PDF.
        #[arg(long)]
        out: PathBuf,
    },
}

/// `werkpadctl jobcoaching …`.
#[derive(Debug, Subcommand)]
pub enum JobcoachingCommand {
    /// The subsidy for hours of job coaching in a period, at the tariffs in settings.json
    /// (nothing is saved).
    Calculate {
        /// First day of the period (dd-mm-jjjj).
        #[arg(long)]
        from: String,
        /// Last day of the period (dd-mm-jjjj).
        #[arg(long)]
        until: String,
        /// Hours of coaching in the period ("12", "7,5").
        #[arg(long)]
        hours: String,
    },
    /// The resident's job coaching per period: organisation, amount, report, approval.
    Show {
        /// The resident's id.
        #[arg(long)]
        resident: String,
    },
}

/// Run one `loonwaarde` subcommand.
pub async fn loonwaarde(
    cli: &Cli,
    dir: &Path,
    l10n: &Localizer,
    today: NaiveDate,
    what: &LoonwaardeCommand,
) -> Result<()> {
    match what {
        LoonwaardeCommand::Calculate { tasks } => {
            let tasks = parse_tasks(l10n, tasks)?;
            let outcome = compute(&tasks).map_err(werkpad_core::StoreError::from)?;
            if cli.json {
                println!("{}", serde_json::to_string_pretty(&outcome)?);
            } else {
                print_steps(l10n, "", &outcome.steps);
            }
            Ok(())
        }
        LoonwaardeCommand::Show { resident } => {
            let id = resident_id(resident)?;
            let file = {
                let store = crate::commands::unlock(dir, l10n).await?;
                let result = store
                    .subsidies()
                    .subsidy_file(id, Purpose::Loonwaarde, today)
                    .await;
                store.lock().await;
                result?
            };
            show_loonwaarden(cli, l10n, &file)
        }
        LoonwaardeCommand::Print {
            resident,
            assessment,
            out,
        } => {
            let rid = resident_id(resident)?;
            let lid: LoonwaardeId = assessment
                .parse()
                .with_context(|| format!("not an assessment id: {assessment}"))?;
            let ctx = context(cli, dir);
            let issued = {
                let store = crate::commands::unlock(dir, l10n).await?;
                let result = store
                    .statements()
                    .issue_loonwaarde_report(&ctx, rid, lid)
                    .await;
                store.lock().await;
                result?
            };
            write(out, &issued.pdf)?;
            report(cli, out, Some(&issued.statement.reference));
            Ok(())
        }
    }
}

/// Run one `lks` subcommand.
pub async fn lks(
    cli: &Cli,
    dir: &Path,
    l10n: &Localizer,
    today: NaiveDate,
    what: &LksCommand,
) -> Result<()> {
    match what {
        LksCommand::Calculate {
            loonwaarde,
            from,
            until,
            hours,
        } => {
            let input = lks_input(loonwaarde, from, until, hours)?;
            let calc = calculate_lks(&input).map_err(werkpad_core::StoreError::from)?;
            if cli.json {
                println!("{}", serde_json::to_string_pretty(&calc)?);
            } else {
                print_lks(l10n, &calc);
            }
            Ok(())
        }
        LksCommand::Table => {
            if cli.json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(
                        &json!({ "rows": WML_TABLE, "source": LKS_SOURCE })
                    )?
                );
                return Ok(());
            }
            for row in WML_TABLE {
                let mut line = l10n.format(
                    "cli-lks-table-row",
                    &[
                        ("from", format_date(row.from)),
                        ("amount", euros(row.per_hour_cents)),
                        ("holiday", permille(row.holiday_permille)),
                        ("cap", row.cap_percent.to_string()),
                        ("allowance", permille(row.allowance_permille)),
                    ],
                );
                if !row.confirmed {
                    line.push(' ');
                    line.push_str(&text(l10n, "cli-lks-table-unconfirmed"));
                }
                println!("{line}");
                println!("  {}", source(l10n, row.source));
            }
            println!(
                "{}",
                l10n.format("cli-lks-rules", &[("source", LKS_SOURCE)])
            );
            Ok(())
        }
        LksCommand::Show { resident } => {
            let id = resident_id(resident)?;
            let file = {
                let store = crate::commands::unlock(dir, l10n).await?;
                let result = store
                    .subsidies()
                    .subsidy_file(id, Purpose::EmployerSubsidy, today)
                    .await;
                store.lock().await;
                result?
            };
            show_lks(cli, l10n, &file)
        }
        LksCommand::Employer { employer } => {
            let eid: EmployerId = employer
                .parse()
                .with_context(|| format!("not an employer id: {employer}"))?;
            let employees = {
                let store = crate::commands::unlock(dir, l10n).await?;
                let result = store.subsidies().employer_lks(eid).await;
                store.lock().await;
                result?
            };
            if cli.json {
                println!("{}", serde_json::to_string_pretty(&employees)?);
                return Ok(());
            }
            if employees.is_empty() {
                println!("{}", text(l10n, "cli-lks-employer-none"));
            }
            for e in &employees {
                let d = &e.decision;
                println!("{}  {}", e.resident_id, e.display_name);
                println!(
                    "  {}",
                    l10n.format(
                        "cli-lks-employee",
                        &[
                            ("from", format_date(d.starts_on)),
                            ("until", until_text(l10n, e.last_day)),
                            ("loonwaarde", d.loonwaarde_percent.to_string()),
                            ("hours", format_minutes_as_hours(d.minutes_per_week)),
                        ],
                    )
                );
                println!(
                    "  {}",
                    paid_text(l10n, e.paid_cents, e.paid_until.map(format_date))
                );
            }
            Ok(())
        }
        LksCommand::Print {
            resident,
            decision,
            out,
        } => {
            let rid = resident_id(resident)?;
            let did: LksDecisionId = decision
                .parse()
                .with_context(|| format!("not a decision id: {decision}"))?;
            let ctx = context(cli, dir);
            let issued = {
                let store = crate::commands::unlock(dir, l10n).await?;
                let result = store
                    .statements()
                    .issue_lks_beschikking(&ctx, rid, did)
                    .await;
                store.lock().await;
                result?
            };
            write(out, &issued.pdf)?;
            report(cli, out, Some(&issued.statement.reference));
            Ok(())
        }
    }
}

/// Run one `jobcoaching` subcommand.
pub async fn jobcoaching(
    cli: &Cli,
    dir: &Path,
    l10n: &Localizer,
    today: NaiveDate,
    what: &JobcoachingCommand,
) -> Result<()> {
    match what {
        JobcoachingCommand::Calculate { from, until, hours } => {
            let mut errors = ValidationErrors::default();
            let from = field(&mut errors, "period_from", parse_date(from));
            let until = field(&mut errors, "period_until", parse_date(until));
            let minutes = field(&mut errors, "hours", parse_hours_minutes(hours));
            let (Some(from), Some(until), Some(minutes)) = (from, until, minutes) else {
                return Err(werkpad_core::StoreError::from(errors).into());
            };
            let tariffs = AppSettings::load(dir).subsidy.jobcoach_tariffs;
            let calc = calculate_jobcoaching(&tariffs, from, until, minutes)
                .map_err(werkpad_core::StoreError::from)?;
            if cli.json {
                println!("{}", serde_json::to_string_pretty(&calc)?);
            } else {
                print_jobcoaching(l10n, &calc);
            }
            Ok(())
        }
        JobcoachingCommand::Show { resident } => {
            let id = resident_id(resident)?;
            let file = {
                let store = crate::commands::unlock(dir, l10n).await?;
                let result = store
                    .subsidies()
                    .subsidy_file(id, Purpose::JobcoachSubsidy, today)
                    .await;
                store.lock().await;
                result?
            };
            show_jobcoaching(cli, l10n, &file)
        }
    }
}

fn resident_id(s: &str) -> Result<ResidentId> {
    s.parse().with_context(|| format!("not a resident id: {s}"))
}

fn text(l10n: &Localizer, id: &str) -> String {
    l10n.format(id, &[] as &[(&str, &str)])
}

fn euros(cents: i64) -> String {
    format!("EUR {}", format_amount_cents(cents))
}

/// Tenths of a percent the Dutch way: 80 → "8", 235 → "23,5".
fn permille(p: i64) -> String {
    match p % 10 {
        0 => (p / 10).to_string(),
        f => format!("{},{f}", p / 10),
    }
}

fn source(l10n: &Localizer, source: &str) -> String {
    l10n.format("cli-source", &[("source", source)])
}

fn print_steps(l10n: &Localizer, indent: &str, steps: &[Reason]) {
    for step in steps {
        let args: Vec<(&String, &String)> = step.args.iter().collect();
        println!("{indent}{}", l10n.format(&step.id, &args));
    }
}

/// Keeps `result`'s value, or records its error under `name`.
fn field<T>(
    errors: &mut ValidationErrors,
    name: &str,
    result: Result<T, ValidationError>,
) -> Option<T> {
    result.map_err(|e| errors.push(name, e)).ok()
}

/// A whole number from `min` to `max` ("60", " 60 ", "60 %").
fn whole(input: &str, min: u16, max: u16) -> Result<u16, ValidationError> {
    let s = input.trim().trim_end_matches('%').trim();
    if s.is_empty() {
        return Err(ValidationError::Required);
    }
    if s.len() > 5 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ValidationError::NumberFormat);
    }
    let n: u32 = s.parse().map_err(|_| ValidationError::NumberFormat)?;
    if n < u32::from(min) || n > u32::from(max) {
        return Err(ValidationError::OutOfRange {
            min: i64::from(min),
            max: i64::from(max),
        });
    }
    Ok(n as u16)
}

/// `--task name:share:tempo:quality:net`, split from the right so a name may hold a colon.
/// A task that is not five parts is refused by name; numbers are refused per field with
/// the domain's field names, every problem at once.
fn parse_tasks(l10n: &Localizer, raw: &[String]) -> Result<Vec<MainTask>> {
    let mut errors = ValidationErrors::default();
    let mut tasks = Vec::with_capacity(raw.len());
    for (i, spec) in raw.iter().enumerate() {
        let mut parts: Vec<&str> = spec.rsplitn(5, ':').collect();
        parts.reverse();
        let [name, share, tempo, quality, net] = parts.as_slice() else {
            bail!(l10n.format("cli-task-format", &[("task", spec.as_str())]));
        };
        let name = name.trim();
        if name.is_empty() {
            errors.push(format!("tasks[{i}].name"), ValidationError::Required);
        }
        let share = field(
            &mut errors,
            &format!("tasks[{i}].share"),
            whole(share, 0, 100),
        );
        let mut score = |f: &str, v: &str| {
            field(
                &mut errors,
                &format!("tasks[{i}].{f}"),
                whole(v, 0, MAX_SCORE),
            )
        };
        let tempo = score("tempo", tempo);
        let quality = score("quality", quality);
        let net = score("net_time", net);
        if let (Some(share), Some(tempo), Some(quality), Some(net)) = (share, tempo, quality, net) {
            tasks.push(MainTask {
                name: name.to_owned(),
                share_percent: share as u8,
                tempo_percent: tempo,
                quality_percent: quality,
                net_time_percent: net,
            });
        }
    }
    if errors.is_empty() {
        Ok(tasks)
    } else {
        Err(werkpad_core::StoreError::from(errors).into())
    }
}

fn lks_input(loonwaarde: &str, from: &str, until: &str, hours: &str) -> Result<LksInput> {
    let mut errors = ValidationErrors::default();
    let percent = field(&mut errors, "loonwaarde_percent", whole(loonwaarde, 0, 100));
    let from = field(&mut errors, "from", parse_date(from));
    let until = field(&mut errors, "until", parse_date(until));
    let minutes = field(&mut errors, "hours", parse_hours_minutes(hours));
    match (percent, from, until, minutes) {
        (Some(p), Some(from), Some(until), Some(minutes)) => Ok(LksInput {
            loonwaarde_percent: p as u8,
            from,
            until,
            minutes,
        }),
        _ => Err(werkpad_core::StoreError::from(errors).into()),
    }
}

fn print_lks(l10n: &Localizer, calc: &LksCalculation) {
    let count = calc.parts.len().to_string();
    for (n, part) in calc.parts.iter().enumerate() {
        println!(
            "{}",
            l10n.format(
                "cli-lks-part",
                &[("n", (n + 1).to_string()), ("count", count.clone())]
            )
        );
        print_steps(l10n, "  ", &part.steps);
        println!("  {}", source(l10n, &part.source));
    }
    print_steps(l10n, "", &calc.steps);
    println!(
        "{}",
        l10n.format("cli-lks-rules", &[("source", LKS_SOURCE)])
    );
}

fn print_jobcoaching(l10n: &Localizer, calc: &JobcoachCalculation) {
    // One step per part, then the total.
    for (step, part) in calc.steps.iter().zip(&calc.parts) {
        print_steps(l10n, "", std::slice::from_ref(step));
        println!("  {}", source(l10n, &part.source));
    }
    print_steps(l10n, "", calc.steps.get(calc.parts.len()..).unwrap_or(&[]));
}

fn until_text(l10n: &Localizer, last_day: Option<NaiveDate>) -> String {
    match last_day {
        Some(d) => format_date(d),
        None => text(l10n, "cli-open-ended"),
    }
}

fn paid_text(l10n: &Localizer, cents: i64, until: Option<String>) -> String {
    match until {
        Some(until) => l10n.format(
            "cli-lks-paid-until",
            &[("amount", euros(cents)), ("until", until)],
        ),
        None => text(l10n, "cli-lks-not-paid"),
    }
}

fn show_loonwaarden(cli: &Cli, l10n: &Localizer, file: &SubsidyFile) -> Result<()> {
    if cli.json {
        let out = json!({
            "resident_id": file.resident_id,
            "loonwaarden": file.loonwaarden,
            "reassess_on": file.reassess_on,
            "reassessment_due": file.reassessment_due,
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(());
    }
    if file.loonwaarden.is_empty() {
        println!("{}", text(l10n, "cli-loonwaarde-none"));
        return Ok(());
    }
    for view in &file.loonwaarden {
        let r = &view.record;
        let status = match &r.sign_off {
            Some(s) => l10n.format(
                "cli-loonwaarde-signed",
                &[
                    ("percent", s.loonwaarde_percent.to_string()),
                    ("date", format_date(s.signed_on)),
                    ("name", s.signed_by.clone()),
                ],
            ),
            None => match &view.outcome {
                Some(o) => l10n.format(
                    "cli-loonwaarde-draft",
                    &[("percent", o.percent.to_string())],
                ),
                None => text(l10n, "cli-loonwaarde-draft-incomplete"),
            },
        };
        println!("{}  {status}", r.id);
        let employer = view.employer_name.clone().unwrap_or_else(|| "-".to_owned());
        let assessor = match &r.assessor.organisation {
            Some(org) => format!("{} ({org})", r.assessor.name),
            None => r.assessor.name.clone(),
        };
        let lines = [
            l10n.format(
                "cli-loonwaarde-function",
                &[
                    ("employer", employer),
                    ("function", r.actual_function.clone()),
                    ("normfunctie", r.normfunctie.clone()),
                ],
            ),
            l10n.format(
                "cli-loonwaarde-hours",
                &[
                    ("worked", format_minutes_as_hours(r.worked_minutes_per_week)),
                    (
                        "fulltime",
                        format_minutes_as_hours(r.fulltime_minutes_per_week),
                    ),
                ],
            ),
            l10n.format(
                "cli-loonwaarde-visit",
                &[
                    ("visit", format_date(r.visit_date)),
                    ("report", format_date(r.report_date)),
                    ("assessor", assessor),
                    ("kind", text(l10n, r.assessor.kind.message_id())),
                ],
            ),
        ];
        for line in lines {
            println!("  {line}");
        }
        if let Some(s) = &r.sign_off {
            println!(
                "  {}",
                l10n.format(
                    "cli-loonwaarde-reassess",
                    &[("date", format_date(s.reassess_on))]
                )
            );
        }
        if let Some(need) = &r.jobcoaching {
            println!(
                "  {}",
                l10n.format(
                    "cli-loonwaarde-jobcoaching",
                    &[
                        ("hours", need.hours_per_month.to_string()),
                        ("intensity", text(l10n, need.intensity.message_id())),
                        ("months", need.months.to_string()),
                    ],
                )
            );
        }
    }
    if let Some(date) = file.reassess_on {
        let id = if file.reassessment_due {
            "cli-reassessment-due"
        } else {
            "cli-reassessment-on"
        };
        println!("{}", l10n.format(id, &[("date", format_date(date))]));
    }
    Ok(())
}

fn show_lks(cli: &Cli, l10n: &Localizer, file: &SubsidyFile) -> Result<()> {
    if cli.json {
        let out = json!({ "resident_id": file.resident_id, "lks": file.lks });
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(());
    }
    if file.lks.is_empty() {
        println!("{}", text(l10n, "cli-lks-none"));
        return Ok(());
    }
    for view in &file.lks {
        let d = &view.decision;
        println!(
            "{}  {}  {}",
            d.id,
            text(l10n, d.outcome.message_id()),
            view.employer_name.as_deref().unwrap_or("-")
        );
        println!(
            "  {}",
            l10n.format(
                "cli-lks-decision",
                &[
                    ("from", format_date(d.starts_on)),
                    ("until", until_text(l10n, view.last_day)),
                    ("loonwaarde", d.loonwaarde_percent.to_string()),
                    ("hours", format_minutes_as_hours(d.minutes_per_week)),
                ],
            )
        );
        println!(
            "  {}",
            l10n.format(
                "cli-decided-by",
                &[
                    ("name", d.decided_by.name.clone()),
                    ("date", format_date(d.decided_on)),
                ],
            )
        );
        if let Some(t) = &d.trial {
            println!(
                "  {}",
                l10n.format(
                    "cli-lks-trial",
                    &[
                        ("from", format_date(t.from)),
                        ("until", format_date(t.until))
                    ],
                )
            );
        }
        println!(
            "  {}",
            l10n.format(
                "cli-lks-estimate",
                &[("amount", euros(d.estimate.total_cents))]
            )
        );
        for p in &view.payments {
            let input = &p.calculation.input;
            println!(
                "  {}",
                l10n.format(
                    "cli-lks-payment",
                    &[
                        ("from", format_date(input.from)),
                        ("until", format_date(input.until)),
                        ("hours", format_minutes_as_hours(input.minutes)),
                        ("amount", euros(p.calculation.total_cents)),
                        ("name", p.approved_by.name.clone()),
                        ("date", format_date(p.approved_on)),
                    ],
                )
            );
        }
        println!(
            "  {}",
            l10n.format("cli-lks-paid", &[("amount", euros(view.paid_cents))])
        );
    }
    Ok(())
}

fn show_jobcoaching(cli: &Cli, l10n: &Localizer, file: &SubsidyFile) -> Result<()> {
    if cli.json {
        let out = json!({ "resident_id": file.resident_id, "jobcoaching": file.jobcoaching });
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(());
    }
    if file.jobcoaching.is_empty() {
        println!("{}", text(l10n, "cli-jobcoaching-none"));
        return Ok(());
    }
    for view in &file.jobcoaching {
        let s = &view.subsidy;
        let c = &s.calculation;
        println!(
            "{}  {}",
            s.id,
            view.organisation_name.as_deref().unwrap_or("-")
        );
        println!(
            "  {}",
            l10n.format(
                "cli-jobcoaching-period",
                &[
                    ("from", format_date(c.from)),
                    ("until", format_date(c.until)),
                    ("hours", format_minutes_as_hours(c.minutes)),
                    ("amount", euros(c.amount_cents)),
                ],
            )
        );
        let report = match &s.progress_report {
            Some(r) => l10n.format(
                "cli-jobcoaching-report",
                &[("date", format_date(r.received_on))],
            ),
            None => text(l10n, "cli-jobcoaching-no-report"),
        };
        println!("  {report}");
        let approval = match &s.approval {
            Some(a) => l10n.format(
                "cli-jobcoaching-approved",
                &[
                    ("name", a.approved_by.name.clone()),
                    ("date", format_date(a.approved_on)),
                ],
            ),
            None => text(l10n, "cli-jobcoaching-not-approved"),
        };
        println!("  {approval}");
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_with_dutch_refusals() {
        assert_eq!(whole("60", 0, 100), Ok(60));
        assert_eq!(whole(" 60 % ", 0, 100), Ok(60));
        assert_eq!(whole("", 0, 100), Err(ValidationError::Required));
        assert_eq!(whole("6O", 0, 100), Err(ValidationError::NumberFormat));
        assert_eq!(whole("-1", 0, 100), Err(ValidationError::NumberFormat));
        assert_eq!(
            whole("101", 0, 100),
            Err(ValidationError::OutOfRange { min: 0, max: 100 })
        );
    }

    #[test]
    fn permille_reads_the_dutch_way() {
        assert_eq!(permille(80), "8");
        assert_eq!(permille(235), "23,5");
    }

    #[test]
    fn a_task_name_may_hold_a_colon() {
        let l10n = Localizer::new(werkpad_core::i18n::Locale::Nl);
        let tasks = parse_tasks(&l10n, &["Team: inpak:100:80:90:95".to_owned()]).unwrap();
        assert_eq!(tasks[0].name, "Team: inpak");
        assert_eq!(tasks[0].share_percent, 100);
        assert_eq!(tasks[0].net_time_percent, 95);
        let err = parse_tasks(&l10n, &["Maaien:50:80".to_owned()]).unwrap_err();
        assert!(err.to_string().contains("Maaien:50:80"), "{err}");
    }
}
