// What the Loonwaarde and Subsidies tabs share: loading the resident's subsidy file, the
// arithmetic as sentences, and the field wiring of their forms.

import { useCallback, useEffect, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { ErrorPayload, Purpose, Reason, SubsidyFile } from '../../../api/contract.gen';
import { errorAt, type FieldDef } from '../../../components/fieldErrors';
import type { FormSubmit } from '../../../components/useFormSubmit';
import { useText } from '../../../i18n/useText';

/** A typed text, or null when blank (the backend reads null as "not filled in"). */
export const text = (v: string): string | null => (v.trim() ? v.trim() : null);

/** The resident's subsidy file, opened for `purpose` (an audited read). */
export function useSubsidyFile(residentId: string, purpose: Purpose) {
  const [file, setFile] = useState<SubsidyFile | null>(null);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const load = useCallback(() => {
    api.subsidyFile({ resident_id: residentId, purpose }).then(
      (f) => {
        setFile(f);
        setFailure(null);
      },
      (e: ErrorPayload) => setFailure(e),
    );
  }, [residentId, purpose]);
  useEffect(load, [load]);
  return { file, setFile, failure, load };
}

/**
 * The steps of a calculation, one sentence each: numbered in order, or (`ordered` false,
 * for a closing total) as plain lines in bold.
 */
export function Steps({ steps, testId, ordered = true }: { steps: readonly Reason[]; testId?: string; ordered?: boolean }) {
  const { t } = useText();
  const items = steps.map((s, i) => (
    <li key={`${s.id}-${i}`} data-testid={testId ? `${testId}-step` : undefined}>
      {ordered ? t(s.id, s.args) : <strong>{t(s.id, s.args)}</strong>}
    </li>
  ));
  return ordered ? (
    <ol className="werkpad-steps" data-testid={testId}>
      {items}
    </ol>
  ) : (
    <ul className="werkpad-plain-list" data-testid={testId}>
      {items}
    </ul>
  );
}

/**
 * `field(path)` for a form: the element id and test id, the translated label, and the
 * backend's error at that path (shown under the field and linked by aria-describedby).
 */
export function useFields(defs: readonly FieldDef[], form: FormSubmit) {
  const { t } = useText();
  return (path: string) => {
    const d = defs.find((x) => x.path === path);
    const id = d?.id ?? path;
    return { id, testId: id, label: d ? (d.labelText ?? t(d.label)) : path, error: errorAt(form.errors, path, t) };
  };
}
