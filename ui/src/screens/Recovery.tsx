import { Button, Heading2, Page, PageContent, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import * as api from '../api/contract.gen';
import type { AppStatus, ErrorPayload, RecoveryStatus } from '../api/contract.gen';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../components/TextField';
import { formatInstant } from '../i18n/format';
import { useText } from '../i18n/useText';

interface Props {
  /** The lock screen said the key is missing from the keyring (not a forgotten passphrase). */
  keyMissing: boolean;
  onDone: (s: AppStatus) => void;
  onBack: () => void;
}

/**
 * The ways back when the passphrase is forgotten or the keyring lost the key: a recovery
 * code from the helpdesk (when this laptop has a recovery copy), or starting again, after
 * the coach saw and confirmed how many changes would be lost.
 */
export function Recovery({ keyMissing, onDone, onBack }: Props) {
  const { t } = useText();
  const [status, setStatus] = useState<RecoveryStatus | null>(null);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);

  useEffect(() => {
    api.recoveryStatus().then(setStatus, setFailure);
  }, []);

  return (
    <Page className="werkpad-page-narrow">
      <PageContent>
        <main id="main" className="werkpad-main">
          <PageHeading>{t('recovery-title')}</PageHeading>
          <Paragraph>{keyMissing ? t('recovery-intro-key-missing') : t('recovery-intro')}</Paragraph>
          <ErrorAlert error={failure} />
          {status?.recovery_copy ? <RecoverWithCode copy={status.recovery_copy} onDone={onDone} /> : null}
          {status ? <StartAgain status={status} onDone={onDone} /> : null}
          <Button type="button" appearance="secondary-action-button" data-testid="recovery-back" onClick={onBack}>
            {t('recovery-back')}
          </Button>
        </main>
      </PageContent>
    </Page>
  );
}

function RecoverWithCode({ copy, onDone }: { copy: string; onDone: (s: AppStatus) => void }) {
  const { t } = useText();
  const [code, setCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<{ code?: string; passphrase?: string }>({});
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!code.trim()) {
      setErrors({ code: t('recovery-code-needed') });
      document.getElementById('recovery-code')?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      onDone(await api.recoverStore({ code, passphrase }));
    } catch (e) {
      const payload = e as ErrorPayload;
      if (payload.code === 'recovery_code_invalid') {
        setErrors({ code: t(payload.message_id, payload.args) });
        document.getElementById('recovery-code')?.focus();
      } else if (payload.code === 'weak_passphrase') {
        setErrors({ passphrase: t(payload.message_id, payload.args) });
        document.getElementById('recovery-passphrase')?.focus();
      } else {
        setFailure(payload);
      }
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="recovery-code-heading" className="werkpad-section">
      <Heading2 id="recovery-code-heading">{t('recovery-code-title')}</Heading2>
      <Paragraph>{t('recovery-code-explained')}</Paragraph>
      <Paragraph data-testid="recovery-copy-path">
        <code>{copy}</code>
      </Paragraph>
      <ErrorAlert error={failure} />
      <form onSubmit={submit} noValidate>
        <TextField
          id="recovery-code"
          testId="recovery-code"
          label={t('recovery-code')}
          description={t('recovery-code-description')}
          value={code}
          onChange={setCode}
          autoComplete="off"
          spellCheck={false}
          error={errors.code}
          required
        />
        <TextField
          id="recovery-passphrase"
          testId="recovery-passphrase"
          type="password"
          label={t('recovery-new-passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="new-password"
          error={errors.passphrase}
          required
        />
        <Button type="submit" appearance="primary-action-button" data-testid="recovery-submit" busy={busy} disabled={busy}>
          {t('recovery-submit')}
        </Button>
      </form>
    </section>
  );
}

function StartAgain({ status, onDone }: { status: RecoveryStatus; onDone: (s: AppStatus) => void }) {
  const { t } = useText();
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const unsent = status.unsent ?? 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (unsent > 0 && !understood) {
      setError(t('recovery-reset-confirm-needed'));
      document.getElementById('recovery-reset-confirm')?.focus();
      return;
    }
    setError(undefined);
    try {
      onDone(await api.resetStore({ lose_unsent: unsent }));
    } catch (e) {
      setFailure(e as ErrorPayload);
    }
  };

  return (
    <section aria-labelledby="recovery-reset-heading" className="werkpad-section">
      <Heading2 id="recovery-reset-heading">{t('recovery-reset-title')}</Heading2>
      <Paragraph data-testid="recovery-unsent">
        {status.unsent === null
          ? t('recovery-unsent-unknown')
          : unsent === 0
            ? t('recovery-unsent-none')
            : t('recovery-unsent', { count: unsent, when: formatInstant(status.unsent_counted_at) })}
      </Paragraph>
      <Paragraph>{t('recovery-reset-explained')}</Paragraph>
      <ErrorAlert error={failure} />
      <form onSubmit={submit} noValidate>
        {unsent > 0 ? (
          <CheckboxField
            id="recovery-reset-confirm"
            testId="recovery-reset-confirm"
            label={t('recovery-reset-confirm', { count: unsent })}
            checked={understood}
            onChange={setUnderstood}
            error={error}
            required
          />
        ) : null}
        <Button type="submit" appearance="secondary-action-button" data-testid="recovery-reset">
          {t('recovery-reset-submit')}
        </Button>
      </form>
    </section>
  );
}
