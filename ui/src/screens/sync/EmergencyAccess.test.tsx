import { screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Notice } from '../../api/contract.gen';
import { axeViolations, callsOf, mockCommands, renderWithI18n, validationError } from '../../test/helpers';
import { EmergencyAccess } from './EmergencyAccess';

const RESIDENT = '0190b6c4-5c5e-7000-8000-000000000001';

describe('EmergencyAccess', () => {
  it('asks for a reason first, shows the backend’s field errors, then opens the file', async () => {
    let first = true;
    const calls = mockCommands({
      emergency_accesses: () => [],
      emergency_notices: () => [],
      emergency_access_request: () => {
        if (first) {
          first = false;
          throw validationError(['explanation', 'error-too-short', { min: '15' }]);
        }
        return { resident_id: RESIDENT, expires_at: '2026-12-06T09:00:00.000Z' };
      },
    });
    const onOpen = vi.fn();
    const { container } = renderWithI18n(<EmergencyAccess onOpen={onOpen} />);
    const user = userEvent.setup();
    await user.type(screen.getByTestId('emergency-bsn'), '111222333');
    await user.click(screen.getByTestId('emergency-submit'));
    expect(await screen.findByText('Vul dit veld in.')).toBeTruthy();
    expect(callsOf(calls, 'emergency_access_request'), 'no request without a reason').toHaveLength(0);

    await user.click(screen.getByTestId('emergency-reason-stand_in'));
    await user.type(screen.getByTestId('emergency-explanation'), 'nodig');
    await user.click(screen.getByTestId('emergency-submit'));
    expect(await screen.findByText(/minstens 15 tekens/)).toBeTruthy();
    expect(document.activeElement?.id, 'focus on the field with the error').toBe('emergency-explanation');
    expect(onOpen).not.toHaveBeenCalled();

    await user.type(screen.getByTestId('emergency-explanation'), ': Anna is ziek, afspraak om 10:00');
    await user.click(screen.getByTestId('emergency-submit'));
    expect(onOpen).toHaveBeenCalledWith(RESIDENT);
    const sent = callsOf(calls, 'emergency_access_request');
    expect(sent[1]!.input).toMatchObject({ bsn: '111222333', reason: 'stand_in' });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when the server cannot be reached, in Dutch', async () => {
    mockCommands({
      emergency_accesses: () => [],
      emergency_notices: () => [],
      emergency_access_request: () => {
        throw { code: 'offline', message_id: 'error-offline', args: {}, fields: [] };
      },
    });
    renderWithI18n(<EmergencyAccess onOpen={vi.fn()} />);
    const user = userEvent.setup();
    await user.type(screen.getByTestId('emergency-bsn'), '111222333');
    await user.click(screen.getByTestId('emergency-reason-urgent'));
    await user.type(screen.getByTestId('emergency-explanation'), 'Inwoner staat aan de balie met een brief');
    await user.click(screen.getByTestId('emergency-submit'));
    expect((await screen.findByTestId('emergency-error')).textContent).toMatch(/server|verbinding/i);
  });

  it('shows a team lead what coaches did, with their words', async () => {
    const notice: Notice = {
      id: 'n1',
      coach: 'Bram Jansen',
      resident_id: RESIDENT,
      reason: 'stand_in',
      explanation: 'Anna is ziek, afspraak bij de werkgever',
      granted_at: '2026-12-05T08:00:00.000Z',
      expires_at: '2026-12-06T08:00:00.000Z',
    };
    mockCommands({ emergency_accesses: () => [], emergency_notices: () => [notice] });
    const { container } = renderWithI18n(<EmergencyAccess onOpen={vi.fn()} />);
    expect(await screen.findByText(/Bram Jansen op 05-12-2026 09:00/)).toBeTruthy();
    expect(screen.getByText('Anna is ziek, afspraak bij de werkgever')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });
});
