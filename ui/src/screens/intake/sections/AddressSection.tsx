import { useText } from '../../../i18n/useText';
import { BoundText } from '../binding';

/** Step 2: address and contact details. */
export function AddressSection() {
  const { t } = useText();
  return (
    <>
      <BoundText path="resident.address.street" label={t('intake-field-street')} required />
      <BoundText path="resident.address.house_number" label={t('intake-field-house-number')} required inputMode="numeric" size={6} />
      <BoundText path="resident.address.house_number_addition" label={t('intake-field-house-number-addition')} description={t('intake-field-house-number-addition-description')} size={6} />
      <BoundText path="resident.address.postcode" label={t('intake-field-postcode')} description={t('intake-field-postcode-description')} required size={8} />
      <BoundText path="resident.address.woonplaats" label={t('intake-field-woonplaats')} required />
      <BoundText path="resident.phone" type="tel" label={t('intake-field-phone')} description={t('intake-field-phone-description')} inputMode="tel" />
      <BoundText path="resident.email" type="email" label={t('intake-field-email')} inputMode="email" />
    </>
  );
}
