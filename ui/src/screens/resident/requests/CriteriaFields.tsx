import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { CRITERION_VIEWS, type FieldError } from '../../../api/contract.gen';
import type { FieldDef } from '../../../components/fieldErrors';
import { RadioGroupField } from '../../../components/RadioGroupField';
import { TextAreaField } from '../../../components/TextAreaField';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { exactError } from './common';

/** The four criteria of arbeidsvermogen, in the order UWV lists them. */
export const CRITERIA = ['task_in_organisation', 'basic_skills', 'one_hour_at_a_stretch', 'four_hours_a_day'] as const;
export type CriterionName = (typeof CRITERIA)[number];

/** One criterion as typed. */
export interface CriterionValues {
  view: string;
  explanation: string;
}
export type CriteriaValues = Record<CriterionName, CriterionValues>;

export const CRITERION_LABELS: Record<CriterionName, string> = {
  task_in_organisation: msg('uwv-criterion-task-in-organisation'),
  basic_skills: msg('uwv-criterion-basic-skills'),
  one_hour_at_a_stretch: msg('uwv-criterion-one-hour-at-a-stretch'),
  four_hours_a_day: msg('uwv-criterion-four-hours-a-day'),
};

const idOf = (name: CriterionName, part: 'view' | 'explanation') => `uwv-${name.replaceAll('_', '-')}-${part}`;

/** The criteria's fields for the error summary (the form's paths and the record's). */
export function criteriaDefs(t: (id: string) => string): FieldDef[] {
  return [
    ...CRITERIA.flatMap((name) => [
      { path: `${name}.view`, id: idOf(name, 'view'), label: '', labelText: `${t(CRITERION_LABELS[name])}, ${t('uwv-criterion-view')}` },
      { path: `${name}.explanation`, id: idOf(name, 'explanation'), label: '', labelText: `${t(CRITERION_LABELS[name])}, ${t('uwv-criterion-explanation')}` },
      { path: `criteria.${name}.explanation`, id: idOf(name, 'explanation'), label: '', labelText: `${t(CRITERION_LABELS[name])}, ${t('uwv-criterion-explanation')}` },
    ]),
    // Last: it would claim the errors of each criterion's parts.
    { path: 'criteria', id: idOf('task_in_organisation', 'view'), label: msg('uwv-criteria-title') },
  ];
}

export function emptyCriteria(): CriteriaValues {
  return {
    task_in_organisation: { view: '', explanation: '' },
    basic_skills: { view: '', explanation: '' },
    one_hour_at_a_stretch: { view: '', explanation: '' },
    four_hours_a_day: { view: '', explanation: '' },
  };
}

interface Props {
  values: CriteriaValues;
  onChange: (values: CriteriaValues) => void;
  errors: readonly FieldError[];
}

/** The four criteria, each a fieldset with the coach's view and what it rests on. */
export function CriteriaFields({ values, onChange, errors }: Props) {
  const { t } = useText();
  const set = (name: CriterionName, part: keyof CriterionValues, v: string) =>
    onChange({ ...values, [name]: { ...values[name], [part]: v } });
  const missing = exactError(errors, 'criteria', t);
  return (
    <Fieldset className="utrecht-form-fieldset--distanced" invalid={Boolean(missing)} aria-describedby={missing ? 'uwv-criteria-error uwv-criteria-description' : 'uwv-criteria-description'}>
      <FieldsetLegend>{t('uwv-criteria-title')}</FieldsetLegend>
      <p id="uwv-criteria-description" className="utrecht-form-field-description">
        {t('uwv-criteria-description')}
      </p>
      {missing ? (
        <p id="uwv-criteria-error" className="utrecht-form-field-error-message">
          {missing}
        </p>
      ) : null}
      {CRITERIA.map((name) => (
        <Fieldset key={name} className="utrecht-form-fieldset--distanced" data-testid={`uwv-criterion-${name}`}>
          <FieldsetLegend>{t(CRITERION_LABELS[name])}</FieldsetLegend>
          <RadioGroupField
            id={idOf(name, 'view')}
            label={t('uwv-criterion-view')}
            required
            value={values[name].view}
            options={CRITERION_VIEWS.map((c) => ({ value: c.value, text: t(c.label) }))}
            optionTestIdPrefix={idOf(name, 'view')}
            error={exactError(errors, `${name}.view`, t)}
            onChange={(v) => set(name, 'view', v)}
          />
          <TextAreaField
            id={idOf(name, 'explanation')}
            testId={idOf(name, 'explanation')}
            label={t('uwv-criterion-explanation')}
            required
            rows={2}
            value={values[name].explanation}
            error={exactError(errors, `${name}.explanation`, t) ?? exactError(errors, `criteria.${name}.explanation`, t)}
            onChange={(v) => set(name, 'explanation', v)}
          />
        </Fieldset>
      ))}
    </Fieldset>
  );
}
