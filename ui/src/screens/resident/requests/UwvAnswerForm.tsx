import { Button, ButtonGroup, Heading5 } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import { type RequestsFile, UWV_OUTCOMES } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { RadioGroupField } from '../../../components/RadioGroupField';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { useFields } from '../subsidies/common';
import { text } from './common';

interface Props {
  residentId: string;
  requestId: string;
  onSaved: (file: RequestsFile) => void;
  onCancel: () => void;
}

const FIELDS: FieldDef[] = [
  { path: 'outcome', id: 'uwv-answer-outcome', label: msg('uwv-answer-outcome') },
  { path: 'received_on', id: 'uwv-answer-received-on', label: msg('uwv-answer-received-on') },
  { path: 'reference', id: 'uwv-answer-reference', label: msg('uwv-answer-reference') },
  { path: 'summary', id: 'uwv-answer-summary', label: msg('uwv-answer-summary') },
];

/** UWV's answer: positive or negative, the day it came in, UWV's reference, what it said. */
export function UwvAnswerForm({ residentId, requestId, onSaved, onCancel }: Props) {
  const { t } = useText();
  const [v, setV] = useState({ outcome: '', received_on: '', reference: '', summary: '' });
  const form = useFormSubmit();
  const field = useFields(FIELDS, form);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const set = (key: keyof typeof v, value: string) => setV((old) => ({ ...old, [key]: value }));

  const submit = () => {
    void form.submit(async () =>
      onSaved(
        await api.uwvAnswer({
          resident_id: residentId,
          id: requestId,
          form: { outcome: text(v.outcome), received_on: text(v.received_on), reference: text(v.reference), summary: text(v.summary) },
        }),
      ),
    );
  };

  return (
    <section aria-labelledby="uwv-answer-heading" className="werkpad-subform" data-testid="uwv-answer-form">
      <Heading5 id="uwv-answer-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {t('uwv-answer-title')}
      </Heading5>
      <ErrorSummary items={summaryItems(form.errors, FIELDS, t)} testId="uwv-answer-error-summary" headingLevel={6} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="uwv-answer-failure" />
      <form
        noValidate
        aria-labelledby="uwv-answer-heading"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <RadioGroupField
          {...field('outcome')}
          required
          value={v.outcome}
          optionTestIdPrefix="uwv-answer-outcome"
          options={UWV_OUTCOMES.map((o) => ({ value: o.value, text: t(o.label) }))}
          onChange={(x) => set('outcome', x)}
        />
        <TextField
          {...field('received_on')}
          description={t('request-date-blank-today')}
          inputMode="numeric"
          size={10}
          value={v.received_on}
          onChange={(x) => set('received_on', x)}
        />
        <TextField {...field('reference')} value={v.reference} onChange={(x) => set('reference', x)} />
        <TextAreaField {...field('summary')} required rows={3} value={v.summary} onChange={(x) => set('summary', x)} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="uwv-answer-save" busy={form.busy} disabled={form.busy}>
            {t('uwv-answer-save')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="uwv-answer-cancel" onClick={onCancel}>
            {t('request-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
