//! `werkpadctl verzuim …`, `werkpadctl training add` and `werkpadctl leerwerkplek add`
//! (issue 23).
//!
//! Verzuimcontrole goes absence → (control) → the resident's account → a decision by the
//! signed-in staff member; a decision before the resident was heard (or let the term
//! pass) is refused, never taken automatically. Trainings and leerwerkplekken are saved
//! with their entry in the sharing register. The shape of every subcommand is that of
//! [`crate::requests`].

use anyhow::Result;
use clap::Subcommand;
use werkpad_domain::learning::{LeerwerkplekInput, TrainingInput};
use werkpad_domain::validate::format_date;
use werkpad_domain::verzuim::{
    AbsenceInput, AccountInput, ControlInput, VerzuimCase, VerzuimDecisionInput, VerzuimId,
};
use werkpad_domain::{AppointmentId, PlacementId, ResidentId};

use crate::requests::{Ctx, parse_id, resident_id};

/// `werkpadctl verzuim …`.
#[derive(Debug, Subcommand)]
pub enum VerzuimCommand {
    /// Record an absence: a new case.
    Report {
        /// The resident's id.
        #[arg(long)]
        resident: String,
        /// The day (dd-mm-jjjj).
        #[arg(long)]
        on: Option<String>,
        /// workplace or programme.
        #[arg(long)]
        place: Option<String>,
        /// The placement, for the workplace.
        #[arg(long)]
        placement: Option<String>,
        /// The missed appointment, for a no-show.
        #[arg(long)]
        appointment: Option<String>,
        /// no_show, employer or provider.
        #[arg(long)]
        source: Option<String>,
        /// Who reported it.
        #[arg(long)]
        reported_by: Option<String>,
        /// What was reported.
        #[arg(long)]
        note: Option<String>,
    },
    /// Ask a verzuimcontroleur to check (writes the sharing-register entry), or record the
    /// result.
    Control {
        /// The resident's id.
        #[arg(long)]
        resident: String,
        /// The case's id (see `verzuim list`).
        #[arg(long)]
        case: String,
        /// The day it was asked (dd-mm-jjjj; blank: today).
        #[arg(long)]
        requested_on: Option<String>,
        /// The controller (organisation and name).
        #[arg(long)]
        controller: Option<String>,
        /// visit or call.
        #[arg(long)]
        kind: Option<String>,
        /// The day it was done (with the finding).
        #[arg(long)]
        done_on: Option<String>,
        /// ill, justified, unjustified or not_reached.
        #[arg(long)]
        finding: Option<String>,
        /// The controller's note.
        #[arg(long)]
        note: Option<String>,
    },
    /// Ask the resident for their account (no text), or record it (with the text).
    Account {
        /// The resident's id.
        #[arg(long)]
        resident: String,
        /// The case's id.
        #[arg(long)]
        case: String,
        /// The day the resident was asked (dd-mm-jjjj; blank: today or as before).
        #[arg(long)]
        asked_on: Option<String>,
        /// The day the account was given (blank with a text: today).
        #[arg(long)]
        given_on: Option<String>,
        /// The account in the resident's words.
        #[arg(long)]
        text: Option<String>,
    },
    /// Decide, as the signed-in staff member: refused before the resident was heard.
    Decide {
        /// The resident's id.
        #[arg(long)]
        resident: String,
        /// The case's id.
        #[arg(long)]
        case: String,
        /// no_action, warning or measure_proposal.
        #[arg(long)]
        outcome: Option<String>,
        /// Why, in words the resident can follow.
        #[arg(long)]
        reasoning: Option<String>,
    },
    /// The resident's cases, newest first.
    List {
        /// The resident's id.
        #[arg(long)]
        resident: String,
    },
}

/// `werkpadctl training …`.
#[derive(Debug, Subcommand)]
pub enum TrainingCommand {
    /// Save a new training (a new provider gets its entry in the sharing register).
    Add {
        /// The resident's id.
        #[arg(long)]
        resident: String,
        /// The provider.
        #[arg(long)]
        provider: Option<String>,
        /// The training's name.
        #[arg(long)]
        name: Option<String>,
        /// The certificate it gives.
        #[arg(long)]
        qualification: Option<String>,
        /// First day (dd-mm-jjjj).
        #[arg(long)]
        starts_on: Option<String>,
        /// Last day (dd-mm-jjjj).
        #[arg(long)]
        ends_on: Option<String>,
        /// Hours planned.
        #[arg(long)]
        hours_planned: Option<String>,
        /// Hours attended.
        #[arg(long)]
        hours_attended: Option<String>,
        /// ongoing (default), passed, failed or stopped.
        #[arg(long)]
        result: Option<String>,
        /// Day of the result (dd-mm-jjjj).
        #[arg(long)]
        result_on: Option<String>,
        /// Costs in euros ("1.234,56").
        #[arg(long)]
        costs: Option<String>,
    },
}

/// `werkpadctl leerwerkplek …`.
#[derive(Debug, Subcommand)]
pub enum LeerwerkplekCommand {
    /// Save a new leerwerkplek (the partner gets its entry in the sharing register).
    Add {
        /// The resident's id.
        #[arg(long)]
        resident: String,
        /// The partner organisation.
        #[arg(long)]
        partner: Option<String>,
        /// The work.
        #[arg(long)]
        work: Option<String>,
        /// First day (dd-mm-jjjj).
        #[arg(long)]
        starts_on: Option<String>,
        /// Last day (dd-mm-jjjj).
        #[arg(long)]
        ends_on: Option<String>,
        /// Hours a week.
        #[arg(long)]
        hours_per_week: Option<String>,
        /// The mentor's name.
        #[arg(long)]
        mentor_name: Option<String>,
        /// The mentor's phone.
        #[arg(long)]
        mentor_phone: Option<String>,
        /// The mentor's e-mail.
        #[arg(long)]
        mentor_email: Option<String>,
        /// A learning goal; repeat for each.
        #[arg(long = "goal")]
        goals: Vec<String>,
    },
}

fn case_target(resident: &str, case: &str) -> Result<(ResidentId, VerzuimId)> {
    Ok((resident_id(resident)?, parse_id("case", case)?))
}

/// Run one `verzuim` subcommand.
pub async fn verzuim(ctx: &Ctx<'_>, what: &VerzuimCommand) -> Result<()> {
    let today = ctx.today;
    let case = match what {
        VerzuimCommand::Report {
            resident,
            on,
            place,
            placement,
            appointment,
            source,
            reported_by,
            note,
        } => {
            let rid = resident_id(resident)?;
            let input = AbsenceInput {
                on: on.clone(),
                place: place.clone(),
                placement_id: placement
                    .as_deref()
                    .map(|s| parse_id::<PlacementId>("placement", s))
                    .transpose()?,
                appointment_id: appointment
                    .as_deref()
                    .map(|s| parse_id::<AppointmentId>("appointment", s))
                    .transpose()?,
                source: source.clone(),
                reported_by: reported_by.clone(),
                note: note.clone(),
            };
            ctx.with_store(async |store| {
                Ok(store.verzuim().report_absence(rid, &input, today).await?)
            })
            .await?
        }
        VerzuimCommand::Control {
            resident,
            case,
            requested_on,
            controller,
            kind,
            done_on,
            finding,
            note,
        } => {
            let (rid, id) = case_target(resident, case)?;
            let input = ControlInput {
                requested_on: requested_on.clone(),
                controller: controller.clone(),
                kind: kind.clone(),
                done_on: done_on.clone(),
                finding: finding.clone(),
                note: note.clone(),
            };
            ctx.with_store(async |store| {
                Ok(store.verzuim().control(rid, id, &input, today).await?)
            })
            .await?
        }
        VerzuimCommand::Account {
            resident,
            case,
            asked_on,
            given_on,
            text,
        } => {
            let (rid, id) = case_target(resident, case)?;
            let input = AccountInput {
                asked_on: asked_on.clone(),
                given_on: given_on.clone(),
                text: text.clone(),
            };
            ctx.with_store(async |store| {
                Ok(store.verzuim().account(rid, id, &input, today).await?)
            })
            .await?
        }
        VerzuimCommand::Decide {
            resident,
            case,
            outcome,
            reasoning,
        } => {
            let (rid, id) = case_target(resident, case)?;
            let input = VerzuimDecisionInput {
                outcome: outcome.clone(),
                reasoning: reasoning.clone(),
            };
            ctx.with_store(async |store| Ok(store.verzuim().decide(rid, id, &input, today).await?))
                .await?
        }
        VerzuimCommand::List { resident } => {
            let rid = resident_id(resident)?;
            let cases = ctx
                .with_store(async |store| Ok(store.verzuim().cases(rid).await?))
                .await?;
            if ctx.cli.json {
                return ctx.json(serde_json::to_value(&cases)?);
            }
            if cases.is_empty() {
                println!("{}", ctx.text("cli-verzuim-none"));
            }
            for case in &cases {
                print_case(ctx, case);
            }
            return Ok(());
        }
    };
    if ctx.cli.json {
        return ctx.json(serde_json::to_value(&case)?);
    }
    print_case(ctx, &case);
    Ok(())
}

/// One case: the absence, the control, the account and the decision (or that none was
/// taken yet).
fn print_case(ctx: &Ctx<'_>, case: &VerzuimCase) {
    let a = &case.absence;
    println!(
        "{}  {}",
        case.id,
        ctx.format(
            "cli-verzuim-absence",
            &[
                ("date", format_date(a.on)),
                ("place", ctx.text(a.place.message_id())),
                ("source", ctx.text(a.source.message_id())),
            ],
        )
    );
    if let Some(name) = &a.reported_by {
        println!(
            "  {}",
            ctx.format("cli-verzuim-reported-by", &[("name", name.clone())])
        );
    }
    let mut lines = Vec::new();
    if let Some(c) = &case.control {
        lines.push(ctx.format(
            "cli-verzuim-control",
            &[
                ("controller", c.controller.clone()),
                ("kind", ctx.text(c.kind.message_id())),
                ("date", format_date(c.requested_on)),
            ],
        ));
        if let (Some(done), Some(finding)) = (c.done_on, c.finding) {
            lines.push(ctx.format(
                "cli-verzuim-control-done",
                &[
                    ("date", format_date(done)),
                    ("finding", ctx.text(finding.message_id())),
                ],
            ));
        }
    }
    if let Some(acc) = &case.account {
        lines.push(ctx.format(
            "cli-verzuim-account-asked",
            &[
                ("date", format_date(acc.asked_on)),
                ("by", format_date(acc.answer_by)),
            ],
        ));
        if let (Some(given), Some(text)) = (acc.given_on, &acc.text) {
            lines.push(ctx.format(
                "cli-verzuim-account-given",
                &[("date", format_date(given)), ("text", text.clone())],
            ));
        }
    }
    match &case.decision {
        Some(d) => {
            lines.push(ctx.format(
                "cli-verzuim-decision",
                &[
                    ("name", d.by.name.clone()),
                    ("date", format_date(d.on)),
                    ("outcome", ctx.text(d.outcome.message_id())),
                ],
            ));
            lines.push(ctx.format("cli-note", &[("note", d.reasoning.clone())]));
        }
        None => lines.push(ctx.text("cli-verzuim-open")),
    }
    for line in lines {
        println!("  {line}");
    }
}

/// Run one `training` subcommand.
pub async fn training(ctx: &Ctx<'_>, what: &TrainingCommand) -> Result<()> {
    let TrainingCommand::Add {
        resident,
        provider,
        name,
        qualification,
        starts_on,
        ends_on,
        hours_planned,
        hours_attended,
        result,
        result_on,
        costs,
    } = what;
    let rid = resident_id(resident)?;
    let input = TrainingInput {
        provider: provider.clone(),
        name: name.clone(),
        qualification: qualification.clone(),
        starts_on: starts_on.clone(),
        ends_on: ends_on.clone(),
        hours_planned: hours_planned.clone(),
        hours_attended: hours_attended.clone(),
        result: result.clone(),
        result_on: result_on.clone(),
        costs: costs.clone(),
    };
    let t = ctx
        .with_store(async |store| {
            Ok(store
                .learning()
                .save_training(rid, None, &input, ctx.today)
                .await?)
        })
        .await?;
    if ctx.cli.json {
        return ctx.json(serde_json::to_value(&t)?);
    }
    println!(
        "{}  {}",
        t.id,
        ctx.format(
            "cli-training-saved",
            &[
                ("name", t.name.clone()),
                ("provider", t.provider.clone()),
                ("from", format_date(t.starts_on)),
                ("result", ctx.text(t.result.message_id())),
            ],
        )
    );
    Ok(())
}

/// Run one `leerwerkplek` subcommand.
pub async fn leerwerkplek(ctx: &Ctx<'_>, what: &LeerwerkplekCommand) -> Result<()> {
    let LeerwerkplekCommand::Add {
        resident,
        partner,
        work,
        starts_on,
        ends_on,
        hours_per_week,
        mentor_name,
        mentor_phone,
        mentor_email,
        goals,
    } = what;
    let rid = resident_id(resident)?;
    let input = LeerwerkplekInput {
        partner: partner.clone(),
        work: work.clone(),
        starts_on: starts_on.clone(),
        ends_on: ends_on.clone(),
        hours_per_week: hours_per_week.clone(),
        mentor_name: mentor_name.clone(),
        mentor_phone: mentor_phone.clone(),
        mentor_email: mentor_email.clone(),
        goals: goals.clone(),
        reached: Vec::new(),
    };
    let l = ctx
        .with_store(async |store| {
            Ok(store
                .learning()
                .save_leerwerkplek(rid, None, &input, ctx.today)
                .await?)
        })
        .await?;
    if ctx.cli.json {
        return ctx.json(serde_json::to_value(&l)?);
    }
    println!(
        "{}  {}",
        l.id,
        ctx.format(
            "cli-leerwerkplek-saved",
            &[
                ("partner", l.partner.clone()),
                ("work", l.work.clone()),
                ("from", format_date(l.starts_on)),
                ("until", format_date(l.ends_on)),
                ("hours", l.hours_per_week.to_string()),
            ],
        )
    );
    Ok(())
}
