import { Button, ButtonGroup, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { JobcoachOrganisation } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { text, useFields } from './common';

const FIELDS: FieldDef[] = [
  { path: 'name', id: 'org-name', label: msg('org-field-name') },
  { path: 'kvk', id: 'org-kvk', label: msg('org-field-kvk') },
  { path: 'contact_name', id: 'org-contact-name', label: msg('org-field-contact-name') },
  { path: 'email', id: 'org-email', label: msg('org-field-email') },
  { path: 'phone', id: 'org-phone', label: msg('org-field-phone') },
];

interface Props {
  onSaved: (organisation: JobcoachOrganisation) => void;
  onCancel: () => void;
}

/** A new jobcoach organisation: shared with the whole team, like employers. */
export function OrganisationForm({ onSaved, onCancel }: Props) {
  const { t } = useText();
  const [v, setV] = useState({ name: '', kvk: '', contact_name: '', email: '', phone: '' });
  const form = useFormSubmit();
  const field = useFields(FIELDS, form);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const set = (key: keyof typeof v, value: string) => setV((old) => ({ ...old, [key]: value }));

  const submit = () => {
    void form.submit(async () =>
      onSaved(
        await api.jobcoachOrganisationSave({
          id: null,
          form: { name: text(v.name), kvk: text(v.kvk), contact_name: text(v.contact_name), email: text(v.email), phone: text(v.phone) },
        }),
      ),
    );
  };

  return (
    <section aria-labelledby="org-form-heading" className="werkpad-subform" data-testid="org-form">
      <Heading4 id="org-form-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {t('org-form-title')}
      </Heading4>
      <Paragraph className="werkpad-muted">{t('org-form-intro')}</Paragraph>
      <ErrorSummary items={summaryItems(form.errors, FIELDS, t)} testId="org-error-summary" headingLevel={5} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="org-failure" />
      <form
        noValidate
        aria-labelledby="org-form-heading"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <TextField {...field('name')} required value={v.name} onChange={(x) => set('name', x)} />
        <TextField {...field('kvk')} inputMode="numeric" size={8} value={v.kvk} onChange={(x) => set('kvk', x)} />
        <TextField {...field('contact_name')} value={v.contact_name} onChange={(x) => set('contact_name', x)} />
        <TextField {...field('email')} type="email" value={v.email} onChange={(x) => set('email', x)} />
        <TextField {...field('phone')} type="tel" value={v.phone} onChange={(x) => set('phone', x)} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="org-save" busy={form.busy} disabled={form.busy}>
            {t('org-save')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="org-cancel" onClick={onCancel}>
            {t('subsidy-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
