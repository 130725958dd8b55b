// The satisfaction survey in the real app (issue 24): the coach opens Tevredenheidsonderzoek
// and hands the laptop over; the window shows only the survey (no navigation, no names):
// consent first, then one question per screen, answered with the number keys; the last
// screen thanks, and giving the laptop back locks the app. After unlocking, one answer
// waits for the sync. axe-core checks each screen (colour contrast included, which jsdom
// cannot); screenshots go to docs/screenshots.

import assert from 'node:assert/strict';
import test from 'node:test';
import {
  assertNoSeriousViolations,
  axeCheck,
  byTestId,
  click,
  createStore,
  screenshot,
  text,
  unlock,
  waitForText,
  withApp,
} from './support.mjs';

test('survey: handed over, answered with the keyboard, and the app locks', async () => {
  await withApp('24-survey', async ({ browser }) => {
    await createStore(browser);
    await click(browser, 'nav-survey');
    await byTestId(browser, 'survey-handover-start');
    const found = new Map();
    found.set('survey start', await axeCheck(browser, 'survey start'));

    await click(browser, 'survey-handover-start');
    await byTestId(browser, 'survey-consent');
    assert.equal(
      await browser.execute(() => document.querySelector('nav') === null && document.querySelector('header') === null),
      true,
      'nothing of the app around the survey while the resident holds the laptop',
    );
    found.set('survey consent', await axeCheck(browser, 'survey consent'));
    await screenshot(browser, '24-survey-consent.png');

    await click(browser, 'survey-consent-yes');
    await byTestId(browser, 'survey-score-5');
    found.set('survey question', await axeCheck(browser, 'survey question'));
    await screenshot(browser, '24-survey-question.png');
    for (const key of ['5', '4', '4', '3', '5']) await browser.keys([key]);
    await byTestId(browser, 'survey-done');
    found.set('survey thanks', await axeCheck(browser, 'survey thanks'));

    await click(browser, 'survey-give-back');
    await byTestId(browser, 'unlock-passphrase');
    await unlock(browser);
    await click(browser, 'nav-survey');
    await waitForText(browser, 'survey-pending', text('survey-pending', { count: 1 }));
    assertNoSeriousViolations(found);
  });
});
