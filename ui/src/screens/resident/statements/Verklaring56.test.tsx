import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { StatementsOverview } from '../../../api/contract.gen';
import { axeViolations, callsOf } from '../../../test/helpers';
import { RESIDENT_ID } from '../fixtures';
import { decision, ELIGIBLE, EMPTY_OVERVIEW } from './fixtures';
import { DRAFT, fillFacts, open } from './testing';

describe('Verklaring 56+', () => {
  it('checks the facts and shows every rule with met or not met and its reason', async () => {
    const { calls } = open();
    const user = userEvent.setup();
    await fillFacts(user);
    await user.click(screen.getByTestId('v56-check'));

    const advice = await screen.findByTestId('v56-advice');
    expect(callsOf(calls, 'verklaring56_advice')[0]?.input).toEqual({ resident_id: RESIDENT_ID, facts: DRAFT });
    expect(within(advice).getByRole('heading').textContent).toBe('Advies (u beslist)');
    expect(document.activeElement, 'focus moves to the advice').toBe(within(advice).getByRole('heading'));
    expect(screen.getByTestId('v56-advice-eligible').textContent).toBe(
      'Volgens het advies is niet aan alle voorwaarden voldaan.',
    );
    const items = screen.getAllByTestId('v56-check-item').map((li) => ({
      rule: li.querySelector('strong')?.textContent,
      marker: within(li).getByTestId('v56-check-marker').textContent,
      reason: within(li).getByTestId('v56-check-reason').textContent,
    }));
    expect(items).toEqual([
      {
        rule: 'De regeling geldt voor deze startdatum',
        marker: '✓ Voldaan.',
        reason: 'Regels 2024: EUR 1,35 per verloond uur, hoogstens EUR 2.700 per jaar, 3 jaar lang.',
      },
      {
        rule: '56 jaar of ouder op de startdatum',
        marker: '✓ Voldaan.',
        reason: 'Op de startdatum 01-06-2025 is de inwoner 58 jaar.',
      },
      {
        rule: 'Jonger dan de AOW-leeftijd op de startdatum',
        marker: '✓ Voldaan.',
        reason: 'De inwoner bereikt de AOW-leeftijd op 01-03-2034, na de startdatum 01-06-2025.',
      },
      {
        rule: 'Uitkering van de gemeente in de maand voor de start',
        marker: '✓ Voldaan.',
        reason: 'In de maand mei 2025 had de inwoner een uitkering van de gemeente: bijstand (Participatiewet).',
      },
      {
        rule: 'Niet bij dezelfde werkgever in de 6 maanden ervoor',
        marker: '✗ Niet voldaan.',
        reason: 'De inwoner werkte in de 6 maanden voor de start al bij deze werkgever.',
      },
      {
        rule: 'Gewone baan, geen Wsw en geen beschut werk',
        marker: '✓ Voldaan.',
        reason: 'Het is een gewone baan, verzekerd voor de werknemersverzekeringen.',
      },
      {
        rule: 'Aangevraagd binnen 3 maanden na de start',
        marker: '✗ Niet voldaan.',
        reason: 'Aangevraagd op 15-09-2025: te laat, dat kon tot en met 01-09-2025.',
      },
    ]);
    const symbols = screen.getAllByTestId('v56-check-marker').map((m) => m.querySelector('[aria-hidden="true"]'));
    expect(symbols.every(Boolean), 'the symbol is decoration; the words say it').toBe(true);
  });

  it('asks for a benefit choice instead of reading an empty select as "no benefit"', async () => {
    open();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('v56-check'));
    const summary = await screen.findByTestId('v56-facts-error-summary');
    expect(summary.textContent).toContain('Uitkering van de gemeente in de maand voor de start: Kies een uitkering.');
    expect(screen.queryByTestId('v56-advice'), 'no advice while the form has errors').toBeNull();
  });

  it('records the decision with exactly the facts, outcome and reasoning, then refreshes', async () => {
    let stored: StatementsOverview = EMPTY_OVERVIEW;
    const decided = decision({ outcome: 'refused', advice: ELIGIBLE, reasoning: 'Werkgever trok het aanbod in' });
    const { calls, onChanged } = open(
      {
        verklaring56_advice: () => ELIGIBLE,
        verklaring56_decide: () => {
          stored = { ...EMPTY_OVERVIEW, decisions: [decided] };
          return decided;
        },
      },
      () => stored,
    );
    const user = userEvent.setup();
    await fillFacts(user);
    await user.click(screen.getByTestId('v56-check'));
    await screen.findByTestId('v56-advice');

    expect(screen.getByTestId('v56-decider').textContent, 'the logged-in coach decides, not the software').toBe(
      'U, Petra de Vries, neemt het besluit, niet de software. Werkpad geeft alleen advies. Uw naam komt bij het besluit te staan.',
    );
    expect(screen.getByTestId('v56-differs').textContent).toBe('');
    await user.click(screen.getByTestId('v56-outcome-refused'));
    expect(screen.getByTestId('v56-differs').textContent, 'refusing against the advice asks why').toBe(
      'Let op: volgens het advies is aan alle voorwaarden voldaan. Leg in de onderbouwing uit waarom u toch afwijst.',
    );
    await user.type(screen.getByTestId('v56-reasoning'), '  Werkgever trok het aanbod in ');
    await user.click(screen.getByTestId('v56-decide'));

    await waitFor(() => expect(screen.getAllByTestId('v56-decision')).toHaveLength(1));
    expect(callsOf(calls, 'verklaring56_decide')).toHaveLength(1);
    expect(callsOf(calls, 'verklaring56_decide')[0]?.input).toEqual({
      resident_id: RESIDENT_ID,
      facts: DRAFT,
      outcome: 'refused',
      reasoning: 'Werkgever trok het aanbod in',
    });
    expect(callsOf(calls, 'statements_overview'), 'loaded, then refreshed').toHaveLength(2);
    expect(onChanged, 'the app refreshes its pending-changes count').toHaveBeenCalledTimes(1);
    const notice = screen.getByTestId('v56-decided');
    expect(notice.textContent).toBe('Het besluit is vastgelegd. U vindt het hieronder bij ‘Besluiten’.');
    expect(document.activeElement).toBe(notice);
    expect(screen.getAllByTestId('v56-decision')[0]?.textContent).toContain('Afgewezen: Bakkerij Rijn B.V.');
    expect(screen.queryByTestId('v56-issue'), 'a refusal cannot be printed').toBeNull();
    expect((screen.getByTestId('v56-employer-name') as HTMLInputElement).value, 'the form is empty again').toBe('');
  });

  it('does not record a decision without outcome and reasoning', async () => {
    const { calls } = open();
    const user = userEvent.setup();
    await fillFacts(user);
    await user.click(screen.getByTestId('v56-check'));
    await user.click(await screen.findByTestId('v56-decide'));
    const summary = await screen.findByTestId('v56-decision-error-summary');
    expect(summary.querySelectorAll('li')).toHaveLength(2);
    expect(callsOf(calls, 'verklaring56_decide')).toHaveLength(0);
  });

  it('hides the advice when a fact changes after the check', async () => {
    open();
    const user = userEvent.setup();
    await fillFacts(user);
    await user.click(screen.getByTestId('v56-check'));
    await screen.findByTestId('v56-advice');
    await user.type(screen.getByTestId('v56-house-number-addition'), 'A');
    expect(screen.queryByTestId('v56-advice')).toBeNull();
    expect(screen.queryByTestId('v56-decide'), 'no decision on unchecked facts').toBeNull();
  });

  it('has no axe violations with the advice and decision form shown', async () => {
    const { container } = open();
    const user = userEvent.setup();
    await fillFacts(user);
    await user.click(screen.getByTestId('v56-check'));
    await screen.findByTestId('v56-advice');
    await user.click(screen.getByTestId('v56-outcome-granted'));
    expect(screen.getByTestId('v56-differs').textContent, 'the warning is part of the check').not.toBe('');
    expect(await axeViolations(container)).toEqual([]);
  });
});
