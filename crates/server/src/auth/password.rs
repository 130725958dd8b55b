//! Passwords: Argon2id with a random salt, PHC string format; and [`CheckGate`], which
//! bounds how many checks run at once.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

/// Hash `password` for storage.
pub fn hash(password: &str) -> anyhow::Result<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("hash: {e}"))
}

/// True when `password` matches the stored hash.
pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A hash no password matches, verified for unknown users so a login takes as long for a
/// name that does not exist as for a wrong password.
pub fn dummy_hash() -> &'static str {
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$4YVpU3rCqPjJY2Xf2l8v3sQqkJbVbYq0QnU9k8Qf0aM"
}

/// Bounds the password checks: at most `at_once` run (each on a blocking thread, off the
/// async runtime), at most `waiting` more wait for one; beyond that a login is refused at
/// once. Argon2 takes tens of milliseconds of a core per check, so without a bound two
/// hundred bogus logins would run two hundred checks side by side and leave pulls and
/// pushes a sliver of the CPU; with it, a flood costs at most `at_once` cores.
#[derive(Debug)]
pub struct CheckGate {
    running: Arc<tokio::sync::Semaphore>,
    in_gate: AtomicUsize,
    limit: usize,
}

/// The gate is full: refuse the login now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GateFull;

impl CheckGate {
    /// `at_once` checks side by side (0: one per core), `waiting` more in line.
    pub fn new(at_once: usize, waiting: usize) -> Self {
        let at_once = if at_once == 0 {
            std::thread::available_parallelism().map_or(2, std::num::NonZero::get)
        } else {
            at_once
        };
        Self {
            running: Arc::new(tokio::sync::Semaphore::new(at_once)),
            in_gate: AtomicUsize::new(0),
            limit: at_once + waiting,
        }
    }

    /// A place in the gate, or [`GateFull`] at once.
    pub fn enter(&self) -> Result<Place<'_>, GateFull> {
        if self.in_gate.fetch_add(1, Ordering::AcqRel) >= self.limit {
            self.in_gate.fetch_sub(1, Ordering::AcqRel);
            return Err(GateFull);
        }
        Ok(Place(self))
    }

    /// Logins in the gate now (running or waiting).
    pub fn occupied(&self) -> usize {
        self.in_gate.load(Ordering::Acquire)
    }
}

/// A login's place in the [`CheckGate`]; left when dropped, however the login ends (also
/// when the client goes away while it waits).
#[derive(Debug)]
pub struct Place<'a>(&'a CheckGate);

impl Place<'_> {
    /// Check `password` against `stored` once one of the running places is free.
    pub async fn verify(
        self,
        password: zeroize::Zeroizing<String>,
        stored: String,
    ) -> Result<bool, GateFull> {
        let permit = Arc::clone(&self.0.running)
            .acquire_owned()
            .await
            .map_err(|_| GateFull)?;
        // The permit goes with the check: a check whose client left still holds its core
        // until it ends, so no more than `at_once` ever run.
        tokio::task::spawn_blocking(move || {
            let ok = verify(&password, &stored);
            drop(permit);
            ok
        })
        .await
        .map_err(|_| GateFull)
    }
}

impl Drop for Place<'_> {
    fn drop(&mut self) {
        self.0.in_gate.fetch_sub(1, Ordering::AcqRel);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_password_verifies_wrong_does_not() {
        let h = hash("correct horse battery").expect("hash");
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("correct horse battery", &h));
        assert!(!verify("correct horse batterx", &h));
        assert!(!verify("anything", dummy_hash()));
    }

    #[tokio::test]
    async fn the_gate_refuses_beyond_its_room_and_frees_it_afterwards() {
        let gate = Arc::new(CheckGate::new(1, 0));
        let h = hash("wachtwoord-van-de-test").expect("hash");
        // Hold the only running place, so the next check waits in the gate and, with no
        // room to wait in, the one after is refused.
        let held = Arc::clone(&gate.running)
            .acquire_owned()
            .await
            .expect("permit");
        let waiting = {
            let gate = Arc::clone(&gate);
            let h = h.clone();
            tokio::spawn(async move {
                let place = gate.enter().expect("room for one");
                place
                    .verify(zeroize::Zeroizing::new("wachtwoord-van-de-test".into()), h)
                    .await
            })
        };
        while gate.occupied() < 1 {
            tokio::task::yield_now().await;
        }
        assert_eq!(
            gate.enter().map(|_| ()),
            Err(GateFull),
            "one place, taken by the waiting check: full"
        );
        drop(held);
        assert_eq!(
            waiting.await.expect("task"),
            Ok(true),
            "the waiting check ran"
        );
        assert_eq!(gate.occupied(), 0, "every login left the gate");
        let place = gate.enter().expect("room again");
        assert_eq!(
            place.verify(zeroize::Zeroizing::new("x".into()), h).await,
            Ok(false)
        );
    }
}
