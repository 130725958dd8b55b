import {
  LinkButton,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { labelOf, TRAJECT_STATES } from '../api/choices';
import * as api from '../api/commands';
import type { ErrorPayload, ResidentSummary, TrajectState } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeading } from '../components/PageHeading';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useDebouncedCallback } from '../components/useDebounced';
import { formatDate, formatPostcode, formatWallTime } from '../i18n/format';
import { useText } from '../i18n/useText';

export const SEARCH_DEBOUNCE_MS = 150;

/** The coach's residents: search as you type, filter on traject state, open a file. */
export function Caseload({ onOpen }: { onOpen: (residentId: string) => void }) {
  const { t } = useText();
  const [text, setText] = useState('');
  const [state, setState] = useState<TrajectState | ''>('');
  const [rows, setRows] = useState<ResidentSummary[] | null>(null);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const request = useRef(0);

  const load = (q: string, s: TrajectState | '') => {
    const n = ++request.current;
    api.caseload({ state: s || null, text: q.trim() || null }).then(
      (result) => {
        if (n !== request.current) return; // a newer search is under way
        setRows(result);
        setFailure(null);
      },
      (e: ErrorPayload) => {
        if (n === request.current) setFailure(e);
      },
    );
  };
  const loadLater = useDebouncedCallback(load, SEARCH_DEBOUNCE_MS);

  useEffect(() => {
    load('', '');
    // Load once on open; later loads follow the search box and the filter.
  }, []);

  return (
    <>
      <PageHeading>{t('caseload-title')}</PageHeading>
      <div role="search" className="werkpad-filters" aria-label={t('caseload-search-region')}>
        <TextField
          id="caseload-search"
          testId="caseload-search"
          type="search"
          label={t('caseload-search')}
          description={t('caseload-search-description')}
          value={text}
          spellCheck={false}
          onChange={(v) => {
            setText(v);
            loadLater(v, state);
          }}
        />
        <SelectField
          id="caseload-state"
          testId="caseload-state"
          label={t('caseload-state')}
          value={state}
          emptyText={t('caseload-state-all')}
          options={TRAJECT_STATES.map((s) => ({ value: s.value, text: t(s.label) }))}
          onChange={(v) => {
            const next = (v || '') as TrajectState | '';
            setState(next);
            load(text, next);
          }}
        />
      </div>
      <ErrorAlert error={failure} />
      <p className="werkpad-result-count" role="status" aria-live="polite">
        {rows ? t('caseload-count', { count: rows.length }) : t('app-loading')}
      </p>
      {rows && rows.length === 0 ? <Paragraph>{t('caseload-empty')}</Paragraph> : null}
      {rows && rows.length > 0 ? (
        <div className="werkpad-table-scroll">
          <Table>
            <TableCaption className="werkpad-visually-hidden">{t('caseload-caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('caseload-col-name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('caseload-col-birth-date')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('caseload-col-postcode')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('caseload-col-woonplaats')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('caseload-col-traject')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('caseload-col-next-appointment')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => {
                const stateLabel = labelOf(TRAJECT_STATES, r.traject_state);
                return (
                  <TableRow key={r.id} data-testid="caseload-row" data-resident-id={r.id}>
                    <TableHeaderCell scope="row">
                      <LinkButton inline data-testid="caseload-open" onClick={() => onOpen(r.id)}>
                        {r.display_name}
                      </LinkButton>
                    </TableHeaderCell>
                    <TableCell>{formatDate(r.birth_date)}</TableCell>
                    <TableCell>{formatPostcode(r.postcode)}</TableCell>
                    <TableCell>{r.woonplaats ?? ''}</TableCell>
                    <TableCell>{stateLabel ? t(stateLabel) : t('caseload-no-traject')}</TableCell>
                    <TableCell>
                      {r.next_appointment ? formatWallTime(r.next_appointment) : t('caseload-no-appointment')}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </>
  );
}
