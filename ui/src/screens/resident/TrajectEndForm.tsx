import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import { END_REASONS, type EndReason, type ErrorPayload, type ResidentFileView, type TrajectView } from '../../api/contract.gen';
import * as api from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { RadioGroupField } from '../../components/RadioGroupField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { todayDutch } from '../../i18n/format';
import { useText } from '../../i18n/useText';

type Field = 'reason' | 'ended_on' | 'reasoning';
const IDS: Record<Field, string> = {
  reason: 'traject-end-reason',
  ended_on: 'traject-end-date',
  reasoning: 'traject-end-reasoning',
};

interface Props {
  residentId: string;
  traject: TrajectView;
  onView: (v: ResidentFileView) => void;
  onCancel: () => void;
}

/**
 * Ending a traject is a decision by a person (AVG art. 22): how it ended, when, and why.
 * The reason sets how long the file is kept (10 years, 5 years or 6 weeks).
 */
export function TrajectEndForm({ residentId, traject, onView, onCancel }: Props) {
  const { t } = useText();
  const [reason, setReason] = useState<EndReason | ''>('');
  const [endedOn, setEndedOn] = useState(todayDutch());
  const [reasoning, setReasoning] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useLayoutEffect(() => {
    heading.current?.focus();
  }, []);

  // Nothing is checked here: the backend parses the date as typed and reports every missing
  // or wrong field at once (`reason`, `ended_on`, `reasoning`), shown below.
  const submit = async () => {
    setErrors({});
    setFailure(null);
    setBusy(true);
    try {
      onView(
        await api.trajectEnd({
          resident_id: residentId,
          traject_id: traject.id,
          reason: reason || null,
          ended_on: endedOn.trim(),
          reasoning: reasoning.trim(),
        }),
      );
    } catch (e) {
      const p = e as ErrorPayload;
      const fromServer: Partial<Record<Field, string>> = {};
      for (const f of p.fields) {
        const key = (Object.keys(IDS) as Field[]).find((k) => f.field === k || f.field.endsWith(`.${k}`));
        if (key) fromServer[key] = t(f.message_id, f.args);
      }
      if (Object.keys(fromServer).length > 0) {
        setErrors(fromServer);
        setAttempt((n) => n + 1);
      } else {
        setFailure(p);
      }
    } finally {
      setBusy(false);
    }
  };

  const labels: Record<Field, string> = {
    reason: t('traject-end-reason'),
    ended_on: t('traject-ended-on'),
    reasoning: t('traject-end-reasoning'),
  };
  const summary: SummaryItem[] = (Object.keys(IDS) as Field[])
    .filter((k) => errors[k])
    .map((k) => ({
      targetId: IDS[k],
      text: t('form-error-summary-item', { field: labels[k], message: errors[k] ?? '' }),
    }));

  return (
    <section aria-labelledby="traject-end-form-heading" className="werkpad-section werkpad-subform">
      <Heading3 id="traject-end-form-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {t('traject-end-title')}
      </Heading3>
      <Paragraph>{t('traject-end-decision')}</Paragraph>
      <ErrorSummary items={summary} testId="traject-end-error-summary" focusKey={attempt || undefined} />
      <ErrorAlert error={failure} testId="traject-end-failure" />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <RadioGroupField
          id={IDS.reason}
          label={t('traject-end-reason')}
          description={t('traject-end-reason-description')}
          required
          value={reason}
          optionTestIdPrefix="traject-end-reason"
          options={END_REASONS.map((r) => ({ value: r.value, text: t(r.label) }))}
          onChange={(v) => setReason(v as EndReason)}
          error={errors.reason}
        />
        <TextField
          id={IDS.ended_on}
          testId="traject-end-date"
          label={t('traject-ended-on')}
          description={t('form-date-description')}
          required
          inputMode="numeric"
          size={10}
          value={endedOn}
          onChange={setEndedOn}
          error={errors.ended_on}
        />
        <TextAreaField
          id={IDS.reasoning}
          testId="traject-end-reasoning"
          label={t('traject-end-reasoning')}
          description={t('traject-end-reasoning-description')}
          required
          value={reasoning}
          onChange={setReasoning}
          error={errors.reasoning}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" hint="danger" data-testid="traject-end-submit" busy={busy} disabled={busy}>
            {t('traject-end-submit')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="traject-end-cancel" onClick={onCancel}>
            {t('traject-end-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
