import { useCallback, useEffect, useRef, useState } from 'react';
import * as api from '../api/contract.gen';
import { onSyncStatus } from '../api/events';
import type { ErrorPayload, SyncStatus } from '../api/contract.gen';

/** The status bar asks for sync_status this often, besides the werkpad://sync events. */
export const SYNC_REFRESH_MS = 30_000;

export interface SyncState {
  /** Null until sync_status has answered (or when the backend has no sync). */
  status: SyncStatus | null;
  /** Why the last "sync now" failed; cleared by the next try or when a new round starts. */
  error: ErrorPayload | null;
  /** True from the click on "sync now" until the backend answers. */
  requesting: boolean;
  /** Asks sync_status again. */
  refresh: () => void;
  /** Takes a status a command answered with (login, logout, conflict_resolve). */
  update: (s: SyncStatus) => void;
  /** One push + pull round (sync_now). */
  syncNow: () => Promise<void>;
}

function isSyncStatus(v: unknown): v is SyncStatus {
  return typeof v === 'object' && v !== null && typeof (v as SyncStatus).logged_in === 'boolean';
}

/**
 * The sync state for the status bar and the settings: loads sync_status on mount, follows
 * the werkpad://sync event, and asks again every 30 seconds.
 */
export function useSyncStatus(): SyncState {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [requesting, setRequesting] = useState(false);
  const busy = useRef(false);

  const update = useCallback((s: SyncStatus) => {
    if (isSyncStatus(s)) setStatus(s);
  }, []);

  // A new round has started: the failure of the previous "sync now" is old news.
  const onEvent = useCallback((s: SyncStatus) => {
    if (!isSyncStatus(s)) return;
    setStatus(s);
    if (s.running) setError(null);
  }, []);

  const refresh = useCallback(() => {
    api.syncStatus().then(update, () => {
      // Keep what we have; the next event or refresh will tell.
    });
  }, [update]);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, SYNC_REFRESH_MS);
    const off = onSyncStatus(onEvent);
    return () => {
      clearInterval(timer);
      off();
    };
  }, [refresh, onEvent]);

  const syncNow = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setRequesting(true);
    setError(null);
    try {
      update(await api.syncNow());
    } catch (e) {
      setError(e as ErrorPayload);
      refresh();
    } finally {
      busy.current = false;
      setRequesting(false);
    }
  }, [refresh, update]);

  return { status, error, requesting, refresh, update, syncNow };
}
