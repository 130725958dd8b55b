// The first day with Werkpad on the real window: set up the store, take in a resident whose
// BSN is mistyped (nothing is stored), correct it, find the resident without typing the
// diacritics, close the app, and open it again with the passphrase.

import assert from 'node:assert/strict';
import test from 'node:test';
import {
  CAGLAR,
  COACH,
  PASSPHRASE,
  byTestId,
  click,
  createStore,
  fill,
  fillPerson,
  finishIntake,
  intakeStepTitle,
  nextStep,
  screenshot,
  text,
  unlock,
  waitFor,
  waitForRows,
  waitForText,
  withApp,
} from './support.mjs';

const BSN_WRONG = '123456789'; // fails the elfproef
const BSN_RIGHT = '123456782';

test('journey: first start, intake with a wrong BSN, search, restart, unlock', async () => {
  await withApp('journey', async (app) => {
    let { browser } = app;
    // First start: no store yet.
    await waitForText(browser, 'firstrun-submit', text('firstrun-submit'));
    await createStore(browser, COACH, PASSPHRASE);
    await waitForRows(browser, 0, 'a new store should have an empty caseload');

    // Nieuwe intake, step 1 with a BSN that fails the elfproef.
    const nav = await byTestId(browser, 'nav-intake');
    assert.equal(await nav.getText(), 'Nieuwe intake');
    await click(browser, 'nav-intake');
    await fillPerson(browser, { ...CAGLAR, bsn: BSN_WRONG });
    await click(browser, 'intake-next');

    const bsnError = text('error-bsn-checksum');
    const summary = await waitForText(browser, 'intake-error-summary', bsnError);
    assert.ok(
      summary.includes(text('form-error-summary-title', { count: 1 })),
      `the summary counts one error: ${summary}`,
    );
    assert.ok(
      summary.includes(text('form-error-summary-item', { field: text('intake-field-bsn'), message: bsnError })),
      `the summary names the BSN field: ${summary}`,
    );
    const fieldError = await browser.$('#intake-field-resident-bsn-error');
    await fieldError.waitForDisplayed();
    assert.equal(await fieldError.getText(), bsnError, 'the error is shown at the BSN field');
    const bsnInput = await byTestId(browser, 'intake-bsn');
    assert.equal(await bsnInput.getAttribute('aria-invalid'), 'true');
    assert.ok(
      (await bsnInput.getAttribute('aria-describedby')).split(' ').includes('intake-field-resident-bsn-error'),
      'the BSN input is described by its error',
    );
    assert.ok(
      (await intakeStepTitle(browser)).startsWith(text('intake-step-heading', { n: 1, total: 10, title: '' })),
      'the wizard stays on step 1',
    );
    await screenshot(browser, '04-intake-errors.png');

    // Nothing was stored: the caseload is still empty.
    await click(browser, 'nav-caseload');
    await waitForRows(browser, 0, 'a refused intake must not store a resident');
    await byTestId(browser, 'caseload-search');
    assert.ok((await browser.$('body').getText()).includes(text('caseload-empty')));

    // Back to the intake: the draft comes back; correct the BSN and finish.
    await click(browser, 'nav-intake');
    const given = await byTestId(browser, 'intake-name-given_names');
    await waitFor(browser, async () => (await given.getValue()) === CAGLAR.given, 'the intake draft did not come back');
    assert.equal(await (await byTestId(browser, 'intake-bsn')).getValue(), BSN_WRONG);
    await fill(browser, 'intake-bsn', BSN_RIGHT);
    await nextStep(browser, 2);
    await finishIntake(browser, CAGLAR);
    const title = await (await byTestId(browser, 'file-title')).getText();
    assert.equal(title, 'Çağlar Öztürk');

    // Search without diacritics finds exactly the one resident.
    await click(browser, 'nav-caseload');
    await fill(browser, 'caseload-search', 'ozturk');
    let rows = await waitForRows(browser, 1, '"ozturk" should find Öztürk');
    assert.match(rows[0], /Çağlar Öztürk/);
    assert.match(rows[0], /12-03-1968/);
    assert.match(rows[0], /6828 AB/);
    assert.match(rows[0], /Arnhem/);
    // The list follows the search box: one letter more finds nobody, one less finds her again.
    await (await byTestId(browser, 'caseload-search')).addValue('x');
    await waitForRows(browser, 0, '"ozturkx" should find nobody');
    await browser.keys(['Backspace']);
    rows = await waitForRows(browser, 1, '"ozturk" should find Öztürk again');
    assert.match(rows[0], /Çağlar Öztürk/);

    // Close the app (ending the session quits it) and start it again on the same folder.
    browser = await app.restart();
    await byTestId(browser, 'unlock-passphrase');
    assert.equal(await (await browser.$('h1')).getText(), text('unlock-title'));
    // The coach's name lives in the encrypted store: a locked app does not know it yet.
    assert.ok((await browser.$('main').getText()).includes(text('unlock-intro')), 'the unlock screen asks for the passphrase');
    assert.equal(await (await browser.$('[data-testid="nav-caseload"]')).isExisting(), false, 'locked: no navigation');

    // A wrong passphrase is refused in Dutch; the store stays locked.
    await fill(browser, 'unlock-passphrase', 'Dit-is-niet-het-wachtwoord');
    await click(browser, 'unlock-submit');
    const refused = await waitForText(browser, 'unlock-error', text('error-wrong-passphrase'));
    assert.equal(refused, text('error-wrong-passphrase'));
    assert.equal(await (await byTestId(browser, 'unlock-passphrase')).getValue(), '', 'the field is emptied');
    assert.equal(await (await browser.$('[data-testid="nav-caseload"]')).isExisting(), false, 'still locked');

    // The right passphrase opens the caseload, with the resident still there.
    await unlock(browser, PASSPHRASE);
    rows = await waitForRows(browser, 1, 'the resident should survive a restart');
    assert.match(rows[0], /Çağlar Öztürk/);
  });
});
