import { Heading5, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { ErrorPayload, LksCalculation } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useDebouncedCallback } from '../../../components/useDebounced';
import { toIsoDate } from '../../../i18n/format';
import { useText } from '../../../i18n/useText';
import { Calculation } from './Calculation';

export const ESTIMATE_DELAY_MS = 250;

interface Props {
  /** The signed loonwaarde; null while none is picked. */
  percent: number | null;
  /** The placement's contract hours a week; null while no placement is picked. */
  hoursPerWeek: number | null;
  /** The first day as typed. */
  startsOn: string;
}

/**
 * The advice before the decision: what the LKS of the first month would be, every step
 * shown. The heading and the text say that a person decides, not the calculation.
 */
export function EstimateAdvice({ percent, hoursPerWeek, startsOn }: Props) {
  const { t } = useText();
  const [calc, setCalc] = useState<LksCalculation | null>(null);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const asked = useRef(0);
  const ask = useDebouncedCallback((p: number, h: number, s: string) => {
    const n = ++asked.current;
    api.lksEstimate({ loonwaarde_percent: p, hours_per_week: h, starts_on: s }).then(
      (c) => {
        if (n !== asked.current) return;
        setCalc(c);
        setFailure(null);
      },
      (e: ErrorPayload) => {
        if (n !== asked.current) return;
        setCalc(null);
        setFailure(e);
      },
    );
  }, ESTIMATE_DELAY_MS);

  const ready = percent !== null && hoursPerWeek !== null && toIsoDate(startsOn) !== null;
  useEffect(() => {
    if (percent !== null && hoursPerWeek !== null && toIsoDate(startsOn) !== null) {
      ask(percent, hoursPerWeek, startsOn.trim());
    } else {
      ask.cancel();
      asked.current += 1;
      setCalc(null);
      setFailure(null);
    }
  }, [percent, hoursPerWeek, startsOn, ask]);

  return (
    <section aria-labelledby="lks-advice-heading" className="werkpad-section werkpad-subform" data-testid="lks-advice">
      <Heading5 id="lks-advice-heading">{t('lks-advice-title')}</Heading5>
      <Paragraph>{t('lks-advice-intro')}</Paragraph>
      {!ready ? <Paragraph className="werkpad-muted" data-testid="lks-advice-waiting">{t('lks-advice-waiting')}</Paragraph> : null}
      {ready && failure ? (
        <ErrorAlert
          error={failure.fields.length > 0 ? { ...failure, message_id: failure.fields[0]!.message_id, args: failure.fields[0]!.args } : failure}
          testId="lks-advice-failure"
        />
      ) : null}
      {ready && calc ? <Calculation calc={calc} testId="lks-advice-calc" /> : null}
    </section>
  );
}
