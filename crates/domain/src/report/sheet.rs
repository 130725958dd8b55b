//! Small-cell protection: every count under [`THRESHOLD`] is hidden, and so is every
//! cell that would let a reader work one out as a total minus the others.
//!
//! A report registers its counts in one [`Sheet`] (a quantity shown in two tables is one
//! cell, so it is hidden in both or in neither) and the additive groups among them
//! ("these cells add up to that total"). [`Sheet::protect`] then hides:
//! 1. every count under the threshold (primary suppression; 0 too: "under 5" is the rule);
//! 2. in every group whose total is shown, more members, smallest first, until the
//!    hidden members add up to at least the threshold (complementary suppression), or,
//!    when no member is left to hide, the total; repeated until nothing changes.
//!
//! Some cells are never shown but follow from others ("placed but not yet 6 months ago"):
//! they are registered [`Sheet::unshown`] and count as hidden from the start.

/// The smallest count a report shows.
pub const THRESHOLD: u64 = 5;

/// Why a cell is or is not shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// Shown.
    Yes,
    /// Hidden: under the threshold.
    Small,
    /// Hidden: it would reveal a small cell elsewhere.
    Complement,
    /// Never shown (it follows from shown cells).
    Never,
}

/// Cells added up by a group: `members` sum to `total`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The parts.
    pub members: Vec<usize>,
    /// Their sum.
    pub total: usize,
}

/// The counts of one report, and what may be shown of them.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    values: Vec<u64>,
    shown: Vec<Shown>,
    groups: Vec<Group>,
}

impl Sheet {
    /// A count to show (if it may be).
    pub fn count(&mut self, value: u64) -> usize {
        self.values.push(value);
        self.shown.push(Shown::Yes);
        self.values.len() - 1
    }

    /// A count that is never shown but can be worked out from shown ones.
    pub fn unshown(&mut self, value: u64) -> usize {
        self.values.push(value);
        self.shown.push(Shown::Never);
        self.values.len() - 1
    }

    /// `members` add up to `total`.
    pub fn group(&mut self, members: Vec<usize>, total: usize) {
        debug_assert_eq!(
            members.iter().map(|&m| self.values[m]).sum::<u64>(),
            self.values[total],
            "a group must add up"
        );
        self.groups.push(Group { members, total });
    }

    /// The value of cell `i`.
    pub fn value(&self, i: usize) -> u64 {
        self.values[i]
    }

    /// Whether and why cell `i` is shown.
    pub fn shown(&self, i: usize) -> Shown {
        self.shown[i]
    }

    /// The groups.
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// Every cell.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// True when the sheet has no cells.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    fn hidden(&self, i: usize) -> bool {
        self.shown[i] != Shown::Yes
    }

    /// Hide what must be hidden (see the module).
    pub fn protect(&mut self) {
        for (value, shown) in self.values.iter().zip(self.shown.iter_mut()) {
            if *shown == Shown::Yes && *value < THRESHOLD {
                *shown = Shown::Small;
            }
        }
        let mut changed = true;
        while changed {
            changed = false;
            for g in 0..self.groups.len() {
                while let Some(next) = self.next_to_hide(g) {
                    self.shown[next] = Shown::Complement;
                    changed = true;
                }
            }
        }
    }

    /// The next cell group `g` needs hidden, if any.
    fn next_to_hide(&self, g: usize) -> Option<usize> {
        let group = &self.groups[g];
        if self.hidden(group.total) {
            return None;
        }
        let hidden: Vec<usize> = group
            .members
            .iter()
            .copied()
            .filter(|&m| self.hidden(m))
            .collect();
        let sum: u64 = hidden.iter().map(|&m| self.values[m]).sum();
        if hidden.is_empty() || sum >= THRESHOLD {
            return None;
        }
        group
            .members
            .iter()
            .copied()
            .filter(|&m| !self.hidden(m))
            .min_by_key(|&m| (self.values[m], m))
            .or(Some(group.total))
    }

    /// True when no shown cell is under the threshold and, in every group with a shown
    /// total, the hidden members are none or add up to at least the threshold: what the
    /// tests check of every report.
    pub fn is_protected(&self) -> bool {
        let small = (0..self.len()).any(|i| !self.hidden(i) && self.values[i] < THRESHOLD);
        let leaks = self.groups.iter().any(|g| {
            if self.hidden(g.total) {
                return false;
            }
            let hidden: Vec<u64> = g
                .members
                .iter()
                .filter(|&&m| self.hidden(m))
                .map(|&m| self.values[m])
                .collect();
            !hidden.is_empty() && hidden.iter().sum::<u64>() < THRESHOLD
        });
        !small && !leaks
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_cell_and_its_smallest_neighbour_are_hidden() {
        let mut s = Sheet::default();
        let a = s.count(3);
        let b = s.count(9);
        let c = s.count(20);
        let t = s.count(32);
        s.group(vec![a, b, c], t);
        s.protect();
        assert_eq!(s.shown(a), Shown::Small);
        assert_eq!(s.shown(b), Shown::Complement);
        assert_eq!(s.shown(c), Shown::Yes);
        assert_eq!(s.shown(t), Shown::Yes);
        assert!(s.is_protected());
    }

    #[test]
    fn two_small_cells_that_add_up_under_five_need_a_third() {
        let mut s = Sheet::default();
        let a = s.count(1);
        let b = s.count(2);
        let c = s.count(6);
        let d = s.count(7);
        let t = s.count(16);
        s.group(vec![a, b, c, d], t);
        s.protect();
        assert_eq!(s.shown(c), Shown::Complement);
        assert_eq!(s.shown(d), Shown::Yes);
        assert!(s.is_protected());
    }

    #[test]
    fn a_group_under_five_hides_its_total_too() {
        let mut s = Sheet::default();
        let a = s.count(2);
        let b = s.count(6);
        let t = s.count(8);
        s.group(vec![a, b], t);
        s.protect();
        // Hiding b makes 8 hidden members: protected without hiding the total.
        assert_eq!(s.shown(b), Shown::Complement);
        assert_eq!(s.shown(t), Shown::Yes);
        let mut s = Sheet::default();
        let never = s.unshown(2);
        let t = s.count(2);
        let z = s.count(0);
        s.group(vec![never, z], t);
        s.protect();
        assert_eq!(s.shown(t), Shown::Small);
        assert!(s.is_protected());
    }

    #[test]
    fn an_unshown_cell_under_five_hides_its_neighbour() {
        let mut s = Sheet::default();
        let placed = s.count(20);
        let working = s.count(17);
        let not_yet = s.unshown(3);
        s.group(vec![working, not_yet], placed);
        s.protect();
        assert_eq!(s.shown(working), Shown::Complement);
        assert!(s.is_protected());
    }

    #[test]
    fn hiding_spreads_across_crossing_groups() {
        // A 2x2 table with row and column totals.
        let mut s = Sheet::default();
        let (a, b, c, d) = (s.count(2), s.count(10), s.count(12), s.count(30));
        let (r1, r2) = (s.count(12), s.count(42));
        let (c1, c2) = (s.count(14), s.count(40));
        let all = s.count(54);
        s.group(vec![a, b], r1);
        s.group(vec![c, d], r2);
        s.group(vec![a, c], c1);
        s.group(vec![b, d], c2);
        s.group(vec![r1, r2], all);
        s.group(vec![c1, c2], all);
        s.protect();
        assert!(s.is_protected());
        for i in [a, b, c] {
            assert_ne!(s.shown(i), Shown::Yes, "cell {i}");
        }
    }
}
