import { Button, ButtonGroup, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useState } from 'react';
import * as api from '../../api/contract.gen';
import type { EmployerRecord } from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { errorAt, summaryItems } from '../../components/fieldErrors';
import { RepeatRows } from '../../components/RepeatRows';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useText } from '../../i18n/useText';
import {
  CONTACT_PARTS,
  contactFieldId,
  contactLabel,
  EMPTY_CONTACT,
  EMPTY_EMPLOYER,
  type EmployerValues,
  employerFields,
  employerValues,
  headField,
  toEmployerDraft,
} from './employerForm';

interface Props {
  /** The employer to change; null for a new one. */
  employer: EmployerRecord | null;
  onSaved: (e: EmployerRecord) => void;
  onCancel: () => void;
}

type HeadKey = Exclude<keyof EmployerValues, 'contacts' | 'notes'>;

/** A new or changed employer: name, numbers, address, contact persons and notes. */
export function EmployerForm({ employer, onSaved, onCancel }: Props) {
  const { t } = useText();
  const [values, setValues] = useState<EmployerValues>(() => (employer ? employerValues(employer) : EMPTY_EMPLOYER));
  const form = useFormSubmit();

  const head = (key: HeadKey, path: string, extra: { required?: boolean; description?: string; size?: number } = {}) => {
    const d = headField(path);
    const id = d?.id ?? path;
    return (
      <TextField
        id={id}
        testId={id}
        label={d ? t(d.label) : path}
        error={errorAt(form.errors, path, t)}
        value={values[key]}
        onChange={(v) => setValues((x) => ({ ...x, [key]: v }))}
        {...extra}
      />
    );
  };

  const submit = () =>
    form.submit(async () => {
      onSaved(await api.employerSave({ employer_id: employer?.id ?? null, draft: toEmployerDraft(values) }));
    });

  return (
    <form
      noValidate
      data-testid="employer-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <ErrorSummary
        items={summaryItems(form.errors, employerFields(values.contacts.length, t), t)}
        testId="employer-error-summary"
        focusKey={form.attempt || undefined}
      />
      <ErrorAlert error={form.failure} testId="employer-failure" />
      {head('name', 'name', { required: true })}
      {head('kvk', 'kvk', { description: t('employer-field-kvk-description'), size: 10 })}
      {head('loonheffingennummer', 'loonheffingennummer', {
        description: t('employer-field-loonheffingennummer-description'),
        size: 14,
      })}
      <Fieldset className="utrecht-form-fieldset--distanced">
        <FieldsetLegend>{t('employer-address')}</FieldsetLegend>
        {head('street', 'address.street', { required: true })}
        {head('house_number', 'address.house_number', { required: true, size: 6 })}
        {head('house_number_addition', 'address.house_number_addition', { size: 6 })}
        {head('postcode', 'address.postcode', { required: true, size: 8 })}
        {head('woonplaats', 'address.woonplaats', { required: true })}
      </Fieldset>
      <RepeatRows
        legend={t('employer-contacts')}
        rows={values.contacts}
        onChange={(contacts) => setValues((x) => ({ ...x, contacts }))}
        newRow={() => ({ ...EMPTY_CONTACT })}
        rowLegend={(n) => t('employer-contact-row', { n })}
        addLabel={t('employer-contact-add')}
        removeLabel={(n) => t('employer-contact-remove', { n })}
        emptyText={t('employer-contacts-empty')}
        firstFieldId={(i) => contactFieldId(i, 'name')}
        testId="employer-contacts"
        renderRow={(row, i, update) =>
          CONTACT_PARTS.map((part) => (
            <TextField
              key={part}
              id={contactFieldId(i, part)}
              testId={contactFieldId(i, part)}
              label={t(contactLabel(part))}
              type={part === 'email' ? 'email' : part === 'phone' ? 'tel' : 'text'}
              required={part === 'name'}
              value={row[part]}
              error={errorAt(form.errors, `contacts[${i}].${part}`, t)}
              onChange={(v) => update({ ...row, [part]: v })}
            />
          ))
        }
      />
      <TextAreaField
        id="employer-notes"
        testId="employer-notes"
        label={t('employer-field-notes')}
        description={t('employer-field-notes-description')}
        rows={3}
        value={values.notes}
        error={errorAt(form.errors, 'notes', t)}
        onChange={(v) => setValues((x) => ({ ...x, notes: v }))}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" data-testid="employer-save" busy={form.busy} disabled={form.busy}>
          {employer ? t('employer-save-changes') : t('employer-add')}
        </Button>
        <Button appearance="secondary-action-button" data-testid="employer-cancel" onClick={onCancel}>
          {t('matching-cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
