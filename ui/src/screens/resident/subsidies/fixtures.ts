// Test data of the Loonwaarde and Subsidies tabs, in the serde shapes of the commands
// (crates/core/src/subsidies/file.rs, crates/domain/src/loonwaarde, crates/domain/src/subsidy).

import type {
  JobcoachView,
  LksCalculation,
  LksPart,
  LksView,
  Loonwaardebepaling,
  LoonwaardeOutcome,
  LoonwaardeView,
  SubsidyFile,
} from '../../../api/contract.gen';

export const RESIDENT_ID = 'r-1';
export const PETRA = { id: 's-1', name: 'Petra de Vries' };

/** 70 % of the time at 90 × 100 × 95, 30 % at 80 × 90 × 100: 59,85 + 21,6 = 81,45 → 81 %. */
export function outcome(): LoonwaardeOutcome {
  return {
    percent: 81,
    sum_hundredths: 8145,
    tasks: [
      { name: 'Orderpicken', share_percent: 70, performance_hundredths: 8550, contribution_hundredths: 5985, capped: false },
      { name: 'Inpakken', share_percent: 30, performance_hundredths: 7200, contribution_hundredths: 2160, capped: false },
    ],
    steps: [
      {
        id: 'loonwaarde-step-task',
        args: { task: 'Orderpicken', share: '70', tempo: '90', quality: '100', net: '95', performance: '85,5', contribution: '59,85' },
      },
      {
        id: 'loonwaarde-step-task',
        args: { task: 'Inpakken', share: '30', tempo: '80', quality: '90', net: '100', performance: '72', contribution: '21,6' },
      },
      { id: 'loonwaarde-step-total', args: { sum: '81,45', percent: '81' } },
    ],
  };
}

export function loonwaarde(overrides: Partial<Loonwaardebepaling> = {}): Loonwaardebepaling {
  return {
    id: 'lw-1',
    resident_id: RESIDENT_ID,
    placement_id: 'p-1',
    employer_id: 'e-1',
    employer_contact: 'Kees Smit',
    normfunctie: 'Orderpicker',
    actual_function: 'Medewerker magazijn',
    worked_minutes_per_week: 1470,
    fulltime_minutes_per_week: 2280,
    visit_date: '2026-03-02',
    report_date: '2026-03-04',
    assessor: { kind: 'staff', name: 'Anna Bakker', organisation: null },
    tasks: [
      { name: 'Orderpicken', share_percent: 70, tempo_percent: 90, quality_percent: 100, net_time_percent: 95 },
      { name: 'Inpakken', share_percent: 30, tempo_percent: 80, quality_percent: 90, net_time_percent: 100 },
    ],
    notes: null,
    jobcoaching: { hours_per_month: 8, intensity: 'regular', months: 6 },
    sign_off: null,
    ...overrides,
  };
}

export function lwView(record: Loonwaardebepaling = loonwaarde()): LoonwaardeView {
  return { record, outcome: outcome(), employer_name: 'Bakkerij Rijn' };
}

export const SIGNED = loonwaarde({
  id: 'lw-0',
  visit_date: '2025-02-03',
  report_date: '2025-02-03',
  sign_off: {
    signed_by: 'Anna Bakker',
    signed_on: '2025-02-10',
    recorded_by: PETRA,
    loonwaarde_percent: 81,
    reassess_on: '2026-02-10',
  },
});

/** An LKS calculation over 15-06-2025 to 14-07-2025: two parts, split at 1 July. */
export function calculation(): LksCalculation {
  const part = (from: string, until: string, minutes: number, wml: number, wage: number, hours: string, dates: [string, string], amounts: [string, string, string, string]): LksPart => ({
    from,
    until,
    minutes,
    wml_cents: wml,
    wage_cents: wage,
    subsidy_percent: 19,
    capped: false,
    subsidy_cents: 0,
    allowance_cents: 0,
    source: 'Staatscourant 2025, 13022',
    steps: [
      { id: 'lks-step-period', args: { from: dates[0], until: dates[1], hours } },
      { id: 'lks-step-wml', args: { date: amounts[0], amount: amounts[1] } },
      { id: 'lks-step-gap', args: { loonwaarde: '81', gap: '19' } },
      { id: 'lks-step-subsidy', args: { pct: '19', wage: amounts[2], hours, amount: amounts[3] } },
    ],
  });
  return {
    input: { loonwaarde_percent: 81, from: '2025-06-15', until: '2025-07-14', minutes: 6240 },
    parts: [
      part('2025-06-15', '2025-06-30', 3328, 1418, 1531, '55,47', ['15-06-2025', '30-06-2025'], ['01-01-2025', 'EUR 14,18', 'EUR 15,31', 'EUR 161,36']),
      part('2025-07-01', '2025-07-14', 2912, 1440, 1555, '48,53', ['01-07-2025', '14-07-2025'], ['01-07-2025', 'EUR 14,40', 'EUR 15,55', 'EUR 143,38']),
    ],
    subsidy_cents: 30474,
    allowance_cents: 7161,
    total_cents: 37635,
    steps: [
      {
        id: 'lks-step-total',
        args: { from: '15-06-2025', until: '14-07-2025', hours: '104', subsidy: 'EUR 304,74', allowance: 'EUR 71,61', amount: 'EUR 376,35' },
      },
    ],
  };
}

export function lksView(overrides: Partial<LksView> = {}): LksView {
  const calc = calculation();
  return {
    decision: {
      id: 'd-1',
      resident_id: RESIDENT_ID,
      placement_id: 'p-1',
      employer_id: 'e-1',
      loonwaarde_id: 'lw-0',
      loonwaarde_percent: 81,
      minutes_per_week: 1440,
      starts_on: '2025-06-15',
      trial: { from: '2025-03-15', until: '2025-06-14' },
      estimate: calc,
      outcome: 'granted',
      decided_by: PETRA,
      decided_on: '2025-06-10',
      reasoning: 'Vaste baan na de proefplaatsing.',
      supersedes: null,
    },
    employer_name: 'Bakkerij Rijn',
    last_day: null,
    payments: [
      {
        id: 'pay-1',
        resident_id: RESIDENT_ID,
        decision_id: 'd-1',
        calculation: { ...calc, input: { ...calc.input, minutes: 5790 }, subsidy_cents: 98765, allowance_cents: 24691, total_cents: 123456 },
        approved_by: PETRA,
        approved_on: '2025-07-20',
      },
    ],
    paid_cents: 123456,
    ...overrides,
  };
}

export function jobcoachView(overrides: Partial<JobcoachView['subsidy']> = {}): JobcoachView {
  return {
    subsidy: {
      id: 'jc-1',
      resident_id: RESIDENT_ID,
      organisation_id: 'o-1',
      loonwaarde_id: 'lw-0',
      calculation: {
        from: '2026-01-01',
        until: '2026-03-31',
        minutes: 1470,
        parts: [{ from: '2026-01-01', until: '2026-03-31', minutes: 1470, per_hour_cents: 7500, amount_cents: 183750, source: 'Standaardtarief' }],
        amount_cents: 183750,
        steps: [
          {
            id: 'jobcoach-step-part',
            args: { from: '01-01-2026', until: '31-03-2026', hours: '24,5', tariff: 'EUR 75,00', amount: 'EUR 1.837,50' },
          },
          { id: 'jobcoach-step-total', args: { amount: 'EUR 1.837,50' } },
        ],
      },
      progress_report: null,
      approval: null,
      ...overrides,
    },
    organisation_name: 'Jobcoach Gelderland',
  };
}

export function subsidyFile(overrides: Partial<SubsidyFile> = {}): SubsidyFile {
  return {
    resident_id: RESIDENT_ID,
    loonwaarden: [],
    lks: [],
    jobcoaching: [],
    organisations: [{ id: 'o-1', name: 'Jobcoach Gelderland', kvk: null, contact_name: 'Sanne Vos', email: null, phone: null }],
    reassess_on: null,
    reassessment_due: false,
    ...overrides,
  };
}
