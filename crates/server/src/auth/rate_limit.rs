//! Login rate limits, in memory: a token bucket per user name as typed and one per client
//! address, checked before the database or Argon2 is touched, so a flood of logins costs a
//! hash-map lookup each once it is refused.
//!
//! Main idea: a bucket holds up to `per_minute` attempts and refills at `per_minute` per
//! minute; an attempt takes one, a successful login gives it back (an office behind one
//! address, or a coach logging in on a second laptop, never waits). A full bucket is the
//! same as no bucket, so entries that have refilled are dropped when the map reaches its
//! bound, and if an attack keeps more keys than that busy the least recently used go.
//! The bound keeps memory fixed (about 100 bytes a key) whatever an attacker sends.
//!
//! Written here rather than taken from `governor`: two keyed limiters with a give-back on
//! success and a bounded map are forty lines; governor's keyed limiter has no give-back
//! and its map only shrinks when asked (`retain_recent`), so the same code would be needed
//! around it anyway.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, RandomState};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Most keys one limiter remembers.
pub const MAX_KEYS: usize = 100_000;

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// Token buckets keyed by `K`, at most `max_keys` of them.
#[derive(Debug)]
pub struct RateLimiter<K> {
    per_minute: u32,
    max_keys: usize,
    buckets: Mutex<HashMap<K, Bucket>>,
}

impl<K: Hash + Eq + Clone> RateLimiter<K> {
    /// `per_minute` attempts a minute (and at once); 0 means no limit.
    pub fn new(per_minute: u32, max_keys: usize) -> Self {
        Self {
            per_minute,
            max_keys: max_keys.max(1),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    fn capacity(&self) -> f64 {
        f64::from(self.per_minute)
    }

    fn refilled(&self, b: Bucket, now: Instant) -> f64 {
        let per_sec = self.capacity() / 60.0;
        (b.tokens + now.saturating_duration_since(b.at).as_secs_f64() * per_sec)
            .min(self.capacity())
    }

    /// Take one attempt for `key` at `now`, or say how long until one is free.
    pub fn try_take(&self, key: &K, now: Instant) -> Result<(), Duration> {
        if self.per_minute == 0 {
            return Ok(());
        }
        let mut map = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let tokens = match map.get(key) {
            Some(b) => self.refilled(*b, now),
            None => {
                if map.len() >= self.max_keys {
                    self.make_room(&mut map, now);
                }
                self.capacity()
            }
        };
        if tokens >= 1.0 {
            map.insert(
                key.clone(),
                Bucket {
                    tokens: tokens - 1.0,
                    at: now,
                },
            );
            Ok(())
        } else {
            map.insert(key.clone(), Bucket { tokens, at: now });
            let per_sec = self.capacity() / 60.0;
            Err(Duration::from_secs_f64((1.0 - tokens) / per_sec))
        }
    }

    /// Give back the attempt taken for `key` (the login succeeded).
    pub fn give_back(&self, key: &K, now: Instant) {
        if self.per_minute == 0 {
            return;
        }
        let mut map = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(b) = map.get(key).copied() {
            let tokens = (self.refilled(b, now) + 1.0).min(self.capacity());
            map.insert(key.clone(), Bucket { tokens, at: now });
        }
    }

    /// Keys remembered now.
    pub fn len(&self) -> usize {
        self.buckets.lock().unwrap_or_else(|p| p.into_inner()).len()
    }

    /// True when no key is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Drop the buckets that have refilled (the same as absent); if that frees too little,
    /// drop the least recently used until a quarter of the room is free. Linear, and run
    /// at most once per quarter of `max_keys` new keys.
    fn make_room(&self, map: &mut HashMap<K, Bucket>, now: Instant) {
        let cap = self.capacity();
        map.retain(|_, b| self.refilled(*b, now) < cap);
        let keep = self.max_keys - self.max_keys / 4;
        if map.len() > keep {
            let mut times: Vec<Instant> = map.values().map(|b| b.at).collect();
            let cut = map.len() - keep;
            let (_, oldest_kept, _) = times.select_nth_unstable(cut);
            let oldest_kept = *oldest_kept;
            map.retain(|_, b| b.at >= oldest_kept);
        }
    }
}

/// The account key: the user name as typed, trimmed and in lower case, hashed with a key
/// chosen at start-up (the limiter keeps no typed names, which are sometimes passwords).
pub fn account_key(hasher: &RandomState, user_name: &str) -> u64 {
    hasher.hash_one(user_name.trim().to_lowercase())
}

/// The address key: IPv4 as is (also when mapped into IPv6), IPv6 by its /64, which one
/// subscriber usually holds whole.
pub fn address_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::from([s[0], s[1], s[2], s[3], 0, 0, 0, 0])
            }
        },
    }
}

/// Both login limits.
#[derive(Debug)]
pub struct LoginLimits {
    hasher: RandomState,
    accounts: RateLimiter<u64>,
    addresses: RateLimiter<IpAddr>,
}

/// What a login took from the limits, to give back when it succeeds.
#[derive(Debug, Clone, Copy)]
pub struct Taken {
    account: u64,
    address: Option<IpAddr>,
}

impl LoginLimits {
    /// Limits of `per_account` and `per_address` attempts a minute (0: none).
    pub fn new(per_account: u32, per_address: u32) -> Self {
        Self {
            hasher: RandomState::new(),
            accounts: RateLimiter::new(per_account, MAX_KEYS),
            addresses: RateLimiter::new(per_address, MAX_KEYS),
        }
    }

    /// Take one attempt for `user_name` from `address` (none known: the account limit
    /// alone); `Err(wait)` when either limit is spent. An address refused takes nothing
    /// from the account, so one flooding address cannot lock a name for everyone else.
    pub fn take(
        &self,
        user_name: &str,
        address: Option<IpAddr>,
        now: Instant,
    ) -> Result<Taken, Duration> {
        let address = address.map(address_key);
        if let Some(a) = &address {
            self.addresses.try_take(a, now)?;
        }
        let account = account_key(&self.hasher, user_name);
        if let Err(wait) = self.accounts.try_take(&account, now) {
            if let Some(a) = &address {
                self.addresses.give_back(a, now);
            }
            return Err(wait);
        }
        Ok(Taken { account, address })
    }

    /// The login succeeded: its attempt does not count.
    pub fn succeeded(&self, taken: Taken, now: Instant) {
        self.accounts.give_back(&taken.account, now);
        if let Some(a) = &taken.address {
            self.addresses.give_back(a, now);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::net::{Ipv4Addr, Ipv6Addr};

    use super::*;

    #[test]
    fn a_bucket_allows_its_burst_then_one_per_interval() {
        let limiter = RateLimiter::new(6, 100);
        let t0 = Instant::now();
        for i in 0..6 {
            assert!(
                limiter.try_take(&"k", t0).is_ok(),
                "attempt {i} of the burst"
            );
        }
        let wait = limiter
            .try_take(&"k", t0)
            .expect_err("the seventh at once is refused");
        assert_eq!(wait.as_secs(), 10, "6 a minute: one every 10 s");
        assert!(limiter.try_take(&"other", t0).is_ok(), "keys are apart");
        let later = t0 + Duration::from_secs(10);
        assert!(
            limiter.try_take(&"k", later).is_ok(),
            "refilled one after 10 s"
        );
        assert!(limiter.try_take(&"k", later).is_err());
    }

    #[test]
    fn giving_back_restores_an_attempt_and_zero_means_no_limit() {
        let limiter = RateLimiter::new(2, 100);
        let t0 = Instant::now();
        for _ in 0..10 {
            limiter.try_take(&1, t0).expect("given back every time");
            limiter.give_back(&1, t0);
        }
        let unlimited = RateLimiter::new(0, 100);
        for _ in 0..1000 {
            unlimited.try_take(&1, t0).expect("no limit");
        }
        assert!(unlimited.is_empty(), "no limit keeps nothing");
    }

    #[test]
    fn the_map_stays_bounded_and_keeps_the_busy_keys() {
        let limiter = RateLimiter::new(3, 100);
        let t0 = Instant::now();
        let busy = u32::MAX;
        for k in 0..10_000u32 {
            let now = t0 + Duration::from_millis(u64::from(k));
            if k % 50 == 0 {
                // The attacker's key keeps trying: always spent, always recent.
                while limiter.try_take(&busy, now).is_ok() {}
            }
            limiter.try_take(&k, now).expect("a new key has its burst");
            assert!(limiter.len() <= 100, "never more than max_keys");
        }
        assert!(
            limiter
                .try_take(&busy, t0 + Duration::from_millis(10_000))
                .is_err(),
            "a key in use is not forgotten by the bound"
        );
    }

    #[test]
    fn refilled_buckets_are_dropped_before_busy_ones() {
        let limiter = RateLimiter::new(60, 4);
        let t0 = Instant::now();
        for _ in 0..60 {
            limiter.try_take(&"spent", t0).expect("burst");
        }
        for k in ["a", "b", "c"] {
            limiter.try_take(&k, t0).expect("one each");
        }
        // Two seconds on, a, b and c have refilled; "spent" has two of sixty.
        let t1 = t0 + Duration::from_secs(2);
        limiter.try_take(&"new", t1).expect("room made");
        assert_eq!(limiter.len(), 2, "a, b, c dropped; spent and new kept");
        limiter.try_take(&"spent", t1).expect("refilled 2");
        limiter.try_take(&"spent", t1).expect("refilled 2");
        assert!(
            limiter.try_take(&"spent", t1).is_err(),
            "the busy key kept its state"
        );
    }

    #[test]
    fn names_are_one_account_whatever_their_case_and_spaces() {
        let h = RandomState::new();
        assert_eq!(account_key(&h, "Anna"), account_key(&h, "  anna "));
        assert_ne!(account_key(&h, "anna"), account_key(&h, "anne"));
    }

    #[test]
    fn an_ipv6_slash_64_is_one_address() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().expect("ip");
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().expect("ip");
        let c: IpAddr = "2001:db8:1:3::1".parse().expect("ip");
        assert_eq!(address_key(a), address_key(b));
        assert_ne!(address_key(a), address_key(c));
        let mapped = IpAddr::V6(Ipv4Addr::new(192, 0, 2, 7).to_ipv6_mapped());
        assert_eq!(address_key(mapped), IpAddr::V4(Ipv4Addr::new(192, 0, 2, 7)));
        assert_eq!(
            address_key(IpAddr::V6(Ipv6Addr::LOCALHOST)),
            IpAddr::V6(Ipv6Addr::UNSPECIFIED)
        );
    }

    #[test]
    fn a_refused_address_takes_nothing_from_the_account() {
        let limits = LoginLimits::new(3, 2);
        let t0 = Instant::now();
        let flooder: IpAddr = [203, 0, 113, 9].into();
        let office: IpAddr = [198, 51, 100, 1].into();
        limits.take("anna", Some(flooder), t0).expect("1");
        limits.take("anna", Some(flooder), t0).expect("2");
        for _ in 0..10 {
            limits
                .take("anna", Some(flooder), t0)
                .expect_err("the address is spent");
        }
        // Anna's account spent 2 of 3; the refused tries did not count.
        let taken = limits.take("anna", Some(office), t0).expect("3");
        limits.succeeded(taken, t0);
        limits.take("ANNA", Some(office), t0).expect("given back");
        limits
            .take("anna", Some(office), t0)
            .expect_err("the account is spent now");
        // Without an address, the account limit alone.
        limits.take("bert", None, t0).expect("no address");
    }
}
