import { Alert, Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { ErrorPayload, FieldError, MedicalExamination, Purpose } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { HealthAccessFields, type HealthAccessErrors, missingHealthAccess } from '../../shared/HealthAccessFields';
import { MedicalForm } from './MedicalForm';
import { MedicalItem } from './MedicalItem';

interface Props {
  residentId: string;
  onChanged: () => void;
  onNotice: (id: string) => void;
}

type Open = { what: 'new' } | { what: 'edit'; id: string; errors?: FieldError[] } | { what: 'outcome'; id: string } | null;

/**
 * Medical examinations (health data, AVG art. 9): hidden until the coach says for what
 * purpose and why, as on the Gezondheid tab. Every view is logged with the reason.
 */
export function MedicalSection({ residentId, onChanged, onNotice }: Props) {
  const { t } = useText();
  const [purpose, setPurpose] = useState<Purpose | ''>('medical_examination');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<HealthAccessErrors>({});
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [records, setRecords] = useState<MedicalExamination[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  const load = async () => {
    setBusy(true);
    setFailure(null);
    try {
      setRecords(await api.medicalExaminations({ resident_id: residentId, purpose: purpose || null, reason: reason.trim() }));
    } catch (e) {
      setFailure(e as ErrorPayload);
    } finally {
      setBusy(false);
    }
  };
  const show = () => {
    const found = missingHealthAccess(t, purpose, reason);
    setErrors(found);
    if (found.purpose || found.reason) {
      document.getElementById(found.purpose ? 'med-purpose' : 'med-reason')?.focus();
      return;
    }
    void load();
  };
  const saved = (m: MedicalExamination, notice: string) => {
    setRecords((old) => [m, ...(old ?? []).filter((o) => o.id !== m.id)]);
    setOpen(null);
    onNotice(notice);
    onChanged();
  };
  const stepped = () => {
    setOpen(null);
    void load();
    onNotice(msg('request-notice-step'));
    onChanged();
  };
  const cancel = () => {
    const wasNew = open?.what === 'new';
    setOpen(null);
    if (wasNew) requestAnimationFrame(() => newButton.current?.focus());
  };
  const editing = open?.what === 'edit' ? records?.find((r) => r.id === open.id) : undefined;

  return (
    <section aria-labelledby="med-heading" className="werkpad-section">
      <Heading3 id="med-heading">{t('medical-title')}</Heading3>
      <Alert type="info">
        <Paragraph>{t('medical-logged-explained')}</Paragraph>
      </Alert>
      {records === null ? (
        <form
          noValidate
          aria-labelledby="med-heading"
          onSubmit={(e) => {
            e.preventDefault();
            show();
          }}
        >
          <ErrorAlert error={failure} testId="med-access-failure" />
          <HealthAccessFields
            t={t}
            ids={{ purpose: 'med-purpose', reason: 'med-reason' }}
            testIds={{ purpose: 'med-purpose', reason: 'med-reason' }}
            purpose={purpose}
            reason={reason}
            onPurpose={setPurpose}
            onReason={setReason}
            errors={errors}
          />
          <Button type="submit" appearance="secondary-action-button" data-testid="med-show" busy={busy} disabled={busy}>
            {t('medical-show')}
          </Button>
        </form>
      ) : (
        <>
          <ErrorAlert error={failure} testId="med-failure" />
          {open?.what === 'new' || editing ? (
            <MedicalForm
              residentId={residentId}
              record={editing ?? null}
              initialErrors={open?.what === 'edit' ? open.errors : undefined}
              onSaved={(m) => saved(m, msg('request-notice-saved'))} onCancel={cancel} />
          ) : (
            <Button ref={newButton} appearance="secondary-action-button" data-testid="med-new" onClick={() => setOpen({ what: 'new' })}>
              {t('medical-new')}
            </Button>
          )}
          {records.length === 0 ? (
            <Paragraph data-testid="med-empty">{t('medical-empty')}</Paragraph>
          ) : (
            <ul className="werkpad-reports" data-testid="med-list">
              {records.map((m) => (
                <MedicalItem
                  key={m.id}
                  residentId={residentId}
                  record={m}
                  open={open !== null && open.what !== 'new' && open.id === m.id ? open.what : null}
                  onEdit={() => setOpen({ what: 'edit', id: m.id })}
                  onOutcome={() => setOpen({ what: 'outcome', id: m.id })}
                  onCancel={cancel}
                  onSaved={(r) => saved(r, msg('medical-notice-outcome'))}
                  onStepped={stepped}
                  onSendRefused={(errors) => setOpen({ what: 'edit', id: m.id, errors })}
                />
              ))}
            </ul>
          )}
          <ButtonGroup>
            <Button
              appearance="secondary-action-button"
              data-testid="med-hide"
              onClick={() => {
                setRecords(null);
                setOpen(null);
                setReason('');
              }}
            >
              {t('medical-hide')}
            </Button>
          </ButtonGroup>
        </>
      )}
    </section>
  );
}
