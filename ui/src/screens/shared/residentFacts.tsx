// The resident's data as read-only sections (intake review, Persoonsgegevens tab).

import { GENDERS, HOUSING_KINDS, ID_DOCUMENT_KINDS, LANGUAGE_LEVELS, MARITAL_STATUSES, OBSTACLE_KINDS, WEEKDAYS, type Choice, type ResidentDraft } from '../../api/contract.gen';
import { labelOf } from '../../api/labels';
import type { Fact } from '../../components/Facts';
import { formatDate, formatPostcode } from '../../i18n/format';
import type { TextFn } from '../../i18n/useText';

export interface FactSection {
  /** Step key of the intake (see intake/steps.ts). */
  key: string;
  title: string;
  facts: Fact[];
}

const joinWords = (...words: (string | null | undefined)[]) =>
  words.map((w) => w?.trim()).filter(Boolean).join(' ');

export function residentFactSections(d: ResidentDraft, t: TextFn): FactSection[] {
  const choice = (list: readonly Choice[], v: string | null) => {
    const id = labelOf(list, v);
    return id ? t(id) : (v ?? '');
  };
  const yesNo = (v: boolean) => (v ? t('value-yes') : t('value-no'));
  return [
    {
      key: 'person',
      title: t('intake-step-person'),
      facts: [
        { label: t('intake-field-given-names'), value: d.name.given_names ?? '' },
        { label: t('intake-field-initials'), value: d.name.initials ?? '' },
        { label: t('intake-field-tussenvoegsel'), value: d.name.tussenvoegsel ?? '' },
        { label: t('intake-field-family-name'), value: d.name.family_name ?? '' },
        { label: t('intake-field-preferred-name'), value: d.name.preferred_name ?? '' },
        { label: t('intake-field-birth-date'), value: formatDate(d.birth_date) },
        { label: t('intake-field-gender'), value: choice(GENDERS, d.gender) },
        { label: t('intake-field-bsn'), value: d.bsn ?? '' },
      ],
    },
    {
      key: 'address',
      title: t('intake-step-address'),
      facts: [
        {
          label: t('review-address'),
          value: joinWords(d.address.street, d.address.house_number, d.address.house_number_addition),
        },
        {
          label: t('review-postcode-woonplaats'),
          value: joinWords(formatPostcode(d.address.postcode), d.address.woonplaats),
        },
        { label: t('intake-field-phone'), value: d.phone ?? '' },
        { label: t('intake-field-email'), value: d.email ?? '' },
      ],
    },
    {
      key: 'identity',
      title: t('intake-step-identity'),
      facts: [
        {
          label: t('intake-legend-id-document'),
          value: joinWords(
            d.id_document.kind ? choice(ID_DOCUMENT_KINDS, d.id_document.kind) : '',
            d.id_document.number,
            d.id_document.expires_on
              ? t('review-valid-until', { date: formatDate(d.id_document.expires_on) })
              : '',
          ),
        },
        { label: t('intake-field-nationality'), value: d.nationality ?? '' },
        { label: t('intake-field-marital-status'), value: choice(MARITAL_STATUSES, d.marital_status) },
        {
          label: t('intake-legend-verblijfstitel'),
          value: joinWords(
            d.verblijfstitel.kind,
            d.verblijfstitel.expires_on
              ? t('review-valid-until', { date: formatDate(d.verblijfstitel.expires_on) })
              : '',
          ),
        },
      ],
    },
    {
      key: 'housing',
      title: t('intake-step-housing'),
      facts: [
        { label: t('intake-field-housing-kind'), value: choice(HOUSING_KINDS, d.housing.kind) },
        {
          label: t('intake-field-monthly-rent'),
          value: d.housing.monthly_rent ? t('review-amount', { amount: d.housing.monthly_rent }) : '',
        },
        { label: t('intake-field-landlord'), value: d.housing.landlord ?? '' },
      ],
    },
    {
      key: 'background',
      title: t('intake-step-background'),
      facts: [
        {
          label: t('intake-legend-languages'),
          value: d.languages
            .map((l) => joinWords(l.language, l.level ? `(${choice(LANGUAGE_LEVELS, l.level)})` : ''))
            .filter(Boolean)
            .join(', '),
        },
        ...d.education.map((e, i) => ({
          label: t('intake-education-row', { n: i + 1 }),
          value: joinWords(
            e.name,
            e.level ? `(${e.level})` : '',
            e.institution,
            e.completed_year,
            `— ${t('intake-field-education-diploma')}: ${yesNo(e.diploma)}`,
          ),
        })),
        ...d.work_experience.map((w, i) => ({
          label: t('intake-work-row', { n: i + 1 }),
          value: joinWords(
            w.occupation,
            w.employer ? `(${w.employer})` : '',
            w.from || w.until ? t('review-period', { from: formatDate(w.from), until: formatDate(w.until) }) : '',
          ),
        })),
      ],
    },
    {
      key: 'availability',
      title: t('intake-step-availability'),
      facts: [
        { label: t('intake-field-hours-per-week'), value: d.availability.hours_per_week ?? '' },
        {
          label: t('intake-field-days'),
          value: d.availability.days.map((day) => choice(WEEKDAYS, day)).join(', '),
        },
        { label: t('intake-field-available-from'), value: formatDate(d.availability.available_from) },
        { label: t('intake-field-availability-notes'), value: d.availability.notes ?? '' },
        {
          label: t('intake-legend-obstacles'),
          value: d.obstacles
            .map((o) => [choice(OBSTACLE_KINDS, o.kind), o.description?.trim()].filter(Boolean).join(': '))
            .filter(Boolean)
            .join('; '),
        },
      ],
    },
    {
      key: 'motivation',
      title: t('intake-step-motivation'),
      facts: [
        { label: t('intake-field-motivation'), value: d.motivation ?? '' },
        {
          label: t('intake-legend-career-wishes'),
          value: d.career_wishes.filter((w) => w.trim()).join(', '),
        },
      ],
    },
  ];
}
