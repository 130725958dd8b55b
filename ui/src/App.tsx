import { listen } from '@tauri-apps/api/event';
import { Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { onLocked } from './api/call';
import * as api from './api/contract.gen';
import { onWiped } from './api/events';
import type { AppStatus, ErrorPayload } from './api/contract.gen';
import { ErrorAlert } from './components/ErrorAlert';
import { lazyNamed, ScreenLoading } from './components/Lazy';
import { DEFAULT_LOCALE, loadAllMessages } from './i18n/bundles';
import { I18nProvider } from './i18n/I18nProvider';
import { useText } from './i18n/useText';
import { FirstRun } from './screens/FirstRun';
import { Unlock } from './screens/Unlock';
import { markStatus, pageMarks } from './startupMarks';

/**
 * The unlocked app (the shell with the caseload) is a chunk of its own, loaded with the
 * messages only it uses: the first screen is a lock screen, and the lock screens are all
 * the first chunk holds. The shell's own screens are split further (shell/lazyScreens.ts).
 */
const loadShell = () =>
  Promise.all([import('./shell/Shell'), loadAllMessages()]).then(([shell]) => shell);
const Shell = lazyNamed(loadShell, 'Shell');

/** Emitted by the backend when the idle timer locks the store. */
export const LOCKED_EVENT = 'werkpad://locked';

/**
 * Picks the screen from app_status: first run, unlock, or the main shell. `firstStatus` is
 * the first app_status call, made before React started (main.tsx); without it, App asks.
 */
export function App({ firstStatus }: { firstStatus?: Promise<AppStatus> }) {
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [wiped, setWiped] = useState(false);

  const showStatus = useCallback((asked: Promise<AppStatus>) => {
    asked.then(
      (s) => {
        markStatus();
        setStatus(s);
      },
      (e: ErrorPayload) => setError(e),
    );
  }, []);
  const refreshStatus = useCallback(() => showStatus(api.appStatus()), [showStatus]);

  const first = useRef(firstStatus);
  useEffect(() => showStatus(first.current ?? api.appStatus()), [showStatus]);
  useReportFirstPaint(status !== null);

  useEffect(() => {
    const toLocked = () => setStatus((s) => (s ? { ...s, unlocked: false } : s));
    const offCommand = onLocked(toLocked);
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
    const update = () => {
      if (s.initialised) setWiped(false);
      setStatus(s);
    };
    // Into the shell (unlocked, store created) once its chunk is there (prefetched by then,
    // as a rule): the lock screen stays, its button busy, rather than a loading text in
    // between. (The chunk comes from the app's own files; were it to fail, the switch still
    // happens and the error is thrown where the shell renders.)
    // Locking is not deferred.
    if (s.initialised && s.unlocked) Shell.preload().then(update);
    else update();
  }, []);

  return (
    <I18nProvider locale={status?.locale ?? DEFAULT_LOCALE}>
      <Suspense fallback={<CenteredMain><ScreenLoading /></CenteredMain>}>
        <Screen status={status} error={error} wiped={wiped} onStatus={onStatus} refreshStatus={refreshStatus} />
      </Suspense>
    </I18nProvider>
  );
}

function CenteredMain({ children }: { children: ReactNode }) {
  return <main className="werkpad-main werkpad-main--center">{children}</main>;
}

/**
 * Calls `ui_ready` once, after the first real screen (FirstRun, Unlock or the shell's
 * loading text) has rendered and painted: two animation frames after the commit. The backend
 * logs it, which is what the cold-start benchmark (bench/desktop-bench.mjs) times. Then it
 * starts loading the shell's chunk, while the coach types the passphrase, so that
 * unlocking does not wait for it; not before, so the first paint does not either.
 */
function useReportFirstPaint(shown: boolean) {
  const sent = useRef(false);
  // A layout effect, so the frames count from the commit: Preact runs a plain effect only
  // after the next paint, which would add a frame to every measured start.
  useLayoutEffect(() => {
    if (!shown || sent.current || typeof requestAnimationFrame !== 'function') return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        sent.current = true;
        api.uiReady(pageMarks()).catch(() => {
          // Only a measurement aid: nothing to show when it fails.
        });
        // Only a head start: a chunk that fails to load fails again where the shell renders.
        void Shell.preload();
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
    return <CenteredMain>{error ? <ErrorAlert error={error} /> : <Paragraph>{t('app-loading')}</Paragraph>}</CenteredMain>;
  }
  if (!status.initialised) {
    return <FirstRun onCreated={onStatus} notice={wiped ? t('sync-wiped') : null} />;
  }
  if (!status.unlocked) return <Unlock coachName={status.coach_name} onUnlocked={onStatus} />;
  return <Shell status={status} onStatus={onStatus} refreshStatus={refreshStatus} />;
}
