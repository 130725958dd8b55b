import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { ExplainedMatch } from '../../api/contract.gen';
import { useText } from '../../i18n/useText';
import { MatchReasons, MatchScore } from './MatchReasons';

export interface RankedItem {
  key: string;
  match: ExplainedMatch;
  /** The heading of the item: a workplace with its employer, or a resident's name. */
  title: ReactNode;
  /** A line under the title (place, hours). */
  details?: ReactNode;
  /** Buttons for this match ("Plaatsen"). */
  actions?: ReactNode;
}

interface Props {
  items: RankedItem[];
  /** Level of the "Niet passend" heading; each match's title is one level below. */
  level: number;
  testId: string;
  /** What the candidates are: workplaces for a resident, residents for a workplace. */
  of: 'workplaces' | 'residents';
}

/** `level` is the heading's place in the outline; `look` how big it is (the same in both groups). */
function Item({ item, level, look }: { item: RankedItem; level: number; look: number }) {
  return (
    <li className="werkpad-match" data-testid="match-item" data-excluded={item.match.excluded}>
      <Heading level={level} appearance={`utrecht-heading-${look}`}>
        {item.title}
      </Heading>
      {item.details ? <p className="werkpad-match__details">{item.details}</p> : null}
      <MatchScore match={item.match} />
      <MatchReasons reasons={item.match.reasons} />
      {item.actions}
    </li>
  );
}

/**
 * Ranked matches in the order given (best first), with the excluded ones after them under
 * their own heading: they are never hidden, each says why it does not fit now.
 */
export function RankedMatches({ items, level, testId, of }: Props) {
  const { t } = useText();
  const fitting = items.filter((i) => !i.match.excluded);
  const excluded = items.filter((i) => i.match.excluded);
  return (
    <div data-testid={testId}>
      {fitting.length > 0 ? (
        <ol className="werkpad-matches" data-testid={`${testId}-fitting`} aria-label={t('match-fitting-label')}>
          {fitting.map((item) => (
            <Item key={item.key} item={item} level={level} look={level} />
          ))}
        </ol>
      ) : (
        <Paragraph data-testid={`${testId}-none-fitting`}>
          {of === 'workplaces' ? t('match-none-fitting') : t('match-none-fitting-residents')}
        </Paragraph>
      )}
      {excluded.length > 0 ? (
        <section aria-labelledby={`${testId}-excluded-heading`} data-testid={`${testId}-excluded`}>
          <Heading level={level} id={`${testId}-excluded-heading`}>
            {t('match-excluded-title')}
          </Heading>
          <Paragraph>{of === 'workplaces' ? t('match-excluded-intro') : t('match-excluded-intro-residents')}</Paragraph>
          <ol className="werkpad-matches">
            {excluded.map((item) => (
              <Item key={item.key} item={item} level={level + 1} look={level} />
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
