import { useText } from '../../i18n/useText';
import { STEPS } from './steps';

/** The list of steps; the current one is marked for screen readers with aria-current. */
export function StepProgress({ current, onSelect }: { current: number; onSelect: (i: number) => void }) {
  const { t } = useText();
  return (
    <nav aria-label={t('intake-steps-label')} className="werkpad-steps">
      <ol className="werkpad-steps__list">
        {STEPS.map((s, i) => (
          <li key={s.key} className="werkpad-steps__item">
            <button
              type="button"
              className="werkpad-steps__link"
              aria-current={i === current ? 'step' : undefined}
              onClick={() => onSelect(i)}
            >
              {t('intake-step-number', { n: i + 1, title: t(s.title) })}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
