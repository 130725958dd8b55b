import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { WORKPLACE_KINDS, type PlacementView, type Ranked, type WorkplaceMatch } from '../../../api/contract.gen';
import { labelOf } from '../../../api/labels';
import { useText } from '../../../i18n/useText';
import { BasisNotes } from '../../matching/MatchReasons';
import { RankedMatches } from '../../matching/RankedMatches';

interface Props {
  ranked: Ranked<WorkplaceMatch>;
  /** The ended placement a new one will replace (herplaatsing), if the coach is looking for one. */
  replacing: PlacementView | null;
  onStopReplacing: () => void;
  onPlace: (match: WorkplaceMatch) => void;
}

/** "Passende werkplekken": ranked, with reasons, each with a button to place the resident. */
export function WorkplaceMatches({ ranked, replacing, onStopReplacing, onPlace }: Props) {
  const { t } = useText();
  return (
    <>
      <BasisNotes basis={ranked.basis} forResident />
      {replacing ? (
        <Alert type="info" data-testid="matches-replacing">
          <Paragraph>
            {t('matches-replacing', {
              workplace: replacing.workplace_title ?? t('placement-unknown-workplace'),
              employer: replacing.employer_name ?? t('placement-unknown-employer'),
            })}
          </Paragraph>
          <Button appearance="subtle-button" data-testid="matches-replacing-stop" onClick={onStopReplacing}>
            {t('matches-replacing-stop')}
          </Button>
        </Alert>
      ) : null}
      {ranked.matches.length === 0 ? (
        <Paragraph data-testid="matches-empty">{t('matches-empty')}</Paragraph>
      ) : (
        <RankedMatches
          level={4}
          testId="matches"
          of="workplaces"
          items={ranked.matches.map((m) => {
            const kind = labelOf(WORKPLACE_KINDS, m.workplace.kind);
            const asked = m.qualifications
              .map((q) => t(q.held ? 'match-qualification-held' : 'match-qualification-missing', { label: q.label }))
              .join(', ');
            return {
              key: m.workplace.id,
              match: m.match,
              title: t('matches-item-title', { title: m.workplace.title, employer: m.employer_name }),
              details: t('matches-item-details', {
                kind: kind ? t(kind) : m.workplace.kind,
                hours: m.workplace.hours_per_week,
                place: m.workplace.place,
              }) + (asked ? ` · ${t('match-qualifications')}: ${asked}` : ''),
              actions: (
                <Button
                  appearance="primary-action-button"
                  data-testid="match-place"
                  aria-label={t('match-place-label', { title: m.workplace.title, employer: m.employer_name })}
                  onClick={() => onPlace(m)}
                >
                  {t('match-place')}
                </Button>
              ),
            };
          })}
        />
      )}
    </>
  );
}
