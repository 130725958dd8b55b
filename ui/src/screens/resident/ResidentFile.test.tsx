import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { HealthRecord, ResidentFileView } from '../../api/contract.gen';
import { axeViolations, callsOf, mockCommands, renderWithI18n, validationError } from '../../test/helpers';
import { fileView, RESIDENT_ID, traject } from './fixtures';
import { ResidentFile } from './ResidentFile';

function open(view: ResidentFileView, extra: Record<string, (input: any) => unknown> = {}) {
  const calls = mockCommands({ resident_file: () => view, ...extra });
  const onChanged = vi.fn();
  const utils = renderWithI18n(<ResidentFile residentId={RESIDENT_ID} onChanged={onChanged} onBack={vi.fn()} />);
  return { calls, onChanged, ...utils };
}

const HEALTH: HealthRecord = {
  id: 'h-1',
  resident_id: RESIDENT_ID,
  recorded_on: '2025-05-01',
  recorded_by: { id: 's-1', name: 'Petra de Vries' },
  necessity: 'Nodig voor een passende werkplek',
  summary: 'Kan niet lang staan',
  work_limitations: 'Zittend werk',
  source: 'bedrijfsarts',
};

describe('ResidentFile', () => {
  it('opens the file for guidance and shows the name as h1', async () => {
    const { calls } = open(fileView());
    const title = await screen.findByTestId('file-title');
    expect(title.tagName).toBe('H1');
    expect(title.textContent).toBe('Jan van der Berg');
    expect(callsOf(calls, 'resident_file')[0]?.input, 'opening is an audited read for purpose guidance').toEqual({
      resident_id: RESIDENT_ID,
      purpose: 'guidance',
    });
    await waitFor(() => expect(document.activeElement, 'focus moves to the heading').toBe(title));
  });

  it('moves between tabs with the arrow keys, Home and End', async () => {
    open(fileView());
    const personal = await screen.findByTestId('tab-personal');
    personal.focus();
    const user = userEvent.setup();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByTestId('tab-traject'));
    expect(screen.getByTestId('tab-traject').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-traject');
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(screen.getByTestId('tab-health'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement, 'arrows wrap around').toBe(screen.getByTestId('tab-personal'));
    await user.keyboard('{ArrowLeft}{Home}');
    expect(document.activeElement).toBe(screen.getByTestId('tab-personal'));
  });

  it('ends a traject as afgebroken and shows the retention date dd-mm-jjjj', async () => {
    const ended = fileView({
      trajecten: [
        traject({
          state: 'ended',
          end: {
            reason: 'afgebroken',
            ended_on: '2025-06-15',
            decided_by: { id: 's-1', name: 'Petra de Vries' },
            reasoning: 'Inwoner is verhuisd',
          },
          destroy_after: '2025-07-27',
        }),
      ],
    });
    const { calls, onChanged } = open(fileView(), { traject_end: () => ended });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('tab-traject'));
    expect(screen.getByTestId('traject-to-geplaatst'), 'allowed next states are offered').toBeTruthy();
    await user.click(screen.getByTestId('traject-end-open'));
    await user.click(screen.getByTestId('traject-end-reason-afgebroken'));
    await user.clear(screen.getByTestId('traject-end-date'));
    await user.type(screen.getByTestId('traject-end-date'), '15-06-2025');
    await user.type(screen.getByTestId('traject-end-reasoning'), 'Inwoner is verhuisd');
    await user.click(screen.getByTestId('traject-end-submit'));

    const retention = await screen.findByTestId('traject-retention');
    expect(retention.textContent).toBe('Bewaard tot 27-07-2025');
    expect(callsOf(calls, 'traject_end')[0]?.input).toEqual({
      resident_id: RESIDENT_ID,
      traject_id: 't-1',
      reason: 'afgebroken',
      ended_on: '15-06-2025',
      reasoning: 'Inwoner is verhuisd',
    });
    expect(onChanged, 'the app refreshes its pending-changes count').toHaveBeenCalled();
    expect(screen.queryByTestId('traject-end-open'), 'an ended traject cannot be ended again').toBeNull();
  });

  it('shows the missing reason and reasoning the backend reports at their fields, and ends nothing', async () => {
    const { calls, onChanged } = open(fileView(), {
      traject_end: () => {
        throw validationError(['reason', 'error-required'], ['reasoning', 'error-required']);
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('tab-traject'));
    await user.click(screen.getByTestId('traject-end-open'));
    await user.click(screen.getByTestId('traject-end-submit'));
    const summary = await screen.findByTestId('traject-end-error-summary');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Hoe is het traject geëindigd?: Vul dit veld in.',
      'Toelichting: Vul dit veld in.',
    ]);
    expect(document.getElementById('traject-end-reasoning-error')?.textContent, 'the message sits at its field').toBe('Vul dit veld in.');
    expect(screen.getByTestId('traject-end-reasoning').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement, 'focus goes to the summary that links to the fields').toBe(summary));
    expect(callsOf(calls, 'traject_end')[0]?.input, 'the backend checks what was typed').toMatchObject({ reason: null, reasoning: '' });
    expect(onChanged, 'nothing was stored').not.toHaveBeenCalled();
    expect(screen.queryByTestId('traject-retention'), 'the traject did not end').toBeNull();
  });

  it('moves a traject to an allowed next state with a reason', async () => {
    const { calls } = open(fileView(), { traject_transition: () => fileView() });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('tab-traject'));
    await user.type(screen.getByTestId('traject-transition-reason'), 'Start bij Bakkerij Rijn');
    await user.click(screen.getByTestId('traject-to-geplaatst'));
    await waitFor(() =>
      expect(callsOf(calls, 'traject_transition')[0]?.input).toEqual({
        resident_id: RESIDENT_ID,
        traject_id: 't-1',
        to: 'geplaatst',
        reason: 'Start bij Bakkerij Rijn',
      }),
    );
  });

  it('shows no health data and calls nothing until purpose and reason are given', async () => {
    const { calls } = open(fileView(), { health_view: () => [HEALTH] });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('tab-health'));
    expect(screen.getByText(/Werkpad legt elke keer vast wie de gegevens bekeek/)).toBeTruthy();

    await user.click(screen.getByTestId('health-show'));
    expect(screen.getByTestId('health-purpose').getAttribute('aria-invalid')).toBe('true');
    await user.selectOptions(screen.getByTestId('health-purpose'), 'matching');
    await user.click(screen.getByTestId('health-show'));
    expect(screen.getByTestId('health-reason').getAttribute('aria-invalid')).toBe('true');
    expect(callsOf(calls, 'health_view'), 'no audited read without purpose and reason').toHaveLength(0);
    expect(screen.queryByText('Kan niet lang staan'), 'health content stays hidden').toBeNull();

    await user.type(screen.getByTestId('health-reason'), 'Werkplek zoeken waar zij kan zitten');
    await user.click(screen.getByTestId('health-show'));
    expect(await screen.findByText('Kan niet lang staan')).toBeTruthy();
    expect(callsOf(calls, 'health_view')[0]?.input).toEqual({
      resident_id: RESIDENT_ID,
      purpose: 'matching',
      reason: 'Werkplek zoeken waar zij kan zitten',
    });
  });

  it('shows purpose_not_allowed from the backend', async () => {
    open(fileView(), {
      health_view: () => {
        throw { code: 'purpose_not_allowed', message_id: 'error-purpose-not-allowed', args: { purpose: 'research' }, fields: [] };
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('tab-health'));
    await user.selectOptions(screen.getByTestId('health-purpose'), 'research');
    await user.type(screen.getByTestId('health-reason'), 'Onderzoek');
    await user.click(screen.getByTestId('health-show'));
    expect((await screen.findByTestId('health-error')).textContent).toBe(
      'Voor dit doel mag u geen gezondheidsgegevens inzien.',
    );
  });

  it('adds a report and lists reports newest first', async () => {
    const report = (id: string, text: string, at: string) => ({
      id,
      resident_id: RESIDENT_ID,
      traject_id: 't-1',
      written_at: at,
      author: { id: 's-1', name: 'Petra de Vries' },
      kind: 'phone' as const,
      text,
    });
    const after = fileView({
      reports: [report('p-2', 'Nieuw gesprek', '2025-06-16T08:30:00Z'), report('p-1', 'Eerste gesprek', '2025-06-01T08:30:00Z')],
    });
    const { calls } = open(fileView({ reports: [report('p-1', 'Eerste gesprek', '2025-06-01T08:30:00Z')] }), {
      report_add: () => after,
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('tab-reports'));
    await user.selectOptions(screen.getByTestId('report-kind'), 'phone');
    await user.type(screen.getByTestId('report-text'), 'Nieuw gesprek');
    await user.click(screen.getByTestId('report-submit'));
    await waitFor(() => expect(screen.getAllByTestId('report-item')).toHaveLength(2));
    expect(screen.getAllByTestId('report-item')[0]?.textContent, 'newest first, in Amsterdam time').toContain(
      '16-06-2025 10:30',
    );
    expect(callsOf(calls, 'report_add')[0]?.input).toEqual({ resident_id: RESIDENT_ID, kind: 'phone', text: 'Nieuw gesprek' });
  });

  it('shows a missing report text from the backend at the field and adds nothing', async () => {
    const { calls, onChanged } = open(fileView(), {
      report_add: () => {
        throw validationError(['text', 'error-required']);
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('tab-reports'));
    await user.type(screen.getByTestId('report-text'), '   ');
    await user.click(screen.getByTestId('report-submit'));
    await waitFor(() => expect(document.getElementById('report-text-error')?.textContent).toBe('Vul dit veld in.'));
    expect(screen.getByTestId('report-text').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement, 'focus moves to the field').toBe(screen.getByTestId('report-text'));
    expect(callsOf(calls, 'report_add')).toHaveLength(1);
    expect(onChanged, 'nothing was stored').not.toHaveBeenCalled();
    expect(screen.queryAllByTestId('report-item')).toHaveLength(0);
    expect(screen.queryByText('De rapportage is opgeslagen.'), 'no "added" notice').toBeNull();
  });

  it('saves an appointment with wall times', async () => {
    const { calls } = open(fileView(), { appointment_save: () => fileView() });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('tab-appointments'));
    await user.type(screen.getByTestId('appointment-date'), '17-06-2025');
    await user.type(screen.getByTestId('appointment-start'), '10:00');
    await user.type(screen.getByTestId('appointment-end'), '11:00');
    await user.type(screen.getByTestId('appointment-subject'), 'Voortgangsgesprek');
    await user.click(screen.getByTestId('appointment-submit'));
    await waitFor(() =>
      expect(callsOf(calls, 'appointment_save')[0]?.input).toEqual({
        resident_id: RESIDENT_ID,
        id: null,
        starts_at: '2025-06-17T10:00:00',
        ends_at: '2025-06-17T11:00:00',
        location: null,
        subject: 'Voortgangsgesprek',
        status: 'planned',
      }),
    );
  });

  it('shows the backend\'s missing subject and end before start at their fields, focusing the first', async () => {
    const { calls, onChanged } = open(fileView(), {
      appointment_save: () => {
        throw validationError(['subject', 'error-required'], ['ends_at', 'error-end-before-start']);
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('tab-appointments'));
    await user.type(screen.getByTestId('appointment-date'), '17-06-2025');
    await user.type(screen.getByTestId('appointment-start'), '11:00');
    await user.type(screen.getByTestId('appointment-end'), '10:00');
    await user.click(screen.getByTestId('appointment-submit'));
    await waitFor(() => expect(document.getElementById('appointment-subject-error')?.textContent).toBe('Vul dit veld in.'));
    expect(document.getElementById('appointment-end-error')?.textContent).toBe(
      'De einddatum ligt vóór de begindatum. Kijk of beide datums kloppen.',
    );
    expect(document.activeElement, 'focus moves to the first field with an error').toBe(screen.getByTestId('appointment-end'));
    expect(callsOf(calls, 'appointment_save')[0]?.input).toMatchObject({
      starts_at: '2025-06-17T11:00:00',
      ends_at: '2025-06-17T10:00:00',
      subject: '',
    });
    expect(onChanged, 'nothing was stored').not.toHaveBeenCalled();
    expect((screen.getByTestId('appointment-date') as HTMLInputElement).value, 'what was typed stays').toBe('17-06-2025');
  });

  it('does not send an appointment whose day or time cannot be read', async () => {
    const { calls } = open(fileView(), { appointment_save: () => fileView() });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('tab-appointments'));
    await user.type(screen.getByTestId('appointment-date'), '17 juni');
    await user.type(screen.getByTestId('appointment-start'), '10:00');
    await user.type(screen.getByTestId('appointment-subject'), 'Voortgangsgesprek');
    await user.click(screen.getByTestId('appointment-submit'));
    expect(document.getElementById('appointment-date-error')?.textContent).toBe('Vul de datum in als dd-mm-jjjj, bijvoorbeeld 31-12-1990.');
    expect(document.getElementById('appointment-end-error')?.textContent).toBe('Vul dit veld in.');
    expect(document.activeElement).toBe(screen.getByTestId('appointment-date'));
    expect(callsOf(calls, 'appointment_save'), 'nothing that cannot be parsed is sent').toHaveLength(0);
  });

  it('saves an agreement', async () => {
    const { calls } = open(fileView(), { agreement_save: () => fileView() });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('tab-plan'));
    await user.type(screen.getByTestId('agreement-description'), 'Twee sollicitaties per week');
    await user.type(screen.getByTestId('agreement-date'), '01-07-2025');
    await user.click(screen.getByTestId('agreement-submit'));
    await waitFor(() =>
      expect(callsOf(calls, 'agreement_save')[0]?.input).toEqual({
        resident_id: RESIDENT_ID,
        id: null,
        description: 'Twee sollicitaties per week',
        due_on: '01-07-2025',
        status: 'open',
      }),
    );
  });

  it('shows a missing description and an early due date from the backend at their fields', async () => {
    const { calls, onChanged } = open(fileView(), {
      agreement_save: () => {
        throw validationError(['description', 'error-required'], ['due_on', 'error-end-before-start']);
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('tab-plan'));
    await user.type(screen.getByTestId('agreement-date'), '01-01-2020');
    await user.click(screen.getByTestId('agreement-submit'));
    await waitFor(() => expect(document.getElementById('agreement-description-error')?.textContent).toBe('Vul dit veld in.'));
    expect(document.getElementById('agreement-date-error')?.textContent).toBe(
      'De einddatum ligt vóór de begindatum. Kijk of beide datums kloppen.',
    );
    expect(document.activeElement, 'focus moves to the first field with an error').toBe(screen.getByTestId('agreement-description'));
    expect(callsOf(calls, 'agreement_save')[0]?.input).toMatchObject({ description: '', due_on: '01-01-2020' });
    expect(onChanged, 'nothing was stored').not.toHaveBeenCalled();
    expect((screen.getByTestId('agreement-date') as HTMLInputElement).value, 'what was typed stays').toBe('01-01-2020');
  });

  it('edits personal data with resident_update and shows field errors from it', async () => {
    const { calls } = open(fileView(), {
      resident_update: () => {
        throw {
          code: 'validation',
          message_id: 'error-validation',
          args: {},
          fields: [{ field: 'draft.address.postcode', message_id: 'error-postcode-letters', args: {} }],
        };
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('personal-edit'));
    const birth = screen.getByTestId('edit-birth_date') as HTMLInputElement;
    expect(birth.value, 'ISO dates are shown dd-mm-jjjj for editing').toBe('17-05-1990');
    await user.clear(screen.getByTestId('edit-address-postcode'));
    await user.type(screen.getByTestId('edit-address-postcode'), '6811 SS');
    await user.click(screen.getByTestId('edit-save'));
    const summary = await screen.findByTestId('edit-error-summary');
    expect(summary.textContent).toContain('Postcode: Deze postcode bestaat niet.');
    expect(callsOf(calls, 'resident_update')[0]?.input).toMatchObject({
      resident_id: RESIDENT_ID,
      draft: { address: { postcode: '6811 SS' }, birth_date: '17-05-1990' },
    });
  });

  it('has no axe violations on the traject tab', async () => {
    const { container } = open(fileView());
    await userEvent.setup().click(await screen.findByTestId('tab-traject'));
    expect(await axeViolations(container)).toEqual([]);
  });
});
