// Events the backend emits (docs/ipc.md). `subscribe` wraps `listen` from
// @tauri-apps/api/event: it returns a plain unsubscribe function at once, and does nothing
// outside Tauri (a browser preview, or unit tests without event mocking).
// Unit tests emit events with `emit` after `mockIPC(…, { shouldMockEvents: true })`.

import { listen } from '@tauri-apps/api/event';
import type { SyncStatus } from './contract.gen';

/** Carries a SyncStatus whenever it changes (start, progress, end, error). */
export const SYNC_EVENT = 'werkpad://sync';
/** No payload: the server revoked this laptop; the store and its key are destroyed. */
export const WIPED_EVENT = 'werkpad://wiped';

/** Calls `handler` with each event's payload until the returned function is called. */
export function subscribe<T>(event: string, handler: (payload: T) => void): () => void {
  let unlisten: (() => unknown) | null = null;
  let gone = false;
  // At run time the unlisten function returns a promise; a failure there is harmless.
  const stop = (un: () => unknown) => Promise.resolve(un()).catch(() => undefined);
  listen<T>(event, (e) => {
    if (!gone) handler(e.payload);
  }).then(
    (un) => {
      if (gone) void stop(un);
      else unlisten = un;
    },
    () => {
      // Outside Tauri there is no event bus.
    },
  );
  return () => {
    gone = true;
    if (unlisten) void stop(unlisten);
  };
}

export const onSyncStatus = (handler: (s: SyncStatus) => void) => subscribe<SyncStatus>(SYNC_EVENT, handler);

export const onWiped = (handler: () => void) => subscribe<null>(WIPED_EVENT, () => handler());
