import { DataList, DataListItem, DataListKey } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useText } from '../i18n/useText';

export interface Fact {
  label: string;
  value: ReactNode;
  testId?: string;
}

/**
 * A read-only list of label/value pairs (NLDS data list). Empty values say "Niet ingevuld"
 * in words instead of a bare dash.
 */
export function Facts({ facts, appearance }: { facts: Fact[]; appearance?: 'rows' }) {
  const { t } = useText();
  return (
    <DataList appearance={appearance}>
      {facts.map((f, i) => (
        <DataListItem key={`${f.label}-${i}`}>
          <DataListKey>{f.label}</DataListKey>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid={f.testId}>
            {f.value === '' || f.value === null || f.value === undefined ? (
              <span className="werkpad-empty">{t('value-empty')}</span>
            ) : (
              f.value
            )}
          </dd>
        </DataListItem>
      ))}
    </DataList>
  );
}
