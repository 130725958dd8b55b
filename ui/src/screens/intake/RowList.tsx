import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useLayoutEffect, useRef } from 'react';
import { getAt } from './form';
import { useBinding } from './binding';

interface Props {
  /** Path of the list, e.g. `resident.languages`. */
  path: string;
  legend: string;
  /** Legend of one row, e.g. "Taal 2". */
  rowLegend: (n: number) => string;
  addLabel: string;
  removeLabel: (n: number) => string;
  emptyText: string;
  newRow: () => unknown;
  /** Path of the field that gets focus in a new row. */
  firstField: (rowPath: string) => string;
  renderRow: (rowPath: string, index: number) => ReactNode;
}

/**
 * A repeatable group (languages, jobs, obstacles, ...): a fieldset per row with a remove
 * button, and an add button. Focus goes to the new row's first field, or after removal to
 * the add button, so keyboard users never lose their place.
 */
export function RowList(p: Props) {
  const b = useBinding();
  const raw = getAt(b.form, p.path);
  const rows = Array.isArray(raw) ? raw : [];
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
    focusNext.current = b.fieldId(p.firstField(`${p.path}[${rows.length}]`));
    b.set(p.path, [...rows, p.newRow()]);
  };
  const remove = (i: number) => {
    focusNext.current = '';
    b.set(
      p.path,
      rows.filter((_, j) => j !== i),
    );
    b.blur(p.path);
  };

  return (
    <Fieldset className="utrecht-form-fieldset--distanced werkpad-rowlist">
      <FieldsetLegend>{p.legend}</FieldsetLegend>
      {rows.length === 0 ? <Paragraph className="werkpad-muted">{p.emptyText}</Paragraph> : null}
      {rows.map((_, i) => {
        const rowPath = `${p.path}[${i}]`;
        return (
          <Fieldset key={i} className="utrecht-form-fieldset--distanced werkpad-row">
            <FieldsetLegend>{p.rowLegend(i + 1)}</FieldsetLegend>
            {p.renderRow(rowPath, i)}
            <Button appearance="subtle-button" onClick={() => remove(i)} data-testid={`${b.testId(rowPath)}-remove`}>
              {p.removeLabel(i + 1)}
            </Button>
          </Fieldset>
        );
      })}
      <Button
        ref={addRef}
        appearance="secondary-action-button"
        onClick={add}
        data-testid={`${b.testId(p.path)}-add`}
      >
        {p.addLabel}
      </Button>
    </Fieldset>
  );
}
