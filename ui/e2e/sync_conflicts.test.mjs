// Conflicten oplossen: a coach with two laptops changes the same field twice. The app (the
// first laptop) connects to the real werkpad-server, takes in a resident with an e-mail
// address and syncs; the coach changes the address in Persoonsgegevens and syncs again.
// The second laptop (this test, over HTTP with fetch) logs in as the same coach with a new
// device id and pushes another address for the same field, based on the version the intake
// made. That order is deterministic: the app's change is on the server before the second
// push, whatever the app's sync scheduler does, so the server's merge must keep the second
// value as a conflict record instead of applying it. The app pulls the conflict, the status
// bar offers it, the inbox shows both values; the coach keeps the second laptop's value and
// syncs. The server's own database then holds that value and a resolved conflict, and a
// pull by the second laptop brings both. axe-core checks the inbox with and without the
// conflict. The test uses a coach account of its own, so its resident stays out of the
// caseload that sync_matching.test.mjs expects to hold one resident.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'node:test';
import {
  assertNoSeriousViolations,
  CAGLAR,
  appBinary,
  axeCheck,
  byTestId,
  click,
  createStore,
  fill,
  fillPerson,
  finishIntake,
  nextStep,
  psql,
  SYNC_TIMEOUT,
  screenshot,
  syncNow,
  text,
  validBsn,
  waitFor,
  waitForText,
  withApp,
} from './support.mjs';

const SERVER = process.env.WERKPAD_E2E_SERVER;

/** The sync protocol this build speaks: read from PROTOCOL_VERSION in the Rust wire types, so
 * the second laptop never drifts from the server (it answers 426 update_needed otherwise). */
const PROTOCOL = (() => {
  const wire = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'crates', 'domain', 'src', 'sync', 'wire.rs');
  const found = /pub const PROTOCOL_VERSION: u32 = (\d+);/.exec(readFileSync(wire, 'utf8'));
  assert.ok(found, `PROTOCOL_VERSION not found in ${wire}`);
  return found[1];
})();
const DATABASE_URL = process.env.WERKPAD_E2E_DATABASE_URL;

/** The coach of this test: a server account of its own, used by both laptops. */
const COACH_USER = 'joost';
const COACH_NAME = 'Joost Bakker';
const COACH_PASSWORD = `e2e-conflict-${randomBytes(12).toString('hex')}`;

const RESIDENT = { ...CAGLAR, given: 'Ilse', family: 'Hermsen', birth: '21-07-1979', gender: 'female', bsn: validBsn(27182818) };
/** The e-mail address at intake, then as changed on this laptop and on the second one. */
const EMAIL_INTAKE = 'ilse.hermsen@example.nl';
const EMAIL_HERE = 'i.hermsen@werk.example.nl';
const EMAIL_OTHER = 'ilse@thuis.example.nl';

/** Adds a jobcoach on the server with the CLI that scripts/e2e.sh uses for its coach. */
function addCoach() {
  const server = join(dirname(appBinary()), 'werkpad-server');
  execFileSync(server, ['user', 'add', COACH_USER, '--role', 'jobcoach', '--display-name', COACH_NAME, '--password-stdin'], {
    input: COACH_PASSWORD,
    env: { ...process.env, DATABASE_URL },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
}

/** One request of the sync API (crates/server/src/api.rs), as a laptop makes it. */
async function api(path, body, token = null) {
  const headers = { 'content-type': 'application/json', 'werkpad-protocol': PROTOCOL };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${SERVER}/api/v1/${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`POST /api/v1/${path}: HTTP ${res.status} ${json?.code ?? ''}`);
  return json;
}

/** The second laptop: a new device id, logged in as the same coach (LoginRequest). */
async function secondLaptop() {
  const deviceId = randomUUID();
  const login = await api('login', {
    user_name: COACH_USER,
    password: COACH_PASSWORD,
    device_id: deviceId,
    device_name: 'Tweede laptop (e2e)',
  });
  assert.equal(login.device_id, deviceId, 'the server registered the second laptop');
  return { deviceId, token: login.access_token };
}

/** Every record the laptop may see, pulled from cursor 0 (PullRequest pages). */
async function pullAll({ deviceId, token }) {
  const changes = [];
  let cursor = 0;
  for (;;) {
    const page = await api('pull', { device_id: deviceId, cursor, limit: 5000 }, token);
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.more) return changes;
  }
}

/** The resident's record on the server: [version, e-mail]. */
function residentOnServer(residentId) {
  const rows = psql(`SELECT version, coalesce(doc->>'email', '') FROM records WHERE entity = 'resident' AND id = :'rid' AND NOT deleted`, {
    rid: residentId,
  });
  assert.equal(rows.length, 1, 'the server has the resident');
  return [Number(rows[0][0]), rows[0][1]];
}

const textOf = (browser, testId) =>
  browser.execute((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null, testId);

test(
  'sync conflicts: the same field changed on two laptops becomes a conflict, resolved in the inbox, resolved on the server',
  { skip: SERVER ? false : 'WERKPAD_E2E_SERVER is not set: run the suite with scripts/e2e.sh, which starts a werkpad-server' },
  async () => {
    assert.ok(DATABASE_URL, 'scripts/e2e.sh sets the server database too');
    addCoach();
    const found = new Map();
    await withApp('sync-conflicts', async (app) => {
      const { browser } = app;
      const check = async (screen) => found.set(screen, await axeCheck(browser, screen));
      await createStore(browser, COACH_NAME);

      // Instellingen: connect this laptop to the server; the first round starts by itself.
      await click(browser, 'nav-settings');
      await byTestId(browser, 'server-login');
      await fill(browser, 'server-url', SERVER);
      await fill(browser, 'server-user', COACH_USER);
      await fill(browser, 'server-password', COACH_PASSWORD);
      await click(browser, 'server-login-submit');
      await waitForText(browser, 'server-notice', text('server-connected'));
      await waitForText(browser, 'status-connection', text('sync-online'), SYNC_TIMEOUT);

      // Intake with an e-mail address (step 2), then sync: the resident is on the server.
      await click(browser, 'nav-intake');
      await byTestId(browser, 'intake-name-given_names');
      await fillPerson(browser, RESIDENT);
      await nextStep(browser, 2);
      await fill(browser, 'intake-email', EMAIL_INTAKE);
      await finishIntake(browser, RESIDENT);
      await click(browser, 'nav-caseload');
      const residentId = await waitFor(
        browser,
        async () => browser.execute(() => document.querySelector('[data-testid="caseload-row"]')?.getAttribute('data-resident-id') ?? null),
        'the resident is in the caseload',
      );
      await syncNow(browser);
      const [intakeVersion, intakeEmail] = residentOnServer(residentId);
      assert.equal(intakeEmail, EMAIL_INTAKE, 'the intake reached the server with its e-mail address');

      // This laptop changes the e-mail address in Persoonsgegevens and sends it.
      await click(browser, 'caseload-open');
      await waitForText(browser, 'file-title', `${RESIDENT.given} ${RESIDENT.family}`);
      await click(browser, 'tab-personal');
      await click(browser, 'personal-edit');
      await fill(browser, 'edit-email', EMAIL_HERE);
      await click(browser, 'edit-save');
      await byTestId(browser, 'personal-edit');
      await waitFor(
        browser,
        async () => browser.execute((s) => document.body.innerText.includes(s), text('personal-saved')),
        'the personal data were not saved',
      );
      await syncNow(browser);
      const [editedVersion, editedEmail] = residentOnServer(residentId);
      assert.equal(editedEmail, EMAIL_HERE, "this laptop's change is on the server");
      assert.ok(editedVersion > intakeVersion, 'as a newer version of the resident');

      // The second laptop, which last saw the intake's version, changes the same field.
      const other = await secondLaptop();
      const pushed = await api(
        'push',
        {
          device_id: other.deviceId,
          mutations: [
            {
              seq: 1,
              entity: 'resident',
              entity_id: residentId,
              resident_id: residentId,
              op: 'update',
              fields: { email: EMAIL_OTHER },
              base_version: intakeVersion,
              purpose: 'guidance',
              made_at: new Date().toISOString(),
            },
          ],
        },
        other.token,
      );
      const [result] = pushed.results;
      assert.equal(result.outcome, 'conflict', `the server kept the second change as a conflict (outcome ${result.outcome})`);
      assert.deepEqual(result.fields, ['email'], 'about the e-mail address');
      assert.equal(result.conflict_ids.length, 1, 'one conflict record');
      const conflictId = result.conflict_ids[0];
      assert.equal(residentOnServer(residentId)[1], EMAIL_HERE, 'until someone chooses, the server keeps the value it had');

      // This laptop pulls the conflict: the status bar offers it, the inbox shows both values.
      await syncNow(browser);
      await waitForText(browser, 'status-conflicts', text('sync-conflicts-link', { count: 1 }));
      await click(browser, 'status-conflicts');
      await waitForText(browser, 'conflicts-count', text('conflicts-count', { count: 1 }));
      const item = await byTestId(browser, 'conflict');
      const itemText = await item.getText();
      assert.ok(itemText.includes(`${RESIDENT.given} ${RESIDENT.family}`), "the conflict names the resident");
      assert.ok(
        itemText.includes(text('conflicts-what', { record: text('entity-resident'), field: text('sync-field-email') })),
        'and the field: the e-mail address of the resident',
      );
      // The change that ran into the conflict is the second laptop's: the inbox says so
      // (not "Uw waarde"), and the value on the server is this laptop's own edit.
      assert.equal(await textOf(browser, 'conflict-mine'), EMAIL_OTHER, 'the other device’s value');
      assert.equal(await textOf(browser, 'conflict-theirs'), EMAIL_HERE, 'the value on the server');
      assert.ok(itemText.includes(text('conflicts-other-device')), 'labelled as another device’s value');
      assert.ok(!itemText.includes(text('conflicts-mine')), 'not as this laptop’s own value');
      await check('conflict inbox: one conflict');
      await screenshot(browser, '16-conflict-inbox.png');

      // Keep the second laptop's value.
      const choice = 'mine';
      const keep = await byTestId(browser, 'conflict-keep-mine');
      assert.equal(await keep.getText(), text('conflicts-keep-other-device'));
      await keep.click();
      await waitForText(browser, 'conflicts-resolved', text('conflicts-resolved'));
      await waitForText(browser, 'conflicts-empty', text('conflicts-empty'));
      await browser.$('[data-testid="status-conflicts"]').waitForExist({ reverse: true, timeout: SYNC_TIMEOUT });
      await check('conflict inbox: resolved');
      await syncNow(browser);

      // The server holds the chosen value, and the conflict record is resolved.
      assert.equal(residentOnServer(residentId)[1], EMAIL_OTHER, 'the server has the value the coach chose');
      const conflicts = psql(
        `SELECT resident_id, doc->>'field', doc->>'status', doc->>'resolution' FROM records WHERE entity = 'conflict' AND id = :'cid'`,
        { cid: conflictId },
      );
      assert.deepEqual(conflicts, [[residentId, 'email', 'resolved', choice]], 'the conflict record is resolved, with the choice');

      // The second laptop pulls both: the chosen value and the resolved conflict.
      const changes = await pullAll(other);
      const resident = changes.find((c) => c.entity === 'resident' && c.entity_id === residentId);
      assert.equal(resident?.doc?.email, EMAIL_OTHER, 'the second laptop receives the chosen value');
      const conflict = changes.find((c) => c.entity === 'conflict' && c.entity_id === conflictId);
      assert.equal(conflict?.doc?.status, 'resolved', 'and the conflict as resolved');

      // And this laptop's file shows it too.
      await click(browser, 'nav-caseload');
      await click(browser, 'caseload-open');
      await click(browser, 'tab-personal');
      await waitFor(
        browser,
        async () => browser.execute((s) => document.body.innerText.includes(s), EMAIL_OTHER),
        'the file does not show the chosen e-mail address',
      );
    });

    assertNoSeriousViolations(found);
  },
);
