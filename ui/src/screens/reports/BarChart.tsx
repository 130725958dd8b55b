import type { Table } from '../../api/contract.gen';
import { useText } from '../../i18n/useText';
import { barValue, cellText, isMonth, monthLabel, rowLabel } from './format';

const HEIGHT = 160;
const TOP = 18;
const BOTTOM = 34;

/**
 * Bars per month for a table's first row: a picture for people who would rather look
 * than read. It is an image with a name; the table next to it holds the same figures as
 * text. A hidden month shows an "x" and no bar.
 */
export function BarChart({ table, id }: { table: Table; id: string }) {
  const { t } = useText();
  const row = table.rows[0];
  if (!row) return null;
  const bars = table.columns
    .map((key, i) => ({ key, cell: row.cells[i] }))
    .filter((b): b is { key: string; cell: NonNullable<typeof b.cell> } => isMonth(b.key) && b.cell !== undefined);
  if (bars.length === 0) return null;
  const max = Math.max(1, ...bars.map((b) => barValue(b.cell) ?? 0));
  const slot = 48;
  const width = bars.length * slot;
  const plot = HEIGHT - TOP - BOTTOM;
  // Labels every k-th month when there are many.
  const every = Math.ceil(bars.length / 12);
  const name = t('reports-chart-bars', { table: t(table.id), row: rowLabel(row, t) });
  return (
    <figure className="werkpad-report-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="xMinYMin meet"
        data-testid={`${id}`}
      >
        <title id={`${id}-title`}>{name}</title>
        {bars.map((b, i) => {
          const v = barValue(b.cell);
          const h = v === null ? 0 : (plot * v) / max;
          const x = i * slot + slot * 0.15;
          const base = HEIGHT - BOTTOM;
          return (
            <g key={b.key} aria-hidden="true">
              {h > 0 ? <rect x={x} y={base - h} width={slot * 0.7} height={h} className="werkpad-report-bar" /> : null}
              <text x={i * slot + slot / 2} y={base - h - 4} textAnchor="middle" className="werkpad-report-chart-value">
                {cellText(b.cell)}
              </text>
              {i % every === 0 ? (
                <text x={i * slot + slot / 2} y={HEIGHT - BOTTOM + 14} textAnchor="middle" className="werkpad-report-chart-label">
                  {/* Month over year, so that twelve labels fit side by side. */}
                  {monthLabel(b.key, t)
                    .split(' ')
                    .map((part, k) => (
                      <tspan key={k} x={i * slot + slot / 2} dy={k === 0 ? 0 : 13}>
                        {part}
                      </tspan>
                    ))}
                </text>
              ) : null}
            </g>
          );
        })}
        <line x1={0} x2={width} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="werkpad-report-axis" aria-hidden="true" />
      </svg>
    </figure>
  );
}
