// Loonwaarde, loonkostensubsidie and jobcoaching in the real app (issue 22): the coach places
// the resident, drafts a loonwaardebepaling at the workplace (the arithmetic shown while
// typing), saves the draft, records the assessor's signature; then decides on the LKS
// after seeing the calculation as advice, records a payment, plans job coaching with a new
// jobcoach organisation, records its progress report and approves the payment. axe-core
// checks each new screen; the screenshots go to docs/screenshots.

import assert from 'node:assert/strict';
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
  screenshot,
  text,
  tick,
  waitFor,
  waitForText,
  withApp,
} from './support.mjs';

const EMPLOYER = 'Bakkerij Rijn';
const WAREHOUSE = 'Medewerker magazijn';
const ASSESSOR = 'Anna Bakker';

/** The texts of the elements with this test id, in page order. */
async function textsOf(browser, testId) {
  return browser.execute(
    (id) => [...document.querySelectorAll(`[data-testid="${id}"]`)].map((e) => e.textContent ?? ''),
    testId,
  );
}

/** The value of the first option of select `testId` whose text contains `part`. */
async function optionValue(browser, testId, part) {
  return waitFor(
    browser,
    async () =>
      browser.execute(
        (id, p) =>
          [...document.querySelectorAll(`[data-testid="${id}"] option`)].find((o) => o.value && o.textContent.includes(p))?.value ?? null,
        testId,
        part,
      ),
    `${testId} has no option with "${part}"`,
  );
}

async function fillTask(browser, i, [name, share, tempo, quality, net]) {
  await fill(browser, `lw-task-${i}-name`, name);
  await fill(browser, `lw-task-${i}-share`, share);
  await fill(browser, `lw-task-${i}-tempo`, tempo);
  await fill(browser, `lw-task-${i}-quality`, quality);
  await fill(browser, `lw-task-${i}-net-time`, net);
}

test('loonwaarde: drafted at the workplace, signed; LKS decided by a person and paid; job coaching approved', async () => {
  const found = new Map();
  await withApp('loonwaarde', async (app) => {
    const { browser } = app;
    const check = async (screen) => found.set(screen, await axeCheck(browser, screen));
    const today = new Date();
    const start = addDays(today, -14);
    await createStore(browser);

    // An employer with a workplace.
    await click(browser, 'nav-employers');
    await click(browser, 'employer-new');
    await fill(browser, 'employer-name', EMPLOYER);
    await fill(browser, 'employer-street', 'Markt');
    await fill(browser, 'employer-house-number', '3');
    await fill(browser, 'employer-postcode', '6811 AB');
    await fill(browser, 'employer-woonplaats', 'Arnhem');
    await click(browser, 'employer-save');
    await waitForText(browser, 'employer-title', EMPLOYER);
    await click(browser, 'workplace-new');
    await fill(browser, 'workplace-title', WAREHOUSE);
    await choose(browser, 'workplace-kind', 'regulier');
    await fill(browser, 'workplace-hours', '24');
    await choose(browser, 'workplace-physical', 'licht');
    await choose(browser, 'workplace-mental', 'licht');
    await click(browser, 'workplace-save');
    await waitFor(browser, async () => (await textsOf(browser, 'workplace-item')).length === 1, 'the workplace is listed');
    await byTestId(browser, 'employer-lks-show');
    await check('employer page with the LKS section');

    // The resident, placed there (the coach's decision).
    await addResident(browser, CAGLAR);
    await click(browser, 'tab-work');
    await choose(browser, 'profile-physical', 'middel');
    await choose(browser, 'profile-mental', 'middel');
    await click(browser, 'profile-save');
    await byTestId(browser, 'profile-edit');
    await click(browser, 'match-place');
    await fill(browser, 'placement-start', dutchDate(start));
    await choose(browser, 'placement-contract', 'arbeidsovereenkomst');
    await fill(browser, 'placement-follow-up', '4');
    await fill(browser, 'placement-reasoning', 'Wil graag in een magazijn werken.');
    await click(browser, 'placement-save');
    await waitForText(browser, 'placement-placed', text('placement-placed'));

    // Loonwaarde: a draft at the workplace, the arithmetic while typing.
    await click(browser, 'tab-loonwaarde');
    await waitForText(browser, 'lw-empty', text('lw-empty'));
    await click(browser, 'lw-new');
    await choose(browser, 'lw-placement', await optionValue(browser, 'lw-placement', WAREHOUSE));
    assert.equal(await (await byTestId(browser, 'lw-worked-hours')).getValue(), '24', 'the placement fills in its hours');
    await fill(browser, 'lw-worked-hours', '24,5');
    await fill(browser, 'lw-fulltime-hours', '38');
    await fill(browser, 'lw-normfunctie', 'Orderpicker');
    await fill(browser, 'lw-actual-function', WAREHOUSE);
    await fill(browser, 'lw-visit-date', dutchDate(today));
    await tick(browser, 'lw-assessor-kind-staff');
    await fill(browser, 'lw-assessor-name', ASSESSOR);
    await fillTask(browser, 0, ['Orderpicken', '70', '90', '100', '95']);
    await click(browser, 'lw-tasks-add');
    await fillTask(browser, 1, ['Inpakken', '30', '80', '90', '100']);
    await fill(browser, 'lw-jobcoaching-hours', '8');
    await choose(browser, 'lw-jobcoaching-intensity', 'regular');
    await fill(browser, 'lw-jobcoaching-months', '6');
    // 70 % × 85,5 % + 30 % × 72 % = 59,85 + 21,6 = 81,45 → 81 %.
    await waitForText(browser, 'lw-preview-total', text('lw-preview-total', { percent: 81 }));
    const steps = await textsOf(browser, 'lw-preview-steps-step');
    assert.equal(steps.at(-1), text('loonwaarde-step-total', { sum: '81,45', percent: '81' }), 'the sum and its rounding are shown');
    await check('resident file: loonwaarde form');
    await screenshot(browser, '18-loonwaarde-form.png', 'lw-tasks-add');
    await click(browser, 'lw-save');
    await waitForText(browser, 'lw-notice', text('lw-saved'));
    await waitForText(browser, 'lw-item-status', text('lw-status-draft'));

    // The assessor signed: recorded with name and date.
    await click(browser, 'lw-sign');
    await fill(browser, 'lw-signed-by', ASSESSOR);
    await fill(browser, 'lw-signed-on', dutchDate(today));
    await click(browser, 'lw-sign-save');
    await waitForText(browser, 'lw-item-status', text('lw-status-signed'));
    assert.equal(
      (await textsOf(browser, 'lw-item-signed'))[0],
      text('lw-signed-line', { assessor: ASSESSOR, date: dutchDate(today), coach: COACH }),
    );
    await check('resident file: loonwaarde signed');
    await screenshot(browser, '19-loonwaarde-signed.png', 'lw-list');

    // Subsidies: the LKS estimate as advice, then the coach decides.
    await click(browser, 'tab-subsidies');
    await click(browser, 'lks-new');
    await choose(browser, 'lks-placement', await optionValue(browser, 'lks-placement', WAREHOUSE));
    await choose(browser, 'lks-loonwaarde', await optionValue(browser, 'lks-loonwaarde', '81 %'));
    await fill(browser, 'lks-starts-on', dutchDate(start));
    await waitFor(browser, async () => (await textsOf(browser, 'lks-advice-calc-total-step')).length === 1, 'the advice shows its total');
    await waitForText(browser, 'lks-decider', text('lks-decided-by-coach', { coach: COACH }));
    await tick(browser, 'lks-outcome-granted');
    await fill(browser, 'lks-reasoning', 'Vaste baan; de loonwaarde is 81 %.');
    await check('resident file: LKS decision with advice');
    await screenshot(browser, '20-lks-advice.png', 'lks-advice');
    await click(browser, 'lks-save');
    await waitForText(browser, 'subsidy-notice', text('subsidy-notice-decided'));
    await waitForText(browser, 'lks-item-outcome', text('lks-outcome-granted'));

    // A payment for the first two weeks with the hours actually worked.
    await click(browser, 'lks-pay-open');
    await fill(browser, 'lks-pay-from', dutchDate(start));
    await fill(browser, 'lks-pay-until', dutchDate(addDays(start, 13)));
    await fill(browser, 'lks-pay-hours', '46,5');
    await click(browser, 'lks-pay-save');
    await waitForText(browser, 'subsidy-notice', text('subsidy-notice-paid'));
    const payment = (await textsOf(browser, 'lks-payment'))[0] ?? '';
    assert.ok(payment.includes('46,5'), 'the hours worked, the Dutch way');
    assert.match(payment, /EUR \d{1,3}(\.\d{3})*,\d{2}/, 'amounts as EUR 1.234,56');

    // Job coaching: a new organisation, a period, its progress report, the approval.
    await click(browser, 'org-new');
    await fill(browser, 'org-name', 'Jobcoach Gelderland');
    await click(browser, 'org-save');
    await waitForText(browser, 'subsidy-notice', text('subsidy-notice-organisation'));
    await click(browser, 'jc-new');
    await choose(browser, 'jc-organisation', await optionValue(browser, 'jc-organisation', 'Jobcoach Gelderland'));
    await fill(browser, 'jc-period-from', dutchDate(start));
    await fill(browser, 'jc-period-until', dutchDate(addDays(start, 13)));
    await fill(browser, 'jc-hours', '4');
    await click(browser, 'jc-save');
    await waitForText(browser, 'subsidy-notice', text('subsidy-notice-planned'));
    await click(browser, 'jc-report-open');
    await fill(browser, 'jc-report-summary', 'Gaat goed. Werkt zelfstandig met de scanner.');
    await click(browser, 'jc-report-save');
    await waitForText(browser, 'jc-item-status', text('jc-status-reported'));
    await click(browser, 'jc-approve');
    await waitForText(browser, 'jc-item-status', text('jc-status-approved'));
    await check('resident file: subsidies');
    await screenshot(browser, '21-subsidies.png', 'lks-list');

    // The employer's page: the employee with LKS.
    await click(browser, 'nav-employers');
    await click(browser, 'employer-open');
    await click(browser, 'employer-lks-show');
    const rows = await waitFor(browser, async () => {
      const r = await textsOf(browser, 'employer-lks-row');
      return r.length === 1 ? r : null;
    }, 'the employee with LKS is listed');
    assert.ok(rows[0].includes(CAGLAR.family) && rows[0].includes('81 %'), 'name and loonwaarde');
    await check('employer page: LKS per employee');
    await screenshot(browser, '22-employer-lks.png', 'employer-lks');
  });

  assertNoSeriousViolations(found);
});
