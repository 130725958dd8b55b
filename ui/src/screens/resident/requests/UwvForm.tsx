import { Button, ButtonGroup, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import { BANENAFSPRAAK_ROUTES, type FieldError, type LoonwaardeView, type RequestsFile, type UwvRequest, UWV_REQUEST_KINDS } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { type FieldDef, summaryItems } from '../../../components/fieldErrors';
import { RadioGroupField } from '../../../components/RadioGroupField';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { formatDate } from '../../../i18n/format';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { useFields } from '../subsidies/common';
import { type ConsentValues, consentInput, consentValues, text } from './common';
import { ConsentFields, consentDefs } from './ConsentFields';
import { CRITERIA, CriteriaFields, type CriteriaValues, criteriaDefs, emptyCriteria } from './CriteriaFields';

interface Props {
  residentId: string;
  /** The draft to change; null for a new request. */
  request: UwvRequest | null;
  /** The file's beschut_repeat_from: a refusal less than 12 months ago. */
  repeatFrom: string | null;
  /** Errors to show at once (a send refused for what this form holds). */
  initialErrors?: FieldError[];
  onSaved: (file: RequestsFile) => void;
  onCancel: () => void;
}

interface Values {
  kind: string;
  route: string;
  loonwaarde_id: string;
  motivation: string;
  circumstances_changed: string;
  criteria: CriteriaValues;
  consent: ConsentValues;
}

function valuesOf(r: UwvRequest | null): Values {
  const criteria = emptyCriteria();
  if (r?.criteria) {
    for (const name of CRITERIA) criteria[name] = { view: r.criteria[name].view, explanation: r.criteria[name].explanation };
  }
  return {
    kind: r?.kind ?? '',
    route: r?.route ?? '',
    loonwaarde_id: r?.loonwaarde_id ?? '',
    motivation: r?.motivation ?? '',
    circumstances_changed: r?.circumstances_changed ?? '',
    criteria,
    consent: consentValues(r?.consent),
  };
}

const FIELDS: FieldDef[] = [
  { path: 'kind', id: 'uwv-kind', label: msg('uwv-field-kind') },
  { path: 'route', id: 'uwv-route', label: msg('uwv-field-route') },
  { path: 'loonwaarde_id', id: 'uwv-loonwaarde', label: msg('uwv-field-loonwaarde') },
  { path: 'motivation', id: 'uwv-motivation', label: msg('uwv-field-motivation') },
  { path: 'circumstances_changed', id: 'uwv-changed', label: msg('uwv-field-changed') },
];

/** A request to UWV as a draft: what is asked, the four criteria, why, and the consent. */
export function UwvForm({ residentId, request, repeatFrom, initialErrors, onSaved, onCancel }: Props) {
  const { t } = useText();
  const [v, setV] = useState<Values>(() => valuesOf(request));
  const [loonwaarden, setLoonwaarden] = useState<LoonwaardeView[] | null>(null);
  const form = useFormSubmit();
  const field = useFields(FIELDS, form);
  const heading = useRef<HTMLHeadingElement>(null);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setV((old) => ({ ...old, [key]: value }));
  const { reject } = form;
  useLayoutEffect(() => {
    if (initialErrors?.length) reject(initialErrors);
    else heading.current?.focus();
  }, [initialErrors, reject]);

  const banen = v.kind === 'banenafspraak';
  const praktijk = banen && v.route === 'praktijkroute';
  const needsCriteria = v.kind !== '' && !praktijk;
  const askChanged = v.kind === 'beschut_werk' && (repeatFrom !== null || v.circumstances_changed !== '');
  useEffect(() => {
    if (!praktijk || loonwaarden !== null) return;
    api.subsidyFile({ resident_id: residentId, purpose: 'uwv_request' }).then(
      (f) => setLoonwaarden(f.loonwaarden.filter((l) => l.record.sign_off !== null)),
      () => setLoonwaarden([]),
    );
  }, [praktijk, loonwaarden, residentId]);

  const defs = [...FIELDS.slice(0, 3), ...criteriaDefs(t), ...FIELDS.slice(3), ...consentDefs('uwv')];
  const submit = () => {
    void form.submit(async () => {
      const c = (name: (typeof CRITERIA)[number]) => ({ view: text(v.criteria[name].view), explanation: text(v.criteria[name].explanation) });
      onSaved(
        await api.uwvRequestSave({
          resident_id: residentId,
          id: request?.id ?? null,
          form: {
            kind: text(v.kind),
            route: banen ? text(v.route) : null,
            loonwaarde_id: praktijk && v.loonwaarde_id ? v.loonwaarde_id : null,
            task_in_organisation: needsCriteria ? c('task_in_organisation') : { view: null, explanation: null },
            basic_skills: needsCriteria ? c('basic_skills') : { view: null, explanation: null },
            one_hour_at_a_stretch: needsCriteria ? c('one_hour_at_a_stretch') : { view: null, explanation: null },
            four_hours_a_day: needsCriteria ? c('four_hours_a_day') : { view: null, explanation: null },
            motivation: text(v.motivation),
            consent: consentInput(v.consent),
            circumstances_changed: askChanged ? text(v.circumstances_changed) : null,
          },
        }),
      );
    });
  };

  return (
    <section aria-labelledby="uwv-form-heading" className="werkpad-section werkpad-subform" data-testid="uwv-form">
      <Heading4 id="uwv-form-heading" ref={heading} tabIndex={-1} className="werkpad-focus-target">
        {request ? t('uwv-form-title-edit') : t('uwv-form-title-new')}
      </Heading4>
      <Paragraph className="werkpad-muted">{t('uwv-form-intro')}</Paragraph>
      <ErrorSummary items={summaryItems(form.errors, defs, t)} testId="uwv-error-summary" headingLevel={5} focusKey={form.attempt || undefined} />
      <ErrorAlert error={form.failure} testId="uwv-failure" />
      <form
        noValidate
        aria-labelledby="uwv-form-heading"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <SelectField
          {...field('kind')}
          required
          value={v.kind}
          options={UWV_REQUEST_KINDS.map((k) => ({ value: k.value, text: t(k.label) }))}
          onChange={(x) => set('kind', x)}
        />
        {banen ? (
          <RadioGroupField
            {...field('route')}
            required
            value={v.route}
            optionTestIdPrefix="uwv-route"
            options={BANENAFSPRAAK_ROUTES.map((r) => ({ value: r.value, text: t(r.label) }))}
            onChange={(x) => set('route', x)}
          />
        ) : null}
        {praktijk ? (
          <SelectField
            {...field('loonwaarde_id')}
            required
            description={loonwaarden?.length === 0 ? t('uwv-field-loonwaarde-none') : t('uwv-field-loonwaarde-description')}
            value={v.loonwaarde_id}
            options={(loonwaarden ?? []).map((l) => ({
              value: l.record.id,
              text: t('lks-loonwaarde-option', {
                percent: l.record.sign_off?.loonwaarde_percent ?? 0,
                employer: l.employer_name ?? t('lw-unknown-employer'),
                date: formatDate(l.record.sign_off?.signed_on),
              }),
            }))}
            onChange={(x) => set('loonwaarde_id', x)}
          />
        ) : null}
        {needsCriteria ? <CriteriaFields values={v.criteria} onChange={(x) => set('criteria', x)} errors={form.errors} /> : null}
        <TextAreaField
          {...field('motivation')}
          required
          description={t('uwv-field-motivation-description')}
          rows={4}
          value={v.motivation}
          onChange={(x) => set('motivation', x)}
        />
        {askChanged ? (
          <TextAreaField
            {...field('circumstances_changed')}
            required={repeatFrom !== null}
            description={repeatFrom ? t('uwv-field-changed-description', { date: formatDate(repeatFrom) }) : undefined}
            rows={3}
            value={v.circumstances_changed}
            onChange={(x) => set('circumstances_changed', x)}
          />
        ) : null}
        <ConsentFields
          prefix="uwv"
          values={v.consent}
          onChange={(x) => set('consent', x)}
          errors={form.errors}
          description={t('uwv-consent-description')}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="uwv-save" busy={form.busy} disabled={form.busy}>
            {t('uwv-save')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="uwv-cancel" onClick={onCancel}>
            {t('request-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
