// Test data of the Verzoeken tab, in the serde shapes of the commands
// (crates/core/src/requests/file.rs, crates/domain/src/request).

import type { MedicalExamination, Referral, ReferralView, RequestLife, RequestsFile, UwvRequest, UwvView } from '../../../api/contract.gen';

export const RESIDENT_ID = 'r-1';
export const PETRA = { id: 's-1', name: 'Petra de Vries' };

export function life(overrides: Partial<RequestLife> = {}): RequestLife {
  return {
    status: 'drafted',
    drafted: { on: '2026-11-02', by: PETRA, note: null },
    sent: null,
    answered_on: null,
    closed: null,
    withdrawn: null,
    ...overrides,
  };
}

const criterion = (explanation: string) => ({ view: 'yes' as const, explanation });

export function uwvRequest(overrides: Partial<UwvRequest> = {}): UwvRequest {
  return {
    id: 'u-1',
    resident_id: RESIDENT_ID,
    kind: 'beschut_werk',
    route: null,
    loonwaarde_id: null,
    criteria: {
      task_in_organisation: criterion('Doet taken in de kwekerij.'),
      basic_skills: criterion('Komt op tijd.'),
      one_hour_at_a_stretch: criterion('Werkt een uur door.'),
      four_hours_a_day: criterion('Werkt vier uur per dag.'),
    },
    motivation: 'Heeft veel begeleiding nodig.',
    consent: null,
    circumstances_changed: null,
    life: life(),
    due_on: null,
    answer: null,
    ...overrides,
  };
}

export function uwvView(overrides: Partial<UwvView> = {}): UwvView {
  return { request: uwvRequest(), attachments: [], next_steps: ['send', 'withdraw'], overdue: false, ...overrides };
}

/** Sent on 2 November, due 28 December, no answer yet on a later day: overdue. */
export function sentUwvView(): UwvView {
  return uwvView({
    request: uwvRequest({
      id: 'u-2',
      kind: 'wajong',
      life: life({ status: 'sent', sent: { on: '2026-11-02', by: PETRA, note: null } }),
      due_on: '2026-12-28',
      consent: { given_on: '2026-11-01', form: 'written', scope: 'Rapport van de psycholoog naar het UWV', recorded_by: PETRA, withdrawn_on: null },
    }),
    attachments: [
      { id: 'a-1', kind: 'psychological_report', special: true, file_name: 'rapport.pdf', media_type: 'pdf', size_bytes: 1_258_291, added_on: '2026-11-01' },
    ],
    next_steps: ['answer', 'withdraw'],
    overdue: true,
  });
}

export function referral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: 'ref-1',
    resident_id: RESIDENT_ID,
    domain: 'schuldhulpverlening',
    organisation: 'Schuldhulp Arnhem',
    reason: 'Schulden bij de energieleverancier.',
    shared: ['name', 'phone'],
    shared_why: 'Om een afspraak te maken.',
    consent: null,
    life: life(),
    updates: [],
    ...overrides,
  };
}

export function referralView(overrides: Partial<ReferralView> = {}): ReferralView {
  return { referral: referral(), attachments: [], next_steps: ['send', 'withdraw'], ...overrides };
}

export function requestsFile(overrides: Partial<RequestsFile> = {}): RequestsFile {
  return { resident_id: RESIDENT_ID, uwv: [], referrals: [], beschut_repeat_from: null, ...overrides };
}

export function examination(overrides: Partial<MedicalExamination> = {}): MedicalExamination {
  return {
    id: 'm-1',
    resident_id: RESIDENT_ID,
    kind: 'arbeidsdeskundig',
    agency: 'Keuringsbureau Oost',
    question: 'Hoeveel uur per week kan de inwoner werken?',
    consent: null,
    appointment: { on: '2026-12-10', at: '09:30', place: 'Arnhem' },
    life: life(),
    outcome: null,
    ...overrides,
  };
}
