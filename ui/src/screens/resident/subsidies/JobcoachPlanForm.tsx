import { Button, ButtonGroup, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { SubsidyFile } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { formatDate } from '../../../i18n/format';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { text, useFields } from './common';

interface Props {
  residentId: string;
  file: SubsidyFile;
  onPlanned: (file: SubsidyFile) => void;
  onCancel: () => void;
}

const FIELDS: FieldDef[] = [
  { path: 'organisation_id', id: 'jc-organisation', label: msg('jc-field-organisation') },
  { path: 'loonwaarde_id', id: 'jc-loonwaarde', label: msg('jc-field-loonwaarde') },
  { path: 'period_from', id: 'jc-period-from', label: msg('jc-field-period-from') },
  { path: 'period_until', id: 'jc-period-until', label: msg('jc-field-period-until') },
  { path: 'hours', id: 'jc-hours', label: msg('jc-field-hours') },
];

/** Job coaching for a period: which organisation, how many hours; the amount follows from the tariff. */
export function JobcoachPlanForm({ residentId, file, onPlanned, onCancel }: Props) {
  const { t } = useText();
  const [v, setV] = useState({ organisation_id: '', loonwaarde_id: '', period_from: '', period_until: '', hours: '' });
  const form = useFormSubmit();
  const field = useFields(FIELDS, form);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const set = (key: keyof typeof v, value: string) => setV((old) => ({ ...old, [key]: value }));

  const submit = () => {
    void form.submit(async () =>
      onPlanned(
        await api.jobcoachingPlan({
          resident_id: residentId,
          form: {
            organisation_id: v.organisation_id || null,
            loonwaarde_id: v.loonwaarde_id || null,
            period_from: text(v.period_from),
            period_until: text(v.period_until),
            hours: text(v.hours),
          },
        }),
      ),
    );
  };

  return (
    <section aria-labelledby="jc-form-heading" className="werkpad-section werkpad-subform" data-testid="jc-form">
      <Heading4 id="jc-form-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {t('jc-form-title')}
      </Heading4>
      <Paragraph className="werkpad-muted">{t('jc-form-intro')}</Paragraph>
      <ErrorSummary items={summaryItems(form.errors, FIELDS, t)} testId="jc-error-summary" headingLevel={5} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="jc-failure" />
      <form
        noValidate
        aria-labelledby="jc-form-heading"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <SelectField
          {...field('organisation_id')}
          required
          description={file.organisations.length === 0 ? t('jc-field-organisation-none') : undefined}
          value={v.organisation_id}
          options={file.organisations.map((o) => ({ value: o.id, text: o.name }))}
          onChange={(x) => set('organisation_id', x)}
        />
        <SelectField
          {...field('loonwaarde_id')}
          description={t('jc-field-loonwaarde-description')}
          emptyText={t('jc-loonwaarde-none')}
          value={v.loonwaarde_id}
          options={file.loonwaarden.map((l) => ({
            value: l.record.id,
            text: t('jc-loonwaarde-option', {
              employer: l.employer_name ?? t('lw-unknown-employer'),
              date: formatDate(l.record.visit_date),
            }),
          }))}
          onChange={(x) => set('loonwaarde_id', x)}
        />
        <TextField {...field('period_from')} required description={t('form-date-description')} inputMode="numeric" size={10} value={v.period_from} onChange={(x) => set('period_from', x)} />
        <TextField {...field('period_until')} required description={t('form-date-description')} inputMode="numeric" size={10} value={v.period_until} onChange={(x) => set('period_until', x)} />
        <TextField {...field('hours')} required description={t('jc-field-hours-description')} inputMode="decimal" size={6} value={v.hours} onChange={(x) => set('hours', x)} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="jc-save" busy={form.busy} disabled={form.busy}>
            {t('jc-save')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="jc-cancel" onClick={onCancel}>
            {t('subsidy-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
