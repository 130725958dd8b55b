import { useCallback, useEffect, useRef, useState } from 'react';
import * as api from '../../api/contract.gen';
import type { IntakeForm } from '../../api/contract.gen';

export const DRAFT_SAVE_DEBOUNCE_MS = 800;

export type DraftState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Keeps the intake draft in the encrypted store: `schedule(form)` saves it 800 ms after the
 * last change. A change still waiting is saved at once when the wizard closes, so leaving
 * the screen loses nothing; `cancel()` drops it (after submit or discard).
 */
export function useDraftSaver() {
  const [state, setState] = useState<DraftState>('idle');
  const pending = useRef<IntakeForm | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<unknown>>(Promise.resolve());
  const mounted = useRef(true);

  const save = useCallback((form: IntakeForm) => {
    if (mounted.current) setState('saving');
    const p = api.intakeDraftSave(form).then(
      () => mounted.current && setState('saved'),
      () => mounted.current && setState('failed'),
    );
    inFlight.current = p;
    return p;
  }, []);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const form = pending.current;
    pending.current = null;
    if (form) void save(form);
  }, [save]);

  const schedule = useCallback(
    (form: IntakeForm) => {
      pending.current = form;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, DRAFT_SAVE_DEBOUNCE_MS);
    },
    [flush],
  );

  /** Drops a waiting save and resolves once a save already sent has finished. */
  const cancel = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    await inFlight.current;
  }, []);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      flush();
    };
  }, [flush]);

  return { state, schedule, cancel };
}
