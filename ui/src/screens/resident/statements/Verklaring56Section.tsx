import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { Advice, ErrorPayload, FieldError } from '../../../api/contract.gen';
import { useText } from '../../../i18n/useText';
import { AdviceView } from './AdviceView';
import { DecisionForm, type DecisionValues } from './DecisionForm';
import { EMPTY_FACTS, type FactsValues, isFactsError, toDraft } from './facts';
import { FactsForm } from './FactsForm';

const EMPTY_DECISION: DecisionValues = { outcome: '', reasoning: '' };

/** A benefit must be chosen on purpose: "none" is an answer, an empty select is not. */
function benefitNotChosen(values: FactsValues): FieldError[] {
  return values.benefit === ''
    ? [{ field: 'benefit', message_id: 'statements-error-benefit', args: {} }]
    : [];
}

interface Props {
  residentId: string;
  coachName: string | null;
  /** A decision was stored: refresh the overview and the pending-changes count. */
  onDecided: () => void;
}

/**
 * Verklaring 56+: the facts, "Controleer" for the advice, then the coach's decision.
 * Changing a fact after a check hides the advice: the decision must rest on the facts
 * that were checked.
 */
export function Verklaring56Section({ residentId, coachName, onDecided }: Props) {
  const { t } = useText();
  const [facts, setFacts] = useState<FactsValues>(EMPTY_FACTS);
  const [decision, setDecision] = useState<DecisionValues>(EMPTY_DECISION);
  const [advice, setAdvice] = useState<Advice | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  /** Which button the errors came from: its form lists them in a summary. */
  const [errorsFrom, setErrorsFrom] = useState<'check' | 'decide'>('check');
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<{ from: 'check' | 'decide'; error: ErrorPayload } | null>(null);
  const [busy, setBusy] = useState(false);
  const [decided, setDecided] = useState(false);
  const notice = useRef<HTMLParagraphElement>(null);

  useLayoutEffect(() => {
    if (decided) notice.current?.focus();
  }, [decided]);

  const showErrors = (from: 'check' | 'decide', found: FieldError[]) => {
    setErrors(found);
    setErrorsFrom(from);
    setAttempt((n) => n + 1);
  };

  /** Runs a command; field errors go to the fields, anything else to the alert. */
  const run = async (from: 'check' | 'decide', local: FieldError[], command: () => Promise<void>) => {
    setFailure(null);
    setDecided(false);
    setBusy(true);
    try {
      await command();
      if (local.length > 0) showErrors(from, local);
      else setErrors([]);
    } catch (e) {
      const p = e as ErrorPayload;
      const found = [...p.fields, ...local];
      if (found.length > 0) showErrors(from, found);
      else setErrors([]);
      if (p.fields.length === 0) setFailure({ from, error: p });
    } finally {
      setBusy(false);
    }
  };

  const check = () => {
    const local = benefitNotChosen(facts);
    return run('check', local, async () => {
      setAdvice(null);
      const a = await api.verklaring56Advice({ resident_id: residentId, facts: toDraft(facts) });
      if (local.length === 0) setAdvice(a);
    });
  };

  const decide = () => {
    const local: FieldError[] = [];
    if (!decision.outcome) local.push({ field: 'outcome', message_id: 'statements-error-outcome', args: {} });
    if (!decision.reasoning.trim()) {
      local.push({ field: 'reasoning', message_id: 'statements-error-reasoning', args: {} });
    }
    if (local.length > 0 || !decision.outcome) {
      showErrors('decide', local);
      setFailure(null);
      return;
    }
    const outcome = decision.outcome;
    return run('decide', [], async () => {
      await api.verklaring56Decide({
        resident_id: residentId,
        facts: toDraft(facts),
        outcome,
        reasoning: decision.reasoning.trim(),
      });
      setFacts(EMPTY_FACTS);
      setDecision(EMPTY_DECISION);
      setAdvice(null);
      setDecided(true);
      onDecided();
    });
  };

  const changeFacts = (v: FactsValues) => {
    setFacts(v);
    setAdvice(null);
    setDecided(false);
  };

  return (
    <section aria-labelledby="v56-heading" className="werkpad-section">
      <Heading3 id="v56-heading">{t('statements-v56-title')}</Heading3>
      <Paragraph>{t('statements-v56-intro')}</Paragraph>
      <p ref={notice} role="status" tabIndex={-1} className="werkpad-notice werkpad-focus-target" data-testid="v56-decided">
        {decided ? t('statements-decided') : ''}
      </p>
      <FactsForm
        values={facts}
        onChange={changeFacts}
        errors={errors.filter(isFactsError)}
        showSummary={errorsFrom === 'check'}
        attempt={errorsFrom === 'check' ? attempt : 0}
        failure={failure?.from === 'check' ? failure.error : null}
        busy={busy}
        onCheck={() => void check()}
      />
      {advice ? (
        <>
          <AdviceView advice={advice} />
          <DecisionForm
            advice={advice}
            coachName={coachName}
            values={decision}
            onChange={setDecision}
            errors={errorsFrom === 'decide' ? errors : []}
            attempt={errorsFrom === 'decide' ? attempt : 0}
            failure={failure?.from === 'decide' ? failure.error : null}
            busy={busy}
            onDecide={() => void decide()}
          />
        </>
      ) : null}
    </section>
  );
}
