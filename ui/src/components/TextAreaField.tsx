import { Textarea } from '@utrecht/component-library-react';
import { type FieldProps, LabelledField, describedBy } from './fieldParts';

interface Props extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  rows?: number;
}

/** A labelled multi-line text field. */
export function TextAreaField(p: Props) {
  return (
    <LabelledField p={p}>
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
    </LabelledField>
  );
}
