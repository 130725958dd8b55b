import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { EmployerRecord, ErrorPayload, LoonwaardeView, PlacementView, SubsidyFile } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useText } from '../../../i18n/useText';
import { useCoachName } from '../../shared/useCoachName';
import { useSubsidyFile } from './common';
import { LoonwaardeForm } from './LoonwaardeForm';
import { LoonwaardeItem } from './LoonwaardeItem';
import { emptyValues, valuesOf } from './loonwaardeDraft';
import { Reassessment } from './Reassessment';

interface Props {
  residentId: string;
  /** Something was stored: the app refreshes its pending-changes count. */
  onChanged: () => void;
}

/** The form is closed, open for a new assessment, or open on a draft. */
type Editing = { id: string | null; view: LoonwaardeView | null } | null;
type Notice = 'saved' | 'signed' | null;

/**
 * Loonwaarde: the assessments at the workplace (drafts and signed), the re-assessment
 * date, a form to draft one on the laptop at the employer's, and the assessor's sign-off.
 */
export function LoonwaardeTab({ residentId, onChanged }: Props) {
  const { t } = useText();
  const coachName = useCoachName();
  const { file, setFile, failure } = useSubsidyFile(residentId, 'loonwaarde');
  const [employers, setEmployers] = useState<EmployerRecord[] | null>(null);
  const [placements, setPlacements] = useState<PlacementView[]>([]);
  const [listFailure, setListFailure] = useState<ErrorPayload | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    api.employers().then((e) => setEmployers(e ?? []), setListFailure);
    api.placements({ resident_id: residentId }).then((p) => setPlacements(p ?? []), setListFailure);
  }, [residentId]);

  useLayoutEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const stored = (f: SubsidyFile, what: Notice) => {
    setFile(f);
    setEditing(null);
    setNotice(what);
    onChanged();
  };

  const open = (view: LoonwaardeView | null) => {
    setNotice(null);
    setEditing({ id: view?.record.id ?? null, view });
  };
  const cancel = () => {
    setEditing(null);
    requestAnimationFrame(() => newButton.current?.focus());
  };

  return (
    <>
      <Heading2>{t('file-tab-loonwaarde')}</Heading2>
      <Paragraph>{t('lw-intro')}</Paragraph>
      <ErrorAlert error={failure ?? listFailure} testId="lw-load-failure" />
      {file?.reassess_on ? (
        <Paragraph data-testid="lw-reassess">
          {t('lw-reassess-label')} <Reassessment date={file.reassess_on} due={file.reassessment_due} />
        </Paragraph>
      ) : null}
      <p ref={noticeRef} role="status" tabIndex={-1} className="werkpad-notice werkpad-focus-target" data-testid="lw-notice">
        {notice === 'saved' ? t('lw-saved') : notice === 'signed' ? t('lw-signed') : ''}
      </p>

      {editing ? (
        employers ? (
          <LoonwaardeForm
            key={editing.id ?? 'new'}
            residentId={residentId}
            id={editing.id}
            initial={editing.view ? valuesOf(editing.view.record) : emptyValues()}
            employers={employers}
            placements={placements}
            onSaved={(f) => stored(f, 'saved')}
            onCancel={cancel}
          />
        ) : (
          <Paragraph>{t('app-loading')}</Paragraph>
        )
      ) : (
        <Button ref={newButton} appearance="primary-action-button" data-testid="lw-new" onClick={() => open(null)}>
          {t('lw-new')}
        </Button>
      )}

      <section aria-labelledby="lw-list-heading" className="werkpad-section">
        <Heading3 id="lw-list-heading">{t('lw-list-title')}</Heading3>
        {file === null ? (
          failure ? null : <Paragraph>{t('app-loading')}</Paragraph>
        ) : file.loonwaarden.length === 0 ? (
          <Paragraph data-testid="lw-empty">{t('lw-empty')}</Paragraph>
        ) : (
          <ul className="werkpad-reports" data-testid="lw-list">
            {file.loonwaarden.map((v) => (
              <LoonwaardeItem
                key={v.record.id}
                residentId={residentId}
                view={v}
                due={file.reassessment_due && v.record.sign_off?.reassess_on === file.reassess_on}
                coachName={coachName}
                onEdit={open}
                onSigned={(f) => stored(f, 'signed')}
              />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
