import { Button, Fieldset, FieldsetLegend, FormFieldErrorMessage, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useLayoutEffect, useRef } from 'react';

interface Props<T> {
  legend: string;
  rows: T[];
  onChange: (rows: T[]) => void;
  newRow: () => T;
  /** Legend of one row, e.g. "Contactpersoon 2". */
  rowLegend: (n: number) => string;
  addLabel: string;
  removeLabel: (n: number) => string;
  emptyText: string;
  /** Element id of the field that gets focus in row `index` when it is added. */
  firstFieldId: (index: number) => string;
  renderRow: (row: T, index: number, update: (row: T) => void) => ReactNode;
  testId: string;
  /** At most this many rows: the add button gives way to `fullText` then. */
  maxRows?: number;
  fullText?: string;
  /** An error about the rows together (e.g. shares not adding up), shown under the legend. */
  error?: string;
  /** Element id of that error (default `${testId}-error`); the group is described by it. */
  errorId?: string;
}

/**
 * A repeatable group held in plain state (contact persons, travel times): a fieldset per
 * row with a remove button, and an add button. Focus goes to the new row's first field, or
 * after removal to the add button, so keyboard users keep their place.
 */
export function RepeatRows<T>(p: Props<T>) {
  const addRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<string | null>(null);

  useLayoutEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    if (target === '') addRef.current?.focus();
    else document.getElementById(target)?.focus();
  });

  const add = () => {
    focusNext.current = p.firstFieldId(p.rows.length);
    p.onChange([...p.rows, p.newRow()]);
  };
  const remove = (i: number) => {
    focusNext.current = '';
    p.onChange(p.rows.filter((_, j) => j !== i));
  };
  const update = (i: number) => (row: T) => p.onChange(p.rows.map((r, j) => (j === i ? row : r)));

  const full = p.maxRows !== undefined && p.rows.length >= p.maxRows;
  const errorId = p.error ? (p.errorId ?? `${p.testId}-error`) : undefined;
  return (
    <Fieldset className="utrecht-form-fieldset--distanced werkpad-rowlist" invalid={Boolean(p.error)} aria-describedby={errorId}>
      <FieldsetLegend>{p.legend}</FieldsetLegend>
      {p.error ? (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message" data-testid={`${p.testId}-error`}>
          {p.error}
        </FormFieldErrorMessage>
      ) : null}
      {p.rows.length === 0 ? <Paragraph className="werkpad-muted">{p.emptyText}</Paragraph> : null}
      {p.rows.map((row, i) => (
        <Fieldset key={i} className="utrecht-form-fieldset--distanced werkpad-row">
          <FieldsetLegend>{p.rowLegend(i + 1)}</FieldsetLegend>
          {p.renderRow(row, i, update(i))}
          <Button appearance="subtle-button" onClick={() => remove(i)} data-testid={`${p.testId}-${i}-remove`}>
            {p.removeLabel(i + 1)}
          </Button>
        </Fieldset>
      ))}
      {full ? (
        <Paragraph className="werkpad-muted" data-testid={`${p.testId}-full`}>
          {p.fullText}
        </Paragraph>
      ) : (
        <Button ref={addRef} appearance="secondary-action-button" onClick={add} data-testid={`${p.testId}-add`}>
          {p.addLabel}
        </Button>
      )}
    </Fieldset>
  );
}
