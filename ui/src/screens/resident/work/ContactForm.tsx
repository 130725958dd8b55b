import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState } from 'react';
import * as api from '../../../api/contract.gen';
import { CONTACT_PARTIES, type FieldError } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { errorAt, type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { todayDutch } from '../../../i18n/format';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';

interface Props {
  residentId: string;
  placementId: string;
  onAdded: () => void;
  onCancel: () => void;
}

/** Element ids carry the placement id: several placements can have this form open. */
function fields(placementId: string): FieldDef[] {
  return [
    { path: 'on', id: `contact-on-${placementId}`, label: msg('contact-field-on') },
    { path: 'with', id: `contact-with-${placementId}`, label: msg('contact-field-with') },
    { path: 'notes', id: `contact-notes-${placementId}`, label: msg('contact-field-notes') },
  ];
}

const required = (field: string): FieldError => ({ field, message_id: 'error-required', args: {} });

/** A follow-up contact about a running placement: when, with whom, what was discussed. */
export function ContactForm({ residentId, placementId, onAdded, onCancel }: Props) {
  const { t } = useText();
  const [on, setOn] = useState(todayDutch());
  const [withWhom, setWithWhom] = useState('');
  const [notes, setNotes] = useState('');
  const form = useFormSubmit();
  const defs = fields(placementId);
  const field = (path: string) => {
    const d = defs.find((x) => x.path === path);
    const id = d?.id ?? path;
    return { id, testId: `contact-${path}`, label: d ? t(d.label) : path, error: errorAt(form.errors, path, t) };
  };

  // Checked here only that someone is picked from the list (the backend would call an
  // empty choice an invalid one). The date goes as typed: the backend parses it (`on`,
  // required, not before the start) and requires the notes (`notes`); its field errors
  // are shown at the fields.
  const submit = () => {
    const local = withWhom ? [] : [required('with')];
    if (local.length > 0) {
      form.reject(local);
      return;
    }
    void form.submit(async () => {
      await api.placementContactAdd({ resident_id: residentId, placement_id: placementId, on: on.trim(), with: withWhom, notes: notes.trim() });
      onAdded();
    });
  };

  return (
    <form
      noValidate
      data-testid="contact-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <ErrorSummary items={summaryItems(form.errors, defs, t)} testId="contact-error-summary" focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="contact-failure" />
      <TextField {...field('on')} required description={t('form-date-description')} inputMode="numeric" size={10} value={on} onChange={setOn} />
      <SelectField
        {...field('with')}
        required
        value={withWhom}
        options={CONTACT_PARTIES.map((c) => ({ value: c.value, text: t(c.label) }))}
        onChange={setWithWhom}
      />
      <TextAreaField {...field('notes')} required rows={3} value={notes} onChange={setNotes} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" data-testid="contact-save" busy={form.busy} disabled={form.busy}>
          {t('contact-save')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('matching-cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
