import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import * as api from '../../../api/contract.gen';
import { DEMAND_LEVELS, INDICATIONS, MAX_TRAVEL_KM, SUPPORT_KINDS, type DemandLevel, type Indication, type MatchProfile } from '../../../api/contract.gen';
import { toErrorPayload } from '../../../api/errors';
import { CheckboxGroupField } from '../../../components/CheckboxGroupField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { errorAt, summaryItems } from '../../../components/fieldErrors';
import { RadioGroupField } from '../../../components/RadioGroupField';
import { RepeatRows } from '../../../components/RepeatRows';
import type { SelectOptionItem } from '../../../components/SelectField';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { useText } from '../../../i18n/useText';
import { OccupationSearch } from '../../matching/OccupationSearch';
import { onFormRows, overrideFieldId, profileFields, type ProfileValues, profileValues, toProfile } from './profileForm';

interface Props {
  profile: MatchProfile;
  onSaved: (profile: MatchProfile) => void;
  /** Without it there is no cancel button (no profile stored yet). */
  onCancel?: () => void;
}

/** "Medewerker magazijn – Bakkerij Rijn (Arnhem)" for each workplace, for the travel times. */
function useWorkplaceOptions(): SelectOptionItem[] {
  const { t } = useText();
  const [options, setOptions] = useState<SelectOptionItem[]>([]);
  useEffect(() => {
    let live = true;
    Promise.all([api.workplaces(), api.employers()]).then(
      ([workplaces, employers]) => {
        if (!live) return;
        const names = new Map((employers ?? []).map((e) => [e.id, e.name]));
        setOptions(
          (workplaces ?? []).map((w) => ({
            value: w.id,
            text: t('profile-override-option', { title: w.title, employer: names.get(w.employer_id) ?? '', place: w.place }),
          })),
        );
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [t]);
  return options;
}

/**
 * The search profile (zoekprofiel): wished and known occupations, an indication, how much
 * the resident can carry at work, support needed and travel. No diagnoses: those stay in
 * the health records.
 */
export function ProfileForm({ profile, onSaved, onCancel }: Props) {
  const { t } = useText();
  const [values, setValues] = useState<ProfileValues>(() => profileValues(profile));
  const workplaceOptions = useWorkplaceOptions();
  const form = useFormSubmit();
  const set = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const err = (path: string) => errorAt(form.errors, path, t);
  const levels = DEMAND_LEVELS.map((c) => ({ value: c.value, text: t(c.label) }));

  const submit = () => {
    const { profile: next, errors, rows } = toProfile(profile, values);
    if (!next) {
      form.reject(errors);
      return;
    }
    void form.submit(async () => {
      const saved = await api.matchProfileSave(next).catch((e: unknown) => {
        throw onFormRows(toErrorPayload(e), rows);
      });
      onSaved(saved);
    });
  };

  return (
    <form
      noValidate
      data-testid="profile-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <ErrorSummary
        items={summaryItems(form.errors, profileFields(values.overrides.length, t), t)}
        testId="profile-error-summary"
        focusKey={form.attempt || undefined}
      />
      <ErrorAlert error={form.failure} testId="profile-failure" />
      <OccupationSearch
        id="profile-wished"
        label={t('profile-wished')}
        description={t('profile-wished-description')}
        multiple
        value={values.wished}
        error={err('wished_occupations')}
        onChange={(v) => set('wished', v)}
      />
      <OccupationSearch
        id="profile-experience"
        label={t('profile-experience')}
        description={t('profile-experience-description')}
        multiple
        value={values.experience}
        error={err('experience_occupations')}
        onChange={(v) => set('experience', v)}
      />
      <RadioGroupField
        id="profile-indication"
        label={t('profile-indication')}
        value={values.indication}
        optionTestIdPrefix="profile-indication"
        options={[{ value: 'none', text: t('profile-indication-none') }, ...INDICATIONS.map((c) => ({ value: c.value, text: t(c.label) }))]}
        error={err('indication')}
        onChange={(v) => set('indication', v as 'none' | Indication)}
      />
      <SelectField
        id="profile-physical"
        testId="profile-physical"
        label={t('profile-physical')}
        description={t('profile-physical-description')}
        required
        emptyText={false}
        value={values.physical}
        options={levels}
        error={err('physical_capacity')}
        onChange={(v) => set('physical', v as DemandLevel)}
      />
      <SelectField
        id="profile-mental"
        testId="profile-mental"
        label={t('profile-mental')}
        description={t('profile-mental-description')}
        required
        emptyText={false}
        value={values.mental}
        options={levels}
        error={err('mental_capacity')}
        onChange={(v) => set('mental', v as DemandLevel)}
      />
      <CheckboxGroupField
        id="profile-support"
        testId="profile-support"
        label={t('profile-support')}
        values={values.support}
        options={SUPPORT_KINDS.map((c) => ({ value: c.value, text: t(c.label) }))}
        error={err('support_needed')}
        onChange={(v) => set('support', v)}
      />
      <TextField
        id="profile-max-km"
        testId="profile-max-km"
        label={t('profile-max-km')}
        description={t('profile-max-km-description', { max: MAX_TRAVEL_KM })}
        inputMode="numeric"
        size={4}
        value={values.max_travel_km}
        error={err('max_travel_km')}
        onChange={(v) => set('max_travel_km', v)}
      />
      <RepeatRows
        legend={t('profile-overrides')}
        rows={values.overrides}
        onChange={(rows) => set('overrides', rows)}
        newRow={() => ({ workplace_id: '', minutes: '' })}
        rowLegend={(n) => t('profile-override-row', { n })}
        addLabel={t('profile-override-add')}
        removeLabel={(n) => t('profile-override-remove', { n })}
        emptyText={t('profile-overrides-empty')}
        firstFieldId={(i) => overrideFieldId(i, 'workplace_id')}
        testId="profile-overrides"
        renderRow={(row, i, update) => (
          <>
            <SelectField
              id={overrideFieldId(i, 'workplace_id')}
              testId={overrideFieldId(i, 'workplace_id')}
              label={t('profile-override-workplace')}
              value={row.workplace_id}
              options={workplaceOptions}
              error={err(`travel_overrides[${i}].workplace_id`)}
              onChange={(v) => update({ ...row, workplace_id: v })}
            />
            <TextField
              id={overrideFieldId(i, 'minutes')}
              testId={overrideFieldId(i, 'minutes')}
              label={t('profile-override-minutes')}
              inputMode="numeric"
              size={4}
              value={row.minutes}
              error={err(`travel_overrides[${i}].minutes`)}
              onChange={(v) => update({ ...row, minutes: v })}
            />
          </>
        )}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" data-testid="profile-save" busy={form.busy} disabled={form.busy}>
          {t('profile-save')}
        </Button>
        {onCancel ? (
          <Button appearance="secondary-action-button" data-testid="profile-cancel" onClick={onCancel}>
            {t('matching-cancel')}
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}
