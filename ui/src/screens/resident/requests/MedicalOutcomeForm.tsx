import { Button, ButtonGroup, Heading5 } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { MedicalExamination } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { useFields } from '../subsidies/common';
import { text } from './common';

interface Props {
  residentId: string;
  recordId: string;
  onSaved: (record: MedicalExamination) => void;
  onCancel: () => void;
}

const FIELDS: FieldDef[] = [
  { path: 'received_on', id: 'med-outcome-received-on', label: msg('medical-outcome-received-on') },
  { path: 'summary', id: 'med-outcome-summary', label: msg('medical-outcome-summary') },
  { path: 'work_limitations', id: 'med-outcome-limitations', label: msg('medical-outcome-limitations') },
];

/** The report of the examination: when it came, what it says, what it means for work. */
export function MedicalOutcomeForm({ residentId, recordId, onSaved, onCancel }: Props) {
  const { t } = useText();
  const [v, setV] = useState({ received_on: '', summary: '', work_limitations: '' });
  const form = useFormSubmit();
  const field = useFields(FIELDS, form);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const set = (key: keyof typeof v, value: string) => setV((old) => ({ ...old, [key]: value }));

  const submit = () => {
    void form.submit(async () =>
      onSaved(
        await api.medicalOutcome({
          resident_id: residentId,
          id: recordId,
          form: { received_on: text(v.received_on), summary: text(v.summary), work_limitations: text(v.work_limitations) },
        }),
      ),
    );
  };

  return (
    <section aria-labelledby="med-outcome-heading" className="werkpad-subform" data-testid="med-outcome-form">
      <Heading5 id="med-outcome-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {t('medical-outcome-title')}
      </Heading5>
      <ErrorSummary items={summaryItems(form.errors, FIELDS, t)} testId="med-outcome-error-summary" headingLevel={6} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="med-outcome-failure" />
      <form
        noValidate
        aria-labelledby="med-outcome-heading"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <TextField {...field('received_on')} description={t('request-date-blank-today')} inputMode="numeric" size={10} value={v.received_on} onChange={(x) => set('received_on', x)} />
        <TextAreaField {...field('summary')} required rows={3} value={v.summary} onChange={(x) => set('summary', x)} />
        <TextAreaField {...field('work_limitations')} rows={3} value={v.work_limitations} onChange={(x) => set('work_limitations', x)} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="med-outcome-save" busy={form.busy} disabled={form.busy}>
            {t('medical-outcome-save')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="med-outcome-cancel" onClick={onCancel}>
            {t('request-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
