//! `werkpadctl match …`, `werkpadctl occupations …` and `werkpadctl workplaces import …`:
//! the app's matching, headless. A match is advice with reasons; nothing here decides.

use std::path::PathBuf;

use anyhow::{Context as _, Result};
use serde_json::json;
use werkpad_core::Store;
use werkpad_core::i18n::Localizer;
use werkpad_core::matching::import_workplaces_csv;
use werkpad_domain::matching::{ExplainedMatch, MatchEffect};
use werkpad_domain::{ResidentId, WorkplaceId};

use crate::Cli;

/// `werkpadctl match`: ranked workplaces for a resident, or residents for a workplace.
pub async fn print_matches(
    cli: &Cli,
    l10n: &Localizer,
    store: &Store,
    resident: Option<&str>,
    workplace: Option<&str>,
    limit: usize,
) -> Result<()> {
    match (resident, workplace) {
        (Some(r), _) => {
            let id: ResidentId = r.parse().context("--resident is not a resident id")?;
            let ranked = store.matching().matches_for_resident(id, limit).await?;
            if cli.json {
                println!("{}", serde_json::to_string_pretty(&ranked)?);
                return Ok(());
            }
            basis_notes(l10n, ranked.basis.postcode_areas, ranked.basis.has_profile);
            for (n, m) in ranked.matches.iter().enumerate() {
                let title = format!(
                    "{}. {} — {} ({})",
                    n + 1,
                    m.workplace.title,
                    m.employer_name,
                    m.workplace.place
                );
                print_match(l10n, &title, &m.explained);
            }
        }
        (None, Some(w)) => {
            let id: WorkplaceId = w.parse().context("--workplace is not a workplace id")?;
            let ranked = store.matching().matches_for_workplace(id, limit).await?;
            if cli.json {
                println!("{}", serde_json::to_string_pretty(&ranked)?);
                return Ok(());
            }
            basis_notes(l10n, ranked.basis.postcode_areas, true);
            for (n, m) in ranked.matches.iter().enumerate() {
                let title = format!("{}. {}", n + 1, m.display_name);
                print_match(l10n, &title, &m.explained);
            }
        }
        (None, None) => anyhow::bail!("give --resident or --workplace"),
    }
    Ok(())
}

fn basis_notes(l10n: &Localizer, postcode_areas: usize, has_profile: bool) {
    if postcode_areas == 0 {
        println!(
            "{}",
            l10n.format("cli-match-no-postcodes", &[] as &[(&str, &str)])
        );
    }
    if !has_profile {
        println!(
            "{}",
            l10n.format("cli-match-no-profile", &[] as &[(&str, &str)])
        );
    }
}

fn print_match(l10n: &Localizer, title: &str, m: &ExplainedMatch) {
    let score = m.score.to_string();
    let heading = if m.excluded {
        l10n.format("cli-match-excluded", &[("score", score.as_str())])
    } else {
        l10n.format("cli-match-score", &[("score", score.as_str())])
    };
    println!("{title}  [{heading}]");
    for r in &m.reasons {
        let mark = match r.effect {
            MatchEffect::Plus => "+",
            MatchEffect::Minus => "-",
            MatchEffect::Neutral => "·",
            MatchEffect::Exclusion => "✗",
        };
        let args: Vec<(&String, &String)> = r.reason.args.iter().collect();
        println!("   {mark} {}", l10n.format(&r.reason.id, &args));
    }
}

/// `werkpadctl occupations TEXT`: the ESCO occupations on this laptop matching `text`.
pub async fn search_occupations(cli: &Cli, store: &Store, text: &str, limit: i64) -> Result<()> {
    let hits = store.matching().search_occupations(text, limit).await?;
    if cli.json {
        println!("{}", serde_json::to_string_pretty(&hits)?);
        return Ok(());
    }
    for h in hits {
        match &h.matched_synonym {
            Some(s) => println!("{}  {} ({s}) [ISCO {}]", h.id, h.label, h.isco_group),
            None => println!("{}  {} [ISCO {}]", h.id, h.label, h.isco_group),
        }
    }
    Ok(())
}

/// `werkpadctl workplaces-import FILE`: employers and workplaces from a CSV file.
pub async fn import_workplaces(
    cli: &Cli,
    l10n: &Localizer,
    store: &Store,
    file: &PathBuf,
) -> Result<bool> {
    let input = std::fs::File::open(file).with_context(|| format!("{}", file.display()))?;
    let report = import_workplaces_csv(store, input).await?;
    if cli.json {
        println!("{}", json!(report));
        return Ok(report.errors.is_empty());
    }
    if report.errors.is_empty() {
        let employers = report.employers_created.to_string();
        let workplaces = report.workplaces_created.to_string();
        println!(
            "{}",
            l10n.format(
                "cli-workplaces-imported",
                &[
                    ("employers", employers.as_str()),
                    ("workplaces", workplaces.as_str())
                ]
            )
        );
        return Ok(true);
    }
    // The caller ends with "nothing saved" after these lines.
    for line in &report.errors {
        let n = line.line.to_string();
        if let Some(detail) = &line.unreadable {
            eprintln!(
                "{}",
                l10n.format(
                    "cli-import-line-unreadable",
                    &[("line", n.as_str()), ("detail", detail.as_str())]
                )
            );
        }
        for f in &line.errors {
            let args = f.error.args();
            let reason = format!("{}: {}", f.field, l10n.format(f.error.message_id(), &args));
            eprintln!(
                "{}",
                l10n.format(
                    "cli-import-line",
                    &[("line", n.as_str()), ("reason", reason.as_str())]
                )
            );
        }
    }
    Ok(false)
}
