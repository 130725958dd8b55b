import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import * as api from '../../api/contract.gen';
import { useText } from '../../i18n/useText';
import { SurveyPaper } from './SurveyPaper';

/**
 * The coach's way into the satisfaction survey: hand the laptop to the resident (the app
 * then shows only the questions and locks after them), or type in a paper form. Shows how
 * many answers wait for the next sync; never a name: answers are not part of a file.
 */
export function SurveyStart({ onHandOver }: { onHandOver: () => void }) {
  const { t } = useText();
  const [pending, setPending] = useState<number | null>(null);
  const [paper, setPaper] = useState(false);

  useEffect(() => {
    api.surveyPending().then((p) => setPending(p.pending), () => setPending(null));
  }, []);

  return (
    <section aria-labelledby="survey-heading" data-testid="survey-start">
      <Heading2 id="survey-heading">{t('survey-title')}</Heading2>
      <Paragraph>{t('survey-intro')}</Paragraph>
      {pending !== null ? <Paragraph data-testid="survey-pending">{t('survey-pending', { count: pending })}</Paragraph> : null}
      {paper ? (
        <SurveyPaper onSaved={(p) => setPending(p.pending)} onCancel={() => setPaper(false)} />
      ) : (
        <>
          <Paragraph id="survey-handover-description">{t('survey-handover-description')}</Paragraph>
          <Paragraph id="survey-paper-description">{t('survey-paper-description')}</Paragraph>
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              data-testid="survey-handover-start"
              aria-describedby="survey-handover-description"
              onClick={onHandOver}
            >
              {t('survey-handover')}
            </Button>
            <Button
              appearance="secondary-action-button"
              data-testid="survey-paper-start"
              aria-describedby="survey-paper-description"
              onClick={() => setPaper(true)}
            >
              {t('survey-paper')}
            </Button>
          </ButtonGroup>
        </>
      )}
    </section>
  );
}
