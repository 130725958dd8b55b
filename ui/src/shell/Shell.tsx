import { SkipLink } from '@utrecht/component-library-react';
import { useState } from 'react';
import * as api from '../api/commands';
import type { AppStatus } from '../api/types';
import { useText } from '../i18n/useText';
import { Caseload } from '../screens/Caseload';
import { Candidates } from '../screens/matching/Candidates';
import { EmployerPage } from '../screens/matching/EmployerPage';
import { Employers } from '../screens/matching/Employers';
import { IntakeWizard } from '../screens/intake/IntakeWizard';
import { ResidentFile } from '../screens/resident/ResidentFile';
import { Settings } from '../screens/Settings';
import { ConflictInbox } from '../screens/sync/ConflictInbox';
import { Header } from './Header';
import { StatusBar } from './StatusBar';
import { useActivity } from './useActivity';
import { useSyncStatus } from './useSyncStatus';
import type { View } from './view';

interface Props {
  status: AppStatus;
  onStatus: (s: AppStatus) => void;
  refreshStatus: () => void;
}

/**
 * The unlocked app: header with navigation, the current screen, and the status bar with the
 * server connection (its conflicts link opens the conflict inbox).
 */
export function Shell({ status, onStatus, refreshStatus }: Props) {
  const { t } = useText();
  const [view, setView] = useState<View>({ name: 'caseload' });
  const sync = useSyncStatus();
  useActivity(true);

  const navigate = (next: View) => {
    setView(next);
    refreshStatus();
  };

  const lock = () => {
    api.lock().then(onStatus, () => onStatus({ ...status, unlocked: false }));
  };

  return (
    <div className="werkpad-app">
      <SkipLink href="#main">{t('skip-to-content')}</SkipLink>
      <Header
        current={view.name}
        coachName={status.coach_name}
        onNavigate={(name) => navigate({ name })}
        onLock={lock}
      />
      <main id="main" tabIndex={-1} className="werkpad-main">
        {view.name === 'caseload' ? (
          <Caseload onOpen={(residentId) => navigate({ name: 'resident', residentId })} />
        ) : null}
        {view.name === 'intake' ? (
          <IntakeWizard onSubmitted={(residentId) => navigate({ name: 'resident', residentId })} />
        ) : null}
        {view.name === 'settings' ? <Settings status={status} onSaved={onStatus} sync={sync} /> : null}
        {view.name === 'conflicts' ? (
          <ConflictInbox onStatus={sync.update} conflictCount={sync.status?.conflicts} />
        ) : null}
        {view.name === 'employers' ? (
          <Employers onOpen={(employerId) => navigate({ name: 'employer', employerId })} />
        ) : null}
        {view.name === 'employer' ? (
          <EmployerPage
            key={view.employerId}
            employerId={view.employerId}
            onBack={() => navigate({ name: 'employers' })}
            onCandidates={(workplaceId) => navigate({ name: 'candidates', employerId: view.employerId, workplaceId })}
          />
        ) : null}
        {view.name === 'candidates' ? (
          <Candidates
            key={view.workplaceId}
            employerId={view.employerId}
            workplaceId={view.workplaceId}
            onBack={() => navigate({ name: 'employer', employerId: view.employerId })}
            onOpenResident={(residentId) => navigate({ name: 'resident', residentId })}
          />
        ) : null}
        {view.name === 'resident' ? (
          <ResidentFile
            key={view.residentId}
            residentId={view.residentId}
            onChanged={refreshStatus}
            onBack={() => navigate({ name: 'caseload' })}
          />
        ) : null}
      </main>
      <StatusBar
        sync={sync}
        pendingChanges={status.pending_changes}
        onOpenConflicts={() => navigate({ name: 'conflicts' })}
      />
    </div>
  );
}
