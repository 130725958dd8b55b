// Shared set-up of the Verklaring 56+ tests: the tab with mocked commands, and a filled-in form.

import { screen } from '@testing-library/preact';
import type userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { StatementsOverview } from '../../../api/contract.gen';
import { mockCommands, renderWithI18n } from '../../../test/helpers';
import { RESIDENT_ID } from '../fixtures';
import { ADVICE, COACH, EMPTY_OVERVIEW } from './fixtures';
import { StatementsTab } from './StatementsTab';

type Handlers = Record<string, (input: any) => unknown>;

export function open(extra: Handlers = {}, overview: () => StatementsOverview = () => EMPTY_OVERVIEW) {
  const calls = mockCommands({
    app_status: () => ({ coach_name: COACH.name, unlocked: true }),
    statements_overview: overview,
    verklaring56_advice: () => ADVICE,
    ...extra,
  });
  const onChanged = vi.fn();
  const utils = renderWithI18n(<StatementsTab residentId={RESIDENT_ID} onChanged={onChanged} />);
  return { calls, onChanged, ...utils };
}

/** The draft the filled-in form must send: exactly the keys of EmploymentFactsDraft. */
export const DRAFT = {
  employer_name: 'Bakkerij Rijn B.V.',
  loonheffingennummer: '123456782L01',
  employer_address: {
    street: 'Markt',
    house_number: '3',
    house_number_addition: null,
    postcode: '6811 AB',
    woonplaats: 'Arnhem',
  },
  start_date: '01-06-2025',
  request_date: '15-09-2025',
  benefit: 'participatiewet',
  same_employer_within_6_months: true,
  job_kind: 'regular',
};

export async function fillFacts(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByTestId('v56-employer-name'), 'Bakkerij Rijn B.V.');
  await user.type(screen.getByTestId('v56-loonheffingennummer'), '123456782L01');
  await user.type(screen.getByTestId('v56-street'), 'Markt');
  await user.type(screen.getByTestId('v56-house-number'), '3');
  await user.type(screen.getByTestId('v56-postcode'), '6811 AB');
  await user.type(screen.getByTestId('v56-woonplaats'), 'Arnhem');
  await user.type(screen.getByTestId('v56-start-date'), '01-06-2025');
  await user.type(screen.getByTestId('v56-request-date'), '15-09-2025');
  await user.selectOptions(screen.getByTestId('v56-benefit'), 'participatiewet');
  await user.click(screen.getByTestId('v56-same-employer-yes'));
  await user.click(screen.getByTestId('v56-job-kind-regular'));
}

