import { lazyNamed } from '../components/Lazy';

// The shell's screens other than the caseload, each area a chunk of its own, loaded when it
// is first opened: opening the caseload loads none of them. Shared code between two areas
// (the intake's form binding, the matching lists) ends up in a shared chunk.

export const IntakeWizard = lazyNamed(() => import('../screens/intake/IntakeWizard'), 'IntakeWizard');
export const ResidentFile = lazyNamed(() => import('../screens/resident/ResidentFile'), 'ResidentFile');
export const Settings = lazyNamed(() => import('../screens/Settings'), 'Settings');
export const ConflictInbox = lazyNamed(() => import('../screens/sync/ConflictInbox'), 'ConflictInbox');
export const EmergencyAccess = lazyNamed(() => import('../screens/sync/EmergencyAccess'), 'EmergencyAccess');
/** Managementinformatie (team leads and policy staff only). */
export const Reports = lazyNamed(() => import('../screens/reports/Reports'), 'Reports');

/** The satisfaction survey: the coach's page and the hand-over screen, one chunk. */
const survey = () => import('../screens/survey');
export const SurveyStart = lazyNamed(survey, 'SurveyStart');
export const SurveyHandover = lazyNamed(survey, 'SurveyHandover');

/** Werkgevers, a werkgever's page and a workplace's candidates: one chunk. */
const matching = () => import('../screens/matching/matchingScreens');
export const Employers = lazyNamed(matching, 'Employers');
export const EmployerPage = lazyNamed(matching, 'EmployerPage');
export const Candidates = lazyNamed(matching, 'Candidates');
