import { Button, ButtonGroup, Heading4 } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import { type LearningFile, type Training, TRAINING_RESULTS } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { formatCents } from '../../../i18n/amounts';
import { formatDate } from '../../../i18n/format';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { text } from '../requests/common';
import { useFields } from '../subsidies/common';

interface Props {
  residentId: string;
  /** The training to change; null for a new one. */
  record: Training | null;
  onSaved: (file: LearningFile) => void;
  onCancel: () => void;
}

const FIELDS: FieldDef[] = [
  { path: 'provider', id: 'training-provider', label: msg('training-field-provider') },
  { path: 'name', id: 'training-name', label: msg('training-field-name') },
  { path: 'qualification', id: 'training-qualification', label: msg('training-field-qualification') },
  { path: 'starts_on', id: 'training-starts-on', label: msg('training-field-starts-on') },
  { path: 'ends_on', id: 'training-ends-on', label: msg('training-field-ends-on') },
  { path: 'hours_planned', id: 'training-hours-planned', label: msg('training-field-hours-planned') },
  { path: 'hours_attended', id: 'training-hours-attended', label: msg('training-field-hours-attended') },
  { path: 'result', id: 'training-result', label: msg('training-field-result') },
  { path: 'result_on', id: 'training-result-on', label: msg('training-field-result-on') },
  { path: 'costs', id: 'training-costs', label: msg('training-field-costs') },
  { path: 'costs_cents', id: 'training-costs', label: msg('training-field-costs') },
];

/** A training: the provider, the name and the certificate, dates, hours, the result and costs. */
export function TrainingForm({ residentId, record, onSaved, onCancel }: Props) {
  const { t } = useText();
  const [v, setV] = useState(() => ({
    provider: record?.provider ?? '',
    name: record?.name ?? '',
    qualification: record?.qualification ?? '',
    starts_on: formatDate(record?.starts_on),
    ends_on: formatDate(record?.ends_on),
    hours_planned: record?.hours_planned != null ? String(record.hours_planned) : '',
    hours_attended: record?.hours_attended != null ? String(record.hours_attended) : '',
    result: record?.result ?? 'ongoing',
    result_on: formatDate(record?.result_on),
    costs: record?.costs_cents != null ? formatCents(record.costs_cents) : '',
  }));
  const form = useFormSubmit();
  const field = useFields(FIELDS, form);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const set = (key: keyof typeof v, value: string) => setV((old) => ({ ...old, [key]: value }));

  const submit = () => {
    void form.submit(async () =>
      onSaved(
        await api.trainingSave({
          resident_id: residentId,
          id: record?.id ?? null,
          form: {
            provider: text(v.provider),
            name: text(v.name),
            qualification: text(v.qualification),
            starts_on: text(v.starts_on),
            ends_on: text(v.ends_on),
            hours_planned: text(v.hours_planned),
            hours_attended: text(v.hours_attended),
            result: text(v.result),
            result_on: text(v.result_on),
            costs: text(v.costs),
          },
        }),
      ),
    );
  };
  const date = (key: 'starts_on' | 'ends_on' | 'result_on', required = false) => (
    <TextField {...field(key)} required={required} description={t('form-date-description')} inputMode="numeric" size={10} value={v[key]} onChange={(x) => set(key, x)} />
  );

  return (
    <section aria-labelledby="training-form-heading" className="werkpad-section werkpad-subform" data-testid="training-form">
      <Heading4 id="training-form-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {record ? t('training-form-title-edit') : t('training-form-title-new')}
      </Heading4>
      <ErrorSummary items={summaryItems(form.errors, FIELDS, t)} testId="training-error-summary" headingLevel={5} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="training-failure" />
      <form
        noValidate
        aria-labelledby="training-form-heading"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <TextField {...field('provider')} required value={v.provider} onChange={(x) => set('provider', x)} />
        <TextField {...field('name')} required value={v.name} onChange={(x) => set('name', x)} />
        <TextField {...field('qualification')} description={t('training-field-qualification-description')} value={v.qualification} onChange={(x) => set('qualification', x)} />
        {date('starts_on', true)}
        {date('ends_on')}
        <TextField {...field('hours_planned')} inputMode="numeric" size={5} value={v.hours_planned} onChange={(x) => set('hours_planned', x)} />
        <TextField {...field('hours_attended')} inputMode="numeric" size={5} value={v.hours_attended} onChange={(x) => set('hours_attended', x)} />
        <SelectField
          {...field('result')}
          emptyText={false}
          value={v.result}
          options={TRAINING_RESULTS.map((r) => ({ value: r.value, text: t(r.label) }))}
          onChange={(x) => set('result', x)}
        />
        {v.result !== 'ongoing' ? date('result_on') : null}
        <TextField {...field('costs')} description={t('training-field-costs-description')} inputMode="decimal" size={10} value={v.costs} onChange={(x) => set('costs', x)} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="training-save" busy={form.busy} disabled={form.busy}>
            {t('training-save')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="training-cancel" onClick={onCancel}>
            {t('request-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
