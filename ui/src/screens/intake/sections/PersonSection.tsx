import { GENDERS } from '../../../api/contract.gen';
import { useText } from '../../../i18n/useText';
import { BoundDate, BoundSelect, BoundText } from '../binding';

/** Step 1: name parts, date of birth, gender and BSN. */
export function PersonSection() {
  const { t } = useText();
  return (
    <>
      <BoundText path="resident.name.given_names" label={t('intake-field-given-names')} required autoComplete="off" />
      <BoundText path="resident.name.initials" label={t('intake-field-initials')} description={t('intake-field-initials-description')} size={8} />
      <BoundText path="resident.name.tussenvoegsel" label={t('intake-field-tussenvoegsel')} description={t('intake-field-tussenvoegsel-description')} size={10} />
      <BoundText path="resident.name.family_name" label={t('intake-field-family-name')} required />
      <BoundText path="resident.name.preferred_name" label={t('intake-field-preferred-name')} description={t('intake-field-preferred-name-description')} />
      <BoundDate path="resident.birth_date" label={t('intake-field-birth-date')} required />
      <BoundSelect path="resident.gender" label={t('intake-field-gender')} options={GENDERS} />
      <BoundText path="resident.bsn" label={t('intake-field-bsn')} description={t('intake-field-bsn-description')} required inputMode="numeric" size={11} />
    </>
  );
}
