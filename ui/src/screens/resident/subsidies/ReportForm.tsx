import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useLayoutEffect, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { SubsidyFile } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { todayDutch } from '../../../i18n/format';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { text, useFields } from './common';

interface Props {
  residentId: string;
  subsidyId: string;
  onSaved: (file: SubsidyFile) => void;
  onCancel: () => void;
}

function fields(id: string): FieldDef[] {
  return [
    { path: 'received_on', id: `jc-report-on-${id}`, label: msg('jc-report-field-on') },
    { path: 'summary', id: `jc-report-summary-${id}`, label: msg('jc-report-field-summary') },
  ];
}

/** The jobcoach organisation's progress report on a period: when it came in, what it says. */
export function ReportForm({ residentId, subsidyId, onSaved, onCancel }: Props) {
  const { t } = useText();
  const [on, setOn] = useState(todayDutch());
  const [summary, setSummary] = useState('');
  const form = useFormSubmit();
  const defs = fields(subsidyId);
  const field = useFields(defs, form);
  useLayoutEffect(() => document.getElementById(`jc-report-on-${subsidyId}`)?.focus(), [subsidyId]);

  const submit = () => {
    void form.submit(async () =>
      onSaved(
        await api.jobcoachingReport({
          resident_id: residentId,
          subsidy_id: subsidyId,
          form: { received_on: text(on), summary: text(summary) },
        }),
      ),
    );
  };

  return (
    <form
      noValidate
      data-testid="jc-report-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <ErrorSummary items={summaryItems(form.errors, defs, t)} testId="jc-report-error-summary" headingLevel={6} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="jc-report-failure" />
      <TextField {...field('received_on')} testId="jc-report-on" required description={t('form-date-description')} inputMode="numeric" size={10} value={on} onChange={setOn} />
      <TextAreaField {...field('summary')} testId="jc-report-summary" required rows={4} value={summary} onChange={setSummary} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" data-testid="jc-report-save" busy={form.busy} disabled={form.busy}>
          {t('jc-report-save')}
        </Button>
        <Button appearance="secondary-action-button" data-testid="jc-report-cancel" onClick={onCancel}>
          {t('subsidy-cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
