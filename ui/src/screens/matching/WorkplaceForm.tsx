import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState } from 'react';
import { DEMAND_LEVELS, LANGUAGE_LEVELS, SUPPORT_KINDS, WEEKDAYS, WORKPLACE_KINDS, type Choice, type EmployerRecord, type Workplace } from '../../api/contract.gen';
import * as api from '../../api/contract.gen';
import { CheckboxField } from '../../components/CheckboxField';
import { CheckboxGroupField } from '../../components/CheckboxGroupField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { errorAt, summaryItems } from '../../components/fieldErrors';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useText } from '../../i18n/useText';
import { OccupationSearch } from './OccupationSearch';
import {
  newWorkplaceValues,
  toWorkplaceDraft,
  WORKPLACE_FIELDS,
  type WorkplaceValues,
  workplaceValues,
} from './workplaceForm';

interface Props {
  employer: EmployerRecord;
  /** The workplace to change; null for a new one. */
  workplace: Workplace | null;
  onSaved: (w: Workplace) => void;
  onCancel: () => void;
}

/** A new or changed workplace of one employer. Every problem comes back at once. */
export function WorkplaceForm({ employer, workplace, onSaved, onCancel }: Props) {
  const { t } = useText();
  const [values, setValues] = useState<WorkplaceValues>(() =>
    workplace ? workplaceValues(workplace) : newWorkplaceValues(employer),
  );
  const form = useFormSubmit();
  const set = <K extends keyof WorkplaceValues>(key: K, value: WorkplaceValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const field = (path: string) => {
    const d = WORKPLACE_FIELDS.find((x) => x.path === path);
    const id = d?.id ?? path;
    return { id, testId: id, label: d ? t(d.label) : path, error: errorAt(form.errors, path, t) };
  };
  const options = (list: readonly Choice[]) => list.map((c) => ({ value: c.value, text: t(c.label) }));

  const submit = () =>
    form.submit(async () => {
      onSaved(await api.workplaceSave({ workplace_id: workplace?.id ?? null, draft: toWorkplaceDraft(employer.id, values) }));
    });

  return (
    <form
      noValidate
      data-testid="workplace-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <ErrorSummary items={summaryItems(form.errors, WORKPLACE_FIELDS, t)} testId="workplace-error-summary" focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="workplace-failure" />
      <TextField {...field('title')} required description={t('workplace-field-title-description')} value={values.title} onChange={(v) => set('title', v)} />
      <SelectField {...field('kind')} required value={values.kind} options={options(WORKPLACE_KINDS)} onChange={(v) => set('kind', v)} />
      <OccupationSearch
        {...field('occupation')}
        description={t('workplace-field-occupation-description')}
        value={values.occupation}
        onChange={(v) => set('occupation', v)}
      />
      <TextAreaField {...field('tasks')} rows={3} value={values.tasks} onChange={(v) => set('tasks', v)} />
      <TextField {...field('hours_per_week')} required inputMode="numeric" size={4} value={values.hours_per_week} onChange={(v) => set('hours_per_week', v)} />
      <CheckboxGroupField
        {...field('days')}
        description={t('workplace-field-days-description')}
        values={values.days}
        options={options(WEEKDAYS)}
        onChange={(v) => set('days', v)}
      />
      <TextField {...field('postcode')} required size={8} autoComplete="postal-code" value={values.postcode} onChange={(v) => set('postcode', v)} />
      <TextField {...field('place')} required value={values.place} onChange={(v) => set('place', v)} />
      <SelectField {...field('physical_demand')} required value={values.physical_demand} options={options(DEMAND_LEVELS)} onChange={(v) => set('physical_demand', v)} />
      <SelectField {...field('mental_demand')} required value={values.mental_demand} options={options(DEMAND_LEVELS)} onChange={(v) => set('mental_demand', v)} />
      <CheckboxGroupField {...field('support')} values={values.support} options={options(SUPPORT_KINDS)} onChange={(v) => set('support', v)} />
      <SelectField
        {...field('dutch_level')}
        emptyText={t('workplace-field-dutch-none')}
        value={values.dutch_level}
        options={options(LANGUAGE_LEVELS)}
        onChange={(v) => set('dutch_level', v)}
      />
      <TextField {...field('start_date')} description={t('form-date-description')} inputMode="numeric" size={10} value={values.start_date} onChange={(v) => set('start_date', v)} />
      <TextField {...field('places')} description={t('workplace-field-places-description')} inputMode="numeric" size={4} value={values.places} onChange={(v) => set('places', v)} />
      <TextField {...field('qualifications')} description={t('workplace-field-qualifications-description')} value={values.qualifications} onChange={(v) => set('qualifications', v)} />
      <CheckboxField {...field('open')} description={t('workplace-field-open-description')} checked={values.open} onChange={(v) => set('open', v)} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" data-testid="workplace-save" busy={form.busy} disabled={form.busy}>
          {workplace ? t('workplace-save-changes') : t('workplace-add')}
        </Button>
        <Button appearance="secondary-action-button" data-testid="workplace-cancel" onClick={onCancel}>
          {t('matching-cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
