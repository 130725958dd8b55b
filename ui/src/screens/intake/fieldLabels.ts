// Which label a field path has, so the error summary can say which field a message is
// about ("Achternaam: Vul dit veld in.") even for fields on another step.

import { msg } from '../../i18n/msg';
import type { TextFn } from '../../i18n/useText';

/** Paths with list indexes written as `[]`. */
const LABELS: Record<string, string> = {
  'resident.name.initials': msg('intake-field-initials'),
  'resident.name.given_names': msg('intake-field-given-names'),
  'resident.name.tussenvoegsel': msg('intake-field-tussenvoegsel'),
  'resident.name.family_name': msg('intake-field-family-name'),
  'resident.name.preferred_name': msg('intake-field-preferred-name'),
  'resident.birth_date': msg('intake-field-birth-date'),
  'resident.gender': msg('intake-field-gender'),
  'resident.bsn': msg('intake-field-bsn'),
  'resident.address.street': msg('intake-field-street'),
  'resident.address.house_number': msg('intake-field-house-number'),
  'resident.address.house_number_addition': msg('intake-field-house-number-addition'),
  'resident.address.postcode': msg('intake-field-postcode'),
  'resident.address.woonplaats': msg('intake-field-woonplaats'),
  'resident.phone': msg('intake-field-phone'),
  'resident.email': msg('intake-field-email'),
  'resident.id_document': msg('intake-legend-id-document'),
  'resident.id_document.kind': msg('intake-field-id-document-kind'),
  'resident.id_document.number': msg('intake-field-id-document-number'),
  'resident.id_document.expires_on': msg('intake-field-id-document-expires-on'),
  'resident.nationality': msg('intake-field-nationality'),
  'resident.marital_status': msg('intake-field-marital-status'),
  'resident.verblijfstitel': msg('intake-legend-verblijfstitel'),
  'resident.verblijfstitel.kind': msg('intake-field-verblijfstitel-kind'),
  'resident.verblijfstitel.expires_on': msg('intake-field-verblijfstitel-expires-on'),
  'resident.housing': msg('intake-step-housing'),
  'resident.housing.kind': msg('intake-field-housing-kind'),
  'resident.housing.monthly_rent': msg('intake-field-monthly-rent'),
  'resident.housing.landlord': msg('intake-field-landlord'),
  'resident.languages[].language': msg('intake-field-language'),
  'resident.languages[].level': msg('intake-field-language-level'),
  'resident.education[].name': msg('intake-field-education-name'),
  'resident.education[].institution': msg('intake-field-education-institution'),
  'resident.education[].level': msg('intake-field-education-level'),
  'resident.education[].diploma': msg('intake-field-education-diploma'),
  'resident.education[].completed_year': msg('intake-field-education-year'),
  'resident.work_experience[].occupation': msg('intake-field-work-occupation'),
  'resident.work_experience[].employer': msg('intake-field-work-employer'),
  'resident.work_experience[].from': msg('intake-field-work-from'),
  'resident.work_experience[].until': msg('intake-field-work-until'),
  'resident.work_experience[].description': msg('intake-field-work-description'),
  'resident.availability.hours_per_week': msg('intake-field-hours-per-week'),
  'resident.availability.days': msg('intake-field-days'),
  'resident.availability.available_from': msg('intake-field-available-from'),
  'resident.availability.notes': msg('intake-field-availability-notes'),
  'resident.obstacles[].kind': msg('intake-field-obstacle-kind'),
  'resident.obstacles[].description': msg('intake-field-obstacle-description'),
  'resident.motivation': msg('intake-field-motivation'),
  'resident.career_wishes[]': msg('intake-field-career-wish'),
  'resident.privacy_statement_explained_on': msg('intake-field-privacy-date'),
  privacy_statement_explained: msg('intake-field-privacy'),
  purposes: msg('intake-field-purposes'),
  'health.necessity': msg('intake-field-health-necessity'),
  'health.summary': msg('intake-field-health-summary'),
  'health.work_limitations': msg('intake-field-health-work-limitations'),
  'health.source': msg('intake-field-health-source'),
};

/** Row legends per list, for "Werkervaring 2 – Tot". */
const ROWS: Record<string, string> = {
  'resident.languages': msg('intake-language-row'),
  'resident.education': msg('intake-education-row'),
  'resident.work_experience': msg('intake-work-row'),
  'resident.obstacles': msg('intake-obstacle-row'),
  'resident.career_wishes': msg('intake-wish-row'),
};

/** The visible name of the field at `path`, or undefined when it has none. */
export function fieldLabel(path: string, t: TextFn): string | undefined {
  const key = path.replace(/\[\d+\]/g, '[]').replace(/\[\]$/, '[]');
  const id = LABELS[key] ?? LABELS[path.replace(/\[\d+\]$/, '[]')];
  const row = /^([a-z_.]+)\[(\d+)\]/.exec(path);
  const rowId = row ? ROWS[row[1] ?? ''] : undefined;
  if (!id && !rowId) return undefined;
  const label = id ? t(id) : '';
  if (!rowId || !row) return label;
  const rowLabel = t(rowId, { n: Number(row[2]) + 1 });
  return label ? t('form-row-field', { row: rowLabel, field: label }) : rowLabel;
}
