//! `werkpad-server`: run the central server and administer it.
//!
//! Settings come from defaults, `--config FILE`, `WERKPAD__*` variables and `DATABASE_URL`.
//! Passwords are read from standard input, never from arguments.

use std::io::Read;
use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use uuid::Uuid;
use werkpad_domain::reference::Dataset;
use werkpad_domain::sync::Role;
use werkpad_server::audit::Verified;
use werkpad_server::fg_report::pdf::Subject;
use werkpad_server::{
    AppState, Settings, admin, audit, connect, fg_report, reference, retention, sync,
};

#[derive(Debug, Parser)]
#[command(name = "werkpad-server", version, about = "Werkpad central server")]
struct Cli {
    /// A TOML settings file.
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Migrate the database, then serve.
    Serve {
        /// Address to listen on (plain HTTP only on loopback; otherwise configure TLS).
        #[arg(long)]
        listen: Option<SocketAddr>,
    },
    /// Bring the database schema up to date.
    Migrate,
    /// Staff accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Teams of coaches; a team lead sees her team.
    #[command(subcommand)]
    Team(TeamCommand),
    /// Which coach works with which resident.
    #[command(subcommand)]
    Caseload(CaseloadCommand),
    /// Registered laptops.
    #[command(subcommand)]
    Device(DeviceCommand),
    /// The audit log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Reference data: ESCO occupations, ISCO-08 groups, postcode areas.
    #[command(subcommand)]
    Reference(ReferenceCommand),
    /// Retention: destroy the files whose period has passed (the server also does this
    /// every six hours while it serves).
    #[command(subcommand)]
    Retention(RetentionCommand),
    /// Research and statistics: pseudonymised data sets per study (a keyed pseudonym per
    /// study; closing the study destroys its key). Every command is logged.
    #[command(subcommand)]
    Statistics(StatisticsCommand),
    /// ZGW (Common Ground): a resident's trajecten as zaken with their documents, in the
    /// shape of the Zaken API 1.5.1 and Documenten API 1.5.0 (settings: `[zgw]`).
    #[command(subcommand)]
    Zgw(ZgwCommand),
}

#[derive(Debug, Subcommand)]
enum ZgwCommand {
    /// Write the request bodies: one zaak per traject, its documents and the links. Logged.
    Export {
        #[arg(long)]
        resident: Uuid,
        /// A folder for one file per zaak (new files, mode 0600) instead of standard output.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// The administrator (user name).
        #[arg(long)]
        by: String,
    },
    /// Send them to an Open Zaak: zaken, then documents, then links. Logged.
    Push {
        #[arg(long)]
        resident: Uuid,
        /// The Open Zaak's base URL (https).
        #[arg(long)]
        url: String,
        /// Read the Bearer token (JWT) from standard input.
        #[arg(long, required = true)]
        token_stdin: bool,
        /// The administrator (user name).
        #[arg(long)]
        by: String,
    },
}

#[derive(Debug, Subcommand)]
enum StatisticsCommand {
    /// Open a study with a fresh random key.
    Open {
        name: String,
        /// What the research is for.
        #[arg(long)]
        purpose: String,
        /// Who asked for it.
        #[arg(long)]
        requester: String,
        /// The administrator (user name).
        #[arg(long)]
        by: String,
    },
    /// Write the study's data set: one CSV line per traject, no names, BSNs, full
    /// postcodes, birth dates or free text.
    Export {
        #[arg(long)]
        study: String,
        /// The administrator (user name).
        #[arg(long)]
        by: String,
        /// A new file (mode 0600) instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Close a study: its key is destroyed, no export can follow, the name is not reused.
    Close {
        name: String,
        /// The administrator (user name).
        #[arg(long)]
        by: String,
    },
    /// The studies, one JSON line each (without keys).
    List,
}

#[derive(Debug, Subcommand)]
enum RetentionCommand {
    /// Destroy every file due today (or on `--today`); prints one line per file, ids only.
    Run {
        /// Say what would go, destroy nothing.
        #[arg(long)]
        dry_run: bool,
        /// The administrator who runs it (user name), recorded in the destruction record.
        #[arg(long)]
        by: Option<String>,
        /// The day to count from (yyyy-mm-dd); default: today (UTC).
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
    },
    /// What goes when: every file whose trajecten have all ended, with its due date.
    Report,
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Add a user; the password is read from standard input.
    Add {
        name: String,
        #[arg(long)]
        role: String,
        #[arg(long)]
        display_name: Option<String>,
        #[arg(long, required = true)]
        password_stdin: bool,
    },
    /// Disable a user.
    Disable { name: String },
    /// Change a user's role.
    SetRole { name: String, role: String },
    /// Put a user into a team (`--team TEAM`) or into none (`--none`).
    SetTeam {
        name: String,
        #[arg(long, conflicts_with = "none", required_unless_present = "none")]
        team: Option<String>,
        #[arg(long)]
        none: bool,
    },
}

#[derive(Debug, Subcommand)]
enum TeamCommand {
    /// Add a team; prints its id.
    Add { name: String },
    /// List the teams (one JSON line each, with how many users belong to it).
    List,
}

#[derive(Debug, Subcommand)]
enum CaseloadCommand {
    /// Assign a resident to a coach.
    Assign {
        #[arg(long)]
        resident: Uuid,
        #[arg(long)]
        coach: String,
    },
    /// Take a resident out of a coach's caseload (purged from their laptops at next sync).
    Unassign {
        #[arg(long)]
        resident: Uuid,
        #[arg(long)]
        coach: String,
    },
    /// Break-the-glass accesses of the last `days` days, newest first (one JSON line each,
    /// with the coach's explanation), and end those past their moment first.
    Emergencies {
        #[arg(long, default_value_t = 30)]
        days: i64,
    },
}

#[derive(Debug, Subcommand)]
enum DeviceCommand {
    /// List devices.
    List,
    /// Revoke a device: at its next contact it destroys its database and key.
    Revoke { id: Uuid },
}

#[derive(Debug, Subcommand)]
enum AuditCommand {
    /// Recompute the keyed chain (needs the server's audit key file) and print its head.
    Verify {
        /// A head printed by an earlier verify (ID:HEX), kept outside the database: the
        /// chain must still hold it (catches a chain cut short, or wiped and sealed again).
        #[arg(long, value_parser = audit::parse_head)]
        head: Option<(i64, Vec<u8>)>,
    },
    /// The FG's report as CSV on standard output: every access to one resident's file
    /// (`--resident ID`), or everything one staff member accessed (`--user NAME`).
    Report {
        #[arg(long, conflicts_with = "user", required_unless_present = "user")]
        resident: Option<uuid::Uuid>,
        #[arg(long)]
        user: Option<String>,
        /// Write the report as PDF to this file (owner-only, mode 0600) instead of CSV.
        #[arg(long, value_name = "FILE")]
        pdf: Option<PathBuf>,
    },
    /// Remove entries older than six months that belong to no kept case file (the server
    /// also does this every six hours); the chain stays verifiable.
    Prune {
        /// Say what would go, remove nothing.
        #[arg(long)]
        dry_run: bool,
        /// Another cut-off than six months ago (RFC 3339).
        #[arg(long)]
        before: Option<chrono::DateTime<chrono::Utc>>,
    },
}

#[derive(Debug, Subcommand)]
enum ReferenceCommand {
    /// Import a release from its published CSV file; laptops pull only what changed.
    Import {
        /// Which dataset the file holds.
        dataset: DatasetArg,
        /// The CSV file, in its published layout.
        file: PathBuf,
        /// The release's name, e.g. "ESCO v1.2" or "GeoNames 2026-11".
        #[arg(long)]
        release: String,
    },
}

/// The reference datasets, as named on the command line.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum DatasetArg {
    /// ESCO occupations_nl.csv.
    EscoOccupations,
    /// ESCO ISCOGroups_nl.csv.
    IscoGroups,
    /// postcode4,plaats,latitude,longitude (GeoNames).
    Pc4,
}

impl From<DatasetArg> for Dataset {
    fn from(arg: DatasetArg) -> Self {
        match arg {
            DatasetArg::EscoOccupations => Self::EscoOccupations,
            DatasetArg::IscoGroups => Self::IscoGroups,
            DatasetArg::Pc4 => Self::Pc4,
        }
    }
}

fn role(name: &str) -> anyhow::Result<Role> {
    Role::parse(name).with_context(|| {
        let all: Vec<&str> = Role::ALL.iter().map(Role::as_str).collect();
        format!("unknown role {name:?}; one of {}", all.join(", "))
    })
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let settings = Settings::load(cli.config.as_deref()).context("reading settings")?;
    werkpad_server::logging::init(settings.log_format).context("the logger")?;
    let pool = connect(&settings).await?;
    match cli.command {
        Command::Serve { listen } => {
            werkpad_server::MIGRATOR.run(&pool).await?;
            let addr = listen.unwrap_or(settings.listen);
            let state = AppState::new(pool, settings).context("the audit key")?;
            werkpad_server::serve(addr, state).await?;
        }
        Command::Migrate => {
            werkpad_server::MIGRATOR.run(&pool).await?;
            println!("database up to date");
        }
        Command::User(UserCommand::Add {
            name,
            role: r,
            display_name,
            password_stdin: _,
        }) => {
            let mut password = String::new();
            std::io::stdin().read_to_string(&mut password)?;
            let password = password.trim_end_matches(['\n', '\r']);
            let id = admin::user_add(
                &pool,
                &name,
                display_name.as_deref().unwrap_or(&name),
                role(&r)?,
                password,
            )
            .await?;
            println!("{id}");
        }
        Command::User(UserCommand::Disable { name }) => admin::user_disable(&pool, &name).await?,
        Command::User(UserCommand::SetRole { name, role: r }) => {
            admin::user_set_role(&pool, &name, role(&r)?).await?;
        }
        Command::User(UserCommand::SetTeam {
            name,
            team,
            none: _,
        }) => {
            admin::user_set_team(&pool, &name, team.as_deref()).await?;
        }
        Command::Team(TeamCommand::Add { name }) => {
            println!("{}", admin::team_add(&pool, &name).await?);
        }
        Command::Team(TeamCommand::List) => {
            for t in admin::team_list(&pool).await? {
                println!("{}", serde_json::to_string(&t)?);
            }
        }
        Command::Caseload(CaseloadCommand::Assign { resident, coach }) => {
            let coach = admin::user_id(&pool, &coach).await?;
            if !sync::caseload::assign(&pool, resident, coach, None).await? {
                println!("already assigned");
            }
        }
        Command::Caseload(CaseloadCommand::Unassign { resident, coach }) => {
            let coach = admin::user_id(&pool, &coach).await?;
            if !sync::caseload::unassign(&pool, resident, coach, None).await? {
                bail!("resident {resident} is not in that caseload");
            }
        }
        Command::Caseload(CaseloadCommand::Emergencies { days }) => {
            let ended = sync::emergency::expire_due(&pool).await?;
            if ended > 0 {
                eprintln!("{ended} expired access(es) ended");
            }
            let since = chrono::Utc::now() - chrono::Duration::days(days);
            for n in sync::emergency::notices(&pool, Some(since), None).await? {
                println!("{}", serde_json::to_string(&n)?);
            }
        }
        Command::Device(DeviceCommand::List) => {
            for d in admin::device_list(&pool).await? {
                println!("{}", serde_json::to_string(&d)?);
            }
        }
        Command::Device(DeviceCommand::Revoke { id }) => admin::device_revoke(&pool, id).await?,
        Command::Audit(AuditCommand::Verify { head }) => {
            // Never made here: verifying with a fresh key would only say "broken".
            let key = audit::AuditKey::load(&settings.audit_key_path())?;
            let mut conn = pool.acquire().await?;
            // One snapshot: a pruning run beside the check cannot look like a break.
            let mut tx = sqlx::Connection::begin(&mut *conn).await?;
            sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                .execute(&mut *tx)
                .await?;
            let kept = head.as_ref().map(|(id, mac)| (*id, mac.as_slice()));
            match audit::verify(&mut tx, &key, kept).await? {
                Verified::Intact {
                    entries,
                    pruned,
                    unsealed,
                    head,
                } => {
                    println!(
                        "intact: {entries} entries ({unsealed} not sealed yet), {pruned} pruned"
                    );
                    if let Some((id, mac)) = head {
                        println!("head: {}", audit::format_head(id, &mac));
                    }
                }
                Verified::BrokenAt { id } => bail!(
                    "the audit chain breaks in the round of entries sealed from entry {id} on"
                ),
                Verified::HeadMissing { id } => bail!(
                    "the audit chain no longer holds the kept head at entry {id}: cut short, or wiped and sealed again"
                ),
            }
        }
        Command::Audit(AuditCommand::Prune { dry_run, before }) => {
            let key = audit::AuditKey::load(&settings.audit_key_path())?;
            let mut conn = pool.acquire().await?;
            let cutoff = before.unwrap_or_else(|| audit::prune::cutoff(chrono::Utc::now()));
            let report = audit::prune(&mut conn, &key, cutoff, dry_run).await?;
            println!("{}", serde_json::to_string(&report)?);
        }
        Command::Audit(AuditCommand::Report {
            resident,
            user,
            pdf,
        }) => {
            let (subject, rows) = match (resident, user) {
                (Some(resident), _) => (
                    Subject::Resident(resident),
                    fg_report::for_resident(&pool, resident).await?,
                ),
                (None, Some(name)) => {
                    let id = admin::user_id(&pool, &name).await?;
                    (
                        Subject::StaffMember(name),
                        fg_report::for_user(&pool, id).await?,
                    )
                }
                (None, None) => bail!("give --resident ID or --user NAME"),
            };
            match pdf {
                None => print!("{}", fg_report::csv(&rows)),
                Some(file) => {
                    let bytes = fg_report::pdf::render(&subject, &rows, chrono::Utc::now())
                        .context("making the PDF")?;
                    fg_report::pdf::save(&file, &bytes)
                        .with_context(|| format!("writing {}", file.display()))?;
                    println!("{} entries written to {}", rows.len(), file.display());
                }
            }
        }
        Command::Retention(RetentionCommand::Run { dry_run, by, today }) => {
            let by = match by {
                Some(name) => Some(admin::user_id(&pool, &name).await?),
                None => None,
            };
            let today = today.unwrap_or_else(|| chrono::Utc::now().date_naive());
            let done = retention::run(&pool, today, by, dry_run).await?;
            let verb = if dry_run {
                "would destroy"
            } else {
                "destroyed"
            };
            for d in &done {
                println!(
                    "{verb} {} ({}, ended {}, due {}): {}",
                    d.due.resident_id,
                    d.due.reason.as_str(),
                    d.due.ended_on,
                    d.due.due_on,
                    serde_json::to_string(&d.counts)?
                );
            }
            println!("{} file(s) {verb}", done.len());
        }
        Command::Retention(RetentionCommand::Report) => {
            let mut conn = pool.acquire().await?;
            for d in retention::schedule(&mut conn).await? {
                println!(
                    "{} {} ended {} due {}",
                    d.resident_id,
                    d.reason.as_str(),
                    d.ended_on,
                    d.due_on
                );
            }
        }
        Command::Reference(ReferenceCommand::Import {
            dataset,
            file,
            release,
        }) => {
            let dataset = Dataset::from(dataset);
            let bytes =
                std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
            let imported = reference::import(&pool, dataset, &bytes, &release)
                .await
                .with_context(|| format!("{} not imported, nothing stored", file.display()))?;
            let (r, c) = (&imported.release, &imported.counts);
            println!(
                "{} {:?}: {} records ({} added, {} changed, {} removed, {} unchanged)",
                dataset.as_str(),
                r.version,
                r.records,
                c.added,
                c.changed,
                c.removed,
                c.unchanged
            );
        }
        Command::Statistics(command) => statistics_command(&pool, command).await?,
        Command::Zgw(command) => zgw_command(&pool, &settings, command).await?,
    }
    Ok(())
}

async fn zgw_command(
    pool: &sqlx::PgPool,
    settings: &Settings,
    command: ZgwCommand,
) -> anyhow::Result<()> {
    use werkpad_server::zgw;
    match command {
        ZgwCommand::Export { resident, out, by } => {
            let by = admin::user_id(pool, &by).await?;
            let export = match out {
                Some(dir) => {
                    let (export, written) =
                        zgw::export_to_dir(pool, resident, by, &settings.zgw, &dir).await?;
                    for path in written {
                        println!("{}", path.display());
                    }
                    export
                }
                None => {
                    let export = zgw::export(pool, resident, by, &settings.zgw).await?;
                    println!("{}", serde_json::to_string_pretty(&export)?);
                    export
                }
            };
            eprintln!(
                "{} zaak/zaken, {} document(s), {} health document(s) left out",
                export.zaken.len(),
                export.documents(),
                export.health_documents_left_out
            );
        }
        ZgwCommand::Push {
            resident,
            url,
            token_stdin: _,
            by,
        } => {
            let by = admin::user_id(pool, &by).await?;
            let mut token = String::new();
            std::io::stdin().read_to_string(&mut token)?;
            let target = zgw::push::OpenZaak::new(&url, &token)?;
            for z in zgw::push::push(pool, resident, by, &settings.zgw, &target).await? {
                println!("{}", serde_json::to_string(&z)?);
            }
        }
    }
    Ok(())
}

async fn statistics_command(pool: &sqlx::PgPool, command: StatisticsCommand) -> anyhow::Result<()> {
    use werkpad_server::statistics;
    match command {
        StatisticsCommand::Open {
            name,
            purpose,
            requester,
            by,
        } => {
            let by = admin::user_id(pool, &by).await?;
            let study = statistics::open(pool, &name, &purpose, &requester, by).await?;
            println!("{}", serde_json::to_string(&study)?);
        }
        StatisticsCommand::Export { study, by, out } => {
            let by = admin::user_id(pool, &by).await?;
            let today = chrono::Utc::now().date_naive();
            let summary = match out {
                Some(file) => {
                    statistics::export::export_to_file(pool, &study, by, today, &file).await?
                }
                None => {
                    let mut stdout = std::io::stdout().lock();
                    statistics::export(pool, &study, by, today, &mut stdout).await?
                }
            };
            eprintln!("{}", serde_json::to_string(&summary)?);
        }
        StatisticsCommand::Close { name, by } => {
            let by = admin::user_id(pool, &by).await?;
            let study = statistics::close(pool, &name, by).await?;
            println!("{}", serde_json::to_string(&study)?);
        }
        StatisticsCommand::List => {
            for study in statistics::list(pool).await? {
                println!("{}", serde_json::to_string(&study)?);
            }
        }
    }
    Ok(())
}
