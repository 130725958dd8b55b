import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import { Description, ErrorText, type FieldProps, LabelText, describedBy } from './fieldParts';
import type { SelectOptionItem } from './SelectField';

interface Props extends FieldProps {
  value: string;
  options: SelectOptionItem[];
  onChange: (value: string) => void;
  /** data-testid of each radio: `${optionTestIdPrefix}-${value}`. */
  optionTestIdPrefix?: string;
}

/** A radio group in a fieldset whose legend is the question. `id` goes on the first radio. */
export function RadioGroupField(p: Props) {
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
        return (
          <FormField key={o.value} type="radio">
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel htmlFor={id} type="radio" checked={p.value === o.value}>
                <RadioButton
                  id={id}
                  name={p.id}
                  value={o.value}
                  className="utrecht-form-field__input"
                  data-testid={p.optionTestIdPrefix ? `${p.optionTestIdPrefix}-${o.value}` : undefined}
                  checked={p.value === o.value}
                  invalid={Boolean(p.error)}
                  onChange={() => p.onChange(o.value)}
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
