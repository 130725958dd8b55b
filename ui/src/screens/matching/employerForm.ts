// The employer form: what the coach types, the EmployerDraft sent to employer_save, and
// where each backend field error is shown.

import type { EmployerDraft, EmployerRecord } from '../../api/contract.gen';
import type { FieldDef } from '../../components/fieldErrors';
import { formatPostcode } from '../../i18n/format';
import { msg } from '../../i18n/msg';
import type { TextFn } from '../../i18n/useText';

export interface ContactValues {
  name: string;
  role: string;
  phone: string;
  email: string;
}

export interface EmployerValues {
  name: string;
  kvk: string;
  loonheffingennummer: string;
  street: string;
  house_number: string;
  house_number_addition: string;
  postcode: string;
  woonplaats: string;
  contacts: ContactValues[];
  notes: string;
}

export const EMPTY_CONTACT: ContactValues = { name: '', role: '', phone: '', email: '' };

export const EMPTY_EMPLOYER: EmployerValues = {
  name: '',
  kvk: '',
  loonheffingennummer: '',
  street: '',
  house_number: '',
  house_number_addition: '',
  postcode: '',
  woonplaats: '',
  contacts: [],
  notes: '',
};

export function employerValues(e: EmployerRecord): EmployerValues {
  return {
    name: e.name,
    kvk: e.kvk ?? '',
    loonheffingennummer: e.loonheffingennummer ?? '',
    street: e.address.street,
    house_number: e.address.house_number,
    house_number_addition: e.address.house_number_addition ?? '',
    postcode: formatPostcode(e.address.postcode),
    woonplaats: e.address.woonplaats,
    contacts: e.contacts.map((c) => ({ name: c.name, role: c.role ?? '', phone: c.phone ?? '', email: c.email ?? '' })),
    notes: e.notes ?? '',
  };
}

const text = (v: string): string | null => (v.trim() ? v.trim() : null);

/** Exactly the keys of EmployerDraft (the backend rejects unknown ones). */
export function toEmployerDraft(v: EmployerValues): EmployerDraft {
  return {
    name: text(v.name),
    kvk: text(v.kvk),
    loonheffingennummer: text(v.loonheffingennummer),
    address: {
      street: text(v.street),
      house_number: text(v.house_number),
      house_number_addition: text(v.house_number_addition),
      postcode: text(v.postcode),
      woonplaats: text(v.woonplaats),
    },
    contacts: v.contacts.map((c) => ({ name: text(c.name), role: text(c.role), phone: text(c.phone), email: text(c.email) })),
    notes: text(v.notes),
  };
}

export const CONTACT_PARTS = ['name', 'role', 'phone', 'email'] as const;
export type ContactPart = (typeof CONTACT_PARTS)[number];

const CONTACT_LABELS: Record<ContactPart, string> = {
  name: msg('employer-contact-name'),
  role: msg('employer-contact-role'),
  phone: msg('employer-contact-phone'),
  email: msg('employer-contact-email'),
};

/** Element id of a contact field: `employer-contacts-0-name`. */
export const contactFieldId = (i: number, part: ContactPart) => `employer-contacts-${i}-${part}`;

export const contactLabel = (part: ContactPart) => CONTACT_LABELS[part];

const HEAD: FieldDef[] = [
  { path: 'name', id: 'employer-name', label: msg('employer-field-name') },
  { path: 'kvk', id: 'employer-kvk', label: msg('employer-field-kvk') },
  { path: 'loonheffingennummer', id: 'employer-loonheffingennummer', label: msg('employer-field-loonheffingennummer') },
  { path: 'address.street', id: 'employer-street', label: msg('employer-field-street') },
  { path: 'address.house_number', id: 'employer-house-number', label: msg('employer-field-house-number') },
  {
    path: 'address.house_number_addition',
    id: 'employer-house-number-addition',
    label: msg('employer-field-house-number-addition'),
  },
  { path: 'address.postcode', id: 'employer-postcode', label: msg('employer-field-postcode') },
  { path: 'address.woonplaats', id: 'employer-woonplaats', label: msg('employer-field-woonplaats') },
];

/** The fields in screen order, contact rows included (their labels name the row). */
export function employerFields(contacts: number, t: TextFn): FieldDef[] {
  const rows: FieldDef[] = [];
  for (let i = 0; i < contacts; i++) {
    for (const part of CONTACT_PARTS) {
      rows.push({
        path: `contacts[${i}].${part}`,
        id: contactFieldId(i, part),
        label: CONTACT_LABELS[part],
        labelText: t('form-row-field', { row: t('employer-contact-row', { n: i + 1 }), field: t(CONTACT_LABELS[part]) }),
      });
    }
  }
  return [...HEAD, ...rows, { path: 'notes', id: 'employer-notes', label: msg('employer-field-notes') }];
}

/** Element id and label of the head field at `path`. */
export function headField(path: string): FieldDef | undefined {
  return HEAD.find((d) => d.path === path);
}
