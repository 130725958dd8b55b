import type { Table } from '../../api/contract.gen';
import { useText } from '../../i18n/useText';
import { BarChart } from './BarChart';
import { FunnelChart } from './FunnelChart';
import { cellText, columnLabel, rowLabel } from './format';

/**
 * One table of the report: its heading, the chart where the table asks for one, and the
 * figures as a real table (caption, column and row headers). A wide table scrolls
 * sideways in a region that takes focus, so keyboard users can scroll it too.
 */
export function ReportTable({ table, index }: { table: Table; index: number }) {
  const { t } = useText();
  const id = `report-table-${index}`;
  const title = t(table.id);
  return (
    <section aria-labelledby={`${id}-heading`} className="werkpad-report-section" data-testid={`report-${table.id}`}>
      <h2 id={`${id}-heading`} className="utrecht-heading-2">
        {title}
      </h2>
      {table.chart === 'bars_per_month' ? <BarChart table={table} id={`${id}-chart`} /> : null}
      {table.chart === 'funnel' ? <FunnelChart table={table} id={`${id}-chart`} /> : null}
      <div className="werkpad-report-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="werkpad-report-table">
          <caption id={`${id}-caption`}>{t('reports-table-of', { table: title })}</caption>
          <thead>
            <tr>
              <td />
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {columnLabel(c, t)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={`${row.id}-${r}`}>
                <th scope="row">{rowLabel(row, t)}</th>
                {row.cells.map((cell, i) => (
                  <td key={i} className={cell.kind === 'hidden' ? 'werkpad-report-hidden' : undefined}>
                    {cell.kind === 'empty' ? <span className="werkpad-visually-hidden">{t('reports-empty-cell')}</span> : cellText(cell)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
