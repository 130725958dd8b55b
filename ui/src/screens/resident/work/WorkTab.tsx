import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { ErrorPayload, MatchProfile, PlacementView, Ranked, WorkplaceMatch } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useText } from '../../../i18n/useText';
import { useCoachName } from '../../shared/useCoachName';
import { LearningSection } from './LearningSection';
import { PlacementForm } from './PlacementForm';
import { PlacementItem } from './PlacementItem';
import { ProfileForm } from './ProfileForm';
import { ProfileSummary } from './ProfileSummary';
import { WorkplaceMatches } from './WorkplaceMatches';

interface Props {
  residentId: string;
  /** Something was stored: the app refreshes its pending-changes count. */
  onChanged: () => void;
}

/**
 * Werk: the search profile, the workplaces that fit (advice, with reasons), the coach's
 * decision to place the resident, the placements with their follow-up contacts, and the
 * preparation for work (leerwerkplekken, trainings, qualifications).
 */
export function WorkTab({ residentId, onChanged }: Props) {
  const { t } = useText();
  const coachName = useCoachName();
  const [profile, setProfile] = useState<MatchProfile | null>(null);
  const [editingProfile, setEditingProfile] = useState(false);
  const [ranked, setRanked] = useState<Ranked<WorkplaceMatch> | null>(null);
  const [placements, setPlacements] = useState<PlacementView[] | null>(null);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [placing, setPlacing] = useState<WorkplaceMatch | null>(null);
  const [replacing, setReplacing] = useState<PlacementView | null>(null);
  const [placed, setPlaced] = useState(false);
  const [profileSavedAt, setProfileSavedAt] = useState(0);
  const profileNotice = useRef<HTMLParagraphElement>(null);
  const matchesHeading = useRef<HTMLHeadingElement>(null);
  const placedNotice = useRef<HTMLParagraphElement>(null);

  const fail = (e: ErrorPayload) => setFailure(e);
  const loadMatches = useCallback(() => {
    api.matchesForResident({ resident_id: residentId }).then(setRanked, fail);
  }, [residentId]);
  const loadPlacements = useCallback(() => {
    api.placements({ resident_id: residentId }).then((p) => setPlacements(p ?? []), fail);
  }, [residentId]);

  useEffect(() => {
    api.matchProfile({ resident_id: residentId }).then(setProfile, fail);
    loadMatches();
    loadPlacements();
  }, [residentId, loadMatches, loadPlacements]);

  useLayoutEffect(() => {
    if (placed) placedNotice.current?.focus();
  }, [placed]);
  // The form closes on save: focus goes to the notice instead of being lost.
  useLayoutEffect(() => {
    if (profileSavedAt) profileNotice.current?.focus();
  }, [profileSavedAt]);

  const changed = () => {
    loadPlacements();
    loadMatches();
    onChanged();
  };

  const profileSaved = (p: MatchProfile) => {
    setProfile(p);
    setEditingProfile(false);
    setProfileSavedAt((n) => n + 1);
    loadMatches();
    onChanged();
  };

  const toMatches = () => {
    matchesHeading.current?.focus();
    matchesHeading.current?.scrollIntoView?.({ block: 'start' });
  };

  // Without a stored profile the form is open; after a save it closes, even before the
  // matches (and their `has_profile`) have been loaded again.
  const showForm = editingProfile || (ranked !== null && !ranked.basis.has_profile && profileSavedAt === 0);
  return (
    <>
      <Heading2>{t('file-tab-work')}</Heading2>
      <Paragraph>{t('work-intro')}</Paragraph>
      <ErrorAlert error={failure} testId="work-failure" />

      <section aria-labelledby="profile-heading" className="werkpad-section">
        <Heading3 id="profile-heading">{t('profile-title')}</Heading3>
        <p ref={profileNotice} role="status" tabIndex={-1} className="werkpad-notice werkpad-focus-target" data-testid="profile-saved">
          {profileSavedAt && !showForm ? t('profile-saved') : ''}
        </p>
        {!profile || !ranked ? (
          <Paragraph>{t('app-loading')}</Paragraph>
        ) : showForm ? (
          <div className="werkpad-subform">
            <Paragraph className="werkpad-muted">{t('profile-intro')}</Paragraph>
            <ProfileForm
              profile={profile}
              onSaved={profileSaved}
              onCancel={
                ranked.basis.has_profile
                  ? () => {
                      setEditingProfile(false);
                      requestAnimationFrame(() => document.getElementById('profile-edit')?.focus());
                    }
                  : undefined
              }
            />
          </div>
        ) : (
          <>
            <ProfileSummary profile={profile} />
            <Button
              id="profile-edit"
              appearance="secondary-action-button"
              data-testid="profile-edit"
              onClick={() => {
                setProfileSavedAt(0);
                setEditingProfile(true);
              }}
            >
              {t('profile-edit')}
            </Button>
          </>
        )}
      </section>

      <section aria-labelledby="matches-heading" className="werkpad-section">
        <Heading3 id="matches-heading" ref={matchesHeading} tabIndex={-1} className="werkpad-focus-target">
          {t('matches-title')}
        </Heading3>
        <p ref={placedNotice} role="status" tabIndex={-1} className="werkpad-notice werkpad-focus-target" data-testid="placement-placed">
          {placed ? t('placement-placed') : ''}
        </p>
        {placing ? (
          <PlacementForm
            residentId={residentId}
            match={placing}
            replaces={replacing}
            coachName={coachName}
            onPlaced={() => {
              setPlacing(null);
              setReplacing(null);
              setPlaced(true);
              changed();
            }}
            onCancel={() => {
              setPlacing(null);
              requestAnimationFrame(toMatches);
            }}
          />
        ) : ranked ? (
          <WorkplaceMatches
            ranked={ranked}
            replacing={replacing}
            onStopReplacing={() => setReplacing(null)}
            onPlace={(m) => {
              setPlaced(false);
              setPlacing(m);
            }}
          />
        ) : (
          <Paragraph>{t('app-loading')}</Paragraph>
        )}
      </section>

      <section aria-labelledby="placements-heading" className="werkpad-section">
        <Heading3 id="placements-heading">{t('placements-title')}</Heading3>
        {placements === null ? (
          <Paragraph>{t('app-loading')}</Paragraph>
        ) : placements.length === 0 ? (
          <Paragraph data-testid="placements-empty">{t('placements-empty')}</Paragraph>
        ) : (
          <ul className="werkpad-reports" data-testid="placements">
            {placements.map((v) => (
              <PlacementItem
                key={v.placement.id}
                residentId={residentId}
                view={v}
                replaced={placements.some((o) => o.placement.replaces === v.placement.id)}
                onChanged={changed}
                onReplace={(view) => {
                  setReplacing(view);
                  setPlacing(null);
                  setPlaced(false);
                  requestAnimationFrame(toMatches);
                }}
              />
            ))}
          </ul>
        )}
      </section>

      <LearningSection residentId={residentId} onChanged={onChanged} />
    </>
  );
}
