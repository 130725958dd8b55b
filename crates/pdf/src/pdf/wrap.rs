//! Line breaking: text wrapped to a column width by the fonts' measured advance widths.
//! No hyphenation dictionary: words break at spaces, and a word wider than the column
//! breaks after a hyphen or slash, or else between characters.

use super::layout::{Canvas, EPS, Style};

impl Canvas {
    /// Wraps `text` to `width` mm: words go on a line while they fit (measured with the
    /// font's advance widths); a newline starts a new line; a word wider than the line is
    /// split, after a hyphen or slash if possible. Always returns at least one line.
    pub(super) fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        let space = self.width(" ", style);
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut line_w = 0.0;
            // No break at a no-break space (U+00A0, U+202F): "€ 1.234,56" stays together.
            let words = paragraph
                .split(|c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}')
                .filter(|w| !w.is_empty());
            for raw in words {
                let word: String = raw.chars().filter(|c| !c.is_control()).collect();
                let w = self.width(&word, style);
                if !line.is_empty() && line_w + space + w <= width + EPS {
                    line.push(' ');
                    line.push_str(&word);
                    line_w += space + w;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                let mut rest = word;
                while self.width(&rest, style) > width + EPS {
                    let (head, tail) = self.split_word(&rest, style, width);
                    lines.push(head);
                    rest = tail;
                }
                line_w = self.width(&rest, style);
                line = rest;
            }
            lines.push(line);
        }
        lines
    }

    /// Splits a word wider than `width` into a head that fits and the rest.
    fn split_word(&self, word: &str, style: Style, width: f32) -> (String, String) {
        let mut fit = 0; // byte index: the longest prefix that fits
        let mut soft = None; // byte index just after the last hyphen or slash that fits
        let mut prefix_w = 0.0;
        for (i, c) in word.char_indices() {
            let end = i + c.len_utf8();
            // No kerning: a prefix is as wide as its characters added up.
            prefix_w += self.width(c.encode_utf8(&mut [0; 4]), style);
            if prefix_w > width + EPS {
                break;
            }
            fit = end;
            if matches!(c, '-' | '/' | '\u{2010}' | '\u{2013}') && end < word.len() {
                soft = Some(end);
            }
        }
        // At least one character per line, however narrow the column.
        let cut = soft
            .unwrap_or(fit)
            .max(word.chars().next().map_or(0, char::len_utf8));
        (word[..cut].to_owned(), word[cut..].to_owned())
    }
}
