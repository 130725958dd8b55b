import { Alert, Heading3, Paragraph } from '@utrecht/component-library-react';
import { CheckboxField } from '../../../components/CheckboxField';
import { useText } from '../../../i18n/useText';
import { BoundText, BoundTextArea, useBinding } from '../binding';
import { emptyHealth, getAt } from '../form';

/**
 * Step 8 (optional): health data, a special category (AVG art. 9). Nothing is recorded
 * unless the coach ticks the box, and then the necessity is required.
 */
export function HealthSection() {
  const { t } = useText();
  const b = useBinding();
  const on = getAt(b.form, 'health') !== null && getAt(b.form, 'health') !== undefined;
  return (
    <>
      <Alert type="info">
        <Heading3>{t('intake-health-special-title')}</Heading3>
        <Paragraph>{t('intake-health-special-text')}</Paragraph>
      </Alert>
      <CheckboxField
        id={b.fieldId('health')}
        testId={b.testId('health')}
        label={t('intake-health-record')}
        description={t('intake-health-record-description')}
        checked={on}
        onChange={(checked) => b.set('health', checked ? emptyHealth() : null)}
      />
      {on ? (
        <>
          <BoundTextArea path="health.necessity" label={t('intake-field-health-necessity')} description={t('intake-field-health-necessity-description')} required rows={3} />
          <BoundTextArea path="health.summary" label={t('intake-field-health-summary')} description={t('intake-field-health-summary-description')} required rows={3} />
          <BoundTextArea path="health.work_limitations" label={t('intake-field-health-work-limitations')} rows={3} />
          <BoundText path="health.source" label={t('intake-field-health-source')} description={t('intake-field-health-source-description')} />
        </>
      ) : null}
    </>
  );
}
