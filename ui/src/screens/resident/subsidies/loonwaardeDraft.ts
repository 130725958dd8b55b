// The Loonwaarde form's values: what the coach typed, as strings, and the draft the
// backend reads (crates/domain/src/loonwaarde/draft.rs). An empty row of tasks is left
// out by the backend, so row numbers in its errors are the rows on screen.

import type { LoonwaardeDraft, Loonwaardebepaling, MainTaskDraft } from '../../../api/contract.gen';
import { formatMinutesAsHours } from '../../../i18n/amounts';
import { formatDate } from '../../../i18n/format';
import { text } from './common';

/** The method speaks of up to five main tasks (MAX_TASKS in crates/domain/src/loonwaarde). */
export const MAX_TASKS = 5;

export interface TaskRow {
  name: string;
  share: string;
  tempo: string;
  quality: string;
  net_time: string;
}

export interface LoonwaardeValues {
  placement_id: string;
  employer_id: string;
  employer_contact: string;
  normfunctie: string;
  actual_function: string;
  worked_hours: string;
  fulltime_hours: string;
  visit_date: string;
  report_date: string;
  assessor_kind: string;
  assessor_name: string;
  assessor_organisation: string;
  tasks: TaskRow[];
  notes: string;
  jobcoaching_hours: string;
  jobcoaching_intensity: string;
  jobcoaching_months: string;
}

export const emptyTask = (): TaskRow => ({ name: '', share: '', tempo: '', quality: '', net_time: '' });

export function emptyValues(): LoonwaardeValues {
  return {
    placement_id: '',
    employer_id: '',
    employer_contact: '',
    normfunctie: '',
    actual_function: '',
    worked_hours: '',
    fulltime_hours: '',
    visit_date: '',
    report_date: '',
    assessor_kind: '',
    assessor_name: '',
    assessor_organisation: '',
    tasks: [emptyTask()],
    notes: '',
    jobcoaching_hours: '',
    jobcoaching_intensity: '',
    jobcoaching_months: '',
  };
}

/** A stored draft as the form shows it again, to go on where the coach left off. */
export function valuesOf(r: Loonwaardebepaling): LoonwaardeValues {
  return {
    placement_id: r.placement_id ?? '',
    employer_id: r.employer_id,
    employer_contact: r.employer_contact ?? '',
    normfunctie: r.normfunctie,
    actual_function: r.actual_function,
    worked_hours: formatMinutesAsHours(r.worked_minutes_per_week),
    fulltime_hours: formatMinutesAsHours(r.fulltime_minutes_per_week),
    visit_date: formatDate(r.visit_date),
    report_date: formatDate(r.report_date),
    assessor_kind: r.assessor.kind,
    assessor_name: r.assessor.name,
    assessor_organisation: r.assessor.organisation ?? '',
    tasks: r.tasks.map((t) => ({
      name: t.name,
      share: String(t.share_percent),
      tempo: String(t.tempo_percent),
      quality: String(t.quality_percent),
      net_time: String(t.net_time_percent),
    })),
    notes: r.notes ?? '',
    jobcoaching_hours: r.jobcoaching ? String(r.jobcoaching.hours_per_month) : '',
    jobcoaching_intensity: r.jobcoaching?.intensity ?? '',
    jobcoaching_months: r.jobcoaching ? String(r.jobcoaching.months) : '',
  };
}

function taskDraft(t: TaskRow): MainTaskDraft {
  return { name: text(t.name), share: text(t.share), tempo: text(t.tempo), quality: text(t.quality), net_time: text(t.net_time) };
}

/** The values as the backend's draft: blanks are null, nothing is checked here. */
export function draftOf(v: LoonwaardeValues): LoonwaardeDraft {
  return {
    placement_id: v.placement_id || null,
    employer_id: v.employer_id || null,
    employer_contact: text(v.employer_contact),
    normfunctie: text(v.normfunctie),
    actual_function: text(v.actual_function),
    worked_hours: text(v.worked_hours),
    fulltime_hours: text(v.fulltime_hours),
    visit_date: text(v.visit_date),
    report_date: text(v.report_date),
    assessor_kind: v.assessor_kind || null,
    assessor_name: text(v.assessor_name),
    assessor_organisation: text(v.assessor_organisation),
    tasks: v.tasks.map(taskDraft),
    notes: text(v.notes),
    jobcoaching_hours: text(v.jobcoaching_hours),
    jobcoaching_intensity: v.jobcoaching_intensity || null,
    jobcoaching_months: text(v.jobcoaching_months),
  };
}
