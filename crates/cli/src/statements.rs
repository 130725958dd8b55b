//! `werkpadctl statement …` and `werkpadctl export-inzage`: the same statements the app
//! prints, for support staff and scripts. Each PDF is written only where `--out` says.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use clap::Subcommand;
use serde_json::json;
use werkpad_core::Store;
use werkpad_core::i18n::Locale;
use werkpad_core::settings::AppSettings;
use werkpad_core::statements::{Context, Recipients56, privacy};
use werkpad_domain::verklaring56::{DecisionOutcome, EmploymentFactsDraft};
use werkpad_domain::{ResidentId, StatementId, Verklaring56DecisionId};

use crate::Cli;

/// Which statement.
#[derive(Debug, Subcommand)]
pub enum StatementCommand {
    /// Record the coach's decision on a verklaring 56+ (prints the advice with reasons).
    #[command(name = "56plus-decide")]
    Decide56 {
        /// The resident's id.
        #[arg(long)]
        resident: String,
        /// The employment facts as JSON (the fields of the app's form).
        #[arg(long)]
        facts: PathBuf,
        /// granted or refused.
        #[arg(long)]
        outcome: String,
        /// The coach's reasoning.
        #[arg(long)]
        reasoning: String,
    },
    /// Print the verklaring 56+ of the resident's latest granted decision (or `--decision`).
    #[command(name = "56plus")]
    Verklaring56 {
        /// The resident's id.
        #[arg(long)]
        resident: String,
        /// A specific decision.
        #[arg(long)]
        decision: Option<String>,
        /// Record that the statement goes to the employer.
        #[arg(long)]
        to_employer: bool,
        /// Do not record the copy to UWV.
        #[arg(long)]
        no_uwv: bool,
        /// Where to write the PDF.
        #[arg(long)]
        out: PathBuf,
    },
    /// Reprint an issued verklaring 56+, marked "AFSCHRIFT".
    Reprint {
        /// The issued statement's id.
        #[arg(long)]
        statement: String,
        /// Where to write the PDF.
        #[arg(long)]
        out: PathBuf,
    },
    /// The intake report.
    IntakeReport {
        /// The resident's id.
        #[arg(long)]
        resident: String,
        /// Where to write the PDF.
        #[arg(long)]
        out: PathBuf,
    },
    /// The plan van aanpak.
    Plan {
        /// The resident's id.
        #[arg(long)]
        resident: String,
        /// Where to write the PDF.
        #[arg(long)]
        out: PathBuf,
    },
    /// The privacy statement for residents (no personal data).
    Privacy {
        /// Where to write the PDF.
        #[arg(long)]
        out: PathBuf,
    },
}

pub(crate) fn context(cli: &Cli, dir: &Path) -> Context {
    Context {
        letterhead: AppSettings::load(dir).letterhead,
        locale: Locale::parse(&cli.lang).unwrap_or_default(),
        now: chrono::Utc::now(),
    }
}

fn resident_id(s: &str) -> Result<ResidentId> {
    s.parse().with_context(|| format!("not a resident id: {s}"))
}

pub(crate) fn report(cli: &Cli, out: &Path, reference: Option<&str>) {
    if cli.json {
        println!("{}", json!({ "out": out, "reference": reference }));
    } else {
        match reference {
            Some(r) => println!("{} ({r})", out.display()),
            None => println!("{}", out.display()),
        }
    }
}

/// Run one `statement` subcommand.
pub async fn statement(
    cli: &Cli,
    dir: &Path,
    store: &Store,
    what: &StatementCommand,
) -> Result<()> {
    let ctx = context(cli, dir);
    match what {
        StatementCommand::Decide56 {
            resident,
            facts,
            outcome,
            reasoning,
        } => {
            let draft: EmploymentFactsDraft = serde_json::from_slice(
                &std::fs::read(facts).with_context(|| format!("reading {}", facts.display()))?,
            )
            .context("the facts file is not the form's JSON")?;
            let Some(outcome) = DecisionOutcome::parse(outcome) else {
                bail!("--outcome is granted or refused");
            };
            let today = chrono::Local::now().date_naive();
            let decision = store
                .statements()
                .verklaring56_decide(resident_id(resident)?, &draft, outcome, reasoning, today)
                .await?;
            if cli.json {
                println!("{}", serde_json::to_string_pretty(&decision)?);
            } else {
                let l10n = werkpad_core::i18n::Localizer::new(ctx.locale);
                for check in &decision.advice.checks {
                    let args: Vec<(&String, &String)> = check.reason.args.iter().collect();
                    let mark = if check.met { "+" } else { "-" };
                    println!("{mark} {}", l10n.format(&check.reason.id, &args));
                }
                println!("{} {}", decision.id, decision.outcome.as_str());
            }
        }
        StatementCommand::Verklaring56 {
            resident,
            decision,
            to_employer,
            no_uwv,
            out,
        } => {
            let decision_id: Verklaring56DecisionId = match decision {
                Some(d) => d
                    .parse()
                    .with_context(|| format!("not a decision id: {d}"))?,
                None => store
                    .statements()
                    .overview(resident_id(resident)?)
                    .await?
                    .decisions
                    .into_iter()
                    .find(|d| d.outcome == DecisionOutcome::Granted)
                    .map(|d| d.id)
                    .context("this resident has no granted verklaring 56+ decision")?,
            };
            let to = Recipients56 {
                employer: *to_employer,
                uwv: !*no_uwv,
            };
            let issued = store
                .statements()
                .issue_verklaring56(&ctx, decision_id, to)
                .await?;
            write(out, &issued.pdf)?;
            report(cli, out, Some(&issued.statement.reference));
        }
        StatementCommand::Reprint { statement, out } => {
            let id: StatementId = statement
                .parse()
                .with_context(|| format!("not a statement id: {statement}"))?;
            write(out, &store.statements().reprint(&ctx, id).await?)?;
            report(cli, out, None);
        }
        StatementCommand::IntakeReport { resident, out } => {
            let issued = store
                .statements()
                .issue_intake_report(&ctx, resident_id(resident)?)
                .await?;
            write(out, &issued.pdf)?;
            report(cli, out, Some(&issued.statement.reference));
        }
        StatementCommand::Plan { resident, out } => {
            let issued = store
                .statements()
                .issue_plan(&ctx, resident_id(resident)?)
                .await?;
            write(out, &issued.pdf)?;
            report(cli, out, Some(&issued.statement.reference));
        }
        StatementCommand::Privacy { out } => {
            let doc = privacy::document(&ctx).map_err(werkpad_core::StoreError::from)?;
            let bytes = werkpad_core::statements::pdf::render(&doc).map_err(|e| {
                werkpad_core::StoreError::from(werkpad_core::statements::StatementError::from(e))
            })?;
            write(out, &bytes)?;
            report(cli, out, None);
        }
    }
    Ok(())
}

/// `export-inzage`: PDF and JSON, named after the reference.
pub async fn export_inzage(
    cli: &Cli,
    dir: &Path,
    store: &Store,
    resident: &str,
    out: &Path,
) -> Result<()> {
    let ctx = context(cli, dir);
    let (issued, json) = store
        .statements()
        .export_inzage(&ctx, resident_id(resident)?)
        .await?;
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let reference = &issued.statement.reference;
    let pdf = out.join(format!("inzage-{reference}.pdf"));
    write(&pdf, &issued.pdf)?;
    write(
        &out.join(format!("inzage-{reference}.json")),
        json.as_bytes(),
    )?;
    report(cli, &pdf, Some(reference));
    Ok(())
}

pub(crate) fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))
}
