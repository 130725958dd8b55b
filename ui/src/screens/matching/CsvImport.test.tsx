import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CsvImportReport } from '../../api/contract.gen';
import { axeViolations, callsOf, mockCommands, renderWithI18n } from '../../test/helpers';
import { CsvImport } from './CsvImport';

const CSV = 'werkgever;werkplek;uren\nBakkerij Rijn;Inpakker;80\n';

const WITH_ERRORS: CsvImportReport = {
  employers_created: 0,
  workplaces_created: 0,
  errors: [
    {
      line: 3,
      errors: [
        { field: 'uren', message_id: 'error-out-of-range', args: { min: '1', max: '60' } },
        { field: 'postcode', message_id: 'error-required', args: {} },
      ],
      unreadable: null,
    },
    { line: 7, errors: [], unreadable: 'found record with 4 fields, but the previous record has 21 fields' },
  ],
};

function open(report: CsvImportReport) {
  const calls = mockCommands({ workplaces_import_csv: () => report });
  const onImported = vi.fn();
  const utils = renderWithI18n(<CsvImport onImported={onImported} />);
  return { calls, onImported, ...utils };
}

async function importFile() {
  const user = userEvent.setup();
  await user.upload(screen.getByTestId('csv-file'), new File([CSV], 'werkplekken.csv', { type: 'text/csv' }));
  await user.click(screen.getByTestId('csv-import'));
}

describe('CsvImport', () => {
  it('sends the text of the file and shows every line with errors by number; nothing is stored', async () => {
    const { calls, onImported, container } = open(WITH_ERRORS);
    await importFile();

    const report = await screen.findByTestId('csv-report-errors');
    expect(callsOf(calls, 'workplaces_import_csv')[0]?.input, 'the file is read in the window and sent as text').toEqual({
      content: CSV,
    });
    expect(within(report).getByRole('heading').textContent).toBe('2 regels hebben een fout');
    expect(report.textContent).toContain('Er is niets opgeslagen.');
    const lines = within(report).getAllByTestId('csv-line');
    expect(lines.map((l) => l.getAttribute('data-line'))).toEqual(['3', '7']);
    expect(within(lines[0]!).getAllByTestId('csv-line-error').map((e) => e.textContent)).toEqual([
      'Kolom uren: Vul een getal in van 1 tot en met 60.',
      'Kolom postcode: Vul dit veld in.',
    ]);
    expect(lines[0]?.querySelector('strong')?.textContent).toBe('Regel 3');
    expect(within(lines[1]!).getByTestId('csv-line-error').textContent, 'the reader detail (English) is not shown').toBe(
      'Deze regel kan niet gelezen worden. Kijk of het aantal kolommen klopt en of de aanhalingstekens goed staan.',
    );
    await waitFor(() => expect(document.activeElement, 'focus moves to the report').toBe(screen.getByTestId('csv-report')));
    expect(onImported, 'nothing to reload').not.toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the counts after an import and reloads the list', async () => {
    const { onImported } = open({ employers_created: 2, workplaces_created: 5, errors: [] });
    await importFile();
    expect((await screen.findByTestId('csv-report-ok')).textContent).toBe(
      'Klaar. 2 nieuwe werkgevers en 5 werkplekken opgeslagen.',
    );
    expect(onImported).toHaveBeenCalledTimes(1);
  });

  it('asks for a file before importing', async () => {
    const { calls } = open(WITH_ERRORS);
    await userEvent.setup().click(screen.getByTestId('csv-import'));
    expect(document.getElementById('csv-file-error')?.textContent).toBe('Kies eerst een bestand.');
    expect(callsOf(calls, 'workplaces_import_csv')).toHaveLength(0);
  });
});
