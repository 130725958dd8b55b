import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SubsidyFile } from '../../../api/contract.gen';
import { axeViolations, callsOf, mockCommands, renderWithI18n, validationError } from '../../../test/helpers';
import { EMPLOYER, placementView } from '../../matching/fixtures';
import { fileView } from '../fixtures';
import { ResidentFile } from '../ResidentFile';
import { loonwaarde, lwView, outcome, PETRA, RESIDENT_ID, SIGNED, subsidyFile } from './fixtures';
import { LoonwaardeTab } from './LoonwaardeTab';

type Handlers = Record<string, (input: any, args: any) => unknown>;
type User = ReturnType<typeof userEvent.setup>;

function open(handlers: Handlers = {}) {
  const calls = mockCommands({
    app_status: () => ({ coach_name: PETRA.name, unlocked: true }),
    subsidy_file: () => subsidyFile(),
    employers: () => [EMPLOYER, { ...EMPLOYER, id: 'e-2', name: 'Zorgboerderij De Hoeve' }],
    placements: () => [placementView()],
    loonwaarde_preview: () => ({ outcome: null, errors: [] }),
    ...handlers,
  });
  const onChanged = vi.fn();
  const utils = renderWithI18n(<LoonwaardeTab residentId={RESIDENT_ID} onChanged={onChanged} />);
  return { calls, onChanged, ...utils };
}

const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;

async function fillTask(user: User, i: number, [name, share, tempo, quality, net]: string[]) {
  await user.type(input(`lw-task-${i}-name`), name!);
  await user.type(input(`lw-task-${i}-share`), share!);
  await user.type(input(`lw-task-${i}-tempo`), tempo!);
  await user.type(input(`lw-task-${i}-quality`), quality!);
  await user.type(input(`lw-task-${i}-net-time`), net!);
}

describe('LoonwaardeTab: the list', () => {
  it('shows drafts and signed assessments in words, the loonwaarde, the dates and a due re-assessment', async () => {
    const { calls, container } = open({
      subsidy_file: () =>
        subsidyFile({ loonwaarden: [lwView(), lwView(SIGNED)], reassess_on: '2026-02-10', reassessment_due: true }),
    });
    const items = await screen.findAllByTestId('lw-item');
    expect(callsOf(calls, 'subsidy_file')[0]?.input, 'an audited read for the loonwaarde purpose').toEqual({
      resident_id: RESIDENT_ID,
      purpose: 'loonwaarde',
    });
    const [draft, signed] = items as [HTMLElement, HTMLElement];
    expect(within(draft).getByRole('heading', { level: 4 }).textContent).toBe('Bakkerij Rijn, bezoek op 02-03-2026');
    expect(within(draft).getByTestId('lw-item-status').textContent).toBe('Concept: nog niet getekend');
    expect(within(draft).getByTestId('lw-item-percent').textContent).toBe('81 % (berekend, nog niet getekend)');
    expect(within(draft).getByTestId('lw-item-hours').textContent, 'minutes shown as Dutch hours').toBe('24,5 van 38 uur');
    expect(within(draft).getAllByTestId('lw-item-steps-step').map((li) => li.textContent)).toEqual([
      'Orderpicken: 70 % van de tijd. Prestatie: tempo 90 % × kwaliteit 100 % × netto werktijd 95 % = 85,5 %. Telt mee voor 59,85 %.',
      'Inpakken: 30 % van de tijd. Prestatie: tempo 80 % × kwaliteit 90 % × netto werktijd 100 % = 72 %. Telt mee voor 21,6 %.',
      'Opgeteld: 81,45 %. Afgerond is de loonwaarde 81 %.',
    ]);
    expect(within(draft).getByTestId('lw-sign')).toBeTruthy();

    expect(within(signed).getByTestId('lw-item-status').textContent).toBe('Getekend');
    expect(within(signed).getByTestId('lw-item-percent').textContent).toBe('81 %');
    expect(within(signed).getByTestId('lw-item-signed').textContent).toBe(
      'Getekend door Anna Bakker op 10-02-2025. Vastgelegd door Petra de Vries.',
    );
    expect(within(signed).getByTestId('lw-item-reassess').textContent, 'due in words, not colour alone').toBe(
      '10-02-2026 ! Herbeoordeling nodig',
    );
    expect(within(signed).queryByTestId('lw-sign'), 'a signed assessment is not signed again').toBeNull();
    expect(within(signed).queryByTestId('lw-edit')).toBeNull();
    expect(screen.getByTestId('lw-reassess').textContent).toBe('Volgende herbeoordeling: 10-02-2026 ! Herbeoordeling nodig');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says there is none yet, without a re-assessment line', async () => {
    open();
    expect((await screen.findByTestId('lw-empty')).textContent).toBe('Er is nog geen loonwaardebepaling.');
    expect(screen.queryByTestId('lw-reassess')).toBeNull();
  });
});

describe('LoonwaardeTab: drafting at the workplace', () => {
  it('shows the arithmetic live, shows a refused save at the fields keeping what was typed, then saves the draft', async () => {
    let saves = 0;
    const saved: SubsidyFile = subsidyFile({ loonwaarden: [lwView()] });
    const { calls, onChanged, container } = open({
      loonwaarde_preview: (i) => {
        const tasks = i.draft.tasks.filter((t: { name: string | null }) => t.name);
        if (tasks.length < 2) return { outcome: null, errors: [{ field: 'tasks', message_id: 'error-shares-not-hundred', args: { total: '70' } }] };
        return { outcome: outcome(), errors: [] };
      },
      loonwaarde_save: () => {
        saves += 1;
        if (saves === 1) throw validationError(['normfunctie', 'error-required'], ['tasks[1].share', 'error-task-too-small']);
        return saved;
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('lw-new'));
    const form = screen.getByTestId('lw-form');
    await waitFor(() => expect(document.activeElement, 'focus moves to the form heading').toBe(within(form).getAllByRole('heading')[0]));

    await user.selectOptions(input('lw-placement'), 'p-1');
    expect(input('lw-employer').value, 'the placement picks its employer').toBe('e-1');
    expect(input('lw-worked-hours').value, 'and its hours').toBe('24');
    await user.clear(input('lw-worked-hours'));
    await user.type(input('lw-worked-hours'), '24,5');
    await user.type(input('lw-fulltime-hours'), '38');
    await user.type(input('lw-actual-function'), 'Medewerker magazijn');
    await user.type(input('lw-visit-date'), '02-03-2026');
    await user.click(screen.getByTestId('lw-assessor-kind-staff'));
    await user.type(input('lw-assessor-name'), 'Anna Bakker');
    await fillTask(user, 0, ['Orderpicken', '70', '90', '100', '95']);

    await waitFor(() =>
      expect(screen.getByTestId('lw-preview-problems').textContent).toBe(
        'De hoofdtaken tellen samen op tot 70 %. Samen moet het 100 % zijn.',
      ),
    );
    expect(screen.getByTestId('lw-preview-total').textContent).toBe(
      'De loonwaarde verschijnt als de hoofdtaken en de andere verplichte velden zijn ingevuld.',
    );

    await user.click(screen.getByTestId('lw-tasks-add'));
    await waitFor(() => expect(document.activeElement, 'a new row takes focus at its first field').toBe(input('lw-task-1-name')));
    await fillTask(user, 1, ['Inpakken', '3', '80', '90', '100']);
    await user.type(input('lw-jobcoaching-hours'), '8');
    await user.selectOptions(input('lw-jobcoaching-intensity'), 'regular');
    await user.type(input('lw-jobcoaching-months'), '6');

    await waitFor(() => expect(screen.getByTestId('lw-preview-total').textContent).toBe('Loonwaarde: 81 %'));
    expect(screen.getAllByTestId('lw-preview-steps-step').map((li) => li.textContent)[2]).toBe(
      'Opgeteld: 81,45 %. Afgerond is de loonwaarde 81 %.',
    );
    expect(callsOf(calls, 'loonwaarde_save'), 'the preview stores nothing').toHaveLength(0);

    await user.click(screen.getByTestId('lw-save'));
    const summary = await screen.findByTestId('lw-error-summary');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Normfunctie: Vul dit veld in.',
      'Hoofdtaak 2, Deel van de tijd (%): Een hoofdtaak kost minstens 1/16 van de uren per week (7 % of meer). Voeg kleine taken samen.',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const shareError = document.getElementById('lw-task-1-share-error');
    expect(shareError?.textContent, 'the Dutch error next to the field').toBe(
      'Een hoofdtaak kost minstens 1/16 van de uren per week (7 % of meer). Voeg kleine taken samen.',
    );
    expect(input('lw-task-1-share').getAttribute('aria-describedby')).toContain('lw-task-1-share-error');
    expect(input('lw-task-1-share').getAttribute('aria-invalid')).toBe('true');
    expect(input('lw-normfunctie').getAttribute('aria-describedby')).toContain('lw-normfunctie-error');
    expect(input('lw-task-1-share').value, 'what was typed is kept').toBe('3');
    expect(input('lw-task-0-name').value).toBe('Orderpicken');
    expect(input('lw-worked-hours').value).toBe('24,5');
    expect(await axeViolations(container)).toEqual([]);

    await user.type(input('lw-normfunctie'), 'Orderpicker');
    await user.clear(input('lw-task-1-share'));
    await user.type(input('lw-task-1-share'), '30');
    await user.click(screen.getByTestId('lw-save'));
    await waitFor(() => expect(screen.getByTestId('lw-notice').textContent).toBe('Het concept is opgeslagen. De loonwaardedeskundige kan het nu tekenen.'));
    expect(document.activeElement, 'focus goes to the notice').toBe(screen.getByTestId('lw-notice'));
    expect(callsOf(calls, 'loonwaarde_save')[1]?.input).toEqual({
      resident_id: RESIDENT_ID,
      id: null,
      form: {
        placement_id: 'p-1',
        employer_id: 'e-1',
        employer_contact: null,
        normfunctie: 'Orderpicker',
        actual_function: 'Medewerker magazijn',
        worked_hours: '24,5',
        fulltime_hours: '38',
        visit_date: '02-03-2026',
        report_date: null,
        assessor_kind: 'staff',
        assessor_name: 'Anna Bakker',
        assessor_organisation: null,
        tasks: [
          { name: 'Orderpicken', share: '70', tempo: '90', quality: '100', net_time: '95' },
          { name: 'Inpakken', share: '30', tempo: '80', quality: '90', net_time: '100' },
        ],
        notes: null,
        jobcoaching_hours: '8',
        jobcoaching_intensity: 'regular',
        jobcoaching_months: '6',
      },
    });
    expect(screen.queryByTestId('lw-form'), 'the form closes').toBeNull();
    expect(screen.getAllByTestId('lw-item')).toHaveLength(1);
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('takes at most five main tasks', async () => {
    open();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('lw-new'));
    for (let i = 1; i < 5; i += 1) await user.click(screen.getByTestId('lw-tasks-add'));
    expect(screen.getByTestId('lw-task-4-name')).toBeTruthy();
    expect(screen.queryByTestId('lw-tasks-add')).toBeNull();
    expect(screen.getByTestId('lw-tasks-full').textContent).toBe('U kunt niet meer dan 5 hoofdtaken invullen.');
    await user.click(screen.getByTestId('lw-tasks-4-remove'));
    await waitFor(() => expect(document.activeElement, 'after removing, focus is on the add button').toBe(screen.getByTestId('lw-tasks-add')));
  });

  it('opens a draft again with its values as typed (hours and dates the Dutch way) and saves it under its id', async () => {
    const { calls } = open({
      subsidy_file: () => subsidyFile({ loonwaarden: [lwView()] }),
      loonwaarde_save: () => subsidyFile({ loonwaarden: [lwView()] }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('lw-edit'));
    expect(input('lw-worked-hours').value).toBe('24,5');
    expect(input('lw-fulltime-hours').value).toBe('38');
    expect(input('lw-visit-date').value).toBe('02-03-2026');
    expect(input('lw-task-1-name').value).toBe('Inpakken');
    expect(input('lw-jobcoaching-months').value).toBe('6');
    await user.click(screen.getByTestId('lw-save'));
    await waitFor(() => expect(callsOf(calls, 'loonwaarde_save')).toHaveLength(1));
    expect((callsOf(calls, 'loonwaarde_save')[0]?.input as { id: string }).id).toBe('lw-1');
  });
});

describe('LoonwaardeTab: signing', () => {
  it('records who signed and when; a refusal is shown at the field', async () => {
    let attempts = 0;
    const signedFile = subsidyFile({
      loonwaarden: [
        lwView(
          loonwaarde({
            sign_off: { signed_by: 'Anna Bakker', signed_on: '2026-03-05', recorded_by: PETRA, loonwaarde_percent: 81, reassess_on: '2027-03-05' },
          }),
        ),
      ],
      reassess_on: '2027-03-05',
    });
    const { calls, container } = open({
      subsidy_file: () => subsidyFile({ loonwaarden: [lwView()] }),
      loonwaarde_sign: () => {
        attempts += 1;
        if (attempts === 1) throw validationError(['sign_off.signed_by', 'error-not-the-assessor']);
        return signedFile;
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('lw-sign'));
    await waitFor(() => expect(document.activeElement).toBe(input('lw-signed-by')));
    expect(screen.getByTestId('lw-sign-recorder').textContent).toBe('U legt dit vast op naam van Petra de Vries.');
    await user.type(input('lw-signed-by'), 'A. Bakker');
    await user.clear(input('lw-signed-on'));
    await user.type(input('lw-signed-on'), '05-03-2026');
    await user.click(screen.getByTestId('lw-sign-save'));
    await waitFor(() =>
      expect(document.getElementById('lw-signed-by-lw-1-error')?.textContent).toBe(
        'Alleen de loonwaardedeskundige van deze bepaling kan tekenen. Vul haar of zijn naam in.',
      ),
    );
    expect(input('lw-signed-by').value).toBe('A. Bakker');
    expect(await axeViolations(container)).toEqual([]);

    await user.clear(input('lw-signed-by'));
    await user.type(input('lw-signed-by'), 'Anna Bakker');
    await user.click(screen.getByTestId('lw-sign-save'));
    await waitFor(() => expect(screen.getByTestId('lw-item-status').textContent).toBe('Getekend'));
    expect(callsOf(calls, 'loonwaarde_sign')[1]?.input).toEqual({
      resident_id: RESIDENT_ID,
      id: 'lw-1',
      form: { signed_by: 'Anna Bakker', signed_on: '05-03-2026' },
    });
    expect(screen.getByTestId('lw-notice').textContent).toBe('De loonwaardebepaling is getekend. Ze verandert niet meer.');
    expect(screen.getByTestId('lw-reassess').textContent).toBe('Volgende herbeoordeling: 05-03-2027');
  });
});

describe('ResidentFile: the Loonwaarde and Subsidies tabs', () => {
  it('are reached with the arrow keys after Werk and open their chunk', async () => {
    mockCommands({
      resident_file: () => fileView(),
      app_status: () => ({ coach_name: PETRA.name, unlocked: true }),
      emergency_accesses: () => [],
      subsidy_file: () => subsidyFile(),
      employers: () => [],
      placements: () => [],
      match_profile: () => null,
      matches_for_resident: () => null,
    });
    renderWithI18n(<ResidentFile residentId={RESIDENT_ID} onChanged={() => undefined} onBack={() => undefined} />);
    const work = await screen.findByTestId('tab-work');
    const user = userEvent.setup();
    await user.click(work);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByTestId('tab-loonwaarde'));
    expect(screen.getByTestId('tab-loonwaarde').textContent).toBe('Loonwaarde');
    expect((await screen.findByTestId('lw-empty')).textContent).toBe('Er is nog geen loonwaardebepaling.');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByTestId('tab-subsidies'));
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-subsidies');
    expect((await screen.findByTestId('lks-empty')).textContent).toBe('Er is nog geen besluit over loonkostensubsidie.');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByTestId('tab-statements'));
  });
});
