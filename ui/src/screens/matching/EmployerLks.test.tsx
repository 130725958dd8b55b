import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations, callsOf, mockCommands, renderWithI18n } from '../../test/helpers';
import { lksView } from '../resident/subsidies/fixtures';
import { EmployerPage } from './EmployerPage';
import { EMPLOYER } from './fixtures';

describe('EmployerPage: Loonkostensubsidie per medewerker', () => {
  it('reads the employees with LKS only when asked, and shows loonwaarde, hours, period and what was paid', async () => {
    const decision = lksView().decision;
    const calls = mockCommands({
      employer_file: () => ({ employer: EMPLOYER, workplaces: [] }),
      employer_lks: () => [
        { resident_id: 'r-1', display_name: 'Jan van der Berg', decision, last_day: null, paid_cents: 123456, paid_until: '2025-07-14' },
        {
          resident_id: 'r-2',
          display_name: 'Nguyễn Văn An',
          decision: { ...decision, loonwaarde_percent: 55, minutes_per_week: 1170 },
          last_day: '2026-06-30',
          paid_cents: 0,
          paid_until: null,
        },
      ],
    });
    const { container } = renderWithI18n(<EmployerPage employerId="e-1" onBack={() => undefined} onCandidates={() => undefined} />);
    const section = await screen.findByTestId('employer-lks');
    expect(section.querySelector('h2')?.textContent).toBe('Loonkostensubsidie per medewerker');
    expect(callsOf(calls, 'employer_lks'), 'opening the page reads no subsidy data').toHaveLength(0);

    await userEvent.setup().click(screen.getByTestId('employer-lks-show'));
    const rows = await screen.findAllByTestId('employer-lks-row');
    expect(callsOf(calls, 'employer_lks')[0]?.input).toEqual({ employer_id: 'e-1' });
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['Jan van der Berg', '81 %', '24', 'Vanaf 15-06-2025', 'EUR 1.234,56', '14-07-2025'],
      ['Nguyễn Văn An', '55 %', '19,5', '15-06-2025 tot en met 30-06-2026', 'EUR 0,00', 'Nog niets betaald'],
    ]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('employer-lks-result')));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says so when the employer has no employees with LKS', async () => {
    mockCommands({ employer_file: () => ({ employer: EMPLOYER, workplaces: [] }), employer_lks: () => [] });
    renderWithI18n(<EmployerPage employerId="e-1" onBack={() => undefined} onCandidates={() => undefined} />);
    await userEvent.setup().click(await screen.findByTestId('employer-lks-show'));
    expect((await screen.findByTestId('employer-lks-empty')).textContent).toBe('Geen medewerkers met loonkostensubsidie bij deze werkgever.');
  });
});
