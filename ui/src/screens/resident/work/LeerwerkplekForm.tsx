import { Button, ButtonGroup, Heading4 } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { LearningFile, Leerwerkplek } from '../../../api/contract.gen';
import { CheckboxField } from '../../../components/CheckboxField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { errorAt, type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { RepeatRows } from '../../../components/RepeatRows';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { formatDate } from '../../../i18n/format';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { text } from '../requests/common';
import { useFields } from '../subsidies/common';

interface Props {
  residentId: string;
  /** The leerwerkplek to change; null for a new one. */
  record: Leerwerkplek | null;
  onSaved: (file: LearningFile) => void;
  onCancel: () => void;
}

interface Goal {
  text: string;
  reached: boolean;
}

const FIELDS: FieldDef[] = [
  { path: 'partner', id: 'lwp-partner', label: msg('lwp-field-partner') },
  { path: 'work', id: 'lwp-work', label: msg('lwp-field-work') },
  { path: 'starts_on', id: 'lwp-starts-on', label: msg('lwp-field-starts-on') },
  { path: 'ends_on', id: 'lwp-ends-on', label: msg('lwp-field-ends-on') },
  { path: 'hours_per_week', id: 'lwp-hours', label: msg('lwp-field-hours') },
  { path: 'mentor_name', id: 'lwp-mentor-name', label: msg('lwp-field-mentor-name') },
  { path: 'mentor.name', id: 'lwp-mentor-name', label: msg('lwp-field-mentor-name') },
  { path: 'mentor_phone', id: 'lwp-mentor-phone', label: msg('lwp-field-mentor-phone') },
  { path: 'mentor_email', id: 'lwp-mentor-email', label: msg('lwp-field-mentor-email') },
  { path: 'goals', id: 'lwp-goal-0', label: msg('lwp-goals-legend') },
];

/** A leerwerkplek: the partner, the work, the period and hours, the mentor and the learning goals. */
export function LeerwerkplekForm({ residentId, record, onSaved, onCancel }: Props) {
  const { t } = useText();
  const [v, setV] = useState(() => ({
    partner: record?.partner ?? '',
    work: record?.work ?? '',
    starts_on: formatDate(record?.starts_on),
    ends_on: formatDate(record?.ends_on),
    hours_per_week: record ? String(record.hours_per_week) : '',
    mentor_name: record?.mentor.name ?? '',
    mentor_phone: record?.mentor.phone ?? '',
    mentor_email: record?.mentor.email ?? '',
    goals: (record?.goals.map((g) => ({ text: g.text, reached: g.reached })) ?? [{ text: '', reached: false }]) as Goal[],
  }));
  const form = useFormSubmit();
  const field = useFields(FIELDS, form);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K]) => setV((old) => ({ ...old, [key]: value }));

  const submit = () => {
    void form.submit(async () =>
      onSaved(
        await api.leerwerkplekSave({
          resident_id: residentId,
          id: record?.id ?? null,
          form: {
            partner: text(v.partner),
            work: text(v.work),
            starts_on: text(v.starts_on),
            ends_on: text(v.ends_on),
            hours_per_week: text(v.hours_per_week),
            mentor_name: text(v.mentor_name),
            mentor_phone: text(v.mentor_phone),
            mentor_email: text(v.mentor_email),
            goals: v.goals.map((g) => g.text),
            reached: v.goals.map((g) => g.reached),
          },
        }),
      ),
    );
  };
  const goalsError = errorAt(form.errors, 'goals', t);

  return (
    <section aria-labelledby="lwp-form-heading" className="werkpad-section werkpad-subform" data-testid="lwp-form">
      <Heading4 id="lwp-form-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {record ? t('lwp-form-title-edit') : t('lwp-form-title-new')}
      </Heading4>
      <ErrorSummary items={summaryItems(form.errors, FIELDS, t)} testId="lwp-error-summary" headingLevel={5} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="lwp-failure" />
      <form
        noValidate
        aria-labelledby="lwp-form-heading"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <TextField {...field('partner')} required value={v.partner} onChange={(x) => set('partner', x)} />
        <TextAreaField {...field('work')} required rows={2} value={v.work} onChange={(x) => set('work', x)} />
        <TextField {...field('starts_on')} required description={t('form-date-description')} inputMode="numeric" size={10} value={v.starts_on} onChange={(x) => set('starts_on', x)} />
        <TextField {...field('ends_on')} required description={t('form-date-description')} inputMode="numeric" size={10} value={v.ends_on} onChange={(x) => set('ends_on', x)} />
        <TextField {...field('hours_per_week')} required description={t('lwp-field-hours-description')} inputMode="numeric" size={3} value={v.hours_per_week} onChange={(x) => set('hours_per_week', x)} />
        <TextField {...field('mentor_name')} required error={field('mentor_name').error ?? field('mentor.name').error} value={v.mentor_name} onChange={(x) => set('mentor_name', x)} />
        <TextField {...field('mentor_phone')} type="tel" value={v.mentor_phone} onChange={(x) => set('mentor_phone', x)} />
        <TextField {...field('mentor_email')} type="email" value={v.mentor_email} onChange={(x) => set('mentor_email', x)} />
        <RepeatRows<Goal>
          legend={t('lwp-goals-legend')}
          rows={v.goals}
          onChange={(rows) => set('goals', rows)}
          newRow={() => ({ text: '', reached: false })}
          rowLegend={(n) => t('lwp-goal-legend', { n })}
          addLabel={t('lwp-goal-add')}
          removeLabel={(n) => t('lwp-goal-remove', { n })}
          emptyText={t('lwp-goals-empty')}
          firstFieldId={(i) => `lwp-goal-${i}`}
          error={goalsError}
          errorId="lwp-goals-error"
          testId="lwp-goals"
          renderRow={(row, i, update) => (
            <>
              <TextField
                id={`lwp-goal-${i}`}
                testId={`lwp-goal-${i}`}
                label={t('lwp-goal-text')}
                required
                error={errorAt(form.errors, `goals.${i}.text`, t)}
                value={row.text}
                onChange={(x) => update({ ...row, text: x })}
              />
              {record ? (
                <CheckboxField
                  id={`lwp-goal-${i}-reached`}
                  testId={`lwp-goal-${i}-reached`}
                  label={t('lwp-goal-reached')}
                  checked={row.reached}
                  onChange={(x) => update({ ...row, reached: x })}
                />
              ) : null}
            </>
          )}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="lwp-save" busy={form.busy} disabled={form.busy}>
            {t('lwp-save')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="lwp-cancel" onClick={onCancel}>
            {t('request-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
