import { Button, ButtonGroup, Fieldset, FieldsetLegend, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import { LKS_OUTCOMES, type PlacementView, type SubsidyFile } from '../../../api/contract.gen';
import { labelOf } from '../../../api/labels';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { RadioGroupField } from '../../../components/RadioGroupField';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { formatDate } from '../../../i18n/format';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { text, useFields } from './common';
import { EstimateAdvice } from './EstimateAdvice';

interface Props {
  residentId: string;
  file: SubsidyFile;
  placements: PlacementView[];
  coachName: string | null;
  onDecided: (file: SubsidyFile) => void;
  onCancel: () => void;
}

interface Values {
  placement_id: string;
  loonwaarde_id: string;
  starts_on: string;
  trial_from: string;
  trial_until: string;
  supersedes: string;
  outcome: string;
  decided_on: string;
  reasoning: string;
}

const FIELDS: FieldDef[] = [
  { path: 'placement_id', id: 'lks-placement', label: msg('lks-field-placement') },
  { path: 'loonwaarde_id', id: 'lks-loonwaarde', label: msg('lks-field-loonwaarde') },
  { path: 'starts_on', id: 'lks-starts-on', label: msg('lks-field-starts-on') },
  { path: 'trial_from', id: 'lks-trial-from', label: msg('lks-field-trial-from') },
  { path: 'trial.until', id: 'lks-trial-until', label: msg('lks-field-trial-until') },
  { path: 'trial_until', id: 'lks-trial-until', label: msg('lks-field-trial-until') },
  { path: 'supersedes', id: 'lks-supersedes', label: msg('lks-field-supersedes') },
  { path: 'outcome', id: 'lks-outcome', label: msg('lks-field-outcome') },
  { path: 'decided_on', id: 'lks-decided-on', label: msg('lks-field-decided-on') },
  { path: 'reasoning', id: 'lks-reasoning', label: msg('lks-field-reasoning') },
];

/**
 * The decision on a loonkostensubsidie: the placement, the signed loonwaarde and the start
 * (with a trial placement before it, if any); the calculation as advice; then a person
 * grants or refuses, in their own name, with reasons.
 */
export function LksDecisionForm({ residentId, file, placements, coachName, onDecided, onCancel }: Props) {
  const { t } = useText();
  const [values, setValues] = useState<Values>({
    placement_id: '',
    loonwaarde_id: '',
    starts_on: '',
    trial_from: '',
    trial_until: '',
    supersedes: '',
    outcome: '',
    decided_on: '',
    reasoning: '',
  });
  const form = useFormSubmit();
  const field = useFields(FIELDS, form);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const signed = file.loonwaarden.filter((l) => l.record.sign_off !== null);
  const placement = placements.find((p) => p.placement.id === values.placement_id)?.placement ?? null;
  const loonwaarde = signed.find((l) => l.record.id === values.loonwaarde_id)?.record.sign_off ?? null;
  const outcomeLabel = (v: string) => {
    const id = labelOf(LKS_OUTCOMES, v);
    return id ? t(id) : v;
  };

  const submit = () => {
    void form.submit(async () =>
      onDecided(
        await api.lksDecide({
          resident_id: residentId,
          form: {
            placement_id: values.placement_id || null,
            loonwaarde_id: values.loonwaarde_id || null,
            starts_on: text(values.starts_on),
            trial_from: text(values.trial_from),
            trial_until: text(values.trial_until),
            outcome: values.outcome || null,
            decided_on: text(values.decided_on),
            reasoning: text(values.reasoning),
            supersedes: values.supersedes || null,
          },
        }),
      ),
    );
  };

  return (
    <section aria-labelledby="lks-form-heading" className="werkpad-section werkpad-subform" data-testid="lks-form">
      <Heading4 id="lks-form-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {t('lks-form-title')}
      </Heading4>
      <ErrorSummary items={summaryItems(form.errors, FIELDS, t)} testId="lks-error-summary" headingLevel={5} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="lks-failure" />
      <form
        noValidate
        aria-labelledby="lks-form-heading"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <SelectField
          {...field('placement_id')}
          required
          value={values.placement_id}
          options={placements.map((p) => ({
            value: p.placement.id,
            text: t('lks-placement-option', {
              workplace: p.workplace_title ?? t('lw-unknown-workplace'),
              employer: p.employer_name ?? t('lw-unknown-employer'),
              hours: p.placement.hours_per_week,
              start: formatDate(p.placement.start),
            }),
          }))}
          onChange={(v) => set('placement_id', v)}
        />
        <SelectField
          {...field('loonwaarde_id')}
          required
          description={signed.length === 0 ? t('lks-field-loonwaarde-none') : undefined}
          value={values.loonwaarde_id}
          options={signed.map((l) => ({
            value: l.record.id,
            text: t('lks-loonwaarde-option', {
              percent: l.record.sign_off?.loonwaarde_percent ?? 0,
              employer: l.employer_name ?? t('lw-unknown-employer'),
              date: formatDate(l.record.sign_off?.signed_on),
            }),
          }))}
          onChange={(v) => set('loonwaarde_id', v)}
        />
        <TextField
          {...field('starts_on')}
          required
          description={t('form-date-description')}
          inputMode="numeric"
          size={10}
          value={values.starts_on}
          onChange={(v) => set('starts_on', v)}
        />
        <Fieldset className="utrecht-form-fieldset--distanced">
          <FieldsetLegend>{t('lks-legend-trial')}</FieldsetLegend>
          <Paragraph className="werkpad-muted">{t('lks-trial-intro')}</Paragraph>
          <TextField
            {...field('trial_from')}
            description={t('form-date-description')}
            inputMode="numeric"
            size={10}
            value={values.trial_from}
            onChange={(v) => set('trial_from', v)}
          />
          <TextField
            {...field('trial_until')}
            error={field('trial_until').error ?? field('trial.until').error}
            description={t('form-date-description')}
            inputMode="numeric"
            size={10}
            value={values.trial_until}
            onChange={(v) => set('trial_until', v)}
          />
        </Fieldset>
        {file.lks.length > 0 ? (
          <SelectField
            {...field('supersedes')}
            description={t('lks-field-supersedes-description')}
            emptyText={t('lks-supersedes-none')}
            value={values.supersedes}
            options={file.lks.map((l) => ({
              value: l.decision.id,
              text: t('lks-decision-option', {
                outcome: outcomeLabel(l.decision.outcome),
                employer: l.employer_name ?? t('lw-unknown-employer'),
                date: formatDate(l.decision.starts_on),
              }),
            }))}
            onChange={(v) => set('supersedes', v)}
          />
        ) : null}

        <EstimateAdvice percent={loonwaarde?.loonwaarde_percent ?? null} hoursPerWeek={placement?.hours_per_week ?? null} startsOn={values.starts_on} />

        <Fieldset className="utrecht-form-fieldset--distanced">
          <FieldsetLegend>{t('lks-legend-decision')}</FieldsetLegend>
          <Paragraph data-testid="lks-decider">
            {coachName ? t('lks-decided-by-coach', { coach: coachName }) : t('lks-decided-by-you')}
          </Paragraph>
          <RadioGroupField
            {...field('outcome')}
            required
            optionTestIdPrefix="lks-outcome"
            value={values.outcome}
            options={LKS_OUTCOMES.map((c) => ({ value: c.value, text: t(c.label) }))}
            onChange={(v) => set('outcome', v)}
          />
          <TextField
            {...field('decided_on')}
            description={t('lks-field-decided-on-description')}
            inputMode="numeric"
            size={10}
            value={values.decided_on}
            onChange={(v) => set('decided_on', v)}
          />
          <TextAreaField
            {...field('reasoning')}
            required
            description={t('lks-field-reasoning-description')}
            rows={4}
            value={values.reasoning}
            onChange={(v) => set('reasoning', v)}
          />
        </Fieldset>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="lks-save" busy={form.busy} disabled={form.busy}>
            {t('lks-save')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="lks-cancel" onClick={onCancel}>
            {t('subsidy-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
