import { Button, ButtonGroup, Heading4, Heading5, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { JobcoachView, SubsidyFile } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Facts } from '../../../components/Facts';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { formatEuros, formatMinutesAsHours } from '../../../i18n/amounts';
import { formatDate } from '../../../i18n/format';
import { useText } from '../../../i18n/useText';
import { Steps } from './common';
import { ReportForm } from './ReportForm';

interface Props {
  residentId: string;
  view: JobcoachView;
  coachName: string | null;
  /** Stored: the new file, and what was done. */
  onStored: (file: SubsidyFile, what: 'reported' | 'approved') => void;
}

/**
 * Job coaching of one period: the organisation, the hours and the amount with its
 * arithmetic, the progress report, and the payment a named person approves.
 */
export function JobcoachItem({ residentId, view, coachName, onStored }: Props) {
  const { t } = useText();
  const s = view.subsidy;
  const c = s.calculation;
  const [reporting, setReporting] = useState(false);
  const approve = useFormSubmit();
  const reportButton = useRef<HTMLButtonElement>(null);
  const wasReporting = useRef(false);
  useLayoutEffect(() => {
    if (!reporting && wasReporting.current) reportButton.current?.focus();
    wasReporting.current = reporting;
  }, [reporting]);

  const doApprove = () => {
    void approve.submit(async () => onStored(await api.jobcoachingApprove({ resident_id: residentId, subsidy_id: s.id }), 'approved'));
  };
  // Field errors of an approval belong to no field on screen: shown as one alert.
  const approveError = approve.failure ?? (approve.errors[0] ? { code: 'validation', message_id: approve.errors[0].message_id, args: approve.errors[0].args, fields: [] } : null);
  const status = s.approval ? t('jc-status-approved') : s.progress_report ? t('jc-status-reported') : t('jc-status-planned');

  return (
    <li className="werkpad-report" data-testid="jc-item" data-approved={s.approval !== null}>
      <Heading4>
        {t('jc-item-title', { organisation: view.organisation_name ?? t('jc-unknown-organisation'), from: formatDate(c.from), until: formatDate(c.until) })}
      </Heading4>
      <p className="werkpad-report__meta">
        <strong data-testid="jc-item-status">{status}</strong>
      </p>
      <Facts
        facts={[
          { label: t('jc-fact-period'), value: t('subsidy-period', { from: formatDate(c.from), until: formatDate(c.until) }) },
          { label: t('jc-fact-hours'), value: formatMinutesAsHours(c.minutes), testId: 'jc-item-hours' },
          { label: t('jc-fact-amount'), value: formatEuros(c.amount_cents), testId: 'jc-item-amount' },
          {
            label: t('jc-fact-report'),
            value: s.progress_report ? (
              <>
                {t('jc-report-received', { date: formatDate(s.progress_report.received_on) })}{' '}
                <span className="werkpad-prewrap">{s.progress_report.summary}</span>
              </>
            ) : (
              t('jc-report-missing')
            ),
            testId: 'jc-item-report',
          },
          {
            label: t('jc-fact-approval'),
            value: s.approval ? t('subsidy-by-on', { coach: s.approval.approved_by.name, date: formatDate(s.approval.approved_on) }) : t('jc-approval-none'),
            testId: 'jc-item-approval',
          },
        ]}
      />
      <Heading5>{t('jc-arithmetic-title')}</Heading5>
      <Steps steps={c.steps} testId="jc-item-steps" />
      <ErrorAlert error={approveError} testId="jc-approve-failure" />
      {!s.approval && !reporting ? (
        <>
          {s.progress_report ? (
            <Paragraph>{coachName ? t('jc-approve-by-coach', { coach: coachName }) : t('jc-approve-by-you')}</Paragraph>
          ) : null}
          <ButtonGroup>
            <Button ref={reportButton} appearance="secondary-action-button" data-testid="jc-report-open" onClick={() => setReporting(true)}>
              {s.progress_report ? t('jc-report-change') : t('jc-report-open')}
            </Button>
            {s.progress_report ? (
              <Button appearance="primary-action-button" data-testid="jc-approve" busy={approve.busy} disabled={approve.busy} onClick={doApprove}>
                {t('jc-approve')}
              </Button>
            ) : null}
          </ButtonGroup>
        </>
      ) : null}
      {reporting ? (
        <section aria-label={t('jc-report-title')} className="werkpad-subform">
          <Heading5>{t('jc-report-title')}</Heading5>
          <ReportForm
            residentId={residentId}
            subsidyId={s.id}
            onSaved={(f) => {
              setReporting(false);
              onStored(f, 'reported');
            }}
            onCancel={() => setReporting(false)}
          />
        </section>
      ) : null}
    </li>
  );
}
