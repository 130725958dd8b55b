import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState } from 'react';
import { APPOINTMENT_STATUSES, type Appointment, type AppointmentSaveInput, type AppointmentStatus, type ErrorPayload } from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusField } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { formatDate, timeOf, toIsoDate } from '../../i18n/format';
import { useText } from '../../i18n/useText';

type Field = 'date' | 'start' | 'end' | 'subject' | 'location';
/** The fields in screen order. */
const FIELDS: readonly Field[] = ['date', 'start', 'end', 'subject', 'location'];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The form field a backend field path (`starts_at`, `ends_at`, `subject`, `location`) belongs to. */
function fieldOf(path: string): Field | undefined {
  if (path.endsWith('starts_at')) return 'start';
  if (path.endsWith('ends_at')) return 'end';
  if (path.endsWith('subject')) return 'subject';
  if (path.endsWith('location')) return 'location';
  return undefined;
}

/** Moves focus to the first field (in screen order) that has an error. */
function focusFirst(errors: Partial<Record<Field, string>>) {
  const first = FIELDS.find((f) => errors[f]);
  if (first) focusField(`appointment-${first}`);
}

interface Props {
  residentId: string;
  appointment: Appointment | null;
  onSave: (input: AppointmentSaveInput) => Promise<void>;
  onCancel?: () => void;
}

/** Plan or change an appointment: day, start and end time, subject, place, status. */
export function AppointmentForm({ residentId, appointment: a, onSave, onCancel }: Props) {
  const { t } = useText();
  const [date, setDate] = useState(a ? formatDate(a.starts_at.slice(0, 10)) : '');
  const [start, setStart] = useState(a ? timeOf(a.starts_at) : '');
  const [end, setEnd] = useState(a ? timeOf(a.ends_at) : '');
  const [subject, setSubject] = useState(a?.subject ?? '');
  const [location, setLocation] = useState(a?.location ?? '');
  const [status, setStatus] = useState<AppointmentStatus>(a?.status ?? 'planned');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setFailure(null);
    // Only what must be parsed before it can be sent is checked here: a day and two times
    // that make up the wall times. The rules (a subject, not ending before it starts) are
    // the backend's; its field errors come back in the catch below.
    const found: Partial<Record<Field, string>> = {};
    const iso = toIsoDate(date);
    if (!date.trim()) found.date = t('error-required');
    else if (!iso) found.date = t('error-date-format');
    if (!TIME.test(start)) found.start = start ? t('appointment-error-time') : t('error-required');
    if (!TIME.test(end)) found.end = end ? t('appointment-error-time') : t('error-required');
    setErrors(found);
    if (!iso || Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    setBusy(true);
    try {
      await onSave({
        resident_id: residentId,
        id: a?.id ?? null,
        starts_at: `${iso}T${start}:00`,
        ends_at: `${iso}T${end}:00`,
        location: location.trim() || null,
        subject: subject.trim(),
        status,
      });
      if (!a) {
        setDate('');
        setStart('');
        setEnd('');
        setSubject('');
        setLocation('');
      }
    } catch (e) {
      const p = e as ErrorPayload;
      const fromServer: Partial<Record<Field, string>> = {};
      for (const f of p.fields) {
        const key = fieldOf(f.field);
        if (key && !fromServer[key]) fromServer[key] = t(f.message_id, f.args);
      }
      if (Object.keys(fromServer).length > 0) {
        setErrors(fromServer);
        focusFirst(fromServer);
      } else {
        setFailure(p);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <ErrorAlert error={failure} />
      <TextField id="appointment-date" testId="appointment-date" label={t('appointment-date')} description={t('form-date-description')} required inputMode="numeric" size={10} value={date} onChange={setDate} error={errors.date} />
      <TextField id="appointment-start" testId="appointment-start" type="time" label={t('appointment-start')} required value={start} onChange={setStart} error={errors.start} />
      <TextField id="appointment-end" testId="appointment-end" type="time" label={t('appointment-end')} required value={end} onChange={setEnd} error={errors.end} />
      <TextField id="appointment-subject" testId="appointment-subject" label={t('appointment-subject')} required value={subject} onChange={setSubject} error={errors.subject} />
      <TextField id="appointment-location" testId="appointment-location" label={t('appointment-location')} value={location} onChange={setLocation} error={errors.location} />
      <SelectField
        id="appointment-status"
        testId="appointment-status"
        label={t('appointment-status')}
        emptyText={false}
        value={status}
        options={APPOINTMENT_STATUSES.map((s) => ({ value: s.value, text: t(s.label) }))}
        onChange={(v) => setStatus(v as AppointmentStatus)}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" data-testid="appointment-submit" busy={busy} disabled={busy}>
          {a ? t('appointment-save-changes') : t('appointment-add')}
        </Button>
        {onCancel ? (
          <Button appearance="secondary-action-button" onClick={onCancel}>
            {t('plan-cancel')}
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}
