import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { SubsidyFile } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { todayDutch } from '../../../i18n/format';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { text, useFields } from './common';

interface Props {
  residentId: string;
  loonwaardeId: string;
  /** The signed-in coach, who records the signature; null while unknown. */
  coachName: string | null;
  onSigned: (file: SubsidyFile) => void;
  onCancel: () => void;
}

/** Element ids carry the assessment's id: a list can hold several drafts. */
function fields(id: string): FieldDef[] {
  return [
    { path: 'sign_off.signed_by', id: `lw-signed-by-${id}`, label: msg('lw-sign-field-by') },
    { path: 'sign_off.signed_on', id: `lw-signed-on-${id}`, label: msg('lw-sign-field-on') },
  ];
}

/**
 * "Tekenen": the loonwaardedeskundige signed the report; the coach records who signed and
 * when. After this the assessment no longer changes.
 */
export function SignForm({ residentId, loonwaardeId, coachName, onSigned, onCancel }: Props) {
  const { t } = useText();
  const [signedBy, setSignedBy] = useState('');
  const [signedOn, setSignedOn] = useState(todayDutch());
  const form = useFormSubmit();
  const defs = fields(loonwaardeId);
  const field = useFields(defs, form);
  useLayoutEffect(() => document.getElementById(`lw-signed-by-${loonwaardeId}`)?.focus(), [loonwaardeId]);

  const submit = () => {
    void form.submit(async () =>
      onSigned(
        await api.loonwaardeSign({
          resident_id: residentId,
          id: loonwaardeId,
          form: { signed_by: text(signedBy), signed_on: text(signedOn) },
        }),
      ),
    );
  };

  return (
    <form
      noValidate
      data-testid="lw-sign-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Paragraph>{t('lw-sign-intro')}</Paragraph>
      <Paragraph data-testid="lw-sign-recorder">
        {coachName ? t('subsidy-recorded-by-coach', { coach: coachName }) : t('subsidy-recorded-by-you')}
      </Paragraph>
      <ErrorSummary items={summaryItems(form.errors, defs, t)} testId="lw-sign-error-summary" headingLevel={6} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="lw-sign-failure" />
      <TextField {...field('sign_off.signed_by')} testId="lw-signed-by" required description={t('lw-sign-field-by-description')} value={signedBy} onChange={setSignedBy} />
      <TextField
        {...field('sign_off.signed_on')}
        testId="lw-signed-on"
        required
        description={t('form-date-description')}
        inputMode="numeric"
        size={10}
        value={signedOn}
        onChange={setSignedOn}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" data-testid="lw-sign-save" busy={form.busy} disabled={form.busy}>
          {t('lw-sign-save')}
        </Button>
        <Button appearance="secondary-action-button" data-testid="lw-sign-cancel" onClick={onCancel}>
          {t('subsidy-cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
