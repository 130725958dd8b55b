import { useCallback, useState } from 'react';
import { toErrorPayload } from '../api/errors';
import type { ErrorPayload, FieldError } from '../api/contract.gen';

export interface FormSubmit {
  /** Field errors of the last attempt (shown at the fields and in the summary). */
  errors: FieldError[];
  /** Counts attempts with errors: the summary takes focus when it changes. */
  attempt: number;
  /** A failure that belongs to no field (shown as an alert). */
  failure: ErrorPayload | null;
  busy: boolean;
  /** Shows errors found before sending anything. */
  reject: (errors: FieldError[]) => void;
  /**
   * Runs `action`. A rejection with field errors goes to the fields and the summary, any
   * other to the alert. True when the action succeeded.
   */
  submit: (action: () => Promise<void>) => Promise<boolean>;
}

/** The error and busy state every form of the matching screens shares. */
export function useFormSubmit(): FormSubmit {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);

  const reject = useCallback((found: FieldError[]) => {
    setFailure(null);
    setErrors(found);
    if (found.length > 0) setAttempt((n) => n + 1);
  }, []);

  const submit = useCallback(
    async (action: () => Promise<void>) => {
      setBusy(true);
      setFailure(null);
      try {
        await action();
        setErrors([]);
        return true;
      } catch (e) {
        const p = toErrorPayload(e);
        reject(p.fields);
        if (p.fields.length === 0) setFailure(p);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [reject],
  );

  return { errors, attempt, failure, busy, reject, submit };
}
