import { Button, ButtonGroup, Heading5, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { VerzuimCase } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { type FieldDef, summaryItems } from '../../../components/fieldErrors';
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
  { path: 'asked_on', id: 'account-asked-on', label: msg('account-field-asked-on') },
  { path: 'given_on', id: 'account-given-on', label: msg('account-field-given-on') },
  { path: 'text', id: 'account-text', label: msg('account-field-text') },
];

/**
 * The resident's side of the story (hoor en wederhoor): the day asked and, once given,
 * the account in their words. Asked without a text: the answer-by date follows.
 */
export function AccountForm({ residentId, verzuim, onSaved, onCancel }: Props) {
  const { t } = useText();
  const a = verzuim.account;
  const [v, setV] = useState({ asked_on: formatDate(a?.asked_on), given_on: formatDate(a?.given_on), text: a?.text ?? '' });
  const form = useFormSubmit();
  const field = useFields(FIELDS, form);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const set = (key: keyof typeof v, value: string) => setV((old) => ({ ...old, [key]: value }));

  const submit = () => {
    void form.submit(async () =>
      onSaved(
        await api.verzuimAccount({
          resident_id: residentId,
          id: verzuim.id,
          form: { asked_on: text(v.asked_on), given_on: text(v.given_on), text: text(v.text) },
        }),
      ),
    );
  };

  return (
    <section aria-labelledby="account-heading" className="werkpad-subform" data-testid="account-form">
      <Heading5 id="account-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {a ? t('account-form-title-record') : t('account-form-title-ask')}
      </Heading5>
      <Paragraph className="werkpad-muted">{a ? t('account-form-intro-record', { date: formatDate(a.answer_by) }) : t('account-form-intro-ask')}</Paragraph>
      <ErrorSummary items={summaryItems(form.errors, FIELDS, t)} testId="account-error-summary" headingLevel={6} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="account-failure" />
      <form
        noValidate
        aria-labelledby="account-heading"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <TextField {...field('asked_on')} description={t('request-date-blank-today')} inputMode="numeric" size={10} value={v.asked_on} onChange={(x) => set('asked_on', x)} />
        {a ? (
          <>
            <TextField {...field('given_on')} description={t('request-date-blank-today')} inputMode="numeric" size={10} value={v.given_on} onChange={(x) => set('given_on', x)} />
            <TextAreaField {...field('text')} required description={t('account-field-text-description')} rows={4} value={v.text} onChange={(x) => set('text', x)} />
          </>
        ) : null}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="account-save" busy={form.busy} disabled={form.busy}>
            {a ? t('account-save-record') : t('account-save-ask')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="account-cancel" onClick={onCancel}>
            {t('request-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
