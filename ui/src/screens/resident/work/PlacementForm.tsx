import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import { CONTRACT_KINDS, type Placement, type PlacementDraft, type PlacementView, type WorkplaceMatch } from '../../../api/contract.gen';
import { CheckboxField } from '../../../components/CheckboxField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { errorAt, type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';

interface Props {
  residentId: string;
  match: WorkplaceMatch;
  /** The ended placement this one replaces, if any. */
  replaces: PlacementView | null;
  /** The signed-in coach, in whose name the decision is recorded; null while unknown. */
  coachName: string | null;
  onPlaced: (p: Placement) => void;
  onCancel: () => void;
}

interface Values {
  start: string;
  hours_per_week: string;
  contract: string;
  job_coaching: boolean;
  follow_up_weeks: string;
  decided_on: string;
  reasoning: string;
}

const FIELDS: FieldDef[] = [
  { path: 'start', id: 'placement-start', label: msg('placement-field-start') },
  { path: 'hours_per_week', id: 'placement-hours', label: msg('placement-field-hours') },
  { path: 'contract', id: 'placement-contract', label: msg('placement-field-contract') },
  { path: 'job_coaching', id: 'placement-job-coaching', label: msg('placement-field-job-coaching') },
  { path: 'follow_up_weeks', id: 'placement-follow-up', label: msg('placement-field-follow-up') },
  { path: 'decision.decided_on', id: 'placement-decided-on', label: msg('placement-field-decided-on') },
  { path: 'decision.reasoning', id: 'placement-reasoning', label: msg('placement-field-reasoning') },
];

const text = (v: string): string | null => (v.trim() ? v.trim() : null);

/**
 * "Plaatsen": the coach's decision to place the resident on this workplace. The software
 * only advised; the decision is recorded in the signed-in coach's name, with the reasoning.
 */
export function PlacementForm({ residentId, match, replaces, coachName, onPlaced, onCancel }: Props) {
  const { t } = useText();
  const w = match.workplace;
  const [values, setValues] = useState<Values>({
    start: '',
    hours_per_week: String(w.hours_per_week),
    contract: '',
    job_coaching: false,
    follow_up_weeks: '',
    decided_on: '',
    reasoning: '',
  });
  const form = useFormSubmit();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const field = (path: string) => {
    const d = FIELDS.find((x) => x.path === path);
    const id = d?.id ?? path;
    return { id, testId: id, label: d ? t(d.label) : path, error: errorAt(form.errors, path, t) };
  };

  const submit = () => {
    const draft: PlacementDraft = {
      workplace_id: w.id,
      employer_id: w.employer_id,
      start: text(values.start),
      hours_per_week: text(values.hours_per_week),
      contract: text(values.contract),
      job_coaching: values.job_coaching,
      follow_up_weeks: text(values.follow_up_weeks),
      decided_on: text(values.decided_on),
      reasoning: text(values.reasoning),
      replaces: replaces?.placement.id ?? null,
    };
    void form.submit(async () => onPlaced(await api.placementCreate({ resident_id: residentId, draft })));
  };

  return (
    <section aria-labelledby="placement-form-heading" className="werkpad-section werkpad-subform" data-testid="placement-form">
      <Heading3 id="placement-form-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {t('placement-form-title', { title: w.title, employer: match.employer_name })}
      </Heading3>
      <Paragraph data-testid="placement-decider">
        {coachName ? t('placement-decided-by-coach', { coach: coachName }) : t('placement-decided-by-you')}
      </Paragraph>
      {replaces ? (
        <Paragraph data-testid="placement-replaces">
          {t('placement-replaces', {
            workplace: replaces.workplace_title ?? t('placement-unknown-workplace'),
            employer: replaces.employer_name ?? t('placement-unknown-employer'),
          })}
        </Paragraph>
      ) : null}
      <ErrorSummary items={summaryItems(form.errors, FIELDS, t)} testId="placement-error-summary" focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="placement-failure" />
      <form
        noValidate
        aria-labelledby="placement-form-heading"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <TextField {...field('start')} required description={t('form-date-description')} inputMode="numeric" size={10} value={values.start} onChange={(v) => set('start', v)} />
        <TextField {...field('hours_per_week')} required inputMode="numeric" size={4} value={values.hours_per_week} onChange={(v) => set('hours_per_week', v)} />
        <SelectField
          {...field('contract')}
          required
          value={values.contract}
          options={CONTRACT_KINDS.map((c) => ({ value: c.value, text: t(c.label) }))}
          onChange={(v) => set('contract', v)}
        />
        <CheckboxField {...field('job_coaching')} description={t('placement-field-job-coaching-description')} checked={values.job_coaching} onChange={(v) => set('job_coaching', v)} />
        <TextField
          {...field('follow_up_weeks')}
          required
          description={t('placement-field-follow-up-description')}
          inputMode="numeric"
          size={4}
          value={values.follow_up_weeks}
          onChange={(v) => set('follow_up_weeks', v)}
        />
        <TextField
          {...field('decision.decided_on')}
          description={t('placement-field-decided-on-description')}
          inputMode="numeric"
          size={10}
          value={values.decided_on}
          onChange={(v) => set('decided_on', v)}
        />
        <TextAreaField
          {...field('decision.reasoning')}
          required
          description={t('placement-field-reasoning-description')}
          rows={4}
          value={values.reasoning}
          onChange={(v) => set('reasoning', v)}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="placement-save" busy={form.busy} disabled={form.busy}>
            {t('placement-save')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="placement-cancel" onClick={onCancel}>
            {t('matching-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
