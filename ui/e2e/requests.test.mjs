// Requests to other parties in the real app (issue 23): the coach opens the Verzoeken tab,
// drafts a request to UWV (refused first without the four criteria and a motivation),
// sends it (a due day 8 weeks on appears), drafts a referral to debt counselling and tries
// to send it without the resident's consent: the refusal shows at the consent field.
// axe-core checks each screen; the screenshot goes to docs/screenshots.

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
  tick,
  waitFor,
  waitForText,
  withApp,
} from './support.mjs';

const CRITERIA = ['task-in-organisation', 'basic-skills', 'one-hour-at-a-stretch', 'four-hours-a-day'];

/** The test id of the first element inside `scope` whose test id ends with `suffix`. */
async function testIdIn(browser, scope, suffix) {
  return waitFor(
    browser,
    async () =>
      browser.execute(
        (s, x) => document.querySelector(`[data-testid="${s}"] [data-testid$="${x}"]`)?.getAttribute('data-testid') ?? null,
        scope,
        suffix,
      ),
    `no ${suffix} in ${scope}`,
  );
}

async function errorText(browser, id) {
  return browser.execute((x) => document.getElementById(x)?.textContent ?? '', id);
}

test('requests: a UWV request drafted and sent; a referral without consent is refused at the consent field', async () => {
  const found = new Map();
  await withApp('requests', async (app) => {
    const { browser } = app;
    const check = async (screen) => found.set(screen, await axeCheck(browser, screen));
    await createStore(browser);
    await addResident(browser, CAGLAR);

    await click(browser, 'tab-requests');
    await waitForText(browser, 'uwv-empty', text('uwv-empty'));
    await check('resident file: requests (empty)');

    // A request to UWV: refused without criteria and motivation, then stored as a draft.
    await click(browser, 'uwv-new');
    await choose(browser, 'uwv-kind', 'wajong');
    await click(browser, 'uwv-save');
    await byTestId(browser, 'uwv-error-summary');
    await waitFor(
      browser,
      async () => (await errorText(browser, 'uwv-motivation-error')) === text('error-required'),
      'the backend did not say the motivation is missing',
    );
    await check('resident file: UWV request (errors)');
    for (const c of CRITERIA) {
      await tick(browser, `uwv-${c}-view-yes`);
      await fill(browser, `uwv-${c}-explanation`, 'Gezien op de leerwerkplek in de kwekerij.');
    }
    await fill(browser, 'uwv-motivation', 'Werkt met veel begeleiding; het UWV moet het arbeidsvermogen beoordelen.');
    await click(browser, 'uwv-save');
    await waitForText(browser, 'requests-notice', text('request-notice-saved'));
    await waitForText(browser, 'uwv-item-status', text('request-status-drafted'));

    // Sent: no health report goes along, so no consent is needed; the due day appears.
    await click(browser, await testIdIn(browser, 'uwv-item', '-send'));
    await waitForText(browser, 'uwv-item-status', text('request-status-sent'));
    const due = await (await byTestId(browser, 'uwv-item-due')).getText();
    assert.match(due, /^\d{2}-\d{2}-\d{4}$/, 'the due day is a date, not yet overdue');
    await check('resident file: UWV request sent');

    // A referral: health is never offered; sending without consent is refused.
    await click(browser, 'ref-new');
    assert.equal(await browser.execute(() => document.querySelector('[data-testid="ref-shared-health"]') === null), true, 'health is not offered');
    await choose(browser, 'ref-domain', 'schuldhulpverlening');
    await fill(browser, 'ref-organisation', 'Schuldhulp Arnhem');
    await fill(browser, 'ref-reason', 'Achterstand bij de energieleverancier.');
    await tick(browser, 'ref-shared-name');
    await tick(browser, 'ref-shared-phone');
    await fill(browser, 'ref-shared-why', 'Om een eerste afspraak te maken.');
    await click(browser, 'ref-save');
    await byTestId(browser, 'ref-item');
    await click(browser, await testIdIn(browser, 'ref-item', '-send'));
    await byTestId(browser, 'ref-form');
    await waitFor(
      browser,
      async () => (await errorText(browser, 'ref-consent-error')) === text('error-consent-required'),
      'the refusal for lack of consent is not shown at the consent field',
    );
    await check('resident file: referral refused without consent');
    await click(browser, 'ref-cancel');
    await screenshot(browser, '23-requests.png', 'tab-requests');
  });
  assertNoSeriousViolations(found);
});
