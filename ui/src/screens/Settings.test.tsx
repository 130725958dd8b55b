import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AppStatus } from '../api/contract.gen';
import { useSyncStatus } from '../shell/useSyncStatus';
import { axeViolations, callsOf, mockCommands, renderWithI18n } from '../test/helpers';
import { syncStatusFixture } from '../test/syncFixtures';
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

  describe('server connection', () => {
    function WithSync() {
      const sync = useSyncStatus();
      return <Settings status={STATUS} onSaved={vi.fn()} sync={sync} />;
    }

    it('shows server and user when connected, and disconnects', async () => {
      const calls = mockCommands({
        sync_status: () => syncStatusFixture({ server_url: 'https://werkpad.test', user_name: 'petra' }),
        sync_logout: () => syncStatusFixture({ logged_in: false, online: false }),
      });
      const { container } = renderWithI18n(<WithSync />);
      expect((await screen.findByTestId('server-connected-url')).textContent).toBe('https://werkpad.test');
      expect(screen.getByTestId('server-connected-user').textContent).toBe('petra');
      expect(await axeViolations(container)).toEqual([]);
      await userEvent.setup().click(screen.getByTestId('server-logout'));
      expect((await screen.findByTestId('server-notice')).textContent).toBe(
        'De verbinding met de server is verbroken. De gegevens op deze laptop blijven bewaard.',
      );
      expect(callsOf(calls, 'sync_logout')).toHaveLength(1);
      expect(screen.getByTestId('server-login'), 'the login form is back').toBeTruthy();
      expect(document.activeElement).toBe(screen.getByTestId('server-notice'));
    });

    it('shows the login form when not connected, and the connection after logging in', async () => {
      mockCommands({
        sync_status: () => syncStatusFixture({ logged_in: false, server_url: null, user_name: null }),
        sync_login: (input) => syncStatusFixture({ server_url: input.server_url, user_name: input.user_name }),
      });
      renderWithI18n(<WithSync />);
      expect(await screen.findByText('Deze laptop is niet verbonden met de server.', { exact: false })).toBeTruthy();
      const user = userEvent.setup();
      await user.type(screen.getByTestId('server-url'), 'https://werkpad.test');
      await user.type(screen.getByTestId('server-user'), 'petra');
      await user.type(screen.getByTestId('server-password'), 'wachtwoord');
      await user.click(screen.getByTestId('server-login-submit'));
      expect((await screen.findByTestId('server-notice')).textContent).toBe(
        'Verbonden met de server. Deze laptop is aangemeld als uw apparaat.',
      );
      expect(screen.getByTestId('server-connected-user').textContent).toBe('petra');
      expect(screen.queryByTestId('server-login')).toBeNull();
    });
  });

  it('shows which release of each reference dataset this laptop holds', async () => {
    mockCommands({
      reference_releases: () => [
        {
          id: 'x-1',
          dataset: 'esco_occupations',
          version: 'ESCO v1.2',
          imported_at: '2026-11-01T09:30:00Z',
          records: 3043,
          sha256: 'a'.repeat(64),
        },
        { id: 'x-2', dataset: 'pc4', version: 'demo', imported_at: '2026-06-01T09:30:00Z', records: 1, sha256: 'b'.repeat(64) },
      ],
    });
    renderWithI18n(<Settings status={STATUS} onSaved={vi.fn()} />);
    const rows = await screen.findAllByTestId('reference-row');
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['Beroepen (ESCO)', 'ESCO v1.2', '01-11-2026 10:30', '3.043 regels'],
      ['Postcodegebieden', 'demo', '01-06-2026 11:30', '1 regel'],
    ]);
  });

  it('says when no reference data has arrived yet', async () => {
    mockCommands({ reference_releases: () => [] });
    renderWithI18n(<Settings status={STATUS} onSaved={vi.fn()} />);
    expect((await screen.findByTestId('reference-empty')).textContent).toContain('nog geen naslaggegevens');
  });
});
