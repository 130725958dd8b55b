import { Button, Fieldset, FieldsetLegend, Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';
import { DECISION_OUTCOMES, type Verklaring56Decision } from '../../../api/contract.gen';
import { labelOf } from '../../../api/labels';
import { CheckboxField } from '../../../components/CheckboxField';
import { Facts } from '../../../components/Facts';
import { formatDate } from '../../../i18n/format';
import { useText } from '../../../i18n/useText';

/** Who gets a copy besides the resident. */
export interface Recipients {
  to_employer: boolean;
  to_uwv: boolean;
}

interface Props {
  decisions: Verklaring56Decision[];
  /** The action in progress (`decision-<id>` while that one prints). */
  busyAt: string | null;
  onIssue: (decisionId: string, to: Recipients) => void;
  /** The print actions shown under a decision. */
  actionsFor: (decisionId: string) => ReactNode;
}

/** The recorded verklaring 56+ decisions, newest first; a granted one can be printed. */
export function DecisionList({ decisions, busyAt, onIssue, actionsFor }: Props) {
  const { t } = useText();
  return (
    <section aria-labelledby="v56-decisions-heading" className="werkpad-section">
      <Heading3 id="v56-decisions-heading">{t('statements-decisions-title')}</Heading3>
      {decisions.length === 0 ? <Paragraph>{t('statements-decisions-empty')}</Paragraph> : null}
      <ol className="werkpad-reports">
        {decisions.map((d) => {
          const outcome = labelOf(DECISION_OUTCOMES, d.outcome);
          return (
            <li key={d.id} className="werkpad-report" data-testid="v56-decision">
              <article aria-labelledby={`v56-decision-${d.id}`}>
                <Heading4 id={`v56-decision-${d.id}`}>
                  {t('statements-decision-heading', {
                    outcome: outcome ? t(outcome) : d.outcome,
                    employer: d.facts.employer.name,
                  })}
                </Heading4>
                <Facts
                  facts={[
                    { label: t('statements-decided-on'), value: formatDate(d.decided_on) },
                    { label: t('statements-employer-name'), value: d.facts.employer.name },
                    { label: t('statements-start-date'), value: formatDate(d.facts.start_date) },
                    {
                      label: t('statements-reasoning'),
                      value: <span className="werkpad-prewrap">{d.reasoning}</span>,
                    },
                    { label: t('statements-decided-by'), value: d.decided_by.name },
                  ]}
                />
                {d.outcome === 'granted' ? (
                  <IssueForm
                    decision={d}
                    busy={busyAt === `decision-${d.id}`}
                    onIssue={(to) => onIssue(d.id, to)}
                  />
                ) : null}
                {d.outcome === 'granted' ? actionsFor(d.id) : null}
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

interface IssueProps {
  decision: Verklaring56Decision;
  busy: boolean;
  onIssue: (to: Recipients) => void;
}

/** Print the verklaring of a granted decision, with copies to UWV and the employer. */
function IssueForm({ decision, busy, onIssue }: IssueProps) {
  const { t } = useText();
  const [toUwv, setToUwv] = useState(true);
  const [toEmployer, setToEmployer] = useState(false);
  const id = decision.id;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onIssue({ to_employer: toEmployer, to_uwv: toUwv });
      }}
    >
      <Fieldset className="utrecht-form-fieldset--distanced">
        <FieldsetLegend>{t('statements-issue-recipients')}</FieldsetLegend>
        <CheckboxField
          id={`v56-to-uwv-${id}`}
          testId="v56-to-uwv"
          label={t('statements-issue-to-uwv')}
          checked={toUwv}
          onChange={setToUwv}
        />
        <CheckboxField
          id={`v56-to-employer-${id}`}
          testId="v56-to-employer"
          label={t('statements-issue-to-employer')}
          checked={toEmployer}
          onChange={setToEmployer}
        />
      </Fieldset>
      <Button
        type="submit"
        appearance="primary-action-button"
        data-testid="v56-issue"
        aria-describedby={`v56-decision-${id}`}
        busy={busy}
        disabled={busy}
      >
        {t('statements-issue')}
      </Button>
    </form>
  );
}
