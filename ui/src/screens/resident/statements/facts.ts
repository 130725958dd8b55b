// The verklaring 56+ form: what the coach types, the EmploymentFactsDraft sent to the
// backend, and where each backend field error (docs/ipc.md, "Verklaringen") is shown.

import type { BenefitKind, EmploymentFactsDraft, FieldError, JobKind } from '../../../api/contract.gen';
import { msg } from '../../../i18n/msg';
import type { TextFn } from '../../../i18n/useText';
import type { SummaryItem } from '../../../components/ErrorSummary';

/** The benefit select: a benefit, explicitly none, or not chosen yet (''). */
export type BenefitChoice = '' | 'none' | BenefitKind;

export interface FactsValues {
  employer_name: string;
  loonheffingennummer: string;
  street: string;
  house_number: string;
  house_number_addition: string;
  postcode: string;
  woonplaats: string;
  /** dd-mm-jjjj, sent as typed. */
  start_date: string;
  request_date: string;
  benefit: BenefitChoice;
  same_employer: '' | 'yes' | 'no';
  job_kind: '' | JobKind;
}

export const EMPTY_FACTS: FactsValues = {
  employer_name: '',
  loonheffingennummer: '',
  street: '',
  house_number: '',
  house_number_addition: '',
  postcode: '',
  woonplaats: '',
  start_date: '',
  request_date: '',
  benefit: '',
  same_employer: '',
  job_kind: '',
};

const text = (v: string): string | null => (v.trim() ? v.trim() : null);

/** Exactly the keys of EmploymentFactsDraft (the backend rejects unknown ones). */
export function toDraft(v: FactsValues): EmploymentFactsDraft {
  return {
    employer_name: text(v.employer_name),
    loonheffingennummer: text(v.loonheffingennummer),
    employer_address: {
      street: text(v.street),
      house_number: text(v.house_number),
      house_number_addition: text(v.house_number_addition),
      postcode: text(v.postcode),
      woonplaats: text(v.woonplaats),
    },
    start_date: text(v.start_date),
    request_date: text(v.request_date),
    benefit: v.benefit === '' || v.benefit === 'none' ? null : v.benefit,
    same_employer_within_6_months: v.same_employer === '' ? null : v.same_employer === 'yes',
    job_kind: v.job_kind === '' ? null : v.job_kind,
  };
}

export interface FieldDef {
  /** The field path in the backend's errors. */
  path: string;
  /** Element id (the first radio of a group). */
  id: string;
  /** Fluent id of the label. */
  label: string;
}

/** The facts fields, in screen order. */
export const FACT_FIELDS: FieldDef[] = [
  { path: 'employer_name', id: 'v56-employer-name', label: msg('statements-employer-name') },
  { path: 'loonheffingennummer', id: 'v56-loonheffingennummer', label: msg('statements-loonheffingennummer') },
  { path: 'employer_address.street', id: 'v56-street', label: msg('statements-street') },
  { path: 'employer_address.house_number', id: 'v56-house-number', label: msg('statements-house-number') },
  {
    path: 'employer_address.house_number_addition',
    id: 'v56-house-number-addition',
    label: msg('statements-house-number-addition'),
  },
  { path: 'employer_address.postcode', id: 'v56-postcode', label: msg('statements-postcode') },
  { path: 'employer_address.woonplaats', id: 'v56-woonplaats', label: msg('statements-woonplaats') },
  { path: 'start_date', id: 'v56-start-date', label: msg('statements-start-date') },
  { path: 'request_date', id: 'v56-request-date', label: msg('statements-request-date') },
  { path: 'benefit', id: 'v56-benefit', label: msg('statements-benefit') },
  { path: 'same_employer_within_6_months', id: 'v56-same-employer', label: msg('statements-same-employer') },
  { path: 'job_kind', id: 'v56-job-kind', label: msg('statements-job-kind') },
];

/** The decision fields; `decided_on` (today) has no field on screen. */
export const DECISION_FIELDS: FieldDef[] = [
  { path: 'outcome', id: 'v56-outcome', label: msg('statements-outcome') },
  { path: 'reasoning', id: 'v56-reasoning', label: msg('statements-reasoning') },
  { path: 'decided_on', id: '', label: msg('statements-decided-on-today') },
];

/** `facts.start_date` (as a decide input path) → `start_date`. */
export function normalisePath(field: string): string {
  return field.startsWith('facts.') ? field.slice('facts.'.length) : field;
}

/** The translated error at `path`, if any. */
export function errorAt(errors: readonly FieldError[], path: string, t: TextFn): string | undefined {
  const e = errors.find((x) => normalisePath(x.field) === path);
  return e ? t(e.message_id, e.args) : undefined;
}

/** One summary line per error, in screen order; unknown fields last, without a link. */
export function summaryItems(errors: readonly FieldError[], t: TextFn): SummaryItem[] {
  const defs = [...FACT_FIELDS, ...DECISION_FIELDS];
  const known = defs.flatMap((d) =>
    errors
      .filter((e) => normalisePath(e.field) === d.path)
      .map((e) => ({
        targetId: d.id,
        text: t('form-error-summary-item', { field: t(d.label), message: t(e.message_id, e.args) }),
      })),
  );
  const unknown = errors
    .filter((e) => !defs.some((d) => d.path === normalisePath(e.field)))
    .map((e) => ({ targetId: '', text: t(e.message_id, e.args) }));
  return [...known, ...unknown];
}

/** Whether an error belongs to the facts part of the form. */
export const isFactsError = (e: FieldError) => FACT_FIELDS.some((d) => d.path === normalisePath(e.field));
