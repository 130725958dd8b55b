import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import * as api from '../../api/contract.gen';
import type { OccupationHit, OccupationRef } from '../../api/contract.gen';
import { Description, ErrorText, type FieldProps, LabelText, describedBy } from '../../components/fieldParts';
import { TextField } from '../../components/TextField';
import { useDebouncedCallback } from '../../components/useDebounced';
import { useText } from '../../i18n/useText';

export const OCCUPATION_SEARCH_DEBOUNCE_MS = 200;
const MIN_LETTERS = 2;

interface Props extends FieldProps {
  /** The picked occupations (at most one unless `multiple`). */
  value: OccupationRef[];
  onChange: (value: OccupationRef[]) => void;
  multiple?: boolean;
}

type SearchState = { kind: 'idle' } | { kind: 'short' } | { kind: 'hits'; hits: OccupationHit[] } | { kind: 'failed' };

/**
 * Pick ESCO occupations by typing part of a name: the hits show the synonym that matched
 * ("ook: vorkheftruckchauffeur"), so the coach sees why a hit is there. The picked ones are
 * listed above the search box, each with a button to remove it. `id` goes on the search box
 * (error summary links point there).
 */
export function OccupationSearch(p: Props) {
  const { t } = useText();
  const [text, setText] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const [picked, setPicked] = useState<string | null>(null);
  const request = useRef(0);
  const testId = p.testId ?? p.id;

  const search = useDebouncedCallback((q: string) => {
    const n = ++request.current;
    api.occupationSearch({ text: q }).then(
      (hits) => n === request.current && setState({ kind: 'hits', hits: hits ?? [] }),
      () => n === request.current && setState({ kind: 'failed' }),
    );
  }, OCCUPATION_SEARCH_DEBOUNCE_MS);

  const type = (v: string) => {
    setText(v);
    setPicked(null);
    if (v.trim().length < MIN_LETTERS) {
      search.cancel();
      request.current += 1;
      setState(v.trim() ? { kind: 'short' } : { kind: 'idle' });
    } else {
      search(v.trim());
    }
  };

  const pick = (hit: OccupationHit) => {
    const ref: OccupationRef = { id: hit.id, label: hit.label, isco_group: hit.isco_group };
    const rest = p.multiple ? p.value.filter((o) => o.id !== hit.id) : [];
    p.onChange([...rest, ref]);
    setText('');
    setState({ kind: 'idle' });
    setPicked(hit.label);
    document.getElementById(p.id)?.focus();
  };

  const status =
    picked !== null
      ? t('occupation-picked', { label: picked })
      : state.kind === 'short'
        ? t('occupation-search-short', { min: MIN_LETTERS })
        : state.kind === 'failed'
          ? t('occupation-search-failed')
          : state.kind === 'hits'
            ? state.hits.length > 0
              ? t('occupation-search-count', { count: state.hits.length })
              : t('occupation-search-none')
            : '';

  // The group's description and error get ids of their own: `id` is the search box's.
  const group = { ...p, id: `${p.id}-group` };
  return (
    <Fieldset className="utrecht-form-fieldset--distanced" invalid={Boolean(p.error)} aria-describedby={describedBy(group)}>
      <FieldsetLegend>
        <LabelText label={p.label} required={p.required} />
      </FieldsetLegend>
      <Description p={group} />
      <ErrorText p={group} />
      {p.value.length > 0 ? (
        <ul className="werkpad-chosen" data-testid={`${testId}-chosen`}>
          {p.value.map((o) => (
            <li key={o.id} className="werkpad-chosen__item">
              <span>
                {o.label} <span className="werkpad-muted">{t('occupation-group', { group: o.isco_group })}</span>
              </span>
              <Button
                appearance="subtle-button"
                aria-label={t('occupation-remove-label', { label: o.label })}
                onClick={() => p.onChange(p.value.filter((x) => x.id !== o.id))}
              >
                {t('occupation-remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="werkpad-muted">{p.multiple ? t('occupation-none-chosen-multiple') : t('occupation-none-chosen')}</p>
      )}
      <TextField
        id={p.id}
        testId={`${testId}-search`}
        type="search"
        label={p.value.length > 0 && !p.multiple ? t('occupation-search-other') : t('occupation-search')}
        description={t('occupation-search-description')}
        value={text}
        spellCheck={false}
        onChange={type}
      />
      <p role="status" aria-live="polite" className="werkpad-muted" data-testid={`${testId}-status`}>
        {status}
      </p>
      {state.kind === 'hits' && state.hits.length > 0 ? (
        <ul className="werkpad-hits" aria-label={t('occupation-hits-label')}>
          {state.hits.map((h) => (
            <li key={h.id}>
              <Button appearance="secondary-action-button" data-testid={`${testId}-hit`} onClick={() => pick(h)}>
                {h.label}
                {h.matched_synonym ? (
                  <span className="werkpad-hits__synonym"> {t('occupation-synonym', { synonym: h.matched_synonym })}</span>
                ) : null}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </Fieldset>
  );
}
