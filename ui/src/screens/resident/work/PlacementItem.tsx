import { Alert, Button, ButtonGroup, Heading4, Heading5, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import { CONTACT_PARTIES, CONTRACT_KINDS, PLACEMENT_END_REASONS, type PlacementView } from '../../../api/contract.gen';
import { labelOf } from '../../../api/labels';
import { Facts } from '../../../components/Facts';
import { formatDate, toIsoDate, todayDutch } from '../../../i18n/format';
import { useText } from '../../../i18n/useText';
import { ContactForm } from './ContactForm';
import { EndPlacementForm } from './EndPlacementForm';

interface Props {
  residentId: string;
  view: PlacementView;
  /** A later placement replaces this one already. */
  replaced: boolean;
  /** Something was stored: reload the placements. */
  onChanged: () => void;
  /** "Nieuwe plaatsing zoeken" after this one ended. */
  onReplace: (view: PlacementView) => void;
}

type Open = 'contact' | 'end' | null;

/** The next follow-up date, marked in words when it is overdue. */
function FollowUp({ date }: { date: string | null }) {
  const { t } = useText();
  if (!date) return <>{t('placement-follow-up-none')}</>;
  const today = toIsoDate(todayDutch()) ?? '';
  const overdue = date < today;
  return (
    <span data-testid="placement-follow-up" data-overdue={overdue}>
      {formatDate(date)}
      {overdue ? (
        <strong className="werkpad-overdue">
          {' '}
          <span aria-hidden="true">{t('placement-overdue-symbol')}</span> {t('placement-overdue')}
        </strong>
      ) : null}
    </span>
  );
}

/** One placement: its facts, the follow-up contacts, and what the coach can do next. */
export function PlacementItem({ residentId, view, replaced, onChanged, onReplace }: Props) {
  const { t } = useText();
  const p = view.placement;
  const [open, setOpen] = useState<Open>(null);
  const [justEnded, setJustEnded] = useState(false);
  const offer = useRef<HTMLDivElement>(null);
  const label = (list: Parameters<typeof labelOf>[0], v: string) => {
    const id = labelOf(list, v);
    return id ? t(id) : v;
  };
  const title = t('placement-title', {
    workplace: view.workplace_title ?? t('placement-unknown-workplace'),
    employer: view.employer_name ?? t('placement-unknown-employer'),
  });
  const offerReplacement = p.end !== null && p.end.replacement_advised && !replaced;

  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (!justEnded || !p.end) return;
    if (offer.current) offer.current.focus();
    else heading.current?.focus();
  }, [justEnded, p.end]);

  // Focus follows the form: into its first field when it opens, back to its button when
  // it closes without ending the placement.
  const closedFrom = useRef<Open>(null);
  useLayoutEffect(() => {
    if (open !== null) {
      closedFrom.current = open;
      document.getElementById(open === 'contact' ? `contact-on-${p.id}` : `end-on-${p.id}`)?.focus();
    } else if (closedFrom.current !== null) {
      const button = closedFrom.current === 'contact' ? `contact-add-${p.id}` : `placement-end-open-${p.id}`;
      closedFrom.current = null;
      document.getElementById(button)?.focus();
    }
  }, [open, p.id]);

  return (
    <li className="werkpad-report" data-testid="placement-item" data-placement-id={p.id} data-ended={p.end !== null}>
      <Heading4 ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {title}
      </Heading4>
      <Facts
        facts={[
          { label: t('placement-field-start'), value: formatDate(p.start), testId: 'placement-fact-start' },
          {
            label: t('placement-end'),
            value: p.end ? t('placement-ended-on', { date: formatDate(p.end.on) }) : t('placement-running'),
            testId: 'placement-fact-end',
          },
          { label: t('placement-field-hours'), value: t('workplace-hours', { hours: p.hours_per_week }) },
          { label: t('placement-field-contract'), value: label(CONTRACT_KINDS, p.contract) },
          { label: t('placement-field-job-coaching'), value: p.job_coaching ? t('value-yes') : t('value-no') },
          {
            label: t('placement-decision'),
            value: t('placement-decision-by', { coach: p.decision.decided_by.name, date: formatDate(p.decision.decided_on) }),
            testId: 'placement-fact-decision',
          },
          { label: t('placement-field-reasoning'), value: <span className="werkpad-prewrap">{p.decision.reasoning}</span> },
          ...(p.end
            ? [
                { label: t('placement-end-field-reason'), value: label(PLACEMENT_END_REASONS, p.end.reason) },
                { label: t('placement-end-field-explanation'), value: p.end.explanation ?? '' },
                {
                  label: t('placement-end-field-replacement'),
                  value: p.end.replacement_advised ? t('value-yes') : t('value-no'),
                },
              ]
            : [{ label: t('placement-next-follow-up'), value: <FollowUp date={view.next_follow_up} /> }]),
        ]}
      />
      <Heading5>{t('contacts-title')}</Heading5>
      {view.contacts.length === 0 ? (
        <Paragraph className="werkpad-muted">{t('contacts-empty')}</Paragraph>
      ) : (
        <ul className="werkpad-plain-list" data-testid="placement-contacts">
          {view.contacts.map((c) => (
            <li key={c.id} data-testid="placement-contact">
              <strong>
                {t('contact-line', { date: formatDate(c.on), with: label(CONTACT_PARTIES, c.with), coach: c.by.name })}
              </strong>{' '}
              <span className="werkpad-prewrap">{c.notes}</span>
            </li>
          ))}
        </ul>
      )}
      {offerReplacement ? (
        <div ref={offer} tabIndex={-1} className="werkpad-focus-target" data-testid="placement-replace-offer">
          <Alert type="info">
            <Paragraph>{t('placement-replace-offer')}</Paragraph>
            <Button appearance="primary-action-button" data-testid="placement-replace" onClick={() => onReplace(view)}>
              {t('placement-replace')}
            </Button>
          </Alert>
        </div>
      ) : null}
      {p.end === null && open === null ? (
        <ButtonGroup>
          <Button id={`contact-add-${p.id}`} appearance="secondary-action-button" data-testid="contact-add" onClick={() => setOpen('contact')}>
            {t('contact-add')}
          </Button>
          <Button
            id={`placement-end-open-${p.id}`}
            appearance="secondary-action-button"
            data-testid="placement-end-open"
            onClick={() => setOpen('end')}>
            {t('placement-end-open')}
          </Button>
        </ButtonGroup>
      ) : null}
      {open === 'contact' ? (
        <section aria-label={t('contact-form-title')} className="werkpad-subform">
          <Heading5>{t('contact-form-title')}</Heading5>
          <ContactForm
            residentId={residentId}
            placementId={p.id}
            onAdded={() => {
              setOpen(null);
              onChanged();
            }}
            onCancel={() => setOpen(null)}
          />
        </section>
      ) : null}
      {open === 'end' ? (
        <section aria-label={t('placement-end-title')} className="werkpad-subform">
          <Heading5>{t('placement-end-title')}</Heading5>
          <EndPlacementForm
            residentId={residentId}
            placementId={p.id}
            onEnded={() => {
              setOpen(null);
              setJustEnded(true);
              onChanged();
            }}
            onCancel={() => setOpen(null)}
          />
        </section>
      ) : null}
    </li>
  );
}
