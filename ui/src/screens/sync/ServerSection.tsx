import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../api/contract.gen';
import type { ErrorPayload, SyncStatus } from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Facts } from '../../components/Facts';
import { useText } from '../../i18n/useText';
import type { SyncState } from '../../shell/useSyncStatus';
import { ServerLogin } from './ServerLogin';

type Notice = 'connected' | 'disconnected' | null;

/**
 * The "Server" part of Instellingen: which server and user this laptop is connected with,
 * and a button to disconnect; or the login form when it is not connected.
 */
export function ServerSection({ sync }: { sync: SyncState }) {
  const { t } = useText();
  const s = sync.status;
  const [notice, setNotice] = useState<Notice>(null);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  // The form or button that had focus is gone after connecting or disconnecting: focus the
  // message that says what happened.
  useLayoutEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const connected = (next: SyncStatus) => {
    sync.update(next);
    setNotice('connected');
  };

  const logout = async () => {
    setBusy(true);
    setFailure(null);
    try {
      sync.update(await api.syncLogout());
      setNotice('disconnected');
    } catch (e) {
      setFailure(e as ErrorPayload);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="settings-server-heading" className="werkpad-section" data-testid="settings-server">
      <Heading2 id="settings-server-heading">{t('server-title')}</Heading2>
      {notice ? (
        <Paragraph
          ref={noticeRef}
          tabIndex={-1}
          role="status"
          data-testid="server-notice"
          className="werkpad-notice werkpad-focus-target"
        >
          {notice === 'connected' ? t('server-connected') : t('server-disconnected')}
        </Paragraph>
      ) : null}
      <ErrorAlert error={failure} testId="server-logout-error" />
      {s?.logged_in ? (
        <>
          <Facts
            facts={[
              { label: t('server-address'), value: s.server_url, testId: 'server-connected-url' },
              { label: t('server-user'), value: s.user_name, testId: 'server-connected-user' },
            ]}
          />
          <Paragraph>{t('server-logout-explained')}</Paragraph>
          <Button
            appearance="secondary-action-button"
            data-testid="server-logout"
            busy={busy}
            disabled={busy}
            onClick={() => void logout()}
          >
            {t('server-logout')}
          </Button>
        </>
      ) : (
        <>
          <Paragraph>{t('server-not-connected')}</Paragraph>
          <ServerLogin onLoggedIn={connected} serverUrl={s?.server_url} userName={s?.user_name} />
        </>
      )}
    </section>
  );
}
