import { emit } from '@tauri-apps/api/event';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App, LOCKED_EVENT } from './App';
import { WIPED_EVENT } from './api/events';
import type { AppStatus } from './api/contract.gen';
import { axeViolations, callsOf, mockCommands } from './test/helpers';
import { minutesAgo, syncStatusFixture } from './test/syncFixtures';

const UNLOCKED: AppStatus = {
  initialised: true,
  unlocked: true,
  coach_name: 'Petra de Vries',
  keyring_backend: 'keyring',
  locale: 'nl-NL',
  auto_lock_minutes: 15,
  pending_changes: 3,
};

function mockApp(status: AppStatus, extra: Record<string, (input: any) => unknown> = {}) {
  return mockCommands(
    {
      app_status: () => status,
      caseload: () => ({ rows: [], total: 0, more: false }),
      lock: () => ({ ...status, unlocked: false }),
      ...extra,
    },
    { events: true },
  );
}

describe('App', () => {
  it('starts with FirstRun when there is no store yet', async () => {
    mockApp({ ...UNLOCKED, initialised: false, unlocked: false, coach_name: null });
    render(<App />);
    expect(await screen.findByTestId('firstrun-coach')).toBeTruthy();
  });

  it('asks for the passphrase when the store is locked', async () => {
    mockApp({ ...UNLOCKED, unlocked: false });
    render(<App />);
    expect(await screen.findByTestId('unlock-passphrase')).toBeTruthy();
    expect(screen.getByText(/Welkom terug, Petra de Vries/)).toBeTruthy();
  });

  it('opens the caseload after unlocking, with the focus on its heading', async () => {
    const calls = mockApp({ ...UNLOCKED, unlocked: false }, { unlock: () => UNLOCKED });
    render(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('unlock-passphrase'), 'correct horse battery');
    // The shell's code is a chunk of its own: the unlock screen stays until it is there,
    // without a loading page in between.
    let loadingShown = false;
    const watcher = new MutationObserver(() => {
      loadingShown ||= screen.queryByTestId('screen-loading') !== null;
    });
    watcher.observe(document.body, { childList: true, subtree: true });
    await user.click(screen.getByTestId('unlock-submit'));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Inwoners' });
    watcher.disconnect();
    expect(loadingShown, 'no loading page between unlock and caseload').toBe(false);
    await waitFor(() => expect(document.activeElement, 'focus moves to the caseload heading').toBe(heading));
    expect(screen.getByTestId('nav-caseload').getAttribute('aria-current')).toBe('page');
    expect(callsOf(calls, 'unlock')).toHaveLength(1);
  });

  it('shows the first screen from the status asked before React started, without asking again', async () => {
    const calls = mockApp({ ...UNLOCKED, unlocked: false });
    render(<App firstStatus={Promise.resolve({ ...UNLOCKED, unlocked: false })} />);
    await screen.findByTestId('unlock-passphrase');
    expect(callsOf(calls, 'app_status')).toHaveLength(0);
  });

  it('calls ui_ready once after the first screen has painted (cold-start benchmark)', async () => {
    const calls = mockApp({ ...UNLOCKED, unlocked: false });
    render(<App />);
    await screen.findByTestId('unlock-passphrase');
    await waitFor(() => expect(callsOf(calls, 'ui_ready')).toHaveLength(1));
    const marks = callsOf(calls, 'ui_ready')[0]!.input as Record<string, number>;
    expect(marks.time_origin).toBe(performance.timeOrigin);
    // In page order: the first module ran, app_status answered, then the paint.
    expect(marks.script).toBeGreaterThan(0);
    expect(marks.status).toBeGreaterThanOrEqual(marks.script!);
    expect(marks.painted).toBeGreaterThanOrEqual(marks.status!);
  });

  it('shows the shell with the offline status and the pending changes', async () => {
    mockApp(UNLOCKED, {
      sync_status: () =>
        syncStatusFixture({
          online: false,
          pending: 3,
          oldest_pending_at: minutesAgo(130),
          last_sync_at: '2025-06-16T08:30:00Z',
          conflicts: 1,
        }),
    });
    const { container } = render(<App />);
    const bar = await screen.findByTestId('status-bar');
    expect(bar.getAttribute('role')).toBe('status');
    await waitFor(() =>
      expect(bar.textContent).toBe(
        'Offline — uw werk wordt bewaard en later verstuurd. 3 wijzigingen wachten, de oudste al 2 uur. Laatst gesynchroniseerd: 16-06-2025 10:30.',
      ),
    );
    expect(screen.getByTestId('status-conflicts').textContent).toBe('1 conflict oplossen');
    expect(screen.getByTestId('nav-caseload').getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Naar de inhoud' }).getAttribute('href')).toBe('#main');
    await screen.findByText('Er zijn geen inwoners die passen bij uw zoekopdracht.');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('navigates and locks', async () => {
    const calls = mockApp(UNLOCKED, { intake_draft_load: () => null });
    render(<App />);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('nav-intake'));
    expect(await screen.findByTestId('intake-name-given_names')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.tagName, 'focus moves to the page heading').toBe('H1'));
    await user.click(screen.getByTestId('nav-settings'));
    expect(await screen.findByTestId('settings-locale')).toBeTruthy();
    await user.click(screen.getByTestId('lock-button'));
    expect(await screen.findByTestId('unlock-passphrase')).toBeTruthy();
    expect(callsOf(calls, 'lock')).toHaveLength(1);
  });

  it('goes to Unlock when the backend emits werkpad://locked', async () => {
    mockApp(UNLOCKED);
    render(<App />);
    await screen.findByTestId('status-bar');
    await act(async () => {
      await emit(LOCKED_EVENT);
    });
    expect(await screen.findByTestId('unlock-passphrase')).toBeTruthy();
  });

  it('goes to Unlock when a command answers locked', async () => {
    mockApp(UNLOCKED, {
      caseload: () => {
        throw { code: 'locked', message_id: 'error-internal', args: {}, fields: [] };
      },
    });
    render(<App />);
    expect(await screen.findByTestId('unlock-passphrase')).toBeTruthy();
  });

  it('reports activity at most once per 30 seconds', async () => {
    const calls = mockApp(UNLOCKED);
    render(<App />);
    await screen.findByTestId('status-bar');
    // The listener is attached in an effect after the shell paints: keep typing until the
    // first ping arrives, then more input within 30 seconds must not send another.
    await waitFor(() => {
      fireEvent.keyDown(window, { key: 'a' });
      expect(callsOf(calls, 'activity').length).toBeGreaterThan(0);
    });
    fireEvent.pointerDown(window);
    fireEvent.keyDown(window, { key: 'b' });
    await new Promise((r) => setTimeout(r, 50));
    expect(callsOf(calls, 'activity')).toHaveLength(1);
  });

  it('shows the pending changes of app_status when the backend has no sync status', async () => {
    mockApp(UNLOCKED);
    render(<App />);
    expect((await screen.findByTestId('status-bar')).textContent).toBe(
      'Niet verbonden met de server. 3 wijzigingen wachten op verzending.',
    );
    expect((screen.getByTestId('sync-now') as HTMLButtonElement).disabled).toBe(true);
  });

  it('opens the conflict inbox from the status bar', async () => {
    mockApp(UNLOCKED, {
      sync_status: () => syncStatusFixture({ conflicts: 1 }),
      conflicts: () => [
        {
          conflict_id: 'c1',
          resident_id: 'r1',
          resident_name: 'Fatima el Amrani',
          entity: 'resident',
          entity_id: 'r1',
          field: 'email',
          mine: 'fatima@example.nl',
          theirs: 'f.elamrani@example.nl',
          from_this_device: true,
          created_at: '2025-06-16T08:30:00Z',
        },
      ],
    });
    render(<App />);
    await userEvent.setup().click(await screen.findByTestId('status-conflicts'));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Conflicten oplossen');
    expect((await screen.findByTestId('conflict-theirs')).textContent).toBe('f.elamrani@example.nl');
  });

  it('goes back to the first start with a message when the laptop is wiped', async () => {
    let status: AppStatus = UNLOCKED;
    mockApp(UNLOCKED, { app_status: () => status });
    render(<App />);
    await screen.findByTestId('status-bar');
    status = { ...UNLOCKED, initialised: false, unlocked: false, coach_name: null, pending_changes: null };
    await act(async () => {
      await emit(WIPED_EVENT);
    });
    expect((await screen.findByTestId('firstrun-notice')).textContent).toBe(
      'Deze laptop is ingetrokken door de beheerder. De gegevens op deze laptop zijn gewist.',
    );
    expect(screen.getByTestId('firstrun-coach')).toBeTruthy();
    expect(screen.queryByTestId('status-bar')).toBeNull();
  });

  it('speaks English when the settings say so', async () => {
    mockApp({ ...UNLOCKED, locale: 'en-US', pending_changes: 1 });
    render(<App />);
    expect((await screen.findByTestId('status-bar')).textContent).toBe(
      'Not connected to the server. 1 change is waiting to be sent.',
    );
    // <html lang> is set in an effect; it may land just after the text.
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });
});
