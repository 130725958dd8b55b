import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { BENEFIT_KINDS, JOB_KINDS, type ErrorPayload, type FieldError } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { RadioGroupField } from '../../../components/RadioGroupField';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { useText } from '../../../i18n/useText';
import { type BenefitChoice, errorAt, FACT_FIELDS, type FactsValues, summaryItems } from './facts';

interface Props {
  values: FactsValues;
  onChange: (values: FactsValues) => void;
  errors: FieldError[];
  /** The errors came from "Controleer": list them in this form's summary. */
  showSummary: boolean;
  /** The summary takes focus when this changes. */
  attempt: number;
  failure: ErrorPayload | null;
  busy: boolean;
  onCheck: () => void;
}

type TextKey = Exclude<keyof FactsValues, 'benefit' | 'same_employer' | 'job_kind'>;

/** The employment facts of a verklaring 56+ request, and "Controleer". */
export function FactsForm({ values, onChange, errors, showSummary, attempt, failure, busy, onCheck }: Props) {
  const { t } = useText();
  const def = (path: string) => FACT_FIELDS.find((f) => f.path === path)!;
  const set = (patch: Partial<FactsValues>) => onChange({ ...values, ...patch });

  const text = (key: TextKey, path: string, extra: { required?: boolean; description?: string; size?: number } = {}) => {
    const d = def(path);
    return (
      <TextField
        id={d.id}
        testId={d.id}
        label={t(d.label)}
        required={extra.required ?? true}
        description={extra.description}
        size={extra.size}
        value={values[key]}
        onChange={(v) => set({ [key]: v })}
        error={errorAt(errors, path, t)}
      />
    );
  };
  const date = (key: 'start_date' | 'request_date', path: string) =>
    text(key, path, { description: t('form-date-description'), size: 10 });

  return (
    <form
      noValidate
      aria-labelledby="v56-heading"
      onSubmit={(e) => {
        e.preventDefault();
        onCheck();
      }}
    >
      <ErrorSummary
        items={showSummary ? summaryItems(errors, t) : []}
        testId="v56-facts-error-summary"
        focusKey={attempt || undefined}
      />
      <ErrorAlert error={failure} testId="v56-facts-failure" />
      <Fieldset className="utrecht-form-fieldset--distanced">
        <FieldsetLegend>{t('statements-employer')}</FieldsetLegend>
        {text('employer_name', 'employer_name')}
        {text('loonheffingennummer', 'loonheffingennummer', {
          description: t('statements-loonheffingennummer-description'),
          size: 12,
        })}
        {text('street', 'employer_address.street')}
        {text('house_number', 'employer_address.house_number', { size: 6 })}
        {text('house_number_addition', 'employer_address.house_number_addition', { required: false, size: 6 })}
        {text('postcode', 'employer_address.postcode', { size: 7 })}
        {text('woonplaats', 'employer_address.woonplaats')}
      </Fieldset>
      <Fieldset className="utrecht-form-fieldset--distanced">
        <FieldsetLegend>{t('statements-employment')}</FieldsetLegend>
        {date('start_date', 'start_date')}
        {date('request_date', 'request_date')}
        <SelectField
          id={def('benefit').id}
          testId={def('benefit').id}
          label={t('statements-benefit')}
          required
          value={values.benefit}
          options={[
            ...BENEFIT_KINDS.map((b) => ({ value: b.value, text: t(b.label) })),
            { value: 'none', text: t('statements-benefit-none') },
          ]}
          onChange={(v) => set({ benefit: v as BenefitChoice })}
          error={errorAt(errors, 'benefit', t)}
        />
        <RadioGroupField
          id={def('same_employer_within_6_months').id}
          label={t('statements-same-employer')}
          required
          value={values.same_employer}
          optionTestIdPrefix="v56-same-employer"
          options={[
            { value: 'yes', text: t('value-yes') },
            { value: 'no', text: t('value-no') },
          ]}
          onChange={(v) => set({ same_employer: v as FactsValues['same_employer'] })}
          error={errorAt(errors, 'same_employer_within_6_months', t)}
        />
        <RadioGroupField
          id={def('job_kind').id}
          label={t('statements-job-kind')}
          required
          value={values.job_kind}
          optionTestIdPrefix="v56-job-kind"
          options={JOB_KINDS.map((k) => ({ value: k.value, text: t(k.label) }))}
          onChange={(v) => set({ job_kind: v as FactsValues['job_kind'] })}
          error={errorAt(errors, 'job_kind', t)}
        />
      </Fieldset>
      <Button type="submit" appearance="primary-action-button" data-testid="v56-check" busy={busy} disabled={busy}>
        {t('statements-check')}
      </Button>
    </form>
  );
}
