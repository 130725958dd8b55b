import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { SubsidyFile } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { text, useFields } from './common';

interface Props {
  residentId: string;
  decisionId: string;
  coachName: string | null;
  onPaid: (file: SubsidyFile) => void;
  onCancel: () => void;
}

function fields(id: string): FieldDef[] {
  return [
    { path: 'period_from', id: `lks-pay-from-${id}`, label: msg('lks-pay-field-from') },
    { path: 'period_until', id: `lks-pay-until-${id}`, label: msg('lks-pay-field-until') },
    { path: 'hours_worked', id: `lks-pay-hours-${id}`, label: msg('lks-pay-field-hours') },
  ];
}

/** A payment under a decision: the period and the hours the resident actually worked. */
export function PaymentForm({ residentId, decisionId, coachName, onPaid, onCancel }: Props) {
  const { t } = useText();
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [hours, setHours] = useState('');
  const form = useFormSubmit();
  const defs = fields(decisionId);
  const field = useFields(defs, form);
  useLayoutEffect(() => document.getElementById(`lks-pay-from-${decisionId}`)?.focus(), [decisionId]);

  const submit = () => {
    void form.submit(async () =>
      onPaid(
        await api.lksPay({
          resident_id: residentId,
          form: { decision_id: decisionId, period_from: text(from), period_until: text(until), hours_worked: text(hours) },
        }),
      ),
    );
  };

  return (
    <form
      noValidate
      data-testid="lks-pay-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Paragraph>{coachName ? t('lks-pay-approved-by-coach', { coach: coachName }) : t('lks-pay-approved-by-you')}</Paragraph>
      <ErrorSummary items={summaryItems(form.errors, defs, t)} testId="lks-pay-error-summary" headingLevel={6} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="lks-pay-failure" />
      <TextField {...field('period_from')} testId="lks-pay-from" required description={t('form-date-description')} inputMode="numeric" size={10} value={from} onChange={setFrom} />
      <TextField {...field('period_until')} testId="lks-pay-until" required description={t('form-date-description')} inputMode="numeric" size={10} value={until} onChange={setUntil} />
      <TextField
        {...field('hours_worked')}
        testId="lks-pay-hours"
        required
        description={t('lks-pay-field-hours-description')}
        inputMode="decimal"
        size={6}
        value={hours}
        onChange={setHours}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" data-testid="lks-pay-save" busy={form.busy} disabled={form.busy}>
          {t('lks-pay-save')}
        </Button>
        <Button appearance="secondary-action-button" data-testid="lks-pay-cancel" onClick={onCancel}>
          {t('subsidy-cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
