import { HOUSING_KINDS } from '../../../api/contract.gen';
import { useText } from '../../../i18n/useText';
import { BoundSelect, BoundText } from '../binding';

/** Step 4: housing and rent. */
export function HousingSection() {
  const { t } = useText();
  return (
    <>
      <BoundSelect path="resident.housing.kind" label={t('intake-field-housing-kind')} options={HOUSING_KINDS} />
      <BoundText path="resident.housing.monthly_rent" label={t('intake-field-monthly-rent')} description={t('intake-field-monthly-rent-description')} inputMode="decimal" size={10} />
      <BoundText path="resident.housing.landlord" label={t('intake-field-landlord')} />
    </>
  );
}
