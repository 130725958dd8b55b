import { LANGUAGE_LEVELS } from '../../../api/contract.gen';
import { useText } from '../../../i18n/useText';
import { BoundCheckbox, BoundDate, BoundSelect, BoundText, BoundTextArea } from '../binding';
import { emptyEducation, emptyLanguage, emptyWorkExperience } from '../form';
import { RowList } from '../RowList';

/** Step 5: languages, education and work experience, each a list of rows. */
export function BackgroundSection() {
  const { t } = useText();
  return (
    <>
      <RowList
        path="resident.languages"
        legend={t('intake-legend-languages')}
        rowLegend={(n) => t('intake-language-row', { n })}
        addLabel={t('intake-language-add')}
        removeLabel={(n) => t('intake-language-remove', { n })}
        emptyText={t('intake-languages-empty')}
        newRow={emptyLanguage}
        firstField={(row) => `${row}.language`}
        renderRow={(row) => (
          <>
            <BoundText path={`${row}.language`} label={t('intake-field-language')} />
            <BoundSelect path={`${row}.level`} label={t('intake-field-language-level')} options={LANGUAGE_LEVELS} />
          </>
        )}
      />
      <RowList
        path="resident.education"
        legend={t('intake-legend-education')}
        rowLegend={(n) => t('intake-education-row', { n })}
        addLabel={t('intake-education-add')}
        removeLabel={(n) => t('intake-education-remove', { n })}
        emptyText={t('intake-education-empty')}
        newRow={emptyEducation}
        firstField={(row) => `${row}.name`}
        renderRow={(row) => (
          <>
            <BoundText path={`${row}.name`} label={t('intake-field-education-name')} />
            <BoundText path={`${row}.institution`} label={t('intake-field-education-institution')} />
            <BoundText path={`${row}.level`} label={t('intake-field-education-level')} description={t('intake-field-education-level-description')} />
            <BoundCheckbox path={`${row}.diploma`} label={t('intake-field-education-diploma')} />
            <BoundText path={`${row}.completed_year`} label={t('intake-field-education-year')} inputMode="numeric" size={6} />
          </>
        )}
      />
      <RowList
        path="resident.work_experience"
        legend={t('intake-legend-work-experience')}
        rowLegend={(n) => t('intake-work-row', { n })}
        addLabel={t('intake-work-add')}
        removeLabel={(n) => t('intake-work-remove', { n })}
        emptyText={t('intake-work-empty')}
        newRow={emptyWorkExperience}
        firstField={(row) => `${row}.occupation`}
        renderRow={(row) => (
          <>
            <BoundText path={`${row}.occupation`} label={t('intake-field-work-occupation')} />
            <BoundText path={`${row}.employer`} label={t('intake-field-work-employer')} />
            <BoundDate path={`${row}.from`} label={t('intake-field-work-from')} />
            <BoundDate path={`${row}.until`} label={t('intake-field-work-until')} />
            <BoundTextArea path={`${row}.description`} label={t('intake-field-work-description')} rows={3} />
          </>
        )}
      />
    </>
  );
}
