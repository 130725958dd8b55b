import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { callsOf, mockCommands, renderWithI18n } from '../test/helpers';
import { Unlock } from './Unlock';

async function tryPassphrase(p: string) {
  const user = userEvent.setup();
  await user.type(screen.getByTestId('unlock-passphrase'), p);
  await user.click(screen.getByTestId('unlock-submit'));
}

describe('Unlock', () => {
  it('shows the Dutch message for a wrong passphrase', async () => {
    const calls = mockCommands({
      unlock: () => {
        throw { code: 'wrong_passphrase', message_id: 'error-wrong-passphrase', args: {}, fields: [] };
      },
    });
    renderWithI18n(<Unlock coachName="Petra" onUnlocked={vi.fn()} />);
    await tryPassphrase('verkeerd wachtwoord');
    expect((await screen.findByTestId('unlock-error')).textContent).toBe('Het wachtwoord klopt niet.');
    expect(callsOf(calls, 'unlock')[0]?.input, 'the input is { passphrase }').toEqual({ passphrase: 'verkeerd wachtwoord' });
    expect((screen.getByTestId('unlock-passphrase') as HTMLInputElement).value, 'the field is cleared for a new try').toBe('');
  });

  it('counts down the waiting time after too many attempts', async () => {
    mockCommands({
      unlock: () => {
        throw { code: 'too_many_attempts', message_id: 'error-too-many-attempts', args: { seconds: '30' }, fields: [] };
      },
    });
    renderWithI18n(<Unlock coachName={null} onUnlocked={vi.fn()} />);
    await tryPassphrase('nog een keer');
    expect((await screen.findByTestId('unlock-error')).textContent).toBe(
      'Te vaak een verkeerd wachtwoord. Probeer het over 30 seconden opnieuw.',
    );
    await waitFor(
      () => expect(screen.getByTestId('unlock-error').textContent, 'the seconds count down').toContain('over 29 seconden'),
      { timeout: 2500 },
    );
  });

  it('hands the new status to the app when the passphrase is right', async () => {
    const status = { initialised: true, unlocked: true, coach_name: 'Petra', keyring_backend: 'file', locale: 'nl-NL', auto_lock_minutes: 10, pending_changes: 3 };
    mockCommands({ unlock: () => status });
    const onUnlocked = vi.fn();
    renderWithI18n(<Unlock coachName="Petra" onUnlocked={onUnlocked} />);
    await tryPassphrase('het goede wachtwoord');
    await waitFor(() => expect(onUnlocked).toHaveBeenCalledWith(status));
  });
});
