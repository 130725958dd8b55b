import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations, callsOf, mockCommands, renderWithI18n } from '../test/helpers';
import { PassphraseChange } from './PassphraseChange';
import { Recovery } from './Recovery';

const firstRun = { initialised: false, unlocked: false, coach_name: null, keyring_backend: null, locale: 'nl-NL', auto_lock_minutes: 10, pending_changes: null };

describe('Recovery', () => {
  it('shows how many changes a reset loses and resets only after the box is ticked', async () => {
    const calls = mockCommands({
      recovery_status: () => ({ recovery_copy: null, unsent: 3, unsent_counted_at: '2026-12-04T15:30:00Z' }),
      reset_store: () => firstRun,
    });
    const onDone = vi.fn();
    const { container } = renderWithI18n(<Recovery keyMissing={false} onDone={onDone} onBack={vi.fn()} />);
    expect((await screen.findByTestId('recovery-unsent')).textContent).toBe(
      'Er zijn 3 wijzigingen die nog niet op de server staan (geteld op 04-12-2026 16:30). Die gaan verloren als u opnieuw begint.',
    );
    expect(screen.queryByTestId('recovery-code'), 'no recovery copy, no code field').toBeNull();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('recovery-reset'));
    expect(callsOf(calls, 'reset_store'), 'not without the tick').toHaveLength(0);
    expect(document.activeElement?.id).toBe('recovery-reset-confirm');
    await user.click(screen.getByTestId('recovery-reset-confirm'));
    await user.click(screen.getByTestId('recovery-reset'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(firstRun));
    expect(callsOf(calls, 'reset_store')[0]?.input, 'the number the coach saw').toEqual({ lose_unsent: 3 });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('recovers with the helpdesk code and puts a wrong code on the code field', async () => {
    let tries = 0;
    const unlocked = { ...firstRun, initialised: true, unlocked: true, coach_name: 'Sjoukje' };
    mockCommands({
      recovery_status: () => ({ recovery_copy: '/home/sjoukje/.local/share/nl.werkpad.desktop/recovery.json', unsent: 2, unsent_counted_at: '2026-12-04T15:30:00Z' }),
      recover_store: () => {
        tries += 1;
        if (tries === 1) throw { code: 'recovery_code_invalid', message_id: 'error-recovery-code-invalid', args: {}, fields: [] };
        return unlocked;
      },
    });
    const onDone = vi.fn();
    const { container } = renderWithI18n(<Recovery keyMissing onDone={onDone} onBack={vi.fn()} />);
    expect((await screen.findByTestId('recovery-copy-path')).textContent).toContain('recovery.json');
    const user = userEvent.setup();
    await user.type(screen.getByTestId('recovery-code'), 'abcd-0000');
    await user.type(screen.getByTestId('recovery-passphrase'), 'een nieuwe lange wachtzin');
    await user.click(screen.getByTestId('recovery-submit'));
    expect(await screen.findByText('Deze herstelcode klopt niet. Controleer de tekens en probeer het opnieuw.')).toBeTruthy();
    expect(document.activeElement?.id).toBe('recovery-code');
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByTestId('recovery-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(unlocked));
  });
});

describe('PassphraseChange', () => {
  it('checks the repeat first and puts a wrong old passphrase on its field', async () => {
    const calls = mockCommands({
      change_passphrase: () => {
        throw { code: 'wrong_passphrase', message_id: 'error-wrong-passphrase', args: {}, fields: [] };
      },
    });
    const { container } = renderWithI18n(<PassphraseChange onChanged={vi.fn()} />);
    const user = userEvent.setup();
    await user.type(screen.getByTestId('passphrase-old'), 'oud wachtwoord');
    await user.type(screen.getByTestId('passphrase-new'), 'een nieuwe lange wachtzin');
    await user.type(screen.getByTestId('passphrase-repeat'), 'een andere wachtzin');
    await user.click(screen.getByTestId('passphrase-change-submit'));
    expect(await screen.findByText('De twee nieuwe wachtwoorden zijn niet gelijk.')).toBeTruthy();
    expect(callsOf(calls, 'change_passphrase')).toHaveLength(0);
    await user.clear(screen.getByTestId('passphrase-repeat'));
    await user.type(screen.getByTestId('passphrase-repeat'), 'een nieuwe lange wachtzin');
    await user.click(screen.getByTestId('passphrase-change-submit'));
    expect(await screen.findByText('Het wachtwoord klopt niet.')).toBeTruthy();
    expect(document.activeElement?.id).toBe('passphrase-old');
    expect(callsOf(calls, 'change_passphrase')[0]?.input).toEqual({
      old_passphrase: 'oud wachtwoord',
      new_passphrase: 'een nieuwe lange wachtzin',
    });
    expect(await axeViolations(container)).toEqual([]);
  });
});
