import { Alert, Button, Heading4, Paragraph } from '@utrecht/component-library-react';
import { DECISION_OUTCOMES, type Advice, type DecisionOutcome, type ErrorPayload, type FieldError } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { RadioGroupField } from '../../../components/RadioGroupField';
import { TextAreaField } from '../../../components/TextAreaField';
import { useText } from '../../../i18n/useText';
import { errorAt, summaryItems } from './facts';

export interface DecisionValues {
  outcome: DecisionOutcome | '';
  reasoning: string;
}

interface Props {
  advice: Advice;
  /** The logged-in coach, who decides; null while unknown. */
  coachName: string | null;
  values: DecisionValues;
  onChange: (values: DecisionValues) => void;
  /** Every error of the last "Besluit vastleggen", facts fields included (they link there). */
  errors: FieldError[];
  attempt: number;
  failure: ErrorPayload | null;
  busy: boolean;
  onDecide: () => void;
}

/** True when the coach's outcome goes against the advice. */
export function differsFromAdvice(advice: Advice, outcome: DecisionOutcome | ''): boolean {
  return outcome !== '' && (outcome === 'granted') !== advice.eligible;
}

/**
 * The coach's decision (AVG art. 22: a person decides, the software advises): grant or
 * refuse, with the reasoning. Going against the advice asks for an explanation.
 */
export function DecisionForm({ advice, coachName, values, onChange, errors, attempt, failure, busy, onDecide }: Props) {
  const { t } = useText();
  const differs = differsFromAdvice(advice, values.outcome);
  return (
    <section aria-labelledby="v56-decision-heading" className="werkpad-section werkpad-subform">
      <Heading4 id="v56-decision-heading">{t('statements-decision-title')}</Heading4>
      <Paragraph data-testid="v56-decider">
        {coachName
          ? t('statements-decision-by-coach', { coach: coachName })
          : t('statements-decision-by-you')}
      </Paragraph>
      <ErrorSummary items={summaryItems(errors, t)} testId="v56-decision-error-summary" focusKey={attempt || undefined} />
      <ErrorAlert error={failure} testId="v56-decision-failure" />
      <form
        noValidate
        aria-labelledby="v56-decision-heading"
        onSubmit={(e) => {
          e.preventDefault();
          onDecide();
        }}
      >
        <RadioGroupField
          id="v56-outcome"
          label={t('statements-outcome')}
          required
          value={values.outcome}
          optionTestIdPrefix="v56-outcome"
          options={DECISION_OUTCOMES.map((o) => ({
            value: o.value,
            text: o.value === 'granted' ? t('statements-outcome-granted') : t('statements-outcome-refused'),
          }))}
          onChange={(v) => onChange({ ...values, outcome: v as DecisionOutcome })}
          error={errorAt(errors, 'outcome', t)}
        />
        <div role="status" aria-live="polite" data-testid="v56-differs">
          {differs ? (
            <Alert type="warning" role="none">
              <Paragraph>
                {advice.eligible ? t('statements-differs-refused') : t('statements-differs-granted')}
              </Paragraph>
            </Alert>
          ) : null}
        </div>
        <TextAreaField
          id="v56-reasoning"
          testId="v56-reasoning"
          label={t('statements-reasoning')}
          description={t('statements-reasoning-description')}
          required
          rows={5}
          value={values.reasoning}
          onChange={(v) => onChange({ ...values, reasoning: v })}
          error={errorAt(errors, 'reasoning', t)}
        />
        <Button type="submit" appearance="primary-action-button" data-testid="v56-decide" busy={busy} disabled={busy}>
          {t('statements-decide')}
        </Button>
      </form>
    </section>
  );
}
