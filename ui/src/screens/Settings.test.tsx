import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AppStatus } from '../api/types';
import { callsOf, mockCommands, renderWithI18n } from '../test/helpers';
import { Settings } from './Settings';

const STATUS: AppStatus = {
  initialised: true,
  unlocked: true,
  coach_name: 'Petra',
  keyring_backend: 'file',
  locale: 'nl-NL',
  auto_lock_minutes: 15,
  pending_changes: null,
};

describe('Settings', () => {
  it('saves language and auto-lock minutes', async () => {
    const calls = mockCommands({ save_settings: (input) => ({ ...STATUS, ...input }) });
    const onSaved = vi.fn();
    renderWithI18n(<Settings status={STATUS} onSaved={onSaved} />);
    expect(screen.getByTestId('settings-keyring').textContent).toBe('Beveiligd bestand op deze laptop');
    const user = userEvent.setup();
    await user.selectOptions(screen.getByTestId('settings-locale'), 'en-US');
    await user.clear(screen.getByTestId('settings-autolock'));
    await user.type(screen.getByTestId('settings-autolock'), '30');
    await user.click(screen.getByTestId('settings-save'));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(callsOf(calls, 'save_settings')[0]?.input).toEqual({ locale: 'en-US', auto_lock_minutes: 30 });
  });

  it('refuses an auto-lock time outside 1 to 120 minutes', async () => {
    const calls = mockCommands({ save_settings: () => STATUS });
    renderWithI18n(<Settings status={STATUS} onSaved={vi.fn()} />);
    const user = userEvent.setup();
    await user.clear(screen.getByTestId('settings-autolock'));
    await user.type(screen.getByTestId('settings-autolock'), '121');
    await user.click(screen.getByTestId('settings-save'));
    expect(await screen.findByText('Vul een getal in van 1 tot en met 120.')).toBeTruthy();
    expect(callsOf(calls, 'save_settings')).toHaveLength(0);
  });
});
