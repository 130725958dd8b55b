// Form fields bound to a form object by field path. The intake wizard and the resident
// edit form share the step sections through this context; each supplies its own data,
// errors, ids and test ids.

import { createContext, type HTMLAttributes, type ReactNode, useContext } from 'react';
import type { Choice } from '../../api/contract.gen';
import { CheckboxField } from '../../components/CheckboxField';
import { CheckboxGroupField } from '../../components/CheckboxGroupField';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useText } from '../../i18n/useText';
import { asText, fromText, getAt } from './form';

export interface FormBinding {
  form: unknown;
  set: (path: string, value: unknown) => void;
  /** The field lost focus: the form may now show its error. */
  blur: (path: string) => void;
  /** The translated error to show under the field, if any. */
  error: (path: string) => string | undefined;
  /** Element id of the field at `path` (error summary links point here). */
  fieldId: (path: string) => string;
  testId: (path: string) => string;
}

const BindingContext = createContext<FormBinding | null>(null);

export function BindingProvider({ value, children }: { value: FormBinding; children: ReactNode }) {
  return <BindingContext.Provider value={value}>{children}</BindingContext.Provider>;
}

export function useBinding(): FormBinding {
  const b = useContext(BindingContext);
  if (!b) throw new Error('useBinding outside BindingProvider');
  return b;
}

/** `resident.work_experience[1].until` → `work_experience-1-until`: ids without the root. */
export function pathSlug(path: string): string {
  return path
    .replace(/^resident\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .join('-');
}

/** Element id of a path, unique per form (`prefix` tells two forms apart). */
export function fieldIdFor(prefix: string, path: string): string {
  return `${prefix}-field-${path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}`;
}

interface BoundProps {
  path: string;
  label: string;
  description?: string;
  required?: boolean;
}

export function BoundText(
  p: BoundProps & {
    type?: 'text' | 'email' | 'tel';
    inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
    autoComplete?: string;
    /** Store '' instead of null (for plain string lists such as career wishes). */
    keepEmpty?: boolean;
    size?: number;
  },
) {
  const b = useBinding();
  return (
    <TextField
      id={b.fieldId(p.path)}
      testId={b.testId(p.path)}
      label={p.label}
      description={p.description}
      required={p.required}
      type={p.type}
      inputMode={p.inputMode}
      autoComplete={p.autoComplete}
      size={p.size}
      value={asText(getAt(b.form, p.path))}
      onChange={(v) => b.set(p.path, p.keepEmpty ? v : fromText(v))}
      onBlur={() => b.blur(p.path)}
      error={b.error(p.path)}
    />
  );
}

/** A date typed as dd-mm-jjjj (the store reads ISO as well). */
export function BoundDate(p: BoundProps) {
  const { t } = useText();
  return (
    <BoundText
      {...p}
      inputMode="numeric"
      size={10}
      description={p.description ?? t('form-date-description')}
    />
  );
}

export function BoundTextArea(p: BoundProps & { rows?: number }) {
  const b = useBinding();
  return (
    <TextAreaField
      id={b.fieldId(p.path)}
      testId={b.testId(p.path)}
      label={p.label}
      description={p.description}
      required={p.required}
      rows={p.rows}
      value={asText(getAt(b.form, p.path))}
      onChange={(v) => b.set(p.path, fromText(v))}
      onBlur={() => b.blur(p.path)}
      error={b.error(p.path)}
    />
  );
}

export function BoundSelect(p: BoundProps & { options: readonly Choice[] }) {
  const b = useBinding();
  const { t } = useText();
  return (
    <SelectField
      id={b.fieldId(p.path)}
      testId={b.testId(p.path)}
      label={p.label}
      description={p.description}
      required={p.required}
      value={asText(getAt(b.form, p.path))}
      options={p.options.map((o) => ({ value: o.value, text: t(o.label) }))}
      onChange={(v) => b.set(p.path, fromText(v))}
      onBlur={() => b.blur(p.path)}
      error={b.error(p.path)}
    />
  );
}

export function BoundCheckbox(p: BoundProps & { onToggle?: (checked: boolean) => void }) {
  const b = useBinding();
  return (
    <CheckboxField
      id={b.fieldId(p.path)}
      testId={b.testId(p.path)}
      label={p.label}
      description={p.description}
      required={p.required}
      checked={getAt(b.form, p.path) === true}
      onChange={(checked) => {
        b.set(p.path, checked);
        p.onToggle?.(checked);
      }}
      onBlur={() => b.blur(p.path)}
      error={b.error(p.path)}
    />
  );
}

export function BoundCheckboxGroup(
  p: BoundProps & { options: readonly Choice[]; locked?: readonly string[] },
) {
  const b = useBinding();
  const { t } = useText();
  const raw = getAt(b.form, p.path);
  const values = Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : [];
  return (
    <CheckboxGroupField
      id={b.fieldId(p.path)}
      testId={b.testId(p.path)}
      label={p.label}
      description={p.description}
      required={p.required}
      values={values}
      options={p.options.map((o) => ({
        value: o.value,
        text: t(o.label),
        disabled: p.locked?.includes(o.value),
      }))}
      onChange={(next) => b.set(p.path, [...new Set([...(p.locked ?? []), ...next])])}
      onBlur={() => b.blur(p.path)}
      error={b.error(p.path)}
    />
  );
}
