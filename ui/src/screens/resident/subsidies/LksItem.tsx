import {
  Button,
  Heading4,
  Heading5,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import { LKS_OUTCOMES, lksBeschikkingIssue, type LksView, type SubsidyFile } from '../../../api/contract.gen';
import { labelOf } from '../../../api/labels';
import { Facts } from '../../../components/Facts';
import { formatEuros, formatMinutesAsHours } from '../../../i18n/amounts';
import { formatDate } from '../../../i18n/format';
import { useText } from '../../../i18n/useText';
import { Calculation } from './Calculation';
import { PaymentForm } from './PaymentForm';
import { PrintStatement } from './PrintStatement';

interface Props {
  residentId: string;
  view: LksView;
  coachName: string | null;
  onPaid: (file: SubsidyFile) => void;
}

/** One decision on a loonkostensubsidie: the advice it rests on, who decided, and its payments. */
export function LksItem({ residentId, view, coachName, onPaid }: Props) {
  const { t } = useText();
  const d = view.decision;
  const [paying, setPaying] = useState(false);
  const payButton = useRef<HTMLButtonElement>(null);
  const wasPaying = useRef(false);
  useLayoutEffect(() => {
    if (!paying && wasPaying.current) payButton.current?.focus();
    wasPaying.current = paying;
  }, [paying]);

  const outcomeId = labelOf(LKS_OUTCOMES, d.outcome);
  const outcome = outcomeId ? t(outcomeId) : d.outcome;
  const employer = view.employer_name ?? t('lw-unknown-employer');
  const granted = d.outcome === 'granted';
  return (
    <li className="werkpad-report" data-testid="lks-item" data-outcome={d.outcome}>
      <Heading4>{t('lks-item-title', { employer, date: formatDate(d.starts_on) })}</Heading4>
      <p className="werkpad-report__meta">
        <strong data-testid="lks-item-outcome">{outcome}</strong>
      </p>
      <Facts
        facts={[
          { label: t('lks-fact-loonwaarde'), value: t('subsidy-percent', { value: String(d.loonwaarde_percent) }) },
          { label: t('lks-fact-hours'), value: t('lks-hours-per-week', { hours: formatMinutesAsHours(d.minutes_per_week) }) },
          { label: t('lks-field-starts-on'), value: formatDate(d.starts_on) },
          {
            label: t('lks-fact-trial'),
            value: d.trial ? t('subsidy-period', { from: formatDate(d.trial.from), until: formatDate(d.trial.until) }) : t('lks-trial-none'),
          },
          { label: t('lks-fact-last-day'), value: view.last_day ? formatDate(view.last_day) : t('lks-last-day-open') },
          {
            label: t('lks-fact-decided'),
            value: t('lks-decided-line', { outcome, coach: d.decided_by.name, date: formatDate(d.decided_on) }),
            testId: 'lks-item-decided',
          },
          { label: t('lks-field-reasoning'), value: <span className="werkpad-prewrap">{d.reasoning}</span> },
          { label: t('lks-fact-paid'), value: formatEuros(view.paid_cents), testId: 'lks-item-paid' },
        ]}
      />
      <PrintStatement
        labelId="lks-print"
        make={() => lksBeschikkingIssue({ resident_id: residentId, decision_id: d.id })}
        testId="lks-print"
      />
      <Heading5>{t('lks-estimate-title')}</Heading5>
      <Paragraph className="werkpad-muted">{t('lks-estimate-was-advice')}</Paragraph>
      <Calculation calc={d.estimate} testId="lks-item-estimate" />

      <Heading5>{t('lks-payments-title')}</Heading5>
      {view.payments.length === 0 ? (
        <Paragraph className="werkpad-muted">{t('lks-payments-empty')}</Paragraph>
      ) : (
        <div className="werkpad-table-scroll">
          <Table data-testid="lks-payments">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('lks-col-period')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('lks-col-hours')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('lks-col-subsidy')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('lks-col-allowance')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('lks-col-total')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('lks-col-approved')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {view.payments.map((p) => (
                <TableRow key={p.id} data-testid="lks-payment">
                  <TableCell>
                    {t('subsidy-period', { from: formatDate(p.calculation.input.from), until: formatDate(p.calculation.input.until) })}
                  </TableCell>
                  <TableCell>{formatMinutesAsHours(p.calculation.input.minutes)}</TableCell>
                  <TableCell>{formatEuros(p.calculation.subsidy_cents)}</TableCell>
                  <TableCell>{formatEuros(p.calculation.allowance_cents)}</TableCell>
                  <TableCell>{formatEuros(p.calculation.total_cents)}</TableCell>
                  <TableCell>{t('subsidy-by-on', { coach: p.approved_by.name, date: formatDate(p.approved_on) })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {granted && !paying ? (
        <Button ref={payButton} appearance="secondary-action-button" data-testid="lks-pay-open" onClick={() => setPaying(true)}>
          {t('lks-pay-open')}
        </Button>
      ) : null}
      {paying ? (
        <section aria-label={t('lks-pay-title')} className="werkpad-subform">
          <Heading5>{t('lks-pay-title')}</Heading5>
          <PaymentForm
            residentId={residentId}
            decisionId={d.id}
            coachName={coachName}
            onPaid={(f) => {
              setPaying(false);
              onPaid(f);
            }}
            onCancel={() => setPaying(false)}
          />
        </section>
      ) : null}
    </li>
  );
}
