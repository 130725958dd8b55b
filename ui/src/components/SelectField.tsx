import { Select, SelectOption } from '@utrecht/component-library-react';
import { useText } from '../i18n/useText';
import { type FieldProps, LabelledField, describedBy } from './fieldParts';

export interface SelectOptionItem {
  value: string;
  /** Visible text, already translated. */
  text: string;
}

interface Props extends FieldProps {
  value: string;
  options: SelectOptionItem[];
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Text of the empty first option; without it there is no empty option. */
  emptyText?: string | false;
}

/** A labelled select. By default the first option is an empty "Kies…" (value ''). */
export function SelectField(p: Props) {
  const { t } = useText();
  const empty = p.emptyText === undefined ? t('form-choose') : p.emptyText;
  return (
    <LabelledField p={p}>
      <Select
        id={p.id}
        data-testid={p.testId}
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
        onBlur={p.onBlur}
        invalid={Boolean(p.error)}
        required={p.required}
        aria-describedby={describedBy(p)}
      >
        {empty !== false ? <SelectOption value="">{empty}</SelectOption> : null}
        {p.options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.text}
          </SelectOption>
        ))}
      </Select>
    </LabelledField>
  );
}
