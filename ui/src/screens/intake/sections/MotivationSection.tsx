import { useText } from '../../../i18n/useText';
import { BoundText, BoundTextArea } from '../binding';
import { RowList } from '../RowList';

/** Step 7: motivation and career wishes. */
export function MotivationSection() {
  const { t } = useText();
  return (
    <>
      <BoundTextArea path="resident.motivation" label={t('intake-field-motivation')} description={t('intake-field-motivation-description')} rows={6} />
      <RowList
        path="resident.career_wishes"
        legend={t('intake-legend-career-wishes')}
        rowLegend={(n) => t('intake-wish-row', { n })}
        addLabel={t('intake-wish-add')}
        removeLabel={(n) => t('intake-wish-remove', { n })}
        emptyText={t('intake-wishes-empty')}
        newRow={() => ''}
        firstField={(row) => row}
        renderRow={(row) => <BoundText path={row} label={t('intake-field-career-wish')} keepEmpty />}
      />
    </>
  );
}
