import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState } from 'react';
import * as api from '../../../api/contract.gen';
import { PLACEMENT_END_REASONS, type FieldError } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { errorAt, type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { RadioGroupField } from '../../../components/RadioGroupField';
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
  /** The placement has ended; `replacementAdvised` is the coach's answer. */
  onEnded: (replacementAdvised: boolean) => void;
  onCancel: () => void;
}

function fields(placementId: string): FieldDef[] {
  return [
    { path: 'end.on', id: `end-on-${placementId}`, label: msg('placement-end-field-on') },
    { path: 'end.reason', id: `end-reason-${placementId}`, label: msg('placement-end-field-reason') },
    { path: 'end.explanation', id: `end-explanation-${placementId}`, label: msg('placement-end-field-explanation') },
    { path: 'replacement_advised', id: `end-replacement-${placementId}`, label: msg('placement-end-field-replacement') },
  ];
}

const required = (field: string): FieldError => ({ field, message_id: 'error-required', args: {} });

/**
 * "Plaatsing beëindigen": the last day, why (an explanation is required for "Andere
 * reden"), and whether the resident needs a new placement (herplaatsing).
 */
export function EndPlacementForm({ residentId, placementId, onEnded, onCancel }: Props) {
  const { t } = useText();
  const [on, setOn] = useState(todayDutch());
  const [reason, setReason] = useState('');
  const [explanation, setExplanation] = useState('');
  const [replacement, setReplacement] = useState<'' | 'yes' | 'no'>('');
  const form = useFormSubmit();
  const defs = fields(placementId);
  const field = (path: string, testId: string) => {
    const d = defs.find((x) => x.path === path);
    const id = d?.id ?? path;
    return { id, testId, label: d ? t(d.label) : path, error: errorAt(form.errors, path, t) };
  };

  // Checked here only what cannot be sent otherwise: a reason picked from the list and a
  // yes/no for the new placement (a boolean on the wire). The date goes as typed; that it
  // is a day not before the start, and an explanation for "Andere reden", are the
  // backend's rules (Placement::end): its field errors are shown at the fields.
  const submit = () => {
    const local = [...(reason ? [] : [required('end.reason')]), ...(replacement ? [] : [required('replacement_advised')])];
    if (local.length > 0) {
      form.reject(local);
      return;
    }
    const advised = replacement === 'yes';
    void form.submit(async () => {
      await api.placementEnd({
        resident_id: residentId,
        placement_id: placementId,
        on: on.trim(),
        reason,
        explanation: explanation.trim() || null,
        replacement_advised: advised,
      });
      onEnded(advised);
    });
  };

  return (
    <form
      noValidate
      data-testid="end-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <ErrorSummary items={summaryItems(form.errors, defs, t)} testId="end-error-summary" focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="end-failure" />
      <TextField {...field('end.on', 'end-on')} required description={t('form-date-description')} inputMode="numeric" size={10} value={on} onChange={setOn} />
      <SelectField
        {...field('end.reason', 'end-reason')}
        required
        value={reason}
        options={PLACEMENT_END_REASONS.map((c) => ({ value: c.value, text: t(c.label) }))}
        onChange={setReason}
      />
      <TextAreaField
        {...field('end.explanation', 'end-explanation')}
        required={reason === 'other'}
        description={t('placement-end-field-explanation-description')}
        rows={3}
        value={explanation}
        onChange={setExplanation}
      />
      <RadioGroupField
        {...field('replacement_advised', 'end-replacement')}
        required
        description={t('placement-end-field-replacement-description')}
        value={replacement}
        optionTestIdPrefix="end-replacement"
        options={[
          { value: 'yes', text: t('value-yes') },
          { value: 'no', text: t('value-no') },
        ]}
        onChange={(v) => setReplacement(v === 'yes' ? 'yes' : 'no')}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" data-testid="end-save" busy={form.busy} disabled={form.busy}>
          {t('placement-end-save')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('matching-cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
