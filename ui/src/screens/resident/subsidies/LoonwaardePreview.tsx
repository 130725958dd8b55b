import { Heading4, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { LoonwaardeDraft, LoonwaardePreview as Preview } from '../../../api/contract.gen';
import { useDebouncedCallback } from '../../../components/useDebounced';
import { useText } from '../../../i18n/useText';
import { Steps } from './common';

/** Quiet time after the last keystroke before the arithmetic is asked for again. */
export const PREVIEW_DELAY_MS = 250;

/**
 * The loonwaarde as the coach types: the backend computes it from the draft (nothing is
 * stored) and answers every step as a sentence, or what stands in the way. Only the total
 * is a live region, so a screen reader is not read every step on every keystroke.
 */
export function LoonwaardePreview({ draft }: { draft: LoonwaardeDraft }) {
  const { t } = useText();
  const [preview, setPreview] = useState<Preview | null>(null);
  const asked = useRef(0);
  const ask = useDebouncedCallback((d: LoonwaardeDraft) => {
    const n = ++asked.current;
    api.loonwaardePreview({ draft: d }).then(
      (p) => n === asked.current && setPreview(p),
      () => n === asked.current && setPreview(null),
    );
  }, PREVIEW_DELAY_MS);
  const key = JSON.stringify(draft);
  useEffect(() => {
    ask(JSON.parse(key) as LoonwaardeDraft);
  }, [key, ask]);

  const outcome = preview?.outcome ?? null;
  // Only what the tasks themselves lack is shown here; the other fields get their errors
  // when the coach saves.
  const taskErrors = (preview?.errors ?? []).filter((e) => e.field === 'tasks' || e.field.startsWith('tasks['));
  return (
    <section aria-labelledby="lw-preview-heading" className="werkpad-section werkpad-subform" data-testid="lw-preview">
      <Heading4 id="lw-preview-heading">{t('lw-preview-title')}</Heading4>
      <Paragraph className="werkpad-muted">{t('lw-preview-intro')}</Paragraph>
      {outcome ? <Steps steps={outcome.steps} testId="lw-preview-steps" /> : null}
      {!outcome && taskErrors.length > 0 ? (
        <ul className="werkpad-plain-list" data-testid="lw-preview-problems">
          {taskErrors.map((e, i) => (
            <li key={`${e.field}-${i}`}>{t(e.message_id, e.args)}</li>
          ))}
        </ul>
      ) : null}
      <p role="status" className="werkpad-notice" data-testid="lw-preview-total">
        {outcome ? t('lw-preview-total', { percent: outcome.percent }) : t('lw-preview-waiting')}
      </p>
    </section>
  );
}
