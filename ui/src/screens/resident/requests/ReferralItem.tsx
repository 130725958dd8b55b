import { Button, ButtonGroup, Heading4, Heading5 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { DATA_CATEGORIES, LIFE_DOMAINS, REFERRAL_PROGRESS, REQUEST_STATUSES } from '../../../api/contract.gen';
import type { FieldError, Referral, ReferralProgress, ReferralView, RequestsFile } from '../../../api/contract.gen';
import { labelOf } from '../../../api/labels';
import { Facts } from '../../../components/Facts';
import { formatDate } from '../../../i18n/format';
import { useText } from '../../../i18n/useText';
import { AttachmentList } from './AttachmentList';
import { lifeFacts } from './lifeFacts';
import { StepActions } from './StepActions';

/** What the organisation may report next: first whether it takes the resident on, then help started and ended. */
export function nextProgress(r: Referral): ReferralProgress[] {
  if (r.life.status === 'sent') return ['accepted', 'declined'];
  if (r.life.status !== 'answered') return [];
  const all = r.updates.map((u) => u.progress);
  if (!all.includes('accepted') || all.includes('ended')) return [];
  return all.includes('started') ? ['ended'] : ['started', 'ended'];
}

interface Props {
  residentId: string;
  view: ReferralView;
  children?: ReactNode;
  busy: boolean;
  onEdit: () => void;
  onAttach: () => void;
  onUpdate: () => void;
  onStepped: (file: RequestsFile) => void;
  onSendRefused: (errors: FieldError[]) => void;
}

/** One referral: where to and why, the data shared, the consent, the organisation's replies. */
export function ReferralItem({ residentId, view, children, busy, onEdit, onAttach, onUpdate, onStepped, onSendRefused }: Props) {
  const { t } = useText();
  const r = view.referral;
  const label = (list: Parameters<typeof labelOf>[0], v: string) => t(labelOf(list, v) ?? v);
  const progress = nextProgress(r);
  const draft = r.life.status === 'drafted';
  return (
    <li className="werkpad-report" data-testid="ref-item" data-status={r.life.status}>
      <Heading4>{t('referral-item-title', { domain: label(LIFE_DOMAINS, r.domain), organisation: r.organisation })}</Heading4>
      <p className="werkpad-report__meta">
        <strong data-testid="ref-item-status">{label(REQUEST_STATUSES, r.life.status)}</strong>
      </p>
      <Facts
        facts={[
          ...lifeFacts(t, r.life),
          { label: t('referral-field-reason'), value: <span className="werkpad-prewrap">{r.reason}</span> },
          { label: t('referral-field-shared'), value: r.shared.map((c) => label(DATA_CATEGORIES, c)).join(', '), testId: 'ref-item-shared' },
          { label: t('referral-field-shared-why'), value: r.shared_why },
          {
            label: t('consent-title'),
            value: r.consent ? t('consent-line', { date: formatDate(r.consent.given_on), scope: r.consent.scope }) : t('consent-none'),
            testId: 'ref-item-consent',
          },
        ]}
      />
      {r.updates.length > 0 ? (
        <>
          <Heading5>{t('referral-updates-title')}</Heading5>
          <ol className="werkpad-plain-list" data-testid="ref-item-updates">
            {r.updates.map((u, i) => (
              <li key={i}>
                {t('referral-update-line', { date: formatDate(u.on), progress: label(REFERRAL_PROGRESS, u.progress) })}
                {u.feedback ? <> {u.feedback}</> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <Heading5>{t('attachment-title')}</Heading5>
      <AttachmentList attachments={view.attachments} testId="ref-item-attachments" />
      {children}
      {busy ? null : (
        <>
          {draft || (r.life.status === 'answered' && progress.length > 0) ? (
            <ButtonGroup>
              {draft ? (
                <>
                  <Button appearance="secondary-action-button" data-testid="ref-edit" onClick={onEdit}>
                    {t('request-edit')}
                  </Button>
                  <Button appearance="secondary-action-button" data-testid="ref-attach" onClick={onAttach}>
                    {t('attachment-add')}
                  </Button>
                </>
              ) : (
                <Button appearance="secondary-action-button" data-testid="ref-progress" onClick={onUpdate}>
                  {t('referral-progress-open')}
                </Button>
              )}
            </ButtonGroup>
          ) : null}
          <StepActions
            residentId={residentId}
            kind="referral"
            id={r.id}
            steps={view.next_steps}
            prefix={`ref-${r.id}`}
            answerLabel={t('referral-answer-open')}
            onAnswer={onUpdate}
            onStepped={onStepped}
            onSendRefused={onSendRefused}
          />
        </>
      )}
    </li>
  );
}
