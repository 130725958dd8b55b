import { Button, LinkButton } from '@utrecht/component-library-react';
import { Fragment } from 'react';
import type { SyncStatus } from '../api/contract.gen';
import { elapsedSince, formatInstant } from '../i18n/format';
import { type TextFn, useText } from '../i18n/useText';
import type { SyncState } from './useSyncStatus';

interface Props {
  sync: SyncState;
  /** Pending changes from app_status, shown until sync_status has answered. */
  pendingChanges: number | null;
  onOpenConflicts: () => void;
}

/** "2 uur", "5 minuten": how long the oldest change has been waiting. */
function age(t: TextFn, since: string | null): string | null {
  const e = elapsedSince(since);
  if (!e) return null;
  switch (e.unit) {
    case 'now':
      return t('sync-age-now');
    case 'minutes':
      return t('sync-age-minutes', { n: e.n });
    case 'hours':
      return t('sync-age-hours', { n: e.n });
    case 'days':
      return t('sync-age-days', { n: e.n });
  }
}

/** The sentences of the live status line, in reading order. */
function statusSentences(t: TextFn, s: SyncStatus | null, fallbackPending: number | null, error: string | null) {
  const out: { key: string; text: string }[] = [];
  const add = (key: string, text: string | null) => {
    if (text) out.push({ key, text });
  };
  if (!s) {
    add('connection', t('sync-not-logged-in'));
    if (fallbackPending) add('pending', t('sync-pending', { count: fallbackPending }));
    return out;
  }
  if (!s.logged_in) add('connection', t('sync-not-logged-in'));
  else if (s.online) add('connection', t('sync-online'));
  else add('connection', t('sync-offline'));
  if (s.running) add('running', t('sync-running'));
  add('error', error);
  if (error && s.failing_since) {
    const a = age(t, s.failing_since);
    if (a) add('failing-since', t('sync-failing-since', { age: a }));
  }
  if (s.logged_in && !s.online && !s.running && s.next_attempt_at) {
    add('next', t('sync-next-attempt', { time: formatInstant(s.next_attempt_at).slice(-5) }));
  }
  if (s.pending > 0) {
    const a = age(t, s.oldest_pending_at);
    add('pending', a ? t('sync-pending-age', { count: s.pending, age: a }) : t('sync-pending', { count: s.pending }));
  } else if (s.logged_in && s.last_sync_at) {
    add('pending', t('sync-pending-none'));
  }
  if (s.rejected > 0) add('rejected', t('sync-rejected', { count: s.rejected }));
  if (s.logged_in) {
    add(
      'last-sync',
      s.last_sync_at ? t('sync-last', { time: formatInstant(s.last_sync_at) }) : t('sync-last-never'),
    );
  }
  if (s.last_repair_at) add('repaired', t('sync-repaired', { time: formatInstant(s.last_repair_at) }));
  return out;
}

/**
 * The footer on the server connection: online or not, what still waits to be sent, the
 * last sync, progress of a first sync, open conflicts, and a button to sync now.
 */
export function StatusBar({ sync, pendingChanges, onOpenConflicts }: Props) {
  const { t } = useText();
  const s = sync.status;
  // A round's failure shows until the next good round: offline, or an answer of the
  // server that needs the coach (log in again, update the app), which says what to do.
  const failure = sync.error ?? (s && !s.running ? s.last_error : null);
  const sentences = statusSentences(t, s, pendingChanges, failure ? t(failure.message_id, failure.args) : null);
  const running = Boolean(s?.running) || sync.requesting;
  const canSync = Boolean(s?.logged_in) && !running;
  const hint = !s?.logged_in ? t('sync-now-needs-login') : running ? t('sync-now-running') : null;
  const progress = s?.progress ?? null;
  const progressLabel = progress
    ? progress.total !== null
      ? t('sync-progress', { done: progress.done, total: progress.total })
      : t('sync-progress-unknown', { done: progress.done })
    : null;

  return (
    <footer className="werkpad-status-bar">
      <div className="werkpad-status-bar__inner">
        <p role="status" data-testid="status-bar" className="werkpad-status-bar__text">
          {sentences.map((x, i) => (
            <Fragment key={x.key}>
              {i > 0 ? ' ' : null}
              <span data-testid={`status-${x.key}`}>{x.text}</span>
            </Fragment>
          ))}
        </p>
        {progress ? (
          <div className="werkpad-status-bar__progress">
            <label htmlFor="sync-progress">{progressLabel}</label>
            <progress
              id="sync-progress"
              data-testid="sync-progress"
              max={progress.total ?? undefined}
              value={progress.total !== null ? progress.done : undefined}
            />
          </div>
        ) : null}
        <div className="werkpad-status-bar__actions">
          {s && s.conflicts > 0 ? (
            <LinkButton inline data-testid="status-conflicts" onClick={onOpenConflicts}>
              {t('sync-conflicts-link', { count: s.conflicts })}
            </LinkButton>
          ) : null}
          <Button
            appearance="secondary-action-button"
            data-testid="sync-now"
            disabled={!canSync}
            busy={running}
            aria-describedby={hint ? 'sync-now-hint' : undefined}
            onClick={() => void sync.syncNow()}
          >
            {t('sync-now')}
          </Button>
          {hint ? (
            <span id="sync-now-hint" data-testid="sync-now-hint" className="werkpad-status-bar__hint">
              {hint}
            </span>
          ) : null}
        </div>
      </div>
    </footer>
  );
}
