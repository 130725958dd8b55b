import { PURPOSES, type Purpose } from '../../api/contract.gen';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import type { TextFn } from '../../i18n/useText';

/** What the coach has said so far about why they need to see health data. */
export interface HealthAccessErrors {
  purpose?: string;
  reason?: string;
}

/**
 * What is missing before a request for health data can be sent at all (a purpose picked,
 * a reason written). Whether the purpose may justify health data is the backend's rule.
 */
export function missingHealthAccess(t: TextFn, purpose: Purpose | '', reason: string): HealthAccessErrors {
  return {
    purpose: purpose ? undefined : t('health-error-purpose'),
    reason: reason.trim() ? undefined : t('health-error-reason'),
  };
}

interface Props {
  t: TextFn;
  /** Element ids of the two fields. */
  ids: { purpose: string; reason: string };
  /** Test ids of the two fields. */
  testIds: { purpose: string; reason: string };
  purpose: Purpose | '';
  reason: string;
  onPurpose: (p: Purpose | '') => void;
  onReason: (r: string) => void;
  errors: HealthAccessErrors;
}

/** The two fields every way into health data asks (AVG art. 9): for what, and why now. */
export function HealthAccessFields({ t, ids, testIds, purpose, reason, onPurpose, onReason, errors }: Props) {
  return (
    <>
      <SelectField
        id={ids.purpose}
        testId={testIds.purpose}
        label={t('health-purpose')}
        required
        value={purpose}
        options={PURPOSES.map((p) => ({ value: p.value, text: t(p.label) }))}
        onChange={(v) => onPurpose(v as Purpose | '')}
        error={errors.purpose}
      />
      <TextAreaField
        id={ids.reason}
        testId={testIds.reason}
        label={t('health-reason')}
        description={t('health-reason-description')}
        required
        rows={3}
        value={reason}
        onChange={onReason}
        error={errors.reason}
      />
    </>
  );
}
