// Test data of the matching screens, in the serde shapes of docs/ipc.md.

import type { EmployerRecord, ExplainedMatch, MatchProfile, PlacementView, Ranked, Workplace, WorkplaceMatch } from '../../api/contract.gen';

export const EMPLOYER: EmployerRecord = {
  id: 'e-1',
  name: 'Bakkerij Rijn',
  kvk: '12345678',
  loonheffingennummer: null,
  address: { street: 'Markt', house_number: '3', house_number_addition: null, postcode: '6811AB', woonplaats: 'Arnhem' },
  contacts: [],
  notes: null,
};

export function workplace(overrides: Partial<Workplace> = {}): Workplace {
  return {
    id: 'w-1',
    employer_id: EMPLOYER.id,
    title: 'Medewerker magazijn',
    kind: 'regulier',
    occupation: null,
    tasks: null,
    hours_per_week: 24,
    days: ['mon', 'tue'],
    postcode: '6811AB',
    place: 'Arnhem',
    physical_demand: 'middel',
    mental_demand: 'licht',
    support: [],
    dutch_level: null,
    qualifications: [],
    start_date: null,
    places: 1,
    open: true,
    ...overrides,
  };
}

export function explained(overrides: Partial<ExplainedMatch> = {}): ExplainedMatch {
  return {
    resident_id: 'r-1',
    workplace_id: 'w-1',
    employer_id: EMPLOYER.id,
    score: 72,
    excluded: false,
    distance_m: null,
    reasons: [
      {
        component: 'hours',
        effect: 'minus',
        points: 12,
        max_points: 15,
        reason: { id: 'match-hours', args: { available: '20', needed: '24' } },
      },
      {
        component: 'travel',
        effect: 'neutral',
        points: 7,
        max_points: 15,
        reason: { id: 'match-travel-unknown', args: {} },
      },
    ],
    ...overrides,
  };
}

export function workplaceMatch(w: Partial<Workplace>, m: Partial<ExplainedMatch> = {}): WorkplaceMatch {
  const wp = workplace(w);
  return {
    workplace: wp,
    employer_name: EMPLOYER.name,
    match: explained({ workplace_id: wp.id, ...m }),
    qualifications: wp.qualifications.map((label) => ({ label, held: false })),
  };
}

export function ranked(matches: WorkplaceMatch[], basis: Partial<Ranked<WorkplaceMatch>['basis']> = {}) {
  return { matches, basis: { postcode_areas: 0, has_profile: true, candidates: matches.length, ...basis } };
}

export function emptyProfile(residentId = 'r-1'): MatchProfile {
  return {
    id: 'mp-1',
    resident_id: residentId,
    wished_occupations: [],
    experience_occupations: [],
    indication: null,
    physical_capacity: 'licht',
    mental_capacity: 'licht',
    support_needed: [],
    max_travel_km: null,
    travel_overrides: [],
  };
}

export function placementView(overrides: Partial<PlacementView['placement']> = {}): PlacementView {
  return {
    placement: {
      id: 'p-1',
      resident_id: 'r-1',
      workplace_id: 'w-1',
      employer_id: EMPLOYER.id,
      start: '2026-01-05',
      hours_per_week: 24,
      contract: 'proefplaatsing',
      job_coaching: true,
      follow_up_weeks: 4,
      decision: { decided_by: { id: 's-1', name: 'Petra de Vries' }, decided_on: '2026-01-02', reasoning: 'Past goed' },
      replaces: null,
      end: null,
      ...overrides,
    },
    workplace_title: 'Medewerker magazijn',
    employer_name: EMPLOYER.name,
    contacts: [],
    next_follow_up: overrides.end ? null : '2026-02-02',
  };
}
