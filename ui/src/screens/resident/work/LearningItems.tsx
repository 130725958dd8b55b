import { Button, ButtonGroup, Heading5 } from '@utrecht/component-library-react';
import { useState } from 'react';
import * as api from '../../../api/contract.gen';
import { type LearningFile, type Leerwerkplek, type Training, TRAINING_RESULTS } from '../../../api/contract.gen';
import { labelOf } from '../../../api/labels';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Facts } from '../../../components/Facts';
import { errorAt } from '../../../components/fieldErrors';
import { TextAreaField } from '../../../components/TextAreaField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { formatEuros } from '../../../i18n/amounts';
import { formatDate } from '../../../i18n/format';
import { useText } from '../../../i18n/useText';

interface LwpProps {
  residentId: string;
  record: Leerwerkplek;
  busy: boolean;
  onEdit: () => void;
  onSaved: (file: LearningFile) => void;
}

/** One leerwerkplek: partner, work, period, mentor, goals (reached or not), evaluations. */
export function LeerwerkplekItem({ residentId, record: l, busy, onEdit, onSaved }: LwpProps) {
  const { t } = useText();
  const [evaluating, setEvaluating] = useState(false);
  const [summary, setSummary] = useState('');
  const form = useFormSubmit();
  const id = `lwp-eval-${l.id}`;
  const evaluate = () => {
    void form.submit(async () => {
      onSaved(await api.leerwerkplekEvaluate({ resident_id: residentId, id: l.id, summary }));
      setEvaluating(false);
      setSummary('');
    });
  };
  return (
    <li className="werkpad-report" data-testid="lwp-item">
      <Heading5>{t('lwp-item-title', { partner: l.partner, from: formatDate(l.starts_on), until: formatDate(l.ends_on) })}</Heading5>
      <Facts
        facts={[
          { label: t('lwp-field-work'), value: l.work },
          { label: t('lwp-field-hours'), value: String(l.hours_per_week) },
          { label: t('lwp-fact-mentor'), value: [l.mentor.name, l.mentor.phone, l.mentor.email].filter(Boolean).join(' · ') },
          {
            label: t('lwp-goals-legend'),
            value: (
              <ul className="werkpad-plain-list">
                {l.goals.map((g, i) => (
                  <li key={i}>{g.reached ? t('lwp-goal-line-reached', { goal: g.text }) : g.text}</li>
                ))}
              </ul>
            ),
          },
          {
            label: t('lwp-fact-evaluations'),
            value: l.evaluations.length
              ? l.evaluations.map((e) => t('lwp-evaluation-line', { date: formatDate(e.on), coach: e.by.name, summary: e.summary })).join(' ')
              : '',
          },
        ]}
      />
      {evaluating ? (
        <form
          noValidate
          className="werkpad-subform"
          aria-label={t('lwp-evaluate')}
          onSubmit={(e) => {
            e.preventDefault();
            evaluate();
          }}
        >
          <ErrorAlert error={form.failure} />
          <TextAreaField id={id} testId="lwp-eval-summary" label={t('lwp-eval-summary')} required rows={3} value={summary} error={errorAt(form.errors, 'summary', t) ?? errorAt(form.errors, 'evaluations', t)} onChange={setSummary} />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" data-testid="lwp-eval-save" busy={form.busy} disabled={form.busy}>
              {t('lwp-eval-save')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setEvaluating(false)}>
              {t('request-cancel')}
            </Button>
          </ButtonGroup>
        </form>
      ) : busy ? null : (
        <ButtonGroup>
          <Button appearance="secondary-action-button" data-testid="lwp-edit" onClick={onEdit}>
            {t('lwp-edit')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="lwp-evaluate" onClick={() => setEvaluating(true)}>
            {t('lwp-evaluate')}
          </Button>
        </ButtonGroup>
      )}
    </li>
  );
}

/** One training: provider and name, the certificate, dates, hours, result, costs. */
export function TrainingItem({ record: r, busy, onEdit }: { record: Training; busy: boolean; onEdit: () => void }) {
  const { t } = useText();
  return (
    <li className="werkpad-report" data-testid="training-item">
      <Heading5>{t('training-item-title', { name: r.name, provider: r.provider })}</Heading5>
      <Facts
        facts={[
          { label: t('training-field-qualification'), value: r.qualification ?? '' },
          { label: t('training-fact-period'), value: r.ends_on ? t('training-period', { from: formatDate(r.starts_on), until: formatDate(r.ends_on) }) : formatDate(r.starts_on) },
          { label: t('training-fact-hours'), value: r.hours_planned != null ? t('training-hours', { attended: r.hours_attended ?? 0, planned: r.hours_planned }) : '' },
          {
            label: t('training-field-result'),
            value: [t(labelOf(TRAINING_RESULTS, r.result) ?? r.result), r.result_on ? formatDate(r.result_on) : ''].filter(Boolean).join(', '),
            testId: 'training-item-result',
          },
          { label: t('training-field-costs'), value: r.costs_cents != null ? formatEuros(r.costs_cents) : '' },
        ]}
      />
      {busy ? null : (
        <Button appearance="secondary-action-button" data-testid="training-edit" onClick={onEdit}>
          {t('training-edit')}
        </Button>
      )}
    </li>
  );
}
