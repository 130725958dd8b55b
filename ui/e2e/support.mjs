// Shared helpers for the end-to-end tests on the real app window (scripts/e2e.sh):
// a WebDriver session per data folder, waits, form filling by data-testid, Fluent texts
// from ../locales, an axe-core check and screenshots.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { remote } from 'webdriverio';

const uiDir = fileURLToPath(new URL('..', import.meta.url));
const localesDir = join(uiDir, '..', 'locales');

/** Waits get this long: the app starts in 1–2 s, unlock takes ~0.5 s (Argon2). */
export const TIMEOUT = 20_000;

/** A passphrase long enough for the store (≥ 12 characters). */
export const PASSPHRASE = 'Fietsbel-Regenjas-2026';
export const COACH = 'Petra de Vries';

export function appBinary() {
  const bin = process.env.WERKPAD_APP_BIN;
  if (!bin) throw new Error('WERKPAD_APP_BIN is not set: run the suite with scripts/e2e.sh');
  return bin;
}

/** A fresh, empty data folder for one test; removed again by `cleanup()`. */
export function freshDataDir(name = 'werkpad-e2e-') {
  return mkdtempSync(join(tmpdir(), name));
}

export function cleanup(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Starts the app on `dataDir` through tauri-driver (port 4444) and waits until the first
 * screen has rendered. `deleteSession()` closes the app again.
 */
export async function startApp(dataDir) {
  const browser = await remote({
    hostname: '127.0.0.1',
    port: 4444,
    logLevel: 'error',
    waitforTimeout: TIMEOUT,
    connectionRetryTimeout: 60_000,
    connectionRetryCount: 1,
    capabilities: {
      // WebKitWebDriver speaks classic WebDriver only (no BiDi).
      'wdio:enforceWebDriverClassic': true,
      ...(process.env.WERKPAD_WEBKIT_DIRECT
        ? // WebKitWebDriver itself on port 4444, without tauri-driver (started with
          // TAURI_WEBVIEW_AUTOMATION=true, as tauri-driver starts it).
          { 'webkitgtk:browserOptions': { binary: appBinary(), args: ['--data-dir', dataDir] } }
        : { browserName: 'wry', 'tauri:options': { application: appBinary(), args: ['--data-dir', dataDir] } }),
    },
  });
  // app_status has answered once the loading text is gone and a screen heading is shown.
  await browser.waitUntil(
    async () => browser.execute(() => document.querySelector('h1') !== null),
    { timeout: TIMEOUT, timeoutMsg: 'the app showed no screen' },
  );
  return browser;
}

/** Ends the session (closing the app), ignoring a session that is already gone. */
export async function stopApp(browser) {
  if (!browser) return;
  try {
    await browser.deleteSession();
  } catch {
    // Already closed.
  }
}

export const sel = (testId) => `[data-testid="${testId}"]`;

/** The element with this test id, once it is displayed. */
export async function byTestId(browser, testId, timeout = TIMEOUT) {
  const el = await browser.$(sel(testId));
  await el.waitForDisplayed({ timeout, timeoutMsg: `${testId} was not displayed` });
  return el;
}

/**
 * Clicks the element with this test id the way a mouse would, once it stands still: the
 * field that has focus is left first (its blur may re-render the form), the element is
 * scrolled to the middle, and the click waits until its position has not changed between
 * two looks. A click whose mousedown and mouseup land on different spots is no click.
 */
export async function click(browser, testId) {
  const el = await byTestId(browser, testId);
  await el.waitForEnabled({ timeout: TIMEOUT, timeoutMsg: `${testId} stayed disabled` });
  await browser.execute(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body) active.blur();
  });
  await el.scrollIntoView({ block: 'center' });
  let last = '';
  await browser.waitUntil(
    async () => {
      const now = await browser.execute((node) => {
        const r = node.getBoundingClientRect();
        return `${r.x},${r.y},${r.width},${r.height}`;
      }, el);
      const still = now === last;
      last = now;
      return still;
    },
    { timeout: TIMEOUT, interval: 100, timeoutMsg: `${testId} kept moving` },
  );
  await el.click();
}

/** Waits until `fn()` returns a truthy value and returns that value. */
export async function waitFor(browser, fn, timeoutMsg, timeout = TIMEOUT) {
  let value;
  await browser.waitUntil(
    async () => {
      value = await fn();
      return Boolean(value);
    },
    { timeout, interval: 100, timeoutMsg },
  );
  return value;
}

export async function waitForText(browser, testId, expected, timeout = TIMEOUT) {
  const el = await byTestId(browser, testId, timeout);
  await browser.waitUntil(async () => (await el.getText()).includes(expected), {
    timeout,
    timeoutMsg: `${testId} did not show "${expected}"`,
  });
  return el.getText();
}

/**
 * Types `value` into the input with this test id, replacing what was there, and checks
 * that the field (and so React's state) holds exactly `value`. Characters that the
 * driver cannot type (none so far) fall back to setting the value the way React sees it.
 */
export async function fill(browser, testId, value) {
  const el = await byTestId(browser, testId);
  await el.scrollIntoView({ block: 'center' });
  await el.click();
  if ((await el.getValue()) !== '') {
    await browser.keys(['Control', 'a']);
    await browser.keys(['Backspace']);
  }
  await el.addValue(value);
  if ((await el.getValue()) !== value) {
    await browser.execute(
      (node, v) => {
        const proto = node instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
        Object.getOwnPropertyDescriptor(proto.prototype, 'value').set.call(node, v);
        node.dispatchEvent(new Event('input', { bubbles: true }));
      },
      el,
      value,
    );
  }
  await browser.waitUntil(async () => (await el.getValue()) === value, {
    timeout: TIMEOUT,
    timeoutMsg: `${testId} does not hold "${value}"`,
  });
}

/** Picks the option with this value in the select with this test id. */
export async function choose(browser, testId, value) {
  const el = await byTestId(browser, testId);
  await el.scrollIntoView({ block: 'center' });
  await el.selectByAttribute('value', value);
  await browser.waitUntil(async () => (await el.getValue()) === value, {
    timeout: TIMEOUT,
    timeoutMsg: `${testId} did not take "${value}"`,
  });
}

/** Ticks the checkbox (or radio) with this test id. */
export async function tick(browser, testId) {
  const el = await browser.$(sel(testId));
  await el.waitForExist({ timeout: TIMEOUT });
  await el.scrollIntoView({ block: 'center' });
  if (!(await el.isSelected())) await el.click();
  await browser.waitUntil(async () => el.isSelected(), {
    timeout: TIMEOUT,
    timeoutMsg: `${testId} did not get ticked`,
  });
}

// ---------------------------------------------------------------------------------------
// Fluent texts, formatted the way the UI formats them (no isolation marks).

const bundles = new Map();

function bundle(locale) {
  let b = bundles.get(locale);
  if (!b) {
    b = new FluentBundle(locale, { useIsolating: false });
    const dir = join(localesDir, locale);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
      b.addResource(new FluentResource(readFileSync(join(dir, file), 'utf8')));
    }
    bundles.set(locale, b);
  }
  return b;
}

/** The text of Fluent message `id` in `locale` (default nl-NL), formatted with `args`. */
export function text(id, args = {}, locale = 'nl-NL') {
  const b = bundle(locale);
  const message = b.getMessage(id);
  if (!message?.value) throw new Error(`no Fluent message ${id} in ${locale}`);
  const errors = [];
  const out = b.formatPattern(message.value, args, errors);
  if (errors.length > 0) throw new Error(`formatting ${id}: ${errors.join('; ')}`);
  return out;
}

// ---------------------------------------------------------------------------------------
// Dates

const pad = (n) => String(n).padStart(2, '0');

/** dd-mm-jjjj of a local date. */
export function dutchDate(d) {
  return `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()}`;
}

/** Today plus `days` calendar days, local time (safe across DST changes). */
export function addDays(base, days) {
  return new Date(base.getFullYear(), base.getMonth(), base.getDate() + days);
}

// ---------------------------------------------------------------------------------------
// Screens

/** First start: creates the store with the coach's name and passphrase. */
export async function createStore(browser, coach = COACH, passphrase = PASSPHRASE) {
  await fill(browser, 'firstrun-coach', coach);
  await fill(browser, 'firstrun-passphrase', passphrase);
  await fill(browser, 'firstrun-repeat', passphrase);
  await click(browser, 'firstrun-submit');
  await byTestId(browser, 'nav-caseload');
}

/** Unlocks with `passphrase` and waits for the caseload. */
export async function unlock(browser, passphrase = PASSPHRASE) {
  await fill(browser, 'unlock-passphrase', passphrase);
  await click(browser, 'unlock-submit');
  await byTestId(browser, 'nav-caseload');
}

/** Waits until the caseload shows exactly `n` rows and returns their texts. */
export async function waitForRows(browser, n, timeoutMsg) {
  let texts = [];
  await browser.waitUntil(
    async () => {
      texts = await browser.execute(
        (s) => [...document.querySelectorAll(s)].map((r) => r.textContent ?? ''),
        sel('caseload-row'),
      );
      const count = await browser.execute(
        () => document.querySelector('.werkpad-result-count')?.textContent ?? '',
      );
      return texts.length === n && count === text('caseload-count', { count: n });
    },
    { timeout: TIMEOUT, interval: 100, timeoutMsg: timeoutMsg ?? `the caseload did not show ${n} rows` },
  );
  return texts;
}

/** The heading of the current intake step ("Stap 2 van 10: …"). */
export async function intakeStepTitle(browser) {
  return (await byTestId(browser, 'intake-step-title')).getText();
}

/** Clicks "Volgende" and waits until step `n` (1-based) is shown. */
export async function nextStep(browser, n) {
  const total = 10;
  const prefix = text('intake-step-heading', { n, total, title: '' });
  const reached = async () => (await intakeStepTitle(browser)).startsWith(prefix);
  await click(browser, 'intake-next');
  // Known flake (seen once in CI, cause not yet found): the click right after typing in the
  // last field can be lost, with no error shown. Click once more before failing, and say so
  // in the output, so the flake stays visible instead of hidden.
  try {
    await waitFor(browser, reached, `intake did not reach step ${n}`, 8000);
    return;
  } catch {
    console.log(`# e2e: "Volgende" to step ${n} needed a second click`);
  }
  await click(browser, 'intake-next');
  await waitFor(browser, reached, `intake did not reach step ${n}`);
}

/**
 * A resident taken in through the wizard: step 1 (person), step 2 (address), the optional
 * steps left empty, the privacy statement ticked, submitted. Returns when the file opens.
 */
export const CAGLAR = {
  given: 'Çağlar',
  family: 'Öztürk',
  birth: '12-03-1968',
  gender: 'male',
  bsn: '123456782',
  street: 'Steenstraat',
  number: '12',
  postcode: '6828 AB',
  woonplaats: 'Arnhem',
};

export async function fillPerson(browser, r) {
  await fill(browser, 'intake-name-given_names', r.given);
  await fill(browser, 'intake-name-family_name', r.family);
  await fill(browser, 'intake-birth_date', r.birth);
  await choose(browser, 'intake-gender', r.gender);
  await fill(browser, 'intake-bsn', r.bsn);
}

export async function fillAddress(browser, r) {
  await fill(browser, 'intake-address-street', r.street);
  await fill(browser, 'intake-address-house_number', r.number);
  await fill(browser, 'intake-address-postcode', r.postcode);
  await fill(browser, 'intake-address-woonplaats', r.woonplaats);
}

/**
 * From step 2 on: address, the optional steps (health only when `r.health` is given),
 * privacy, review and submit.
 */
export async function finishIntake(browser, r) {
  await fillAddress(browser, r);
  for (let n = 3; n <= 8; n++) await nextStep(browser, n);
  if (r.health) {
    await tick(browser, 'intake-health');
    await fill(browser, 'intake-health-necessity', r.health.necessity);
    await fill(browser, 'intake-health-summary', r.health.summary);
  }
  await nextStep(browser, 9);
  await tick(browser, 'intake-privacy');
  await nextStep(browser, 10);
  await click(browser, 'intake-submit');
  await waitForText(browser, 'file-title', `${r.given} ${r.family}`);
}

/** A whole intake from the navigation, for tests that need residents. */
export async function addResident(browser, r) {
  await click(browser, 'nav-intake');
  await byTestId(browser, 'intake-name-given_names');
  await fillPerson(browser, r);
  await nextStep(browser, 2);
  await finishIntake(browser, r);
}

/** A valid BSN (elfproef) made from an 8-digit seed. */
export function validBsn(seed) {
  const digits = String(seed).padStart(8, '0').slice(0, 8).split('').map(Number);
  const sum = digits.reduce((acc, d, i) => acc + d * (9 - i), 0);
  for (let last = 0; last <= 9; last++) {
    if ((sum - last) % 11 === 0) return digits.join('') + last;
  }
  return validBsn(seed + 1);
}

// ---------------------------------------------------------------------------------------
// Accessibility and screenshots

const axeSource = readFileSync(join(uiDir, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const SERIOUS = new Set(['serious', 'critical']);

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is, prints the violations
 * (id, impact, count of nodes) and returns them.
 */
export async function axeCheck(browser, screen) {
  const loaded = await browser.execute(() => typeof window.axe !== 'undefined');
  if (!loaded) await browser.execute(axeSource);
  const result = await browser.executeAsync((done) => {
    window.axe
      .run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })
      .then((r) =>
        done({
          violations: r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            count: v.nodes.length,
            targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
          })),
          passes: r.passes.length,
        }),
      )
      .catch((e) => done({ error: String(e) }));
  });
  if (result.error) throw new Error(`axe failed on ${screen}: ${result.error}`);
  const lines = result.violations.map(
    (v) => `    ${v.id} (${v.impact}) × ${v.count}: ${v.targets.join(', ')}`,
  );
  console.log(
    `axe ${screen}: ${result.violations.length} violation(s), ${result.passes} rule(s) passed` +
      (lines.length ? `\n${lines.join('\n')}` : ''),
  );
  return result.violations;
}

/** Violations with impact serious or critical. */
export function serious(violations) {
  return violations.filter((v) => SERIOUS.has(v.impact));
}

/**
 * Fails with the list of serious or critical violations found on any screen.
 * `found`: screen → violations (all impacts), as axeCheck returned them.
 */
export function assertNoSeriousViolations(found) {
  const bad = [...found].flatMap(([screen, v]) => serious(v).map((x) => `${screen}: ${x.id} (${x.impact}) × ${x.count}`));
  assert.deepEqual(bad, [], `serious or critical axe violations:\n${bad.join('\n')}`);
}

export function screenshotDir() {
  const dir = process.env.WERKPAD_SCREENSHOTS;
  if (!dir) return null;
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Saves a PNG of the window as $WERKPAD_SCREENSHOTS/name (skipped when the variable is
 * unset). Focus rings and the text cursor are removed first so the pictures are stable.
 * The page is scrolled to the top, or to the element with test id `scrollTo`.
 */
export async function screenshot(browser, name, scrollTo = null) {
  const dir = screenshotDir();
  if (!dir) return;
  const path = join(dir, name);
  await browser.execute((id) => {
    document.activeElement?.blur?.();
    const el = id ? document.querySelector(`[data-testid="${id}"]`) : null;
    if (el) el.scrollIntoView({ block: 'start' });
    else window.scrollTo(0, 0);
  }, scrollTo);
  // Park the mouse in the window's corner: a link under it would show its hover style.
  try {
    await browser.performActions([
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [{ type: 'pointerMove', x: 1, y: 1, duration: 0 }],
      },
    ]);
    await browser.releaseActions();
  } catch {
    // Without pointer actions the picture may show a hover underline; no harm.
  }
  try {
    await browser.saveScreenshot(path);
  } catch {
    execFileSync('import', ['-window', 'root', path], { env: process.env });
  }
}

/** Saves a screenshot under the temp folder when a test fails, and says where. */
export async function failureShot(browser, name) {
  if (!browser) return;
  try {
    const path = join(tmpdir(), `werkpad-e2e-failure-${name}.png`);
    await browser.saveScreenshot(path);
    console.log(`failure screenshot: ${path}`);
  } catch {
    // The session may be gone.
  }
}

/**
 * Runs `fn(app)` with the app started on a fresh data folder: `app.browser` is the session,
 * `app.dir` the folder, and `app.restart()` closes the app and starts it again on the same
 * folder (returning the new session). When `fn` fails, a screenshot named after `name` is
 * saved; the app is closed and the folder removed in every case.
 */
export async function withApp(name, fn) {
  const dir = freshDataDir();
  const app = {
    dir,
    browser: null,
    async restart() {
      await stopApp(app.browser);
      app.browser = null;
      app.browser = await startApp(dir);
      return app.browser;
    },
  };
  try {
    app.browser = await startApp(dir);
    return await fn(app);
  } catch (e) {
    await failureShot(app.browser, name);
    throw e;
  } finally {
    await stopApp(app.browser);
    cleanup(dir);
  }
}

// ---------------------------------------------------------------------------------------
// Sync against the real server (scripts/e2e.sh starts one)

/** Syncs can take a moment longer than a screen: the first one pulls the reference data. */
export const SYNC_TIMEOUT = 60_000;

/**
 * A query on the server's database ($WERKPAD_E2E_DATABASE_URL); `vars` become psql
 * variables (:'name'), never SQL text. Returns the rows as arrays of strings.
 */
export function psql(sql, vars = {}) {
  const url = process.env.WERKPAD_E2E_DATABASE_URL;
  if (!url) throw new Error('WERKPAD_E2E_DATABASE_URL is not set: run the suite with scripts/e2e.sh');
  const args = [url, '-X', '-q', '-t', '-A', '-F', '\t', '-v', 'ON_ERROR_STOP=1'];
  for (const [k, v] of Object.entries(vars)) args.push('-v', `${k}=${v}`);
  return execFileSync('psql', args, { input: sql, encoding: 'utf8' })
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('\t'));
}

/**
 * Clicks "Nu synchroniseren" and waits until that round is over and the status bar says
 * that every change was sent. The wait must not pass on the state from before the click,
 * so it also needs to have seen the round start: a MutationObserver notes the button (or
 * the status line) turning busy, however short the round.
 */
export async function syncNow(browser) {
  await browser.execute(() => {
    const busy = () => {
      const b = document.querySelector('[data-testid="sync-now"]');
      return (b !== null && (b.disabled || b.getAttribute('aria-busy') === 'true')) || document.querySelector('[data-testid="status-running"]') !== null;
    };
    window.__werkpadSyncSeen = false;
    window.__werkpadSyncObserver?.disconnect();
    const observer = new MutationObserver(() => {
      if (busy()) window.__werkpadSyncSeen = true;
    });
    observer.observe(document.body, { attributes: true, childList: true, subtree: true, characterData: true });
    window.__werkpadSyncObserver = observer;
  });
  await click(browser, 'sync-now');
  await waitFor(
    browser,
    async () => {
      const done = await browser.execute(() => {
        const b = document.querySelector('[data-testid="sync-now"]');
        const idle = b !== null && !b.disabled && b.getAttribute('aria-busy') !== 'true';
        return window.__werkpadSyncSeen && idle && document.querySelector('[data-testid="status-running"]') === null;
      });
      const pending = await browser.execute(() => document.querySelector('[data-testid="status-pending"]')?.textContent ?? null);
      return done && pending === text('sync-pending-none');
    },
    'the status bar did not show that every change was sent',
    SYNC_TIMEOUT,
  );
  await browser.execute(() => window.__werkpadSyncObserver?.disconnect());
}
