// Werk zoeken met de server: the coach connects the laptop to a real werkpad-server
// (started by scripts/e2e.sh on a temporary PostgreSQL database, with the demo reference
// data of assets/reference), receives the occupations and postcode areas by sync, takes in
// a resident, adds an employer with two workplaces whose occupations are picked through the
// occupation search, gives the resident a search profile with a wished occupation, sees the
// matching workplace first with its reasons (now including the travel distance between the
// postcode areas), places the resident and syncs. The placement, the workplace and the
// caseload are then checked in the server's own database. axe-core checks the settings
// screen (login and reference data) and the matches.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import {
  assertNoSeriousViolations,
  CAGLAR,
  COACH,
  addDays,
  addResident,
  axeCheck,
  byTestId,
  choose,
  click,
  createStore,
  dutchDate,
  fill,
  psql,
  sel,
  TIMEOUT,
  screenshot,
  SYNC_TIMEOUT,
  syncNow,
  text,
  tick,
  waitFor,
  waitForText,
  withApp,
} from './support.mjs';

const SERVER = process.env.WERKPAD_E2E_SERVER;
const USER = process.env.WERKPAD_E2E_USER;
const PASSWORD = process.env.WERKPAD_E2E_PASSWORD;
const DATABASE_URL = process.env.WERKPAD_E2E_DATABASE_URL;

const EMPLOYER = 'Logistiek Centrum Rijnpoort';
/** The heftruck workplace lies in 6811, the resident lives in 6828: a few km apart. */
const FORKLIFT = {
  title: 'Heftruckchauffeur expeditie',
  query: 'heftruck',
  occupation: 'heftruckchauffeur',
  postcode: '6811 AN',
  place: 'Arnhem',
};
/** A bakery job in Nijmegen (6511): an occupation the resident does not want, farther away. */
const BAKERY = {
  title: 'Hulp in de bakkerij',
  query: 'bakker',
  occupation: 'bakker',
  postcode: '6511 AA',
  place: 'Nijmegen',
};
const REASONING = 'Wil graag heftruck rijden en woont dichtbij; de werkplek heeft een vaste buddy.';

/** The centroid of each demo postcode area, from the fixture the server imported. */
function pc4Centroids() {
  const csv = readFileSync(new URL('../../assets/reference/demo-pc4.csv', import.meta.url), 'utf8');
  const out = new Map();
  for (const line of csv.split('\n').slice(1)) {
    const [pc4, , lat, lon] = line.trim().split(',');
    if (pc4) out.set(pc4, { lat: Number(lat), lon: Number(lon) });
  }
  return out;
}

/** Great-circle distance in km between two postcode areas' centroids. */
function km(a, b) {
  const rad = (d) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** The texts of the elements with this test id, in page order. */
async function textsOf(browser, testId, within = 'body') {
  return browser.execute(
    (scope, id) => [...(document.querySelector(scope)?.querySelectorAll(`[data-testid="${id}"]`) ?? [])].map((e) => e.textContent ?? ''),
    within,
    testId,
  );
}

/**
 * Types `query` into the occupation search with this test id and picks the hit whose label
 * is `label` (a synonym may be shown after it), then checks it is listed as chosen.
 */
async function pickOccupation(browser, testId, query, label) {
  await fill(browser, `${testId}-search`, query);
  const index = await waitFor(
    browser,
    async () => {
      const hits = await textsOf(browser, `${testId}-hit`);
      const i = hits.findIndex((h) => h === label || h.startsWith(`${label} `));
      return i >= 0 ? i + 1 : null;
    },
    `the occupation search for "${query}" did not offer ${label}`,
  );
  const hit = (await browser.$$(`[data-testid="${testId}-hit"]`))[index - 1];
  await hit.scrollIntoView({ block: 'center' });
  await hit.click();
  await waitForText(browser, `${testId}-chosen`, label);
}

async function addWorkplace(browser, w) {
  await click(browser, 'workplace-new');
  await fill(browser, 'workplace-title', w.title);
  await choose(browser, 'workplace-kind', 'regulier');
  await pickOccupation(browser, 'workplace-occupation', w.query, w.occupation);
  await fill(browser, 'workplace-hours', '24');
  for (const day of ['mon', 'tue', 'wed']) await tick(browser, `workplace-days-${day}`);
  await fill(browser, 'workplace-postcode', w.postcode);
  await fill(browser, 'workplace-place', w.place);
  await choose(browser, 'workplace-physical', 'middel');
  await choose(browser, 'workplace-mental', 'licht');
  await tick(browser, 'workplace-support-buddy');
  await click(browser, 'workplace-save');
  return waitFor(
    browser,
    async () =>
      browser.execute(
        (title) =>
          [...document.querySelectorAll('[data-testid="workplace-item"]')]
            .find((li) => li.querySelector('h3')?.textContent === title)
            ?.getAttribute('data-workplace-id') ?? null,
        w.title,
      ),
    `workplace ${w.title} was not listed`,
  );
}

/** Instellingen, opened afresh (the reference releases are read when the screen opens). */
async function openSettings(browser) {
  await click(browser, 'nav-caseload');
  await browser.$(sel('reference-releases')).waitForExist({ reverse: true, timeout: TIMEOUT });
  await click(browser, 'nav-settings');
  await byTestId(browser, 'reference-releases');
}

test(
  'sync and matching: reference data from the server, occupation search, matches with travel distance, a placement on the server',
  { skip: SERVER ? false : 'WERKPAD_E2E_SERVER is not set: run the suite with scripts/e2e.sh, which starts a werkpad-server' },
  async () => {
    assert.ok(USER && PASSWORD && DATABASE_URL, 'scripts/e2e.sh sets the server user, password and database too');
    const found = new Map();
    await withApp('sync-matching', async (app) => {
      const { browser } = app;
      const check = async (screen) => found.set(screen, await axeCheck(browser, screen));
      await createStore(browser);

      // Instellingen: no reference data yet; connect to the server.
      await click(browser, 'nav-settings');
      await waitForText(browser, 'reference-empty', text('reference-empty'));
      await byTestId(browser, 'server-login');
      await fill(browser, 'server-url', SERVER);
      await fill(browser, 'server-user', USER);
      await fill(browser, 'server-password', PASSWORD);
      await check('settings: server login');
      await click(browser, 'server-login-submit');
      await waitForText(browser, 'server-notice', text('server-connected'));
      await waitForText(browser, 'server-connected-url', SERVER);

      // The first sync starts by itself and brings the three reference datasets.
      const releases = await waitFor(
        browser,
        async () => {
          await openSettings(browser);
          const rows = await textsOf(browser, 'reference-row');
          return rows.length === 3 ? rows : null;
        },
        'the reference data did not arrive from the server',
        SYNC_TIMEOUT,
      );
      for (const [dataset, release] of [
        ['reference-dataset-esco-occupations', 'Demo ESCO'],
        ['reference-dataset-isco-groups', 'Demo ISCO-08'],
        ['reference-dataset-pc4', 'Demo PC4'],
      ]) {
        assert.ok(
          releases.some((r) => r.includes(text(dataset)) && r.includes(release)),
          `Instellingen lists ${release} as the release of ${text(dataset)} (rows: ${releases.join(' | ')})`,
        );
      }
      await waitForText(browser, 'status-connection', text('sync-online'), SYNC_TIMEOUT);
      await check('settings: connected, reference data');

      // A resident taken in on this laptop (6828 AB): after sync, in this coach's caseload.
      await addResident(browser, CAGLAR);
      await click(browser, 'nav-caseload');
      const residentId = await waitFor(
        browser,
        async () => browser.execute(() => document.querySelector('[data-testid="caseload-row"]')?.getAttribute('data-resident-id') ?? null),
        'the resident is in the caseload',
      );

      // Werkgevers: an employer with a forklift workplace nearby and a bakery job farther away,
      // their occupations picked through the occupation search.
      await click(browser, 'nav-employers');
      await click(browser, 'employer-new');
      await fill(browser, 'employer-name', EMPLOYER);
      await fill(browser, 'employer-kvk', '12345678');
      await fill(browser, 'employer-street', 'Westervoortsedijk');
      await fill(browser, 'employer-house-number', '73');
      await fill(browser, 'employer-postcode', FORKLIFT.postcode);
      await fill(browser, 'employer-woonplaats', FORKLIFT.place);
      await click(browser, 'employer-save');
      await waitForText(browser, 'employer-title', EMPLOYER);
      const forkliftId = await addWorkplace(browser, FORKLIFT);
      await addWorkplace(browser, BAKERY);

      // The resident's Werk tab: a search profile that wishes the forklift occupation.
      await click(browser, 'nav-caseload');
      await click(browser, 'caseload-open');
      await waitForText(browser, 'file-title', `${CAGLAR.given} ${CAGLAR.family}`);
      await click(browser, 'tab-work');
      await byTestId(browser, 'profile-form');
      await pickOccupation(browser, 'profile-wished', FORKLIFT.query, FORKLIFT.occupation);
      await choose(browser, 'profile-physical', 'middel');
      await choose(browser, 'profile-mental', 'middel');
      await tick(browser, 'profile-support-buddy');
      await fill(browser, 'profile-max-km', '25');
      await click(browser, 'profile-save');
      await byTestId(browser, 'profile-edit');

      // Matches: the forklift workplace first, with the wished occupation and the distance
      // between the postcode areas' centroids as reasons; the bakery after it.
      const items = await waitFor(
        browser,
        async () => {
          const t = await textsOf(browser, 'match-item', '[data-testid="matches-fitting"]');
          return t.length === 2 && t[0].includes(FORKLIFT.title) ? t : null;
        },
        'the forklift workplace is the first of two fitting matches',
        SYNC_TIMEOUT,
      );
      assert.ok(items[1].includes(BAKERY.title), 'the bakery job is the second match');
      assert.equal(
        (await browser.$$('[data-testid="match-basis-no-postcodes"]')).length,
        0,
        'with the postcode areas from the server the screen no longer says travel is unknown',
      );
      const first = await browser.$('[data-testid="matches-fitting"] [data-testid="match-item"]');
      const reasons = await browser.execute(
        (li) => [...li.querySelectorAll('[data-testid="match-reason-text"]')].map((e) => e.textContent ?? ''),
        first,
      );
      assert.ok(reasons.includes(text('match-occupation-wish')), `the wished occupation is a reason (reasons: ${reasons.join(' | ')})`);
      assert.ok(reasons.includes(text('match-support-available')), 'the buddy the resident needs is offered');
      assert.ok(!reasons.includes(text('match-travel-unknown')), 'the travel distance is known');
      const travel = new RegExp(
        `^${text('match-travel-km', { km: '@KM@' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('@KM@', '(\\d+(?:,\\d)?)')}$`,
      );
      const travelReason = reasons.find((r) => travel.test(r));
      assert.ok(travelReason, `a travel-distance reason in km (reasons: ${reasons.join(' | ')})`);
      const shownKm = Number(travel.exec(travelReason)[1].replace(',', '.'));
      const centroids = pc4Centroids();
      const expectedKm = km(centroids.get(CAGLAR.postcode.slice(0, 4)), centroids.get(FORKLIFT.postcode.slice(0, 4)));
      assert.ok(
        Math.abs(shownKm - expectedKm) <= 0.2,
        `the distance is the one between the centroids of ${CAGLAR.postcode.slice(0, 4)} and ${FORKLIFT.postcode.slice(0, 4)} (shown ${shownKm} km, about ${expectedKm.toFixed(2)} km)`,
      );
      const bakeryReasons = await browser.execute(
        (li) => [...li.querySelectorAll('[data-testid="match-reason-text"]')].map((e) => e.textContent ?? ''),
        (await browser.$$('[data-testid="matches-fitting"] [data-testid="match-item"]'))[1],
      );
      assert.ok(bakeryReasons.includes(text('match-occupation-unrelated')), 'the bakery job is not what the resident wants');
      assert.ok(bakeryReasons.some((r) => travel.test(r)), 'the bakery job has a travel distance too');
      await check('resident file: work, matches with travel distance');
      await screenshot(browser, '15-matches-with-travel.png', 'match-basis');

      // Place the resident in the forklift workplace, with the coach's reasoning.
      const place = await browser.$('[data-testid="matches-fitting"] [data-testid="match-item"] [data-testid="match-place"]');
      await place.scrollIntoView({ block: 'center' });
      await place.click();
      await waitForText(browser, 'placement-decider', text('placement-decided-by-coach', { coach: COACH }));
      const start = addDays(new Date(), 7);
      await fill(browser, 'placement-start', dutchDate(start));
      await choose(browser, 'placement-contract', 'proefplaatsing');
      await tick(browser, 'placement-job-coaching');
      await fill(browser, 'placement-follow-up', '4');
      await fill(browser, 'placement-reasoning', REASONING);
      await click(browser, 'placement-save');
      await waitForText(browser, 'placement-placed', text('placement-placed'));
      const item = await waitFor(browser, async () => (await textsOf(browser, 'placement-item'))[0] ?? null, 'the placement is listed');
      assert.ok(item.includes(text('placement-title', { workplace: FORKLIFT.title, employer: EMPLOYER })), 'workplace and employer');

      // Nu synchroniseren: nothing waits any more, and the server holds the placement.
      await syncNow(browser);

      const placements = psql(
        `SELECT id, doc->>'workplace_id', doc->'decision'->>'reasoning', doc->>'start'
           FROM records WHERE entity = 'placement' AND resident_id = :'rid' AND NOT deleted`,
        { rid: residentId },
      );
      assert.equal(placements.length, 1, `the server has the resident's one placement (rows: ${JSON.stringify(placements)})`);
      const [, workplaceOf, reasoning, startOn] = placements[0];
      assert.equal(workplaceOf, forkliftId, 'in the forklift workplace');
      assert.equal(reasoning, REASONING, "with the coach's reasoning");
      assert.equal(dutchDate(new Date(`${startOn}T12:00:00`)), dutchDate(start), 'starting on the day the coach entered');

      const workplaces = psql(
        `SELECT doc->>'title', doc->'occupation'->>'label', doc->>'postcode', resident_id IS NULL
           FROM records WHERE entity = 'workplace' AND id = :'wid' AND NOT deleted`,
        { wid: forkliftId },
      );
      assert.equal(workplaces.length, 1, 'the server has the workplace');
      assert.equal(workplaces[0][0], FORKLIFT.title, 'with its title');
      assert.equal(workplaces[0][1], FORKLIFT.occupation, 'and the occupation picked in the search');
      assert.equal(workplaces[0][3], 't', 'as a shared record, not tied to a resident');

      const caseload = psql(
        `SELECT count(*) FROM caseload c JOIN users u ON u.id = c.coach_id
          WHERE u.name = :'coach' AND c.resident_id = :'rid'`,
        { coach: USER, rid: residentId },
      );
      assert.equal(caseload[0][0], '1', "the intake put the resident in this coach's caseload on the server");
    });

    assertNoSeriousViolations(found);
  },
);
