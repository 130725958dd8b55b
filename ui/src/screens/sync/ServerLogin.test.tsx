import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations, callsOf, mockCommands, renderWithI18n } from '../../test/helpers';
import { syncStatusFixture } from '../../test/syncFixtures';
import { ServerLogin } from './ServerLogin';

async function fillIn(server: string, user: string, password: string) {
  const u = userEvent.setup();
  if (server) await u.type(screen.getByTestId('server-url'), server);
  if (user) await u.type(screen.getByTestId('server-user'), user);
  if (password) await u.type(screen.getByTestId('server-password'), password);
  await u.click(screen.getByTestId('server-login-submit'));
}

describe('ServerLogin', () => {
  it('sends the typed values to sync_login and hands over the new status', async () => {
    const connected = syncStatusFixture();
    const calls = mockCommands({ sync_login: () => connected });
    const onLoggedIn = vi.fn();
    const { container } = renderWithI18n(<ServerLogin onLoggedIn={onLoggedIn} />);
    expect(screen.getByText(/meldt Werkpad deze laptop bij de server aan als uw apparaat/)).toBeTruthy();
    expect(screen.getByLabelText(/Adres van de server/)).toBe(screen.getByTestId('server-url'));
    expect(await axeViolations(container)).toEqual([]);
    await fillIn(' https://werkpad.test ', 'petra', 'geheim wachtwoord');
    await waitFor(() => expect(onLoggedIn).toHaveBeenCalledWith(connected));
    expect(callsOf(calls, 'sync_login')[0]?.input).toEqual({
      server_url: 'https://werkpad.test',
      user_name: 'petra',
      password: 'geheim wachtwoord',
    });
    expect((screen.getByTestId('server-password') as HTMLInputElement).value, 'the password is not kept').toBe('');
  });

  it('shows the Dutch message when the login fails', async () => {
    mockCommands({
      sync_login: () => {
        throw { code: 'login_failed', message_id: 'error-login-failed', args: {}, fields: [] };
      },
    });
    const onLoggedIn = vi.fn();
    renderWithI18n(<ServerLogin onLoggedIn={onLoggedIn} />);
    await fillIn('https://werkpad.test', 'petra', 'verkeerd');
    expect((await screen.findByTestId('server-login-error')).textContent).toBe(
      'De gebruikersnaam of het wachtwoord klopt niet.',
    );
    expect(onLoggedIn).not.toHaveBeenCalled();
    expect((screen.getByTestId('server-password') as HTMLInputElement).value, 'the password is cleared').toBe('');
    expect(document.activeElement, 'focus goes back to the password').toBe(screen.getByTestId('server-password'));
    expect((screen.getByTestId('server-user') as HTMLInputElement).value, 'the user name stays').toBe('petra');
  });

  it('puts a wrong server address on its field', async () => {
    mockCommands({
      sync_login: () => {
        throw { code: 'invalid_server_url', message_id: 'error-invalid-server-url', args: {}, fields: [] };
      },
    });
    renderWithI18n(<ServerLogin onLoggedIn={vi.fn()} />);
    await fillIn('werkpad', 'petra', 'wachtwoord');
    const summary = await screen.findByTestId('server-login-summary');
    expect(summary.textContent).toContain('Adres van de server: Dit serveradres klopt niet.');
    expect(screen.getByTestId('server-url').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('server-url').getAttribute('aria-describedby')).toContain('server-url-error');
  });

  it('lists empty fields in an error summary and sends nothing', async () => {
    const calls = mockCommands({ sync_login: () => syncStatusFixture() });
    renderWithI18n(<ServerLogin onLoggedIn={vi.fn()} />);
    await fillIn('', '', '');
    const summary = await screen.findByTestId('server-login-summary');
    expect(summary.querySelectorAll('li')).toHaveLength(3);
    await waitFor(() => expect(document.activeElement, 'the summary takes focus').toBe(summary));
    expect(callsOf(calls, 'sync_login')).toHaveLength(0);
  });
});
