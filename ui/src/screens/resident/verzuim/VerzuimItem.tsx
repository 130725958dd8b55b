import { Button, ButtonGroup, Heading4 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { ABSENCE_PLACES, ABSENCE_SOURCES, CONTROL_FINDINGS, CONTROL_KINDS, type VerzuimCase, VERZUIM_OUTCOMES, verzuimWarningIssue } from '../../../api/contract.gen';
import { labelOf } from '../../../api/labels';
import { type Fact, Facts } from '../../../components/Facts';
import { formatDate } from '../../../i18n/format';
import { useText } from '../../../i18n/useText';
import { PrintStatement } from '../subsidies/PrintStatement';

export type VerzuimStep = 'control' | 'account' | 'decide';

interface Props {
  residentId: string;
  verzuim: VerzuimCase;
  /** The open form of this case, under its facts. */
  children?: ReactNode;
  busy: boolean;
  onOpen: (step: VerzuimStep) => void;
}

/** One absence: what happened, the controller's check, the resident's account, the decision. */
export function VerzuimItem({ residentId, verzuim: c, children, busy, onOpen }: Props) {
  const { t } = useText();
  const label = (list: Parameters<typeof labelOf>[0], v: string | null | undefined) => (v ? t(labelOf(list, v) ?? v) : '');
  const a = c.absence;
  const facts: Fact[] = [
    { label: t('absence-field-place'), value: label(ABSENCE_PLACES, a.place) },
    { label: t('absence-field-source'), value: [label(ABSENCE_SOURCES, a.source), a.reported_by].filter(Boolean).join(', ') },
    ...(a.note ? [{ label: t('absence-field-note'), value: a.note }] : []),
    {
      label: t('verzuim-fact-control'),
      value: c.control
        ? [
            t('verzuim-control-asked', { controller: c.control.controller, kind: label(CONTROL_KINDS, c.control.kind), date: formatDate(c.control.requested_on) }),
            c.control.done_on ? t('verzuim-control-done', { date: formatDate(c.control.done_on), finding: label(CONTROL_FINDINGS, c.control.finding) }) : '',
            c.control.note ?? '',
          ]
            .filter(Boolean)
            .join(' ')
        : t('verzuim-control-none'),
      testId: 'verzuim-item-control',
    },
    {
      label: t('verzuim-fact-account'),
      value: c.account
        ? c.account.given_on
          ? t('verzuim-account-given', { date: formatDate(c.account.given_on), text: c.account.text ?? '' })
          : t('verzuim-account-asked', { asked: formatDate(c.account.asked_on), by: formatDate(c.account.answer_by) })
        : t('verzuim-account-none'),
      testId: 'verzuim-item-account',
    },
    ...(c.decision
      ? [
          {
            label: t('verzuim-fact-decision'),
            value: t('verzuim-decision-line', {
              outcome: label(VERZUIM_OUTCOMES, c.decision.outcome),
              coach: c.decision.by.name,
              date: formatDate(c.decision.on),
              reasoning: c.decision.reasoning,
            }),
            testId: 'verzuim-item-decision',
          },
        ]
      : []),
  ];
  return (
    <li className="werkpad-report" data-testid="verzuim-item" data-decided={c.decision !== null}>
      <Heading4>{t('verzuim-item-title', { date: formatDate(a.on) })}</Heading4>
      <Facts facts={facts} />
      {c.decision?.outcome === 'warning' ? (
        <PrintStatement
          labelId="verzuim-warning-print"
          make={() => verzuimWarningIssue({ resident_id: residentId, case_id: c.id })}
          testId="verzuim-warning-print"
        />
      ) : null}
      {children}
      {busy || c.decision ? null : (
        <ButtonGroup>
          <Button appearance="secondary-action-button" data-testid="verzuim-control" onClick={() => onOpen('control')}>
            {c.control ? t('verzuim-control-record') : t('verzuim-control-ask')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="verzuim-account" onClick={() => onOpen('account')}>
            {c.account ? t('verzuim-account-record') : t('verzuim-account-ask')}
          </Button>
          <Button appearance="primary-action-button" data-testid="verzuim-decide" onClick={() => onOpen('decide')}>
            {t('verzuim-decide')}
          </Button>
        </ButtonGroup>
      )}
    </li>
  );
}
