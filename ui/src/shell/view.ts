/** What the main area shows. */
export type View =
  | { name: 'caseload' }
  | { name: 'intake' }
  | { name: 'settings' }
  | { name: 'conflicts' }
  | { name: 'emergency' }
  | { name: 'survey' }
  | { name: 'reports' }
  | { name: 'resident'; residentId: string }
  | { name: 'employers' }
  | { name: 'employer'; employerId: string }
  | { name: 'candidates'; employerId: string; workplaceId: string };

/** The views the header navigation opens directly. */
export type NavView = 'caseload' | 'employers' | 'intake' | 'survey' | 'reports' | 'settings';

export type ViewName = View['name'];
