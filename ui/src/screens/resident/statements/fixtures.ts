// Test data for the Verklaringen tab (used by the *.test.tsx files next to it).

import type { Advice, Disclosure, IssuedStatement, PrintFile, StatementsOverview, Verklaring56Decision } from '../../../api/contract.gen';
import { RESIDENT_ID } from '../fixtures';

export const COACH = { id: 's-1', name: 'Petra de Vries' };

/** Every rule checked; two of them not met. */
export const ADVICE: Advice = {
  version_id: '2024',
  eligible: false,
  checks: [
    {
      rule: 'version',
      met: true,
      reason: { id: 'lkv56-version-met', args: { version: '2024', per_hour: '1,35', max_per_year: '2.700', years: '3' } },
    },
    { rule: 'age_from_56', met: true, reason: { id: 'lkv56-age-met', args: { start: '01-06-2025', age: '58' } } },
    { rule: 'below_aow', met: true, reason: { id: 'lkv56-aow-met', args: { aow_date: '01-03-2034', start: '01-06-2025' } } },
    {
      rule: 'municipal_benefit',
      met: true,
      reason: { id: 'lkv56-benefit-met', args: { month: 'mei 2025', benefit: 'participatiewet' } },
    },
    { rule: 'new_employer', met: false, reason: { id: 'lkv56-new-employer-unmet', args: {} } },
    { rule: 'regular_job', met: true, reason: { id: 'lkv56-regular-job-met', args: {} } },
    {
      rule: 'request_in_time',
      met: false,
      reason: { id: 'lkv56-request-unmet', args: { request: '15-09-2025', deadline: '01-09-2025' } },
    },
  ],
};

export const ELIGIBLE: Advice = {
  ...ADVICE,
  eligible: true,
  checks: ADVICE.checks.map((c) => ({ ...c, met: true })),
};

export function decision(overrides: Partial<Verklaring56Decision> = {}): Verklaring56Decision {
  return {
    id: 'd-1',
    resident_id: RESIDENT_ID,
    facts: {
      employer: {
        name: 'Bakkerij Rijn B.V.',
        loonheffingennummer: '123456782L01',
        address: { street: 'Markt', house_number: '3', house_number_addition: null, postcode: '6811AB', woonplaats: 'Arnhem' },
      },
      start_date: '2025-06-01',
      request_date: '2025-06-10',
      benefit: 'participatiewet',
      same_employer_within_6_months: false,
      job_kind: 'regular',
    },
    advice: ELIGIBLE,
    outcome: 'granted',
    decided_by: COACH,
    decided_on: '2025-06-12',
    reasoning: 'Alle voorwaarden zijn voldaan.',
    ...overrides,
  };
}

export function statement(overrides: Partial<IssuedStatement> = {}): IssuedStatement {
  return {
    id: 'st-1',
    resident_id: RESIDENT_ID,
    kind: 'verklaring_56_plus',
    reference: 'V56-3F9A2C1B-00001',
    issued_at: '2025-06-17T08:30:00Z',
    issued_by: COACH,
    language: 'nl-NL',
    verklaring56: null,
    ...overrides,
  };
}

export const DISCLOSURE: Disclosure = {
  id: 'dc-1',
  resident_id: RESIDENT_ID,
  recipient: 'uwv',
  recipient_name: 'UWV Arnhem',
  purpose: 'verklaring_56_plus',
  categories: ['name', 'bsn'],
  disclosed_on: '2025-06-17',
  disclosed_by: COACH,
  statement_reference: 'V56-3F9A2C1B-00001',
};

export const EMPTY_OVERVIEW: StatementsOverview = { decisions: [], statements: [], disclosures: [] };

export function printFile(name: string, json = false): PrintFile {
  return {
    path: `/data/print/${name}`,
    file_name: name,
    reference: null,
    json_path: json ? `/data/print/${name.replace(/\.pdf$/, '.json')}` : null,
  };
}
