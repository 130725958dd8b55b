import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { ErrorPayload, PlacementView, SubsidyFile } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { useCoachName } from '../../shared/useCoachName';
import { useSubsidyFile } from './common';
import { JobcoachItem } from './JobcoachItem';
import { JobcoachPlanForm } from './JobcoachPlanForm';
import { LksDecisionForm } from './LksDecisionForm';
import { LksItem } from './LksItem';
import { OrganisationForm } from './OrganisationForm';

interface Props {
  residentId: string;
  /** Something was stored: the app refreshes its pending-changes count. */
  onChanged: () => void;
}

type Open = 'decide' | 'plan' | 'organisation' | null;
type Notice = 'decided' | 'paid' | 'planned' | 'reported' | 'approved' | 'organisation' | null;

const NOTICES: Record<Exclude<Notice, null>, string> = {
  decided: msg('subsidy-notice-decided'),
  paid: msg('subsidy-notice-paid'),
  planned: msg('subsidy-notice-planned'),
  reported: msg('subsidy-notice-reported'),
  approved: msg('subsidy-notice-approved'),
  organisation: msg('subsidy-notice-organisation'),
};

/**
 * Subsidies: the loonkostensubsidie to the employer (advice, a person's decision,
 * payments per period) and job coaching by an organisation (periods, progress reports,
 * approved payments), with the jobcoach organisations to choose from.
 */
export function SubsidiesTab({ residentId, onChanged }: Props) {
  const { t } = useText();
  const coachName = useCoachName();
  const { file, setFile, failure, load } = useSubsidyFile(residentId, 'employer_subsidy');
  const [placements, setPlacements] = useState<PlacementView[]>([]);
  const [placementsFailure, setPlacementsFailure] = useState<ErrorPayload | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const buttons = useRef<Record<Exclude<Open, null>, HTMLButtonElement | null>>({ decide: null, plan: null, organisation: null });

  useEffect(() => {
    api.placements({ resident_id: residentId }).then((p) => setPlacements(p ?? []), setPlacementsFailure);
  }, [residentId]);
  useLayoutEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const stored = (f: SubsidyFile, what: Exclude<Notice, null>) => {
    setFile(f);
    setOpen(null);
    setNotice(what);
    onChanged();
  };
  const show = (o: Exclude<Open, null>) => {
    setNotice(null);
    setOpen(o);
  };
  const close = () => {
    const was = open;
    setOpen(null);
    if (was) requestAnimationFrame(() => buttons.current[was]?.focus());
  };
  const button = (o: Exclude<Open, null>, label: string, testId: string, primary = false) => (
    <Button
      ref={(el: HTMLButtonElement | null) => {
        buttons.current[o] = el;
      }}
      appearance={primary ? 'primary-action-button' : 'secondary-action-button'}
      data-testid={testId}
      onClick={() => show(o)}
    >
      {label}
    </Button>
  );

  return (
    <>
      <Heading2>{t('file-tab-subsidies')}</Heading2>
      <Paragraph>{t('subsidy-intro')}</Paragraph>
      <ErrorAlert error={failure ?? placementsFailure} testId="subsidy-load-failure" />
      <p ref={noticeRef} role="status" tabIndex={-1} className="werkpad-notice werkpad-focus-target" data-testid="subsidy-notice">
        {notice ? t(NOTICES[notice]) : ''}
      </p>
      {file === null ? (
        failure ? null : <Paragraph>{t('app-loading')}</Paragraph>
      ) : (
        <>
          <section aria-labelledby="lks-heading" className="werkpad-section">
            <Heading3 id="lks-heading">{t('lks-title')}</Heading3>
            <Paragraph className="werkpad-muted">{t('lks-intro')}</Paragraph>
            {open === 'decide' ? (
              <LksDecisionForm
                residentId={residentId}
                file={file}
                placements={placements}
                coachName={coachName}
                onDecided={(f) => stored(f, 'decided')}
                onCancel={close}
              />
            ) : (
              button('decide', t('lks-new'), 'lks-new', true)
            )}
            {file.lks.length === 0 ? (
              <Paragraph data-testid="lks-empty">{t('lks-empty')}</Paragraph>
            ) : (
              <ul className="werkpad-reports" data-testid="lks-list">
                {file.lks.map((v) => (
                  <LksItem key={v.decision.id} residentId={residentId} view={v} coachName={coachName} onPaid={(f) => stored(f, 'paid')} />
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="jc-heading" className="werkpad-section">
            <Heading3 id="jc-heading">{t('jc-title')}</Heading3>
            <Paragraph className="werkpad-muted">{t('jc-intro')}</Paragraph>
            {open === 'plan' ? (
              <JobcoachPlanForm residentId={residentId} file={file} onPlanned={(f) => stored(f, 'planned')} onCancel={close} />
            ) : (
              button('plan', t('jc-new'), 'jc-new')
            )}
            {file.jobcoaching.length === 0 ? (
              <Paragraph data-testid="jc-empty">{t('jc-empty')}</Paragraph>
            ) : (
              <ul className="werkpad-reports" data-testid="jc-list">
                {file.jobcoaching.map((v) => (
                  <JobcoachItem key={v.subsidy.id} residentId={residentId} view={v} coachName={coachName} onStored={stored} />
                ))}
              </ul>
            )}

          </section>

          <section aria-labelledby="org-heading" className="werkpad-section">
            <Heading3 id="org-heading">{t('org-title')}</Heading3>
            {file.organisations.length === 0 ? (
              <Paragraph data-testid="org-empty">{t('org-empty')}</Paragraph>
            ) : (
              <ul className="werkpad-plain-list" data-testid="org-list" aria-labelledby="org-heading">
                {file.organisations.map((o) => (
                  <li key={o.id}>{[o.name, o.contact_name, o.phone, o.email].filter(Boolean).join(' · ')}</li>
                ))}
              </ul>
            )}
            {open === 'organisation' ? (
              <OrganisationForm
                onSaved={() => {
                  setOpen(null);
                  setNotice('organisation');
                  load();
                  onChanged();
                }}
                onCancel={close}
              />
            ) : (
              button('organisation', t('org-new'), 'org-new')
            )}
          </section>
        </>
      )}
    </>
  );
}
