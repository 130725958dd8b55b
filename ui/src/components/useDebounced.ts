import { useEffect, useLayoutEffect, useRef } from 'react';

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Drops the call that is waiting, if any. */
  cancel: () => void;
}

/**
 * Returns `run(...)`, which calls the latest `fn` after `ms` of quiet; a new call restarts
 * the wait. `run.cancel()` drops a waiting call. `run` is the same function on every
 * render (safe in dependency lists and as a prop of memoised components). Pending calls are
 * dropped on unmount.
 */
export function useDebouncedCallback<A extends unknown[]>(fn: (...args: A) => void, ms: number): Debounced<A> {
  const fnRef = useRef(fn);
  // After commit, not during render: a render that React throws away must not leave its
  // `fn` behind.
  useLayoutEffect(() => {
    fnRef.current = fn;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const run = useRef<Debounced<A> | null>(null);
  if (run.current === null) {
    const cancel = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
    run.current = Object.assign(
      (...args: A) => {
        cancel();
        timer.current = setTimeout(() => {
          timer.current = null;
          fnRef.current(...args);
        }, ms);
      },
      { cancel },
    );
  }
  useEffect(() => run.current?.cancel, []);
  return run.current;
}
