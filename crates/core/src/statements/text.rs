//! Words on paper: Fluent lookups for statements, Dutch dates and month names, labels of
//! choices, and the frame every statement shares (metadata, letterhead, footer).

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use werkpad_domain::Choice;
use werkpad_domain::validate::{format_amount_cents, format_date};

use super::StatementError;
use super::doc::{Block, Document, Footer, Letterhead, Meta};
use super::letterhead::LetterheadSettings;
use crate::i18n::{Locale, Localizer};

/// Everything a content builder needs besides the data: settings, language and clock.
#[derive(Debug, Clone)]
pub struct Context {
    /// Letterhead and signatory.
    pub letterhead: LetterheadSettings,
    /// The language to write in.
    pub locale: Locale,
    /// "Now": creation date in the metadata and "made on" lines (fixed in tests).
    pub now: DateTime<Utc>,
}

/// Fluent text in one locale.
pub(crate) struct Text {
    l10n: Localizer,
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Text").finish_non_exhaustive()
    }
}

impl Text {
    pub(crate) fn new(locale: Locale) -> Self {
        Self {
            l10n: Localizer::new(locale),
        }
    }

    /// A message without arguments.
    pub(crate) fn t(&self, id: &str) -> String {
        self.l10n.format(id, &[] as &[(&str, &str)])
    }

    /// A message with arguments.
    pub(crate) fn ta(&self, id: &str, args: &[(&str, String)]) -> String {
        self.l10n.format(id, args)
    }

    /// The label of a choice.
    pub(crate) fn choice<C: Choice>(&self, value: C) -> String {
        self.t(value.message_id())
    }

    /// "februari 2025".
    pub(crate) fn month(&self, date: NaiveDate) -> String {
        format!(
            "{} {}",
            self.t(&format!("pdf-month-{}", date.month())),
            date.year()
        )
    }

    /// A reason or arithmetic step of the domain (a Fluent id with its arguments).
    pub(crate) fn reason(&self, r: &werkpad_domain::Reason) -> String {
        let args: Vec<(&str, &str)> = r
            .args
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        self.l10n.format(&r.id, &args)
    }

    /// "-" for an absent value.
    pub(crate) fn or_empty(&self, value: Option<String>) -> String {
        value
            .filter(|v| !v.trim().is_empty())
            .unwrap_or_else(|| self.t("stmt-empty"))
    }
}

/// dd-mm-jjjj.
pub(crate) fn date(d: NaiveDate) -> String {
    format_date(d)
}

/// "EUR 1.234,56".
pub(crate) fn amount(cents: i64) -> String {
    format!("EUR {}", format_amount_cents(cents))
}

/// The shared frame: metadata, letterhead, footer with the reference and page numbers.
pub(crate) fn frame(
    ctx: &Context,
    text: &Text,
    title: &str,
    reference: Option<&str>,
    blocks: Vec<Block>,
) -> Result<Document, StatementError> {
    let municipality = text.ta(
        "stmt-municipality",
        &[("name", ctx.letterhead.municipality.clone())],
    );
    Ok(Document {
        meta: Meta {
            title: title.to_owned(),
            author: municipality.clone(),
            subject: text.t("stmt-subject-resident"),
            keywords: vec!["Werkpad".into(), title.to_owned()],
            created: ctx.now,
            language: ctx.locale.tag().to_owned(),
        },
        letterhead: Letterhead {
            municipality,
            address_lines: ctx.letterhead.address_lines.clone(),
            logo_png: Some(ctx.letterhead.logo_png()?),
        },
        footer: Footer {
            left: match reference {
                Some(r) => text.ta("stmt-reference", &[("reference", r.to_owned())]),
                None => title.to_owned(),
            },
            page_label: text.t("stmt-page-label"),
        },
        copy_mark: None,
        blocks,
    })
}
