import { Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel } from '@utrecht/component-library-react';
import { Description, ErrorText, type FieldProps, LabelText, describedBy } from './fieldParts';
import type { SelectOptionItem } from './SelectField';

interface Props extends FieldProps {
  values: readonly string[];
  options: (SelectOptionItem & { disabled?: boolean })[];
  onChange: (values: string[]) => void;
  onBlur?: () => void;
}

/** Several checkboxes under one legend; the value is the list of ticked options, in order. */
export function CheckboxGroupField(p: Props) {
  const toggle = (value: string, on: boolean) => {
    const set = new Set(p.values);
    if (on) set.add(value);
    else set.delete(value);
    p.onChange(p.options.map((o) => o.value).filter((v) => set.has(v)));
  };
  return (
    <Fieldset
      className="utrecht-form-fieldset--distanced"
      invalid={Boolean(p.error)}
      aria-describedby={describedBy(p)}
    >
      <FieldsetLegend>
        <LabelText label={p.label} required={p.required} />
      </FieldsetLegend>
      <Description p={p} />
      <ErrorText p={p} />
      {p.options.map((o, i) => {
        const id = i === 0 ? p.id : `${p.id}-${o.value}`;
        const checked = p.values.includes(o.value);
        return (
          <FormField key={o.value} type="checkbox">
            <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
              <FormLabel htmlFor={id} type="checkbox" checked={checked} disabled={o.disabled}>
                <Checkbox
                  id={id}
                  className="utrecht-form-field__input"
                  data-testid={p.testId ? `${p.testId}-${o.value}` : undefined}
                  checked={checked}
                  disabled={o.disabled}
                  invalid={Boolean(p.error)}
                  onChange={(e) => toggle(o.value, e.target.checked)}
                  onBlur={p.onBlur}
                />{' '}
                {o.text}
              </FormLabel>
            </div>
          </FormField>
        );
      })}
    </Fieldset>
  );
}
