//! `werkpadctl`: the headless tool for support staff and scripts, on the same store as the
//! app. Text for people (Dutch by default, `--lang en`), `--json` for scripts. The
//! passphrase comes from WERKPAD_PASSPHRASE or a prompt; it is never an argument (it would
//! show in the process list and shell history).

mod attach;
mod commands;
mod matching;
mod recovery;
mod referral;
mod requests;
mod statements;
mod subsidies;
mod verzuim;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// A failure core has already turned into a payload (a sync round's outcome).
#[derive(Debug)]
pub(crate) struct PayloadError(pub werkpad_core::ErrorPayload);

impl std::fmt::Display for PayloadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.code)
    }
}

impl std::error::Error for PayloadError {}
use werkpad_core::i18n::{Locale, Localizer};

/// Werkpad support tool.
#[derive(Debug, Parser)]
#[command(
    name = "werkpadctl",
    version,
    about = "Werkpad: beheer van de versleutelde opslag op deze laptop"
)]
pub struct Cli {
    /// Data folder of the store (default: the app's own folder).
    #[arg(long, env = "WERKPAD_DATA_DIR", global = true)]
    pub data_dir: Option<PathBuf>,
    /// Machine-readable output.
    #[arg(long, global = true)]
    pub json: bool,
    /// Language of messages: nl (default) or en.
    #[arg(long, env = "WERKPAD_LANG", global = true, default_value = "nl")]
    pub lang: String,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create an empty encrypted store.
    Init {
        /// Name of the coach who works on this laptop.
        #[arg(long)]
        coach: String,
        /// Keep the wrapped key in a 0600 file even when an OS keyring works.
        #[arg(long)]
        key_file: bool,
    },
    /// Report keyring backend, schema, integrity, counts and outbox.
    Doctor,
    /// Add fictitious residents (for demos and tests).
    DemoData {
        /// How many.
        #[arg(long, default_value_t = 25)]
        residents: usize,
        /// Seed for the generator.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Import residents from a JSON-lines file (format: see the import module docs / README).
    Import {
        /// The file.
        file: PathBuf,
    },
    /// Search residents by name, BSN, postcode or woonplaats (logged: one access-log entry per
    /// resident found, never the text).
    Search {
        /// What to look for.
        text: String,
        /// At most this many results.
        #[arg(long, default_value_t = 20)]
        limit: i64,
    },
    /// Change the passphrase (the new one from WERKPAD_NEW_PASSPHRASE or a prompt).
    ChangePassphrase,
    /// Destroy files whose retention period has passed.
    Purge,
    /// Log in to the municipality's server (the password is read from standard input).
    Login {
        /// Server address: https://…, or http:// only on this machine.
        #[arg(long)]
        server: String,
        /// User name on the server.
        #[arg(long)]
        user: String,
        /// Read the password from standard input (required: never an argument).
        #[arg(long, required = true)]
        password_stdin: bool,
    },
    /// Push pending changes and pull new ones, once.
    Sync,
    /// Print a statement about a resident as PDF (verklaring 56+, intake report, plan van
    /// aanpak) or the privacy statement.
    Statement {
        #[command(subcommand)]
        what: statements::StatementCommand,
    },
    /// Ranked workplaces for a resident (or residents for a workplace), with reasons.
    /// Advice only: the coach decides.
    Match {
        /// The resident's id.
        #[arg(long, conflicts_with = "workplace")]
        resident: Option<String>,
        /// A workplace's id (ranks the residents on this laptop).
        #[arg(long)]
        workplace: Option<String>,
        /// At most this many.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Search the ESCO occupations on this laptop (label and synonyms).
    Occupations {
        /// What to look for ("heftruck").
        text: String,
        /// At most this many.
        #[arg(long, default_value_t = 20)]
        limit: i64,
    },
    /// Import employers and workplaces from a CSV file (all or nothing; layout in the
    /// matching::csv_import module docs).
    WorkplacesImport {
        /// The file.
        file: PathBuf,
    },
    /// Recovery when a passphrase is forgotten or the keyring lost the key.
    Recovery {
        #[command(subcommand)]
        what: recovery::RecoveryCommand,
    },
    /// Loonwaardebepaling: calculate from main tasks, show a resident's assessments, print
    /// the report.
    Loonwaarde {
        #[command(subcommand)]
        what: subsidies::LoonwaardeCommand,
    },
    /// Loonkostensubsidie: calculate a period, the minimum wage table, show decisions and
    /// payments, print the beschikking.
    Lks {
        #[command(subcommand)]
        what: subsidies::LksCommand,
    },
    /// Jobcoaching: calculate at the tariffs in settings, show a resident's coaching.
    Jobcoaching {
        #[command(subcommand)]
        what: subsidies::JobcoachingCommand,
    },
    /// Requests to UWV: draft, send (consent checked), answer, close, withdraw, list.
    Uwv {
        #[command(subcommand)]
        what: requests::UwvCommand,
    },
    /// Add a file (PDF, PNG or JPEG, at most 4 MB) to a draft request.
    Attach(attach::AttachArgs),
    /// Referrals to life-domain organisations: draft, send (consent checked), update,
    /// close, withdraw, list.
    Referral {
        #[command(subcommand)]
        what: referral::ReferralCommand,
    },
    /// Verzuimcontrole: report an absence, control, the resident's account, decide, list.
    Verzuim {
        #[command(subcommand)]
        what: verzuim::VerzuimCommand,
    },
    /// Trainings of a resident.
    Training {
        #[command(subcommand)]
        what: verzuim::TrainingCommand,
    },
    /// Leerwerkplekken of a resident.
    Leerwerkplek {
        #[command(subcommand)]
        what: verzuim::LeerwerkplekCommand,
    },
    /// The AVG inzage export of one resident: a PDF and a JSON file in `--out`.
    ExportInzage {
        /// The resident's id.
        #[arg(long)]
        resident: String,
        /// The folder to write to (created if missing).
        #[arg(long)]
        out: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("WERKPAD_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    // werkpadctl opens the store too: its memory holds the data key.
    if let Err(e) = werkpad_core::hardening::forbid_core_dumps() {
        eprintln!("werkpadctl: core dumps could not be switched off: {e}");
    }
    let locale = Locale::parse(&cli.lang).unwrap_or_default();
    let l10n = Localizer::new(locale);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("tokio: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(commands::run(&cli, &l10n)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let payload = match (
                e.downcast_ref::<werkpad_core::sync::SyncFailure>(),
                e.downcast_ref::<PayloadError>(),
            ) {
                (Some(failure), _) => Some(failure.payload()),
                (None, Some(PayloadError(payload))) => Some(payload.clone()),
                (None, None) => None,
            };
            if let Some(payload) = payload {
                if cli.json {
                    println!("{}", serde_json::json!({ "error": payload }));
                } else {
                    eprintln!(
                        "{}",
                        l10n.format(payload.message_id, &[] as &[(&str, &str)])
                    );
                }
                return ExitCode::FAILURE;
            }
            match e.downcast_ref::<werkpad_core::StoreError>() {
                Some(store_error) if cli.json => {
                    let payload = store_error.payload();
                    println!("{}", serde_json::json!({ "error": payload }));
                }
                Some(store_error) => eprintln!("{}", l10n.error(store_error)),
                None => eprintln!("{e:#}"),
            }
            ExitCode::FAILURE
        }
    }
}
