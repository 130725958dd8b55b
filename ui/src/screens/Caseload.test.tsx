import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CaseloadInput, ResidentSummary } from '../api/types';
import { callsOf, mockCommands, renderWithI18n } from '../test/helpers';
import { Caseload } from './Caseload';

const OZTURK: ResidentSummary = {
  id: 'r-ozturk',
  display_name: 'Ayşe Öztürk',
  birth_date: '1988-03-09',
  postcode: '6811AB',
  woonplaats: 'Arnhem',
  traject_state: 'actief',
  next_appointment: '2025-06-17T10:00:00',
};
const BERG: ResidentSummary = {
  id: 'r-berg',
  display_name: 'Jan van der Berg',
  birth_date: '1990-05-17',
  postcode: '6822CD',
  woonplaats: 'Arnhem',
  traject_state: null,
  next_appointment: null,
};

describe('Caseload', () => {
  it('searches as you type and renders the rows', async () => {
    const calls = mockCommands({
      caseload: (input: CaseloadInput) => (input.text ? [OZTURK] : [OZTURK, BERG]),
    });
    const onOpen = vi.fn();
    renderWithI18n(<Caseload onOpen={onOpen} />);
    expect(await screen.findAllByTestId('caseload-row'), 'the whole caseload first').toHaveLength(2);
    expect(callsOf(calls, 'caseload')[0]?.input).toEqual({ state: null, text: null });

    const user = userEvent.setup();
    await user.type(screen.getByTestId('caseload-search'), 'ozt');
    await waitFor(() => expect(screen.getAllByTestId('caseload-row')).toHaveLength(1));
    const searches = callsOf(calls, 'caseload').slice(1);
    expect(searches.at(-1)?.input, 'the typed text is sent').toEqual({ state: null, text: 'ozt' });
    expect(searches.length, 'debounced: not one call per key').toBeLessThan(3);

    const row = screen.getByTestId('caseload-row');
    expect(row.getAttribute('data-resident-id')).toBe('r-ozturk');
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells, 'dates dd-mm-jjjj, postcode with a space, state label').toEqual([
      '09-03-1988',
      '6811 AB',
      'Arnhem',
      'Actief',
      '17-06-2025 10:00',
    ]);
    expect(screen.getByRole('status').textContent).toBe('1 inwoner gevonden.');

    await user.click(within(row).getByTestId('caseload-open'));
    expect(onOpen).toHaveBeenCalledWith('r-ozturk');
  });

  it('filters on traject state', async () => {
    const calls = mockCommands({ caseload: () => [] });
    renderWithI18n(<Caseload onOpen={vi.fn()} />);
    await screen.findByText('Er zijn geen inwoners die passen bij uw zoekopdracht.');
    await userEvent.setup().selectOptions(screen.getByTestId('caseload-state'), 'nazorg');
    await waitFor(() =>
      expect(callsOf(calls, 'caseload').at(-1)?.input).toEqual({ state: 'nazorg', text: null }),
    );
  });

  it('opens a file with the keyboard', async () => {
    mockCommands({ caseload: () => [BERG] });
    const onOpen = vi.fn();
    renderWithI18n(<Caseload onOpen={onOpen} />);
    const open = await screen.findByTestId('caseload-open');
    open.focus();
    await userEvent.setup().keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith('r-berg');
  });
});
