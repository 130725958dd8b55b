import { Button, Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { ErrorPayload, LearningFile } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useText } from '../../../i18n/useText';
import { LeerwerkplekItem, TrainingItem } from './LearningItems';
import { LeerwerkplekForm } from './LeerwerkplekForm';
import { TrainingForm } from './TrainingForm';

interface Props {
  residentId: string;
  onChanged: () => void;
}

type Open = { what: 'lwp' | 'training'; id: string | null } | null;

/**
 * Preparing for work: leerwerkplekken (learning at a partner, with a mentor and goals),
 * trainings, and the qualifications the passed trainings give.
 */
export function LearningSection({ residentId, onChanged }: Props) {
  const { t } = useText();
  const [file, setFile] = useState<LearningFile | null>(null);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [saved, setSaved] = useState(0);
  const notice = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    api.learningFile({ resident_id: residentId }).then(setFile, setFailure);
  }, [residentId]);
  useLayoutEffect(() => {
    if (saved) notice.current?.focus();
  }, [saved]);

  const stored = (f: LearningFile) => {
    setFile(f);
    setOpen(null);
    setSaved((n) => n + 1);
    onChanged();
  };
  const lwpOpen = open?.what === 'lwp' ? open : null;
  const trainingOpen = open?.what === 'training' ? open : null;

  return (
    <section aria-labelledby="learning-heading" className="werkpad-section">
      <Heading3 id="learning-heading">{t('learning-title')}</Heading3>
      <Paragraph className="werkpad-muted">{t('learning-intro')}</Paragraph>
      <ErrorAlert error={failure} testId="learning-failure" />
      <p ref={notice} role="status" tabIndex={-1} className="werkpad-notice werkpad-focus-target" data-testid="learning-saved">
        {saved && !open ? t('learning-saved') : ''}
      </p>
      {file === null ? (
        failure ? null : <Paragraph>{t('app-loading')}</Paragraph>
      ) : (
        <>
          <Heading4>{t('learning-qualifications')}</Heading4>
          {file.qualifications.length === 0 ? (
            <Paragraph data-testid="qualifications-empty">{t('learning-qualifications-none')}</Paragraph>
          ) : (
            <ul className="werkpad-plain-list" data-testid="qualifications">
              {file.qualifications.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          )}

          <Heading4>{t('lwp-title')}</Heading4>
          {lwpOpen ? (
            <LeerwerkplekForm
              residentId={residentId}
              record={file.leerwerkplekken.find((l) => l.id === lwpOpen.id) ?? null}
              onSaved={stored}
              onCancel={() => setOpen(null)}
            />
          ) : (
            <Button appearance="secondary-action-button" data-testid="lwp-new" onClick={() => setOpen({ what: 'lwp', id: null })}>
              {t('lwp-new')}
            </Button>
          )}
          {file.leerwerkplekken.length === 0 ? (
            <Paragraph data-testid="lwp-empty">{t('lwp-empty')}</Paragraph>
          ) : (
            <ul className="werkpad-reports" data-testid="lwp-list">
              {file.leerwerkplekken.map((l) => (
                <LeerwerkplekItem key={l.id} residentId={residentId} record={l} busy={open !== null} onEdit={() => setOpen({ what: 'lwp', id: l.id })} onSaved={stored} />
              ))}
            </ul>
          )}

          <Heading4>{t('training-title')}</Heading4>
          {trainingOpen ? (
            <TrainingForm
              residentId={residentId}
              record={file.trainings.find((r) => r.id === trainingOpen.id) ?? null}
              onSaved={stored}
              onCancel={() => setOpen(null)}
            />
          ) : (
            <Button appearance="secondary-action-button" data-testid="training-new" onClick={() => setOpen({ what: 'training', id: null })}>
              {t('training-new')}
            </Button>
          )}
          {file.trainings.length === 0 ? (
            <Paragraph data-testid="training-empty">{t('training-empty')}</Paragraph>
          ) : (
            <ul className="werkpad-reports" data-testid="training-list">
              {file.trainings.map((r) => (
                <TrainingItem key={r.id} record={r} busy={open !== null} onEdit={() => setOpen({ what: 'training', id: r.id })} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
