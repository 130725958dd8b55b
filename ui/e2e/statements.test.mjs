// Verklaring 56+ in the real app: the coach enters the employment, sees the advice with its
// reasons, decides with reasoning, prints; the PDF waits in the private print folder, can
// be saved where the coach chooses, and is gone after "Vergrendelen".

import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import {
  CAGLAR,
  TIMEOUT,
  addResident,
  byTestId,
  choose,
  click,
  createStore,
  fill,
  screenshot,
  text,
  tick,
  waitFor,
  withApp,
} from './support.mjs';

const pdfsIn = (dir) => (existsSync(dir) ? readdirSync(dir) : []);

test('verklaring 56+: advice with reasons, a named decision, a PDF that leaves no trace after lock', async () => {
  const saveDir = process.env.WERKPAD_SAVE_DIR;
  assert.ok(saveDir, 'scripts/e2e.sh sets WERKPAD_SAVE_DIR instead of the native save dialog');
  await withApp('statements', async (app) => {
    const { browser, dir } = app;
    await createStore(browser);
    await addResident(browser, CAGLAR);
    await click(browser, 'tab-statements');

    await fill(browser, 'v56-employer-name', "Bakkerij d'Hondt-van der Meer B.V.");
    await fill(browser, 'v56-loonheffingennummer', '123456782L01');
    await fill(browser, 'v56-street', 'Ketelstraat');
    await fill(browser, 'v56-house-number', '12');
    await fill(browser, 'v56-postcode', '6811 AN');
    await fill(browser, 'v56-woonplaats', 'Arnhem');
    await fill(browser, 'v56-start-date', '03-03-2025');
    await fill(browser, 'v56-request-date', '10-03-2025');
    await choose(browser, 'v56-benefit', 'participatiewet');
    await tick(browser, 'v56-same-employer-no');
    await tick(browser, 'v56-job-kind-regular');
    await click(browser, 'v56-check');

    await waitFor(
      browser,
      async () => (await browser.$$('[data-testid="v56-check-item"]')).length === 7,
      'the advice lists all seven rules',
    );
    const items = await browser.$$('[data-testid="v56-check-item"]');
    assert.ok(
      (await items[1].getText()).includes(text('lkv56-rule-age')),
      'each rule is named by its Dutch label, not its machine name',
    );
    const reasons = await browser.$$('[data-testid="v56-check-reason"]');
    const age = await reasons[1].getText();
    assert.equal(
      age,
      text('lkv56-age-met', { start: '03-03-2025', age: '56' }),
      'born 12-03-1968, the resident is 56 on 03-03-2025 and the reason says so',
    );
    await screenshot(browser, '09-verklaring-56-advice.png', 'v56-advice');

    await tick(browser, 'v56-outcome-granted');
    await fill(browser, 'v56-reasoning', 'Voldoet aan alle voorwaarden; de werkgever vraagt de verklaring aan.');
    await click(browser, 'v56-decide');
    await byTestId(browser, 'v56-issue');
    await click(browser, 'v56-issue');

    const status = await browser.$('[data-testid^="decision-print-"][data-testid$="-status"]');
    await status.waitUntil(async () => (await status.getText()).includes('verklaring-56plus-V56-'), {
      timeout: TIMEOUT,
      timeoutMsg: 'the print status names the PDF',
    });
    const printDir = join(dir, 'print');
    const files = pdfsIn(printDir);
    assert.equal(files.length, 1, 'one PDF waits in the private print folder');
    assert.equal(
      readFileSync(join(printDir, files[0])).subarray(0, 5).toString(),
      '%PDF-',
      'it is a PDF',
    );
    const save = await browser.$('[data-testid^="decision-print-"][data-testid$="-save"]');
    await save.click();
    await waitFor(browser, async () => pdfsIn(saveDir).includes(files[0]), 'saved where chosen');
    await screenshot(browser, '10-verklaring-56-printed.png', 'v56-decision');

    await click(browser, 'lock-button');
    await byTestId(browser, 'unlock-passphrase');
    assert.deepEqual(pdfsIn(printDir), [], 'after lock no PDF with personal data remains');
  });
});
