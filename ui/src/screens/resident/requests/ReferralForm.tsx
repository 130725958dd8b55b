import { Button, ButtonGroup, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import { DATA_CATEGORIES, type FieldError, LIFE_DOMAINS, type Referral, type RequestsFile } from '../../../api/contract.gen';
import { CheckboxGroupField } from '../../../components/CheckboxGroupField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { useFields } from '../subsidies/common';
import { type ConsentValues, consentInput, consentValues, text } from './common';
import { ConsentFields, consentDefs } from './ConsentFields';

interface Props {
  residentId: string;
  /** The draft to change; null for a new referral. */
  referral: Referral | null;
  initialErrors?: FieldError[];
  onSaved: (file: RequestsFile) => void;
  onCancel: () => void;
}

/** Health data never goes along with a referral: it is not offered. */
export const SHAREABLE = DATA_CATEGORIES.filter((c) => c.value !== 'health');

const FIELDS: FieldDef[] = [
  { path: 'domain', id: 'ref-domain', label: msg('referral-field-domain') },
  { path: 'organisation', id: 'ref-organisation', label: msg('referral-field-organisation') },
  { path: 'reason', id: 'ref-reason', label: msg('referral-field-reason') },
  { path: 'shared', id: 'ref-shared', label: msg('referral-field-shared') },
  { path: 'shared_why', id: 'ref-shared-why', label: msg('referral-field-shared-why') },
  ...consentDefs('ref'),
];

/** A referral to help in another area of life, as a draft: where to, why, which data, consent. */
export function ReferralForm({ residentId, referral, initialErrors, onSaved, onCancel }: Props) {
  const { t } = useText();
  const [v, setV] = useState(() => ({
    domain: referral?.domain ?? '',
    organisation: referral?.organisation ?? '',
    reason: referral?.reason ?? '',
    shared: (referral?.shared ?? []) as string[],
    shared_why: referral?.shared_why ?? '',
    consent: consentValues(referral?.consent),
  }));
  const form = useFormSubmit();
  const field = useFields(FIELDS, form);
  const heading = useRef<HTMLHeadingElement>(null);
  const { reject } = form;
  useLayoutEffect(() => {
    if (initialErrors?.length) reject(initialErrors);
    else heading.current?.focus();
  }, [initialErrors, reject]);
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K]) => setV((old) => ({ ...old, [key]: value }));

  const submit = () => {
    void form.submit(async () =>
      onSaved(
        await api.referralSave({
          resident_id: residentId,
          id: referral?.id ?? null,
          form: {
            domain: text(v.domain),
            organisation: text(v.organisation),
            reason: text(v.reason),
            shared: v.shared,
            shared_why: text(v.shared_why),
            consent: consentInput(v.consent as ConsentValues),
          },
        }),
      ),
    );
  };

  return (
    <section aria-labelledby="ref-form-heading" className="werkpad-section werkpad-subform" data-testid="ref-form">
      <Heading4 id="ref-form-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {referral ? t('referral-form-title-edit') : t('referral-form-title-new')}
      </Heading4>
      <Paragraph className="werkpad-muted">{t('referral-form-intro')}</Paragraph>
      <ErrorSummary items={summaryItems(form.errors, FIELDS, t)} testId="ref-error-summary" headingLevel={5} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="ref-failure" />
      <form
        noValidate
        aria-labelledby="ref-form-heading"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <SelectField
          {...field('domain')}
          required
          value={v.domain}
          options={LIFE_DOMAINS.map((d) => ({ value: d.value, text: t(d.label) }))}
          onChange={(x) => set('domain', x)}
        />
        <TextField {...field('organisation')} required value={v.organisation} onChange={(x) => set('organisation', x)} />
        <TextAreaField {...field('reason')} required rows={3} value={v.reason} onChange={(x) => set('reason', x)} />
        <CheckboxGroupField
          {...field('shared')}
          required
          description={t('referral-field-shared-description')}
          values={v.shared}
          options={SHAREABLE.map((c) => ({ value: c.value, text: t(c.label) }))}
          onChange={(x) => set('shared', x)}
        />
        <TextAreaField {...field('shared_why')} required rows={2} value={v.shared_why} onChange={(x) => set('shared_why', x)} />
        <ConsentFields prefix="ref" values={v.consent} onChange={(x) => set('consent', x)} errors={form.errors} description={t('referral-consent-description')} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="ref-save" busy={form.busy} disabled={form.busy}>
            {t('referral-save')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="ref-cancel" onClick={onCancel}>
            {t('request-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
