//! Text for people, from the Fluent files in `locales/` (embedded at build time).
//! Dutch (nl-NL) is the reference; English (en-US) must have every id (a test checks).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

/// The Fluent sources per locale, embedded at build time.
const SOURCES: &[(&str, &[&str])] = &[
    (
        "nl-NL",
        &[
            include_str!("../../../locales/nl-NL/errors.ftl"),
            include_str!("../../../locales/nl-NL/domain.ftl"),
            include_str!("../../../locales/nl-NL/cli.ftl"),
            include_str!("../../../locales/nl-NL/advice.ftl"),
            include_str!("../../../locales/nl-NL/statements.ftl"),
            include_str!("../../../locales/nl-NL/statements-requests.ftl"),
            include_str!("../../../locales/nl-NL/matching.ftl"),
            include_str!("../../../locales/nl-NL/subsidy.ftl"),
            include_str!("../../../locales/nl-NL/reports.ftl"),
        ],
    ),
    (
        "en-US",
        &[
            include_str!("../../../locales/en-US/errors.ftl"),
            include_str!("../../../locales/en-US/domain.ftl"),
            include_str!("../../../locales/en-US/cli.ftl"),
            include_str!("../../../locales/en-US/advice.ftl"),
            include_str!("../../../locales/en-US/statements.ftl"),
            include_str!("../../../locales/en-US/statements-requests.ftl"),
            include_str!("../../../locales/en-US/matching.ftl"),
            include_str!("../../../locales/en-US/subsidy.ftl"),
            include_str!("../../../locales/en-US/reports.ftl"),
        ],
    ),
];

/// A supported language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ts_rs::TS)]
#[ts(type = r#""nl-NL" | "en-US""#)]
pub enum Locale {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Locale {
    /// BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Self::Nl => "nl-NL",
            Self::En => "en-US",
        }
    }

    /// Parse "nl", "nl-NL", "en", "en-US" (anything else is None).
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "nl" | "nl-nl" => Some(Self::Nl),
            "en" | "en-us" | "en-gb" => Some(Self::En),
            _ => None,
        }
    }
}

/// Formats messages in one locale, falling back to Dutch for a missing id.
pub struct Localizer {
    primary: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").finish_non_exhaustive()
    }
}

fn bundle(tag: &str) -> FluentBundle<FluentResource> {
    let lang: LanguageIdentifier = tag.parse().expect("the locale tags above are valid");
    let mut bundle = FluentBundle::new(vec![lang]);
    bundle.set_use_isolating(false);
    let sources = SOURCES
        .iter()
        .find(|(t, _)| *t == tag)
        .map(|(_, s)| *s)
        .unwrap_or(&[]);
    for source in sources {
        let resource = FluentResource::try_new((*source).to_owned())
            .expect("the embedded .ftl files parse (checked by a test)");
        bundle
            .add_resource(resource)
            .expect("ids are unique within a locale (checked by a test)");
    }
    bundle
}

impl Localizer {
    /// A localizer for `locale`.
    pub fn new(locale: Locale) -> Self {
        let primary = bundle(locale.tag());
        let fallback = (locale != Locale::Nl).then(|| bundle(Locale::Nl.tag()));
        Self { primary, fallback }
    }

    /// The text for `id` with `args`; the id itself if no locale has it.
    pub fn format(&self, id: &str, args: &[(impl AsRef<str>, impl AsRef<str>)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(k.as_ref().to_owned(), v.as_ref().to_owned());
        }
        for bundle in std::iter::once(&self.primary).chain(self.fallback.as_ref()) {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&fargs), &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    }

    /// Whether `id` exists in this locale itself (no fallback).
    pub fn has(&self, id: &str) -> bool {
        self.primary.has_message(id)
    }

    /// A store error as a sentence, field errors included.
    pub fn error(&self, e: &crate::StoreError) -> String {
        let payload = e.payload();
        let args: Vec<(&String, &String)> = payload.args.iter().collect();
        let mut text = self.format(payload.message_id, &args);
        for field in &payload.fields {
            let args = field.error.args();
            let msg = self.format(field.error.message_id(), &args);
            text.push_str(&format!("\n  {}: {msg}", field.field));
        }
        text
    }
}

/// Every message id defined in the embedded sources of `tag` (for completeness checks).
pub fn message_ids(tag: &str) -> Vec<String> {
    let sources = SOURCES
        .iter()
        .find(|(t, _)| *t == tag)
        .map(|(_, s)| *s)
        .unwrap_or(&[]);
    let mut ids = Vec::new();
    for source in sources {
        for line in source.lines() {
            let Some((head, _)) = line.split_once('=') else {
                continue;
            };
            let head = head.trim_end();
            let starts_ok = head
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '-');
            if starts_ok
                && !line.starts_with(' ')
                && head
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                ids.push(head.to_owned());
            }
        }
    }
    ids.sort();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use werkpad_domain::{Purpose, ValidationError};

    #[test]
    fn both_locales_have_the_same_ids() {
        let nl = message_ids("nl-NL");
        let en = message_ids("en-US");
        assert!(!nl.is_empty(), "Dutch messages are embedded");
        assert_eq!(nl, en, "en-US must have every nl-NL id and no others");
        let mut dedup = nl.clone();
        dedup.dedup();
        assert_eq!(dedup.len(), nl.len(), "no id is defined twice");
    }

    #[test]
    fn every_id_the_code_uses_exists_in_both_locales() {
        let mut used: Vec<&str> = crate::error::ErrorKind::all_message_ids();
        used.extend_from_slice(ValidationError::ALL_MESSAGE_IDS);
        used.extend(crate::sync::SyncErrorKind::all_message_ids());
        used.extend(crate::reports::ReportErrorKind::all_message_ids());
        used.extend(Purpose::ALL.iter().map(|p| p.message_id()));
        for locale in [Locale::Nl, Locale::En] {
            let l = Localizer::new(locale);
            let missing: Vec<&&str> = used.iter().filter(|id| !l.has(id)).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", locale.tag());
        }
    }

    #[test]
    fn dutch_first_with_arguments_and_no_isolation_marks() {
        let nl = Localizer::new(Locale::Nl);
        let text = nl.format("error-weak-passphrase", &[("min", "12")]);
        assert!(text.contains("12"), "the argument is filled in: {text}");
        assert!(
            !text.contains('\u{2068}'),
            "no Unicode isolation marks in plain text"
        );
        let en = Localizer::new(Locale::En);
        assert_ne!(
            text,
            en.format("error-weak-passphrase", &[("min", "12")]),
            "English differs"
        );
    }
}
