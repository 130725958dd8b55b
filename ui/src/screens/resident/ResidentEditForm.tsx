import { Button, ButtonGroup, Fieldset, FieldsetLegend, Heading2 } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import * as api from '../../api/contract.gen';
import type { ErrorPayload, FieldError, ResidentDraft, ResidentFileView } from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { formatDate } from '../../i18n/format';
import { useText } from '../../i18n/useText';
import { BindingProvider, type FormBinding, fieldIdFor, pathSlug } from '../intake/binding';
import { fieldLabel } from '../intake/fieldLabels';
import { getAt, normaliseResidentDraft, setAt } from '../intake/form';
import { RESIDENT_STEP_KEYS, STEPS } from '../intake/steps';

const ID_PREFIX = 'edit';

/** Date leaves of a draft: the store writes them ISO, the coach reads and types dd-mm-jjjj. */
function withDutchDates(draft: ResidentDraft): ResidentDraft {
  let d = normaliseResidentDraft(draft);
  const paths = [
    'birth_date',
    'id_document.expires_on',
    'verblijfstitel.expires_on',
    'availability.available_from',
    'privacy_statement_explained_on',
    ...d.work_experience.flatMap((_, i) => [`work_experience[${i}].from`, `work_experience[${i}].until`]),
  ];
  for (const p of paths) {
    const v = getAt(d, p);
    if (typeof v === 'string') d = setAt(d, p, formatDate(v));
  }
  return d;
}

/** resident_update reports paths under its `draft` input; the form keeps them under `resident`. */
function toFormPath(field: string): string {
  if (field.startsWith('draft.')) return `resident.${field.slice('draft.'.length)}`;
  if (field.startsWith('resident.')) return field;
  return `resident.${field}`;
}

interface Props {
  residentId: string;
  draft: ResidentDraft;
  onSaved: (v: ResidentFileView) => void;
  onCancel: () => void;
}

/** Edit the resident's data with the same sections as the intake, all on one page. */
export function ResidentEditForm({ residentId, draft, onSaved, onCancel }: Props) {
  const { t } = useText();
  const [form, setForm] = useState(() => ({ resident: withDutchDates(draft) }));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);

  const binding: FormBinding = useMemo(
    () => ({
      form,
      set: (path, value) => setForm((f) => setAt(f, path, value)),
      blur: () => undefined,
      error: (path) => {
        const e = errors.find((x) => x.field === path);
        return e ? t(e.message_id, e.args) : undefined;
      },
      fieldId: (path) => fieldIdFor(ID_PREFIX, path),
      testId: (path) => `${ID_PREFIX}-${pathSlug(path)}`,
    }),
    [form, errors, t],
  );

  const save = async () => {
    setBusy(true);
    setFailure(null);
    try {
      onSaved(await api.residentUpdate({ resident_id: residentId, draft: form.resident }));
    } catch (e) {
      const p = e as ErrorPayload;
      if (p.fields.length > 0) {
        setErrors(p.fields.map((f) => ({ ...f, field: toFormPath(f.field) })));
        setAttempt((n) => n + 1);
      } else {
        setFailure(p);
      }
    } finally {
      setBusy(false);
    }
  };

  const summary: SummaryItem[] = errors.map((e) => {
    const label = fieldLabel(e.field, t);
    const message = t(e.message_id, e.args);
    return {
      targetId: fieldIdFor(ID_PREFIX, e.field),
      text: label ? t('form-error-summary-item', { field: label, message }) : message,
    };
  });

  return (
    <>
      <Heading2>{t('personal-edit-title')}</Heading2>
      <ErrorSummary items={summary} testId="edit-error-summary" focusKey={attempt || undefined} />
      <ErrorAlert error={failure} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <BindingProvider value={binding}>
          {STEPS.filter((s) => RESIDENT_STEP_KEYS.includes(s.key)).map(({ key, title, Section }) =>
            Section ? (
              <Fieldset key={key} className="utrecht-form-fieldset--distanced werkpad-edit-section">
                <FieldsetLegend>{t(title)}</FieldsetLegend>
                <Section />
              </Fieldset>
            ) : null,
          )}
        </BindingProvider>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="edit-save" busy={busy} disabled={busy}>
            {t('personal-save')}
          </Button>
          <Button appearance="secondary-action-button" data-testid="edit-cancel" onClick={onCancel}>
            {t('personal-cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
