import { LinkButton, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import * as api from '../../api/contract.gen';
import type { EmployerFile, ErrorPayload, Ranked, ResidentMatch } from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { useText } from '../../i18n/useText';
import { BasisNotes } from './MatchReasons';
import { RankedMatches } from './RankedMatches';

interface Props {
  employerId: string;
  workplaceId: string;
  onBack: () => void;
  onOpenResident: (residentId: string) => void;
}

/**
 * Kandidaten: the residents of this laptop ranked for one workplace, each with score and
 * reasons and a link to the file. Advice only; the coach decides in the resident's file.
 */
export function Candidates({ employerId, workplaceId, onBack, onOpenResident }: Props) {
  const { t } = useText();
  const [file, setFile] = useState<EmployerFile | null>(null);
  const [ranked, setRanked] = useState<Ranked<ResidentMatch> | null>(null);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([api.employerFile({ employer_id: employerId }), api.matchesForWorkplace({ workplace_id: workplaceId })]).then(
      ([f, r]) => {
        if (!live) return;
        setFile(f);
        setRanked(r);
      },
      (e: ErrorPayload) => live && setFailure(e),
    );
    return () => {
      live = false;
    };
  }, [employerId, workplaceId]);

  const workplace = file?.workplaces.find((w) => w.id === workplaceId);
  return (
    <>
      <LinkButton inline onClick={onBack} className="werkpad-back" data-testid="candidates-back">
        {file ? t('candidates-back', { employer: file.employer.name }) : t('employer-back')}
      </LinkButton>
      <PageHeading testId="candidates-title" focusKey={workplace?.id}>
        {workplace ? t('candidates-title', { title: workplace.title }) : t('candidates-loading-title')}
      </PageHeading>
      {file && workplace ? (
        <Paragraph className="werkpad-muted">
          {t('candidates-subtitle', { employer: file.employer.name, place: workplace.place })}
        </Paragraph>
      ) : null}
      <ErrorAlert error={failure} />
      {ranked ? (
        <>
          <BasisNotes basis={ranked.basis} forResident={false} />
          {ranked.matches.length === 0 ? (
            <Paragraph data-testid="candidates-empty">{t('candidates-empty')}</Paragraph>
          ) : (
            <RankedMatches
              level={2}
              testId="candidates"
              of="residents"
              items={ranked.matches.map((m) => ({
                key: m.resident_id,
                match: m.match,
                title: (
                  <LinkButton
                    inline
                    data-testid="candidate-open"
                    aria-label={t('candidate-open-label', { name: m.display_name })}
                    onClick={() => onOpenResident(m.resident_id)}
                  >
                    {m.display_name}
                  </LinkButton>
                ),
              }))}
            />
          )}
        </>
      ) : failure ? null : (
        <Paragraph>{t('app-loading')}</Paragraph>
      )}
    </>
  );
}
