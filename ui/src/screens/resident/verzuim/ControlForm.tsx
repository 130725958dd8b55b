import { Button, ButtonGroup, Heading5, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import { CONTROL_FINDINGS, CONTROL_KINDS, type VerzuimCase } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { RadioGroupField } from '../../../components/RadioGroupField';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { formatDate } from '../../../i18n/format';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { text } from '../requests/common';
import { useFields } from '../subsidies/common';

interface Props {
  residentId: string;
  verzuim: VerzuimCase;
  onSaved: (cases: VerzuimCase[]) => void;
  onCancel: () => void;
}

const FIELDS: FieldDef[] = [
  { path: 'requested_on', id: 'control-requested-on', label: msg('control-field-requested-on') },
  { path: 'controller', id: 'control-controller', label: msg('control-field-controller') },
  { path: 'kind', id: 'control-kind', label: msg('control-field-kind') },
  { path: 'done_on', id: 'control-done-on', label: msg('control-field-done-on') },
  { path: 'finding', id: 'control-finding', label: msg('control-field-finding') },
  { path: 'note', id: 'control-note', label: msg('control-field-note') },
];

/** The check by a verzuimcontroleur: asked (who, how), and later what they found. */
export function ControlForm({ residentId, verzuim, onSaved, onCancel }: Props) {
  const { t } = useText();
  const c = verzuim.control;
  const [v, setV] = useState({
    requested_on: formatDate(c?.requested_on),
    controller: c?.controller ?? '',
    kind: c?.kind ?? '',
    done_on: formatDate(c?.done_on),
    finding: c?.finding ?? '',
    note: c?.note ?? '',
  });
  const form = useFormSubmit();
  const field = useFields(FIELDS, form);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const set = (key: keyof typeof v, value: string) => setV((old) => ({ ...old, [key]: value }));

  const submit = () => {
    void form.submit(async () =>
      onSaved(
        await api.verzuimControl({
          resident_id: residentId,
          id: verzuim.id,
          form: {
            requested_on: text(v.requested_on),
            controller: text(v.controller),
            kind: text(v.kind),
            done_on: text(v.done_on),
            finding: text(v.finding),
            note: text(v.note),
          },
        }),
      ),
    );
  };

  return (
    <section aria-labelledby="control-heading" className="werkpad-subform" data-testid="control-form">
      <Heading5 id="control-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {c ? t('control-form-title-result') : t('control-form-title-ask')}
      </Heading5>
      <Paragraph className="werkpad-muted">{t('control-form-intro')}</Paragraph>
      <ErrorSummary items={summaryItems(form.errors, FIELDS, t)} testId="control-error-summary" headingLevel={6} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="control-failure" />
      <form
        noValidate
        aria-labelledby="control-heading"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <TextField {...field('requested_on')} description={t('request-date-blank-today')} inputMode="numeric" size={10} value={v.requested_on} onChange={(x) => set('requested_on', x)} />
        <TextField {...field('controller')} required description={t('control-field-controller-description')} value={v.controller} onChange={(x) => set('controller', x)} />
        <RadioGroupField
          {...field('kind')}
          required
          value={v.kind}
          optionTestIdPrefix="control-kind"
          options={CONTROL_KINDS.map((k) => ({ value: k.value, text: t(k.label) }))}
          onChange={(x) => set('kind', x)}
        />
        <TextField {...field('done_on')} description={t('control-field-done-on-description')} inputMode="numeric" size={10} value={v.done_on} onChange={(x) => set('done_on', x)} />
        <SelectField
          {...field('finding')}
          description={t('control-field-finding-description')}
          value={v.finding}
          options={CONTROL_FINDINGS.map((f) => ({ value: f.value, text: t(f.label) }))}
          onChange={(x) => set('finding', x)}
        />
        <TextAreaField {...field('note')} rows={3} value={v.note} onChange={(x) => set('note', x)} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="control-save" busy={form.busy} disabled={form.busy}>
            {t('control-save')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="control-cancel" onClick={onCancel}>
            {t('request-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
