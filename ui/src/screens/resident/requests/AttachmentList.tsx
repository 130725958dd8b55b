import { ATTACHMENT_KINDS, type AttachmentInfo } from '../../../api/contract.gen';
import { labelOf } from '../../../api/labels';
import { formatDate } from '../../../i18n/format';
import { useText } from '../../../i18n/useText';
import { formatSize } from './common';

/** A request's attachments: name, kind, size and the day added (never the file itself). */
export function AttachmentList({ attachments, testId }: { attachments: readonly AttachmentInfo[]; testId: string }) {
  const { t } = useText();
  if (attachments.length === 0) return <p className="werkpad-muted">{t('attachment-none')}</p>;
  return (
    <ul className="werkpad-plain-list" data-testid={testId}>
      {attachments.map((a) => (
        <li key={a.id} data-testid={`${testId}-item`}>
          {t('attachment-line', {
            name: a.file_name,
            kind: t(labelOf(ATTACHMENT_KINDS, a.kind) ?? a.kind),
            size: formatSize(a.size_bytes),
            date: formatDate(a.added_on),
          })}
          {a.special ? <> {t('attachment-health')}</> : null}
        </li>
      ))}
    </ul>
  );
}
