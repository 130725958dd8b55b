import { Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { ID_DOCUMENT_KINDS, MARITAL_STATUSES } from '../../../api/contract.gen';
import { useText } from '../../../i18n/useText';
import { BoundDate, BoundSelect, BoundText } from '../binding';

/** Step 3: identity document, nationality, marital status and residence permit. */
export function IdentitySection() {
  const { t } = useText();
  return (
    <>
      <Fieldset className="utrecht-form-fieldset--distanced">
        <FieldsetLegend>{t('intake-legend-id-document')}</FieldsetLegend>
        <Paragraph className="werkpad-muted">{t('intake-id-document-hint')}</Paragraph>
        <BoundSelect path="resident.id_document.kind" label={t('intake-field-id-document-kind')} options={ID_DOCUMENT_KINDS} />
        <BoundText path="resident.id_document.number" label={t('intake-field-id-document-number')} />
        <BoundDate path="resident.id_document.expires_on" label={t('intake-field-id-document-expires-on')} />
      </Fieldset>
      <BoundText path="resident.nationality" label={t('intake-field-nationality')} />
      <BoundSelect path="resident.marital_status" label={t('intake-field-marital-status')} options={MARITAL_STATUSES} />
      <Fieldset className="utrecht-form-fieldset--distanced">
        <FieldsetLegend>{t('intake-legend-verblijfstitel')}</FieldsetLegend>
        <Paragraph className="werkpad-muted">{t('intake-verblijfstitel-hint')}</Paragraph>
        <BoundText path="resident.verblijfstitel.kind" label={t('intake-field-verblijfstitel-kind')} description={t('intake-field-verblijfstitel-kind-description')} />
        <BoundDate path="resident.verblijfstitel.expires_on" label={t('intake-field-verblijfstitel-expires-on')} />
      </Fieldset>
    </>
  );
}
