//! `werkpadctl recovery …`: the municipality's key pair, opening a laptop's recovery copy
//! into a one-time code (helpdesk side), and on the laptop: recover with that code, count
//! what a reset would lose, reset.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::Subcommand;
use serde_json::json;
use werkpad_core::Store;
use werkpad_core::i18n::Localizer;
use werkpad_core::settings::AppSettings;
use werkpad_core::store::recovery;
use zeroize::Zeroizing;

use crate::Cli;

/// What `recovery` does.
#[derive(Debug, Subcommand)]
pub enum RecoveryCommand {
    /// Make the municipality's recovery key pair: the private key goes to FILE (0600, keep it
    /// offline with the helpdesk), the public key is printed for each laptop's settings.json
    /// (`recovery_public_key`).
    Keygen {
        /// Where to write the private key.
        #[arg(long)]
        out: PathBuf,
    },
    /// Helpdesk: open a laptop's recovery.json with the private key and print the one-time
    /// recovery code for the coach.
    Open {
        /// The private key file from `keygen`.
        #[arg(long)]
        key: PathBuf,
        /// The laptop's recovery.json.
        #[arg(long)]
        copy: PathBuf,
    },
    /// On the laptop: open the store with a recovery code (WERKPAD_RECOVERY_CODE or a
    /// prompt) and set a new passphrase (WERKPAD_NEW_PASSPHRASE or a prompt). The store is
    /// re-keyed, so the code works once.
    Recover,
    /// How many changes have not reached the server: what a reset would lose.
    Unsent,
    /// Remove a store whose passphrase or key is lost, so a new one can be made and synced.
    /// Refuses unless `--lose-unsent N` names the number `unsent` reports.
    Reset {
        /// The number of unsent changes you accept to lose.
        #[arg(long)]
        lose_unsent: u64,
    },
}

/// Run a recovery subcommand.
pub async fn run(cli: &Cli, dir: &Path, l10n: &Localizer, what: &RecoveryCommand) -> Result<()> {
    match what {
        RecoveryCommand::Keygen { out } => {
            let (private, public) = recovery::generate_key_pair()?;
            if out.exists() {
                bail!("{} exists already: not overwritten", out.display());
            }
            werkpad_core::store::secrets::write_private(out, private.as_bytes())?;
            if cli.json {
                println!(
                    "{}",
                    json!({ "public_key": public, "private_key_file": out })
                );
            } else {
                println!("recovery_public_key = {public}");
            }
        }
        RecoveryCommand::Open { key, copy } => {
            let private = Zeroizing::new(
                std::fs::read_to_string(key).with_context(|| key.display().to_string())?,
            );
            let bytes = std::fs::read(copy).with_context(|| copy.display().to_string())?;
            let copy: recovery::RecoveryCopy =
                serde_json::from_slice(&bytes).context("recovery.json unreadable")?;
            let code = recovery::open_to_code(&copy, &private)?;
            if cli.json {
                println!("{}", json!({ "code": code.as_str() }));
            } else {
                println!("{}", code.as_str());
            }
        }
        RecoveryCommand::Recover => {
            let code = crate::commands::passphrase(
                "WERKPAD_RECOVERY_CODE",
                l10n,
                "cli-recovery-code-prompt",
                false,
            )?;
            let new = crate::commands::passphrase(
                "WERKPAD_NEW_PASSPHRASE",
                l10n,
                "cli-passphrase-new",
                true,
            )?;
            let config = AppSettings::load(dir).store_config();
            let store = Store::recover(dir, &code, &new, &config).await?;
            store.lock().await;
            println!("{}", json!({ "recovered": true }));
        }
        RecoveryCommand::Unsent => {
            let unsent = recovery::unsent_changes(dir)?;
            println!(
                "{}",
                json!({
                    "unsent": unsent.map(|u| u.count),
                    "counted_at": unsent.map(|u| u.counted_at.to_rfc3339()),
                })
            );
        }
        RecoveryCommand::Reset { lose_unsent } => {
            let unsent = recovery::unsent_changes(dir)?.map_or(0, |u| u.count);
            if unsent != *lose_unsent {
                bail!(
                    "this store has {unsent} unsent changes; run again with --lose-unsent {unsent} to accept losing them"
                );
            }
            let config = AppSettings::load(dir).store_config();
            Store::reset(dir, &config)?;
            println!("{}", json!({ "reset": true, "lost": unsent }));
        }
    }
    Ok(())
}
