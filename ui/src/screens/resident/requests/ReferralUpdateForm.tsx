import { Button, ButtonGroup, Heading5 } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import { REFERRAL_PROGRESS, type ReferralProgress, type RequestsFile } from '../../../api/contract.gen';
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
  referralId: string;
  /** The progress that may come next (accepted or declined first; then started, ended). */
  allowed: readonly ReferralProgress[];
  onSaved: (file: RequestsFile) => void;
  onCancel: () => void;
}

const FIELDS: FieldDef[] = [
  { path: 'progress', id: 'ref-update-progress', label: msg('referral-update-progress') },
  { path: 'on', id: 'ref-update-on', label: msg('referral-update-on') },
  { path: 'feedback', id: 'ref-update-feedback', label: msg('referral-update-feedback') },
];

/** What the organisation let know: accepted or not, help started, help ended. */
export function ReferralUpdateForm({ residentId, referralId, allowed, onSaved, onCancel }: Props) {
  const { t } = useText();
  const [v, setV] = useState({ progress: allowed.length === 1 ? (allowed[0] as string) : '', on: '', feedback: '' });
  const form = useFormSubmit();
  const field = useFields(FIELDS, form);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const set = (key: keyof typeof v, value: string) => setV((old) => ({ ...old, [key]: value }));

  const submit = () => {
    void form.submit(async () =>
      onSaved(
        await api.referralUpdate({
          resident_id: residentId,
          id: referralId,
          form: { progress: text(v.progress), on: text(v.on), feedback: text(v.feedback) },
        }),
      ),
    );
  };

  return (
    <section aria-labelledby="ref-update-heading" className="werkpad-subform" data-testid="ref-update-form">
      <Heading5 id="ref-update-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {t('referral-update-title')}
      </Heading5>
      <ErrorSummary items={summaryItems(form.errors, FIELDS, t)} testId="ref-update-error-summary" headingLevel={6} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="ref-update-failure" />
      <form
        noValidate
        aria-labelledby="ref-update-heading"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <RadioGroupField
          {...field('progress')}
          required
          value={v.progress}
          optionTestIdPrefix="ref-update-progress"
          options={REFERRAL_PROGRESS.filter((p) => allowed.includes(p.value)).map((p) => ({ value: p.value, text: t(p.label) }))}
          onChange={(x) => set('progress', x)}
        />
        <TextField {...field('on')} description={t('request-date-blank-today')} inputMode="numeric" size={10} value={v.on} onChange={(x) => set('on', x)} />
        <TextAreaField {...field('feedback')} rows={3} value={v.feedback} onChange={(x) => set('feedback', x)} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="ref-update-save" busy={form.busy} disabled={form.busy}>
            {t('referral-update-save')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="ref-update-cancel" onClick={onCancel}>
            {t('request-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
