import { SkipLink } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import * as api from '../api/contract.gen';
import type { AppStatus } from '../api/contract.gen';
import { LazyBoundary } from '../components/Lazy';
import { useText } from '../i18n/useText';
import { Caseload } from '../screens/Caseload';
import { EmergencyEntry } from '../screens/sync/EmergencyEntry';
import { Header } from './Header';
import { Candidates, ConflictInbox, EmergencyAccess, EmployerPage, Employers, IntakeWizard, ResidentFile, Settings } from './lazyScreens';
import { Reports, SurveyHandover, SurveyStart } from './lazyScreens';
import { StatusBar } from './StatusBar';
import { useActivity } from './useActivity';
import { useSyncStatus } from './useSyncStatus';
import type { View } from './view';
import './shellStyles';

interface Props {
  status: AppStatus;
  onStatus: (s: AppStatus) => void;
  refreshStatus: () => void;
}

/**
 * The unlocked app: header with navigation, the current screen, and the status bar with the
 * server connection (its conflicts link opens the conflict inbox). The caseload comes with
 * the shell; the other screens load when first opened, with a loading text in the main area
 * meanwhile (header and status bar stay).
 */
export function Shell({ status, onStatus, refreshStatus }: Props) {
  const { t } = useText();
  const [view, setView] = useState<View>({ name: 'caseload' });
  const sync = useSyncStatus();
  useActivity(true);
  // Managementinformatie only for team leads and policy staff (the role of the last login).
  const [showReports, setShowReports] = useState(false);
  useEffect(() => {
    api.reportAllowed().then((yes) => setShowReports(yes === true), () => setShowReports(false));
  }, [sync.status?.logged_in]);

  const navigate = (next: View) => {
    setView(next);
    refreshStatus();
  };

  const lock = () => {
    api.lock().then(onStatus, () => onStatus({ ...status, unlocked: false }));
  };

  // The laptop is with a resident: the survey alone, no header, no file; it ends locked.
  const [handedOver, setHandedOver] = useState(false);
  if (handedOver) {
    return (
      <LazyBoundary>
        <SurveyHandover onLock={lock} />
      </LazyBoundary>
    );
  }

  return (
    <div className="werkpad-app">
      <SkipLink href="#main">{t('skip-to-content')}</SkipLink>
      <Header
        current={view.name}
        coachName={status.coach_name}
        showReports={showReports}
        onNavigate={(name) => navigate({ name })}
        onLock={lock}
      />
      <main id="main" tabIndex={-1} className="werkpad-main">
        <LazyBoundary>
          {view.name === 'caseload' ? (
            <>
              <Caseload onOpen={(residentId) => navigate({ name: 'resident', residentId })} />
              <EmergencyEntry onStart={() => navigate({ name: 'emergency' })} />
            </>
          ) : null}
          {view.name === 'emergency' ? (
            <EmergencyAccess onOpen={(residentId) => navigate({ name: 'resident', residentId })} />
          ) : null}
          {view.name === 'intake' ? (
            <IntakeWizard onSubmitted={(residentId) => navigate({ name: 'resident', residentId })} />
          ) : null}
          {view.name === 'survey' ? <SurveyStart onHandOver={() => setHandedOver(true)} /> : null}
          {view.name === 'reports' && showReports ? <Reports /> : null}
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
        </LazyBoundary>
      </main>
      <StatusBar
        sync={sync}
        pendingChanges={status.pending_changes}
        onOpenConflicts={() => navigate({ name: 'conflicts' })}
      />
    </div>
  );
}
