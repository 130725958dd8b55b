//! Plain language, measured (issue 25, part 6): every Dutch text a resident (or the
//! employer of a resident) reads on paper or on the survey screen is scored with
//! Flesch–Douma, per document, and must score at least 60; no sentence may be longer than
//! 25 words. Run with `cargo test -p werkpad-domain --test readability -- --nocapture`
//! to see the table that is in the README.
//!
//! Why 60: on the Douma scale 60–70 is "average" text, the band Dutch plain-language
//! practice commonly equates with B1; below 60 is "fairly hard" (B2 and up). Flesch–Douma
//! only sees sentence and word length, so 60 is a floor, not proof of B1: common words and
//! the "u" form are still checked by people. No B1 word list is shipped: the one graded
//! lexicon for Dutch we found (NT2Lex, UCLouvain, Tack et al. 2018) is a research resource
//! of textbook word frequencies per CEFR level, and we could not confirm a licence that
//! allows shipping it with EUPL software.
//!
//! Labels and headings without a sentence end ("Geboortedatum", "Met vriendelijke groet,")
//! are counted but not scored: Flesch–Douma is defined on running text, and a field name
//! such as "Loonheffingennummer" is the word the reader has to find on other papers.
//! Free text a staff member writes (the reasons of a decision) is not in these files and
//! is not measured here.

use std::path::PathBuf;

use werkpad_domain::readability::{Counts, Sentence, fluent_messages, fluent_plain, is_prose};

/// Minimum Flesch–Douma per document.
const THRESHOLD: f64 = 60.0;
/// Longest sentence allowed, in words.
const MAX_SENTENCE_WORDS: usize = 25;

/// Selectors: an entry ending in '-' is an id prefix, anything else one message id.
type Parts = &'static [(&'static str, &'static [&'static str])];

/// One document (or screen) a resident or employer reads, and where its texts live.
struct Group {
    name: &'static str,
    parts: Parts,
}

const GROUPS: &[Group] = &[
    Group {
        name: "Kop, voet en ondertekening (alle stukken)",
        parts: &[
            ("statements.ftl", &["stmt-", "pdf-month-"]),
            ("statements-requests.ftl", &["stmt-"]),
        ],
    },
    Group {
        name: "Privacyverklaring (regel van Werkpad)",
        parts: &[("statements.ftl", &["pdf-privacy-"])],
    },
    Group {
        name: "Intakeverslag",
        parts: &[("statements.ftl", &["pdf-intake-", "pdf-field-"])],
    },
    Group {
        name: "Plan van aanpak",
        parts: &[("statements.ftl", &["pdf-plan-"])],
    },
    Group {
        name: "Inzage in uw gegevens",
        parts: &[
            ("statements.ftl", &["pdf-inzage-"]),
            ("domain.ftl", &["purpose-", "category-", "recipient-"]),
        ],
    },
    Group {
        name: "Verklaring 56+ (werkgever)",
        parts: &[("statements.ftl", &["pdf-v56-"])],
    },
    Group {
        name: "Rapport loonwaardebepaling",
        parts: &[
            ("statements.ftl", &["pdf-lwb-"]),
            ("subsidy.ftl", &["loonwaarde-step-"]),
        ],
    },
    Group {
        name: "Beschikking loonkostensubsidie",
        parts: &[
            ("statements.ftl", &["pdf-lks-"]),
            ("subsidy.ftl", &["lks-step-", "jobcoach-step-"]),
        ],
    },
    Group {
        name: "Aanvraag aan het UWV",
        parts: &[("statements-requests.ftl", &["pdf-uwv-"])],
    },
    Group {
        name: "Waarschuwing na verzuim",
        parts: &[("statements-requests.ftl", &["pdf-vzw-"])],
    },
    Group {
        name: "Tevredenheidsonderzoek (scherm)",
        parts: &[
            (
                "survey.ftl",
                &[
                    "survey-consent-",
                    "survey-progress",
                    "survey-scale-hint",
                    "survey-score-",
                    "survey-skip",
                    "survey-stop",
                    "survey-thanks",
                    "survey-declined",
                    "survey-give-back",
                    "survey-save-failed",
                ],
            ),
            ("domain.ftl", &["survey-question-"]),
        ],
    },
];

/// Messages in the files above that no resident reads, and why. Together with GROUPS they
/// must cover every message of these files, so a new text is placed on purpose.
const NOT_FOR_RESIDENTS: Parts = &[(
    // The jobcoach's start screen and the paper form she types over; the resident only
    // sees the handover screen.
    "survey.ftl",
    &[
        "nav-survey",
        "survey-title",
        "survey-intro",
        "survey-pending",
        "survey-handover",
        "survey-handover-",
        "survey-paper",
        "survey-paper-",
        "survey-back",
    ],
)];

/// Files whose every message must be in a group or in NOT_FOR_RESIDENTS. Left out on
/// purpose: ui*.ftl, cli.ftl, errors.ftl, reports.ftl, matching.ftl (screens and reports
/// for staff), advice.ftl (advice reasons a staff member reads; a decision letter carries
/// her own reasons), and domain.ftl beyond the prefixes above (choice labels).
const COVERED_FILES: &[&str] = &[
    "statements.ftl",
    "statements-requests.ftl",
    "subsidy.ftl",
    "survey.ftl",
];

fn locale_file(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../locales/nl-NL")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn selects(selectors: &[&str], id: &str) -> bool {
    selectors.iter().any(|s| {
        if s.ends_with('-') {
            id.starts_with(s)
        } else {
            id == *s
        }
    })
}

/// A scored document: its prose sentences per message, and how many labels it has.
struct Scored {
    name: &'static str,
    messages: Vec<(String, Vec<Sentence>)>,
    labels: usize,
}

impl Scored {
    fn sentences(&self) -> Vec<Sentence> {
        self.messages.iter().flat_map(|(_, s)| s.clone()).collect()
    }
    fn counts(&self) -> Counts {
        Counts::of(&self.sentences())
    }
}

fn score(name: &'static str, texts: impl IntoIterator<Item = (String, String)>) -> Scored {
    let mut scored = Scored {
        name,
        messages: Vec::new(),
        labels: 0,
    };
    for (id, text) in texts {
        if is_prose(&text) {
            scored
                .messages
                .push((id, werkpad_domain::readability::sentences(&text)));
        } else {
            scored.labels += 1;
        }
    }
    scored
}

fn score_group(g: &Group) -> Scored {
    let mut texts = Vec::new();
    for (file, selectors) in g.parts {
        let source = locale_file(file);
        for (id, value) in fluent_messages(&source) {
            if selects(selectors, id) {
                texts.push((id.to_owned(), fluent_plain(&value)));
            }
        }
    }
    score(g.name, texts)
}

/// The municipality's privacy statement (assets/privacy), printed as written: measured and
/// shown, not held to the threshold, because Werkpad may not rewrite the municipality's
/// own legal text. Headings and list items without a full stop are labels.
fn score_privacy_statement() -> Scored {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../assets/privacy/privacyverklaring-begeleiding-naar-werk.txt");
    let text = std::fs::read_to_string(&path).expect("the privacy statement");
    let lines = text
        .lines()
        .map(|l| l.trim_start_matches([' ', '•', '\u{a0}']).trim().to_owned())
        .filter(|l| !l.is_empty())
        .enumerate()
        .map(|(i, l)| (format!("regel {}", i + 1), l));
    score(
        "Privacyverklaring, tekst van de gemeente (niet getoetst)",
        lines,
    )
}

fn row(s: &Scored) -> String {
    let c = s.counts();
    let longest = s.sentences().iter().map(|x| x.words).max().unwrap_or(0);
    let fmt = |v: Option<f64>| v.map_or("–".to_owned(), |v| format!("{v:.1}"));
    let per = |a: usize, b: usize| (b > 0).then(|| a as f64 / b as f64);
    format!(
        "| {} | {} | {} | {} | {} | {} | {} | {} |",
        s.name,
        s.labels,
        c.sentences,
        c.words,
        fmt(per(c.words, c.sentences)),
        per(c.syllables, c.words).map_or("–".to_owned(), |v| format!("{v:.2}")),
        longest,
        fmt(c.flesch_douma()),
    )
}

#[test]
fn every_text_a_resident_reads_is_plain_dutch() {
    let scored: Vec<Scored> = GROUPS.iter().map(score_group).collect();
    let privacy = score_privacy_statement();

    println!(
        "| Document | Labels (niet gescoord) | Zinnen | Woorden | Woorden per zin | Lettergrepen per woord | Langste zin | Flesch–Douma |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for s in scored.iter().chain([&privacy]) {
        println!("{}", row(s));
    }

    let mut problems = Vec::new();
    for s in &scored {
        let Some(score) = s.counts().flesch_douma() else {
            assert!(s.labels > 0, "{}: no texts found at all", s.name);
            continue;
        };
        if score < THRESHOLD {
            let mut hardest: Vec<(f64, &str)> = s
                .messages
                .iter()
                .filter_map(|(id, sen)| Some((Counts::of(sen).flesch_douma()?, id.as_str())))
                .collect();
            hardest.sort_by(|a, b| a.0.total_cmp(&b.0));
            hardest.truncate(5);
            problems.push(format!(
                "{}: Flesch–Douma {score:.1} < {THRESHOLD}; hardest: {hardest:?}",
                s.name
            ));
        }
        for (id, sentences) in &s.messages {
            for sen in sentences.iter().filter(|x| x.words > MAX_SENTENCE_WORDS) {
                problems.push(format!(
                    "{} {id}: {} words in one sentence: {:?}",
                    s.name, sen.words, sen.text
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    let scored_groups = scored.iter().filter(|s| s.counts().sentences > 0).count();
    assert!(
        scored_groups >= GROUPS.len() - 1,
        "only the shared header and footer may be labels only"
    );
}

#[test]
fn every_message_of_the_document_files_is_placed() {
    let mut unplaced = Vec::new();
    for file in COVERED_FILES {
        let source = locale_file(file);
        for (id, _) in fluent_messages(&source) {
            let groups = GROUPS
                .iter()
                .chain([&Group {
                    name: "not for residents",
                    parts: NOT_FOR_RESIDENTS,
                }])
                .filter(|g| g.parts.iter().any(|(f, sel)| f == file && selects(sel, id)))
                .count();
            if groups != 1 {
                unplaced.push(format!("{file} {id}: in {groups} groups"));
            }
        }
    }
    assert!(
        unplaced.is_empty(),
        "place each message in exactly one group of crates/domain/tests/readability.rs:\n{}",
        unplaced.join("\n")
    );
}
