import {
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../api/contract.gen';
import type { EmployeeLks, ErrorPayload } from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatEuros, formatMinutesAsHours } from '../../i18n/amounts';
import { formatDate } from '../../i18n/format';
import { useText } from '../../i18n/useText';

/**
 * "Loonkostensubsidie per medewerker": the employer's employees with a granted LKS. Shown
 * on request, not when the page opens: reading it is logged per resident for the purpose
 * of the subsidy, and most visits to this page are about workplaces.
 */
export function EmployerLks({ employerId }: { employerId: string }) {
  const { t } = useText();
  const [rows, setRows] = useState<EmployeeLks[] | null>(null);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const result = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (rows) result.current?.focus();
  }, [rows]);

  const show = () => {
    setBusy(true);
    api.employerLks({ employer_id: employerId }).then(
      (r) => {
        setRows(r ?? []);
        setFailure(null);
        setBusy(false);
      },
      (e: ErrorPayload) => {
        setFailure(e);
        setBusy(false);
      },
    );
  };

  return (
    <section aria-labelledby="employer-lks-heading" className="werkpad-section" data-testid="employer-lks">
      <Heading2 id="employer-lks-heading">{t('employer-lks-title')}</Heading2>
      <Paragraph className="werkpad-muted">{t('employer-lks-intro')}</Paragraph>
      <ErrorAlert error={failure} testId="employer-lks-failure" />
      {rows === null ? (
        <Button appearance="secondary-action-button" data-testid="employer-lks-show" busy={busy} disabled={busy} onClick={show}>
          {t('employer-lks-show')}
        </Button>
      ) : (
        <div ref={result} tabIndex={-1} className="werkpad-focus-target" data-testid="employer-lks-result">
          {rows.length === 0 ? (
            <Paragraph data-testid="employer-lks-empty">{t('employer-lks-empty')}</Paragraph>
          ) : (
            <div className="werkpad-table-scroll">
              <Table aria-labelledby="employer-lks-heading">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('employer-lks-col-name')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('employer-lks-col-loonwaarde')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('employer-lks-col-hours')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('employer-lks-col-period')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('employer-lks-col-paid')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('employer-lks-col-paid-until')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rows.map((r) => (
                    <TableRow key={r.resident_id} data-testid="employer-lks-row">
                      <TableHeaderCell scope="row">{r.display_name}</TableHeaderCell>
                      <TableCell>{t('employer-lks-percent', { value: String(r.decision.loonwaarde_percent) })}</TableCell>
                      <TableCell>{formatMinutesAsHours(r.decision.minutes_per_week)}</TableCell>
                      <TableCell>
                        {r.last_day
                          ? t('employer-lks-period', { from: formatDate(r.decision.starts_on), until: formatDate(r.last_day) })
                          : t('employer-lks-period-open', { from: formatDate(r.decision.starts_on) })}
                      </TableCell>
                      <TableCell>{formatEuros(r.paid_cents)}</TableCell>
                      <TableCell>{r.paid_until ? formatDate(r.paid_until) : t('employer-lks-not-paid')}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
