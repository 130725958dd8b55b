import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import { END_REASONS, NEXT_STATES, PURPOSES, TRAJECT_STATES, type TrajectView } from '../../api/contract.gen';
import { labelOf } from '../../api/labels';
import { Facts } from '../../components/Facts';
import { formatDate } from '../../i18n/format';
import { useText } from '../../i18n/useText';
import type { TabProps } from './tabProps';
import { TrajectEndForm } from './TrajectEndForm';
import { TrajectHistory } from './TrajectHistory';
import { TrajectTransitions } from './TrajectTransitions';

/** The current traject: state, allowed next steps, ending it, and its history. */
export function TrajectTab({ residentId, view, onView }: TabProps) {
  const { t } = useText();
  const [ending, setEnding] = useState(false);
  const [justEnded, setJustEnded] = useState(false);
  const traject: TrajectView | undefined = view.trajecten[view.trajecten.length - 1];
  const earlier = view.trajecten.slice(0, -1);
  const label = (list: { value: string; label: string }[], v: string | null | undefined) => {
    const id = labelOf(list, v);
    return id ? t(id) : (v ?? '');
  };

  if (!traject) {
    return (
      <>
        <Heading2>{t('file-tab-traject')}</Heading2>
        <Paragraph>{t('traject-none')}</Paragraph>
      </>
    );
  }

  const facts = [
    { label: t('traject-state'), value: label(TRAJECT_STATES, traject.state), testId: 'traject-state' },
    { label: t('traject-started-on'), value: formatDate(traject.started_on) },
    { label: t('traject-coach'), value: traject.coach.name },
    { label: t('traject-purposes'), value: traject.purposes.map((p) => label(PURPOSES, p)).join(', ') },
  ];
  if (traject.end) {
    facts.push(
      { label: t('traject-end-reason'), value: label(END_REASONS, traject.end.reason), testId: 'traject-end-reason' },
      { label: t('traject-ended-on'), value: formatDate(traject.end.ended_on), testId: 'traject-ended-on' },
      { label: t('traject-decided-by'), value: traject.end.decided_by.name, testId: 'traject-decided-by' },
      { label: t('traject-end-reasoning'), value: traject.end.reasoning, testId: 'traject-end-reasoning-view' },
    );
  }

  return (
    <>
      <Heading2>{t('traject-current')}</Heading2>
      <Facts facts={facts} />
      {traject.destroy_after ? <Retention date={traject.destroy_after} focus={justEnded} /> : null}
      {traject.state !== 'ended' && !traject.end ? (
        <>
          <TrajectTransitions
            residentId={residentId}
            traject={traject}
            next={NEXT_STATES[traject.state] ?? []}
            onView={onView}
          />
          {ending ? (
            <TrajectEndForm
              residentId={residentId}
              traject={traject}
              onView={(v) => {
                setEnding(false);
                setJustEnded(true);
                onView(v);
              }}
              onCancel={() => setEnding(false)}
            />
          ) : (
            <section aria-labelledby="traject-end-heading" className="werkpad-section">
              <Heading3 id="traject-end-heading">{t('traject-end-title')}</Heading3>
              <Paragraph>{t('traject-end-intro')}</Paragraph>
              <Button appearance="secondary-action-button" hint="danger" data-testid="traject-end-open" onClick={() => setEnding(true)}>
                {t('traject-end-open')}
              </Button>
            </section>
          )}
        </>
      ) : null}
      <TrajectHistory traject={traject} />
      {earlier.length > 0 ? (
        <section aria-labelledby="traject-earlier-heading" className="werkpad-section">
          <Heading3 id="traject-earlier-heading">{t('traject-earlier')}</Heading3>
          <ul className="utrecht-unordered-list">
            {earlier.map((tr) => (
              <li key={tr.id} className="utrecht-unordered-list__item">
                {t('traject-earlier-item', {
                  from: formatDate(tr.started_on),
                  until: formatDate(tr.end?.ended_on ?? null),
                  reason: tr.end ? label(END_REASONS, tr.end.reason) : label(TRAJECT_STATES, tr.state),
                })}
                {tr.destroy_after ? ` ${t('traject-retention', { date: formatDate(tr.destroy_after) })}` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** "Bewaard tot dd-mm-jjjj"; focused when it appears right after ending the traject. */
function Retention({ date, focus }: { date: string; focus: boolean }) {
  const { t } = useText();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="werkpad-retention werkpad-focus-target">
      <Paragraph>
        <strong data-testid="traject-retention">{t('traject-retention', { date: formatDate(date) })}</strong>
      </Paragraph>
      <Paragraph>{t('traject-retention-explained')}</Paragraph>
    </div>
  );
}
