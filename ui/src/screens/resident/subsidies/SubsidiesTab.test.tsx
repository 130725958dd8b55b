import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations, callsOf, mockCommands, renderWithI18n, validationError } from '../../../test/helpers';
import { placementView } from '../../matching/fixtures';
import { calculation, jobcoachView, lksView, lwView, PETRA, RESIDENT_ID, SIGNED, subsidyFile } from './fixtures';
import { SubsidiesTab } from './SubsidiesTab';

type Handlers = Record<string, (input: any, args: any) => unknown>;

function open(handlers: Handlers = {}) {
  const calls = mockCommands({
    app_status: () => ({ coach_name: PETRA.name, unlocked: true }),
    subsidy_file: () => subsidyFile(),
    placements: () => [placementView()],
    ...handlers,
  });
  const onChanged = vi.fn();
  const utils = renderWithI18n(<SubsidiesTab residentId={RESIDENT_ID} onChanged={onChanged} />);
  return { calls, onChanged, ...utils };
}

const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;
const texts = (els: HTMLElement[]) => els.map((e) => e.textContent);

describe('SubsidiesTab: loonkostensubsidie', () => {
  it('shows a decision with the advice per part, who decided, the reasoning, and the payments in hours and euros', async () => {
    const { calls, container } = open({ subsidy_file: () => subsidyFile({ lks: [lksView()] }) });
    const item = await screen.findByTestId('lks-item');
    expect(callsOf(calls, 'subsidy_file')[0]?.input).toEqual({ resident_id: RESIDENT_ID, purpose: 'employer_subsidy' });
    expect(within(item).getByRole('heading', { level: 4 }).textContent).toBe('Bakkerij Rijn, vanaf 15-06-2025');
    expect(within(item).getByTestId('lks-item-outcome').textContent).toBe('Toegekend');
    expect(within(item).getByTestId('lks-item-decided').textContent).toBe('Toegekend door Petra de Vries op 10-06-2025');
    expect(within(item).getByText('Vaste baan na de proefplaatsing.')).toBeTruthy();
    expect(within(item).getByText('15-03-2025 tot en met 14-06-2025'), 'the trial placement').toBeTruthy();

    const parts = within(item).getAllByTestId('lks-item-estimate-part');
    expect(parts, 'a period across 1 July is shown in two parts').toHaveLength(2);
    expect(texts(within(parts[0]!).getAllByTestId('lks-item-estimate-steps-step'))).toEqual([
      'Van 15-06-2025 tot en met 30-06-2025: 55,47 uur gewerkt.',
      'Het minimumloon per uur vanaf 01-01-2025 is EUR 14,18.',
      'De loonwaarde is 81 %. Het verschil met het minimumloon is 19 %.',
      'Subsidie: 19 % van EUR 15,31 × 55,47 uur = EUR 161,36.',
    ]);
    expect(within(parts[1]!).getByText('Deel 2: 01-07-2025 tot en met 14-07-2025')).toBeTruthy();
    expect(within(parts[1]!).getByText('Bron: Staatscourant 2025, 13022')).toBeTruthy();
    expect(texts(within(item).getAllByTestId('lks-item-estimate-total-step'))).toEqual([
      'Totaal van 15-06-2025 tot en met 14-07-2025 (104 uur): EUR 304,74 subsidie + EUR 71,61 vergoeding = EUR 376,35.',
    ]);

    const payment = within(item).getByTestId('lks-payment');
    expect(texts([...payment.querySelectorAll('td')] as HTMLElement[])).toEqual([
      '15-06-2025 tot en met 14-07-2025',
      '96,5',
      'EUR 987,65',
      'EUR 246,91',
      'EUR 1.234,56',
      'Petra de Vries op 20-07-2025',
    ]);
    expect(within(item).getByTestId('lks-item-paid').textContent).toBe('EUR 1.234,56');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the estimate as advice before a person decides; a refused decision keeps what was typed', async () => {
    let attempts = 0;
    const { calls, onChanged, container } = open({
      subsidy_file: () => subsidyFile({ loonwaarden: [lwView(), lwView(SIGNED)] }),
      lks_estimate: () => calculation(),
      lks_decide: () => {
        attempts += 1;
        if (attempts === 1) throw validationError(['reasoning', 'error-required'], ['trial.until', 'error-trial-too-long']);
        return subsidyFile({ lks: [lksView()] });
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('lks-new'));
    const form = screen.getByTestId('lks-form');
    await waitFor(() => expect(document.activeElement).toBe(within(form).getAllByRole('heading')[0]));
    expect(screen.getByTestId('lks-decider').textContent).toBe('U legt dit besluit vast op naam van Petra de Vries. De computer besluit niet.');
    const loonwaarden = [...input('lks-loonwaarde').querySelectorAll('option')].map((o) => o.textContent);
    expect(loonwaarden, 'only signed assessments can be chosen').toEqual(['Kies…', '81 % bij Bakkerij Rijn, getekend op 10-02-2025']);
    expect(screen.getByTestId('lks-advice-waiting')).toBeTruthy();

    await user.selectOptions(input('lks-placement'), 'p-1');
    await user.selectOptions(input('lks-loonwaarde'), 'lw-0');
    await user.type(input('lks-starts-on'), '15-06-2025');
    const advice = screen.getByTestId('lks-advice');
    await waitFor(() => expect(within(advice).getAllByTestId('lks-advice-calc-part')).toHaveLength(2));
    expect(callsOf(calls, 'lks_estimate').at(-1)?.input).toEqual({ loonwaarde_percent: 81, hours_per_week: 24, starts_on: '15-06-2025' });
    expect(within(advice).getByRole('heading').textContent).toBe('Advies: berekening voor de eerste maand');
    expect(within(advice).getByText('Dit is een berekening, geen besluit. U besluit zelf of de werkgever subsidie krijgt.')).toBeTruthy();
    expect(callsOf(calls, 'lks_decide'), 'the advice decides nothing').toHaveLength(0);

    await user.type(input('lks-trial-from'), '01-02-2025');
    await user.type(input('lks-trial-until'), '14-06-2025');
    await user.click(screen.getByTestId('lks-outcome-granted'));
    await user.click(screen.getByTestId('lks-save'));
    const summary = await screen.findByTestId('lks-error-summary');
    expect(texts([...summary.querySelectorAll('li')] as HTMLElement[])).toEqual([
      'Laatste dag van de proefplaatsing: Een proefplaatsing duurt hoogstens 3 maanden.',
      'Waarom?: Vul dit veld in.',
    ]);
    expect(document.getElementById('lks-reasoning-error')?.textContent).toBe('Vul dit veld in.');
    expect(input('lks-reasoning').getAttribute('aria-describedby')).toContain('lks-reasoning-error');
    expect(input('lks-trial-until').getAttribute('aria-describedby')).toContain('lks-trial-until-error');
    expect(input('lks-starts-on').value, 'typed values are kept').toBe('15-06-2025');
    expect(input('lks-trial-until').value).toBe('14-06-2025');
    expect(await axeViolations(container)).toEqual([]);

    await user.type(input('lks-reasoning'), 'Vaste baan na de proefplaatsing.');
    await user.click(screen.getByTestId('lks-save'));
    await waitFor(() => expect(screen.getByTestId('subsidy-notice').textContent).toBe('Het besluit is vastgelegd.'));
    expect(callsOf(calls, 'lks_decide')[1]?.input).toEqual({
      resident_id: RESIDENT_ID,
      form: {
        placement_id: 'p-1',
        loonwaarde_id: 'lw-0',
        starts_on: '15-06-2025',
        trial_from: '01-02-2025',
        trial_until: '14-06-2025',
        outcome: 'granted',
        decided_on: null,
        reasoning: 'Vaste baan na de proefplaatsing.',
        supersedes: null,
      },
    });
    expect(screen.getAllByTestId('lks-item')).toHaveLength(1);
    expect(onChanged).toHaveBeenCalled();
  });

  it('records a payment with the hours worked; a period outside the decision is refused at its field', async () => {
    let attempts = 0;
    const paid = lksView();
    const { calls } = open({
      subsidy_file: () => subsidyFile({ lks: [lksView({ payments: [], paid_cents: 0 })] }),
      lks_pay: () => {
        attempts += 1;
        if (attempts === 1) throw validationError(['period_from', 'error-outside-decision']);
        return subsidyFile({ lks: [paid] });
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('lks-pay-open'));
    await waitFor(() => expect(document.activeElement).toBe(input('lks-pay-from')));
    expect(screen.getByText('U keurt deze betaling goed op naam van Petra de Vries.')).toBeTruthy();
    await user.type(input('lks-pay-from'), '01-01-2025');
    await user.type(input('lks-pay-until'), '14-07-2025');
    await user.type(input('lks-pay-hours'), '96,5');
    await user.click(screen.getByTestId('lks-pay-save'));
    await waitFor(() => expect(document.getElementById('lks-pay-from-d-1-error')).not.toBeNull());
    expect(input('lks-pay-hours').value).toBe('96,5');
    await user.clear(input('lks-pay-from'));
    await user.type(input('lks-pay-from'), '15-06-2025');
    await user.click(screen.getByTestId('lks-pay-save'));
    await waitFor(() => expect(screen.getByTestId('subsidy-notice').textContent).toBe('De betaling is vastgelegd.'));
    expect(callsOf(calls, 'lks_pay')[1]?.input).toEqual({
      resident_id: RESIDENT_ID,
      form: { decision_id: 'd-1', period_from: '15-06-2025', period_until: '14-07-2025', hours_worked: '96,5' },
    });
    expect(screen.getByTestId('lks-payment')).toBeTruthy();
  });

  it('makes the beschikking as PDF for the decision, and says so for screen readers', async () => {
    const { calls } = open({
      subsidy_file: () => subsidyFile({ lks: [lksView()] }),
      lks_beschikking_issue: () => ({
        path: '/tmp/beschikking-lks-LKS-0A1B2C3D-00001.pdf',
        file_name: 'beschikking-lks-LKS-0A1B2C3D-00001.pdf',
        reference: 'LKS-0A1B2C3D-00001',
        json_path: null,
      }),
    });
    const item = await screen.findByTestId('lks-item');
    await userEvent.setup().click(within(item).getByTestId('lks-print'));
    await waitFor(() => expect(callsOf(calls, 'lks_beschikking_issue')).toHaveLength(1));
    expect(callsOf(calls, 'lks_beschikking_issue')[0]?.input).toEqual({
      resident_id: RESIDENT_ID,
      decision_id: lksView().decision.id,
    });
    expect((await within(item).findByTestId('lks-print-result-status')).textContent).toContain(
      'beschikking-lks-LKS-0A1B2C3D-00001.pdf',
    );
  });

  it('offers no payment under a refused decision', async () => {
    const refused = lksView({ payments: [], paid_cents: 0 });
    refused.decision.outcome = 'refused';
    open({ subsidy_file: () => subsidyFile({ lks: [refused] }) });
    expect((await screen.findByTestId('lks-item-outcome')).textContent).toBe('Afgewezen');
    expect(screen.queryByTestId('lks-pay-open')).toBeNull();
  });
});

describe('SubsidiesTab: job coaching', () => {
  it('records the progress report, then a named person approves the payment', async () => {
    let current = subsidyFile({ jobcoaching: [jobcoachView()] });
    const { calls, container } = open({
      subsidy_file: () => current,
      jobcoaching_report: (i) => {
        current = subsidyFile({ jobcoaching: [jobcoachView({ progress_report: { received_on: '2026-04-02', summary: i.form.summary } })] });
        return current;
      },
      jobcoaching_approve: () => {
        current = subsidyFile({
          jobcoaching: [
            jobcoachView({
              progress_report: { received_on: '2026-04-02', summary: 'Gaat goed.' },
              approval: { approved_by: PETRA, approved_on: '2026-04-03' },
            }),
          ],
        });
        return current;
      },
    });
    const item = await screen.findByTestId('jc-item');
    expect(within(item).getByRole('heading', { level: 4 }).textContent).toBe('Jobcoach Gelderland: 01-01-2026 tot en met 31-03-2026');
    expect(within(item).getByTestId('jc-item-status').textContent).toBe('Gepland: wacht op voortgangsverslag');
    expect(within(item).getByTestId('jc-item-hours').textContent).toBe('24,5');
    expect(within(item).getByTestId('jc-item-amount').textContent).toBe('EUR 1.837,50');
    expect(texts(within(item).getAllByTestId('jc-item-steps-step'))).toEqual([
      'Van 01-01-2026 tot en met 31-03-2026: 24,5 uur jobcoaching × EUR 75,00 per uur = EUR 1.837,50.',
      'Totaal: EUR 1.837,50.',
    ]);
    expect(within(item).queryByTestId('jc-approve'), 'no approval before the report').toBeNull();
    expect(await axeViolations(container)).toEqual([]);

    const user = userEvent.setup();
    await user.click(within(item).getByTestId('jc-report-open'));
    await user.clear(input('jc-report-on'));
    await user.type(input('jc-report-on'), '02-04-2026');
    await user.type(input('jc-report-summary'), 'Gaat goed.');
    await user.click(screen.getByTestId('jc-report-save'));
    await waitFor(() => expect(screen.getByTestId('jc-item-status').textContent).toBe('Verslag binnen: wacht op goedkeuring'));
    expect(callsOf(calls, 'jobcoaching_report')[0]?.input).toEqual({
      resident_id: RESIDENT_ID,
      subsidy_id: 'jc-1',
      form: { received_on: '02-04-2026', summary: 'Gaat goed.' },
    });
    expect(screen.getByText('U keurt de betaling goed op naam van Petra de Vries.')).toBeTruthy();
    await user.click(screen.getByTestId('jc-approve'));
    await waitFor(() => expect(screen.getByTestId('jc-item-approval').textContent).toBe('Petra de Vries op 03-04-2026'));
    expect(callsOf(calls, 'jobcoaching_approve')[0]?.input).toEqual({ resident_id: RESIDENT_ID, subsidy_id: 'jc-1' });
    expect(screen.getByTestId('subsidy-notice').textContent).toBe('De betaling aan de jobcoachorganisatie is goedgekeurd.');
    expect(document.activeElement).toBe(screen.getByTestId('subsidy-notice'));
    expect(screen.queryByTestId('jc-approve')).toBeNull();
  });

  it('plans a period; a missing organisation and bad hours are shown at their fields', async () => {
    let attempts = 0;
    const { calls } = open({
      jobcoaching_plan: () => {
        attempts += 1;
        if (attempts === 1) throw validationError(['organisation_id', 'error-required'], ['hours', 'error-number-format']);
        return subsidyFile({ jobcoaching: [jobcoachView()] });
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('jc-new'));
    await user.type(input('jc-period-from'), '01-01-2026');
    await user.type(input('jc-period-until'), '31-03-2026');
    await user.type(input('jc-hours'), 'veel');
    await user.click(screen.getByTestId('jc-save'));
    await waitFor(() => expect(document.getElementById('jc-organisation-error')?.textContent).toBe('Vul dit veld in.'));
    expect(input('jc-hours').getAttribute('aria-describedby')).toContain('jc-hours-error');
    expect(input('jc-period-until').value).toBe('31-03-2026');
    await user.selectOptions(input('jc-organisation'), 'o-1');
    await user.clear(input('jc-hours'));
    await user.type(input('jc-hours'), '24,5');
    await user.click(screen.getByTestId('jc-save'));
    await waitFor(() => expect(screen.getByTestId('subsidy-notice').textContent).toBe('De jobcoaching is gepland.'));
    expect(callsOf(calls, 'jobcoaching_plan')[1]?.input).toEqual({
      resident_id: RESIDENT_ID,
      form: { organisation_id: 'o-1', loonwaarde_id: null, period_from: '01-01-2026', period_until: '31-03-2026', hours: '24,5' },
    });
  });

  it('adds a jobcoach organisation and reads the file again', async () => {
    let organisations = subsidyFile().organisations;
    const { calls } = open({
      subsidy_file: () => subsidyFile({ organisations }),
      jobcoach_organisation_save: (i) => {
        const o = { id: 'o-2', name: i.form.name, kvk: null, contact_name: null, email: null, phone: null };
        organisations = [...organisations, o];
        return o;
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('org-new'));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Jobcoachorganisatie toevoegen'));
    await user.type(input('org-name'), 'Werkfit Arnhem');
    await user.click(screen.getByTestId('org-save'));
    await waitFor(() => expect(screen.getByTestId('org-list').textContent).toContain('Werkfit Arnhem'));
    expect(callsOf(calls, 'jobcoach_organisation_save')[0]?.input).toEqual({
      id: null,
      form: { name: 'Werkfit Arnhem', kvk: null, contact_name: null, email: null, phone: null },
    });
    expect(screen.getByTestId('subsidy-notice').textContent).toBe('De jobcoachorganisatie is toegevoegd.');
  });
});
