import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import * as api from '../../api/contract.gen';
import { formatInstant } from '../../i18n/format';
import { useText } from '../../i18n/useText';

/**
 * On a file opened by break-the-glass: until when, and that it then leaves the laptop.
 * Nothing for a file of the coach's own caseload.
 */
export function EmergencyBanner({ residentId }: { residentId: string }) {
  const { t } = useText();
  const [until, setUntil] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.emergencyAccesses().then(
      (all) => {
        if (live) setUntil((all ?? []).find((a) => a.resident_id === residentId)?.expires_at ?? null);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [residentId]);
  if (!until) return null;
  return (
    <Alert type="warning" data-testid="emergency-banner">
      <Paragraph>{t('emergency-banner', { until: formatInstant(until) })}</Paragraph>
    </Alert>
  );
}
