import { Button, ButtonGroup, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import { EXAMINATION_KINDS, type FieldError, type MedicalExamination } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { formatDate } from '../../../i18n/format';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { useFields } from '../subsidies/common';
import { consentInput, consentValues, text } from './common';
import { ConsentFields, consentDefs } from './ConsentFields';

interface Props {
  residentId: string;
  /** The examination to change; null for a new one. */
  record: MedicalExamination | null;
  initialErrors?: FieldError[];
  onSaved: (record: MedicalExamination) => void;
  onCancel: () => void;
}

const FIELDS: FieldDef[] = [
  { path: 'kind', id: 'med-kind', label: msg('medical-field-kind') },
  { path: 'agency', id: 'med-agency', label: msg('medical-field-agency') },
  { path: 'question', id: 'med-question', label: msg('medical-field-question') },
  { path: 'appointment_on', id: 'med-appointment-on', label: msg('medical-field-appointment-on') },
  { path: 'appointment_at', id: 'med-appointment-at', label: msg('medical-field-appointment-at') },
  { path: 'appointment_place', id: 'med-appointment-place', label: msg('medical-field-appointment-place') },
  ...consentDefs('med'),
];

/** A medical examination at a research agency: what kind, the question, the appointment, consent. */
export function MedicalForm({ residentId, record, initialErrors, onSaved, onCancel }: Props) {
  const { t } = useText();
  const [v, setV] = useState(() => ({
    kind: record?.kind ?? '',
    agency: record?.agency ?? '',
    question: record?.question ?? '',
    appointment_on: formatDate(record?.appointment?.on),
    appointment_at: record?.appointment?.at ?? '',
    appointment_place: record?.appointment?.place ?? '',
    consent: consentValues(record?.consent),
  }));
  const form = useFormSubmit();
  const field = useFields(FIELDS, form);
  const heading = useRef<HTMLHeadingElement>(null);
  const { reject } = form;
  useLayoutEffect(() => {
    if (initialErrors?.length) reject(initialErrors);
    else heading.current?.focus();
  }, [initialErrors, reject]);
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K]) => setV((old) => ({ ...old, [key]: value }));
  const sent = record !== null && record.life.status !== 'drafted';

  const submit = () => {
    void form.submit(async () =>
      onSaved(
        await api.medicalSave({
          resident_id: residentId,
          id: record?.id ?? null,
          form: {
            kind: text(v.kind),
            agency: text(v.agency),
            question: text(v.question),
            consent: consentInput(v.consent),
            appointment_on: text(v.appointment_on),
            appointment_at: text(v.appointment_at),
            appointment_place: text(v.appointment_place),
          },
        }),
      ),
    );
  };

  return (
    <section aria-labelledby="med-form-heading" className="werkpad-section werkpad-subform" data-testid="med-form">
      <Heading4 id="med-form-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {record ? t('medical-form-title-edit') : t('medical-form-title-new')}
      </Heading4>
      <Paragraph className="werkpad-muted">{sent ? t('medical-form-intro-sent') : t('medical-form-intro')}</Paragraph>
      <ErrorSummary items={summaryItems(form.errors, FIELDS, t)} testId="med-error-summary" headingLevel={5} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="med-form-failure" />
      <form
        noValidate
        aria-labelledby="med-form-heading"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <SelectField
          {...field('kind')}
          required
          value={v.kind}
          options={EXAMINATION_KINDS.map((k) => ({ value: k.value, text: t(k.label) }))}
          onChange={(x) => set('kind', x)}
        />
        <TextField {...field('agency')} required value={v.agency} onChange={(x) => set('agency', x)} />
        <TextAreaField {...field('question')} required rows={3} value={v.question} onChange={(x) => set('question', x)} />
        <TextField {...field('appointment_on')} description={t('form-date-description')} inputMode="numeric" size={10} value={v.appointment_on} onChange={(x) => set('appointment_on', x)} />
        <TextField {...field('appointment_at')} description={t('medical-field-appointment-at-description')} inputMode="numeric" size={5} value={v.appointment_at} onChange={(x) => set('appointment_at', x)} />
        <TextField {...field('appointment_place')} value={v.appointment_place} onChange={(x) => set('appointment_place', x)} />
        <ConsentFields prefix="med" values={v.consent} onChange={(x) => set('consent', x)} errors={form.errors} description={t('medical-consent-description')} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="med-save" busy={form.busy} disabled={form.busy}>
            {t('medical-save')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="med-cancel" onClick={onCancel}>
            {t('request-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
