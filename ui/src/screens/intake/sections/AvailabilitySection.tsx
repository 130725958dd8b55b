import { OBSTACLE_KINDS, WEEKDAYS } from '../../../api/contract.gen';
import { useText } from '../../../i18n/useText';
import { BoundCheckboxGroup, BoundDate, BoundSelect, BoundText, BoundTextArea } from '../binding';
import { emptyObstacle } from '../form';
import { RowList } from '../RowList';

/** Step 6: availability for work and obstacles (belemmeringen). */
export function AvailabilitySection() {
  const { t } = useText();
  return (
    <>
      <BoundText path="resident.availability.hours_per_week" label={t('intake-field-hours-per-week')} description={t('intake-field-hours-per-week-description')} inputMode="numeric" size={4} />
      <BoundCheckboxGroup path="resident.availability.days" label={t('intake-field-days')} options={WEEKDAYS} />
      <BoundDate path="resident.availability.available_from" label={t('intake-field-available-from')} />
      <BoundTextArea path="resident.availability.notes" label={t('intake-field-availability-notes')} rows={3} />
      <RowList
        path="resident.obstacles"
        legend={t('intake-legend-obstacles')}
        rowLegend={(n) => t('intake-obstacle-row', { n })}
        addLabel={t('intake-obstacle-add')}
        removeLabel={(n) => t('intake-obstacle-remove', { n })}
        emptyText={t('intake-obstacles-empty')}
        newRow={emptyObstacle}
        firstField={(row) => `${row}.kind`}
        renderRow={(row) => (
          <>
            <BoundSelect path={`${row}.kind`} label={t('intake-field-obstacle-kind')} options={OBSTACLE_KINDS} />
            <BoundTextArea path={`${row}.description`} label={t('intake-field-obstacle-description')} description={t('intake-field-obstacle-description-hint')} rows={3} />
          </>
        )}
      />
    </>
  );
}
