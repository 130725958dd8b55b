import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { StatementsOverview } from '../../../api/contract.gen';
import { axeViolations, callsOf, mockCommands, renderWithI18n } from '../../../test/helpers';
import { fileView, RESIDENT_ID } from '../fixtures';
import { ResidentFile } from '../ResidentFile';
import { COACH, decision, DISCLOSURE, EMPTY_OVERVIEW, printFile, statement } from './fixtures';
import { StatementsTab } from './StatementsTab';

type Handlers = Record<string, (input: any) => unknown>;

function open(overview: StatementsOverview, extra: Handlers = {}) {
  const calls = mockCommands({
    app_status: () => ({ coach_name: COACH.name, unlocked: true }),
    statements_overview: () => overview,
    ...extra,
  });
  const onChanged = vi.fn();
  const utils = renderWithI18n(<StatementsTab residentId={RESIDENT_ID} onChanged={onChanged} />);
  return { calls, onChanged, ...utils };
}

const GRANTED = decision({ id: 'd-granted' });
const REFUSED = decision({ id: 'd-refused', outcome: 'refused', decided_on: '2025-05-01', reasoning: 'Te laat' });
const V56_FILE = { ...printFile('verklaring-56plus-V56-3F9A2C1B-00002.pdf'), reference: 'V56-3F9A2C1B-00002' };

describe('Verklaringen tab', () => {
  it('is a tab of the resident file', async () => {
    mockCommands({ resident_file: () => fileView(), statements_overview: () => EMPTY_OVERVIEW });
    renderWithI18n(<ResidentFile residentId={RESIDENT_ID} onChanged={vi.fn()} onBack={vi.fn()} />);
    const user = userEvent.setup();
    const tab = await screen.findByTestId('tab-statements');
    expect(tab.textContent).toBe('Verklaringen');
    await user.click(tab);
    // The tab's code is loaded when it is first opened.
    const title = await within(screen.getByRole('tabpanel')).findByRole('heading', { level: 2 });
    expect(title.textContent).toBe('Verklaringen');
    await waitFor(() =>
      expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
        'Verklaring 56+',
        'Besluiten',
        'Afgegeven verklaringen',
        'Andere documenten',
      ]),
    );
  });

  it('lists decisions newest first and offers printing only for a granted one', async () => {
    open({ ...EMPTY_OVERVIEW, decisions: [GRANTED, REFUSED] });
    const items = await screen.findAllByTestId('v56-decision');
    expect(items.map((i) => i.querySelector('h4')?.textContent)).toEqual([
      'Toegekend: Bakkerij Rijn B.V.',
      'Afgewezen: Bakkerij Rijn B.V.',
    ]);
    expect(items[0]?.textContent).toContain('12-06-2025');
    expect(items[0]?.textContent).toContain('01-06-2025');
    expect(items[0]?.textContent).toContain('Petra de Vries');
    expect(items[1]?.textContent).toContain('Te laat');
    expect(within(items[0]!).queryByTestId('v56-issue')).not.toBeNull();
    expect(within(items[1]!).queryByTestId('v56-issue')).toBeNull();
    const uwv = within(items[0]!).getByTestId('v56-to-uwv') as HTMLInputElement;
    const employer = within(items[0]!).getByTestId('v56-to-employer') as HTMLInputElement;
    expect(uwv.checked, 'a copy to UWV by default').toBe(true);
    expect(employer.checked).toBe(false);
  });

  it('issues the verklaring to the chosen recipients and shows the print actions', async () => {
    const { calls, onChanged } = open(
      { ...EMPTY_OVERVIEW, decisions: [GRANTED] },
      { verklaring56_issue: () => V56_FILE, print_file_save: () => '/home/petra/Documenten/verklaring.pdf' },
    );
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('v56-to-uwv'));
    await user.click(screen.getByTestId('v56-to-employer'));
    await user.click(screen.getByTestId('v56-issue'));

    const status = await screen.findByTestId('decision-print-d-granted-status');
    await waitFor(() => expect(status.textContent).toBe('Klaar: verklaring-56plus-V56-3F9A2C1B-00002.pdf'));
    expect(status.getAttribute('role')).toBe('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(callsOf(calls, 'verklaring56_issue')[0]?.input).toEqual({
      decision_id: 'd-granted',
      to_employer: true,
      to_uwv: false,
    });
    expect(callsOf(calls, 'statements_overview'), 'the new statement is listed').toHaveLength(2);
    expect(onChanged).toHaveBeenCalledTimes(1);

    await user.click(screen.getByTestId('decision-print-d-granted-open'));
    expect(callsOf(calls, 'print_file_open')[0]?.input).toEqual({ path: V56_FILE.path });
    await user.click(screen.getByTestId('decision-print-d-granted-save'));
    expect(callsOf(calls, 'print_file_save')[0]?.input).toEqual({ path: V56_FILE.path });
    await waitFor(() => expect(status.textContent).toContain('Opgeslagen in /home/petra/Documenten/verklaring.pdf'));
    expect(screen.queryByTestId('decision-print-d-granted-save-json'), 'no JSON file for a verklaring').toBeNull();
  });

  it('shows why printing failed, e.g. an unreadable logo', async () => {
    open(
      { ...EMPTY_OVERVIEW, decisions: [GRANTED] },
      {
        verklaring56_issue: () => {
          throw { code: 'logo_unreadable', message_id: 'error-logo-unreadable', args: {}, fields: [] };
        },
      },
    );
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('v56-issue'));
    expect((await screen.findByTestId('decision-print-d-granted-error')).textContent).toBe(
      'Het logo voor het briefpapier kan niet worden gelezen. Kies in Instellingen een PNG-bestand.',
    );
    expect(screen.queryByTestId('decision-print-d-granted-open')).toBeNull();
  });

  it('offers a reprint only for a verklaring 56+ and lists the sharing register', async () => {
    const overview: StatementsOverview = {
      decisions: [],
      statements: [
        statement({ id: 'st-v56' }),
        statement({ id: 'st-int', kind: 'intake_report', reference: 'INT-3F9A2C1B-00003' }),
        statement({ id: 'st-pva', kind: 'plan_van_aanpak', reference: 'PVA-3F9A2C1B-00004' }),
        statement({ id: 'st-inz', kind: 'inzage', reference: 'INZ-3F9A2C1B-00005' }),
      ],
      disclosures: [DISCLOSURE],
    };
    const { calls, onChanged } = open(overview, {
      statement_reprint: () => printFile('afschrift-st-v56.pdf'),
      print_file_save: () => null,
    });
    const user = userEvent.setup();
    const rows = await screen.findAllByTestId('issued-row');
    expect(rows.map((r) => [...r.querySelectorAll('td')].slice(0, 4).map((c) => c.textContent))).toEqual([
      ['17-06-2025', 'Verklaring 56+', 'V56-3F9A2C1B-00001', 'Petra de Vries'],
      ['17-06-2025', 'Intakeverslag', 'INT-3F9A2C1B-00003', 'Petra de Vries'],
      ['17-06-2025', 'Plan van aanpak', 'PVA-3F9A2C1B-00004', 'Petra de Vries'],
      ['17-06-2025', 'Inzage in gegevens (AVG)', 'INZ-3F9A2C1B-00005', 'Petra de Vries'],
    ]);
    expect(rows.map((r) => within(r).queryByTestId('issued-reprint') !== null)).toEqual([true, false, false, false]);

    const disclosure = screen.getByTestId('disclosure-row');
    expect([...disclosure.querySelectorAll('td')].map((c) => c.textContent)).toEqual([
      '17-06-2025',
      'UWV ArnhemUWV',
      'Verklaring 56+ voor werkgevers',
      'NaamBSN',
      'V56-3F9A2C1B-00001',
    ]);

    await user.click(within(rows[0]!).getByTestId('issued-reprint'));
    await waitFor(() => expect(screen.getByTestId('issued-print-status').textContent).toBe('Klaar: afschrift-st-v56.pdf'));
    expect(callsOf(calls, 'statement_reprint')[0]?.input).toEqual({ statement_id: 'st-v56' });
    expect(onChanged).toHaveBeenCalledTimes(1);

    await user.click(screen.getByTestId('issued-print-save'));
    await waitFor(() => expect(callsOf(calls, 'print_file_save')).toHaveLength(1));
    expect(screen.getByTestId('issued-print-status').textContent, 'a cancelled save says nothing').toBe(
      'Klaar: afschrift-st-v56.pdf',
    );
  });

  it('makes the other documents with the right command', async () => {
    const { calls, onChanged } = open(EMPTY_OVERVIEW, {
      statement_issue: (input: { kind: string }) => printFile(`${input.kind}.pdf`),
      inzage_export: () => printFile('inzage-INZ-1.pdf', true),
      privacy_statement: () => printFile('privacyverklaring.pdf'),
      print_file_save: (input: { path: string }) => `/home/petra/${input.path.split('/').pop()}`,
    });
    const user = userEvent.setup();
    const status = await screen.findByTestId('other-print-status');

    await user.click(screen.getByTestId('other-intake_report'));
    await waitFor(() => expect(status.textContent).toBe('Klaar: intake_report.pdf'));
    await user.click(screen.getByTestId('other-plan_van_aanpak'));
    await waitFor(() => expect(status.textContent).toBe('Klaar: plan_van_aanpak.pdf'));
    expect(callsOf(calls, 'statement_issue').map((c) => c.input)).toEqual([
      { resident_id: RESIDENT_ID, kind: 'intake_report' },
      { resident_id: RESIDENT_ID, kind: 'plan_van_aanpak' },
    ]);

    await user.click(screen.getByTestId('other-inzage'));
    await waitFor(() => expect(status.textContent).toBe('Klaar: inzage-INZ-1.pdf'));
    expect(callsOf(calls, 'inzage_export')[0]?.input).toEqual({ resident_id: RESIDENT_ID });
    await user.click(screen.getByTestId('other-print-save-json'));
    expect(callsOf(calls, 'print_file_save')[0]?.input).toEqual({ path: '/data/print/inzage-INZ-1.json' });
    await waitFor(() => expect(status.textContent).toContain('Opgeslagen in /home/petra/inzage-INZ-1.json'));
    expect(onChanged, 'each stored statement refreshes the count').toHaveBeenCalledTimes(3);

    await user.click(screen.getByTestId('other-privacy'));
    await waitFor(() => expect(status.textContent).toBe('Klaar: privacyverklaring.pdf'));
    expect(callsOf(calls, 'privacy_statement')[0]?.input, 'privacy_statement takes no input').toBeUndefined();
    expect(onChanged, 'the privacy statement stores nothing').toHaveBeenCalledTimes(3);
    expect(screen.queryByTestId('other-print-save-json')).toBeNull();
  });

  it('has no axe violations with decisions, statements and print actions', async () => {
    const { container } = open(
      { decisions: [GRANTED, REFUSED], statements: [statement()], disclosures: [DISCLOSURE] },
      { verklaring56_issue: () => V56_FILE },
    );
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('v56-issue'));
    await screen.findByTestId('decision-print-d-granted-open');
    expect(await axeViolations(container)).toEqual([]);
  });
});
