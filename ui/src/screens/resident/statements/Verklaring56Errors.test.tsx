import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fillFacts, open } from './testing';

describe('Verklaring 56+ errors', () => {
  it('shows field errors of the check at the field and in the summary, and focuses the summary', async () => {
    open({
      verklaring56_advice: () => {
        throw {
          code: 'validation',
          message_id: 'error-validation',
          args: {},
          fields: [
            { field: 'loonheffingennummer', message_id: 'error-loonheffingennummer-checksum', args: {} },
            { field: 'employer_address.postcode', message_id: 'error-postcode-letters', args: {} },
          ],
        };
      },
    });
    const user = userEvent.setup();
    await fillFacts(user);
    await user.click(screen.getByTestId('v56-check'));

    const summary = await screen.findByTestId('v56-facts-error-summary');
    const lhnMessage =
      'Dit loonheffingennummer bestaat niet. Kijk of u de eerste 9 cijfers goed hebt overgenomen.';
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      `Loonheffingennummer: ${lhnMessage}`,
      'Postcode: Deze postcode bestaat niet. Een postcode eindigt nooit op SA, SD of SS.',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(document.getElementById('v56-loonheffingennummer-error')?.textContent).toBe(lhnMessage);
    expect(screen.getByTestId('v56-loonheffingennummer').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('v56-loonheffingennummer').getAttribute('aria-describedby')).toContain(
      'v56-loonheffingennummer-error',
    );
    expect(screen.getByTestId('v56-employer-name').getAttribute('aria-invalid'), 'only the fields with errors').not.toBe(
      'true',
    );

    await user.click(within(summary).getByText(`Loonheffingennummer: ${lhnMessage}`));
    expect(document.activeElement, 'the summary link moves to the field').toBe(screen.getByTestId('v56-loonheffingennummer'));
  });

  it('shows field errors of the decision, facts fields included, in the decision summary', async () => {
    open({
      verklaring56_decide: () => {
        throw {
          code: 'validation',
          message_id: 'error-validation',
          args: {},
          fields: [
            { field: 'benefit', message_id: 'error-required', args: {} },
            { field: 'outcome', message_id: 'error-no-declaration-possible', args: {} },
          ],
        };
      },
    });
    const user = userEvent.setup();
    await fillFacts(user);
    await user.click(screen.getByTestId('v56-check'));
    await user.click(await screen.findByTestId('v56-outcome-granted'));
    await user.type(screen.getByTestId('v56-reasoning'), 'Toch toekennen');
    await user.click(screen.getByTestId('v56-decide'));

    const summary = await screen.findByTestId('v56-decision-error-summary');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Uitkering van de gemeente in de maand voor de start: Vul dit veld in.',
      'Uw besluit: Voor deze startdatum kan de gemeente geen verklaring 56+ afgeven. U kunt de aanvraag wel afwijzen.',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(document.getElementById('v56-benefit-error')?.textContent).toBe('Vul dit veld in.');
    expect(document.getElementById('v56-outcome-error')?.textContent).toContain('geen verklaring 56+ afgeven');
    expect(screen.queryByTestId('v56-facts-error-summary'), 'one summary, at the form that was sent').toBeNull();
  });

  it('shows a failure without fields as an alert, not as a summary', async () => {
    open({
      verklaring56_advice: () => {
        throw { code: 'internal', message_id: 'error-internal', args: {}, fields: [] };
      },
    });
    const user = userEvent.setup();
    await fillFacts(user);
    await user.click(screen.getByTestId('v56-check'));
    expect((await screen.findByTestId('v56-facts-failure')).textContent).toBe(
      'Er ging iets mis. Er is niets half opgeslagen. Probeer het opnieuw of neem contact op met de helpdesk.',
    );
    expect(screen.queryByTestId('v56-facts-error-summary')).toBeNull();
    expect(screen.queryByTestId('v56-advice')).toBeNull();
  });
});
