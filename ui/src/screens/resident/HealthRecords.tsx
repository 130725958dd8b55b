import { Paragraph } from '@utrecht/component-library-react';
import type { HealthRecord } from '../../api/contract.gen';
import { Facts } from '../../components/Facts';
import { formatDate } from '../../i18n/format';
import { useText } from '../../i18n/useText';

/** The health records the coach asked to see. */
export function HealthRecords({ records }: { records: HealthRecord[] }) {
  const { t } = useText();
  if (records.length === 0) return <Paragraph>{t('health-none')}</Paragraph>;
  return (
    <ol className="werkpad-reports">
      {records.map((r) => (
        <li key={r.id} className="werkpad-report" data-testid="health-record">
          <Paragraph className="werkpad-report__meta">
            {t('health-record-meta', { date: formatDate(r.recorded_on), author: r.recorded_by.name })}
          </Paragraph>
          <Facts
            facts={[
              { label: t('intake-field-health-necessity'), value: r.necessity },
              { label: t('intake-field-health-summary'), value: r.summary },
              { label: t('intake-field-health-work-limitations'), value: r.work_limitations ?? '' },
              { label: t('intake-field-health-source'), value: r.source ?? '' },
            ]}
          />
        </li>
      ))}
    </ol>
  );
}
