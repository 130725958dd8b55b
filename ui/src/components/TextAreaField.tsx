import { FormField, FormLabel, Textarea } from '@utrecht/component-library-react';
import { Description, ErrorText, type FieldProps, LabelText, describedBy } from './fieldParts';

interface Props extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  rows?: number;
}

/** A labelled multi-line text field. */
export function TextAreaField(p: Props) {
  return (
    <FormField invalid={Boolean(p.error)} className="utrecht-form-field--distanced">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={p.id}>
          <LabelText label={p.label} required={p.required} />
        </FormLabel>
      </div>
      <Description p={p} />
      <ErrorText p={p} />
      <div className="utrecht-form-field__input">
        <Textarea
          id={p.id}
          data-testid={p.testId}
          value={p.value}
          rows={p.rows ?? 4}
          onChange={(e) => p.onChange(e.target.value)}
          onBlur={p.onBlur}
          invalid={Boolean(p.error)}
          required={p.required}
          aria-describedby={describedBy(p)}
        />
      </div>
    </FormField>
  );
}
