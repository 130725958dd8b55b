import { msg } from '../../i18n/msg';

/** The scores 1 to 5, each with the words a resident reads beside the number. */
export const SCORES: { value: number; label: string }[] = [
  { value: 1, label: msg('survey-score-1') },
  { value: 2, label: msg('survey-score-2') },
  { value: 3, label: msg('survey-score-3') },
  { value: 4, label: msg('survey-score-4') },
  { value: 5, label: msg('survey-score-5') },
];

/** `YYYY-MM` of a date (local time): the only time an answer keeps. */
export function monthOf(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** This month and the 12 before it, newest first: the months a paper form may be from. */
export function recentMonths(today: Date = new Date()): string[] {
  return Array.from({ length: 13 }, (_, i) => monthOf(new Date(today.getFullYear(), today.getMonth() - i, 1)));
}
