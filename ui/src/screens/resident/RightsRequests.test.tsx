import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ResidentFileView, RightsRequest } from '../../api/contract.gen';
import { axeViolations, callsOf, mockCommands, renderWithI18n, validationError } from '../../test/helpers';
import { fileView, RESIDENT_ID } from './fixtures';
import { RightsRequests } from './RightsRequests';

const REQUEST: RightsRequest = {
  id: 'rr-1',
  resident_id: RESIDENT_ID,
  kind: 'erasure',
  received_on: '2026-10-01',
  due_on: '2026-11-01',
  summary: 'Wil dat het oude adres gewist wordt',
  decision: null,
};

function show(view: ResidentFileView, commands: Record<string, (input: any) => unknown>) {
  const calls = mockCommands(commands);
  const onView = vi.fn();
  const utils = renderWithI18n(<RightsRequests residentId={RESIDENT_ID} view={view} onView={onView} />);
  return { calls, onView, ...utils };
}

describe('RightsRequests', () => {
  it('records a request; the backend says what is missing, at the field', async () => {
    let first = true;
    const saved = fileView({ rights_requests: [{ ...REQUEST, due_on: '2027-01-05', received_on: '2026-12-05' }] });
    const { calls, onView, container } = show(fileView(), {
      rights_request_add: () => {
        if (first) {
          first = false;
          throw validationError(['summary', 'error-required']);
        }
        return saved;
      },
    });
    expect(screen.getByTestId('rights-none')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('rights-add'));
    await user.selectOptions(screen.getByTestId('rights-kind'), 'erasure');
    await user.click(screen.getByTestId('rights-save'));
    expect(await screen.findByText('Vul dit veld in.')).toBeTruthy();
    expect(document.activeElement?.id, 'focus on the field with the error').toBe('rights-summary');
    expect(onView).not.toHaveBeenCalled();

    await user.type(screen.getByTestId('rights-summary'), 'Wil dat het oude adres gewist wordt');
    await user.click(screen.getByTestId('rights-save'));
    expect(onView).toHaveBeenCalledWith(saved);
    const sent = callsOf(calls, 'rights_request_add');
    expect(sent[1]!.input).toMatchObject({ resident_id: RESIDENT_ID, kind: 'erasure', summary: 'Wil dat het oude adres gewist wordt' });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the deadline, says when it has passed, and takes one answer', async () => {
    const decided = fileView({
      rights_requests: [
        {
          ...REQUEST,
          decision: {
            outcome: 'refused',
            decided_on: '2026-10-20',
            decided_by: { id: 's-1', name: 'Petra de Vries' },
            reasoning: 'Het adres moet bewaard blijven.',
          },
        },
      ],
    });
    const { calls, onView } = show(fileView({ rights_requests: [REQUEST] }), { rights_request_decide: () => decided });
    const item = within(screen.getByTestId('rights-request'));
    expect(item.getByText(/Antwoord uiterlijk op 01-11-2026/)).toBeTruthy();
    expect(item.getByTestId('rights-overdue')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(item.getByTestId('rights-decide'));
    await user.selectOptions(item.getByTestId('rights-outcome'), 'refused');
    await user.type(item.getByTestId('rights-reasoning'), 'Het adres moet bewaard blijven.');
    await user.click(item.getByTestId('rights-decide-save'));
    expect(onView).toHaveBeenCalledWith(decided);
    expect(callsOf(calls, 'rights_request_decide')[0]!.input).toMatchObject({
      resident_id: RESIDENT_ID,
      request_id: 'rr-1',
      outcome: 'refused',
      reasoning: 'Het adres moet bewaard blijven.',
    });
  });
});
