import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import * as api from '../../api/contract.gen';
import { SURVEY_QUESTIONS, type SurveyQuestion } from '../../api/contract.gen';
import { useText } from '../../i18n/useText';
import { SCORES, monthOf } from './scale';
import './survey.css';

type Step = { kind: 'consent' } | { kind: 'question'; index: number } | { kind: 'done'; declined: boolean };
type Values = Partial<Record<SurveyQuestion, number>>;

/** Seconds the last screen stays before the app locks by itself. */
export const LOCK_AFTER_SECONDS = 20;

/**
 * The survey as the resident sees it on the coach's laptop: full screen, nothing of any
 * file (no navigation, no names), large text, one question per screen. The first screen
 * asks for consent; without a yes nothing is kept. Scores are big buttons with words,
 * reachable by Tab and Enter, and the number keys 1 to 5 choose too. The last screen thanks
 * and asks to give the laptop back; then the app locks (`onLock`), so only the coach's
 * passphrase leads back. Stopping also locks.
 */
export function SurveyHandover({ onLock, today = new Date() }: { onLock: () => void; today?: Date }) {
  const { t } = useText();
  const [step, setStep] = useState<Step>({ kind: 'consent' });
  const [values, setValues] = useState<Values>({});
  const [failed, setFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const total = SURVEY_QUESTIONS.length;

  // Each new screen's heading takes focus, so a screen reader reads the question and Tab
  // starts at the first answer.
  useEffect(() => heading.current?.focus(), [step]);

  const finish = useCallback(
    (answers: Values) => {
      setStep({ kind: 'done', declined: false });
      // All skipped: there is nothing to keep.
      if (Object.keys(answers).length === 0) return;
      api.surveyRecord({ consent: true, month: monthOf(today), channel: 'screen', values: answers }).catch(() => setFailed(true));
    },
    [today],
  );

  const answer = useCallback(
    (score: number | null) => {
      if (step.kind !== 'question') return;
      const question = SURVEY_QUESTIONS[step.index]!.value;
      const next: Values = { ...values };
      if (score === null) delete next[question];
      else next[question] = score;
      setValues(next);
      if (step.index + 1 < total) setStep({ kind: 'question', index: step.index + 1 });
      else finish(next);
    },
    [step, values, total, finish],
  );

  // The number keys choose a score on a question screen.
  useEffect(() => {
    if (step.kind !== 'question') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const n = Number(e.key);
      if (Number.isInteger(n) && n >= 1 && n <= 5) {
        e.preventDefault();
        answer(n);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, answer]);

  // The last screen locks by itself after a while, should nobody press the button.
  useEffect(() => {
    if (step.kind !== 'done') return;
    const timer = setTimeout(onLock, LOCK_AFTER_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [step, onLock]);

  return (
    <main className="survey-handover" data-testid="survey-handover" aria-labelledby="survey-handover-heading">
      {step.kind === 'consent' ? (
        <div className="survey-handover__screen" data-testid="survey-consent">
          <h1 id="survey-handover-heading" ref={heading} tabIndex={-1} className="survey-handover__heading">
            {t('survey-consent-title')}
          </h1>
          <p className="survey-handover__text">{t('survey-consent-text')}</p>
          <div className="survey-handover__choices">
            <button
              type="button"
              className="survey-handover__button survey-handover__button--primary"
              data-testid="survey-consent-yes"
              onClick={() => setStep({ kind: 'question', index: 0 })}
            >
              {t('survey-consent-yes')}
            </button>
            <button
              type="button"
              className="survey-handover__button"
              data-testid="survey-consent-no"
              onClick={() => setStep({ kind: 'done', declined: true })}
            >
              {t('survey-consent-no')}
            </button>
          </div>
        </div>
      ) : null}
      {step.kind === 'question' ? (
        <div className="survey-handover__screen" data-testid="survey-question" key={step.index}>
          <p className="survey-handover__progress">{t('survey-progress', { number: step.index + 1, total })}</p>
          <h1 id="survey-handover-heading" ref={heading} tabIndex={-1} className="survey-handover__heading">
            {t(SURVEY_QUESTIONS[step.index]!.label)}
          </h1>
          <p id="survey-scale-hint" className="survey-handover__text">
            {t('survey-scale-hint')}
          </p>
          <div
            role="group"
            aria-labelledby="survey-handover-heading"
            aria-describedby="survey-scale-hint"
            className="survey-handover__scale"
          >
            {SCORES.map((s) => (
              <button
                key={s.value}
                type="button"
                className="survey-handover__button survey-handover__score"
                data-testid={`survey-score-${s.value}`}
                aria-keyshortcuts={String(s.value)}
                onClick={() => answer(s.value)}
              >
                <span className="survey-handover__number" aria-hidden="true">
                  {s.value}
                </span>
                <span className="survey-handover__words">{t(s.label)}</span>
              </button>
            ))}
          </div>
          <div className="survey-handover__choices">
            <button type="button" className="survey-handover__button" data-testid="survey-skip" onClick={() => answer(null)}>
              {t('survey-skip')}
            </button>
            <button type="button" className="survey-handover__button survey-handover__button--quiet" data-testid="survey-stop" onClick={onLock}>
              {t('survey-stop')}
            </button>
          </div>
        </div>
      ) : null}
      {step.kind === 'done' ? (
        <div className="survey-handover__screen" data-testid="survey-done">
          <h1 id="survey-handover-heading" ref={heading} tabIndex={-1} className="survey-handover__heading">
            {step.declined ? t('survey-declined') : t('survey-thanks')}
          </h1>
          {failed ? (
            <Alert type="error" data-testid="survey-save-failed">
              <Paragraph>{t('survey-save-failed')}</Paragraph>
            </Alert>
          ) : null}
          <div className="survey-handover__choices">
            <button
              type="button"
              className="survey-handover__button survey-handover__button--primary"
              data-testid="survey-give-back"
              onClick={onLock}
            >
              {t('survey-give-back')}
            </button>
          </div>
        </div>
      ) : null}
    </main>
  );
}
