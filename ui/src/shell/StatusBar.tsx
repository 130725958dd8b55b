import { useText } from '../i18n/useText';

/** The footer line on sync state. Werkpad has no server connection yet: it says so. */
export function StatusBar({ pendingChanges }: { pendingChanges: number | null }) {
  const { t } = useText();
  return (
    <footer className="werkpad-status-bar">
      <p role="status" data-testid="status-bar" className="werkpad-status-bar__text">
        {t('status-offline')}
        {pendingChanges !== null ? ` ${t('status-pending', { count: pendingChanges })}` : null}
      </p>
    </footer>
  );
}
