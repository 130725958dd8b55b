//! `werkpadctl uwv …` (issue 23): requests to UWV from the draft to the close, on the
//! same store and rules as the app, and what the request subcommands share.
//!
//! Every subcommand unlocks the store, runs one call of `store.requests()` and locks
//! again ([`Ctx::with_store`]). Refusals are the domain's, in Dutch on stderr (or as
//! `{"error": …}` with `--json`) with a non-zero exit, and nothing is stored. A draft is
//! changed with `--request`: what is not given is kept from the draft. Files go along with
//! [`crate::attach`]; referrals are in [`crate::referral`].

use std::path::Path;

use anyhow::{Context as _, Result};
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde_json::json;
use werkpad_core::Store;
use werkpad_core::i18n::Localizer;
use werkpad_core::requests::UwvView;
use werkpad_domain::ResidentId;
use werkpad_domain::request::{
    AttachmentInfo, Consent, ConsentInput, CriterionInput, RequestLife, RequestStep,
    UwvAnswerInput, UwvRequest, UwvRequestId, UwvRequestInput,
};
use werkpad_domain::validate::format_date;

use crate::Cli;

/// What every subcommand of this module and [`crate::verzuim`] needs.
#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    /// The command line (for `--json`).
    pub cli: &'a Cli,
    /// The data folder.
    pub dir: &'a Path,
    /// The messages.
    pub l10n: &'a Localizer,
    /// Today, on this laptop.
    pub today: NaiveDate,
}

impl Ctx<'_> {
    /// Unlocks the store, runs `f` on it and locks it again, also when `f` failed.
    pub async fn with_store<T>(&self, f: impl AsyncFnOnce(&Store) -> Result<T>) -> Result<T> {
        let store = crate::commands::unlock(self.dir, self.l10n).await?;
        let result = f(&store).await;
        store.lock().await;
        result
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.l10n.format(id, &[] as &[(&str, &str)])
    }

    /// A message with arguments.
    pub fn format(&self, id: &str, args: &[(&str, String)]) -> String {
        self.l10n.format(id, args)
    }

    /// `value` as pretty JSON on stdout (for `--json`).
    pub fn json(&self, value: serde_json::Value) -> Result<()> {
        println!("{}", serde_json::to_string_pretty(&value)?);
        Ok(())
    }
}

/// The resident and one of their requests to UWV.
#[derive(Debug, Args)]
pub struct UwvTarget {
    /// The resident's id.
    #[arg(long)]
    pub resident: String,
    /// The request's id (see `uwv list`).
    #[arg(long)]
    pub request: String,
}

/// The resident's consent as typed (all blank: none recorded).
#[derive(Debug, Default, Args)]
pub struct ConsentArgs {
    /// The day the resident gave consent (dd-mm-jjjj).
    #[arg(long)]
    pub consent_given_on: Option<String>,
    /// How: written, spoken or digital.
    #[arg(long)]
    pub consent_form: Option<String>,
    /// What the consent covers.
    #[arg(long)]
    pub consent_scope: Option<String>,
    /// The day the resident took it back (dd-mm-jjjj).
    #[arg(long)]
    pub consent_withdrawn_on: Option<String>,
}

/// The four criteria of arbeidsvermogen: the coach's view (yes, no, unsure) and what it
/// rests on.
#[derive(Debug, Default, Args)]
pub struct CriteriaArgs {
    /// Can do a task in an organisation: yes, no or unsure.
    #[arg(long)]
    pub task_in_organisation: Option<String>,
    /// What that view rests on.
    #[arg(long)]
    pub task_in_organisation_explanation: Option<String>,
    /// Has basic employee skills: yes, no or unsure.
    #[arg(long)]
    pub basic_skills: Option<String>,
    /// What that view rests on.
    #[arg(long)]
    pub basic_skills_explanation: Option<String>,
    /// Can work one hour at a stretch: yes, no or unsure.
    #[arg(long)]
    pub one_hour_at_a_stretch: Option<String>,
    /// What that view rests on.
    #[arg(long)]
    pub one_hour_at_a_stretch_explanation: Option<String>,
    /// Can work four hours a day: yes, no or unsure.
    #[arg(long)]
    pub four_hours_a_day: Option<String>,
    /// What that view rests on.
    #[arg(long)]
    pub four_hours_a_day_explanation: Option<String>,
}

/// `werkpadctl uwv draft`: what the draft form holds.
#[derive(Debug, Args)]
pub struct UwvDraftArgs {
    /// The resident's id.
    #[arg(long)]
    pub resident: String,
    /// The draft to change (none: a new draft).
    #[arg(long)]
    pub request: Option<String>,
    /// beschut_werk, banenafspraak or wajong.
    #[arg(long)]
    pub kind: Option<String>,
    /// For a banenafspraak: uwv or praktijkroute.
    #[arg(long)]
    pub route: Option<String>,
    /// For the praktijkroute: the id of a signed loonwaarde below 100 %.
    #[arg(long)]
    pub loonwaarde: Option<String>,
    #[command(flatten)]
    pub criteria: CriteriaArgs,
    /// Why the coach asks.
    #[arg(long)]
    pub motivation: Option<String>,
    /// What changed since UWV said no less than 12 months ago.
    #[arg(long)]
    pub circumstances_changed: Option<String>,
    #[command(flatten)]
    pub consent: ConsentArgs,
}

/// `werkpadctl uwv …`.
#[derive(Debug, Subcommand)]
pub enum UwvCommand {
    /// Write a new draft, or change a draft with `--request` (what is not given is kept).
    Draft(Box<UwvDraftArgs>),
    /// Send a draft: refused without the resident's consent when a medical or
    /// psychological report goes along; writes the entry in the sharing register.
    Send {
        #[command(flatten)]
        target: UwvTarget,
    },
    /// Record UWV's answer.
    Answer {
        #[command(flatten)]
        target: UwvTarget,
        /// positive or negative.
        #[arg(long)]
        outcome: Option<String>,
        /// The day it came in (dd-mm-jjjj; blank: today).
        #[arg(long)]
        received_on: Option<String>,
        /// UWV's reference.
        #[arg(long)]
        reference: Option<String>,
        /// What UWV said.
        #[arg(long)]
        summary: Option<String>,
    },
    /// Close an answered request with what follows.
    Close {
        #[command(flatten)]
        target: UwvTarget,
        /// What follows (required).
        #[arg(long)]
        note: Option<String>,
    },
    /// Withdraw a draft or sent request with why.
    Withdraw {
        #[command(flatten)]
        target: UwvTarget,
        /// Why (required).
        #[arg(long)]
        note: Option<String>,
    },
    /// The resident's requests to UWV: status, due date, overdue, consent, attachments.
    List {
        /// The resident's id.
        #[arg(long)]
        resident: String,
    },
}

/// Parses an id typed on the command line.
pub fn parse_id<T: std::str::FromStr>(what: &str, s: &str) -> Result<T> {
    s.trim()
        .parse()
        .ok()
        .with_context(|| format!("not a {what} id: {s}"))
}

/// Parses a resident's id.
pub fn resident_id(s: &str) -> Result<ResidentId> {
    parse_id("resident", s)
}

/// Replaces `field` with `value` when one was given.
pub fn set(field: &mut Option<String>, value: &Option<String>) {
    if let Some(v) = value {
        *field = Some(v.clone());
    }
}

impl ConsentArgs {
    /// `input` with what was given here.
    pub fn overlay(&self, input: &mut ConsentInput) {
        set(&mut input.given_on, &self.consent_given_on);
        set(&mut input.form, &self.consent_form);
        set(&mut input.scope, &self.consent_scope);
        set(&mut input.withdrawn_on, &self.consent_withdrawn_on);
    }
}

/// The consent as the form had it.
pub fn consent_input(consent: Option<&Consent>) -> ConsentInput {
    consent.map_or_else(ConsentInput::default, |c| ConsentInput {
        given_on: Some(format_date(c.given_on)),
        form: Some(c.form.as_str().to_owned()),
        scope: Some(c.scope.clone()),
        withdrawn_on: c.withdrawn_on.map(format_date),
    })
}

/// The draft as the form had it.
fn uwv_input(r: &UwvRequest) -> UwvRequestInput {
    let mut input = UwvRequestInput {
        kind: Some(r.kind.as_str().to_owned()),
        route: r.route.map(|x| x.as_str().to_owned()),
        loonwaarde_id: r.loonwaarde_id,
        motivation: Some(r.motivation.clone()),
        consent: consent_input(r.consent.as_ref()),
        circumstances_changed: r.circumstances_changed.clone(),
        ..UwvRequestInput::default()
    };
    if let Some(c) = &r.criteria {
        let typed = |c: &werkpad_domain::request::uwv::Criterion| CriterionInput {
            view: Some(c.view.as_str().to_owned()),
            explanation: Some(c.explanation.clone()),
        };
        input.task_in_organisation = typed(&c.task_in_organisation);
        input.basic_skills = typed(&c.basic_skills);
        input.one_hour_at_a_stretch = typed(&c.one_hour_at_a_stretch);
        input.four_hours_a_day = typed(&c.four_hours_a_day);
    }
    input
}

impl CriteriaArgs {
    fn overlay(&self, input: &mut UwvRequestInput) {
        let pairs = [
            (
                &mut input.task_in_organisation,
                &self.task_in_organisation,
                &self.task_in_organisation_explanation,
            ),
            (
                &mut input.basic_skills,
                &self.basic_skills,
                &self.basic_skills_explanation,
            ),
            (
                &mut input.one_hour_at_a_stretch,
                &self.one_hour_at_a_stretch,
                &self.one_hour_at_a_stretch_explanation,
            ),
            (
                &mut input.four_hours_a_day,
                &self.four_hours_a_day,
                &self.four_hours_a_day_explanation,
            ),
        ];
        for (criterion, view, explanation) in pairs {
            set(&mut criterion.view, view);
            set(&mut criterion.explanation, explanation);
        }
    }
}

/// Run one `uwv` subcommand.
pub async fn uwv(ctx: &Ctx<'_>, what: &UwvCommand) -> Result<()> {
    let today = ctx.today;
    let (request, verb) = match what {
        UwvCommand::Draft(draft) => {
            let UwvDraftArgs {
                resident,
                request,
                kind,
                route,
                loonwaarde,
                criteria,
                motivation,
                circumstances_changed,
                consent,
            } = draft.as_ref();
            let rid = resident_id(resident)?;
            let id: Option<UwvRequestId> = request
                .as_deref()
                .map(|s| parse_id("request", s))
                .transpose()?;
            let loonwaarde_id = loonwaarde
                .as_deref()
                .map(|s| parse_id("loonwaarde", s))
                .transpose()?;
            let saved = ctx
                .with_store(async |store| {
                    let area = store.requests();
                    let mut input = match id {
                        Some(id) => area
                            .requests_file(rid, today)
                            .await?
                            .uwv
                            .iter()
                            .find(|v| v.request.id == id)
                            .map(|v| uwv_input(&v.request))
                            .unwrap_or_default(),
                        None => UwvRequestInput::default(),
                    };
                    set(&mut input.kind, kind);
                    set(&mut input.route, route);
                    if loonwaarde_id.is_some() {
                        input.loonwaarde_id = loonwaarde_id;
                    }
                    criteria.overlay(&mut input);
                    set(&mut input.motivation, motivation);
                    set(&mut input.circumstances_changed, circumstances_changed);
                    consent.overlay(&mut input.consent);
                    Ok(area.save_uwv(rid, id, &input, today).await?)
                })
                .await?;
            (saved, "cli-request-saved")
        }
        UwvCommand::Send { target } => {
            let (rid, id) = uwv_target(target)?;
            let sent = ctx
                .with_store(async |store| Ok(store.requests().send_uwv(rid, &id, today).await?))
                .await?;
            (sent, "cli-request-sent-now")
        }
        UwvCommand::Answer {
            target,
            outcome,
            received_on,
            reference,
            summary,
        } => {
            let (rid, id) = uwv_target(target)?;
            let input = UwvAnswerInput {
                outcome: outcome.clone(),
                received_on: received_on.clone(),
                reference: reference.clone(),
                summary: summary.clone(),
            };
            let id: UwvRequestId = parse_id("request", &id)?;
            let answered = ctx
                .with_store(async |store| {
                    Ok(store.requests().answer_uwv(rid, id, &input, today).await?)
                })
                .await?;
            (answered, "cli-request-answered-now")
        }
        UwvCommand::Close { target, note } | UwvCommand::Withdraw { target, note } => {
            let step = match what {
                UwvCommand::Close { .. } => RequestStep::Close,
                _ => RequestStep::Withdraw,
            };
            let (rid, id) = uwv_target(target)?;
            let done = ctx
                .with_store(async |store| {
                    Ok(store
                        .requests()
                        .finish::<UwvRequest>(rid, &id, step, note.clone(), today)
                        .await?)
                })
                .await?;
            (done, "cli-request-step-done")
        }
        UwvCommand::List { resident } => {
            let rid = resident_id(resident)?;
            let file = ctx
                .with_store(async |store| Ok(store.requests().requests_file(rid, today).await?))
                .await?;
            return list_uwv(ctx, &file.uwv, file.beschut_repeat_from);
        }
    };
    if ctx.cli.json {
        return ctx.json(serde_json::to_value(&request)?);
    }
    println!("{}", uwv_header(ctx, &request, request.is_overdue(today)));
    println!(
        "  {}",
        ctx.format(verb, &[("status", status_label(ctx, &request.life))])
    );
    print_due(ctx, &request, today);
    Ok(())
}

fn uwv_target(target: &UwvTarget) -> Result<(ResidentId, String)> {
    let rid = resident_id(&target.resident)?;
    let id: UwvRequestId = parse_id("request", &target.request)?;
    Ok((rid, id.to_string()))
}

/// The status as a word ("Concept", "Verstuurd").
pub fn status_label(ctx: &Ctx<'_>, life: &RequestLife) -> String {
    ctx.text(life.status.message_id())
}

fn uwv_header(ctx: &Ctx<'_>, r: &UwvRequest, overdue: bool) -> String {
    let mut line = format!(
        "{}  {}  {}",
        r.id,
        ctx.text(r.kind.message_id()),
        status_label(ctx, &r.life)
    );
    if overdue {
        line.push_str("  ");
        line.push_str(&ctx.text("cli-overdue-mark"));
    }
    line
}

fn print_due(ctx: &Ctx<'_>, r: &UwvRequest, today: NaiveDate) {
    let Some(due) = r
        .due_on
        .filter(|_| r.answer.is_none() && !r.life.status.is_final())
    else {
        return;
    };
    let id = if r.is_overdue(today) {
        "cli-uwv-overdue"
    } else {
        "cli-uwv-due"
    };
    println!("  {}", ctx.format(id, &[("date", format_date(due))]));
}

/// The steps taken, with who and when (and the note of a close or withdraw).
pub fn print_life(ctx: &Ctx<'_>, life: &RequestLife) {
    let steps = [
        ("cli-request-drafted", Some(&life.drafted)),
        ("cli-request-sent", life.sent.as_ref()),
        ("cli-request-closed", life.closed.as_ref()),
        ("cli-request-withdrawn", life.withdrawn.as_ref()),
    ];
    for (id, step) in steps {
        let Some(step) = step else { continue };
        println!(
            "  {}",
            ctx.format(
                id,
                &[
                    ("date", format_date(step.on)),
                    ("name", step.by.name.clone())
                ]
            )
        );
        if let Some(note) = &step.note {
            println!("    {}", ctx.format("cli-note", &[("note", note.clone())]));
        }
    }
}

/// The consent, or that none is recorded.
pub fn print_consent(ctx: &Ctx<'_>, consent: Option<&Consent>) {
    let line = match consent {
        Some(c) => ctx.format(
            "cli-consent",
            &[
                ("form", ctx.text(c.form.message_id())),
                ("date", format_date(c.given_on)),
                ("scope", c.scope.clone()),
            ],
        ),
        None => ctx.text("cli-consent-none"),
    };
    println!("  {line}");
    if let Some(day) = consent.and_then(|c| c.withdrawn_on) {
        println!(
            "  {}",
            ctx.format("cli-consent-withdrawn", &[("date", format_date(day))])
        );
    }
}

/// One attachment, without the file.
pub fn attachment_line(ctx: &Ctx<'_>, a: &AttachmentInfo) -> String {
    let mut line = ctx.format(
        "cli-attachment",
        &[
            ("id", a.id.to_string()),
            ("kind", ctx.text(a.kind.message_id())),
            ("name", a.file_name.clone()),
            ("type", ctx.text(a.media_type.message_id())),
            ("size", u64::from(a.size_bytes).div_ceil(1024).to_string()),
        ],
    );
    if a.special {
        line.push(' ');
        line.push_str(&ctx.text("cli-attachment-health"));
    }
    line
}

/// The attachments and the steps allowed now.
pub fn print_attachments_and_steps(
    ctx: &Ctx<'_>,
    attachments: &[AttachmentInfo],
    next: &[RequestStep],
) {
    for a in attachments {
        println!("  {}", attachment_line(ctx, a));
    }
    if !next.is_empty() {
        let steps: Vec<String> = next.iter().map(|s| ctx.text(s.message_id())).collect();
        println!(
            "  {}",
            ctx.format("cli-next-steps", &[("steps", steps.join(", "))])
        );
    }
}

fn list_uwv(ctx: &Ctx<'_>, views: &[UwvView], repeat_from: Option<NaiveDate>) -> Result<()> {
    if ctx.cli.json {
        return ctx.json(json!({ "uwv": views, "beschut_repeat_from": repeat_from }));
    }
    if views.is_empty() {
        println!("{}", ctx.text("cli-uwv-none"));
    }
    for view in views {
        let r = &view.request;
        println!("{}", uwv_header(ctx, r, view.overdue));
        print_life(ctx, &r.life);
        print_due(ctx, r, ctx.today);
        if let Some(a) = &r.answer {
            println!(
                "  {}",
                ctx.format(
                    "cli-uwv-answer",
                    &[
                        ("date", format_date(a.received_on)),
                        ("outcome", ctx.text(a.outcome.message_id())),
                        ("summary", a.summary.clone()),
                    ],
                )
            );
        }
        print_consent(ctx, r.consent.as_ref());
        print_attachments_and_steps(ctx, &view.attachments, &view.next_steps);
    }
    if let Some(day) = repeat_from {
        println!(
            "{}",
            ctx.format("cli-uwv-repeat-from", &[("date", format_date(day))])
        );
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use clap::Parser;
    use werkpad_core::i18n::Locale;
    use werkpad_domain::{StaffId, StaffMember};

    use super::*;

    #[test]
    fn a_request_past_its_due_day_is_marked_overdue() {
        let cli = Cli::parse_from(["werkpadctl", "doctor"]);
        let l10n = Localizer::new(Locale::Nl);
        let sent_on = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
        let by = StaffMember::new(StaffId::new(), "Petra de Coach").unwrap();
        let input = UwvRequestInput {
            kind: Some("banenafspraak".into()),
            route: Some("praktijkroute".into()),
            loonwaarde_id: Some(werkpad_domain::loonwaarde::LoonwaardeId::new()),
            motivation: Some("Loonwaarde 60 %.".into()),
            ..UwvRequestInput::default()
        };
        let mut r = input
            .into_draft(None, ResidentId::new(), &by, sent_on)
            .unwrap();
        r.life.take(RequestStep::Send, sent_on, by, None).unwrap();
        let due = UwvRequest::due_for(sent_on);
        r.due_on = Some(due);
        let ctx = |today| Ctx {
            cli: &cli,
            dir: Path::new("."),
            l10n: &l10n,
            today,
        };
        let on_time = ctx(due);
        assert!(!uwv_header(&on_time, &r, r.is_overdue(due)).contains("TE LAAT"));
        let late = ctx(due.succ_opt().unwrap());
        let header = uwv_header(&late, &r, r.is_overdue(late.today));
        assert!(
            header.ends_with("Indicatie banenafspraak  Verstuurd  TE LAAT"),
            "{header}"
        );
    }
}
