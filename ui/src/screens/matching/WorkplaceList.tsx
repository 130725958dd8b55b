import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import { DEMAND_LEVELS, SUPPORT_KINDS, WEEKDAYS, WORKPLACE_KINDS, type EmployerRecord, type Workplace } from '../../api/contract.gen';
import { labelOf } from '../../api/labels';
import { formatDate, formatPostcode } from '../../i18n/format';
import { useText } from '../../i18n/useText';
import { WorkplaceForm } from './WorkplaceForm';

interface Props {
  employer: EmployerRecord;
  workplaces: Workplace[];
  /** A workplace was stored: reload the employer file. */
  onSaved: () => void;
  onCandidates: (workplaceId: string) => void;
}

/** "Gewone werkplek · 24 uur per week · 6828 AB Arnhem · open, 2 plaatsen". */
function WorkplaceSummary({ workplace: w }: { workplace: Workplace }) {
  const { t } = useText();
  const label = (list: Parameters<typeof labelOf>[0], v: string | null) => {
    const id = labelOf(list, v);
    return id ? t(id) : '';
  };
  const days = w.days.map((d) => label(WEEKDAYS, d)).join(', ');
  return (
    <ul className="werkpad-plain-list" data-testid="workplace-summary">
      <li>
        {[
          label(WORKPLACE_KINDS, w.kind),
          t('workplace-hours', { hours: w.hours_per_week }),
          `${formatPostcode(w.postcode)} ${w.place}`,
        ].join(' · ')}
      </li>
      <li>{w.occupation ? t('workplace-occupation', { label: w.occupation.label }) : t('workplace-no-occupation')}</li>
      <li>{days ? t('workplace-days', { days }) : t('workplace-days-flexible')}</li>
      <li>
        {t('workplace-demand', {
          physical: label(DEMAND_LEVELS, w.physical_demand),
          mental: label(DEMAND_LEVELS, w.mental_demand),
        })}
      </li>
      {w.support.length > 0 ? (
        <li>{t('workplace-support', { support: w.support.map((s) => label(SUPPORT_KINDS, s)).join(', ') })}</li>
      ) : null}
      <li data-testid="workplace-open-state">
        {w.open ? t('workplace-open', { places: w.places }) : t('workplace-closed')}
        {w.start_date ? ` · ${t('workplace-start', { date: formatDate(w.start_date) })}` : ''}
      </li>
    </ul>
  );
}

/** The employer's workplaces, each with its candidates and a form to change it; and a new one. */
export function WorkplaceList({ employer, workplaces, onSaved, onCandidates }: Props) {
  const { t } = useText();
  /** The workplace being changed, 'new', or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const returnTo = useRef<string | null>(null);

  useLayoutEffect(() => {
    if (editing) formHeading.current?.focus();
    else if (returnTo.current) {
      document.getElementById(returnTo.current)?.focus();
      returnTo.current = null;
    }
  }, [editing]);

  const close = (focusId: string) => {
    returnTo.current = focusId;
    setEditing(null);
  };
  const saved = (focusId: string) => {
    close(focusId);
    onSaved();
  };

  const formFor = (w: Workplace | null, focusId: string) => (
    <section aria-labelledby="workplace-form-heading" className="werkpad-section werkpad-subform">
      <Heading3 id="workplace-form-heading" ref={formHeading} tabIndex={-1} className="werkpad-focus-target">
        {w ? t('workplace-edit-title', { title: w.title }) : t('workplace-new-title')}
      </Heading3>
      <WorkplaceForm
        employer={employer}
        workplace={w}
        onSaved={() => saved(focusId)}
        onCancel={() => close(focusId)}
      />
    </section>
  );

  return (
    <section aria-labelledby="workplaces-heading" className="werkpad-section">
      <Heading2 id="workplaces-heading">{t('workplaces-title')}</Heading2>
      {workplaces.length === 0 ? <Paragraph>{t('workplaces-empty')}</Paragraph> : null}
      <ul className="werkpad-reports" data-testid="workplace-list">
        {workplaces.map((w) =>
          editing === w.id ? (
            <li key={w.id} className="werkpad-report">
              {formFor(w, `workplace-edit-${w.id}`)}
            </li>
          ) : (
            <li key={w.id} className="werkpad-report" data-testid="workplace-item" data-workplace-id={w.id}>
              <Heading3>{w.title}</Heading3>
              <WorkplaceSummary workplace={w} />
              <ButtonGroup>
                <Button
                  appearance="primary-action-button"
                  data-testid="workplace-candidates"
                  aria-label={t('workplace-candidates-label', { title: w.title })}
                  onClick={() => onCandidates(w.id)}
                >
                  {t('workplace-candidates')}
                </Button>
                <Button
                  id={`workplace-edit-${w.id}`}
                  appearance="secondary-action-button"
                  data-testid="workplace-edit"
                  aria-label={t('workplace-edit-label', { title: w.title })}
                  onClick={() => setEditing(w.id)}
                >
                  {t('workplace-edit')}
                </Button>
              </ButtonGroup>
            </li>
          ),
        )}
      </ul>
      {editing === 'new' ? (
        formFor(null, 'workplace-new')
      ) : (
        <Button id="workplace-new" appearance="primary-action-button" data-testid="workplace-new" onClick={() => setEditing('new')}>
          {t('workplace-new')}
        </Button>
      )}
    </section>
  );
}
