// Werk zoeken en plaatsen in the real app: the coach adds an employer with two workplaces,
// sees the candidates of a workplace, fills in a resident's search profile, sees the
// matching workplaces with their reasons (without reference data: no travel distance, and
// the screen says so), places the resident, notes a follow-up contact and ends the
// placement, after which the file offers to look for a new one. axe-core checks each new
// screen.

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

const EMPLOYER = "Bakkerij d'Hondt";
const WAREHOUSE = 'Medewerker magazijn';
const BESCHUT = 'Inpakker beschut werk';

/** The texts of the elements with this test id, in page order. */
async function textsOf(browser, testId) {
  return browser.execute(
    (id) => [...document.querySelectorAll(`[data-testid="${id}"]`)].map((e) => e.textContent ?? ''),
    testId,
  );
}

async function addWorkplace(browser, w) {
  await click(browser, 'workplace-new');
  await fill(browser, 'workplace-title', w.title);
  await choose(browser, 'workplace-kind', w.kind);
  await fill(browser, 'workplace-hours', w.hours);
  for (const day of w.days) await tick(browser, `workplace-days-${day}`);
  await choose(browser, 'workplace-physical', w.physical);
  await choose(browser, 'workplace-mental', w.mental);
  for (const s of w.support) await tick(browser, `workplace-support-${s}`);
  await click(browser, 'workplace-save');
  await waitFor(
    browser,
    async () => (await textsOf(browser, 'workplace-item')).some((t) => t.includes(w.title)),
    `workplace ${w.title} was not listed`,
  );
}

test('matching: employer and workplaces, a search profile, ranked matches with reasons, a placement', async () => {
  const found = new Map();
  await withApp('matching', async (app) => {
    const { browser } = app;
    const check = async (screen) => found.set(screen, await axeCheck(browser, screen));
    await createStore(browser);
    await addResident(browser, CAGLAR);

    // Werkgevers: a new employer with a contact person.
    await click(browser, 'nav-employers');
    await byTestId(browser, 'employer-new');
    await check('employers (empty)');
    await click(browser, 'employer-new');
    await fill(browser, 'employer-name', EMPLOYER);
    await fill(browser, 'employer-kvk', '12345678');
    await fill(browser, 'employer-street', 'Ketelstraat');
    await fill(browser, 'employer-house-number', '12');
    await fill(browser, 'employer-postcode', '6811 AN');
    await fill(browser, 'employer-woonplaats', 'Arnhem');
    await click(browser, 'employer-contacts-add');
    await fill(browser, 'employer-contacts-0-name', 'Ahmed Yilmaz');
    await fill(browser, 'employer-contacts-0-role', 'Teamleider magazijn');
    await fill(browser, 'employer-contacts-0-phone', '0612345678');
    await check('employer form');
    await click(browser, 'employer-save');
    await waitForText(browser, 'employer-title', EMPLOYER);

    // Two workplaces: a regular one, and beschut werk (the resident has no indication).
    await addWorkplace(browser, {
      title: WAREHOUSE,
      kind: 'regulier',
      hours: '24',
      days: ['mon', 'tue', 'wed'],
      physical: 'middel',
      mental: 'licht',
      support: ['buddy'],
    });
    await addWorkplace(browser, {
      title: BESCHUT,
      kind: 'beschut',
      hours: '16',
      days: [],
      physical: 'licht',
      mental: 'licht',
      support: [],
    });
    await check('employer page with workplaces');
    await screenshot(browser, '11-employer-workplaces.png');

    await click(browser, 'employer-back');
    await waitFor(
      browser,
      async () => (await textsOf(browser, 'employer-workplace-count')).join() === '2',
      'the list counts the two workplaces',
    );
    await check('employers (one)');

    // Kandidaten for the warehouse: the resident of this laptop, with reasons.
    await click(browser, 'employer-open');
    await waitForText(browser, 'employer-title', EMPLOYER);
    // Workplaces are listed by title: pick the warehouse's button, not the first one.
    const warehouseId = await browser.execute(
      (title) =>
        [...document.querySelectorAll('[data-testid="workplace-item"]')]
          .find((li) => li.querySelector('h3')?.textContent === title)
          ?.getAttribute('data-workplace-id') ?? null,
      WAREHOUSE,
    );
    assert.ok(warehouseId, 'the warehouse is listed');
    const candidates = await browser.$(`[data-workplace-id="${warehouseId}"] [data-testid="workplace-candidates"]`);
    await candidates.scrollIntoView({ block: 'center' });
    await candidates.click();
    await waitForText(browser, 'candidates-title', text('candidates-title', { title: WAREHOUSE }));
    await waitFor(browser, async () => (await textsOf(browser, 'match-item')).length === 1, 'one candidate');
    assert.ok((await textsOf(browser, 'candidate-open'))[0].includes(CAGLAR.given), 'the candidate is the resident');
    await check('candidates of a workplace');

    // The resident's Werk tab: no profile yet, so the form is open.
    await click(browser, 'candidate-open');
    await waitForText(browser, 'file-title', `${CAGLAR.given} ${CAGLAR.family}`);
    await click(browser, 'tab-work');
    await byTestId(browser, 'profile-form');
    await waitForText(browser, 'match-basis-no-profile', text('match-basis-no-profile'));
    await choose(browser, 'profile-physical', 'middel');
    await choose(browser, 'profile-mental', 'middel');
    await tick(browser, 'profile-support-buddy');
    await fill(browser, 'profile-max-km', '25');
    await check('resident file: work, profile form');
    await click(browser, 'profile-save');
    await byTestId(browser, 'profile-edit');

    // Matches: the warehouse fits, beschut werk is shown last with its reason.
    await waitFor(
      browser,
      async () => (await browser.$$('[data-testid="match-basis-no-profile"]')).length === 0,
      'the basis note about the missing profile went away',
    );
    const fitting = await waitFor(
      browser,
      async () => {
        const t = await browser.execute(() => document.querySelector('[data-testid="matches-fitting"]')?.textContent ?? '');
        return t.includes(WAREHOUSE) ? t : null;
      },
      'the warehouse is among the fitting matches',
    );
    assert.ok(!fitting.includes(BESCHUT), 'beschut werk without an indication is not among the fitting ones');
    const excluded = await browser.execute(() => document.querySelector('[data-testid="matches-excluded"]')?.textContent ?? '');
    assert.ok(excluded.includes(text('match-excluded-title')), 'the excluded ones have their own heading');
    assert.ok(excluded.includes(BESCHUT), 'and are shown, not hidden');
    assert.ok(excluded.includes(text('match-excluded-no-beschut-indication')), 'with the reason in words');
    const reasons = await textsOf(browser, 'match-reason-text');
    assert.ok(reasons.includes(text('match-travel-unknown')), 'without postcode areas the distance is unknown');
    assert.ok(reasons.includes(text('match-support-available')), 'the buddy the resident needs is offered');
    await waitForText(browser, 'match-basis-no-postcodes', text('match-basis-no-postcodes'));
    await waitForText(browser, 'match-advice-note', text('match-advice-note'));
    const score = (await textsOf(browser, 'match-score'))[0];
    assert.match(score, /^Score: \d{1,3} van 100$/, 'the score reads "NN van 100"');
    await check('resident file: work, matches');
    await screenshot(browser, '12-work-matches.png', 'match-basis');

    // Place the resident: the decision is the coach's, recorded in her name.
    await click(browser, 'match-place');
    await waitForText(browser, 'placement-decider', text('placement-decided-by-coach', { coach: COACH }));
    // Started two weeks ago: a follow-up contact today lies within the placement.
    const today = new Date();
    const start = addDays(today, -14);
    await fill(browser, 'placement-start', dutchDate(start));
    await choose(browser, 'placement-contract', 'proefplaatsing');
    await tick(browser, 'placement-job-coaching');
    await fill(browser, 'placement-follow-up', '4');
    await fill(browser, 'placement-reasoning', 'Wil graag in een magazijn werken; een vaste collega helpt hem op weg.');
    await check('placement form');
    await click(browser, 'placement-save');
    await waitForText(browser, 'placement-placed', text('placement-placed'));

    const item = await waitFor(
      browser,
      async () => (await textsOf(browser, 'placement-item'))[0] ?? null,
      'the placement is listed',
    );
    assert.ok(item.includes(text('placement-title', { workplace: WAREHOUSE, employer: EMPLOYER })), 'workplace and employer');
    assert.ok(item.includes(dutchDate(start)), 'the first working day, dd-mm-jjjj');
    assert.ok(
      item.includes(text('placement-decision-by', { coach: COACH, date: dutchDate(today) })),
      'decided by the coach, today',
    );
    assert.equal(
      (await textsOf(browser, 'placement-follow-up'))[0],
      dutchDate(addDays(start, 28)),
      'the first follow-up is 4 weeks after the start, not yet due',
    );

    // A follow-up contact today: the next one is due 4 weeks from now.
    await click(browser, 'contact-add');
    await choose(browser, 'contact-with', 'employer');
    await fill(browser, 'contact-notes', 'Gaat goed. Werkt al zelfstandig met de scanner.');
    await check('resident file: work, contact form');
    await click(browser, 'contact-save');
    await waitFor(
      browser,
      async () => (await textsOf(browser, 'placement-contact')).length === 1,
      'the contact is listed',
    );
    await waitFor(
      browser,
      async () => (await textsOf(browser, 'placement-follow-up'))[0] === dutchDate(addDays(today, 28)),
      'the next follow-up moved to 4 weeks after the contact',
    );
    await check('resident file: work, placement');
    await screenshot(browser, '13-placement.png', 'placements');

    // The placement ends; the resident needs a new one: the file offers to look for it.
    await click(browser, 'placement-end-open');
    await choose(browser, 'end-reason', 'not_suitable');
    await tick(browser, 'end-replacement-yes');
    await check('resident file: work, end of placement');
    await click(browser, 'end-save');
    await byTestId(browser, 'placement-replace-offer');
    await waitForText(browser, 'placement-fact-end', text('placement-ended-on', { date: dutchDate(today) }));
    await screenshot(browser, '14-placement-ended.png', 'placements');
    await click(browser, 'placement-replace');
    await waitForText(
      browser,
      'matches-replacing',
      text('matches-replacing', { workplace: WAREHOUSE, employer: EMPLOYER }),
    );

    // Instellingen: which reference data this laptop has (none without a server).
    await click(browser, 'nav-settings');
    await waitForText(browser, 'reference-empty', text('reference-empty'));
  });

  assertNoSeriousViolations(found);
});
