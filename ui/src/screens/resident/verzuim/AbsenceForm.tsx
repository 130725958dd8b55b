import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import { ABSENCE_PLACES, ABSENCE_SOURCES, type Appointment, type PlacementView, type VerzuimCase } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { RadioGroupField } from '../../../components/RadioGroupField';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { formatDate, formatWallTime } from '../../../i18n/format';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { text } from '../requests/common';
import { useFields } from '../subsidies/common';

interface Props {
  residentId: string;
  placements: readonly PlacementView[];
  /** The resident's appointments; those marked as no-show can be chosen. */
  appointments: readonly Appointment[];
  onSaved: (cases: VerzuimCase[]) => void;
  onCancel: () => void;
}

const FIELDS: FieldDef[] = [
  { path: 'on', id: 'absence-on', label: msg('absence-field-on') },
  { path: 'place', id: 'absence-place', label: msg('absence-field-place') },
  { path: 'placement_id', id: 'absence-placement', label: msg('absence-field-placement') },
  { path: 'source', id: 'absence-source', label: msg('absence-field-source') },
  { path: 'appointment_id', id: 'absence-appointment', label: msg('absence-field-appointment') },
  { path: 'reported_by', id: 'absence-reported-by', label: msg('absence-field-reported-by') },
  { path: 'note', id: 'absence-note', label: msg('absence-field-note') },
];

/** An absence: the day, where (workplace or programme), who reported it, and what. */
export function AbsenceForm({ residentId, placements, appointments, onSaved, onCancel }: Props) {
  const { t } = useText();
  const [v, setV] = useState({ on: '', place: '', placement_id: '', source: '', appointment_id: '', reported_by: '', note: '' });
  const form = useFormSubmit();
  const field = useFields(FIELDS, form);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const set = (key: keyof typeof v, value: string) => setV((old) => ({ ...old, [key]: value }));
  const workplace = v.place === 'workplace';
  const noShow = v.source === 'no_show';

  const submit = () => {
    void form.submit(async () =>
      onSaved(
        await api.absenceReport({
          resident_id: residentId,
          form: {
            on: text(v.on),
            place: text(v.place),
            placement_id: workplace && v.placement_id ? v.placement_id : null,
            appointment_id: noShow && v.appointment_id ? v.appointment_id : null,
            source: text(v.source),
            reported_by: text(v.reported_by),
            note: text(v.note),
          },
        }),
      ),
    );
  };

  return (
    <section aria-labelledby="absence-form-heading" className="werkpad-section werkpad-subform" data-testid="absence-form">
      <Heading3 id="absence-form-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {t('absence-form-title')}
      </Heading3>
      <Paragraph className="werkpad-muted">{t('absence-form-intro')}</Paragraph>
      <ErrorSummary items={summaryItems(form.errors, FIELDS, t)} testId="absence-error-summary" headingLevel={4} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="absence-failure" />
      <form
        noValidate
        aria-labelledby="absence-form-heading"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <TextField {...field('on')} required description={t('form-date-description')} inputMode="numeric" size={10} value={v.on} onChange={(x) => set('on', x)} />
        <RadioGroupField
          {...field('place')}
          required
          value={v.place}
          optionTestIdPrefix="absence-place"
          options={ABSENCE_PLACES.map((p) => ({ value: p.value, text: t(p.label) }))}
          onChange={(x) => set('place', x)}
        />
        {workplace ? (
          <SelectField
            {...field('placement_id')}
            required
            description={placements.length === 0 ? t('absence-field-placement-none') : undefined}
            value={v.placement_id}
            options={placements.map((p) => ({
              value: p.placement.id,
              text: t('absence-placement-option', {
                employer: p.employer_name ?? t('absence-unknown-employer'),
                title: p.workplace_title ?? '',
                date: formatDate(p.placement.start),
              }),
            }))}
            onChange={(x) => set('placement_id', x)}
          />
        ) : null}
        <RadioGroupField
          {...field('source')}
          required
          value={v.source}
          optionTestIdPrefix="absence-source"
          options={ABSENCE_SOURCES.map((s) => ({ value: s.value, text: t(s.label) }))}
          onChange={(x) => set('source', x)}
        />
        {noShow ? (
          <SelectField
            {...field('appointment_id')}
            required
            description={t('absence-field-appointment-description')}
            value={v.appointment_id}
            options={appointments
              .filter((a) => a.status === 'no_show')
              .map((a) => ({ value: a.id, text: t('absence-appointment-option', { when: formatWallTime(a.starts_at), subject: a.subject }) }))}
            onChange={(x) => set('appointment_id', x)}
          />
        ) : null}
        <TextField {...field('reported_by')} value={v.reported_by} onChange={(x) => set('reported_by', x)} />
        <TextAreaField {...field('note')} rows={3} value={v.note} onChange={(x) => set('note', x)} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="absence-save" busy={form.busy} disabled={form.busy}>
            {t('absence-save')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="absence-cancel" onClick={onCancel}>
            {t('request-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
