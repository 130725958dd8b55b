//! Lock when the laptop goes to sleep or the screen locks, not only after idle minutes.
//!
//! A coach closes the lid between two home visits; whoever opens it must find Werkpad
//! locked. On Linux the signals come over D-Bus:
//! - system bus: logind's `PrepareForSleep(true)` (suspend, hibernate) and a session's
//!   `Lock` (`loginctl lock-session`, what most screen lockers react to);
//! - session bus: `ActiveChanged(true)` of the freedesktop or GNOME screen saver.
//!
//! A bus that is not there (a headless session, CI) is skipped with a log line; the idle
//! lock still works. Other systems: the idle lock only (named in README.md).

use tauri::{AppHandle, Emitter, Manager};

use crate::lock_timer::LOCKED_EVENT;
use crate::state::AppState;

/// Which bus a rule listens on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bus {
    /// The system bus (logind).
    System,
    /// The user's session bus (screen savers).
    Session,
}

/// (bus, interface, member): a signal that locks when its first argument is true (or, for
/// `Lock`, always).
pub const RULES: [(Bus, &str, &str); 4] = [
    (
        Bus::System,
        "org.freedesktop.login1.Manager",
        "PrepareForSleep",
    ),
    (Bus::System, "org.freedesktop.login1.Session", "Lock"),
    (Bus::Session, "org.freedesktop.ScreenSaver", "ActiveChanged"),
    (Bus::Session, "org.gnome.ScreenSaver", "ActiveChanged"),
];

/// Start listening for the app's lifetime.
pub fn start(app: AppHandle) {
    #[cfg(target_os = "linux")]
    for bus in [Bus::System, Bus::Session] {
        let app = app.clone();
        let opened = match bus {
            Bus::System => dbus::blocking::Connection::new_system(),
            Bus::Session => dbus::blocking::Connection::new_session(),
        };
        match opened {
            Ok(conn) => {
                let on_lock = move |why: &'static str| lock_now(&app, why);
                if let Err(e) = listen(conn, bus, on_lock) {
                    tracing::warn!(?bus, error = %e, "no lock on suspend or screen lock");
                }
            }
            Err(e) => tracing::info!(?bus, error = %e, "no D-Bus: idle lock only"),
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

fn lock_now(app: &AppHandle, why: &'static str) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let state = app.state::<AppState>();
        // Locking never waits for a sync round (core's Session::lock stops it).
        if state.lock().await {
            tracing::info!(why, "locked");
            let _ = app.emit(LOCKED_EVENT, ());
        }
    });
}

/// Subscribe `conn` to the rules of `bus` and serve it on a thread of its own; `on_lock`
/// hears which signal asked for the lock.
#[cfg(target_os = "linux")]
pub fn listen(
    conn: dbus::blocking::Connection,
    bus: Bus,
    on_lock: impl Fn(&'static str) + Send + Clone + 'static,
) -> Result<(), dbus::Error> {
    use dbus::message::MatchRule;
    for (_, interface, member) in RULES.iter().filter(|(b, _, _)| *b == bus) {
        let rule = MatchRule::new_signal(*interface, *member);
        let on_lock = on_lock.clone();
        let why: &'static str = member;
        conn.add_match(rule, move |(): (), _, msg: &dbus::Message| {
            // Lock has no argument; the others say whether sleep/the saver starts.
            let starts = msg.get1::<bool>().unwrap_or(true);
            if starts {
                on_lock(why);
            }
            true
        })?;
    }
    std::thread::Builder::new()
        .name(format!("lock-on-{bus:?}").to_lowercase())
        .spawn(move || {
            loop {
                if let Err(e) = conn.process(std::time::Duration::from_secs(3600)) {
                    tracing::warn!(error = %e, "D-Bus listener stopped");
                    return;
                }
            }
        })
        .map_err(|e| dbus::Error::new_failed(&e.to_string()))?;
    Ok(())
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;
    use std::process::{Command, Stdio};
    use std::sync::mpsc;

    /// A private session bus: dbus-daemon prints its address on stdout.
    struct PrivateBus {
        daemon: std::process::Child,
        address: String,
    }

    impl PrivateBus {
        fn start() -> Option<Self> {
            let mut daemon = Command::new("dbus-daemon")
                .args(["--session", "--nofork", "--print-address=1"])
                .stdout(Stdio::piped())
                .spawn()
                .ok()?;
            let mut line = String::new();
            std::io::BufRead::read_line(
                &mut std::io::BufReader::new(daemon.stdout.take()?),
                &mut line,
            )
            .ok()?;
            Some(Self {
                daemon,
                address: line.trim().to_owned(),
            })
        }

        fn signal(&self, path_iface_member: &str, arg: Option<&str>) {
            let mut cmd = Command::new("dbus-send");
            cmd.arg(format!("--bus={}", self.address))
                .arg("--type=signal")
                .arg("/org/freedesktop/ScreenSaver")
                .arg(path_iface_member);
            if let Some(arg) = arg {
                cmd.arg(arg);
            }
            assert!(cmd.status().expect("dbus-send runs").success());
        }
    }

    impl Drop for PrivateBus {
        fn drop(&mut self) {
            let _ = self.daemon.kill();
            let _ = self.daemon.wait();
        }
    }

    #[test]
    fn a_screen_lock_signal_locks_and_an_unlock_signal_does_not() {
        let Some(bus) = PrivateBus::start() else {
            panic!("dbus-daemon is part of the test setup (scripts/setup.sh installs dbus)");
        };
        let mut channel = dbus::channel::Channel::open_private(&bus.address).expect("connect");
        channel.register().expect("hello");
        let conn = dbus::blocking::Connection::from(channel);
        let (tx, rx) = mpsc::channel();
        listen(conn, Bus::Session, move |why| {
            let _ = tx.send(why);
        })
        .expect("listening");
        bus.signal(
            "org.freedesktop.ScreenSaver.ActiveChanged",
            Some("boolean:false"),
        );
        bus.signal("org.gnome.ScreenSaver.ActiveChanged", Some("boolean:true"));
        let first = rx
            .recv_timeout(std::time::Duration::from_secs(20))
            .expect("the screen-lock signal arrives");
        assert_eq!(first, "ActiveChanged");
        assert!(
            rx.try_recv().is_err(),
            "the saver switching off (false) asked for no lock"
        );
    }
}
