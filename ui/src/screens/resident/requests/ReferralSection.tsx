import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import type { FieldError, RequestsFile } from '../../../api/contract.gen';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { AttachmentForm } from './AttachmentForm';
import { ReferralForm } from './ReferralForm';
import { nextProgress, ReferralItem } from './ReferralItem';
import { ReferralUpdateForm } from './ReferralUpdateForm';

type Open =
  | { what: 'new' }
  | { what: 'edit'; id: string; errors?: FieldError[] }
  | { what: 'update'; id: string }
  | { what: 'attach'; id: string }
  | null;

interface Props {
  residentId: string;
  file: RequestsFile;
  onStored: (file: RequestsFile, notice: string) => void;
  onAttached: () => void;
}

/** Referrals to help in other areas of life (debts, social work, housing). */
export function ReferralSection({ residentId, file, onStored, onAttached }: Props) {
  const { t } = useText();
  const [open, setOpen] = useState<Open>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const stored = (f: RequestsFile, notice: string) => {
    setOpen(null);
    onStored(f, notice);
  };
  const cancel = () => {
    const wasNew = open?.what === 'new';
    setOpen(null);
    if (wasNew) requestAnimationFrame(() => newButton.current?.focus());
  };
  const editing = open?.what === 'edit' ? file.referrals.find((r) => r.referral.id === open.id) : undefined;

  return (
    <section aria-labelledby="ref-heading" className="werkpad-section">
      <Heading3 id="ref-heading">{t('referral-title')}</Heading3>
      <Paragraph className="werkpad-muted">{t('referral-intro')}</Paragraph>
      {open?.what === 'new' || editing ? (
        <ReferralForm
          residentId={residentId}
          referral={editing?.referral ?? null}
          initialErrors={open?.what === 'edit' ? open.errors : undefined}
          onSaved={(f) => stored(f, msg('request-notice-saved'))}
          onCancel={cancel}
        />
      ) : (
        <Button ref={newButton} appearance="secondary-action-button" data-testid="ref-new" onClick={() => setOpen({ what: 'new' })}>
          {t('referral-new')}
        </Button>
      )}
      {file.referrals.length === 0 ? (
        <Paragraph data-testid="ref-empty">{t('referral-empty')}</Paragraph>
      ) : (
        <ul className="werkpad-reports" data-testid="ref-list">
          {file.referrals.map((v) => {
            const id = v.referral.id;
            const mine = open !== null && open.what !== 'new' && open.id === id;
            return (
              <ReferralItem
                key={id}
                residentId={residentId}
                view={v}
                busy={mine}
                onEdit={() => setOpen({ what: 'edit', id })}
                onAttach={() => setOpen({ what: 'attach', id })}
                onUpdate={() => setOpen({ what: 'update', id })}
                onStepped={(f) => stored(f, msg('request-notice-step'))}
                onSendRefused={(errors) => setOpen({ what: 'edit', id, errors })}
              >
                {mine && open?.what === 'update' ? (
                  <ReferralUpdateForm
                    residentId={residentId}
                    referralId={id}
                    allowed={nextProgress(v.referral)}
                    onSaved={(f) => stored(f, msg('referral-notice-updated'))}
                    onCancel={cancel}
                  />
                ) : null}
                {mine && open?.what === 'attach' ? (
                  <AttachmentForm
                    residentId={residentId}
                    owner={{ kind: 'referral', id }}
                    prefix="ref-attachment"
                    onAdded={() => {
                      setOpen(null);
                      onAttached();
                    }}
                    onCancel={cancel}
                  />
                ) : null}
              </ReferralItem>
            );
          })}
        </ul>
      )}
    </section>
  );
}
