//! `werkpadctl referral …` (issue 23): a referral to a life-domain organisation
//! (schuldhulpverlening, maatschappelijk werk, wijkteam, wonen) from the draft to the
//! close. Sending always needs the resident's consent and writes the entry in the sharing
//! register; the organisation's reports follow with `update`. The shape of every
//! subcommand is that of [`crate::requests`].

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;
use werkpad_core::requests::ReferralView;
use werkpad_domain::request::{
    Referral, ReferralId, ReferralInput, ReferralUpdateInput, RequestStep,
};
use werkpad_domain::validate::format_date;

use crate::requests::{
    ConsentArgs, Ctx, consent_input, parse_id, print_attachments_and_steps, print_consent,
    print_life, resident_id, set, status_label,
};

/// The resident and one of their referrals.
#[derive(Debug, Args)]
pub struct ReferralTarget {
    /// The resident's id.
    #[arg(long)]
    pub resident: String,
    /// The referral's id (see `referral list`).
    #[arg(long)]
    pub referral: String,
}

/// `werkpadctl referral …`.
#[derive(Debug, Subcommand)]
pub enum ReferralCommand {
    /// Write a new draft, or change a draft with `--referral` (what is not given is kept).
    Draft {
        /// The resident's id.
        #[arg(long)]
        resident: String,
        /// The draft to change (none: a new draft).
        #[arg(long)]
        referral: Option<String>,
        /// schuldhulpverlening, maatschappelijk_werk, wijkteam or housing.
        #[arg(long)]
        domain: Option<String>,
        /// The organisation.
        #[arg(long)]
        organisation: Option<String>,
        /// Why the coach refers.
        #[arg(long)]
        reason: Option<String>,
        /// A data category shared (name, address, phone, email, housing, support, …);
        /// repeat for each. Given: replaces the draft's list.
        #[arg(long = "share")]
        shared: Vec<String>,
        /// Why these data.
        #[arg(long)]
        share_why: Option<String>,
        #[command(flatten)]
        consent: ConsentArgs,
    },
    /// Send a draft: refused without the resident's consent.
    Send {
        #[command(flatten)]
        target: ReferralTarget,
    },
    /// Record what the organisation reported: accepted or declined first, then started
    /// and ended.
    Update {
        #[command(flatten)]
        target: ReferralTarget,
        /// accepted, declined, started or ended.
        #[arg(long)]
        progress: Option<String>,
        /// The day (dd-mm-jjjj; blank: today).
        #[arg(long)]
        on: Option<String>,
        /// What the organisation said.
        #[arg(long)]
        feedback: Option<String>,
    },
    /// Close an answered referral with what follows.
    Close {
        #[command(flatten)]
        target: ReferralTarget,
        /// What follows (required).
        #[arg(long)]
        note: Option<String>,
    },
    /// Withdraw a draft or sent referral with why.
    Withdraw {
        #[command(flatten)]
        target: ReferralTarget,
        /// Why (required).
        #[arg(long)]
        note: Option<String>,
    },
    /// The resident's referrals: status, consent, reports, attachments.
    List {
        /// The resident's id.
        #[arg(long)]
        resident: String,
    },
}

/// The draft as the form had it.
fn referral_input(r: &Referral) -> ReferralInput {
    ReferralInput {
        domain: Some(r.domain.as_str().to_owned()),
        organisation: Some(r.organisation.clone()),
        reason: Some(r.reason.clone()),
        shared: r.shared.iter().map(|c| c.as_str().to_owned()).collect(),
        shared_why: Some(r.shared_why.clone()),
        consent: consent_input(r.consent.as_ref()),
    }
}

fn target(t: &ReferralTarget) -> Result<(werkpad_domain::ResidentId, ReferralId)> {
    Ok((
        resident_id(&t.resident)?,
        parse_id("referral", &t.referral)?,
    ))
}

/// Run one `referral` subcommand.
pub async fn referral(ctx: &Ctx<'_>, what: &ReferralCommand) -> Result<()> {
    let today = ctx.today;
    let (referral, verb) = match what {
        ReferralCommand::Draft {
            resident,
            referral,
            domain,
            organisation,
            reason,
            shared,
            share_why,
            consent,
        } => {
            let rid = resident_id(resident)?;
            let id: Option<ReferralId> = referral
                .as_deref()
                .map(|s| parse_id("referral", s))
                .transpose()?;
            let saved = ctx
                .with_store(async |store| {
                    let area = store.requests();
                    let mut input = match id {
                        Some(id) => area
                            .requests_file(rid, today)
                            .await?
                            .referrals
                            .iter()
                            .find(|v| v.referral.id == id)
                            .map(|v| referral_input(&v.referral))
                            .unwrap_or_default(),
                        None => ReferralInput::default(),
                    };
                    set(&mut input.domain, domain);
                    set(&mut input.organisation, organisation);
                    set(&mut input.reason, reason);
                    if !shared.is_empty() {
                        input.shared.clone_from(shared);
                    }
                    set(&mut input.shared_why, share_why);
                    consent.overlay(&mut input.consent);
                    Ok(area.save_referral(rid, id, &input, today).await?)
                })
                .await?;
            (saved, "cli-request-saved")
        }
        ReferralCommand::Send { target: t } => {
            let (rid, id) = target(t)?;
            let sent = ctx
                .with_store(async |store| {
                    Ok(store
                        .requests()
                        .send::<Referral>(rid, &id.to_string(), today)
                        .await?)
                })
                .await?;
            (sent, "cli-request-sent-now")
        }
        ReferralCommand::Update {
            target: t,
            progress,
            on,
            feedback,
        } => {
            let (rid, id) = target(t)?;
            let input = ReferralUpdateInput {
                progress: progress.clone(),
                on: on.clone(),
                feedback: feedback.clone(),
            };
            let updated = ctx
                .with_store(async |store| {
                    Ok(store
                        .requests()
                        .update_referral(rid, id, &input, today)
                        .await?)
                })
                .await?;
            (updated, "cli-request-saved")
        }
        ReferralCommand::Close { target: t, note }
        | ReferralCommand::Withdraw { target: t, note } => {
            let step = match what {
                ReferralCommand::Close { .. } => RequestStep::Close,
                _ => RequestStep::Withdraw,
            };
            let (rid, id) = target(t)?;
            let done = ctx
                .with_store(async |store| {
                    Ok(store
                        .requests()
                        .finish::<Referral>(rid, &id.to_string(), step, note.clone(), today)
                        .await?)
                })
                .await?;
            (done, "cli-request-step-done")
        }
        ReferralCommand::List { resident } => {
            let rid = resident_id(resident)?;
            let file = ctx
                .with_store(async |store| Ok(store.requests().requests_file(rid, today).await?))
                .await?;
            return list(ctx, &file.referrals);
        }
    };
    if ctx.cli.json {
        return ctx.json(serde_json::to_value(&referral)?);
    }
    println!("{}", header(ctx, &referral));
    println!(
        "  {}",
        ctx.format(verb, &[("status", status_label(ctx, &referral.life))])
    );
    Ok(())
}

fn header(ctx: &Ctx<'_>, r: &Referral) -> String {
    format!(
        "{}  {}  {}  {}",
        r.id,
        ctx.text(r.domain.message_id()),
        r.organisation,
        status_label(ctx, &r.life)
    )
}

fn list(ctx: &Ctx<'_>, views: &[ReferralView]) -> Result<()> {
    if ctx.cli.json {
        return ctx.json(json!({ "referrals": views }));
    }
    if views.is_empty() {
        println!("{}", ctx.text("cli-referral-none"));
    }
    for view in views {
        let r = &view.referral;
        println!("{}", header(ctx, r));
        print_life(ctx, &r.life);
        let shared: Vec<String> = r.shared.iter().map(|c| ctx.text(c.message_id())).collect();
        println!(
            "  {}",
            ctx.format(
                "cli-referral-shared",
                &[
                    ("categories", shared.join(", ")),
                    ("why", r.shared_why.clone())
                ],
            )
        );
        print_consent(ctx, r.consent.as_ref());
        for u in &r.updates {
            println!(
                "  {}",
                ctx.format(
                    "cli-referral-update",
                    &[
                        ("date", format_date(u.on)),
                        ("progress", ctx.text(u.progress.message_id())),
                    ],
                )
            );
            if let Some(feedback) = &u.feedback {
                println!(
                    "    {}",
                    ctx.format("cli-note", &[("note", feedback.clone())])
                );
            }
        }
        print_attachments_and_steps(ctx, &view.attachments, &view.next_steps);
    }
    Ok(())
}
