import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseloadInput, CaseloadPage, ResidentSummary } from '../api/contract.gen';
import { callsOf, mockCommands, renderWithI18n, settle } from '../test/helpers';
import { Caseload } from './Caseload';

// Counts renders of the Utrecht table and its rows (the components themselves are the real
// ones): typing must not render the table again, a new result only the rows that changed.
const renders = vi.hoisted(() => ({ table: 0, row: 0 }));
vi.mock('@utrecht/component-library-react', async (importOriginal) => {
  const lib = await importOriginal<typeof import('@utrecht/component-library-react')>();
  const { createElement, forwardRef } = await import('react');
  const counted = (Component: any, key: keyof typeof renders) =>
    forwardRef((props: any, ref) => {
      renders[key] += 1;
      return createElement(Component, { ...props, ref });
    });
  return { ...lib, Table: counted(lib.Table, 'table'), TableRow: counted(lib.TableRow, 'row') };
});

beforeEach(() => {
  renders.table = 0;
  renders.row = 0;
});

/** The whole list (or a search's whole result) as one page. */
const pageOf = (rows: ResidentSummary[], input?: CaseloadInput): CaseloadPage => ({
  rows,
  total: input?.text ? null : rows.length,
  more: false,
});

/** `caseload` answers only when the test says so; `pending` holds the open calls in order. */
function controlledCaseload() {
  const pending: { input: CaseloadInput; answer: (rows: ResidentSummary[]) => Promise<void> }[] = [];
  const calls = mockCommands({
    caseload: (input: CaseloadInput) =>
      new Promise<CaseloadPage>((resolve) => {
        pending.push({
          input,
          // Resolves, then lets the app render the result.
          answer: (rows) => settle(() => resolve(pageOf(rows, input))),
        });
      }),
  });
  return { calls, pending };
}

const rowIds = () => screen.queryAllByTestId('caseload-row').map((r) => r.getAttribute('data-resident-id'));

const OZTURK: ResidentSummary = {
  id: 'r-ozturk',
  display_name: 'Ayşe Öztürk',
  birth_date: '1988-03-09',
  postcode: '6811AB',
  woonplaats: 'Arnhem',
  traject_state: 'actief',
  next_appointment: '2025-06-17T10:00:00',
  reassess_on: '2025-01-10',
  answer_due_on: null,
};
const BERG: ResidentSummary = {
  id: 'r-berg',
  display_name: 'Jan van der Berg',
  birth_date: '1990-05-17',
  postcode: '6822CD',
  woonplaats: 'Arnhem',
  traject_state: null,
  next_appointment: null,
  reassess_on: null,
  answer_due_on: null,
};

describe('Caseload', () => {
  it('searches as you type and renders the rows', async () => {
    const calls = mockCommands({
      caseload: (input: CaseloadInput) => pageOf(input.text ? [OZTURK] : [OZTURK, BERG], input),
    });
    const onOpen = vi.fn();
    renderWithI18n(<Caseload onOpen={onOpen} />);
    expect(await screen.findAllByTestId('caseload-row'), 'the whole caseload first').toHaveLength(2);
    expect(callsOf(calls, 'caseload')[0]?.input).toEqual({ state: null, text: null });

    const user = userEvent.setup();
    await user.type(screen.getByTestId('caseload-search'), 'ozt');
    await waitFor(() => expect(screen.getAllByTestId('caseload-row')).toHaveLength(1));
    const searches = callsOf(calls, 'caseload').slice(1);
    expect(
      searches.map((c) => c.input),
      'every key searches at once, with the text typed so far',
    ).toEqual([
      { state: null, text: 'o' },
      { state: null, text: 'oz' },
      { state: null, text: 'ozt' },
    ]);

    const row = screen.getByTestId('caseload-row');
    expect(row.getAttribute('data-resident-id')).toBe('r-ozturk');
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells, 'dates dd-mm-jjjj, postcode with a space, state label').toEqual([
      '09-03-1988',
      '6811 AB',
      'Arnhem',
      'ActiefHerbeoordeling loonwaarde: 10-01-2025',
      '17-06-2025 10:00',
    ]);
    expect(
      within(row).getByTestId('caseload-reassess').textContent,
      'an overdue re-assessment of the loonwaarde shows on the caseload',
    ).toBe('Herbeoordeling loonwaarde: 10-01-2025');
    expect(screen.getByRole('status').textContent).toBe('1 inwoner gevonden.');

    await user.click(within(row).getByTestId('caseload-open'));
    expect(onOpen).toHaveBeenCalledWith('r-ozturk');
  });

  it('logs a search once the coach presses Enter, not on each key, and opening a result then logs nothing more', async () => {
    const calls = mockCommands({
      caseload: (input: CaseloadInput) => pageOf(input.text ? [OZTURK] : [OZTURK, BERG], input),
    });
    const onOpen = vi.fn();
    renderWithI18n(<Caseload onOpen={onOpen} />);
    await screen.findAllByTestId('caseload-row');
    const user = userEvent.setup();
    await user.type(screen.getByTestId('caseload-search'), 'ozt');
    await settle(() => undefined); // the answer to "ozt" is on screen
    expect(screen.getAllByTestId('caseload-row')).toHaveLength(1);
    expect(callsOf(calls, 'caseload_search_settled'), 'typing logs nothing').toEqual([]);

    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(
        callsOf(calls, 'caseload_search_settled').map((c) => c.input),
        'Enter settles the search on screen',
      ).toEqual([{ text: 'ozt', state: null }]),
    );
    await user.click(screen.getByTestId('caseload-open'));
    expect(onOpen).toHaveBeenCalledWith('r-ozturk');
    await settle(() => undefined);
    expect(callsOf(calls, 'caseload_search_settled'), 'that search has settled already').toHaveLength(1);
  });

  it('logs the search when a result is opened before the pause is over, with its filter', async () => {
    const calls = mockCommands({
      caseload: (input: CaseloadInput) => pageOf(input.text ? [OZTURK] : [OZTURK, BERG], input),
    });
    const onOpen = vi.fn();
    renderWithI18n(<Caseload onOpen={onOpen} />);
    await screen.findAllByTestId('caseload-row');
    const user = userEvent.setup();
    await user.selectOptions(screen.getByTestId('caseload-state'), 'actief');
    await user.type(screen.getByTestId('caseload-search'), 'ozt');
    await settle(() => undefined); // the answer to "ozt" is on screen
    await user.click(screen.getByTestId('caseload-open'));
    expect(onOpen).toHaveBeenCalledWith('r-ozturk');
    await waitFor(() =>
      expect(callsOf(calls, 'caseload_search_settled').map((c) => c.input)).toEqual([
        { text: 'ozt', state: 'actief' },
      ]),
    );
  });

  it('filters on traject state', async () => {
    const calls = mockCommands({ caseload: () => pageOf([]) });
    renderWithI18n(<Caseload onOpen={vi.fn()} />);
    await screen.findByText('Er zijn geen inwoners die passen bij uw zoekopdracht.');
    await userEvent.setup().selectOptions(screen.getByTestId('caseload-state'), 'nazorg');
    await waitFor(() =>
      expect(callsOf(calls, 'caseload').at(-1)?.input).toEqual({ state: 'nazorg', text: null }),
    );
  });

  it('shows the list a page at a time, and the keyboard continues at the first new row', async () => {
    const third: ResidentSummary = { ...BERG, id: 'r-visser', display_name: 'Kees Visser' };
    const calls = mockCommands({
      caseload: (input: CaseloadInput): CaseloadPage =>
        input.offset
          ? { rows: [third], total: 3, more: false }
          : { rows: [OZTURK, BERG], total: 3, more: true },
    });
    renderWithI18n(<Caseload onOpen={vi.fn()} />);
    expect(await screen.findAllByTestId('caseload-row')).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toBe('2 van 3 inwoners getoond.');

    await userEvent.setup().click(screen.getByTestId('caseload-more'));
    await waitFor(() => expect(rowIds()).toEqual(['r-ozturk', 'r-berg', 'r-visser']));
    expect(callsOf(calls, 'caseload').at(-1)?.input, 'the next page, same filter').toEqual({
      state: null,
      text: null,
      offset: 2,
    });
    expect(screen.getByRole('status').textContent).toBe('3 inwoners gevonden.');
    expect(screen.queryByTestId('caseload-more'), 'nothing more to show').toBeNull();
    expect(document.activeElement?.textContent, 'focus on the first new row').toBe('Kees Visser');
  });

  it('says when a search stopped at its limit, without a next page', async () => {
    mockCommands({
      caseload: (input: CaseloadInput): CaseloadPage =>
        input.text ? { rows: [OZTURK, BERG], total: null, more: true } : pageOf([]),
    });
    renderWithI18n(<Caseload onOpen={vi.fn()} />);
    await screen.findByText('Er zijn geen inwoners die passen bij uw zoekopdracht.');
    await userEvent.setup().type(screen.getByTestId('caseload-search'), 'a');
    await waitFor(() => expect(screen.getAllByTestId('caseload-row')).toHaveLength(2));
    expect(screen.getByRole('status').textContent).toBe(
      'De eerste 2 inwoners die passen. Typ meer om de lijst korter te maken.',
    );
    expect(screen.queryByTestId('caseload-more')).toBeNull();
  });

  it('opens a file with the keyboard', async () => {
    mockCommands({ caseload: () => pageOf([BERG]) });
    const onOpen = vi.fn();
    renderWithI18n(<Caseload onOpen={onOpen} />);
    const open = await screen.findByTestId('caseload-open');
    open.focus();
    await userEvent.setup().keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith('r-berg');
  });

  it('does not render the table again while typing, and a new result only renders rows that changed', async () => {
    const { pending } = controlledCaseload();
    renderWithI18n(<Caseload onOpen={vi.fn()} />);
    await waitFor(() => expect(pending).toHaveLength(1));
    await pending[0]!.answer([OZTURK, BERG]);
    expect(rowIds()).toEqual(['r-ozturk', 'r-berg']);

    renders.table = 0;
    renders.row = 0;
    const user = userEvent.setup();
    const box = screen.getByTestId('caseload-search') as HTMLInputElement;
    await user.type(box, 'ozt');
    expect(box.value, 'the box follows the keys').toBe('ozt');
    await waitFor(() => expect(pending, 'a search per key').toHaveLength(4));
    expect(pending[3]!.input).toEqual({ state: null, text: 'ozt' });
    expect(renders, 'typing and waiting for the answer leave the table alone').toEqual({ table: 0, row: 0 });

    await pending[3]!.answer([OZTURK]);
    expect(rowIds()).toEqual(['r-ozturk']);
    expect(screen.getByRole('status').textContent).toBe('1 inwoner gevonden.');
    expect(renders.row, 'the row that still shows Öztürk is not rendered again').toBe(0);

    await user.clear(box);
    await user.type(box, 'berg');
    // Cleared (the whole list again), then b, be, ber, berg.
    await waitFor(() => expect(pending).toHaveLength(9));
    await pending[8]!.answer([BERG]);
    expect(rowIds()).toEqual(['r-berg']);
    expect(renders.row, 'one changed row: one row rendered, not the header').toBe(1);
    const cells = within(screen.getByTestId('caseload-row')).getAllByRole('cell').map((c) => c.textContent);
    expect(cells, 'a reused row shows the new resident completely').toEqual([
      '17-05-1990',
      '6822 CD',
      'Arnhem',
      'Geen traject',
      'Geen afspraak',
    ]);
  });

  it('keeps the newest search when an older answer arrives last', async () => {
    const { pending } = controlledCaseload();
    renderWithI18n(<Caseload onOpen={vi.fn()} />);
    await waitFor(() => expect(pending).toHaveLength(1));
    await pending[0]!.answer([OZTURK, BERG]);
    const user = userEvent.setup();
    const box = screen.getByTestId('caseload-search');
    await user.type(box, 'ozt');
    await waitFor(() => expect(pending).toHaveLength(4));
    await user.clear(box);
    await user.type(box, 'berg');
    await waitFor(() => expect(pending).toHaveLength(9));
    expect(pending[8]!.input).toEqual({ state: null, text: 'berg' });

    await pending[8]!.answer([BERG]);
    await pending[3]!.answer([OZTURK]);
    await pending[2]!.answer([OZTURK, BERG]);
    expect(rowIds(), 'the late answer to "ozt" is dropped').toEqual(['r-berg']);
  });

  it('searches with the typed text when the filter changes', async () => {
    const calls = mockCommands({ caseload: () => pageOf([]) });
    renderWithI18n(<Caseload onOpen={vi.fn()} />);
    await screen.findByText('Er zijn geen inwoners die passen bij uw zoekopdracht.');
    const user = userEvent.setup();
    await user.type(screen.getByTestId('caseload-search'), 'jan');
    await user.selectOptions(screen.getByTestId('caseload-state'), 'actief');
    await user.type(screen.getByTestId('caseload-search'), 's');
    const searches = callsOf(calls, 'caseload').slice(1).map((c) => c.input);
    expect(searches.slice(-2), 'the filter searches the text typed so far, and later keys keep the filter').toEqual([
      { state: 'actief', text: 'jan' },
      { state: 'actief', text: 'jans' },
    ]);
  });
});

