//! Process hardening for the app and werkpadctl: no core dumps.
//!
//! A core dump of the unlocked app would hold the data key (SQLCipher keeps it in memory
//! while the database is open) and whatever personal data was on screen, written to disk in
//! the clear, where systemd-coredump or apport keep it for days. The process asks for none:
//! the core-size limit goes to zero, and on Linux the process is marked not dumpable, which
//! also keeps other processes of the same user from attaching a debugger to read its memory.
//! (rustix: the safe system-call wrappers; the workspace forbids `unsafe`.)

/// Forbid core dumps of this process. Call first thing in `main`.
pub fn forbid_core_dumps() -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, Rlimit, setrlimit};
        setrlimit(
            Resource::Core,
            Rlimit {
                current: Some(0),
                maximum: Some(0),
            },
        )?;
    }
    #[cfg(any(target_os = "linux", target_os = "android"))]
    rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable)?;
    Ok(())
}

/// Whether core dumps are off for this process (`doctor`, tests).
pub fn core_dumps_forbidden() -> bool {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, getrlimit};
        if getrlimit(Resource::Core).current != Some(0) {
            return false;
        }
    }
    #[cfg(any(target_os = "linux", target_os = "android"))]
    if !matches!(
        rustix::process::dumpable_behavior(),
        Ok(rustix::process::DumpableBehavior::NotDumpable)
    ) {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    #[test]
    fn after_the_call_the_process_makes_no_core_dump() {
        super::forbid_core_dumps().expect("allowed for an unprivileged process");
        assert!(
            super::core_dumps_forbidden(),
            "core size limit 0 and not dumpable"
        );
    }
}
