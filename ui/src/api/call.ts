// How every command is invoked (the typed wrappers are generated in contract.gen.ts): one
// input object as `input`, or none. A failure is rethrown as an ErrorPayload; `locked`
// also tells the app to show the unlock screen.

import { invoke } from '@tauri-apps/api/core';
import { toErrorPayload } from './errors';

type LockedListener = () => void;
const lockedListeners = new Set<LockedListener>();

/** Called whenever a command answers `locked`, so the app can show the unlock screen. */
export function onLocked(listener: LockedListener): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

/** Invokes command `name` with `input` (if any); rejects with an ErrorPayload. */
export async function call<T>(name: string, input?: unknown): Promise<T> {
  try {
    return input === undefined ? await invoke<T>(name) : await invoke<T>(name, { input });
  } catch (e) {
    const payload = toErrorPayload(e);
    if (payload.code === 'locked') lockedListeners.forEach((l) => l());
    throw payload;
  }
}
