import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PlacementView } from '../../../api/contract.gen';
import { axeViolations, callsOf, mockCommands, renderWithI18n, validationError } from '../../../test/helpers';
import { EMPLOYER, emptyProfile, placementView, ranked, workplace, workplaceMatch } from '../../matching/fixtures';
import { WorkTab } from './WorkTab';

const MATCH = workplaceMatch({ id: 'w-1', title: 'Medewerker magazijn', hours_per_week: 24 }, { score: 72 });
const COACH = 'Petra de Vries';

function open(handlers: Record<string, (input: any, args: any) => unknown>) {
  const calls = mockCommands({
    app_status: () => ({ coach_name: COACH, unlocked: true }),
    match_profile: () => emptyProfile(),
    matches_for_resident: () => ranked([MATCH]),
    placements: () => [],
    ...handlers,
  });
  const onChanged = vi.fn();
  const utils = renderWithI18n(<WorkTab residentId="r-1" onChanged={onChanged} />);
  return { calls, onChanged, ...utils };
}

type User = ReturnType<typeof userEvent.setup>;

async function fillPlacement(user: User, reasoning: string | null) {
  await user.type(screen.getByTestId('placement-start'), '02-03-2026');
  await user.selectOptions(screen.getByTestId('placement-contract'), 'proefplaatsing');
  await user.click(screen.getByTestId('placement-job-coaching'));
  await user.type(screen.getByTestId('placement-follow-up'), '4');
  if (reasoning) await user.type(screen.getByTestId('placement-reasoning'), reasoning);
}

describe('WorkTab: placing', () => {
  it('records the decision in the coach name; shows a missing reasoning from the error payload; sends the draft', async () => {
    let attempts = 0;
    const { calls, onChanged, container } = open({
      placement_create: (input) => {
        attempts += 1;
        if (attempts === 1) {
          throw {
            code: 'validation',
            message_id: 'error-validation',
            args: {},
            fields: [{ field: 'decision.reasoning', message_id: 'error-required', args: {} }],
          };
        }
        return { ...placementView().placement, id: 'p-new', workplace_id: input.draft.workplace_id };
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('match-place'));

    const form = screen.getByTestId('placement-form');
    await waitFor(() => expect(document.activeElement, 'focus moves to the form heading').toBe(within(form).getByRole('heading')));
    expect(within(form).getByRole('heading').textContent).toBe('Plaatsen: Medewerker magazijn bij Bakkerij Rijn');
    await waitFor(() =>
      expect(screen.getByTestId('placement-decider').textContent).toBe(
        `U legt dit besluit vast op naam van ${COACH}. De computer besluit niet.`,
      ),
    );
    expect((screen.getByTestId('placement-hours') as HTMLInputElement).value, 'hours of the workplace').toBe('24');

    await fillPlacement(user, null);
    await user.click(screen.getByTestId('placement-save'));
    const summary = await screen.findByTestId('placement-error-summary');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Waarom deze werkplek?: Vul dit veld in.']);
    expect(document.getElementById('placement-reasoning-error')?.textContent).toBe('Vul dit veld in.');
    expect(screen.getByTestId('placement-reasoning').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(await axeViolations(container)).toEqual([]);

    await user.type(screen.getByTestId('placement-reasoning'), 'Wil graag in een magazijn werken.');
    await user.click(screen.getByTestId('placement-save'));
    await waitFor(() => expect(screen.getByTestId('placement-placed').textContent).toContain('De plaatsing is vastgelegd'));
    expect(callsOf(calls, 'placement_create')[1]?.input).toEqual({
      resident_id: 'r-1',
      draft: {
        workplace_id: 'w-1',
        employer_id: 'e-1',
        start: '02-03-2026',
        hours_per_week: '24',
        contract: 'proefplaatsing',
        job_coaching: true,
        follow_up_weeks: '4',
        decided_on: null,
        reasoning: 'Wil graag in een magazijn werken.',
        replaces: null,
      },
    });
    expect(screen.queryByTestId('placement-form'), 'the form closes').toBeNull();
    expect(callsOf(calls, 'placements').length, 'the placements are loaded again').toBeGreaterThan(1);
    expect(onChanged).toHaveBeenCalled();
  });
});

describe('WorkTab: ending a placement', () => {
  it('asks an explanation for "other", ends, then offers a new placement that replaces the old one', async () => {
    let current: PlacementView[] = [placementView()];
    const { calls } = open({
      placements: () => current,
      placement_end: (input) => {
        if (input.reason === 'other' && !input.explanation) throw validationError(['end.explanation', 'error-required']);
        current = [placementView({ end: { on: '2026-03-31', reason: 'other', explanation: input.explanation, replacement_advised: true } })];
        return current[0]!.placement;
      },
      placement_create: (input) => ({ ...placementView().placement, id: 'p-2', replaces: input.draft.replaces }),
    });
    const user = userEvent.setup();
    const item = await screen.findByTestId('placement-item');
    expect(within(item).getByTestId('placement-follow-up').textContent).toContain('02-02-2026');
    await user.click(within(item).getByTestId('placement-end-open'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('end-on')));

    await user.clear(screen.getByTestId('end-on'));
    await user.type(screen.getByTestId('end-on'), '31-03-2026');
    await user.selectOptions(screen.getByTestId('end-reason'), 'other');
    await user.click(screen.getByTestId('end-replacement-yes'));
    await user.click(screen.getByTestId('end-save'));
    const summary = await screen.findByTestId('end-error-summary');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent), 'the backend asks for the explanation').toEqual([
      'Toelichting: Vul dit veld in.',
    ]);
    expect(document.getElementById('end-explanation-p-1-error')?.textContent).toBe('Vul dit veld in.');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(callsOf(calls, 'placement_end')[0]?.input).toMatchObject({ reason: 'other', explanation: null });
    expect(screen.getByTestId('placement-fact-end').textContent, 'the placement did not end').not.toContain('31-03-2026');
    expect(screen.queryByTestId('placement-replace-offer')).toBeNull();

    await user.type(screen.getByTestId('end-explanation'), 'Bedrijf is verhuisd.');
    await user.click(screen.getByTestId('end-save'));
    const offer = await screen.findByTestId('placement-replace-offer');
    expect(callsOf(calls, 'placement_end')[1]?.input).toEqual({
      resident_id: 'r-1',
      placement_id: 'p-1',
      on: '31-03-2026',
      reason: 'other',
      explanation: 'Bedrijf is verhuisd.',
      replacement_advised: true,
    });
    await waitFor(() => expect(document.activeElement, 'focus goes to the offer').toBe(offer));
    expect(screen.getByTestId('placement-fact-end').textContent).toBe('Laatste werkdag 31-03-2026');

    await user.click(within(offer).getByTestId('placement-replace'));
    expect(screen.getByTestId('matches-replacing').textContent).toContain('na Medewerker magazijn bij Bakkerij Rijn');
    await user.click(screen.getByTestId('match-place'));
    expect(screen.getByTestId('placement-replaces').textContent).toBe(
      'Deze plaatsing komt in de plaats van Medewerker magazijn bij Bakkerij Rijn.',
    );
    await fillPlacement(user, 'Nieuwe plek dichter bij huis.');
    await user.click(screen.getByTestId('placement-save'));
    await waitFor(() => expect(callsOf(calls, 'placement_create')).toHaveLength(1));
    const sent = callsOf(calls, 'placement_create')[0]?.input as { draft: { replaces: string } };
    expect(sent.draft.replaces, 'the new placement replaces the ended one').toBe('p-1');
  });
});

describe('WorkTab: follow-up contact', () => {
  it('asks whom the contact was with before sending; shows the missing notes the backend reports; adds nothing', async () => {
    const { calls, onChanged } = open({
      placements: () => [placementView()],
      placement_contact_add: (input) => {
        if (!input.notes) throw validationError(['notes', 'error-required']);
        return null;
      },
    });
    const user = userEvent.setup();
    const item = await screen.findByTestId('placement-item');
    await user.click(within(item).getByTestId('contact-add'));
    await user.click(screen.getByTestId('contact-save'));
    const summary = await screen.findByTestId('contact-error-summary');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Met wie: Vul dit veld in.']);
    expect(callsOf(calls, 'placement_contact_add'), 'an empty choice is not sent').toHaveLength(0);

    await user.selectOptions(screen.getByTestId('contact-with'), 'employer');
    await user.click(screen.getByTestId('contact-save'));
    await waitFor(() =>
      expect([...screen.getByTestId('contact-error-summary').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
        'Wat is besproken?: Vul dit veld in.',
      ]),
    );
    expect(document.getElementById('contact-notes-p-1-error')?.textContent, 'the message sits at its field').toBe('Vul dit veld in.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('contact-error-summary')));
    expect(callsOf(calls, 'placement_contact_add')[0]?.input).toMatchObject({ placement_id: 'p-1', with: 'employer', notes: '' });
    expect(onChanged, 'nothing was stored').not.toHaveBeenCalled();
    expect(screen.getByTestId('contact-form'), 'the form stays open').toBeTruthy();
  });
});

describe('WorkTab: search profile', () => {
  it('opens the form while there is no profile, checks the numbers, saves and reloads the matches', async () => {
    let stored = false;
    const { calls } = open({
      matches_for_resident: () => ranked([MATCH], { has_profile: stored }),
      match_profile_save: (input) => {
        stored = true;
        return input;
      },
    });
    const user = userEvent.setup();
    await screen.findByTestId('profile-form');
    expect(screen.getByTestId('match-basis-no-profile')).toBeTruthy();
    await user.selectOptions(screen.getByTestId('profile-physical'), 'middel');
    await user.click(screen.getByTestId('profile-indication-banenafspraak'));
    await user.click(screen.getByTestId('profile-support-buddy'));
    await user.type(screen.getByTestId('profile-max-km'), '25 km');
    await user.click(screen.getByTestId('profile-save'));
    expect(document.getElementById('profile-max-km-error')?.textContent).toBe(
      'Vul een heel getal in, zonder letters of komma.',
    );
    expect(callsOf(calls, 'match_profile_save'), 'not sent: the backend reads a whole number').toHaveLength(0);

    await user.clear(screen.getByTestId('profile-max-km'));
    await user.type(screen.getByTestId('profile-max-km'), '25');
    await user.click(screen.getByTestId('profile-save'));
    await waitFor(() => expect(screen.getByTestId('profile-saved').textContent).toContain('Het zoekprofiel is opgeslagen'));
    expect(callsOf(calls, 'match_profile_save')[0]?.input).toEqual({
      ...emptyProfile(),
      indication: 'banenafspraak',
      physical_capacity: 'middel',
      support_needed: ['buddy'],
      max_travel_km: 25,
    });
    expect(screen.queryByTestId('profile-form'), 'the form closes').toBeNull();
    await waitFor(() => expect(screen.queryByTestId('match-basis-no-profile'), 'the matches were loaded again').toBeNull());
    expect(document.activeElement).toBe(screen.getByTestId('profile-saved'));
  });

  it('sends the numbers as typed and shows the ranges the backend checks on the right travel time row', async () => {
    const outOfRange = { min: '1', max: '300' };
    const { calls, onChanged } = open({
      matches_for_resident: () => ranked([MATCH], { has_profile: false }),
      workplaces: () => [workplace()],
      employers: () => [EMPLOYER],
      match_profile_save: () => {
        throw validationError(['max_travel_km', 'error-out-of-range', outOfRange], ['travel_overrides[0].minutes', 'error-out-of-range', outOfRange]);
      },
    });
    const user = userEvent.setup();
    await screen.findByTestId('profile-form');
    await user.type(screen.getByTestId('profile-max-km'), '0');
    await user.click(screen.getByTestId('profile-overrides-add'));
    await user.click(screen.getByTestId('profile-overrides-add'));
    const second = screen.getByTestId('profile-overrides-1-workplace');
    await waitFor(() => expect(second.querySelector('option[value="w-1"]')).not.toBeNull());
    await user.selectOptions(second, 'w-1');
    await user.type(screen.getByTestId('profile-overrides-1-minutes'), '400');
    await user.click(screen.getByTestId('profile-save'));

    const summary = await screen.findByTestId('profile-error-summary');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Hoe ver wil of kan de inwoner reizen? (km): Vul een getal in van 1 tot en met 300.',
      'Reistijd 2, Reistijd enkele reis (minuten): Vul een getal in van 1 tot en met 300.',
    ]);
    expect(document.getElementById('profile-max-km-error')?.textContent).toBe('Vul een getal in van 1 tot en met 300.');
    expect(
      document.getElementById('profile-overrides-1-minutes-error')?.textContent,
      'the first sent travel time is the second row: the empty row was left out',
    ).toBe('Vul een getal in van 1 tot en met 300.');
    expect(document.getElementById('profile-overrides-0-minutes-error')).toBeNull();
    expect(callsOf(calls, 'match_profile_save')[0]?.input).toMatchObject({
      max_travel_km: 0,
      travel_overrides: [{ workplace_id: 'w-1', minutes: 400 }],
    });
    expect(onChanged, 'nothing was stored').not.toHaveBeenCalled();
    expect(screen.getByTestId('profile-form'), 'the form stays open').toBeTruthy();
  });
});
