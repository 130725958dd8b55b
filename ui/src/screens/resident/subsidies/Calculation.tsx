import { Paragraph } from '@utrecht/component-library-react';
import type { LksCalculation } from '../../../api/contract.gen';
import { formatDate } from '../../../i18n/format';
import { useText } from '../../../i18n/useText';
import { Steps } from './common';

/**
 * An LKS calculation step by step: per part of the period (a new minimum wage on 1 January
 * or 1 July splits it) the sentences and the source of the rate, then the total.
 */
export function Calculation({ calc, testId }: { calc: LksCalculation; testId: string }) {
  const { t } = useText();
  const multi = calc.parts.length > 1;
  return (
    <div data-testid={testId}>
      {calc.parts.map((p, i) => (
        <div key={`${p.from}-${i}`} data-testid={`${testId}-part`}>
          {multi ? (
            <p className="werkpad-report__meta">
              <strong>{t('lks-part-title', { n: i + 1, from: formatDate(p.from), until: formatDate(p.until) })}</strong>
            </p>
          ) : null}
          <Steps steps={p.steps} testId={`${testId}-steps`} />
          <Paragraph className="werkpad-muted">{t('lks-source', { source: p.source })}</Paragraph>
        </div>
      ))}
      <Steps steps={calc.steps} testId={`${testId}-total`} ordered={false} />
    </div>
  );
}
