import { Textbox } from '@utrecht/component-library-react';
import type { HTMLAttributes } from 'react';
import { type FieldProps, LabelledField, describedBy } from './fieldParts';

interface Props extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** The coach pressed Enter in the field. */
  onEnter?: () => void;
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
    <LabelledField p={p}>
      <Textbox
        id={p.id}
        data-testid={p.testId}
        type={p.type ?? 'text'}
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
        onBlur={p.onBlur}
        onKeyDown={p.onEnter ? (e) => e.key === 'Enter' && p.onEnter?.() : undefined}
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
    </LabelledField>
  );
}
