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
use werkpad_server::{AppState, Settings, admin, audit, connect, reference, sync};

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
    /// Recompute the hash chain.
    Verify,
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
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let settings = Settings::load(cli.config.as_deref()).context("reading settings")?;
    let pool = connect(&settings).await?;
    match cli.command {
        Command::Serve { listen } => {
            werkpad_server::MIGRATOR.run(&pool).await?;
            let addr = listen.unwrap_or(settings.listen);
            werkpad_server::serve(addr, AppState::new(pool, settings)).await?;
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
        Command::Device(DeviceCommand::List) => {
            for d in admin::device_list(&pool).await? {
                println!("{}", serde_json::to_string(&d)?);
            }
        }
        Command::Device(DeviceCommand::Revoke { id }) => admin::device_revoke(&pool, id).await?,
        Command::Audit(AuditCommand::Verify) => {
            let mut conn = pool.acquire().await?;
            match audit::verify(&mut conn).await? {
                Verified::Intact { entries, unsealed } => {
                    println!(
                        "intact: {entries} entries ({unsealed} of running transactions not sealed yet)"
                    )
                }
                Verified::BrokenAt { id } => bail!(
                    "the audit chain breaks in the round of entries sealed from entry {id} on"
                ),
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
    }
    Ok(())
}
