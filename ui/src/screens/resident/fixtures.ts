import type { ResidentFileView, TrajectView } from '../../api/contract.gen';
import { emptyResidentDraft } from '../intake/form';

export const RESIDENT_ID = 'r-1';

export function traject(overrides: Partial<TrajectView> = {}): TrajectView {
  return {
    id: 't-1',
    resident_id: RESIDENT_ID,
    coach: { id: 's-1', name: 'Petra de Vries' },
    state: 'actief',
    purposes: ['guidance'],
    started_on: '2025-05-01',
    end: null,
    history: [
      { from: 'aangemeld', to: 'intake', on: '2025-05-02', by: { id: 's-1', name: 'Petra de Vries' }, reason: null },
      { from: 'intake', to: 'actief', on: '2025-05-09', by: { id: 's-1', name: 'Petra de Vries' }, reason: 'Intake rond' },
    ],
    destroy_after: null,
    ...overrides,
  };
}

export function fileView(overrides: Partial<ResidentFileView> = {}): ResidentFileView {
  const draft = emptyResidentDraft();
  draft.name = { initials: 'J.', given_names: 'Jan', tussenvoegsel: 'van der', family_name: 'Berg', preferred_name: null };
  draft.birth_date = '1990-05-17';
  draft.bsn = '123456782';
  draft.gender = 'male';
  draft.address = { street: 'Rijnkade', house_number: '12', house_number_addition: 'A', postcode: '6811AB', woonplaats: 'Arnhem' };
  return {
    resident: {
      id: RESIDENT_ID,
      name: { initials: 'J.', given_names: 'Jan', tussenvoegsel: 'van der', family_name: 'Berg', preferred_name: null },
      birth_date: '1990-05-17',
      gender: 'male',
      bsn: '123456782',
      address: { street: 'Rijnkade', house_number: '12', house_number_addition: 'A', postcode: '6811AB', woonplaats: 'Arnhem' },
      phone: null,
      email: null,
      id_document: null,
      marital_status: null,
      nationality: null,
      verblijfstitel: null,
      housing: null,
      languages: [],
      education: [],
      work_experience: [],
      availability: { hours_per_week: null, days: [], available_from: null, notes: null },
      obstacles: [],
      motivation: null,
      career_wishes: [],
      privacy_statement_explained_on: null,
    },
    draft,
    trajecten: [traject()],
    reports: [],
    agreements: [],
    rights_requests: [],
    goals: [],
    appointments: [],
    assessments: [],
    health_record_count: 1,
    ...overrides,
  };
}
