import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useText } from '../i18n/useText';

/** The props every field takes: a stable id, texts, and an optional error text. */
export interface FieldProps {
  id: string;
  label: string;
  description?: string;
  /** Error text, already translated. */
  error?: string;
  required?: boolean;
  testId?: string;
}

/** The ids that the input's aria-describedby lists: error first, then description. */
export function describedBy(p: FieldProps): string | undefined {
  const ids = [p.error ? `${p.id}-error` : null, p.description ? `${p.id}-description` : null];
  return ids.filter(Boolean).join(' ') || undefined;
}

/** "Voornamen (verplicht)": required fields say so in words, not with a sign alone. */
export function LabelText({ label, required }: { label: string; required?: boolean }) {
  const { t } = useText();
  return (
    <>
      {label}
      {required ? <span className="werkpad-required"> {t('form-required-marker')}</span> : null}
    </>
  );
}

export function Description({ p }: { p: FieldProps }) {
  return p.description ? (
    <FormFieldDescription id={`${p.id}-description`} className="utrecht-form-field__description">
      {p.description}
    </FormFieldDescription>
  ) : null;
}

export function ErrorText({ p }: { p: FieldProps }) {
  return p.error ? (
    <FormFieldErrorMessage id={`${p.id}-error`} className="utrecht-form-field__error-message">
      {p.error}
    </FormFieldErrorMessage>
  ) : null;
}

/**
 * The frame every single-control field shares: label (with the required marker),
 * description, error, then the control itself, in the NLDS form-field layout.
 */
export function LabelledField({ p, children }: { p: FieldProps; children: ReactNode }) {
  return (
    <FormField invalid={Boolean(p.error)} className="utrecht-form-field--distanced">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={p.id}>
          <LabelText label={p.label} required={p.required} />
        </FormLabel>
      </div>
      <Description p={p} />
      <ErrorText p={p} />
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}
