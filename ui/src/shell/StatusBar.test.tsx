import { emit } from '@tauri-apps/api/event';
import { act, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SYNC_EVENT } from '../api/events';
import type { SyncStatus } from '../api/contract.gen';
import { axeViolations, callsOf, mockCommands, renderWithI18n } from '../test/helpers';
import { minutesAgo, syncStatusFixture } from '../test/syncFixtures';
import { StatusBar } from './StatusBar';
import { SYNC_REFRESH_MS, useSyncStatus } from './useSyncStatus';

function Harness({ onOpenConflicts = () => undefined, pending = null }: { onOpenConflicts?: () => void; pending?: number | null }) {
  const sync = useSyncStatus();
  return <StatusBar sync={sync} pendingChanges={pending} onOpenConflicts={onOpenConflicts} />;
}

const text = (testId: string) => screen.getByTestId(testId).textContent;

/** Waits until sync_status has answered and the bar shows its connection sentence. */
async function renderBar(status: SyncStatus | null, props: Parameters<typeof Harness>[0] = {}, more: Record<string, (input: any) => unknown> = {}) {
  const calls = mockCommands({ sync_status: () => status, ...more }, { events: true });
  const view = renderWithI18n(<Harness {...props} />);
  await waitFor(() => expect(callsOf(calls, 'sync_status').length).toBeGreaterThan(0));
  return { calls, ...view };
}

describe('StatusBar', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says offline, how many changes wait and how long the oldest has waited', async () => {
    const { container } = await renderBar(
      syncStatusFixture({
        online: false,
        pending: 3,
        oldest_pending_at: minutesAgo(125),
        last_sync_at: '2025-06-16T08:30:00Z',
        next_attempt_at: '2025-06-17T08:35:00Z',
        last_error: { code: 'server_unreachable', message_id: 'error-server-unreachable', args: {}, fields: [] },
      }),
    );
    await waitFor(() => expect(text('status-connection')).toBe('Offline — uw werk wordt bewaard en later verstuurd.'));
    const bar = screen.getByTestId('status-bar');
    expect(bar.getAttribute('role')).toBe('status');
    expect(text('status-pending')).toBe('3 wijzigingen wachten, de oudste al 2 uur.');
    expect(text('status-error'), 'why the last round failed').toBe(
      'De server is nu niet bereikbaar. Uw werk wordt bewaard. Werkpad probeert het later opnieuw.',
    );
    expect(text('status-next'), 'next try in Amsterdam time').toBe('Werkpad probeert het om 10:35 opnieuw.');
    expect(text('status-last-sync'), 'dd-mm-jjjj hh:mm in Amsterdam time').toBe(
      'Laatst gesynchroniseerd: 16-06-2025 10:30.',
    );
    expect(screen.queryByTestId('status-conflicts'), 'no conflicts, no link').toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says online with the last successful sync', async () => {
    await renderBar(syncStatusFixture({ last_sync_at: '2025-01-16T08:30:00Z' }));
    await waitFor(() => expect(text('status-connection')).toBe('Online.'));
    expect(screen.getByTestId('status-bar').textContent).toBe(
      'Online. Alle wijzigingen zijn verstuurd. Laatst gesynchroniseerd: 16-01-2025 09:30.',
    );
    expect((screen.getByTestId('sync-now') as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByTestId('sync-now-hint')).toBeNull();
  });

  it('says when the laptop is not connected, and explains why syncing is not possible', async () => {
    await renderBar(syncStatusFixture({ logged_in: false, server_url: null, user_name: null, online: false, last_sync_at: null, pending: 1, oldest_pending_at: minutesAgo(5) }));
    await waitFor(() => expect(text('status-connection')).toBe('Niet verbonden met de server.'));
    expect(text('status-pending')).toBe('1 wijziging wacht al 5 minuten.');
    const button = screen.getByTestId('sync-now') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-describedby')).toBe('sync-now-hint');
    expect(text('sync-now-hint')).toBe('Verbind eerst met de server bij Instellingen.');
  });

  it('shows what app_status knows until sync_status answers', async () => {
    mockCommands({ sync_status: () => new Promise(() => undefined) });
    renderWithI18n(<Harness pending={3} />);
    expect(screen.getByTestId('status-bar').textContent).toBe(
      'Niet verbonden met de server. 3 wijzigingen wachten op verzending.',
    );
  });

  it('says what the coach must do when the server needs her, and since when it fails', async () => {
    const { container } = await renderBar(
      syncStatusFixture({
        online: true,
        needs_person: true,
        failing_since: minutesAgo(180),
        last_error: { code: 'token_expired', message_id: 'error-token-expired', args: {}, fields: [] },
      }),
    );
    await waitFor(() =>
      expect(text('status-error'), 'shown although the server answered').toBe(
        'De verbinding met de server is verlopen. Verbind opnieuw bij Instellingen.',
      ),
    );
    expect(text('status-failing-since')).toBe('Dit lukt al 3 uur niet.');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('counts refused changes and says a check repaired a difference', async () => {
    await renderBar(syncStatusFixture({ rejected: 2, repairs: 3, last_repair_at: '2025-06-17T08:31:00Z' }));
    await waitFor(() =>
      expect(text('status-rejected')).toBe(
        '2 wijzigingen zijn niet overgenomen door de server. Vraag uw teamleider wat u kunt doen.',
      ),
    );
    expect(text('status-repaired')).toBe(
      'Bij de controle van 17-06-2025 10:31 heeft Werkpad verschillen met de server hersteld.',
    );
  });

  it('links to the conflict inbox when there are open conflicts', async () => {
    const onOpenConflicts = vi.fn();
    await renderBar(syncStatusFixture({ conflicts: 2 }), { onOpenConflicts });
    const link = await screen.findByTestId('status-conflicts');
    expect(link.textContent).toBe('2 conflicten oplossen');
    await userEvent.setup().click(link);
    expect(onOpenConflicts).toHaveBeenCalledTimes(1);
  });

  it('syncs now on request, and shows the new status', async () => {
    const { calls } = await renderBar(syncStatusFixture({ last_sync_at: '2025-06-16T08:30:00Z' }), {}, {
      sync_now: () => syncStatusFixture({ last_sync_at: '2025-06-17T08:30:00Z' }),
    });
    await waitFor(() => expect((screen.getByTestId('sync-now') as HTMLButtonElement).disabled).toBe(false));
    expect(screen.getByTestId('sync-now').textContent).toBe('Nu synchroniseren');
    await userEvent.setup().click(screen.getByTestId('sync-now'));
    await waitFor(() => expect(text('status-last-sync')).toBe('Laatst gesynchroniseerd: 17-06-2025 10:30.'));
    expect(callsOf(calls, 'sync_now')).toHaveLength(1);
    expect(callsOf(calls, 'sync_now')[0]?.input, 'sync_now takes no input').toBeUndefined();
  });

  it('disables the button while a sync runs, and says why', async () => {
    let finish: (s: SyncStatus) => void = () => undefined;
    const { calls } = await renderBar(syncStatusFixture(), {}, {
      sync_now: () => new Promise<SyncStatus>((resolve) => (finish = resolve)),
    });
    const button = () => screen.getByTestId('sync-now') as HTMLButtonElement;
    await waitFor(() => expect(button().disabled).toBe(false));
    const user = userEvent.setup();
    await user.click(button());
    await waitFor(() => expect(button().disabled, 'disabled while sync_now is busy').toBe(true));
    expect(text('sync-now-hint')).toBe('Werkpad is al bezig.');
    await user.click(button());
    expect(callsOf(calls, 'sync_now'), 'a second click sends nothing').toHaveLength(1);
    await act(async () => finish(syncStatusFixture()));
    await waitFor(() => expect(button().disabled).toBe(false));

    // A round the scheduler started (running in the status) disables it too.
    await act(async () => {
      await emit(SYNC_EVENT, syncStatusFixture({ running: true }));
    });
    await waitFor(() => expect(button().disabled).toBe(true));
    expect(text('status-running')).toBe('Bezig met synchroniseren…');
  });

  it('shows the Dutch message when sync_now fails', async () => {
    await renderBar(syncStatusFixture(), {}, {
      sync_now: () => {
        throw { code: 'update_needed', message_id: 'error-update-needed', args: {}, fields: [] };
      },
    });
    await waitFor(() => expect((screen.getByTestId('sync-now') as HTMLButtonElement).disabled).toBe(false));
    await userEvent.setup().click(screen.getByTestId('sync-now'));
    await waitFor(() =>
      expect(text('status-error')).toBe(
        'Deze versie van Werkpad is te oud voor de server. Installeer eerst de nieuwe versie. Uw werk blijft bewaard.',
      ),
    );
  });

  it('follows werkpad://sync events, with a labelled progress bar during a first sync', async () => {
    const { container } = await renderBar(syncStatusFixture({ last_sync_at: null }));
    await waitFor(() => expect(text('status-connection')).toBe('Online.'));
    await act(async () => {
      await emit(SYNC_EVENT, syncStatusFixture({ last_sync_at: null, running: true, progress: { done: 120, total: 500 } }));
    });
    const progress = await screen.findByTestId('sync-progress');
    expect(progress.getAttribute('value')).toBe('120');
    expect(progress.getAttribute('max')).toBe('500');
    expect(screen.getByLabelText('Gegevens ophalen: 120 van 500')).toBe(progress);
    expect(await axeViolations(container)).toEqual([]);

    await act(async () => {
      await emit(SYNC_EVENT, syncStatusFixture({ last_sync_at: null, running: true, progress: { done: 40, total: null } }));
    });
    expect(screen.getByLabelText('Gegevens ophalen: 40 ontvangen').hasAttribute('value'), 'no total: indeterminate').toBe(false);

    await act(async () => {
      await emit(SYNC_EVENT, syncStatusFixture({ last_sync_at: '2025-06-17T08:30:00Z' }));
    });
    expect(screen.queryByTestId('sync-progress')).toBeNull();
    expect(text('status-last-sync')).toBe('Laatst gesynchroniseerd: 17-06-2025 10:30.');
  });

  it('asks sync_status again every 30 seconds', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const calls = mockCommands({ sync_status: () => syncStatusFixture() });
    renderWithI18n(<Harness />);
    await act(async () => undefined);
    expect(callsOf(calls, 'sync_status')).toHaveLength(1);
    await act(async () => {
      vi.advanceTimersByTime(SYNC_REFRESH_MS);
    });
    expect(callsOf(calls, 'sync_status')).toHaveLength(2);
  });
});
