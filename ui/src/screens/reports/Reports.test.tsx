import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FetchedReport, FetchedTeams, ManagementReport } from '../../api/contract.gen';
import { axeViolations, callsOf, mockCommands, renderWithI18n } from '../../test/helpers';
import { Reports } from './Reports';

const TODAY = new Date(2026, 11, 5);
const TEAM = '0190b6c4-5c5e-7000-8000-0000000000aa';

const months = ['2026-01', '2026-02', '2026-03'];
const REPORT: ManagementReport = {
  team: 'Team Noord',
  from: '2026-01',
  to: '2026-03',
  as_of: '2026-12-04',
  threshold: 5,
  tables: [
    {
      id: 'report-table-inflow',
      columns: [...months, 'report-column-total'],
      rows: [
        {
          id: 'report-row-inflow',
          label: null,
          cells: [{ kind: 'count', value: 12 }, { kind: 'hidden' }, { kind: 'count', value: 1234 }, { kind: 'count', value: 1250 }],
        },
      ],
      chart: 'bars_per_month',
    },
    {
      id: 'report-table-lks',
      columns: [...months, 'report-column-total'],
      rows: [
        {
          id: 'report-row-lks-amount',
          label: null,
          cells: [{ kind: 'amount', cents: 123456 }, { kind: 'empty' }, { kind: 'hidden' }, { kind: 'amount', cents: 500000 }],
        },
      ],
      chart: null,
    },
    {
      id: 'report-table-funnel',
      columns: ['report-column-period'],
      rows: [
        { id: 'report-row-referred', label: null, cells: [{ kind: 'count', value: 80 }] },
        { id: 'report-row-intake', label: null, cells: [{ kind: 'count', value: 60 }] },
        { id: 'report-row-paid', label: null, cells: [{ kind: 'hidden' }] },
      ],
      chart: 'funnel',
    },
  ],
};

const TEAMS_LEAD: FetchedTeams = {
  teams: { teams: [{ id: TEAM, name: 'Team Noord' }], all_allowed: false },
  fetched_at: '2026-12-05T08:00:00Z',
  from_cache: false,
};

const fresh = (report = REPORT): FetchedReport => ({ report, fetched_at: '2026-12-05T08:00:00Z', from_cache: false });

describe('Reports', () => {
  it('shows a team lead her team’s figures: date, charts with names, real tables, x with its legend', async () => {
    const calls = mockCommands({ report_teams: () => TEAMS_LEAD, report_fetch: () => fresh() });
    const { container } = renderWithI18n(<Reports today={TODAY} />);
    expect((await screen.findByTestId('reports-as-of')).textContent).toContain('Cijfers van 04-12-2026');
    const asked = callsOf(calls, 'report_fetch')[0]!.input;
    expect(asked, 'the last twelve months of her own team by default').toEqual({ team: TEAM, from: '2026-01', to: '2026-12' });
    expect(screen.queryByTestId('reports-team'), 'a team lead has no team picker').toBeNull();
    expect(screen.getByTestId('reports-own-team').textContent).toContain('Team Noord');

    const chart = screen.getByRole('img', { name: /Staafdiagram: Nieuwe aanmeldingen per maand, Aangemeld per maand/ });
    expect(chart, 'the bars have an accessible name').toBeTruthy();
    expect(screen.getByRole('img', { name: /Trechter: Van aanmelding naar blijvend werk/ })).toBeTruthy();

    const table = screen.getByRole('table', { name: 'Tabel: Nieuwe aanmeldingen per maand' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['jan 2026', 'feb 2026', 'mrt 2026', 'Totaal']);
    const row = within(table).getByRole('row', { name: /Aangemeld/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['12', 'x', '1.234', '1.250']);
    expect(screen.getByText('EUR 1.234,56'), 'amounts the Dutch way').toBeTruthy();
    expect(screen.getByTestId('reports-legend').textContent).toBe(
      'x: minder dan 5, of verborgen zodat een kleine groep niet te herleiden is.',
    );
    expect(screen.queryByTestId('reports-cached'), 'fresh figures carry no offline note').toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lets policy staff choose all teams or one, and says when the figures are the last fetched ones', async () => {
    const teams: FetchedTeams = {
      teams: { teams: [{ id: TEAM, name: 'Team Noord' }, { id: 'b', name: 'Team Zuid' }], all_allowed: true },
      fetched_at: '2026-12-05T08:00:00Z',
      from_cache: false,
    };
    const calls = mockCommands({
      report_teams: () => teams,
      report_fetch: (input: { team: string | null }) =>
        input.team === null
          ? fresh({ ...REPORT, team: null })
          : { report: REPORT, fetched_at: '2026-12-01T09:30:00Z', from_cache: true },
    });
    const { container } = renderWithI18n(<Reports today={TODAY} />);
    expect((await screen.findByTestId('reports-as-of')).textContent).toContain('Alle teams');
    expect(callsOf(calls, 'report_fetch')[0]!.input).toMatchObject({ team: null });

    const user = userEvent.setup();
    await user.selectOptions(screen.getByTestId('reports-team'), TEAM);
    await user.selectOptions(screen.getByTestId('reports-from'), '2026-06');
    await user.click(screen.getByTestId('reports-show'));
    expect(callsOf(calls, 'report_fetch')[1]!.input).toEqual({ team: TEAM, from: '2026-06', to: '2026-12' });
    const note = await screen.findByTestId('reports-cached');
    expect(note.textContent).toContain('laatst opgehaalde cijfers, van 01-12-2026 10:30');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says in Dutch why there are no figures, and exports what is shown', async () => {
    let offline = true;
    const calls = mockCommands({
      report_teams: () => TEAMS_LEAD,
      report_fetch: () => {
        if (offline) throw { code: 'report_not_cached', message_id: 'error-report-not-cached', args: {}, fields: [] };
        return fresh();
      },
      report_save_csv: () => ({ path: '/print/m.csv', file_name: 'm.csv', reference: null, json_path: null }),
      print_file_save: () => '/home/anna/m.csv',
      report_save_pdf: () => ({ path: '/print/m.pdf', file_name: 'm.pdf', reference: null, json_path: null }),
    });
    renderWithI18n(<Reports today={TODAY} />);
    expect((await screen.findByTestId('reports-error')).textContent).toMatch(/nog nooit opgehaald/);
    offline = false;
    const user = userEvent.setup();
    await user.click(screen.getByTestId('reports-show'));
    await screen.findByTestId('reports-result');
    expect(screen.queryByTestId('reports-error'), 'the error goes with the next answer').toBeNull();

    await user.click(screen.getByRole('button', { name: 'CSV opslaan' }));
    expect((await screen.findByText(/Opgeslagen in/)).textContent).toContain('/home/anna/m.csv');
    expect(callsOf(calls, 'report_save_csv')[0]!.input, 'the export is of the shown question').toEqual({
      team: TEAM,
      from: '2026-01',
      to: '2026-12',
    });
    await user.click(screen.getByRole('button', { name: 'PDF afdrukken' }));
    expect(callsOf(calls, 'print_file_open')[0]!.input).toEqual({ path: '/print/m.pdf' });
  });
});
