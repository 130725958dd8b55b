import {
  Button,
  ButtonGroup,
  Heading4,
  Heading5,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import {
  ASSESSOR_KINDS,
  COACHING_INTENSITIES,
  loonwaardeReportIssue,
  type LoonwaardeView,
  type SubsidyFile,
} from '../../../api/contract.gen';
import { labelOf } from '../../../api/labels';
import { Facts } from '../../../components/Facts';
import { formatMinutesAsHours } from '../../../i18n/amounts';
import { formatDate } from '../../../i18n/format';
import { useText } from '../../../i18n/useText';
import { Steps } from './common';
import { Reassessment } from './Reassessment';
import { PrintStatement } from './PrintStatement';
import { SignForm } from './SignForm';

interface Props {
  residentId: string;
  view: LoonwaardeView;
  /** This signed assessment's re-assessment is due. */
  due: boolean;
  coachName: string | null;
  /** Opens the draft in the form. */
  onEdit: (view: LoonwaardeView) => void;
  onSigned: (file: SubsidyFile) => void;
}

/** Hundredths of a percent as "85,5". */
function hundredths(v: number): string {
  const whole = Math.floor(v / 100);
  const frac = v % 100;
  if (frac === 0) return String(whole);
  if (frac % 10 === 0) return `${whole},${frac / 10}`;
  return `${whole},${String(frac).padStart(2, '0')}`;
}

/** One assessment: draft or signed (said in words), its facts, tasks and arithmetic. */
export function LoonwaardeItem({ residentId, view, due, coachName, onEdit, onSigned }: Props) {
  const { t } = useText();
  const r = view.record;
  const s = r.sign_off;
  const [signing, setSigning] = useState(false);
  const signButton = useRef<HTMLButtonElement>(null);
  const wasSigning = useRef(false);
  useLayoutEffect(() => {
    if (!signing && wasSigning.current) signButton.current?.focus();
    wasSigning.current = signing;
  }, [signing]);

  const label = (list: Parameters<typeof labelOf>[0], v: string) => {
    const id = labelOf(list, v);
    return id ? t(id) : v;
  };
  const employer = view.employer_name ?? t('lw-unknown-employer');
  const percent = s
    ? t('lw-percent-signed', { percent: s.loonwaarde_percent })
    : view.outcome
      ? t('lw-percent-draft', { percent: view.outcome.percent })
      : '';
  const headingId = `lw-item-${r.id}`;
  return (
    <li className="werkpad-report" data-testid="lw-item" data-signed={s !== null}>
      <Heading4 id={headingId}>
        {t('lw-item-title', { employer, date: formatDate(r.visit_date) })}
      </Heading4>
      <p className="werkpad-report__meta">
        <strong data-testid="lw-item-status">{s ? t('lw-status-signed') : t('lw-status-draft')}</strong>
      </p>
      <Facts
        facts={[
          { label: t('lw-fact-percent'), value: percent, testId: 'lw-item-percent' },
          { label: t('lw-field-normfunctie'), value: r.normfunctie },
          { label: t('lw-field-actual-function'), value: r.actual_function },
          {
            label: t('lw-fact-hours'),
            value: t('lw-hours-of', {
              worked: formatMinutesAsHours(r.worked_minutes_per_week),
              fulltime: formatMinutesAsHours(r.fulltime_minutes_per_week),
            }),
            testId: 'lw-item-hours',
          },
          { label: t('lw-field-visit-date'), value: formatDate(r.visit_date) },
          { label: t('lw-field-report-date'), value: formatDate(r.report_date) },
          {
            label: t('lw-fact-assessor'),
            value: [r.assessor.name, label(ASSESSOR_KINDS, r.assessor.kind), r.assessor.organisation].filter(Boolean).join(', '),
          },
          ...(s
            ? [
                {
                  label: t('lw-fact-signed'),
                  value: t('lw-signed-line', { assessor: s.signed_by, date: formatDate(s.signed_on), coach: s.recorded_by.name }),
                  testId: 'lw-item-signed',
                },
                { label: t('lw-fact-reassess'), value: <Reassessment date={s.reassess_on} due={due} testId="lw-item-reassess" /> },
              ]
            : []),
          {
            label: t('lw-fact-jobcoaching'),
            value: r.jobcoaching
              ? t('lw-jobcoaching-line', {
                  hours: r.jobcoaching.hours_per_month,
                  intensity: label(COACHING_INTENSITIES, r.jobcoaching.intensity),
                  months: r.jobcoaching.months,
                })
              : t('lw-jobcoaching-none'),
          },
          { label: t('lw-field-notes'), value: r.notes ? <span className="werkpad-prewrap">{r.notes}</span> : '' },
        ]}
      />
      {view.outcome ? (
        <>
          <Heading5>{t('lw-tasks-legend')}</Heading5>
          <div className="werkpad-table-scroll">
            <Table data-testid="lw-item-tasks">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('lw-task-name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('lw-task-share')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('lw-task-tempo')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('lw-task-quality')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('lw-task-net-time')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('lw-col-contribution')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {r.tasks.map((task, i) => (
                  <TableRow key={`${task.name}-${i}`}>
                    <TableCell>{task.name}</TableCell>
                    <TableCell>{t('subsidy-percent', { value: String(task.share_percent) })}</TableCell>
                    <TableCell>{t('subsidy-percent', { value: String(task.tempo_percent) })}</TableCell>
                    <TableCell>{t('subsidy-percent', { value: String(task.quality_percent) })}</TableCell>
                    <TableCell>{t('subsidy-percent', { value: String(task.net_time_percent) })}</TableCell>
                    <TableCell>
                      {t('subsidy-percent', { value: hundredths(view.outcome?.tasks[i]?.contribution_hundredths ?? 0) })}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Heading5>{t('lw-arithmetic-title')}</Heading5>
          <Steps steps={view.outcome.steps} testId="lw-item-steps" />
        </>
      ) : null}
      {!s && !signing ? (
        <ButtonGroup>
          <Button appearance="secondary-action-button" data-testid="lw-edit" onClick={() => onEdit(view)}>
            {t('lw-edit')}
          </Button>
          <Button ref={signButton} appearance="primary-action-button" data-testid="lw-sign" onClick={() => setSigning(true)}>
            {t('lw-sign')}
          </Button>
        </ButtonGroup>
      ) : null}
      {!s && signing ? (
        <section aria-label={t('lw-sign-title')} className="werkpad-subform">
          <Heading5>{t('lw-sign-title')}</Heading5>
          <SignForm
            residentId={residentId}
            loonwaardeId={r.id}
            coachName={coachName}
            onSigned={(f) => {
              setSigning(false);
              onSigned(f);
            }}
            onCancel={() => setSigning(false)}
          />
        </section>
      ) : null}
      <PrintStatement
        labelId={s ? 'lw-print' : 'lw-print-draft'}
        make={() => loonwaardeReportIssue({ resident_id: residentId, loonwaarde_id: r.id })}
        testId="lw-print"
      />
    </li>
  );
}
