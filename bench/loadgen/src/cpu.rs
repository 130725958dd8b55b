//! Where the CPU went: this process (the server and the simulated laptops share it) and
//! every PostgreSQL process, read from /proc before and after a phase. On one machine the
//! two compete for the same cores, which is what the ingest / ceiling ratio pays for.

use std::fs;

/// CPU seconds used so far.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct CpuTimes {
    /// This process: the server and the load generator's clients.
    pub(crate) own: f64,
    /// All processes named `postgres` (the backends and the background workers).
    pub(crate) postgres: f64,
}

impl CpuTimes {
    /// The CPU seconds between `self` (before) and `after`.
    pub(crate) fn until(self, after: CpuTimes) -> CpuTimes {
        CpuTimes {
            own: after.own - self.own,
            postgres: after.postgres - self.postgres,
        }
    }
}

/// Clock ticks per second for /proc's times (USER_HZ: 100 on Linux).
const TICKS: f64 = 100.0;

/// utime + stime of one /proc/<pid>/stat, and the command name.
fn stat(path: &str) -> Option<(String, f64)> {
    let text = fs::read_to_string(path).ok()?;
    // "pid (comm) state ..." — comm may hold spaces, so split at the last ')'.
    let open = text.find('(')?;
    let close = text.rfind(')')?;
    let comm = text.get(open + 1..close)?.to_owned();
    let rest: Vec<&str> = text.get(close + 2..)?.split(' ').collect();
    // Fields 14 and 15 of the whole line are the 12th and 13th after "state".
    let utime: f64 = rest.get(11)?.parse().ok()?;
    let stime: f64 = rest.get(12)?.parse().ok()?;
    Some((comm, (utime + stime) / TICKS))
}

/// CPU seconds used so far by process `pid` (0 when it is gone).
pub(crate) fn of_pid(pid: u32) -> f64 {
    stat(&format!("/proc/{pid}/stat")).map_or(0.0, |(_, s)| s)
}

/// Now. Processes that ended between two readings are not counted (the pools keep their
/// connections, so PostgreSQL's backends live through a phase).
pub(crate) fn now() -> CpuTimes {
    let own = stat("/proc/self/stat").map_or(0.0, |(_, s)| s);
    let mut postgres = 0.0;
    if let Ok(dir) = fs::read_dir("/proc") {
        for entry in dir.flatten() {
            let name = entry.file_name();
            let Some(pid) = name
                .to_str()
                .filter(|n| n.bytes().all(|b| b.is_ascii_digit()))
            else {
                continue;
            };
            if let Some((comm, secs)) = stat(&format!("/proc/{pid}/stat"))
                && comm == "postgres"
            {
                postgres += secs;
            }
        }
    }
    CpuTimes { own, postgres }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_this_process_and_counts_forward() {
        let before = now();
        // Some work of our own, so the next reading is later.
        let mut x = 0u64;
        for i in 0..30_000_000u64 {
            x = x.wrapping_mul(31).wrapping_add(i);
        }
        std::hint::black_box(x);
        let used = before.until(now());
        assert!(used.own > 0.0, "{used:?}");
        assert!(used.postgres >= 0.0, "{used:?}");
    }
}
