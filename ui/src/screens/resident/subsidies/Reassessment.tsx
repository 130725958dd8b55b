import { formatDate } from '../../../i18n/format';
import { useText } from '../../../i18n/useText';

/** A re-assessment date, and in words (with a symbol, never colour alone) when it is due. */
export function Reassessment({ date, due, testId }: { date: string; due: boolean; testId?: string }) {
  const { t } = useText();
  return (
    <span data-testid={testId} data-due={due}>
      {formatDate(date)}
      {due ? (
        <strong className="werkpad-overdue">
          {' '}
          <span aria-hidden="true">{t('lw-reassess-due-symbol')}</span> {t('lw-reassess-due')}
        </strong>
      ) : null}
    </span>
  );
}
