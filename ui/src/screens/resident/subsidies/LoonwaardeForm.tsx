import { Button, ButtonGroup, Fieldset, FieldsetLegend, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import {
  ASSESSOR_KINDS,
  COACHING_INTENSITIES,
  type EmployerRecord,
  type PlacementView,
  type SubsidyFile,
} from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { errorAt, type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { RadioGroupField } from '../../../components/RadioGroupField';
import { RepeatRows } from '../../../components/RepeatRows';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { formatDate } from '../../../i18n/format';
import { msg } from '../../../i18n/msg';
import { type TextFn, useText } from '../../../i18n/useText';
import { useFields } from './common';
import { LoonwaardePreview } from './LoonwaardePreview';
import { draftOf, emptyTask, type LoonwaardeValues, MAX_TASKS, type TaskRow } from './loonwaardeDraft';

interface Props {
  residentId: string;
  /** The draft being changed; null for a new one. */
  id: string | null;
  initial: LoonwaardeValues;
  employers: EmployerRecord[];
  placements: PlacementView[];
  onSaved: (file: SubsidyFile) => void;
  onCancel: () => void;
}

const TASK_FIELDS: { key: keyof TaskRow; label: string }[] = [
  { key: 'name', label: msg('lw-task-name') },
  { key: 'share', label: msg('lw-task-share') },
  { key: 'tempo', label: msg('lw-task-tempo') },
  { key: 'quality', label: msg('lw-task-quality') },
  { key: 'net_time', label: msg('lw-task-net-time') },
];

const taskId = (i: number, key: keyof TaskRow) => `lw-task-${i}-${key.replace('_', '-')}`;

const HEAD: FieldDef[] = [
  { path: 'placement_id', id: 'lw-placement', label: msg('lw-field-placement') },
  { path: 'employer_id', id: 'lw-employer', label: msg('lw-field-employer') },
  { path: 'employer_contact', id: 'lw-employer-contact', label: msg('lw-field-employer-contact') },
  { path: 'normfunctie', id: 'lw-normfunctie', label: msg('lw-field-normfunctie') },
  { path: 'actual_function', id: 'lw-actual-function', label: msg('lw-field-actual-function') },
  { path: 'worked_hours', id: 'lw-worked-hours', label: msg('lw-field-worked-hours') },
  { path: 'fulltime_hours', id: 'lw-fulltime-hours', label: msg('lw-field-fulltime-hours') },
  { path: 'visit_date', id: 'lw-visit-date', label: msg('lw-field-visit-date') },
  { path: 'report_date', id: 'lw-report-date', label: msg('lw-field-report-date') },
  { path: 'assessor.kind', id: 'lw-assessor-kind', label: msg('lw-field-assessor-kind') },
  { path: 'assessor.name', id: 'lw-assessor-name', label: msg('lw-field-assessor-name') },
  { path: 'assessor.organisation', id: 'lw-assessor-organisation', label: msg('lw-field-assessor-organisation') },
];

const TAIL: FieldDef[] = [
  { path: 'notes', id: 'lw-notes', label: msg('lw-field-notes') },
  { path: 'jobcoaching.hours_per_month', id: 'lw-jobcoaching-hours', label: msg('lw-field-jobcoaching-hours') },
  { path: 'jobcoaching.intensity', id: 'lw-jobcoaching-intensity', label: msg('lw-field-jobcoaching-intensity') },
  { path: 'jobcoaching.months', id: 'lw-jobcoaching-months', label: msg('lw-field-jobcoaching-months') },
];

/** Every field in screen order, with the task rows as they are now (for the summary). */
function allFields(rows: number, t: TextFn): FieldDef[] {
  const tasks = Array.from({ length: rows }, (_, i) =>
    TASK_FIELDS.map((f) => ({
      path: `tasks[${i}].${f.key}`,
      id: taskId(i, f.key),
      label: f.label,
      labelText: t('form-row-field', { row: t('lw-task-legend', { n: i + 1 }), field: t(f.label) }),
    })),
  ).flat();
  // The error about all tasks together (shares not adding up) links to the first task.
  const together: FieldDef = { path: 'tasks', id: taskId(0, 'name'), label: msg('lw-tasks-legend') };
  return [...HEAD, ...tasks, together, ...TAIL];
}

/**
 * A loonwaardebepaling at the workplace: where, who assesses, up to five main tasks with
 * their scores, the arithmetic as it is typed, and the need for job coaching. Saving
 * stores a draft; the rules are the backend's, and its errors are shown at the fields.
 */
export function LoonwaardeForm({ residentId, id, initial, employers, placements, onSaved, onCancel }: Props) {
  const { t } = useText();
  const [values, setValues] = useState<LoonwaardeValues>(initial);
  const form = useFormSubmit();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);

  const defs = allFields(values.tasks.length, t);
  const field = useFields(defs, form);
  const set = <K extends keyof LoonwaardeValues>(key: K, value: LoonwaardeValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  // Picking the placement picks its employer, and its hours when none are typed yet.
  const pickPlacement = (placementId: string) => {
    const p = placements.find((x) => x.placement.id === placementId)?.placement;
    setValues((v) => ({
      ...v,
      placement_id: placementId,
      employer_id: p ? p.employer_id : v.employer_id,
      worked_hours: p && !v.worked_hours.trim() ? String(p.hours_per_week) : v.worked_hours,
    }));
  };

  const draft = draftOf(values);
  const submit = () => {
    void form.submit(async () => onSaved(await api.loonwaardeSave({ resident_id: residentId, id, form: draft })));
  };

  const tasksTogether = form.errors.find((e) => e.field === 'tasks');
  const isAgency = values.assessor_kind === 'research_agency';
  return (
    <section aria-labelledby="lw-form-heading" className="werkpad-section werkpad-subform" data-testid="lw-form">
      <Heading3 id="lw-form-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {id ? t('lw-form-title-edit') : t('lw-form-title-new')}
      </Heading3>
      <Paragraph className="werkpad-muted">{t('lw-form-intro')}</Paragraph>
      <ErrorSummary items={summaryItems(form.errors, defs, t)} testId="lw-error-summary" headingLevel={4} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="lw-failure" />
      <form
        noValidate
        aria-labelledby="lw-form-heading"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Fieldset className="utrecht-form-fieldset--distanced">
          <FieldsetLegend>{t('lw-legend-workplace')}</FieldsetLegend>
          <SelectField
            {...field('placement_id')}
            description={t('lw-field-placement-description')}
            value={values.placement_id}
            emptyText={t('lw-no-placement')}
            options={placements.map((p) => ({
              value: p.placement.id,
              text: t('lw-placement-option', {
                workplace: p.workplace_title ?? t('lw-unknown-workplace'),
                employer: p.employer_name ?? t('lw-unknown-employer'),
                start: formatDate(p.placement.start),
              }),
            }))}
            onChange={pickPlacement}
          />
          <SelectField
            {...field('employer_id')}
            required
            value={values.employer_id}
            options={employers.map((e) => ({ value: e.id, text: e.name }))}
            onChange={(v) => set('employer_id', v)}
          />
          <TextField {...field('employer_contact')} value={values.employer_contact} onChange={(v) => set('employer_contact', v)} />
          <TextField
            {...field('normfunctie')}
            required
            description={t('lw-field-normfunctie-description')}
            value={values.normfunctie}
            onChange={(v) => set('normfunctie', v)}
          />
          <TextField {...field('actual_function')} required value={values.actual_function} onChange={(v) => set('actual_function', v)} />
          <TextField
            {...field('worked_hours')}
            required
            description={t('lw-hours-description')}
            inputMode="decimal"
            size={6}
            value={values.worked_hours}
            onChange={(v) => set('worked_hours', v)}
          />
          <TextField
            {...field('fulltime_hours')}
            required
            description={t('lw-field-fulltime-hours-description')}
            inputMode="decimal"
            size={6}
            value={values.fulltime_hours}
            onChange={(v) => set('fulltime_hours', v)}
          />
        </Fieldset>

        <Fieldset className="utrecht-form-fieldset--distanced">
          <FieldsetLegend>{t('lw-legend-visit')}</FieldsetLegend>
          <TextField
            {...field('visit_date')}
            required
            description={t('form-date-description')}
            inputMode="numeric"
            size={10}
            value={values.visit_date}
            onChange={(v) => set('visit_date', v)}
          />
          <TextField
            {...field('report_date')}
            description={t('lw-field-report-date-description')}
            inputMode="numeric"
            size={10}
            value={values.report_date}
            onChange={(v) => set('report_date', v)}
          />
          <RadioGroupField
            {...field('assessor.kind')}
            required
            optionTestIdPrefix="lw-assessor-kind"
            value={values.assessor_kind}
            options={ASSESSOR_KINDS.map((c) => ({ value: c.value, text: t(c.label) }))}
            onChange={(v) => set('assessor_kind', v)}
          />
          <TextField {...field('assessor.name')} required value={values.assessor_name} onChange={(v) => set('assessor_name', v)} />
          <TextField
            {...field('assessor.organisation')}
            required={isAgency}
            description={t('lw-field-assessor-organisation-description')}
            value={values.assessor_organisation}
            onChange={(v) => set('assessor_organisation', v)}
          />
        </Fieldset>

        <RepeatRows<TaskRow>
          legend={t('lw-tasks-legend')}
          rows={values.tasks}
          onChange={(rows) => set('tasks', rows)}
          newRow={emptyTask}
          rowLegend={(n) => t('lw-task-legend', { n })}
          addLabel={t('lw-task-add')}
          removeLabel={(n) => t('lw-task-remove', { n })}
          emptyText={t('lw-tasks-empty')}
          firstFieldId={(i) => taskId(i, 'name')}
          maxRows={MAX_TASKS}
          fullText={t('lw-tasks-full', { max: MAX_TASKS })}
          error={tasksTogether ? t(tasksTogether.message_id, tasksTogether.args) : undefined}
          errorId="lw-tasks-error"
          testId="lw-tasks"
          renderRow={(row, i, update) => (
            <>
              {TASK_FIELDS.map((f) => (
                <TextField
                  key={f.key}
                  id={taskId(i, f.key)}
                  testId={taskId(i, f.key)}
                  label={t(f.label)}
                  required
                  description={f.key === 'name' ? undefined : f.key === 'share' ? t('lw-task-share-description') : t('lw-task-score-description')}
                  inputMode={f.key === 'name' ? undefined : 'numeric'}
                  size={f.key === 'name' ? undefined : 4}
                  error={errorAt(form.errors, `tasks[${i}].${f.key}`, t)}
                  value={row[f.key]}
                  onChange={(v) => update({ ...row, [f.key]: v })}
                />
              ))}
            </>
          )}
        />

        <LoonwaardePreview draft={draft} />

        <TextAreaField
          {...field('notes')}
          description={t('lw-field-notes-description')}
          rows={4}
          value={values.notes}
          onChange={(v) => set('notes', v)}
        />

        <Fieldset className="utrecht-form-fieldset--distanced">
          <FieldsetLegend>{t('lw-legend-jobcoaching')}</FieldsetLegend>
          <Paragraph className="werkpad-muted">{t('lw-jobcoaching-intro')}</Paragraph>
          <TextField
            {...field('jobcoaching.hours_per_month')}
            inputMode="numeric"
            size={4}
            value={values.jobcoaching_hours}
            onChange={(v) => set('jobcoaching_hours', v)}
          />
          <SelectField
            {...field('jobcoaching.intensity')}
            value={values.jobcoaching_intensity}
            options={COACHING_INTENSITIES.map((c) => ({ value: c.value, text: t(c.label) }))}
            onChange={(v) => set('jobcoaching_intensity', v)}
          />
          <TextField
            {...field('jobcoaching.months')}
            inputMode="numeric"
            size={4}
            value={values.jobcoaching_months}
            onChange={(v) => set('jobcoaching_months', v)}
          />
        </Fieldset>

        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="lw-save" busy={form.busy} disabled={form.busy}>
            {t('lw-save')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="lw-cancel" onClick={onCancel}>
            {t('subsidy-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
