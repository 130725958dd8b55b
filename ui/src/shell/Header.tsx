import { Button, PageHeader } from '@utrecht/component-library-react';
import { useText } from '../i18n/useText';
import type { NavView, ViewName } from './view';

interface Props {
  current: ViewName;
  coachName: string | null;
  /** Show Managementinformatie (the user is a team lead or policy staff). */
  showReports?: boolean;
  onNavigate: (view: NavView) => void;
  onLock: () => void;
}

/** App header: product name, main navigation and the lock button. */
export function Header({ current, coachName, showReports, onNavigate, onLock }: Props) {
  const { t } = useText();
  /** The item of the current view; a resident's file belongs to Inwoners, an employer's page to Werkgevers. */
  const section: ViewName =
    current === 'resident' || current === 'emergency' ? 'caseload' : current === 'employer' || current === 'candidates' ? 'employers' : current;
  const item = (view: NavView, label: string, testId: string) => (
    <li className="werkpad-nav__item">
      <button
        type="button"
        className="werkpad-nav__link"
        data-testid={testId}
        aria-current={section === view ? 'page' : undefined}
        onClick={() => onNavigate(view)}
      >
        {label}
      </button>
    </li>
  );
  return (
    <PageHeader className="werkpad-header">
      <div className="werkpad-header__bar">
        <span className="werkpad-header__brand">{t('app-name')}</span>
        <nav aria-label={t('nav-label')} className="werkpad-nav">
          <ul className="werkpad-nav__list">
            {item('caseload', t('nav-caseload'), 'nav-caseload')}
            {item('employers', t('nav-employers'), 'nav-employers')}
            {item('intake', t('nav-intake'), 'nav-intake')}
            {item('survey', t('nav-survey'), 'nav-survey')}
            {showReports ? item('reports', t('reports-nav'), 'nav-reports') : null}
            {item('settings', t('nav-settings'), 'nav-settings')}
          </ul>
        </nav>
        <div className="werkpad-header__user">
          {coachName ? <span className="werkpad-header__coach">{t('header-coach', { name: coachName })}</span> : null}
          <Button appearance="secondary-action-button" data-testid="lock-button" onClick={onLock}>
            {t('nav-lock')}
          </Button>
        </div>
      </div>
    </PageHeader>
  );
}
