import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { ErrorPayload, RequestsFile } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { MedicalSection } from './MedicalSection';
import { ReferralSection } from './ReferralSection';
import { UwvSection } from './UwvSection';

interface Props {
  residentId: string;
  /** Something was stored: the app refreshes its pending-changes count. */
  onChanged: () => void;
}

/**
 * Verzoeken: requests to other parties about the resident. Requests to UWV, referrals to
 * help in other areas of life, and medical examinations (health data: shown only after
 * the coach says for what and why).
 */
export function RequestsTab({ residentId, onChanged }: Props) {
  const { t } = useText();
  const [file, setFile] = useState<RequestsFile | null>(null);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [notice, setNotice] = useState<{ id: string; n: number } | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const load = useCallback(() => {
    api.requestsFile({ resident_id: residentId }).then(
      (f) => {
        setFile(f);
        setFailure(null);
      },
      (e: ErrorPayload) => setFailure(e),
    );
  }, [residentId]);
  useEffect(load, [load]);
  useLayoutEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const say = (id: string) => setNotice((old) => ({ id, n: (old?.n ?? 0) + 1 }));
  const stored = (f: RequestsFile, id: string) => {
    setFile(f);
    say(id);
    onChanged();
  };
  const attached = () => {
    load();
    say(msg('attachment-notice-added'));
    onChanged();
  };

  return (
    <>
      <Heading2>{t('file-tab-requests')}</Heading2>
      <Paragraph>{t('requests-intro')}</Paragraph>
      <ErrorAlert error={failure} testId="requests-load-failure" />
      <p ref={noticeRef} role="status" tabIndex={-1} className="werkpad-notice werkpad-focus-target" data-testid="requests-notice">
        {notice ? t(notice.id) : ''}
      </p>
      {file === null ? (
        failure ? null : <Paragraph>{t('app-loading')}</Paragraph>
      ) : (
        <>
          <UwvSection residentId={residentId} file={file} onStored={stored} onAttached={attached} />
          <ReferralSection residentId={residentId} file={file} onStored={stored} onAttached={attached} />
          <MedicalSection residentId={residentId} onChanged={onChanged} onNotice={say} />
        </>
      )}
    </>
  );
}
