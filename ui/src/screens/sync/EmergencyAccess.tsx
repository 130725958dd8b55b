import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import * as api from '../../api/contract.gen';
import { EMERGENCY_REASONS, type EmergencyAccess as Access, type EmergencyReason, type ErrorPayload, type Notice } from '../../api/contract.gen';
import { labelOf } from '../../api/labels';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusField } from '../../components/ErrorSummary';
import { RadioGroupField } from '../../components/RadioGroupField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { formatInstant } from '../../i18n/format';
import { useText } from '../../i18n/useText';

type Errors = Record<string, string>;

/**
 * Break-the-glass: open the file of a resident outside the caseload, online only, with a
 * reason the team lead reads. The file comes with the sync that follows and leaves the
 * laptop by itself when the access ends. For a team lead the same screen lists what
 * coaches did in the last 30 days. The rules (BSN, an explanation someone can check, who
 * may ask) are the backend's; its field errors show at the fields.
 */
export function EmergencyAccess({ onOpen }: { onOpen: (residentId: string) => void }) {
  const { t } = useText();
  const [bsn, setBsn] = useState('');
  const [reason, setReason] = useState('');
  const [explanation, setExplanation] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const [running, setRunning] = useState<Access[]>([]);
  const [notices, setNotices] = useState<Notice[]>([]);

  useEffect(() => {
    api.emergencyAccesses().then((a) => setRunning(a ?? []), () => setRunning([]));
    api.emergencyNotices().then((n) => setNotices(n ?? []), () => setNotices([]));
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setErrors({});
    if (!reason) {
      setErrors({ reason: t('error-required') });
      focusField('emergency-reason');
      return;
    }
    setBusy(true);
    try {
      const access = await api.emergencyAccessRequest({ bsn: bsn.trim(), reason: reason as EmergencyReason, explanation });
      onOpen(access.resident_id);
    } catch (e) {
      const p = e as ErrorPayload;
      const found: Errors = {};
      for (const f of p.fields ?? []) if (!found[f.field]) found[f.field] = t(f.message_id, f.args);
      const first = ['bsn', 'explanation'].find((f) => found[f]);
      if (first) {
        setErrors(found);
        focusField(`emergency-${first}`);
      } else {
        setFailure(p);
      }
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="emergency-heading" data-testid="emergency">
      <Heading2 id="emergency-heading">{t('emergency-title')}</Heading2>
      <Paragraph>{t('emergency-intro')}</Paragraph>
      <Alert type="warning">
        <Paragraph>{t('emergency-rules')}</Paragraph>
      </Alert>
      <form noValidate onSubmit={(e) => void submit(e)} className="werkpad-section">
        <ErrorAlert error={failure} testId="emergency-error" />
        <TextField
          id="emergency-bsn"
          testId="emergency-bsn"
          label={t('emergency-bsn')}
          required
          value={bsn}
          inputMode="numeric"
          autoComplete="off"
          onChange={setBsn}
          error={errors.bsn}
        />
        <RadioGroupField
          id="emergency-reason"
          label={t('emergency-reason')}
          required
          value={reason}
          options={EMERGENCY_REASONS.map((r) => ({ value: r.value, text: t(r.label) }))}
          optionTestIdPrefix="emergency-reason"
          onChange={setReason}
          error={errors.reason}
        />
        <TextAreaField
          id="emergency-explanation"
          testId="emergency-explanation"
          label={t('emergency-explanation')}
          description={t('emergency-explanation-description')}
          required
          rows={3}
          value={explanation}
          onChange={setExplanation}
          error={errors.explanation}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="emergency-submit" busy={busy} disabled={busy}>
            {t('emergency-submit')}
          </Button>
        </ButtonGroup>
      </form>
      {running.length > 0 ? (
        <section aria-labelledby="emergency-running-heading" className="werkpad-section" data-testid="emergency-running">
          <Heading3 id="emergency-running-heading">{t('emergency-running')}</Heading3>
          <ul className="werkpad-list">
            {running.map((a) => (
              <li key={a.resident_id}>
                <Button appearance="subtle-button" onClick={() => onOpen(a.resident_id)}>
                  {t('emergency-running-item', { until: formatInstant(a.expires_at) })}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {notices.length > 0 ? (
        <section aria-labelledby="emergency-notices-heading" className="werkpad-section" data-testid="emergency-notices">
          <Heading3 id="emergency-notices-heading">{t('emergency-notices')}</Heading3>
          <ul className="werkpad-list">
            {notices.map((n) => (
              <li key={n.id} data-testid="emergency-notice">
                <Paragraph>
                  {t('emergency-notice', {
                    coach: n.coach,
                    at: formatInstant(n.granted_at),
                    until: formatInstant(n.expires_at),
                    reason: t(labelOf(EMERGENCY_REASONS, n.reason) ?? n.reason),
                  })}
                </Paragraph>
                <Paragraph className="werkpad-quote">{n.explanation}</Paragraph>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
