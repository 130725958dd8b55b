import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { Choice, ErrorPayload } from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusField } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../i18n/format';
import { useText } from '../../i18n/useText';

export interface PlanItemValues {
  description: string;
  date: string;
  status: string;
}

interface Props {
  /** Prefix of element ids and test ids: `agreement` or `goal`. */
  idPrefix: string;
  initial: { description: string; date: string | null; status: string };
  dateLabel: string;
  statuses: readonly Choice[];
  submitLabel: string;
  onSave: (v: PlanItemValues) => Promise<void>;
  onCancel?: () => void;
}

/** The form for an agreement or a goal: description, a date, and a status. */
export function PlanItemForm({ idPrefix, initial, dateLabel, statuses, submitLabel, onSave, onCancel }: Props) {
  const { t } = useText();
  const [description, setDescription] = useState(initial.description);
  const [date, setDate] = useState(formatDate(initial.date));
  const [status, setStatus] = useState(initial.status);
  const [descriptionError, setDescriptionError] = useState<string | undefined>();
  const [dateError, setDateError] = useState<string | undefined>();
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setFailure(null);
    // The date goes as typed (dd-mm-jjjj; the backend parses it). A description, and a due
    // date not before the day it was agreed, are the backend's rules: its field errors are
    // shown at the fields.
    setDescriptionError(undefined);
    setDateError(undefined);
    setBusy(true);
    try {
      await onSave({ description, date: date.trim(), status });
      setDescription('');
      setDate('');
    } catch (e) {
      const p = e as ErrorPayload;
      const onDescription = p.fields.find((f) => f.field.endsWith('description'));
      const onDate = p.fields.find((f) => /(due_on|target_date)$/.test(f.field));
      if (onDescription) setDescriptionError(t(onDescription.message_id, onDescription.args));
      if (onDate) setDateError(t(onDate.message_id, onDate.args));
      if (onDescription) focusField(`${idPrefix}-description`);
      else if (onDate) focusField(`${idPrefix}-date`);
      else setFailure(p);
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
      <TextAreaField
        id={`${idPrefix}-description`}
        testId={`${idPrefix}-description`}
        label={t('plan-description')}
        required
        rows={3}
        value={description}
        onChange={setDescription}
        error={descriptionError}
      />
      <TextField
        id={`${idPrefix}-date`}
        testId={`${idPrefix}-date`}
        label={dateLabel}
        description={t('form-date-description')}
        inputMode="numeric"
        size={10}
        value={date}
        onChange={setDate}
        error={dateError}
      />
      <SelectField
        id={`${idPrefix}-status`}
        testId={`${idPrefix}-status`}
        label={t('plan-status')}
        emptyText={false}
        value={status}
        options={statuses.map((s) => ({ value: s.value, text: t(s.label) }))}
        onChange={setStatus}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" data-testid={`${idPrefix}-submit`} busy={busy} disabled={busy}>
          {submitLabel}
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
