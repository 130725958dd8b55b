import { Button, ButtonGroup, Heading5 } from '@utrecht/component-library-react';
import { type ChangeEvent, useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import { ATTACHMENT_KINDS, ATTACHMENT_MAX_BYTES, type AttachmentInfo, type AttachmentOwner } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { errorAt } from '../../../components/fieldErrors';
import { LabelledField, describedBy } from '../../../components/fieldParts';
import { SelectField } from '../../../components/SelectField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { useText } from '../../../i18n/useText';

interface Props {
  residentId: string;
  owner: AttachmentOwner;
  /** Element id prefix, unique on the page. */
  prefix: string;
  onAdded: (info: AttachmentInfo) => void;
  onCancel: () => void;
}

/** The largest attachment in whole MB, as error-file-too-large says it. */
export const ATTACHMENT_MAX_MB = Math.floor(Number(ATTACHMENT_MAX_BYTES) / (1024 * 1024));

/** The file's bytes as base64 (what attachment_add takes). */
export async function readBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/**
 * A file to send along (PDF, PNG or JPEG). A file over the limit is refused here, before
 * it is read; the backend checks the size and the kind of file again and its answer counts.
 */
export function AttachmentForm({ residentId, owner, prefix, onAdded, onCancel }: Props) {
  const { t } = useText();
  const [kind, setKind] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const form = useFormSubmit();
  const kindRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => kindRef.current?.querySelector('select')?.focus(), []);

  const tooLarge = () => ({ field: 'content', message_id: 'error-file-too-large', args: { max: String(ATTACHMENT_MAX_MB) } });
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0] ?? null;
    setFile(f);
    form.reject(f && f.size > Number(ATTACHMENT_MAX_BYTES) ? [tooLarge()] : []);
  };
  const submit = () => {
    if (file && file.size > Number(ATTACHMENT_MAX_BYTES)) {
      form.reject([tooLarge()]);
      document.getElementById(`${prefix}-file`)?.focus();
      return;
    }
    void form.submit(async () => {
      const content = file ? await readBase64(file) : null;
      onAdded(await api.attachmentAdd({ resident_id: residentId, owner, form: { kind: kind || null, file_name: file?.name ?? null, content } }));
    });
  };

  const fileField = {
    id: `${prefix}-file`,
    label: t('attachment-field-file'),
    description: t('attachment-field-file-description', { max: ATTACHMENT_MAX_MB }),
    error: errorAt(form.errors, 'content', t) ?? errorAt(form.errors, 'file_name', t) ?? errorAt(form.errors, 'owner', t),
    required: true,
  };
  return (
    <div className="werkpad-subform" data-testid={`${prefix}-form`}>
      <Heading5>{t('attachment-form-title')}</Heading5>
      <ErrorAlert error={form.failure} testId={`${prefix}-failure`} />
      <form
        noValidate
        aria-label={t('attachment-form-title')}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div ref={kindRef}>
          <SelectField
            id={`${prefix}-kind`}
            testId={`${prefix}-kind`}
            label={t('attachment-field-kind')}
            description={t('attachment-field-kind-description')}
            required
            error={errorAt(form.errors, 'kind', t)}
            value={kind}
            options={ATTACHMENT_KINDS.map((k) => ({ value: k.value, text: t(k.label) }))}
            onChange={setKind}
          />
        </div>
        <LabelledField p={fileField}>
          <input
            id={fileField.id}
            data-testid={fileField.id}
            type="file"
            accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
            className="werkpad-file-input"
            aria-describedby={describedBy(fileField)}
            aria-invalid={fileField.error ? true : undefined}
            onChange={pick}
          />
        </LabelledField>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid={`${prefix}-save`} busy={form.busy} disabled={form.busy}>
            {t('attachment-save')}
          </Button>
          <Button appearance="secondary-action-button" data-testid={`${prefix}-cancel`} onClick={onCancel}>
            {t('request-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
