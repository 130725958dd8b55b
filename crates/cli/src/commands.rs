//! The subcommands, each a few lines over `werkpad_core`.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use chrono::Local;
use serde_json::json;
use werkpad_core::Store;
use werkpad_core::i18n::Localizer;
use werkpad_core::import::{LineProblem, import_jsonl};
use werkpad_core::store::{BackendPreference, StoreConfig};
use zeroize::Zeroizing;

use werkpad_core::session::RoundOutcome;

use crate::{Cli, Command, PayloadError};

/// The app's own data folder, the same one the desktop app uses.
fn default_data_dir() -> Result<PathBuf> {
    const APP_ID: &str = "nl.werkpad.desktop";
    if let Some(xdg) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(xdg).join(APP_ID));
    }
    if let Some(appdata) = std::env::var_os("APPDATA") {
        return Ok(PathBuf::from(appdata).join(APP_ID));
    }
    let home = std::env::var_os("HOME").context("no HOME: pass --data-dir")?;
    let base = if cfg!(target_os = "macos") {
        "Library/Application Support"
    } else {
        ".local/share"
    };
    Ok(PathBuf::from(home).join(base).join(APP_ID))
}

pub(crate) fn passphrase(
    var: &str,
    l10n: &Localizer,
    prompt_id: &str,
    confirm: bool,
) -> Result<Zeroizing<String>> {
    if let Ok(p) = std::env::var(var) {
        return Ok(Zeroizing::new(p));
    }
    if !std::io::stdin().is_terminal() {
        bail!("{var} is not set and there is no terminal to ask for the passphrase");
    }
    let first = Zeroizing::new(rpassword::prompt_password(format!(
        "{} ",
        l10n.format(prompt_id, &[] as &[(&str, &str)])
    ))?);
    if confirm {
        let again = Zeroizing::new(rpassword::prompt_password(format!(
            "{} ",
            l10n.format("cli-passphrase-repeat", &[] as &[(&str, &str)])
        ))?);
        if *first != *again {
            bail!(l10n.format("cli-passphrase-mismatch", &[] as &[(&str, &str)]));
        }
    }
    Ok(first)
}

pub(crate) async fn unlock(dir: &std::path::Path, l10n: &Localizer) -> Result<Store> {
    let pass = passphrase("WERKPAD_PASSPHRASE", l10n, "cli-passphrase-prompt", false)?;
    // Retention runs at every unlock (ARCHITECTURE.md).
    let (store, _) = werkpad_core::sync::engine::unlock(
        dir,
        &pass,
        &werkpad_core::settings::AppSettings::load(dir).store_config(),
        Local::now().date_naive(),
    )
    .await?;
    Ok(store)
}

/// Run one subcommand.
pub async fn run(cli: &Cli, l10n: &Localizer) -> Result<()> {
    let dir = match &cli.data_dir {
        Some(d) => d.clone(),
        None => default_data_dir()?,
    };
    let today = Local::now().date_naive();
    let ctx = || crate::requests::Ctx {
        cli,
        dir: &dir,
        l10n,
        today,
    };
    match &cli.command {
        Command::Init { coach, key_file } => {
            let pass = passphrase("WERKPAD_PASSPHRASE", l10n, "cli-passphrase-new", true)?;
            let config = StoreConfig {
                backend: if *key_file {
                    BackendPreference::File
                } else {
                    BackendPreference::Auto
                },
                ..werkpad_core::settings::AppSettings::load(&dir).store_config()
            };
            let store = Store::create(&dir, &pass, coach, &config).await?;
            let backend = store.backend_kind().as_str();
            if cli.json {
                println!(
                    "{}",
                    json!({ "data_dir": dir, "keyring_backend": backend, "device_id": store.device().device_id })
                );
            } else {
                println!(
                    "{}",
                    l10n.format(
                        "cli-init-done",
                        &[
                            ("dir", dir.display().to_string()),
                            ("backend", backend.to_owned())
                        ]
                    )
                );
            }
            store.lock().await;
        }
        Command::Doctor => {
            let store = unlock(&dir, l10n).await?;
            let report = store.upkeep().doctor().await?;
            if cli.json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                println!("keyring backend : {}", report.keyring_backend);
                println!("schema version  : {}", report.schema_version);
                println!("SQLCipher       : {}", report.cipher_version);
                println!("integrity       : {}", report.integrity);
                for (entity, n) in &report.counts {
                    println!("{entity:<16}: {n}");
                }
                println!("outbox pending  : {}", report.outbox.pending);
                println!(
                    "oldest pending  : {}",
                    report.outbox.oldest_pending_at.as_deref().unwrap_or("-")
                );
                println!("next sequence   : {}", report.outbox.next_seq);
                println!("audit entries   : {}", report.audit_entries);
            }
            store.lock().await;
        }
        Command::DemoData { residents, seed } => {
            let store = unlock(&dir, l10n).await?;
            let n = werkpad_core::demo::populate(&store, *residents, *seed, today).await?;
            // Employers, workplaces, demo reference data, and search profiles for a few.
            let first: Vec<_> = store
                .residents()
                .caseload(None, 20, 0)
                .await?
                .into_iter()
                .map(|r| r.id)
                .collect();
            let matching =
                werkpad_core::matching::demo::populate_matching(&store, &first, 20, *seed).await?;
            if cli.json {
                println!("{}", json!({ "created": n, "matching": matching }));
            } else {
                println!(
                    "{}",
                    l10n.format("cli-demo-done", &[("count", n.to_string())])
                );
            }
            store.lock().await;
        }
        Command::Import { file } => {
            let store = unlock(&dir, l10n).await?;
            let reader = std::io::BufReader::new(
                std::fs::File::open(file).with_context(|| format!("opening {}", file.display()))?,
            );
            let report = import_jsonl(&store, reader, today).await?;
            if cli.json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                for rejected in &report.rejected {
                    for problem in &rejected.errors {
                        let reason = match problem {
                            LineProblem::Json(detail) => l10n.format(
                                "cli-import-line-json",
                                &[
                                    ("line", rejected.line.to_string()),
                                    ("detail", detail.clone()),
                                ],
                            ),
                            LineProblem::DuplicateBsn => l10n.format(
                                "cli-import-line",
                                &[
                                    ("line", rejected.line.to_string()),
                                    (
                                        "reason",
                                        l10n.format("error-bsn-duplicate", &[] as &[(&str, &str)]),
                                    ),
                                ],
                            ),
                            LineProblem::Field(f) => {
                                let args: Vec<(&str, String)> = f.error.args();
                                let msg = l10n.format(f.error.message_id(), &args);
                                l10n.format(
                                    "cli-import-line",
                                    &[
                                        ("line", rejected.line.to_string()),
                                        ("reason", format!("{}: {msg}", f.field)),
                                    ],
                                )
                            }
                        };
                        eprintln!("{reason}");
                    }
                }
                println!(
                    "{}",
                    l10n.format(
                        "cli-import-summary",
                        &[
                            ("stored", report.stored.to_string()),
                            ("rejected", report.rejected.len().to_string())
                        ]
                    )
                );
            }
            store.lock().await;
            if !report.rejected.is_empty() {
                std::process::exit(2);
            }
        }
        Command::Search { text, limit } => {
            let store = unlock(&dir, l10n).await?;
            // The hits are shown: logged like a search that settled on screen.
            let hits = store.residents().search_settled(text, None, *limit).await?;
            if cli.json {
                println!("{}", serde_json::to_string_pretty(&hits)?);
            } else if hits.is_empty() {
                println!("{}", l10n.format("cli-search-none", &[] as &[(&str, &str)]));
            } else {
                for h in &hits {
                    println!(
                        "{}  {:<32} {}  {} {}  {}",
                        h.id,
                        h.display_name,
                        h.birth_date
                            .map(|d| d.format("%d-%m-%Y").to_string())
                            .unwrap_or_default(),
                        h.postcode.as_deref().unwrap_or(""),
                        h.woonplaats.as_deref().unwrap_or(""),
                        h.traject_state.as_deref().unwrap_or("-"),
                    );
                }
            }
            store.lock().await;
        }
        Command::ChangePassphrase => {
            let store = unlock(&dir, l10n).await?;
            let old = passphrase("WERKPAD_PASSPHRASE", l10n, "cli-passphrase-prompt", false)?;
            let new = passphrase("WERKPAD_NEW_PASSPHRASE", l10n, "cli-passphrase-new", true)?;
            let config = werkpad_core::settings::AppSettings::load(&dir).store_config();
            // The store is re-keyed: an old copy of the key file no longer opens it.
            let store = store.change_passphrase(&old, &new, &config).await?;
            store.lock().await;
        }
        Command::Purge => {
            let store = unlock(&dir, l10n).await?;
            let report = store.upkeep().purge_expired(today).await?;
            println!("{}", json!({ "destroyed": report.destroyed.len() }));
            store.lock().await;
        }
        Command::Login { server, user, .. } => {
            let mut password = Zeroizing::new(String::new());
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut password)?;
            let password = password.trim_end_matches(['\n', '\r']);
            let store = unlock(&dir, l10n).await?;
            let account = store.sync().login(server, user, password).await;
            store.lock().await;
            let account = account?;
            if cli.json {
                println!("{}", serde_json::to_string(&account)?);
            } else {
                println!(
                    "{}",
                    l10n.format(
                        "cli-login-done",
                        &[
                            ("user", account.display_name),
                            ("server", account.server_url)
                        ]
                    )
                );
            }
        }
        Command::Sync => {
            // The app's own session: unlock with the purge, one round, the wipe on revoke.
            let session = werkpad_core::Session::new(&dir, StoreConfig::default());
            let pass = passphrase("WERKPAD_PASSPHRASE", l10n, "cli-passphrase-prompt", false)?;
            session.unlock(&pass, today).await?;
            let outcome = session.sync_round(today, &|| {}).await;
            session.lock().await;
            match outcome {
                RoundOutcome::Done(report) => {
                    if cli.json {
                        println!("{}", serde_json::to_string(&report)?);
                    } else {
                        println!(
                            "{}",
                            l10n.format(
                                "cli-sync-done",
                                &[
                                    ("pushed", report.push.applied.to_string()),
                                    ("conflicts", report.push.conflicts.to_string()),
                                    ("rejected", report.push.rejected.to_string()),
                                    ("received", report.pull.received.to_string()),
                                    ("purged", report.pull.purged.to_string()),
                                ]
                            )
                        );
                    }
                }
                RoundOutcome::Skipped | RoundOutcome::Cancelled => {
                    return Err(werkpad_core::sync::SyncFailure::Sync(
                        werkpad_core::sync::SyncError::NotLoggedIn,
                    )
                    .into());
                }
                RoundOutcome::Wiped(payload) => {
                    // The server revoked this laptop: the database and its key are gone.
                    eprintln!("{}", l10n.format("cli-sync-wiped", &[] as &[(&str, &str)]));
                    return Err(PayloadError(payload).into());
                }
                RoundOutcome::Failed(payload) => return Err(PayloadError(payload).into()),
            }
        }
        Command::Recovery { what } => crate::recovery::run(cli, &dir, l10n, what).await?,
        Command::Statement { what } => {
            let store = unlock(&dir, l10n).await?;
            let result = crate::statements::statement(cli, &dir, &store, what).await;
            store.lock().await;
            result?;
        }
        Command::Match {
            resident,
            workplace,
            limit,
        } => {
            let store = unlock(&dir, l10n).await?;
            let result = crate::matching::print_matches(
                cli,
                l10n,
                &store,
                resident.as_deref(),
                workplace.as_deref(),
                *limit,
            )
            .await;
            store.lock().await;
            result?;
        }
        Command::Occupations { text, limit } => {
            let store = unlock(&dir, l10n).await?;
            let result = crate::matching::search_occupations(cli, &store, text, *limit).await;
            store.lock().await;
            result?;
        }
        Command::WorkplacesImport { file } => {
            let store = unlock(&dir, l10n).await?;
            let result = crate::matching::import_workplaces(cli, l10n, &store, file).await;
            store.lock().await;
            if !result? {
                bail!(l10n.format("cli-workplaces-import-refused", &[] as &[(&str, &str)]));
            }
        }
        Command::Loonwaarde { what } => {
            crate::subsidies::loonwaarde(cli, &dir, l10n, today, what).await?
        }
        Command::Lks { what } => crate::subsidies::lks(cli, &dir, l10n, today, what).await?,
        Command::Jobcoaching { what } => {
            crate::subsidies::jobcoaching(cli, &dir, l10n, today, what).await?
        }
        Command::Uwv { what } => crate::requests::uwv(&ctx(), what).await?,
        Command::Attach(args) => crate::attach::attach(&ctx(), args).await?,
        Command::Referral { what } => crate::referral::referral(&ctx(), what).await?,
        Command::Verzuim { what } => crate::verzuim::verzuim(&ctx(), what).await?,
        Command::Training { what } => crate::verzuim::training(&ctx(), what).await?,
        Command::Leerwerkplek { what } => crate::verzuim::leerwerkplek(&ctx(), what).await?,
        Command::ExportInzage { resident, out } => {
            let store = unlock(&dir, l10n).await?;
            let result = crate::statements::export_inzage(cli, &dir, &store, resident, out).await;
            store.lock().await;
            result?;
        }
    }
    Ok(())
}
