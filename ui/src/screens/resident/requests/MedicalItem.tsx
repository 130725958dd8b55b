import { Button, ButtonGroup, Heading4 } from '@utrecht/component-library-react';
import { EXAMINATION_KINDS, REQUEST_STATUSES } from '../../../api/contract.gen';
import type { FieldError, MedicalExamination } from '../../../api/contract.gen';
import { labelOf } from '../../../api/labels';
import { type Fact, Facts } from '../../../components/Facts';
import { formatDate } from '../../../i18n/format';
import { useText } from '../../../i18n/useText';
import { lifeFacts } from './lifeFacts';
import { MedicalOutcomeForm } from './MedicalOutcomeForm';
import { StepActions } from './StepActions';

interface Props {
  residentId: string;
  record: MedicalExamination;
  /** The form of this item that is open. */
  open: 'edit' | 'outcome' | null;
  onEdit: () => void;
  onOutcome: () => void;
  onCancel: () => void;
  onSaved: (record: MedicalExamination) => void;
  onStepped: () => void;
  onSendRefused: (errors: FieldError[]) => void;
}

/** One medical examination: kind, agency, question, appointment, consent, the report. */
export function MedicalItem({ residentId, record: m, open, onEdit, onOutcome, onCancel, onSaved, onStepped, onSendRefused }: Props) {
  const { t } = useText();
  const a = m.appointment;
  const facts: Fact[] = [
    { label: t('medical-field-agency'), value: m.agency },
    { label: t('medical-field-question'), value: <span className="werkpad-prewrap">{m.question}</span> },
    ...lifeFacts(t, m.life),
    {
      label: t('medical-fact-appointment'),
      value: a ? t('medical-appointment-line', { date: formatDate(a.on), time: a.at ?? '-', place: a.place }) : '',
    },
    {
      label: t('consent-title'),
      value: m.consent ? t('consent-line', { date: formatDate(m.consent.given_on), scope: m.consent.scope }) : t('consent-none'),
      testId: 'med-item-consent',
    },
  ];
  if (m.outcome) {
    facts.push({ label: t('medical-outcome-summary'), value: t('medical-outcome-line', { date: formatDate(m.outcome.received_on), summary: m.outcome.summary }) });
    facts.push({ label: t('medical-outcome-limitations'), value: m.outcome.work_limitations ?? '' });
  }
  const editable = m.life.status === 'drafted' || m.life.status === 'sent';
  return (
    <li className="werkpad-report" data-testid="med-item" data-status={m.life.status}>
      <Heading4>{t(labelOf(EXAMINATION_KINDS, m.kind) ?? m.kind)}</Heading4>
      <p className="werkpad-report__meta">
        <strong data-testid="med-item-status">{t(labelOf(REQUEST_STATUSES, m.life.status) ?? m.life.status)}</strong>
      </p>
      <Facts facts={facts} />
      {open === 'outcome' ? <MedicalOutcomeForm residentId={residentId} recordId={m.id} onSaved={onSaved} onCancel={onCancel} /> : null}
      {open ? null : (
        <>
          {editable ? (
            <ButtonGroup>
              <Button appearance="secondary-action-button" data-testid="med-edit" onClick={onEdit}>
                {m.life.status === 'drafted' ? t('request-edit') : t('medical-edit-appointment')}
              </Button>
            </ButtonGroup>
          ) : null}
          <StepActions
            residentId={residentId}
            kind="medical_examination"
            id={m.id}
            steps={m.life.status === 'drafted' ? ['send', 'withdraw'] : m.life.status === 'sent' ? ['answer', 'withdraw'] : m.life.status === 'answered' ? ['close'] : []}
            prefix={`med-${m.id}`}
            answerLabel={t('medical-outcome-open')}
            onAnswer={onOutcome}
            onStepped={onStepped}
            onSendRefused={onSendRefused}
          />
        </>
      )}
    </li>
  );
}
