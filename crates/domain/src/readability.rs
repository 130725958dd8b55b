//! Plain Dutch, measured: a Dutch syllable counter, sentences and words, and the
//! Flesch–Douma reading ease of a text, plus the flattening of a Fluent message to the
//! words a reader sees. Pure: no IO. The test that applies it to every text a resident
//! reads is `crates/core/tests/readability.rs`.
//!
//! Flesch–Douma (Douma 1960, Flesch's formula refitted to Dutch):
//! `206.835 − 0.93 × (words / sentences) − 77 × (syllables / words)`.
//! Roughly: 0–30 very hard, 30–45 hard, 45–60 fairly hard, 60–70 average (B1), 70–80
//! fairly easy, above 80 easy. It only sees sentence and word length, not whether words
//! are common; it is a floor, not proof of B1.

/// Stands in for a Fluent placeable (`{ $name }`) in flattened text: one short word.
pub const PLACEABLE: char = '§';

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &["max", "bijv", "nr", "enz", "incl", "excl", "ca", "art"];

/// Vowel groups that are one syllable (longest first). `ij` needs no entry: `j` is no vowel.
const UNITS: &[&str] = &[
    "aai", "ooi", "oei", "eeu", "ieu", "eau", "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ei",
    "ou", "au", "ai",
];

/// The vowel a letter stands for (accents dropped) and whether it has a trema.
fn vowel(c: char) -> Option<(char, bool)> {
    Some(match c {
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' => (c, false),
        'á' | 'à' | 'â' => ('a', false),
        'é' | 'è' | 'ê' => ('e', false),
        'í' | 'ì' | 'î' => ('i', false),
        'ó' | 'ò' | 'ô' => ('o', false),
        'ú' | 'ù' | 'û' => ('u', false),
        'ä' => ('a', true),
        'ë' => ('e', true),
        'ï' => ('i', true),
        'ö' => ('o', true),
        'ü' => ('u', true),
        _ => return None,
    })
}

/// Syllables in one run of vowels: the longest known group at each place, else one vowel.
fn syllables_in_run(run: &str) -> usize {
    let mut rest = run;
    let mut n = 0;
    while !rest.is_empty() {
        let step = UNITS
            .iter()
            .find(|u| rest.starts_with(*u))
            .map_or(1, |u| u.len());
        rest = &rest[step..];
        n += 1;
    }
    n
}

/// Syllables of one Dutch word: vowel groups, with the diphthongs and long vowels (aa ee
/// oo uu ie oe eu ui ij ei ou au, and aai ooi oei eeu ieu) as one; a trema (ë ï ö ü)
/// starts a new syllable. A short acronym in capitals (BSN, UWV, AOW) is spelled out, a
/// letter a syllable. A word with letters has at least one syllable.
/// Known misses: English loanwords (jobcoach counts 3, e-mail 3) count high.
pub fn syllables(word: &str) -> usize {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return 0;
    }
    if (2..=4).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase()) {
        return letters.len();
    }
    let mut n = 0;
    let mut run = String::new();
    for c in word.to_lowercase().chars() {
        match vowel(c) {
            Some((v, trema)) => {
                if trema {
                    n += syllables_in_run(&run);
                    run.clear();
                }
                run.push(v);
            }
            None => {
                n += syllables_in_run(&run);
                run.clear();
            }
        }
    }
    n += syllables_in_run(&run);
    n.max(1)
}

/// Syllables of a token as it stands in text: a placeable or a number is one short word.
fn token_syllables(token: &str) -> usize {
    if token.contains(PLACEABLE) || token.chars().any(|c| c.is_ascii_digit()) {
        1
    } else {
        syllables(token)
    }
}

/// The words of a text: whitespace-separated tokens that hold a letter, a digit or a
/// placeable, without surrounding punctuation. Symbols alone (%, ×, =, –) are no words.
pub fn words(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .map(|t| t.trim_matches(|c: char| !(c.is_alphanumeric() || c == PLACEABLE)))
        .filter(|t| !t.is_empty())
        .collect()
}

/// One sentence with its counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    /// The sentence as written.
    pub text: String,
    /// Number of words.
    pub words: usize,
    /// Number of syllables.
    pub syllables: usize,
}

/// Whether the token ending with a full stop is an abbreviation (t.a.v., max.).
fn is_abbreviation(token: &str) -> bool {
    let bare = token.trim_end_matches('.');
    let bare = bare.trim_start_matches(|c: char| !c.is_alphanumeric());
    bare.contains('.') || ABBREVIATIONS.contains(&bare.to_lowercase().as_str())
}

/// The sentences of a text: split after `.`, `?` or `!` followed by a space or the end
/// (not after an abbreviation); a rest without a full stop is a sentence too.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut flush = |current: &mut Vec<&str>| {
        let text = current.join(" ");
        let ws = words(&text);
        if !ws.is_empty() {
            out.push(Sentence {
                syllables: ws.iter().map(|w| token_syllables(w)).sum(),
                words: ws.len(),
                text,
            });
        }
        current.clear();
    };
    for token in text.split_whitespace() {
        current.push(token);
        let end = token.trim_end_matches(['"', '\'', ')', '’', '”']);
        let ends = end.ends_with(['?', '!']) || (end.ends_with('.') && !is_abbreviation(end));
        if ends {
            flush(&mut current);
        }
    }
    flush(&mut current);
    out
}

/// Whether a text is running prose (it has a sentence end) rather than a label or heading
/// ("Geboortedatum", "Met vriendelijke groet,"): Flesch–Douma measures prose only.
pub fn is_prose(text: &str) -> bool {
    text.split_whitespace().any(|t| {
        let end = t.trim_end_matches(['"', '\'', ')', '’', '”']);
        end.ends_with(['?', '!']) || (end.ends_with('.') && !is_abbreviation(end))
    })
}

/// Totals over sentences, and the score they give.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    /// Sentences.
    pub sentences: usize,
    /// Words.
    pub words: usize,
    /// Syllables.
    pub syllables: usize,
}

impl Counts {
    /// The totals of these sentences.
    pub fn of(sentences: &[Sentence]) -> Self {
        Self {
            sentences: sentences.len(),
            words: sentences.iter().map(|s| s.words).sum(),
            syllables: sentences.iter().map(|s| s.syllables).sum(),
        }
    }

    /// Flesch–Douma reading ease; None without words.
    pub fn flesch_douma(&self) -> Option<f64> {
        if self.words == 0 || self.sentences == 0 {
            return None;
        }
        let w = self.words as f64;
        Some(206.835 - 0.93 * (w / self.sentences as f64) - 77.0 * (self.syllables as f64 / w))
    }
}

/// The messages of a Fluent file as (id, value): continuation lines are kept with their
/// newlines; terms, attributes and comments are left out.
pub fn fluent_messages(source: &str) -> Vec<(&str, String)> {
    let mut out: Vec<(&str, String)> = Vec::new();
    let mut open = false;
    for line in source.lines() {
        if line.starts_with(|c: char| c.is_ascii_lowercase())
            && let Some((id, value)) = line.split_once('=')
        {
            out.push((id.trim(), value.trim().to_owned()));
            open = true;
            continue;
        }
        let continues = line.starts_with([' ', '\t']) && !line.trim_start().starts_with('.');
        match out.last_mut() {
            Some((_, value)) if open && continues => {
                value.push('\n');
                value.push_str(line.trim());
            }
            _ => open = false,
        }
    }
    out
}

/// The text a reader sees of a Fluent pattern: a placeable becomes [`PLACEABLE`], a string
/// literal its content, a select expression its default variant; spaces collapsed.
pub fn fluent_plain(pattern: &str) -> String {
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let inner_start = open + 1;
        let (mut depth, mut quoted) = (1, false);
        let mut close = rest.len();
        for (i, c) in rest[inner_start..].char_indices() {
            match c {
                '"' => quoted = !quoted,
                '{' if !quoted => depth += 1,
                '}' if !quoted => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                close = inner_start + i;
                break;
            }
        }
        out.push_str(&placeable(rest[inner_start..close].trim()));
        rest = rest.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One placeable's visible text.
fn placeable(inner: &str) -> String {
    if let Some(lit) = inner.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        return lit.to_owned();
    }
    if let Some((_, variants)) = inner.split_once("->") {
        let default = variants
            .lines()
            .map(str::trim)
            .skip_while(|l| !l.starts_with("*["))
            .enumerate()
            .take_while(|(i, l)| *i == 0 || !(l.starts_with('[') || l.starts_with("*[")))
            .map(|(_, l)| l)
            .collect::<Vec<_>>()
            .join("\n");
        let text = default.split_once(']').map_or("", |(_, t)| t);
        return fluent_plain(text);
    }
    PLACEABLE.to_string()
}

#[cfg(test)]
#[path = "readability_tests.rs"]
mod tests;
