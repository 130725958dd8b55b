import { useEffect, useRef } from 'react';
import { activity } from '../api/contract.gen';

export const ACTIVITY_INTERVAL_MS = 30_000;

/**
 * Tells the backend the coach is working (keys and clicks), so the idle timer does not
 * lock the store mid-sentence. At most one `activity` call per 30 seconds.
 */
export function useActivity(enabled: boolean) {
  const last = useRef(0);
  useEffect(() => {
    if (!enabled) return;
    const onInput = () => {
      const now = Date.now();
      if (now - last.current < ACTIVITY_INTERVAL_MS) return;
      last.current = now;
      activity().catch(() => {
        // A failed ping is harmless: the next input tries again after the interval.
      });
    };
    window.addEventListener('keydown', onInput, true);
    window.addEventListener('pointerdown', onInput, true);
    return () => {
      window.removeEventListener('keydown', onInput, true);
      window.removeEventListener('pointerdown', onInput, true);
    };
  }, [enabled]);
}
