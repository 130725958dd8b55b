// axe-core (WCAG 2.0/2.1, A and AA) on every main screen of the real webview, with the
// screenshots of those screens for docs/screenshots. Every violation is printed; the test
// fails on violations of impact serious or critical.

import assert from 'node:assert/strict';
import test from 'node:test';
import {
  assertNoSeriousViolations,
  CAGLAR,
  addResident,
  axeCheck,
  byTestId,
  choose,
  click,
  createStore,
  fill,
  screenshot,
  text,
  unlock,
  validBsn,
  waitFor,
  waitForRows,
  waitForText,
  withApp,
} from './support.mjs';

const RESIDENTS = [
  {
    ...CAGLAR,
    health: {
      necessity: 'Nodig om passend werk te zoeken: de inwoner kan niet lang staan.',
      summary: 'Rugklachten; zittend werk gaat goed, maximaal 4 uur per dag.',
    },
  },
  {
    given: 'Anouk',
    family: 'de Jong',
    birth: '03-11-1994',
    gender: 'female',
    bsn: validBsn(23456781),
    street: 'Jansbinnensingel',
    number: '4',
    postcode: '6811 AN',
    woonplaats: 'Arnhem',
  },
  {
    given: 'Mohamed',
    family: 'El Amrani',
    birth: '21-07-1985',
    gender: 'male',
    bsn: validBsn(34567812),
    street: 'Velperweg',
    number: '101',
    postcode: '6824 HH',
    woonplaats: 'Arnhem',
  },
];

test('a11y: no serious or critical axe violations on the main screens', async () => {
  /** screen → violations (all impacts) */
  const found = new Map();
  await withApp('a11y', async (app) => {
    const { browser } = app;
    const check = async (screen) => found.set(screen, await axeCheck(browser, screen));

    await byTestId(browser, 'firstrun-coach');
    await check('first start');
    await screenshot(browser, '01-first-start.png');

    await createStore(browser);
    for (const r of RESIDENTS) await addResident(browser, r);

    await click(browser, 'nav-caseload');
    await waitForRows(browser, RESIDENTS.length);
    await check('caseload');
    await screenshot(browser, '03-caseload.png');

    // Intake step 1 with every error shown: "Volgende" on an empty form.
    await click(browser, 'nav-intake');
    await byTestId(browser, 'intake-name-given_names');
    await click(browser, 'intake-next');
    await waitForText(browser, 'intake-error-summary', text('error-required'));
    await check('intake step 1 with errors');

    // The resident file, tab by tab (Öztürk has health data).
    await click(browser, 'nav-caseload');
    await fill(browser, 'caseload-search', 'ozturk');
    await waitForRows(browser, 1);
    await click(browser, 'caseload-open');
    await waitForText(browser, 'file-title', 'Öztürk');
    await check('resident file: personal');
    await screenshot(browser, '05-resident-file.png');
    // A request about the resident's data, recorded through the real backend: the form
    // with a missing summary (the backend's error), then saved with its deadline.
    await click(browser, 'rights-add');
    await choose(browser, 'rights-kind', 'erasure');
    await click(browser, 'rights-save');
    await waitFor(
      browser,
      async () => (await browser.execute(() => document.getElementById('rights-summary-error')?.textContent ?? '')).includes(text('error-required')),
      'the backend did not say the summary is missing',
    );
    await check('resident file: request about data (error)');
    await fill(browser, 'rights-summary', 'Wil dat het oude adres gewist wordt.');
    await click(browser, 'rights-save');
    await byTestId(browser, 'rights-request');
    await check('resident file: requests about data');
    await screenshot(browser, '17-rights-requests.png', 'rights');
    for (const tab of ['traject', 'reports', 'plan', 'appointments']) {
      await click(browser, `tab-${tab}`);
      await waitFor(
        browser,
        async () => (await (await byTestId(browser, `tab-${tab}`)).getAttribute('aria-selected')) === 'true',
        `tab ${tab} did not open`,
      );
      await check(`resident file: ${tab}`);
    }
    await click(browser, 'tab-health');
    await byTestId(browser, 'health-purpose');
    await check('resident file: health (asking why)');
    await choose(browser, 'health-purpose', 'matching');
    await fill(browser, 'health-reason', 'Passend werk zoeken bij een werkgever in Arnhem.');
    await click(browser, 'health-show');
    await byTestId(browser, 'health-record');
    await check('resident file: health (records shown)');
    await screenshot(browser, '07-health.png');

    await click(browser, 'nav-settings');
    await byTestId(browser, 'settings-locale');
    await check('settings');
    await screenshot(browser, '08-settings.png');

    // Lock: the unlock screen, plain and after a wrong passphrase.
    await click(browser, 'lock-button');
    await byTestId(browser, 'unlock-passphrase');
    await check('unlock');
    await screenshot(browser, '02-unlock.png');
    await fill(browser, 'unlock-passphrase', 'niet-het-goede-wachtwoord');
    await click(browser, 'unlock-submit');
    await byTestId(browser, 'unlock-error');
    await check('unlock with error');
    await unlock(browser);
  });

  assertNoSeriousViolations(found);
});

// The check is only worth something if axe can fail in this webview: a page with a nameless
// image and pale text must be flagged.
test('a11y: axe in the webview flags a broken page', async () => {
  await withApp('a11y-canary', async (app) => {
    const { browser } = app;
    await byTestId(browser, 'firstrun-coach');
    await browser.execute(() => {
      const box = document.createElement('div');
      box.id = 'axe-canary';
      box.innerHTML =
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20">' +
        '<p style="color:#d8d8d8;background:#fff">Slecht leesbare tekst</p>';
      document.querySelector('main')?.append(box);
    });
    const ids = (await axeCheck(browser, 'canary (broken on purpose)')).map((v) => v.id);
    assert.ok(ids.includes('image-alt'), `image-alt not found in ${ids.join(', ')}`);
    assert.ok(ids.includes('color-contrast'), `color-contrast not found in ${ids.join(', ')}`);
  });
});
