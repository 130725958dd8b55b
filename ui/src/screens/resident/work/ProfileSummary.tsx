import { DEMAND_LEVELS, INDICATIONS, SUPPORT_KINDS, type MatchProfile, type OccupationRef } from '../../../api/contract.gen';
import { labelOf } from '../../../api/labels';
import { Facts } from '../../../components/Facts';
import { useText } from '../../../i18n/useText';

/** The stored search profile, read-only. */
export function ProfileSummary({ profile: p }: { profile: MatchProfile }) {
  const { t } = useText();
  const label = (list: Parameters<typeof labelOf>[0], v: string | null) => {
    const id = labelOf(list, v);
    return id ? t(id) : '';
  };
  const names = (list: OccupationRef[]) => list.map((o) => o.label).join(', ');
  return (
    <Facts
      facts={[
        { label: t('profile-wished'), value: names(p.wished_occupations), testId: 'profile-summary-wished' },
        { label: t('profile-experience'), value: names(p.experience_occupations) },
        { label: t('profile-indication'), value: p.indication ? label(INDICATIONS, p.indication) : t('profile-indication-none') },
        { label: t('profile-physical'), value: label(DEMAND_LEVELS, p.physical_capacity) },
        { label: t('profile-mental'), value: label(DEMAND_LEVELS, p.mental_capacity) },
        { label: t('profile-support'), value: p.support_needed.map((s) => label(SUPPORT_KINDS, s)).join(', ') },
        {
          label: t('profile-max-km'),
          value: p.max_travel_km === null ? t('profile-max-km-none') : t('profile-max-km-value', { km: p.max_travel_km }),
        },
        {
          label: t('profile-overrides'),
          value: p.travel_overrides.length ? t('profile-overrides-count', { count: p.travel_overrides.length }) : '',
        },
      ]}
    />
  );
}
