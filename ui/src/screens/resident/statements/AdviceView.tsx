import { Heading4, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef } from 'react';
import { RULES_56, type Advice } from '../../../api/contract.gen';
import { labelOf } from '../../../api/labels';
import { useText } from '../../../i18n/useText';

/**
 * What the rules say, check by check, each with its reason. Only advice: the heading says
 * the coach decides. Met or not met is said in words with a plain symbol, never by colour
 * alone. The heading takes focus when a new advice arrives.
 */
export function AdviceView({ advice }: { advice: Advice }) {
  const { t } = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    heading.current?.focus();
  }, [advice]);

  return (
    <section aria-labelledby="v56-advice-heading" className="werkpad-section werkpad-subform" data-testid="v56-advice">
      <Heading4 id="v56-advice-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {t('statements-advice-title')}
      </Heading4>
      <Paragraph className="werkpad-notice" data-testid="v56-advice-eligible">
        {advice.eligible ? t('statements-advice-eligible') : t('statements-advice-not-eligible')}
      </Paragraph>
      <ul className="werkpad-reports">
        {advice.checks.map((c) => {
          const rule = labelOf(RULES_56, c.rule);
          return (
            <li key={c.rule} className="werkpad-report" data-testid="v56-check-item" data-met={c.met}>
              <p className="werkpad-report__meta">
                <strong>{rule ? t(rule) : c.rule}</strong>
              </p>
              <p className="werkpad-report__text">
                <span data-testid="v56-check-marker" className="werkpad-notice">
                  <span aria-hidden="true">
                    {c.met ? t('statements-check-met-symbol') : t('statements-check-unmet-symbol')}
                  </span>{' '}
                  {c.met ? t('statements-check-met') : t('statements-check-unmet')}
                </span>{' '}
                <span data-testid="v56-check-reason">{t(c.reason.id, c.reason.args)}</span>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
