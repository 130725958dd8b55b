import { listen } from '@tauri-apps/api/event';
import { Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import * as api from './api/commands';
import { onWiped } from './api/events';
import type { AppStatus, ErrorPayload } from './api/types';
import { ErrorAlert } from './components/ErrorAlert';
import { DEFAULT_LOCALE } from './i18n/bundles';
import { I18nProvider } from './i18n/I18nProvider';
import { useText } from './i18n/useText';
import { Shell } from './shell/Shell';
import { FirstRun } from './screens/FirstRun';
import { Unlock } from './screens/Unlock';

/** Emitted by the backend when the idle timer locks the store. */
export const LOCKED_EVENT = 'werkpad://locked';

/** Picks the screen from app_status: first run, unlock, or the main shell. */
export function App() {
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [wiped, setWiped] = useState(false);

  const refreshStatus = useCallback(() => {
    api.appStatus().then(setStatus, (e: ErrorPayload) => setError(e));
  }, []);

  useEffect(refreshStatus, [refreshStatus]);
  useReportFirstPaint(status !== null);

  useEffect(() => {
    const toLocked = () => setStatus((s) => (s ? { ...s, unlocked: false } : s));
    const offCommand = api.onLocked(toLocked);
    let offEvent: (() => void) | null = null;
    let gone = false;
    listen(LOCKED_EVENT, toLocked).then(
      (un) => (gone ? un() : (offEvent = un)),
      () => {
        // Outside Tauri (unit tests, a browser preview) there is no event bus.
      },
    );
    return () => {
      gone = true;
      offCommand();
      offEvent?.();
    };
  }, []);

  // The server revoked this laptop: the backend has destroyed the store and its key. Back to
  // the first start, with a message that says why.
  useEffect(
    () =>
      onWiped(() => {
        setWiped(true);
        setStatus((s) =>
          s ? { ...s, initialised: false, unlocked: false, coach_name: null, pending_changes: null } : s,
        );
        refreshStatus();
      }),
    [refreshStatus],
  );

  const onStatus = useCallback((s: AppStatus) => {
    if (s.initialised) setWiped(false);
    setStatus(s);
  }, []);

  return (
    <I18nProvider locale={status?.locale ?? DEFAULT_LOCALE}>
      <Screen status={status} error={error} wiped={wiped} onStatus={onStatus} refreshStatus={refreshStatus} />
    </I18nProvider>
  );
}

/**
 * Calls `ui_ready` once, after the first real screen (FirstRun, Unlock or the shell) has
 * rendered and painted: two animation frames after the commit. The backend logs it, which
 * is what the cold-start benchmark (bench/desktop-bench.mjs) times.
 */
function useReportFirstPaint(shown: boolean) {
  const sent = useRef(false);
  useEffect(() => {
    if (!shown || sent.current || typeof requestAnimationFrame !== 'function') return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        sent.current = true;
        api.uiReady().catch(() => {
          // Only a measurement aid: nothing to show when it fails.
        });
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [shown]);
}

interface ScreenProps {
  status: AppStatus | null;
  error: ErrorPayload | null;
  /** This laptop was revoked and wiped (werkpad://wiped). */
  wiped: boolean;
  onStatus: (s: AppStatus) => void;
  refreshStatus: () => void;
}

function Screen({ status, error, wiped, onStatus, refreshStatus }: ScreenProps) {
  const { t } = useText();
  useEffect(() => {
    document.title = t('app-name');
  }, [t]);
  if (!status) {
    return (
      <main className="werkpad-main werkpad-main--center">
        {error ? <ErrorAlert error={error} /> : <Paragraph>{t('app-loading')}</Paragraph>}
      </main>
    );
  }
  if (!status.initialised) {
    return <FirstRun onCreated={onStatus} notice={wiped ? t('sync-wiped') : null} />;
  }
  if (!status.unlocked) return <Unlock coachName={status.coach_name} onUnlocked={onStatus} />;
  return <Shell status={status} onStatus={onStatus} refreshStatus={refreshStatus} />;
}
