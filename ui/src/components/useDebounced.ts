import { useEffect, useRef } from 'react';

/**
 * Returns `run(...)`, which calls the latest `fn` after `ms` of quiet; a new call restarts
 * the wait. Pending calls are dropped on unmount.
 */
export function useDebouncedCallback<A extends unknown[]>(fn: (...args: A) => void, ms: number) {
  const fnRef = useRef(fn);
  fnRef.current = fn;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const run = useRef((...args: A) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      fnRef.current(...args);
    }, ms);
  });
  return run.current;
}
