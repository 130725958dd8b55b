import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import type { FieldError, RequestsFile } from '../../../api/contract.gen';
import { formatDate } from '../../../i18n/format';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { AttachmentForm } from './AttachmentForm';
import { UwvAnswerForm } from './UwvAnswerForm';
import { UwvForm } from './UwvForm';
import { UwvItem } from './UwvItem';

/** What is open: one form at a time, so every field id is unique on the page. */
type Open =
  | { what: 'new' }
  | { what: 'edit'; id: string; errors?: FieldError[] }
  | { what: 'answer'; id: string }
  | { what: 'attach'; id: string }
  | null;

interface Props {
  residentId: string;
  file: RequestsFile;
  /** Stored: the new file and what was done (for the notice). */
  onStored: (file: RequestsFile, notice: string) => void;
  /** An attachment was added: the file is loaded again. */
  onAttached: () => void;
}

/** Requests to UWV: the list newest first, a new draft, and each request's next steps. */
export function UwvSection({ residentId, file, onStored, onAttached }: Props) {
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
  const editing = open?.what === 'edit' ? file.uwv.find((u) => u.request.id === open.id) : undefined;

  return (
    <section aria-labelledby="uwv-heading" className="werkpad-section">
      <Heading3 id="uwv-heading">{t('uwv-title')}</Heading3>
      <Paragraph className="werkpad-muted">{t('uwv-intro')}</Paragraph>
      {file.beschut_repeat_from ? (
        <Paragraph data-testid="uwv-repeat-from">{t('uwv-repeat-from', { date: formatDate(file.beschut_repeat_from) })}</Paragraph>
      ) : null}
      {open?.what === 'new' || editing ? (
        <UwvForm
          residentId={residentId}
          request={editing?.request ?? null}
          repeatFrom={file.beschut_repeat_from ?? null}
          initialErrors={open?.what === 'edit' ? open.errors : undefined}
          onSaved={(f) => stored(f, msg('request-notice-saved'))}
          onCancel={cancel}
        />
      ) : (
        <Button ref={newButton} appearance="primary-action-button" data-testid="uwv-new" onClick={() => setOpen({ what: 'new' })}>
          {t('uwv-new')}
        </Button>
      )}
      {file.uwv.length === 0 ? (
        <Paragraph data-testid="uwv-empty">{t('uwv-empty')}</Paragraph>
      ) : (
        <ul className="werkpad-reports" data-testid="uwv-list">
          {file.uwv.map((v) => {
            const id = v.request.id;
            const mine = open !== null && open.what !== 'new' && open.id === id;
            return (
              <UwvItem
                key={id}
                residentId={residentId}
                view={v}
                busy={mine}
                onEdit={() => setOpen({ what: 'edit', id })}
                onAttach={() => setOpen({ what: 'attach', id })}
                onAnswer={() => setOpen({ what: 'answer', id })}
                onStepped={(f) => stored(f, msg('request-notice-step'))}
                onSendRefused={(errors) => setOpen({ what: 'edit', id, errors })}
              >
                {mine && open?.what === 'answer' ? (
                  <UwvAnswerForm residentId={residentId} requestId={id} onSaved={(f) => stored(f, msg('uwv-notice-answered'))} onCancel={cancel} />
                ) : null}
                {mine && open?.what === 'attach' ? (
                  <AttachmentForm
                    residentId={residentId}
                    owner={{ kind: 'uwv_request', id }}
                    prefix="uwv-attachment"
                    onAdded={() => {
                      setOpen(null);
                      onAttached();
                    }}
                    onCancel={cancel}
                  />
                ) : null}
              </UwvItem>
            );
          })}
        </ul>
      )}
    </section>
  );
}
