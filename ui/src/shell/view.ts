/** What the main area shows. */
export type View =
  | { name: 'caseload' }
  | { name: 'intake' }
  | { name: 'settings' }
  | { name: 'conflicts' }
  | { name: 'resident'; residentId: string };

export type ViewName = View['name'];
