import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { CONSENT_FORMS, type FieldError } from '../../../api/contract.gen';
import { errorAt, type FieldDef } from '../../../components/fieldErrors';
import { Description, ErrorText, describedBy } from '../../../components/fieldParts';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { type ConsentValues, exactError } from './common';

/**
 * The consent fields' definitions for a form's error summary. `consent` itself (no
 * consent where one is needed, ConsentRequired) goes last, linked to the first box.
 */
export function consentDefs(prefix: string): FieldDef[] {
  return [
    { path: 'consent.given_on', id: `${prefix}-consent-given-on`, label: msg('consent-field-given-on') },
    { path: 'consent.form', id: `${prefix}-consent-form`, label: msg('consent-field-form') },
    { path: 'consent.scope', id: `${prefix}-consent-scope`, label: msg('consent-field-scope') },
    { path: 'consent.withdrawn_on', id: `${prefix}-consent-withdrawn-on`, label: msg('consent-field-withdrawn-on') },
    { path: 'consent', id: `${prefix}-consent-given-on`, label: msg('consent-title') },
  ];
}

interface Props {
  /** Id prefix of the form (`uwv`, `ref`, `med`). */
  prefix: string;
  values: ConsentValues;
  onChange: (values: ConsentValues) => void;
  errors: readonly FieldError[];
  /** Why consent is (or may be) needed for this request. */
  description: string;
}

/**
 * The resident's consent (when, how, for what, and when taken back) in one fieldset. A
 * refusal for lack of consent (`consent`) is shown on the fieldset and read with each box.
 */
export function ConsentFields({ prefix, values, onChange, errors, description }: Props) {
  const { t } = useText();
  const set = (key: keyof ConsentValues, v: string) => onChange({ ...values, [key]: v });
  const whole = { id: `${prefix}-consent`, label: t('consent-title'), description, error: exactError(errors, 'consent', t) };
  const at = (path: string, id: string) => {
    const error = errorAt(errors.filter((e) => e.field !== 'consent'), path, t);
    return { id, testId: id, error };
  };
  const given = at('consent.given_on', `${prefix}-consent-given-on`);
  return (
    <Fieldset
      className="utrecht-form-fieldset--distanced"
      invalid={Boolean(whole.error)}
      aria-describedby={describedBy(whole)}
      data-testid={`${prefix}-consent`}
    >
      <FieldsetLegend>{whole.label}</FieldsetLegend>
      <Description p={whole} />
      <ErrorText p={whole} />
      <TextField
        id={given.id}
        testId={given.testId}
        label={t('consent-field-given-on')}
        description={t('form-date-description')}
        error={given.error}
        inputMode="numeric"
        size={10}
        value={values.given_on}
        onChange={(v) => set('given_on', v)}
      />
      <SelectField
        {...at('consent.form', `${prefix}-consent-form`)}
        label={t('consent-field-form')}
        value={values.form}
        options={CONSENT_FORMS.map((c) => ({ value: c.value, text: t(c.label) }))}
        onChange={(v) => set('form', v)}
      />
      <TextAreaField
        {...at('consent.scope', `${prefix}-consent-scope`)}
        label={t('consent-field-scope')}
        description={t('consent-field-scope-description')}
        rows={2}
        value={values.scope}
        onChange={(v) => set('scope', v)}
      />
      <TextField
        {...at('consent.withdrawn_on', `${prefix}-consent-withdrawn-on`)}
        label={t('consent-field-withdrawn-on')}
        description={t('consent-field-withdrawn-on-description')}
        inputMode="numeric"
        size={10}
        value={values.withdrawn_on}
        onChange={(v) => set('withdrawn_on', v)}
      />
    </Fieldset>
  );
}
