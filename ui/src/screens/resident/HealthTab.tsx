import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { ErrorPayload, HealthRecord, Purpose } from '../../api/contract.gen';
import * as api from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useText } from '../../i18n/useText';
import { HealthAccessFields, type HealthAccessErrors, missingHealthAccess } from '../shared/HealthAccessFields';
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
  const [errors, setErrors] = useState<HealthAccessErrors>({});
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [records, setRecords] = useState<HealthRecord[] | null>(null);
  const [busy, setBusy] = useState(false);

  const show = async () => {
    setFailure(null);
    const found = missingHealthAccess(t, purpose, reason);
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
          <HealthAccessFields
            t={t}
            ids={{ purpose: 'health-purpose', reason: 'health-reason' }}
            testIds={{ purpose: 'health-purpose', reason: 'health-reason' }}
            purpose={purpose}
            reason={reason}
            onPurpose={setPurpose}
            onReason={setReason}
            errors={errors}
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
