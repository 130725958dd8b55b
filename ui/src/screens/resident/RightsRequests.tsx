import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import * as api from '../../api/contract.gen';
import { RIGHTS_KINDS, RIGHTS_OUTCOMES, type ErrorPayload, type RightsRequest } from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusField } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { labelOf } from '../../api/labels';
import { formatDate, todayDutch } from '../../i18n/format';
import { type TextFn, useText } from '../../i18n/useText';
import type { TabProps } from './tabProps';

type Errors = Record<string, string>;

/** The backend's field errors, by field, as text; focus on the first of `order`. */
function fieldErrors(e: ErrorPayload, t: TextFn, order: string[], idOf: (f: string) => string): Errors | null {
  const found: Errors = {};
  for (const f of e.fields) if (!found[f.field]) found[f.field] = t(f.message_id, f.args);
  const first = order.find((f) => found[f]);
  if (!first) return null;
  focusField(idOf(first));
  return found;
}

/**
 * The resident's requests about their data (rectification, erasure, restriction,
 * objection): each with its deadline, one month after it came in, and the answer a staff
 * member gives. The rules (a summary, a valid date, reasons with a decision) are the
 * backend's; its field errors show at the fields.
 */
export function RightsRequests({ residentId, view, onView }: TabProps) {
  const { t } = useText();
  const [adding, setAdding] = useState(false);
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return (
    <section aria-labelledby="rights-heading" className="werkpad-review-section" data-testid="rights">
      <Heading3 id="rights-heading">{t('rights-title')}</Heading3>
      <Paragraph>{t('rights-intro')}</Paragraph>
      {view.rights_requests.length === 0 ? (
        <Paragraph data-testid="rights-none">{t('rights-none')}</Paragraph>
      ) : (
        <ul className="werkpad-list">
          {view.rights_requests.map((r) => (
            <RequestItem key={r.id} residentId={residentId} request={r} overdue={!r.decision && today > r.due_on} onView={onView} />
          ))}
        </ul>
      )}
      {adding ? (
        <AddForm
          residentId={residentId}
          onSaved={(v) => {
            onView(v);
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <Button appearance="secondary-action-button" data-testid="rights-add" onClick={() => setAdding(true)}>
          {t('rights-add')}
        </Button>
      )}
    </section>
  );
}

interface AddProps {
  residentId: string;
  onSaved: TabProps['onView'];
  onCancel: () => void;
}

function AddForm({ residentId, onSaved, onCancel }: AddProps) {
  const { t } = useText();
  const [kind, setKind] = useState('');
  const [receivedOn, setReceivedOn] = useState(todayDutch());
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setErrors({});
    setBusy(true);
    try {
      onSaved(await api.rightsRequestAdd({ resident_id: residentId, kind, received_on: receivedOn.trim(), summary }));
    } catch (e) {
      const p = e as ErrorPayload;
      const found = fieldErrors(p, t, ['kind', 'received_on', 'summary'], (f) => `rights-${f.replace('_', '-')}`);
      if (found) setErrors(found);
      else setFailure(p);
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="werkpad-subform werkpad-section">
      <ErrorAlert error={failure} testId="rights-error" />
      <SelectField
        id="rights-kind"
        testId="rights-kind"
        label={t('rights-kind')}
        required
        value={kind}
        options={RIGHTS_KINDS.map((k) => ({ value: k.value, text: t(k.label) }))}
        onChange={setKind}
        error={errors.kind}
      />
      <TextField
        id="rights-received-on"
        testId="rights-received-on"
        label={t('rights-received-on')}
        description={t('form-date-description')}
        required
        value={receivedOn}
        onChange={setReceivedOn}
        error={errors.received_on}
      />
      <TextAreaField
        id="rights-summary"
        testId="rights-summary"
        label={t('rights-summary')}
        required
        rows={3}
        value={summary}
        onChange={setSummary}
        error={errors.summary}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" data-testid="rights-save" busy={busy} disabled={busy}>
          {t('rights-save')}
        </Button>
        <Button appearance="secondary-action-button" disabled={busy} onClick={onCancel}>
          {t('rights-cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

interface ItemProps {
  residentId: string;
  request: RightsRequest;
  overdue: boolean;
  onView: TabProps['onView'];
}

function RequestItem({ residentId, request: r, overdue, onView }: ItemProps) {
  const { t } = useText();
  const [deciding, setDeciding] = useState(false);
  const d = r.decision;
  return (
    <li data-testid="rights-request">
      <Paragraph>
        <strong>{t(labelOf(RIGHTS_KINDS, r.kind) ?? r.kind)}</strong>
        {': '}
        {r.summary}
      </Paragraph>
      <Paragraph>
        {t('rights-received', { date: formatDate(r.received_on) })}
        {'. '}
        {t('rights-due', { date: formatDate(r.due_on) })}
        {overdue ? <strong data-testid="rights-overdue">{` ${t('rights-overdue')}`}</strong> : null}
      </Paragraph>
      {d ? (
        <Paragraph data-testid="rights-decision">
          {t('rights-decided', { outcome: t(labelOf(RIGHTS_OUTCOMES, d.outcome) ?? d.outcome), date: formatDate(d.decided_on), name: d.decided_by.name })}
          {': '}
          {d.reasoning}
        </Paragraph>
      ) : deciding ? (
        <DecideForm
          residentId={residentId}
          requestId={r.id}
          onSaved={(v) => {
            onView(v);
            setDeciding(false);
          }}
          onCancel={() => setDeciding(false)}
        />
      ) : (
        <Button appearance="secondary-action-button" data-testid="rights-decide" onClick={() => setDeciding(true)}>
          {t('rights-decide')}
        </Button>
      )}
    </li>
  );
}

interface DecideProps {
  residentId: string;
  requestId: string;
  onSaved: TabProps['onView'];
  onCancel: () => void;
}

function DecideForm({ residentId, requestId, onSaved, onCancel }: DecideProps) {
  const { t } = useText();
  const [outcome, setOutcome] = useState('');
  const [decidedOn, setDecidedOn] = useState(todayDutch());
  const [reasoning, setReasoning] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `rights-${requestId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setErrors({});
    setBusy(true);
    try {
      onSaved(
        await api.rightsRequestDecide({
          resident_id: residentId,
          request_id: requestId,
          outcome,
          decided_on: decidedOn.trim(),
          reasoning,
        }),
      );
    } catch (e) {
      const p = e as ErrorPayload;
      const ids: Record<string, string> = {
        'decision.outcome': `${base}-outcome`,
        'decision.decided_on': `${base}-decided-on`,
        'decision.reasoning': `${base}-reasoning`,
      };
      const found = fieldErrors(p, t, Object.keys(ids), (f) => ids[f]!);
      if (found) setErrors(found);
      else setFailure(p);
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="werkpad-subform werkpad-section">
      <ErrorAlert error={failure} testId="rights-decide-error" />
      <SelectField
        id={`${base}-outcome`}
        testId="rights-outcome"
        label={t('rights-outcome')}
        required
        value={outcome}
        options={RIGHTS_OUTCOMES.map((o) => ({ value: o.value, text: t(o.label) }))}
        onChange={setOutcome}
        error={errors['decision.outcome']}
      />
      <TextField
        id={`${base}-decided-on`}
        testId="rights-decided-on"
        label={t('rights-decided-on')}
        description={t('form-date-description')}
        required
        value={decidedOn}
        onChange={setDecidedOn}
        error={errors['decision.decided_on']}
      />
      <TextAreaField
        id={`${base}-reasoning`}
        testId="rights-reasoning"
        label={t('rights-reasoning')}
        required
        rows={3}
        value={reasoning}
        onChange={setReasoning}
        error={errors['decision.reasoning']}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" data-testid="rights-decide-save" busy={busy} disabled={busy}>
          {t('rights-decide-save')}
        </Button>
        <Button appearance="secondary-action-button" disabled={busy} onClick={onCancel}>
          {t('rights-cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
