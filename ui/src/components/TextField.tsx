import { FormField, FormLabel, Textbox } from '@utrecht/component-library-react';
import type { HTMLAttributes } from 'react';
import { Description, ErrorText, type FieldProps, LabelText, describedBy } from './fieldParts';

interface Props extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  type?: 'text' | 'search' | 'password' | 'email' | 'tel' | 'number' | 'time';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  autoComplete?: string;
  min?: number;
  max?: number;
  size?: number;
  spellCheck?: boolean;
}

/** A labelled text input with description and error, wired for screen readers. */
export function TextField(p: Props) {
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
        <Textbox
          id={p.id}
          data-testid={p.testId}
          type={p.type ?? 'text'}
          value={p.value}
          onChange={(e) => p.onChange(e.target.value)}
          onBlur={p.onBlur}
          invalid={Boolean(p.error)}
          required={p.required}
          aria-describedby={describedBy(p)}
          inputMode={p.inputMode}
          autoComplete={p.autoComplete ?? 'off'}
          min={p.min}
          max={p.max}
          size={p.size}
          spellCheck={p.spellCheck}
        />
      </div>
    </FormField>
  );
}
