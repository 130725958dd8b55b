import type { Table } from '../../api/contract.gen';
import { useText } from '../../i18n/useText';
import { barValue, cellText, rowLabel } from './format';

const ROW_H = 30;
const WIDTH = 600;
const LABEL_W = 230;

/**
 * The funnel from referral to lasting work: one centred bar per stage, as wide as its
 * count. An image with a name; the table below holds the same figures as text. A hidden
 * stage shows an "x" and no bar.
 */
export function FunnelChart({ table, id }: { table: Table; id: string }) {
  const { t } = useText();
  const stages = table.rows.map((row) => ({ row, cell: row.cells[0] })).filter((s) => s.cell !== undefined);
  if (stages.length === 0) return null;
  const max = Math.max(1, ...stages.map((s) => (s.cell ? (barValue(s.cell) ?? 0) : 0)));
  const room = WIDTH - LABEL_W - 60;
  const height = stages.length * ROW_H + 8;
  return (
    <figure className="werkpad-report-chart">
      <svg role="img" aria-labelledby={`${id}-title`} viewBox={`0 0 ${WIDTH} ${height}`} data-testid={id}>
        <title id={`${id}-title`}>{t('reports-chart-funnel', { table: t(table.id) })}</title>
        {stages.map(({ row, cell }, i) => {
          const v = cell ? barValue(cell) : null;
          const w = v === null ? 0 : Math.max(2, (room * v) / max);
          const y = 4 + i * ROW_H;
          const centre = LABEL_W + room / 2;
          return (
            <g key={row.id} aria-hidden="true">
              <text x={LABEL_W - 8} y={y + ROW_H / 2 + 5} textAnchor="end" className="werkpad-report-chart-label">
                {rowLabel(row, t)}
              </text>
              {w > 0 ? <rect x={centre - w / 2} y={y + 3} width={w} height={ROW_H - 8} className="werkpad-report-bar" /> : null}
              <text x={centre + Math.max(w / 2, 4) + 6} y={y + ROW_H / 2 + 5} className="werkpad-report-chart-value">
                {cell ? cellText(cell) : ''}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
