import { Heading3, LinkButton, Paragraph } from '@utrecht/component-library-react';
import { PURPOSES, type IntakeForm } from '../../api/contract.gen';
import { labelOf } from '../../api/labels';
import { Facts } from '../../components/Facts';
import { formatDate } from '../../i18n/format';
import { useText } from '../../i18n/useText';
import { residentFactSections } from '../shared/residentFacts';
import { STEPS } from './steps';

interface Props {
  form: IntakeForm;
  onEdit: (step: number) => void;
}

/** Step 10: everything entered, per step, with a link back to change it. */
export function ReviewStep({ form, onEdit }: Props) {
  const { t } = useText();
  const stepIndex = (key: string) => STEPS.findIndex((s) => s.key === key);
  const sections = residentFactSections(form.resident, t);
  const h = form.health;
  sections.push(
    {
      key: 'health',
      title: t('intake-step-health'),
      facts: h
        ? [
            { label: t('intake-field-health-necessity'), value: h.necessity ?? '' },
            { label: t('intake-field-health-summary'), value: h.summary ?? '' },
            { label: t('intake-field-health-work-limitations'), value: h.work_limitations ?? '' },
            { label: t('intake-field-health-source'), value: h.source ?? '' },
          ]
        : [{ label: t('intake-health-record'), value: t('value-no') }],
    },
    {
      key: 'privacy',
      title: t('intake-step-privacy'),
      facts: [
        {
          label: t('intake-field-privacy'),
          value: form.privacy_statement_explained ? t('value-yes') : t('value-no'),
        },
        { label: t('intake-field-privacy-date'), value: formatDate(form.resident.privacy_statement_explained_on) },
        {
          label: t('intake-field-purposes'),
          value: form.purposes
            .map((p) => {
              const id = labelOf(PURPOSES, p);
              return id ? t(id) : p;
            })
            .join(', '),
        },
      ],
    },
  );
  return (
    <>
      <Paragraph>{t('intake-review-intro')}</Paragraph>
      {sections.map((s) => (
        <section key={s.key} className="werkpad-review-section" aria-labelledby={`review-${s.key}`}>
          <div className="werkpad-review-section__head">
            <Heading3 id={`review-${s.key}`}>{s.title}</Heading3>
            <LinkButton
              inline
              onClick={() => onEdit(stepIndex(s.key))}
              aria-label={t('intake-review-edit-label', { section: s.title })}
            >
              {t('intake-review-edit')}
            </LinkButton>
          </div>
          <Facts facts={s.facts} appearance="rows" />
        </section>
      ))}
    </>
  );
}
