import type { ResidentFileView } from '../../api/contract.gen';

/** What every tab of the resident file gets. */
export interface TabProps {
  residentId: string;
  view: ResidentFileView;
  /** A save returned the new file view. */
  onView: (view: ResidentFileView) => void;
}
