//! The words around the figures: labels of tables, rows and columns (Fluent, or a coach's
//! or team's name), months as "jan 2026", cells as a reader sees them (hidden as "x",
//! amounts as EUR 1.234,56), and the CSV file.

use chrono::{Datelike, NaiveDate};
use werkpad_domain::report::{Cell, ManagementReport, TableRow};
use werkpad_domain::validate::format_amount_cents;

use crate::i18n::Locale;
use crate::statements::text::Text;

/// A month column key (`yyyy-mm`) as its first day.
pub fn month_of(key: &str) -> Option<NaiveDate> {
    if key.len() != 7 {
        return None;
    }
    NaiveDate::parse_from_str(&format!("{key}-01"), "%Y-%m-%d").ok()
}

/// Labels in one language.
pub struct Labels {
    text: Text,
}

impl std::fmt::Debug for Labels {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Labels").finish_non_exhaustive()
    }
}

impl Labels {
    /// Labels in `locale`.
    pub fn new(locale: Locale) -> Self {
        Self {
            text: Text::new(locale),
        }
    }

    /// A Fluent message without arguments.
    pub fn t(&self, id: &str) -> String {
        self.text.t(id)
    }

    /// A Fluent message with arguments.
    pub(crate) fn ta(&self, id: &str, args: &[(&str, String)]) -> String {
        self.text.ta(id, args)
    }

    /// A column: "jan 2026" for a month, else its Fluent label.
    pub fn column(&self, key: &str) -> String {
        match month_of(key) {
            Some(m) => self.short_month(m),
            None => self.t(key),
        }
    }

    /// "jan 2026".
    pub fn short_month(&self, m: NaiveDate) -> String {
        format!(
            "{} {}",
            self.t(&format!("report-month-short-{}", m.month())),
            m.year()
        )
    }

    /// "januari 2026".
    pub fn long_month(&self, m: NaiveDate) -> String {
        self.text.month(m)
    }

    /// A row: its own label (a coach's or team's name) or its Fluent label.
    pub fn row(&self, row: &TableRow) -> String {
        row.label.clone().unwrap_or_else(|| self.t(&row.id))
    }

    /// The period "januari 2026 t/m december 2026".
    pub fn period(&self, report: &ManagementReport) -> String {
        let (from, to) = (month_of(&report.from), month_of(&report.to));
        match (from, to) {
            (Some(f), Some(t)) => self.ta(
                "report-period",
                &[("from", self.long_month(f)), ("to", self.long_month(t))],
            ),
            _ => format!("{} – {}", report.from, report.to),
        }
    }

    /// The team's name, or "Alle teams".
    pub fn team(&self, report: &ManagementReport) -> String {
        report
            .team
            .clone()
            .unwrap_or_else(|| self.t("report-all-teams"))
    }
}

/// 1234 as "1.234".
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// A cell as a reader sees it: "1.234", "x" (hidden), "42" (days), "EUR 1.234,56",
/// "4,2" (score), "" (nothing in this period).
pub fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Count { value } => thousands(*value),
        Cell::Hidden => "x".to_owned(),
        Cell::Days { value } => thousands(u64::from(*value)),
        Cell::Amount { cents } => format!("EUR {}", format_amount_cents(*cents)),
        Cell::Score { tenths } => format!("{},{}", tenths / 10, tenths % 10),
        Cell::Empty => String::new(),
    }
}

/// The report as CSV (`;`-separated, hidden cells as `x`), labels in `locale`.
pub fn csv(report: &ManagementReport, locale: Locale) -> String {
    let labels = Labels::new(locale);
    report.to_csv(|id| labels.t(id))
}

/// The file name of an export: "managementrapportage-2026-01-2026-12.csv" (no team name:
/// a file name is seen in places the figures are not).
pub fn file_name(report: &ManagementReport, extension: &str) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii_digit() || *c == '-')
            .collect()
    };
    format!(
        "managementrapportage-{}-{}.{extension}",
        clean(&report.from),
        clean(&report.to)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_read_the_dutch_way() {
        assert_eq!(
            cell_text(&Cell::Count { value: 1234 }),
            "1.234",
            "thousands get a dot"
        );
        assert_eq!(
            cell_text(&Cell::Count { value: 5 }),
            "5",
            "no dot under 1.000"
        );
        assert_eq!(cell_text(&Cell::Hidden), "x", "a hidden cell is an x");
        assert_eq!(
            cell_text(&Cell::Amount { cents: 123_456 }),
            "EUR 1.234,56",
            "amounts as EUR with a decimal comma"
        );
        assert_eq!(
            cell_text(&Cell::Score { tenths: 42 }),
            "4,2",
            "a score has a comma"
        );
        assert_eq!(cell_text(&Cell::Empty), "", "nothing to show is blank");
    }

    #[test]
    fn months_are_short_and_dutch() {
        let l = Labels::new(Locale::Nl);
        assert_eq!(
            l.column("2026-03"),
            "mrt 2026",
            "a month column reads as a month"
        );
        assert_eq!(
            l.column("report-column-total"),
            "Totaal",
            "other columns via Fluent"
        );
        assert_eq!(month_of("2026-3"), None, "yyyy-mm only");
    }
}
