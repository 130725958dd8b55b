import { Alert, Button, Page, PageContent, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import * as api from '../api/contract.gen';
import { retryAfterSeconds } from '../api/errors';
import type { AppStatus, ErrorPayload } from '../api/contract.gen';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../components/TextField';
import { Recovery } from './Recovery';
import { useText } from '../i18n/useText';

interface Props {
  coachName: string | null;
  onUnlocked: (s: AppStatus) => void;
}

/**
 * Unlock the store with the passphrase. Wrong tries cost waiting time (shown live). A
 * forgotten passphrase or a key the keyring lost leads to the recovery screen.
 */
export function Unlock({ coachName, onUnlocked }: Props) {
  const { t } = useText();
  const [recovering, setRecovering] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [waitUntil, setWaitUntil] = useState<number | null>(null);
  const [secondsLeft, setSecondsLeft] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (waitUntil === null) return;
    const tick = () => {
      const left = Math.max(0, Math.ceil((waitUntil - Date.now()) / 1000));
      setSecondsLeft(left);
      if (left === 0) setWaitUntil(null);
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [waitUntil]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      onUnlocked(await api.unlock({ passphrase }));
    } catch (e) {
      const payload = e as ErrorPayload;
      setError(payload);
      const wait = retryAfterSeconds(payload);
      setWaitUntil(wait > 0 ? Date.now() + wait * 1000 : null);
      setSecondsLeft(wait);
      setPassphrase('');
      setBusy(false);
      document.getElementById('unlock-passphrase')?.focus();
    }
  };

  const keyMissing = error?.code === 'key_missing';
  if (recovering) {
    return <Recovery keyMissing={keyMissing} onDone={onUnlocked} onBack={() => setRecovering(false)} />;
  }

  let message: string | null = null;
  if (error?.code === 'too_many_attempts') {
    message =
      secondsLeft > 0
        ? t(error.message_id, { ...error.args, seconds: secondsLeft })
        : t('unlock-try-again');
  } else if (error) {
    message = t(error.message_id, error.args);
  }

  return (
    <Page className="werkpad-page-narrow">
      <PageContent>
        <main id="main" className="werkpad-main">
          <PageHeading>{t('unlock-title')}</PageHeading>
          <Paragraph>
            {coachName ? t('unlock-intro-named', { name: coachName }) : t('unlock-intro')}
          </Paragraph>
          {message ? (
            <Alert type="error">
              <Paragraph data-testid="unlock-error">{message}</Paragraph>
            </Alert>
          ) : null}
          <form onSubmit={submit} noValidate>
            <TextField
              id="unlock-passphrase"
              testId="unlock-passphrase"
              type="password"
              label={t('unlock-passphrase')}
              value={passphrase}
              onChange={setPassphrase}
              autoComplete="current-password"
              required
            />
            <Button type="submit" appearance="primary-action-button" data-testid="unlock-submit" busy={busy} disabled={busy}>
              {t('unlock-submit')}
            </Button>
          </form>
          <Paragraph>
            <Button
              type="button"
              appearance={keyMissing ? 'primary-action-button' : 'subtle-button'}
              data-testid="unlock-forgot"
              onClick={() => setRecovering(true)}
            >
              {keyMissing ? t('unlock-key-missing') : t('unlock-forgot')}
            </Button>
          </Paragraph>
        </main>
      </PageContent>
    </Page>
  );
}
