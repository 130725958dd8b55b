// The life cycle of a request as facts: drafted, sent, answered, closed or withdrawn,
// each with its day and person, and the note that goes with closing or withdrawing.

import type { RequestLife } from '../../../api/contract.gen';
import type { Fact } from '../../../components/Facts';
import { formatDate } from '../../../i18n/format';
import type { TextFn } from '../../../i18n/useText';

export function lifeFacts(t: TextFn, life: RequestLife): Fact[] {
  const facts: Fact[] = [{ label: t('request-fact-drafted'), value: t('request-by-on', { coach: life.drafted.by.name, date: formatDate(life.drafted.on) }) }];
  if (life.sent) facts.push({ label: t('request-fact-sent'), value: t('request-by-on', { coach: life.sent.by.name, date: formatDate(life.sent.on) }), testId: 'request-sent' });
  if (life.answered_on) facts.push({ label: t('request-fact-answered'), value: formatDate(life.answered_on) });
  if (life.closed) {
    facts.push({
      label: t('request-fact-closed'),
      value: t('request-by-on-note', { coach: life.closed.by.name, date: formatDate(life.closed.on), note: life.closed.note ?? '' }),
    });
  }
  if (life.withdrawn) {
    facts.push({
      label: t('request-fact-withdrawn'),
      value: t('request-by-on-note', { coach: life.withdrawn.by.name, date: formatDate(life.withdrawn.on), note: life.withdrawn.note ?? '' }),
    });
  }
  return facts;
}
