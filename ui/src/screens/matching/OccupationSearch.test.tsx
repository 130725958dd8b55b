import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { OccupationRef } from '../../api/contract.gen';
import { callsOf, mockCommands, renderWithI18n } from '../../test/helpers';
import { OccupationSearch } from './OccupationSearch';

const HITS = [
  { id: 'o-1', label: 'heftruckchauffeur', isco_group: '8344', matched_synonym: 'vorkheftruckbestuurder' },
  { id: 'o-2', label: 'magazijnmedewerker', isco_group: '9333', matched_synonym: null },
];

function Picker({ multiple }: { multiple?: boolean }) {
  const [value, setValue] = useState<OccupationRef[]>([]);
  return <OccupationSearch id="occ" label="Beroep" multiple={multiple} value={value} onChange={setValue} />;
}

describe('OccupationSearch', () => {
  it('searches as you type, shows the synonym that matched, and picks a hit', async () => {
    const calls = mockCommands({ occupation_search: () => HITS });
    renderWithI18n(<Picker multiple />);
    const user = userEvent.setup();
    await user.type(screen.getByTestId('occ-search'), 'v');
    expect(screen.getByTestId('occ-status').textContent).toBe('Typ minstens 2 letters.');
    await user.type(screen.getByTestId('occ-search'), 'orkheftruck');

    const hits = await screen.findAllByTestId('occ-hit');
    expect(hits.map((h) => h.textContent)).toEqual(['heftruckchauffeur (ook: vorkheftruckbestuurder)', 'magazijnmedewerker']);
    expect(screen.getByTestId('occ-status').textContent).toBe('2 beroepen gevonden');
    expect(callsOf(calls, 'occupation_search').at(-1)?.input, 'debounced: one search for the whole word').toEqual({
      text: 'vorkheftruck',
    });
    expect(callsOf(calls, 'occupation_search')).toHaveLength(1);

    await user.click(hits[0]!);
    const chosen = screen.getByTestId('occ-chosen');
    expect(within(chosen).getByText('heftruckchauffeur')).toBeTruthy();
    expect(screen.getByTestId('occ-status').textContent).toBe('heftruckchauffeur gekozen.');
    await waitFor(() => expect(document.activeElement, 'back to the search box').toBe(screen.getByTestId('occ-search')));

    await user.click(within(chosen).getByRole('button', { name: 'heftruckchauffeur verwijderen' }));
    expect(screen.queryByTestId('occ-chosen')).toBeNull();
  });
});
