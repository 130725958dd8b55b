import { LinkButton, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import * as api from '../../api/contract.gen';
import type { ErrorPayload, ResidentFileView } from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LazyBoundary, lazyNamed } from '../../components/Lazy';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../i18n/format';
import { useText } from '../../i18n/useText';
import { AppointmentsTab } from './AppointmentsTab';
import { HealthTab } from './HealthTab';
import { PersonalTab } from './PersonalTab';
import { PlanTab } from './PlanTab';
import { ReportsTab } from './ReportsTab';
import { Tabs } from './Tabs';
import { TrajectTab } from './TrajectTab';
import { EmergencyBanner } from './EmergencyBanner';

// Werk (matching, placements) and Verklaringen (statements, printing) are the largest tabs:
// each a chunk of its own, loaded when the tab is first opened.
const WorkTab = lazyNamed(() => import('./work/WorkTab'), 'WorkTab');
const StatementsTab = lazyNamed(() => import('./statements/StatementsTab'), 'StatementsTab');
// Loonwaarde and Subsidies (issue 22): chunks of their own too, loaded when first opened.
const LoonwaardeTab = lazyNamed(() => import('./subsidies/LoonwaardeTab'), 'LoonwaardeTab');
const SubsidiesTab = lazyNamed(() => import('./subsidies/SubsidiesTab'), 'SubsidiesTab');
// Verzoeken and Verzuim (issue 23): chunks of their own, loaded when first opened.
const RequestsTab = lazyNamed(() => import('./requests/RequestsTab'), 'RequestsTab');
const VerzuimTab = lazyNamed(() => import('./verzuim/VerzuimTab'), 'VerzuimTab');

/** Opening a file is logged with this purpose (docs/ipc.md: resident_file). */
export const FILE_PURPOSE = 'guidance';

interface Props {
  residentId: string;
  /** Something was saved: the app refreshes its pending-changes count. */
  onChanged: () => void;
  onBack: () => void;
}

/** "Jan van der Berg": preferred or given names, tussenvoegsel, family name. */
export function displayName(view: ResidentFileView): string {
  const n = view.resident.name;
  return [n.preferred_name || n.given_names, n.tussenvoegsel, n.family_name]
    .map((w) => w?.trim())
    .filter(Boolean)
    .join(' ');
}

/** A resident's file in tabs. Every tab that saves gets the new file view back. */
export function ResidentFile({ residentId, onChanged, onBack }: Props) {
  const { t } = useText();
  const [view, setView] = useState<ResidentFileView | null>(null);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);

  useEffect(() => {
    let live = true;
    api.residentFile({ resident_id: residentId, purpose: FILE_PURPOSE }).then(
      (v) => live && setView(v),
      (e: ErrorPayload) => live && setFailure(e),
    );
    return () => {
      live = false;
    };
  }, [residentId]);

  const update = (v: ResidentFileView) => {
    setView(v);
    onChanged();
  };

  if (!view) {
    return (
      <>
        <PageHeading>{t('file-loading-title')}</PageHeading>
        {failure ? <ErrorAlert error={failure} /> : <Paragraph>{t('app-loading')}</Paragraph>}
        <LinkButton inline onClick={onBack}>
          {t('file-back')}
        </LinkButton>
      </>
    );
  }

  const props = { residentId, view, onView: update };
  return (
    <>
      <LinkButton inline onClick={onBack} className="werkpad-back">
        {t('file-back')}
      </LinkButton>
      <PageHeading testId="file-title" focusKey={residentId}>
        {displayName(view)}
      </PageHeading>
      <Paragraph className="werkpad-muted">
        {t('file-subtitle', { date: formatDate(view.resident.birth_date) })}
      </Paragraph>
      <EmergencyBanner residentId={residentId} />
      <Tabs
        label={t('file-tabs-label')}
        tabs={[
          { key: 'personal', label: t('file-tab-personal'), testId: 'tab-personal', render: () => <PersonalTab {...props} /> },
          { key: 'traject', label: t('file-tab-traject'), testId: 'tab-traject', render: () => <TrajectTab {...props} /> },
          { key: 'reports', label: t('file-tab-reports'), testId: 'tab-reports', render: () => <ReportsTab {...props} /> },
          { key: 'plan', label: t('file-tab-plan'), testId: 'tab-plan', render: () => <PlanTab {...props} /> },
          {
            key: 'appointments',
            label: t('file-tab-appointments'),
            testId: 'tab-appointments',
            render: () => <AppointmentsTab {...props} />,
          },
          {
            key: 'work',
            label: t('file-tab-work'),
            testId: 'tab-work',
            render: () => (
              <LazyBoundary>
                <WorkTab residentId={residentId} onChanged={onChanged} />
              </LazyBoundary>
            ),
          },
          {
            key: 'loonwaarde',
            label: t('file-tab-loonwaarde'),
            testId: 'tab-loonwaarde',
            render: () => (
              <LazyBoundary>
                <LoonwaardeTab residentId={residentId} onChanged={onChanged} />
              </LazyBoundary>
            ),
          },
          {
            key: 'subsidies',
            label: t('file-tab-subsidies'),
            testId: 'tab-subsidies',
            render: () => (
              <LazyBoundary>
                <SubsidiesTab residentId={residentId} onChanged={onChanged} />
              </LazyBoundary>
            ),
          },
          {
            key: 'statements',
            label: t('file-tab-statements'),
            testId: 'tab-statements',
            render: () => (
              <LazyBoundary>
                <StatementsTab residentId={residentId} onChanged={onChanged} />
              </LazyBoundary>
            ),
          },
          {
            key: 'requests',
            label: t('file-tab-requests'),
            testId: 'tab-requests',
            render: () => (
              <LazyBoundary>
                <RequestsTab residentId={residentId} onChanged={onChanged} />
              </LazyBoundary>
            ),
          },
          {
            key: 'verzuim',
            label: t('file-tab-verzuim'),
            testId: 'tab-verzuim',
            render: () => (
              <LazyBoundary>
                <VerzuimTab residentId={residentId} appointments={view.appointments} onChanged={onChanged} />
              </LazyBoundary>
            ),
          },
          {
            key: 'health',
            label: t('file-tab-health'),
            testId: 'tab-health',
            render: () => <HealthTab residentId={residentId} recordCount={view.health_record_count} />,
          },
        ]}
      />
    </>
  );
}
