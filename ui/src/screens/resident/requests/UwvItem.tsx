import { Button, ButtonGroup, Heading4, Heading5 } from '@utrecht/component-library-react';
import { type ReactNode } from 'react';
import { CRITERION_VIEWS, REQUEST_STATUSES, UWV_OUTCOMES, UWV_REQUEST_KINDS, BANENAFSPRAAK_ROUTES, type UwvView, uwvRequestIssue } from '../../../api/contract.gen';
import type { FieldError, RequestsFile } from '../../../api/contract.gen';
import { labelOf } from '../../../api/labels';
import { type Fact, Facts } from '../../../components/Facts';
import { formatDate } from '../../../i18n/format';
import { useText } from '../../../i18n/useText';
import { AttachmentList } from './AttachmentList';
import { CRITERIA, CRITERION_LABELS } from './CriteriaFields';
import { lifeFacts } from './lifeFacts';
import { StepActions } from './StepActions';
import { PrintStatement } from '../subsidies/PrintStatement';

interface Props {
  residentId: string;
  view: UwvView;
  /** The form open inside this item (answer, attachment), rendered under its facts. */
  children?: ReactNode;
  /** True while a form of this item is open: its buttons give way. */
  busy: boolean;
  onEdit: () => void;
  onAttach: () => void;
  onAnswer: () => void;
  onStepped: (file: RequestsFile) => void;
  onSendRefused: (errors: FieldError[]) => void;
}

/**
 * One request to UWV: what is asked, its status, the due day (and whether UWV is late),
 * the criteria, the answer, the attachments and the steps that may follow.
 */
export function UwvItem({ residentId, view, children, busy, onEdit, onAttach, onAnswer, onStepped, onSendRefused }: Props) {
  const { t } = useText();
  const r = view.request;
  const label = (list: Parameters<typeof labelOf>[0], v: string | null | undefined) => (v ? t(labelOf(list, v) ?? v) : '');
  const facts: Fact[] = [
    ...(r.route ? [{ label: t('uwv-field-route'), value: label(BANENAFSPRAAK_ROUTES, r.route) }] : []),
    ...lifeFacts(t, r.life),
    {
      label: t('uwv-fact-due'),
      value: r.due_on ? (
        <>
          {formatDate(r.due_on)}
          {view.overdue ? (
            <>
              {' '}
              <strong className="werkpad-overdue" data-testid="uwv-item-overdue">
                {t('uwv-overdue')}
              </strong>
            </>
          ) : null}
        </>
      ) : (
        t('uwv-due-after-send')
      ),
      testId: 'uwv-item-due',
    },
    { label: t('uwv-field-motivation'), value: <span className="werkpad-prewrap">{r.motivation}</span> },
    ...(r.criteria
      ? CRITERIA.map((name) => ({
          label: t(CRITERION_LABELS[name]),
          value: t('uwv-criterion-line', { view: label(CRITERION_VIEWS, r.criteria?.[name].view), explanation: r.criteria?.[name].explanation ?? '' }),
        }))
      : []),
    ...(r.circumstances_changed ? [{ label: t('uwv-field-changed'), value: r.circumstances_changed }] : []),
    {
      label: t('consent-title'),
      value: r.consent ? t('consent-line', { date: formatDate(r.consent.given_on), scope: r.consent.scope }) : t('consent-none'),
      testId: 'uwv-item-consent',
    },
    ...(r.answer
      ? [
          {
            label: t('uwv-fact-answer'),
            value: t('uwv-answer-line', {
              outcome: label(UWV_OUTCOMES, r.answer.outcome),
              date: formatDate(r.answer.received_on),
              reference: r.answer.reference ?? '-',
              summary: r.answer.summary,
            }),
            testId: 'uwv-item-answer',
          },
        ]
      : []),
  ];
  const draft = r.life.status === 'drafted';
  return (
    <li className="werkpad-report" data-testid="uwv-item" data-status={r.life.status}>
      <Heading4>{label(UWV_REQUEST_KINDS, r.kind)}</Heading4>
      <p className="werkpad-report__meta">
        <strong data-testid="uwv-item-status">{label(REQUEST_STATUSES, r.life.status)}</strong>
      </p>
      <Facts facts={facts} />
      <Heading5>{t('attachment-title')}</Heading5>
      <AttachmentList attachments={view.attachments} testId="uwv-item-attachments" />
      <PrintStatement
        labelId="uwv-print"
        make={() => uwvRequestIssue({ resident_id: residentId, request_id: r.id })}
        testId="uwv-print"
      />
      {children}
      {busy ? null : (
        <>
          {draft ? (
            <ButtonGroup>
              <Button appearance="secondary-action-button" data-testid="uwv-edit" onClick={onEdit}>
                {t('request-edit')}
              </Button>
              <Button appearance="secondary-action-button" data-testid="uwv-attach" onClick={onAttach}>
                {t('attachment-add')}
              </Button>
            </ButtonGroup>
          ) : null}
          <StepActions
            residentId={residentId}
            kind="uwv_request"
            id={r.id}
            steps={view.next_steps}
            prefix={`uwv-${r.id}`}
            answerLabel={t('uwv-answer-open')}
            onAnswer={onAnswer}
            onStepped={onStepped}
            onSendRefused={onSendRefused}
          />
        </>
      )}
    </li>
  );
}
