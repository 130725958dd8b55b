#!/usr/bin/env node
// Desktop benchmark (BENCHMARKS.md, "Desktop app"): Werkpad against a minimal Tauri app
// (bench/minimal-app) built the same way, measured in the same run under our own Xvfb:
//  1. cold start: spawn → "werkpad: ui ready" on stderr (first screen painted), interleaved;
//  2. memory: PSS of the app and all its descendants (WebKit processes);
//  3. resident search latency in the UI with 10,000 demo residents (via tauri-driver), and
//     the same queries as bare IPC calls from the page;
// Usage (after `cargo build --release -p werkpad-app -p werkpad-bench-minimal-app -p werkpad-core`):
//   node bench/desktop-bench.mjs [--runs 9] [--queries 120] [--residents 10000]
//        [--display 77] [--port 4544] [--target DIR] [--out results.json]
// Binaries come from --target or $CARGO_TARGET_DIR (else ./target)/release. Without a D-Bus
// session the script re-runs itself under dbus-run-session. Results: JSON on stdout.
// Both apps draw without WebKit's accelerated compositing (src-tauri/src/webview.rs); with
// WERKPAD_HARDWARE_ACCELERATION=1 in the environment both use WebKit's default instead.

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exeOf, killTree, sleep, startXvfb, tree, treePss } from './lib/proc.mjs';
import { IPC_PROBE, PROBE, queries } from './lib/search.mjs';
import { openSession, waitForDriver } from './lib/webdriver.mjs';

const READY = 'werkpad: ui ready';
const PASSPHRASE = 'bench-Fietsbel-Regenjas-2026';
const SETTLE_MS = 3000; // wait after the screen is shown before reading memory
// Read again this long after the screen was shown: WebKit collects the JS garbage of the
// start and returns freed pages to the system within seconds, so this is the memory a coach
// has for the rest of the day; the 3 s reading still includes that garbage.
const STEADY_MS = 20_000;

// A desktop session has a D-Bus session bus; without one GLib would autolaunch one.
if (!process.env.DBUS_SESSION_BUS_ADDRESS && !process.env.WERKPAD_BENCH_NO_DBUS) {
  const r = spawnSync('dbus-run-session', ['--', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, WERKPAD_BENCH_NO_DBUS: '1' },
  });
  process.exit(r.status ?? 1);
}

const opt = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const RUNS = Number(opt('runs', 9));
const QUERIES = Number(opt('queries', 120));
const RESIDENTS = Number(opt('residents', 10000));
const DISPLAY = Number(opt('display', 77));
const PORT = Number(opt('port', 4544));
const repo = realpathSync(new URL('..', import.meta.url).pathname);
const target = opt('target', process.env.CARGO_TARGET_DIR || join(repo, 'target'));
const bin = (name) => {
  const p = join(target, 'release', name);
  if (!existsSync(p)) throw new Error(`${p} is missing: build in release first (see the header)`);
  return realpathSync(p);
};
const APP = bin('werkpad');
const MINIMAL = bin('werkpad-bench-minimal-app');
const CTL = bin('werkpadctl');

const work = mkdtempSync(join(tmpdir(), 'werkpad-bench-'));
let dirs = 0;
const freshDir = (name) => {
  const d = join(work, `${name}-${++dirs}`);
  mkdirSync(d, { recursive: true });
  return d;
};
/** Environment for one app start: our display, and empty XDG folders (WebKit's caches). */
const appEnv = () => {
  const x = freshDir('xdg');
  const env = { ...process.env, DISPLAY: `:${DISPLAY}`, GDK_BACKEND: 'x11' };
  delete env.WAYLAND_DISPLAY;
  for (const k of ['DATA', 'CACHE', 'CONFIG', 'STATE']) env[`XDG_${k}_HOME`] = join(x, k.toLowerCase());
  return env;
};
const ctl = (dir, ...args) =>
  execFileSync(CTL, ['--data-dir', dir, ...args], {
    env: { ...process.env, WERKPAD_PASSPHRASE: PASSPHRASE },
    stdio: ['ignore', 'ignore', 'inherit'],
  });

/** Processes we started (apps, drivers), killed with their trees if the run fails. */
const live = new Set();
async function stop(child) {
  await killTree(child.pid);
  live.delete(child);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const r1 = (x) => Math.round(x * 10) / 10;
const p5095 = (xs) => ({ p50: r1(pct(xs, 50)), p95: r1(pct(xs, 95)) });
const ratio = (a, b) => Number((a / b).toFixed(2));
const log = (...a) => console.error('[bench]', ...a);

/** Starts `binary`, returns ms from spawn to the ready line and the PSS after settling. */
async function coldStart(binary, args) {
  const t0 = performance.now();
  const child = spawn(binary, args, { env: appEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
  live.add(child);
  let buf = '';
  const ms = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${binary}: no "${READY}" in 60 s`)), 60_000);
    child.stderr.on('data', (d) => {
      buf += d;
      if (buf.includes(READY)) {
        clearTimeout(timer);
        resolve(performance.now() - t0);
      }
    });
    child.on('exit', (code) => reject(new Error(`${binary} exited (${code}) before ready:\n${buf}`)));
  });
  await sleep(SETTLE_MS);
  const mem = treePss(child.pid);
  child.removeAllListeners('exit');
  await stop(child);
  return { ms, mib: mem.mib, parts: mem.parts, phases: phasesOf(buf) };
}

/**
 * Werkpad's ready line says where its start went, in ms after its `run()` began:
 * "werkpad: ui ready (ms after start: setup 80, page 290, script 510, status 540, painted
 * 600)" (src-tauri/src/commands/startup.rs); the minimal app's has setup, page and painted.
 */
function phasesOf(stderr) {
  const m = /ui ready \(ms after start: ([^)]*)\)/.exec(stderr);
  if (!m) return null;
  return Object.fromEntries(m[1].split(', ').map((p) => {
    const [name, ms] = p.split(' ');
    return [name, Number(ms)];
  }));
}

/** Starts tauri-driver on our ports with a fresh environment; returns its process. */
async function startDriver() {
  const driver = spawn(join(process.env.HOME, '.cargo/bin/tauri-driver'), ['--port', String(PORT), '--native-port', String(PORT + 1)], {
    env: appEnv(),
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  live.add(driver);
  await waitForDriver(PORT);
  return driver;
}

/** The app's pid among the driver's descendants, and PSS of the app's tree. */
function appPss(driver, binary) {
  const pid = tree(driver.pid).find((p) => exeOf(p) === binary);
  if (!pid) throw new Error(`${binary} is not running under tauri-driver`);
  return treePss(pid);
}

async function main() {
  const xvfbLog = join(tmpdir(), `werkpad-bench-xvfb-${DISPLAY}.log`);
  const xvfb = await startXvfb(DISPLAY, xvfbLog);
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, loadavg_start: readLoad() },
    binaries: { app: APP, minimal: MINIMAL },
  };
  try {
    log('stores: one locked store, one with', RESIDENTS, 'demo residents');
    const locked = freshDir('store-locked');
    ctl(locked, 'init', '--coach', 'Bench', '--key-file');
    const demo = freshDir('store-demo');
    ctl(demo, 'init', '--coach', 'Bench', '--key-file');
    const tDemo = performance.now();
    ctl(demo, 'demo-data', '--residents', String(RESIDENTS));
    results.demo_data_s = r1((performance.now() - tDemo) / 1000);

    // 1 + 2a. Cold starts, interleaved (ABBA order per pair), one warm-up each not counted.
    // A start that fails (before Xvfb ran with -noreset: "Failed to initialize GTK") is
    // retried up to twice and counted in the results.
    results.failed_starts = [];
    const attempt = async (which, start) => {
      for (let n = 1; ; n++) {
        try {
          return await start();
        } catch (e) {
          if (xvfb.exitCode !== null) throw new Error(`Xvfb exited (${xvfb.exitCode}); see ${xvfbLog}`);
          const lines = String(e.message).split('\n');
          const reason = lines.find((l) => /Failed|error/i.test(l)) ?? lines[0];
          results.failed_starts.push({ which, reason });
          log(`${which} failed to start (${reason}); attempt ${n}`);
          if (n === 3) throw e;
        }
      }
    };
    const startMinimal = () => attempt('minimal', () => coldStart(MINIMAL, []));
    const startApp = () =>
      attempt('app', () => {
        const d = freshDir('data');
        cpSync(locked, d, { recursive: true });
        return coldStart(APP, ['--data-dir', d]);
      });
    log('warm-up');
    await startMinimal();
    await startApp();
    const cold = { minimal: [], app: [] };
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 ? ['app', 'minimal'] : ['minimal', 'app'];
      for (const which of order) {
        const r = await (which === 'app' ? startApp() : startMinimal());
        cold[which].push(r);
        log(`run ${i + 1}/${RUNS} ${which}: ${r1(r.ms)} ms, ${r1(r.mib)} MiB (load ${readLoad()})`);
      }
    }
    const coldMs = (w) => cold[w].map((r) => r.ms);
    const coldMib = (w) => cold[w].map((r) => r.mib);
    results.cold_start_ms = {
      minimal: { median: r1(median(coldMs('minimal'))), all: coldMs('minimal').map(r1) },
      app: { median: r1(median(coldMs('app'))), all: coldMs('app').map(r1) },
    };
    results.cold_start_ms.ratio = ratio(median(coldMs('app')), median(coldMs('minimal')));
    // Where each start went: ms after the program's main began (see phasesOf).
    for (const which of ['minimal', 'app']) {
      const phases = cold[which].map((r) => r.phases).filter(Boolean);
      if (!phases.length) continue;
      results.cold_start_ms[which].phases_median = Object.fromEntries(
        Object.keys(phases[0]).map((k) => [k, r1(median(phases.map((p) => p[k])))]),
      );
    }
    results.pss_standalone_mib = {
      minimal_first_paint: r1(median(coldMib('minimal'))),
      app_lock_screen: r1(median(coldMib('app'))),
      all_minimal: coldMib('minimal').map(r1),
      all_app: coldMib('app').map(r1),
      parts_minimal: cold.minimal.at(-1).parts,
      parts_app: cold.app.at(-1).parts,
    };

    // 2b. Memory under WebDriver: the minimal app after first paint.
    log('webdriver: minimal app');
    let driver = await startDriver();
    let s = await openSession(PORT, MINIMAL);
    await s.find('=h1');
    await sleep(SETTLE_MS);
    const minimalWd = appPss(driver, MINIMAL);
    await sleep(STEADY_MS - SETTLE_MS);
    const minimalSteady = appPss(driver, MINIMAL);
    await s.close();
    await stop(driver);

    // 2c + 3. The real app: unlock, caseload with the demo residents, memory, search.
    log('webdriver: werkpad with', RESIDENTS, 'residents');
    const data = freshDir('data');
    cpSync(demo, data, { recursive: true });
    driver = await startDriver();
    s = await openSession(PORT, APP, ['--data-dir', data]);
    await s.type(await s.find('unlock-passphrase'), PASSPHRASE);
    const tUnlock = performance.now();
    await s.click(await s.find('unlock-submit'));
    await s.click(await s.find('nav-caseload'));
    await s.find('caseload-row');
    results.unlock_to_caseload_ms = r1(performance.now() - tUnlock);
    const rowsShown = await s.count('caseload-row');
    await sleep(SETTLE_MS);
    const appWd = appPss(driver, APP);
    await sleep(STEADY_MS - SETTLE_MS);
    const appSteady = appPss(driver, APP);
    results.pss_webdriver_mib = {
      minimal_first_paint: r1(minimalWd.mib),
      app_caseload_10k: r1(appWd.mib),
      caseload_rows_shown: rowsShown,
      parts_minimal: minimalWd.parts,
      parts_app: appWd.parts,
    };
    results.pss_ratio_vs_minimal_webdriver = ratio(appWd.mib, minimalWd.mib);
    results.pss_steady_mib = {
      after_s: STEADY_MS / 1000,
      minimal_first_paint: r1(minimalSteady.mib),
      app_caseload_10k: r1(appSteady.mib),
      parts_minimal: minimalSteady.parts,
      parts_app: appSteady.parts,
    };
    results.pss_ratio_vs_minimal_steady = ratio(appSteady.mib, minimalSteady.mib);
    results.pss_ratio_vs_minimal_standalone = ratio(appWd.mib, median(coldMib('minimal')));

    log('search:', QUERIES, 'queries');
    await s.setScriptTimeout(30_000);
    const samples = [];
    const unchanged = [];
    results.script_errors = [];
    /** One execute/async; a failed call (WebKitWebDriver sometimes answers "Could not
     * parse script result") is logged, counted and retried once. */
    const run = async (script, args) => {
      try {
        return await s.executeAsync(script, args);
      } catch (e) {
        results.script_errors.push({ query: args[0], error: e.message.split('\n')[0] });
        log('script error', args[0], e.message);
        await sleep(500);
        return s.executeAsync(script, args);
      }
    };
    for (const q of queries(QUERIES)) {
      const r = await run(PROBE, [q, 2000]);
      if (r.ms === null) unchanged.push(q);
      else samples.push({ q, ms: r.ms, dom: r.dom, rows: r.rows });
    }
    const ms = samples.map((x) => x.ms);
    // Every key searches at once (no pause before the search), so this is keystroke →
    // painted list as the coach sees it.
    results.search_ms = {
      measured: samples.length,
      unchanged_skipped: unchanged,
      keystroke_to_painted: { ...p5095(ms), max: r1(Math.max(...ms)) },
      // Where it went: until the new rows were in the document (command + React), and from
      // there until they were painted (the frame: style, layout, paint).
      keystroke_to_document: p5095(samples.map((x) => x.dom)),
      document_to_painted: p5095(samples.map((x) => x.ms - x.dom)),
      slowest: [...samples].sort((a, b) => b.ms - a.ms).slice(0, 5).map((x) => ({ ...x, ms: r1(x.ms) })),
    };
    results.pss_webdriver_mib.app_after_search = r1(appPss(driver, APP).mib);

    // The same queries straight through IPC from the page (no rendering): how
    // much of the UI latency is the command itself (Rust + SQLCipher + JSON).
    const ipc = [];
    for (const q of queries(QUERIES)) {
      const ms = await run(IPC_PROBE, [q]);
      if (typeof ms === 'number') ipc.push(ms);
    }
    results.search_ms.ipc_only = {
      measured: ipc.length, p50: r1(pct(ipc, 50)), p95: r1(pct(ipc, 95)), max: r1(Math.max(...ipc)) };
    await s.close();
    await stop(driver);
    results.machine.loadavg_end = readLoad();
  } finally {
    for (const child of live) await killTree(child.pid);
    xvfb.kill();
    rmSync(work, { recursive: true, force: true });
  }
  const out = opt('out', null);
  const json = JSON.stringify(results, null, 2);
  if (out) writeFileSync(out, json + '\n');
  console.log(json);
}

function readLoad() {
  return readFileSync('/proc/loadavg', 'utf8').trim();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
