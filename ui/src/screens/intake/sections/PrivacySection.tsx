import { Paragraph } from '@utrecht/component-library-react';
import { PURPOSES } from '../../../api/contract.gen';
import { todayDutch } from '../../../i18n/format';
import { useText } from '../../../i18n/useText';
import { BoundCheckbox, BoundCheckboxGroup, BoundDate, useBinding } from '../binding';
import { ALWAYS_PURPOSE, getAt } from '../form';

/** Step 9: the privacy statement was handed over and explained, when, and for which purposes. */
export function PrivacySection() {
  const { t } = useText();
  const b = useBinding();
  return (
    <>
      <Paragraph>{t('intake-privacy-intro')}</Paragraph>
      <BoundCheckbox
        path="privacy_statement_explained"
        label={t('intake-field-privacy')}
        required
        onToggle={(checked) => {
          if (checked && !getAt(b.form, 'resident.privacy_statement_explained_on')) {
            b.set('resident.privacy_statement_explained_on', todayDutch());
          }
        }}
      />
      <BoundDate path="resident.privacy_statement_explained_on" label={t('intake-field-privacy-date')} />
      <BoundCheckboxGroup
        path="purposes"
        label={t('intake-field-purposes')}
        description={t('intake-field-purposes-description')}
        options={PURPOSES}
        locked={[ALWAYS_PURPOSE]}
      />
    </>
  );
}
