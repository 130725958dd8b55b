import { Paragraph } from '@utrecht/component-library-react';
import { MATCH_COMPONENTS, MATCH_EFFECTS, type ExplainedMatch, type MatchBasis, type MatchEffect, type MatchReason } from '../../api/contract.gen';
import { labelOf } from '../../api/labels';
import { msg } from '../../i18n/msg';
import { useText } from '../../i18n/useText';

/** A plain sign per effect, next to its name in words: never colour alone (WCAG 1.4.1). */
const EFFECT_SYMBOLS: Record<MatchEffect, string> = {
  plus: msg('match-symbol-plus'),
  minus: msg('match-symbol-minus'),
  neutral: msg('match-symbol-neutral'),
  exclusion: msg('match-symbol-exclusion'),
};

/** Kilometres as the reasons give them: one decimal below 10 km, whole ones from 10 km. */
export function kilometres(metres: number): number {
  return metres < 9950 ? Math.round(metres / 100) / 10 : Math.round(metres / 1000);
}

/** "Score: 72 van 100" and the distance (or that it is not known). */
export function MatchScore({ match }: { match: ExplainedMatch }) {
  const { t } = useText();
  return (
    <p className="werkpad-match__score">
      <strong data-testid="match-score">{t('match-score', { score: match.score })}</strong>
      <span className="werkpad-match__distance" data-testid="match-distance">
        {match.distance_m === null
          ? t('match-distance-unknown')
          : t('match-distance', { km: kilometres(match.distance_m) })}
      </span>
    </p>
  );
}

function ReasonItem({ reason: r }: { reason: MatchReason }) {
  const { t } = useText();
  const effect = labelOf(MATCH_EFFECTS, r.effect);
  const component = labelOf(MATCH_COMPONENTS, r.component);
  return (
    <li className={`werkpad-reason werkpad-reason--${r.effect}`} data-testid="match-reason" data-effect={r.effect}>
      <span className="werkpad-reason__effect">
        <span aria-hidden="true" className="werkpad-reason__symbol">
          {t(EFFECT_SYMBOLS[r.effect])}
        </span>{' '}
        {component
          ? t('match-reason-head', { effect: effect ? t(effect) : r.effect, component: t(component) })
          : t('match-reason-head-plain', { effect: effect ? t(effect) : r.effect })}
      </span>{' '}
      <span data-testid="match-reason-text">{t(r.reason.id, r.reason.args)}</span>
      {component && r.effect !== 'exclusion' ? (
        <span className="werkpad-muted"> {t('match-reason-points', { points: r.points, max: r.max_points })}</span>
      ) : null}
    </li>
  );
}

/** Why a match scored as it did: one line per reason, exclusions first. */
export function MatchReasons({ reasons }: { reasons: MatchReason[] }) {
  const { t } = useText();
  return (
    <ul className="werkpad-reasons" aria-label={t('match-reasons-label')}>
      {reasons.map((r, i) => (
        <ReasonItem key={`${r.component ?? 'none'}-${r.reason.id}-${i}`} reason={r} />
      ))}
    </ul>
  );
}

/**
 * That a match is advice and the coach decides, and what the ranking could not use: no
 * postcode areas on this laptop yet (travel does not count), no search profile.
 */
export function BasisNotes({ basis, forResident }: { basis: MatchBasis; forResident: boolean }) {
  const { t } = useText();
  return (
    <div data-testid="match-basis">
      <Paragraph className="werkpad-notice" data-testid="match-advice-note">
        {t('match-advice-note')}
      </Paragraph>
      {basis.postcode_areas === 0 ? (
        <Paragraph data-testid="match-basis-no-postcodes">{t('match-basis-no-postcodes')}</Paragraph>
      ) : null}
      {forResident && !basis.has_profile ? (
        <Paragraph data-testid="match-basis-no-profile">{t('match-basis-no-profile')}</Paragraph>
      ) : null}
      <Paragraph className="werkpad-muted">
        {forResident
          ? t('match-basis-workplaces', { count: basis.candidates })
          : t('match-basis-residents', { count: basis.candidates })}
      </Paragraph>
    </div>
  );
}
