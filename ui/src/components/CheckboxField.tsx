import { Checkbox, FormField, FormLabel } from '@utrecht/component-library-react';
import { Description, ErrorText, type FieldProps, LabelText, describedBy } from './fieldParts';

interface Props extends FieldProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  onBlur?: () => void;
  disabled?: boolean;
}

/** A single checkbox with its label to the right (NLDS checkbox form field). */
export function CheckboxField(p: Props) {
  return (
    <FormField invalid={Boolean(p.error)} type="checkbox" className="utrecht-form-field--distanced">
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel htmlFor={p.id} type="checkbox" checked={p.checked} disabled={p.disabled}>
          <Checkbox
            id={p.id}
            data-testid={p.testId}
            className="utrecht-form-field__input"
            checked={p.checked}
            disabled={p.disabled}
            onChange={(e) => p.onChange(e.target.checked)}
            onBlur={p.onBlur}
            invalid={Boolean(p.error)}
            required={p.required}
            aria-describedby={describedBy(p)}
          />{' '}
          <LabelText label={p.label} required={p.required} />
        </FormLabel>
      </div>
      <Description p={p} />
      <ErrorText p={p} />
    </FormField>
  );
}
