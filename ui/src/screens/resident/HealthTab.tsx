import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { PURPOSES, type ErrorPayload, type HealthRecord, type Purpose } from '../../api/contract.gen';
import * as api from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useText } from '../../i18n/useText';
import { HealthRecords } from './HealthRecords';

interface Props {
  residentId: string;
  recordCount: number;
}

/**
 * Health data (AVG art. 9): hidden until the coach says for which purpose and why they need
 * to see it. Each view is logged by the backend (health_view). Leaving the tab hides it again.
 */
export function HealthTab({ residentId, recordCount }: Props) {
  const { t } = useText();
  const [purpose, setPurpose] = useState<Purpose | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ purpose?: string; reason?: string }>({});
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [records, setRecords] = useState<HealthRecord[] | null>(null);
  const [busy, setBusy] = useState(false);

  const show = async () => {
    setFailure(null);
    const found = {
      purpose: purpose ? undefined : t('health-error-purpose'),
      reason: reason.trim() ? undefined : t('health-error-reason'),
    };
    setErrors(found);
    if (found.purpose || found.reason) {
      document.getElementById(found.purpose ? 'health-purpose' : 'health-reason')?.focus();
      return;
    }
    setBusy(true);
    try {
      setRecords(await api.healthView({ resident_id: residentId, purpose: purpose || null, reason: reason.trim() }));
    } catch (e) {
      setFailure(e as ErrorPayload);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading2>{t('file-tab-health')}</Heading2>
      <Alert type="info">
        <Paragraph>{t('health-logged-explained')}</Paragraph>
      </Alert>
      <Paragraph data-testid="health-count">{t('health-count', { count: recordCount })}</Paragraph>
      {records === null ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void show();
          }}
        >
          <ErrorAlert error={failure} testId="health-error" />
          <SelectField
            id="health-purpose"
            testId="health-purpose"
            label={t('health-purpose')}
            required
            value={purpose}
            options={PURPOSES.map((p) => ({ value: p.value, text: t(p.label) }))}
            onChange={(v) => setPurpose(v as Purpose | '')}
            error={errors.purpose}
          />
          <TextAreaField
            id="health-reason"
            testId="health-reason"
            label={t('health-reason')}
            description={t('health-reason-description')}
            required
            rows={3}
            value={reason}
            onChange={setReason}
            error={errors.reason}
          />
          <Button type="submit" appearance="primary-action-button" data-testid="health-show" busy={busy} disabled={busy}>
            {t('health-show')}
          </Button>
        </form>
      ) : (
        <section aria-labelledby="health-records-heading" className="werkpad-section">
          <Heading3 id="health-records-heading">{t('health-records-title')}</Heading3>
          <HealthRecords records={records} />
          <ButtonGroup>
            <Button
              appearance="secondary-action-button"
              data-testid="health-hide"
              onClick={() => {
                setRecords(null);
                setReason('');
              }}
            >
              {t('health-hide')}
            </Button>
          </ButtonGroup>
        </section>
      )}
    </>
  );
}
