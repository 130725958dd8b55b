import { Button, ButtonGroup, Heading5, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import { type VerzuimCase, VERZUIM_OUTCOMES } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { RadioGroupField } from '../../../components/RadioGroupField';
import { TextAreaField } from '../../../components/TextAreaField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { text } from '../requests/common';
import { useFields } from '../subsidies/common';

interface Props {
  residentId: string;
  verzuim: VerzuimCase;
  coachName: string | null;
  onSaved: (cases: VerzuimCase[]) => void;
  onCancel: () => void;
}

const FIELDS: FieldDef[] = [
  { path: 'outcome', id: 'decision-outcome', label: msg('verzuim-decision-outcome') },
  { path: 'reasoning', id: 'decision-reasoning', label: msg('verzuim-decision-reasoning') },
];

/**
 * The decision on an absence, by a named person: what follows and why. Refused until the
 * resident was heard (AccountRequired, at `account`): shown in the summary and at the top.
 */
export function VerzuimDecisionForm({ residentId, verzuim, coachName, onSaved, onCancel }: Props) {
  const { t } = useText();
  const [v, setV] = useState({ outcome: '', reasoning: '' });
  const form = useFormSubmit();
  const field = useFields(FIELDS, form);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const set = (key: keyof typeof v, value: string) => setV((old) => ({ ...old, [key]: value }));

  const submit = () => {
    void form.submit(async () =>
      onSaved(
        await api.verzuimDecide({
          resident_id: residentId,
          id: verzuim.id,
          form: { outcome: text(v.outcome), reasoning: text(v.reasoning) },
        }),
      ),
    );
  };

  return (
    <section aria-labelledby="decision-heading" className="werkpad-subform" data-testid="decision-form">
      <Heading5 id="decision-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {t('verzuim-decision-title')}
      </Heading5>
      <Paragraph data-testid="decision-by">
        {coachName ? t('verzuim-decision-by-coach', { coach: coachName }) : t('verzuim-decision-by-you')}
      </Paragraph>
      <ErrorSummary items={summaryItems(form.errors, FIELDS, t)} testId="decision-error-summary" headingLevel={6} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="decision-failure" />
      <form
        noValidate
        aria-labelledby="decision-heading"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <RadioGroupField
          {...field('outcome')}
          required
          value={v.outcome}
          optionTestIdPrefix="decision-outcome"
          options={VERZUIM_OUTCOMES.map((o) => ({ value: o.value, text: t(o.label) }))}
          onChange={(x) => set('outcome', x)}
        />
        <TextAreaField
          {...field('reasoning')}
          required
          description={t('verzuim-decision-reasoning-description')}
          rows={4}
          value={v.reasoning}
          onChange={(x) => set('reasoning', x)}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="decision-save" busy={form.busy} disabled={form.busy}>
            {t('verzuim-decision-save')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="decision-cancel" onClick={onCancel}>
            {t('request-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
