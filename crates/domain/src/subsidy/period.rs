//! Splitting a period where a rate changes, and sharing hours over the parts by days.

use chrono::NaiveDate;

/// `from..=until` cut before every boundary day inside it: with a boundary on 1 July,
/// 15-06 to 14-07 becomes 15-06..=30-06 and 01-07..=14-07.
pub fn split_period(
    from: NaiveDate,
    until: NaiveDate,
    boundaries: impl IntoIterator<Item = NaiveDate>,
) -> Vec<(NaiveDate, NaiveDate)> {
    let mut cuts: Vec<NaiveDate> = boundaries
        .into_iter()
        .filter(|b| *b > from && *b <= until)
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut parts = Vec::with_capacity(cuts.len() + 1);
    let mut start = from;
    for cut in cuts {
        parts.push((start, cut.pred_opt().unwrap_or(cut)));
        start = cut;
    }
    parts.push((start, until));
    parts
}

/// Days in `from..=until`, counting both.
pub fn days(from: NaiveDate, until: NaiveDate) -> i64 {
    (until - from).num_days() + 1
}

/// `total` minutes shared over `parts` in proportion to their days; the parts add up to
/// `total` exactly (the last part takes what rounding down left).
pub fn share_by_days(total: u32, parts: &[(NaiveDate, NaiveDate)]) -> Vec<u32> {
    let Some((first, _)) = parts.first() else {
        return Vec::new();
    };
    let Some((_, last)) = parts.last() else {
        return Vec::new();
    };
    let all = days(*first, *last).max(1);
    let mut given = 0u32;
    let mut shares: Vec<u32> = parts
        .iter()
        .map(|(f, u)| {
            let s = (i64::from(total) * days(*f, *u) / all) as u32;
            given += s;
            s
        })
        .collect();
    if let Some(last) = shares.last_mut() {
        *last += total - given;
    }
    shares
}
