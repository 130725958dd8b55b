//! Faults during sync, with the real binaries: `werkpadctl sync` killed with SIGKILL at
//! random moments, many times, and the server killed and restarted in the middle of a
//! push. Afterwards every mutation is on the server exactly once and the laptop and the
//! server hold the same records.
//!
//! Iterations: WERKPAD_KILL_ITERATIONS (default 200). The random seed is printed, and can
//! be fixed with WERKPAD_KILL_SEED to replay a run.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::io::Write;
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use werkpad_core::Store;
use werkpad_core::store::StoreConfig;
use werkpad_domain::EntityKind;
use werkpad_domain::sync::Role;
use werkpad_journeys::{PASSWORD, fresh_database};
use werkpad_server::admin;

const PASSPHRASE: &str = "een lange zin als wachtwoord";
const CTL: &str = env!("CARGO_BIN_EXE_werkpadctl-journey");
const SERVER: &str = env!("CARGO_BIN_EXE_werkpad-server-journey");

/// SplitMix64: a seeded sequence of delays.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn ctl(dir: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(CTL);
    c.arg("--data-dir")
        .arg(dir)
        .args(args)
        .env("WERKPAD_PASSPHRASE", PASSPHRASE)
        .env("WERKPAD_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

fn run_ok(mut cmd: Command, what: &str) {
    let out = cmd.stderr(Stdio::piped()).output().expect(what);
    assert!(
        out.status.success(),
        "{what} failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}

fn start_server(db_url: &str, port: u16) -> Child {
    let child = Command::new(SERVER)
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .env("DATABASE_URL", db_url)
        .env("WERKPAD__POOL_SIZE", "4")
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("server starts");
    let until = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < until, "server did not start listening");
        std::thread::sleep(Duration::from_millis(20));
    }
    child
}

fn kill(mut child: Child) -> bool {
    let running = matches!(child.try_wait(), Ok(None));
    let _ = child.kill(); // SIGKILL on Unix
    let _ = child.wait();
    running
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

#[test]
fn sigkill_during_push_and_server_restarts_lose_and_repeat_nothing() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (pool, db_url) = rt.block_on(fresh_database());
    rt.block_on(admin::user_add(
        &pool,
        "anna",
        "Anna de Vries",
        Role::Jobcoach,
        PASSWORD,
    ))
    .unwrap();
    let port = free_port();
    let mut server = Some(start_server(&db_url, port));
    let url = format!("http://127.0.0.1:{port}");

    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    run_ok(
        ctl(d, &["init", "--coach", "Anna de Vries", "--key-file"]),
        "init",
    );
    run_ok(
        ctl(d, &["demo-data", "--residents", "120", "--seed", "1"]),
        "demo-data",
    );
    let mut login = ctl(
        d,
        &[
            "login",
            "--server",
            &url,
            "--user",
            "anna",
            "--password-stdin",
        ],
    )
    .stdin(Stdio::piped())
    .spawn()
    .unwrap();
    login
        .stdin
        .take()
        .unwrap()
        .write_all(PASSWORD.as_bytes())
        .unwrap();
    assert!(login.wait().unwrap().success(), "login");

    let iterations: u64 = std::env::var("WERKPAD_KILL_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let seed = std::env::var("WERKPAD_KILL_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |t| t.as_nanos() as u64)
        });
    println!("# sync_faults: seed {seed}, {iterations} iterations");
    let mut rng = Rng(seed);
    let (mut killed, mut finished, mut restarts) = (0, 0, 0);
    for i in 0..iterations {
        if i % 5 == 0 {
            // New local work keeps the pushes coming.
            let seed = (1000 + i).to_string();
            run_ok(
                ctl(d, &["demo-data", "--residents", "3", "--seed", &seed]),
                "demo-data",
            );
        }
        let sync = ctl(d, &["sync"]).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(rng.below(700)));
        if i % 25 == 12 {
            // The server dies in the middle of the round and comes back.
            if let Some(s) = server.take() {
                kill(s);
            }
            server = Some(start_server(&db_url, port));
            restarts += 1;
        }
        if kill(sync) {
            killed += 1;
        } else {
            finished += 1;
        }
    }
    println!(
        "# sync_faults: {killed} syncs killed mid-way, {finished} finished, {restarts} server restarts"
    );

    // A last, undisturbed sync brings everything over.
    run_ok(ctl(d, &["sync"]), "final sync");
    run_ok(ctl(d, &["sync"]), "second final sync");
    if let Some(s) = server.take() {
        kill(s);
    }

    rt.block_on(async {
        let store = Store::unlock(d, PASSPHRASE, &StoreConfig::default())
            .await
            .unwrap();
        let stats = store.sync().outbox_stats().await.unwrap();
        assert_eq!(stats.pending, 0, "nothing left to push");
        let made = stats.next_seq - 1;
        let device = uuid::Uuid::parse_str(&store.device().device_id).unwrap();
        // Each stored answer, by the sequence number it answers (pages hold arrays).
        let (n, distinct, lo, hi): (i64, i64, Option<i64>, Option<i64>) = sqlx::query_as(
            "SELECT count(*), count(DISTINCT s), min(s), max(s)
             FROM (SELECT p.first_seq + o.i - 1 AS s
                   FROM applied_pages p, jsonb_array_elements(p.outcomes) WITH ORDINALITY
                        AS o(outcome, i)
                   WHERE p.device_id = $1) a",
        )
        .bind(device)
        .fetch_one(&pool)
        .await
        .unwrap();
        assert_eq!(
            (n, distinct, lo, hi),
            (made, made, Some(1), Some(made)),
            "every mutation exactly once"
        );
        let (rejected,): (i64,) = sqlx::query_as(
            "SELECT count(*) FROM applied_pages p, jsonb_array_elements(p.outcomes) AS o(outcome)
             WHERE o.outcome->>'outcome' <> 'applied'",
        )
        .fetch_one(&pool)
        .await
        .unwrap();
        assert_eq!(rejected, 0, "no change refused or in conflict");
        // The same records on both sides, with the same content.
        for kind in [
            EntityKind::Resident,
            EntityKind::Traject,
            EntityKind::Report,
            EntityKind::Appointment,
        ] {
            let entity = kind.as_str();
            let local = store.upkeep().records_json(kind).await.unwrap();
            let server: Vec<(uuid::Uuid, sqlx::types::Json<serde_json::Value>)> =
                sqlx::query_as("SELECT id, doc FROM records WHERE entity = $1 ORDER BY id")
                    .bind(entity)
                    .fetch_all(&pool)
                    .await
                    .unwrap();
            assert_eq!(local.len(), server.len(), "{entity} count");
            for ((lid, ldoc), (sid, sdoc)) in local.iter().zip(&server) {
                assert_eq!(lid, &sid.to_string());
                let ldoc: serde_json::Value = serde_json::from_str(ldoc).unwrap();
                assert_eq!(&ldoc, &sdoc.0, "{entity} {lid} content");
            }
        }
        println!("# sync_faults: {made} mutations, each applied exactly once");
    });
}
