import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations, renderWithI18n } from '../../../test/helpers';
import { ranked, workplaceMatch } from '../../matching/fixtures';
import { WorkplaceMatches } from './WorkplaceMatches';

const CLOSED = workplaceMatch(
  { id: 'w-closed', title: 'Schoonmaker', open: false },
  {
    score: 81,
    excluded: true,
    reasons: [
      { component: null, effect: 'exclusion', points: 0, max_points: 0, reason: { id: 'match-excluded-closed', args: {} } },
      {
        component: 'occupation',
        effect: 'plus',
        points: 30,
        max_points: 30,
        reason: { id: 'match-occupation-wish', args: {} },
      },
    ],
  },
);

// Deliberately not sorted by score: the backend's order is the order shown.
const MATCHES = [
  workplaceMatch({ id: 'w-a', title: 'Inpakker' }, { score: 64, distance_m: 3460 }),
  workplaceMatch(
    { id: 'w-b', title: 'Medewerker magazijn' },
    {
      score: 70,
      distance_m: 14_200,
      reasons: [
        {
          component: 'travel',
          effect: 'plus',
          points: 11,
          max_points: 15,
          reason: { id: 'match-travel-km', args: { km: '14' } },
        },
      ],
    },
  ),
  CLOSED,
];

const titles = (section: HTMLElement) =>
  within(section)
    .getAllByTestId('match-item')
    .map((li) => li.querySelector('h4, h5')?.textContent);

describe('WorkplaceMatches', () => {
  it('shows the matches in the order given, excluded ones last under their own heading, reasons via Fluent', async () => {
    const onPlace = vi.fn();
    const { container } = renderWithI18n(
      <WorkplaceMatches ranked={ranked(MATCHES)} replacing={null} onStopReplacing={vi.fn()} onPlace={onPlace} />,
    );

    const fitting = screen.getByTestId('matches-fitting');
    expect(titles(fitting)).toEqual(['Inpakker bij Bakkerij Rijn', 'Medewerker magazijn bij Bakkerij Rijn']);
    const excluded = screen.getByTestId('matches-excluded');
    expect(within(excluded).getByRole('heading', { level: 4 }).textContent).toBe('Niet passend (met reden)');
    expect(titles(excluded), 'the excluded match is shown, not hidden').toEqual(['Schoonmaker bij Bakkerij Rijn']);
    expect(excluded.querySelector('h5'), 'one heading level below its section').not.toBeNull();

    const [first, second] = within(fitting).getAllByTestId('match-item');
    expect(within(first!).getByTestId('match-score').textContent).toBe('Score: 64 van 100');
    expect(within(first!).getByTestId('match-distance').textContent, 'one decimal, Dutch comma').toBe('Afstand: 3,5 km');
    expect(within(second!).getByTestId('match-distance').textContent, 'whole km from 10 km').toBe('Afstand: 14 km');

    const reasons = within(first!).getAllByTestId('match-reason');
    expect(reasons.map((r) => r.textContent)).toEqual([
      '− Minpunt, Uren: Beschikbaar 20 van de 24 uur per week. (12 van 15 punten)',
      'i Goed om te weten, Reizen: De reisafstand is niet bekend: een postcode staat niet in de lijst. (7 van 15 punten)',
    ]);
    expect(reasons[0]?.querySelector('[aria-hidden="true"]')?.textContent, 'the sign is hidden from screen readers').toBe('−');
    expect(within(second!).getByTestId('match-reason-text').textContent).toBe('14 km reisafstand.');

    const closedReasons = within(excluded).getAllByTestId('match-reason');
    expect(closedReasons[0]?.textContent, 'the exclusion first, in words').toBe(
      '✕ Past nu niet: De werkplek is gesloten: de werkgever zoekt nu niemand.',
    );
    expect(closedReasons[0]?.getAttribute('data-effect')).toBe('exclusion');

    expect(screen.getByTestId('match-advice-note').textContent).toContain('U als jobcoach besluit');
    expect(screen.getByTestId('match-basis-no-postcodes'), 'no postcode areas yet: said so').toBeTruthy();
    expect(screen.queryByTestId('match-basis-no-profile')).toBeNull();

    await userEvent.setup().click(within(second!).getByTestId('match-place'));
    expect(onPlace).toHaveBeenCalledWith(MATCHES[1]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when there is no profile yet and when nothing fits', () => {
    renderWithI18n(
      <WorkplaceMatches
        ranked={ranked([CLOSED], { has_profile: false, postcode_areas: 420 })}
        replacing={null}
        onStopReplacing={vi.fn()}
        onPlace={vi.fn()}
      />,
    );
    expect(screen.getByTestId('match-basis-no-profile').textContent).toContain('nog geen zoekprofiel');
    expect(screen.queryByTestId('match-basis-no-postcodes')).toBeNull();
    expect(screen.getByTestId('matches-none-fitting').textContent).toBe('Er is nu geen passende werkplek.');
  });
});
