import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Appointment, VerzuimCase } from '../../../api/contract.gen';
import { axeViolations, callsOf, mockCommands, renderWithI18n, validationError } from '../../../test/helpers';
import { placementView } from '../../matching/fixtures';
import { VerzuimTab } from './VerzuimTab';

const RESIDENT_ID = 'r-1';
const PETRA = { id: 's-1', name: 'Petra de Vries' };

function verzuimCase(overrides: Partial<VerzuimCase> = {}): VerzuimCase {
  return {
    id: 'v-1',
    resident_id: RESIDENT_ID,
    absence: { on: '2026-11-30', place: 'programme', placement_id: null, appointment_id: 'ap-1', source: 'no_show', reported_by: null, note: 'Niet gekomen op de training.' },
    control: null,
    account: null,
    decision: null,
    ...overrides,
  };
}

const NO_SHOW: Appointment = {
  id: 'ap-1',
  resident_id: RESIDENT_ID,
  starts_at: '2026-11-30T10:00:00',
  ends_at: '2026-11-30T11:00:00',
  location: null,
  subject: 'Training sollicitatie',
  status: 'no_show',
} as Appointment;

function open(handlers: Record<string, (input: any) => unknown> = {}) {
  const calls = mockCommands({
    app_status: () => ({ coach_name: PETRA.name, unlocked: true }),
    verzuim_cases: () => [],
    placements: () => [placementView()],
    ...handlers,
  });
  const onChanged = vi.fn();
  const utils = renderWithI18n(<VerzuimTab residentId={RESIDENT_ID} appointments={[NO_SHOW]} onChanged={onChanged} />);
  return { calls, onChanged, ...utils };
}

const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;

describe('VerzuimTab', () => {
  it('reports a missed appointment as an absence', async () => {
    const { calls, onChanged, container } = open({ absence_report: () => [verzuimCase()] });
    const user = userEvent.setup();
    expect(await screen.findByTestId('verzuim-empty')).toBeTruthy();
    await user.click(screen.getByTestId('absence-new'));
    await user.type(input('absence-on'), '30-11-2026');
    await user.click(screen.getByTestId('absence-place-programme'));
    await user.click(screen.getByTestId('absence-source-no_show'));
    const options = [...input('absence-appointment').querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toEqual(['Kies…', '30-11-2026 10:00: Training sollicitatie']);
    await user.selectOptions(input('absence-appointment'), 'ap-1');
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByTestId('absence-save'));
    await waitFor(() => expect(screen.getByTestId('verzuim-notice').textContent).toBe('Het verzuim is vastgelegd.'));
    expect(callsOf(calls, 'absence_report')[0]?.input).toEqual({
      resident_id: RESIDENT_ID,
      form: { on: '30-11-2026', place: 'programme', placement_id: null, appointment_id: 'ap-1', source: 'no_show', reported_by: null, note: null },
    });
    expect(screen.getByTestId('verzuim-item').querySelector('h4')?.textContent).toBe('Afwezig op 30-11-2026');
    expect(onChanged).toHaveBeenCalled();
  });

  it('asks the resident for an account and shows the answer-by date', async () => {
    const asked = verzuimCase({ account: { asked_on: '2026-12-01', answer_by: '2026-12-08', given_on: null, text: null } });
    const { calls } = open({ verzuim_cases: () => [verzuimCase()], verzuim_account: () => [asked] });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('verzuim-account'));
    await user.click(screen.getByTestId('account-save'));
    await waitFor(() => expect(callsOf(calls, 'verzuim_account')).toHaveLength(1));
    expect(callsOf(calls, 'verzuim_account')[0]?.input).toEqual({ resident_id: RESIDENT_ID, id: 'v-1', form: { asked_on: null, given_on: null, text: null } });
    await waitFor(() =>
      expect(screen.getByTestId('verzuim-item-account').textContent).toBe('Gevraagd op 01-12-2026. De inwoner kan reageren tot en met 08-12-2026.'),
    );
  });

  it('records the controller asked and its result', async () => {
    const { calls } = open({ verzuim_cases: () => [verzuimCase()], verzuim_control: () => [verzuimCase()] });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('verzuim-control'));
    await user.type(input('control-controller'), 'Controle Oost, Ali');
    await user.click(screen.getByTestId('control-kind-visit'));
    await user.click(screen.getByTestId('control-save'));
    await waitFor(() => expect(callsOf(calls, 'verzuim_control')).toHaveLength(1));
    expect((callsOf(calls, 'verzuim_control')[0]?.input as { form: unknown }).form).toEqual({
      requested_on: null,
      controller: 'Controle Oost, Ali',
      kind: 'visit',
      done_on: null,
      finding: null,
      note: null,
    });
  });

  it('a decision before the resident was heard is refused with the Dutch message', async () => {
    const { calls, container } = open({
      verzuim_cases: () => [verzuimCase()],
      verzuim_decide: () => {
        throw validationError(['account', 'error-account-required']);
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('verzuim-decide'));
    expect(screen.getByTestId('decision-by').textContent).toBe('U legt dit besluit vast op naam van Petra de Vries. De computer besluit niet.');
    await user.click(screen.getByTestId('decision-outcome-warning'));
    await user.type(input('decision-reasoning'), 'Twee keer niet gekomen.');
    await user.click(screen.getByTestId('decision-save'));
    const summary = await screen.findByTestId('decision-error-summary');
    expect(summary.textContent).toContain(
      'Vraag eerst de inwoner om zijn of haar kant van het verhaal. Pas daarna, of als de termijn voorbij is, kan iemand besluiten.',
    );
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(callsOf(calls, 'verzuim_decide')[0]?.input).toEqual({
      resident_id: RESIDENT_ID,
      id: 'v-1',
      form: { outcome: 'warning', reasoning: 'Twee keer niet gekomen.' },
    });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a decided case with who decided, and offers no more steps', async () => {
    const decided = verzuimCase({
      account: { asked_on: '2026-12-01', answer_by: '2026-12-08', given_on: '2026-12-02', text: 'Ik was ziek.' },
      decision: { on: '2026-12-03', by: PETRA, outcome: 'no_action', reasoning: 'Ziek gemeld bij de huisarts.' },
    });
    const { container } = open({ verzuim_cases: () => [decided] });
    const item = await screen.findByTestId('verzuim-item');
    expect(within(item).getByTestId('verzuim-item-decision').textContent).toBe(
      'Geen gevolg. Besloten door Petra de Vries op 03-12-2026. Ziek gemeld bij de huisarts.',
    );
    expect(within(item).queryByTestId('verzuim-decide')).toBeNull();
    expect(within(item).queryByTestId('verzuim-warning-print'), 'no letter without a warning').toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('offers the warning letter only for a case decided with a warning', async () => {
    const warned = verzuimCase({
      account: { asked_on: '2026-12-01', answer_by: '2026-12-08', given_on: null, text: null },
      decision: { on: '2026-12-09', by: PETRA, outcome: 'warning', reasoning: 'Niet gekomen en niet gemeld.' },
    });
    const { container } = open({ verzuim_cases: () => [warned] });
    const item = await screen.findByTestId('verzuim-item');
    expect(within(item).getByRole('button', { name: 'Waarschuwingsbrief als PDF maken' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });
});
