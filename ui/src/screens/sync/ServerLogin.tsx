import { Button, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import * as api from '../../api/contract.gen';
import type { ErrorPayload, SyncStatus } from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { useText } from '../../i18n/useText';

type Field = 'server_url' | 'user_name' | 'password';

const IDS: Record<Field, string> = {
  server_url: 'server-url',
  user_name: 'server-user',
  password: 'server-password',
};

const FIELDS = Object.keys(IDS) as Field[];

interface Props {
  /** Called with the new status once this laptop is registered with the server. */
  onLoggedIn: (s: SyncStatus) => void;
  /** Filled in when the laptop was connected before. */
  serverUrl?: string | null;
  userName?: string | null;
}

/**
 * Connects this laptop to the Werkpad server: server address, user name and password. The
 * password only lives in the form until it is sent; the backend keeps a device token, not
 * the password.
 */
export function ServerLogin({ onLoggedIn, serverUrl, userName }: Props) {
  const { t } = useText();
  const [server, setServer] = useState(serverUrl ?? '');
  const [user, setUser] = useState(userName ?? '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!server.trim()) found.server_url = t('error-required');
    if (!user.trim()) found.user_name = t('error-required');
    if (!password) found.password = t('error-required');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    // The password leaves the form's state as soon as it is on its way.
    const input = { server_url: server.trim(), user_name: user.trim(), password };
    setPassword('');
    setBusy(true);
    try {
      onLoggedIn(await api.syncLogin(input));
    } catch (e) {
      const payload = e as ErrorPayload;
      const fromBackend: Partial<Record<Field, string>> = {};
      for (const f of payload.fields) {
        if (f.field in IDS && !fromBackend[f.field as Field]) {
          fromBackend[f.field as Field] = t(f.message_id, f.args);
        }
      }
      if (payload.code === 'invalid_server_url' && !fromBackend.server_url) {
        fromBackend.server_url = t(payload.message_id, payload.args);
      }
      if (Object.keys(fromBackend).length > 0) {
        setErrors(fromBackend);
        setAttempt((n) => n + 1);
      } else {
        setFailure(payload);
        document.getElementById(IDS.password)?.focus();
      }
      setBusy(false);
    }
  };

  const labels: Record<Field, string> = {
    server_url: t('server-login-url'),
    user_name: t('server-login-user'),
    password: t('server-login-password'),
  };
  const summary: SummaryItem[] = FIELDS.filter((f) => errors[f]).map((f) => ({
    targetId: IDS[f],
    text: t('form-error-summary-item', { field: labels[f], message: errors[f] ?? '' }),
  }));

  return (
    <form onSubmit={submit} noValidate data-testid="server-login">
      <ErrorSummary items={summary} testId="server-login-summary" focusKey={attempt || undefined} />
      <ErrorAlert error={failure} testId="server-login-error" />
      <Paragraph>{t('server-login-device-note')}</Paragraph>
      <TextField
        id={IDS.server_url}
        testId="server-url"
        label={labels.server_url}
        description={t('server-login-url-description')}
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        value={server}
        onChange={setServer}
        error={errors.server_url}
        required
      />
      <TextField
        id={IDS.user_name}
        testId="server-user"
        label={labels.user_name}
        autoComplete="username"
        spellCheck={false}
        value={user}
        onChange={setUser}
        error={errors.user_name}
        required
      />
      <TextField
        id={IDS.password}
        testId="server-password"
        type="password"
        label={labels.password}
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={errors.password}
        required
      />
      <Button type="submit" appearance="primary-action-button" data-testid="server-login-submit" busy={busy} disabled={busy}>
        {t('server-login-submit')}
      </Button>
    </form>
  );
}
