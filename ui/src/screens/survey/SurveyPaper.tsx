import { Alert, Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import * as api from '../../api/contract.gen';
import { type ErrorPayload, SURVEY_QUESTIONS, type SurveyPending, type SurveyQuestion } from '../../api/contract.gen';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusField } from '../../components/ErrorSummary';
import { RadioGroupField } from '../../components/RadioGroupField';
import { SelectField } from '../../components/SelectField';
import { useText } from '../../i18n/useText';
import { SCORES, monthOf, recentMonths } from './scale';

type Errors = Record<string, string>;
const NOT_ANSWERED = 'none';

/**
 * A paper form typed in by the coach: the month of the form (this month unless changed),
 * the resident's consent on the form, and per question a score or "not filled in". The
 * rules are the backend's; its field errors show at the fields.
 */
export function SurveyPaper({ onSaved, onCancel, today = new Date() }: { onSaved: (p: SurveyPending) => void; onCancel: () => void; today?: Date }) {
  const { t } = useText();
  const months = recentMonths(today);
  const [month, setMonth] = useState(monthOf(today));
  const [consent, setConsent] = useState(false);
  const [scores, setScores] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(null);
    setSaved(false);
    const values: Partial<Record<SurveyQuestion, number>> = {};
    for (const q of SURVEY_QUESTIONS) {
      const s = scores[q.value];
      if (s && s !== NOT_ANSWERED) values[q.value] = Number(s);
    }
    setBusy(true);
    try {
      const pending = await api.surveyRecord({ consent, month, channel: 'paper', values });
      setScores({});
      setConsent(false);
      setSaved(true);
      onSaved(pending);
    } catch (e) {
      const p = e as ErrorPayload;
      const found: Errors = {};
      for (const f of p.fields ?? []) if (!found[f.field]) found[f.field] = t(f.message_id, f.args);
      const order = ['month', 'consent', 'values', ...SURVEY_QUESTIONS.map((q) => `values.${q.value}`)];
      const first = order.find((f) => found[f]);
      if (first) {
        setErrors(found);
        focusField(first === 'values' ? `survey-paper-${SURVEY_QUESTIONS[0]!.value}` : `survey-paper-${first.replace('values.', '')}`);
      } else {
        setFailure(p);
      }
    } finally {
      setBusy(false);
    }
  };

  const options = [
    ...SCORES.map((s) => ({ value: String(s.value), text: `${s.value} – ${t(s.label)}` })),
    { value: NOT_ANSWERED, text: t('survey-paper-not-answered') },
  ];

  return (
    <section aria-labelledby="survey-paper-heading" className="werkpad-section" data-testid="survey-paper">
      <Heading3 id="survey-paper-heading">{t('survey-paper-title')}</Heading3>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <ErrorAlert error={failure} testId="survey-paper-error" />
        {saved ? (
          <Alert type="ok" data-testid="survey-paper-saved">
            <Paragraph>{t('survey-paper-saved')}</Paragraph>
          </Alert>
        ) : null}
        <SelectField
          id="survey-paper-month"
          testId="survey-paper-month"
          label={t('survey-paper-month')}
          required
          value={month}
          emptyText={false}
          options={months.map((m) => ({ value: m, text: m }))}
          onChange={setMonth}
          error={errors.month}
        />
        <CheckboxField
          id="survey-paper-consent"
          testId="survey-paper-consent"
          label={t('survey-paper-consent')}
          required
          checked={consent}
          onChange={setConsent}
          error={errors.consent}
        />
        {SURVEY_QUESTIONS.map((q, i) => (
          <RadioGroupField
            key={q.value}
            id={`survey-paper-${q.value}`}
            label={t(q.label)}
            value={scores[q.value] ?? NOT_ANSWERED}
            options={options}
            optionTestIdPrefix={`survey-paper-${q.value}`}
            onChange={(v) => setScores((s) => ({ ...s, [q.value]: v }))}
            error={errors[`values.${q.value}`] ?? (i === 0 ? errors.values : undefined)}
          />
        ))}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="survey-paper-save" busy={busy} disabled={busy}>
            {t('survey-paper-save')}
          </Button>
          <Button type="button" appearance="secondary-action-button" data-testid="survey-paper-cancel" onClick={onCancel}>
            {t('survey-back')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
