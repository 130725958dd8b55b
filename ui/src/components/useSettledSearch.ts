import { useEffect, useLayoutEffect, useRef } from 'react';

/** How long a result stays on screen without a new one before its search counts as settled. */
export const SETTLE_MS = 1500;

export interface SettledSearch<S> {
  /** A result for `text` (and `state`) is on screen: it settles after `ms` without another. Empty text settles nothing. */
  shown: (text: string, state: S) => void;
  /** The coach acts on the result (Enter, a result opened): settle it now, if it has not settled yet. */
  now: () => void;
}

/**
 * Tells the backend once which search result the coach really looked at, so it can log it
 * (the access log holds settled searches, not every keystroke). `settle(text, state)` is
 * called for the last result `shown` when `ms` pass without another, or at once on `now()`;
 * never twice for one result, never for empty text. A result still waiting when the screen
 * closes is dropped. The returned object is the same on every render.
 */
export function useSettledSearch<S>(settle: (text: string, state: S) => void, ms = SETTLE_MS): SettledSearch<S> {
  const settleRef = useRef(settle);
  // After commit, not during render: a render that is thrown away must not leave its
  // `settle` behind.
  useLayoutEffect(() => {
    settleRef.current = settle;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<{ text: string; state: S } | null>(null);
  const api = useRef<SettledSearch<S> | null>(null);
  if (api.current === null) {
    const stop = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
    const flush = () => {
      stop();
      const p = pending.current;
      pending.current = null;
      if (p) settleRef.current(p.text, p.state);
    };
    api.current = {
      shown: (text, state) => {
        stop();
        const trimmed = text.trim();
        pending.current = trimmed ? { text: trimmed, state } : null;
        if (pending.current) timer.current = setTimeout(flush, ms);
      },
      now: flush,
    };
  }
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      pending.current = null;
    },
    [],
  );
  return api.current;
}
