// Ending a traject as "afgebroken" keeps the file for six weeks: the Traject tab shows the
// date 42 days after the end date, written dd-mm-jjjj.

import assert from 'node:assert/strict';
import test from 'node:test';
import {
  CAGLAR,
  addDays,
  addResident,
  byTestId,
  click,
  createStore,
  dutchDate,
  fill,
  screenshot,
  text,
  tick,
  waitForText,
  withApp,
} from './support.mjs';

test('retention: an aborted traject is kept until 42 days after its end', async () => {
  await withApp('retention', async (app) => {
    const { browser } = app;
    await createStore(browser);
    await addResident(browser, CAGLAR);

    await click(browser, 'tab-traject');
    await click(browser, 'traject-end-open');
    const today = new Date();
    await tick(browser, 'traject-end-reason-afgebroken');
    await fill(browser, 'traject-end-date', dutchDate(today));
    await fill(
      browser,
      'traject-end-reasoning',
      'De inwoner is verhuisd naar een andere gemeente; de begeleiding stopt.',
    );
    await click(browser, 'traject-end-submit');

    const expected = dutchDate(addDays(today, 42));
    const shown = await waitForText(browser, 'traject-retention', expected);
    assert.equal(shown, text('traject-retention', { date: expected }));
    assert.match(expected, /^\d{2}-\d{2}-\d{4}$/);
    assert.equal(
      await (await byTestId(browser, 'traject-end-reason')).getText(),
      text('end-reason-afgebroken'),
    );
    assert.equal(await (await byTestId(browser, 'traject-ended-on')).getText(), dutchDate(today));
    assert.equal(
      await browser.$('[data-testid="traject-end-open"]').isExisting(),
      false,
      'an ended traject cannot be ended again',
    );
    await screenshot(browser, '06-traject-ended.png');
  });
});
