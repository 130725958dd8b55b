import {
  Button,
  ButtonGroup,
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
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { TRAJECT_STATES, type ErrorPayload, type ResidentSummary, type TrajectState } from '../api/contract.gen';
import { labelOf } from '../api/labels';
import * as api from '../api/contract.gen';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeading } from '../components/PageHeading';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useSettledSearch } from '../components/useSettledSearch';
import { formatDate, formatPostcode, formatWallTime } from '../i18n/format';
import { useText } from '../i18n/useText';

type StateFilter = TrajectState | '';
type Search = (text: string, state: StateFilter) => void;

/** What the list shows: the rows so far and what the last answer said about the rest. */
interface Shown {
  rows: ResidentSummary[];
  /** Residents in the list in all; null for a search. */
  total: number | null;
  more: boolean;
  /** The search and filter these rows are for ("Meer tonen" continues them). */
  text: string;
  state: StateFilter;
}

/**
 * The coach's residents: a page of the list at a time ("Meer tonen"), search as you type,
 * filter on traject state, open a file.
 *
 * The access log: the backend logs each page of the list itself; a search result is logged
 * once it has settled (`useSettledSearch`: 1.5 s on screen without a newer one, Enter in the
 * search box, or a result opened), not on every keystroke.
 *
 * Rendering is split so that a keystroke stays cheap: the search box and its text live in
 * `CaseloadFilters`, so typing re-renders only the two fields; the table
 * (`CaseloadResults`, rows memoised on what they show) renders only when a new result
 * arrives, and then only the rows that changed.
 */
export function Caseload({ onOpen }: { onOpen: (residentId: string) => void }) {
  const { t } = useText();
  const [shown, setShown] = useState<Shown | null>(null);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const request = useRef(0);
  const table = useRef<HTMLDivElement>(null);
  /** After "Meer tonen": the row whose open button gets the focus once it is shown. */
  const focusRow = useRef<number | null>(null);

  // The search on screen, for the access log. A failure is not shown: the coach can do
  // nothing about it, and `locked` already takes her to the unlock screen.
  const settled = useSettledSearch<StateFilter>((text, state) => {
    api.caseloadSearchSettled({ text, state: state || null }).catch(() => undefined);
  });

  // One stable callback for every row, whatever the parent passes on each render.
  const onOpenRef = useRef(onOpen);
  useLayoutEffect(() => {
    onOpenRef.current = onOpen;
  });
  const open = useCallback(
    (id: string) => {
      settled.now();
      onOpenRef.current(id);
    },
    [settled],
  );

  const load = useCallback<Search>((q, s) => {
    const n = ++request.current;
    const text = q.trim();
    setLoadingMore(false);
    api.caseload({ state: s || null, text: text || null }).then(
      (page) => {
        if (n !== request.current) return; // a newer search is under way
        setShown({ ...page, text, state: s });
        settled.shown(text, s);
        setFailure(null);
      },
      (e: ErrorPayload) => {
        if (n === request.current) setFailure(e);
      },
    );
  }, [settled]);

  const loadMore = useCallback(() => {
    if (!shown || loadingMore) return;
    const n = ++request.current;
    setLoadingMore(true);
    const { text, state, rows } = shown;
    api.caseload({ state: state || null, text: text || null, offset: rows.length }).then(
      (page) => {
        if (n !== request.current) return;
        focusRow.current = page.rows.length > 0 ? rows.length : null;
        setShown({ ...page, rows: [...rows, ...page.rows], text, state });
        setFailure(null);
        setLoadingMore(false);
      },
      (e: ErrorPayload) => {
        if (n !== request.current) return;
        setFailure(e);
        setLoadingMore(false);
      },
    );
  }, [shown, loadingMore]);

  // The keyboard user who asked for more continues at the first new row.
  useLayoutEffect(() => {
    const i = focusRow.current;
    if (i === null) return;
    focusRow.current = null;
    table.current?.querySelectorAll<HTMLElement>('[data-testid="caseload-open"]')[i]?.focus();
  }, [shown]);

  useEffect(() => {
    load('', '');
    // Load once on open; later loads follow the search box and the filter.
  }, [load]);

  const rows = shown?.rows ?? null;
  return (
    <>
      <PageHeading>{t('caseload-title')}</PageHeading>
      <CaseloadFilters onSearch={load} onEnter={settled.now} />
      <ErrorAlert error={failure} />
      <p className="werkpad-result-count" role="status" aria-live="polite">
        {shown ? countText(t, shown) : t('app-loading')}
      </p>
      {rows && rows.length === 0 ? <Paragraph>{t('caseload-empty')}</Paragraph> : null}
      {rows && rows.length > 0 ? (
        <div ref={table}>
          <CaseloadResults rows={rows} onOpen={open} />
        </div>
      ) : null}
      {shown?.more && shown.total !== null ? (
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            data-testid="caseload-more"
            busy={loadingMore}
            onClick={loadMore}
          >
            {t('caseload-more')}
          </Button>
        </ButtonGroup>
      ) : null}
    </>
  );
}

/** "50 van 10.000 inwoners", "3 inwoners gevonden", or the first 50 of a longer search. */
function countText(t: ReturnType<typeof useText>['t'], shown: Shown): string {
  const count = shown.rows.length;
  if (shown.total !== null && shown.more) return t('caseload-count-partial', { count, total: shown.total });
  if (shown.total === null && shown.more) return t('caseload-count-search-more', { count });
  return t('caseload-count', { count });
}

const StateSelect = memo(SelectField);

/**
 * The search box and the traject-state filter. Every keystroke searches at once: a search
 * answers in a few milliseconds (BENCHMARKS.md, desktop app), an answer to an older text is
 * dropped (`load`), and a pause before searching would only make the coach wait. Owns the
 * typed text, so a keystroke re-renders this component only.
 */
const CaseloadFilters = memo(function CaseloadFilters({ onSearch, onEnter }: { onSearch: Search; onEnter: () => void }) {
  const { t } = useText();
  const [text, setText] = useState('');
  const [state, setState] = useState<StateFilter>('');
  // The latest text for the filter's search, without re-creating its handler.
  const textRef = useRef(text);

  const options = useMemo(() => TRAJECT_STATES.map((s) => ({ value: s.value, text: t(s.label) })), [t]);
  const onStateChange = useCallback(
    (v: string) => {
      const next = (v || '') as StateFilter;
      setState(next);
      onSearch(textRef.current, next);
    },
    [onSearch],
  );

  return (
    <div role="search" className="werkpad-filters" aria-label={t('caseload-search-region')}>
      <TextField
        id="caseload-search"
        testId="caseload-search"
        type="search"
        label={t('caseload-search')}
        description={t('caseload-search-description')}
        value={text}
        spellCheck={false}
        onEnter={onEnter}
        onChange={(v) => {
          textRef.current = v;
          setText(v);
          onSearch(v, state);
        }}
      />
      <StateSelect
        id="caseload-state"
        testId="caseload-state"
        label={t('caseload-state')}
        value={state}
        emptyText={t('caseload-state-all')}
        options={options}
        onChange={onStateChange}
      />
    </div>
  );
});

/**
 * The result table; renders only when the rows (or the open callback) change. Rows are
 * keyed by position, not by resident: a new result then updates the texts of the rows
 * already on screen instead of removing them and building new ones (fewer elements to
 * create and style per keystroke). Rows hold no state, and while a search runs the focus
 * is in the search box or the filter, so a reused row does not carry focus to another
 * resident.
 */
const CaseloadResults = memo(function CaseloadResults({
  rows,
  onOpen,
}: {
  rows: ResidentSummary[];
  onOpen: (residentId: string) => void;
}) {
  return (
    <div className="werkpad-table-scroll">
      <Table className="werkpad-caseload-table">
        <CaseloadTableHead />
        <TableBody>
          {rows.map((r, i) => (
            <CaseloadRow key={i} resident={r} onOpen={onOpen} />
          ))}
        </TableBody>
      </Table>
    </div>
  );
});

/** Caption and column headers: the same for every result, rendered once per locale. */
const CaseloadTableHead = memo(function CaseloadTableHead() {
  const { t } = useText();
  return (
    <>
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
    </>
  );
});

interface RowProps {
  resident: ResidentSummary;
  onOpen: (residentId: string) => void;
}

/**
 * Each search answers with new objects: a row compares what it shows, not identity, so a
 * row that shows the same resident as before is not rendered again.
 */
function sameRow(a: RowProps, b: RowProps): boolean {
  const x = a.resident;
  const y = b.resident;
  return (
    a.onOpen === b.onOpen &&
    x.id === y.id &&
    x.display_name === y.display_name &&
    x.birth_date === y.birth_date &&
    x.postcode === y.postcode &&
    x.woonplaats === y.woonplaats &&
    x.traject_state === y.traject_state &&
    (x.next_appointment ?? null) === (y.next_appointment ?? null) &&
    (x.reassess_on ?? null) === (y.reassess_on ?? null) &&
    (x.answer_due_on ?? null) === (y.answer_due_on ?? null)
  );
}

/** `on` lies within `days` days from today (or has passed). */
function within(on: string | null | undefined, days: number): boolean {
  if (!on) return false;
  const soon = new Date();
  soon.setDate(soon.getDate() + days);
  return on <= soon.toISOString().slice(0, 10);
}

/** A re-assessment of the loonwaarde is due within four weeks (or overdue). */
const reassessSoon = (on: string | null | undefined) => within(on, 28);

/** An answer (UWV's, or the resident's account) is due within a week (or overdue). */
const answerSoon = (on: string | null | undefined) => within(on, 7);

const CaseloadRow = memo(function CaseloadRow({ resident: r, onOpen }: RowProps) {
  const { t } = useText();
  const stateLabel = labelOf(TRAJECT_STATES, r.traject_state);
  const id = r.id;
  const open = useCallback(() => onOpen(id), [onOpen, id]);
  return (
    <TableRow data-testid="caseload-row" data-resident-id={id}>
      <TableHeaderCell scope="row">
        <LinkButton inline data-testid="caseload-open" onClick={open}>
          {r.display_name}
        </LinkButton>
      </TableHeaderCell>
      <TableCell>{formatDate(r.birth_date)}</TableCell>
      <TableCell>{formatPostcode(r.postcode)}</TableCell>
      <TableCell>{r.woonplaats ?? ''}</TableCell>
      <TableCell>
        {stateLabel ? t(stateLabel) : t('caseload-no-traject')}
        {reassessSoon(r.reassess_on) && (
          <>
            <br />
            <span data-testid="caseload-reassess">
              {t('caseload-reassess-due', { date: formatDate(r.reassess_on) })}
            </span>
          </>
        )}
        {answerSoon(r.answer_due_on) && (
          <>
            <br />
            <span data-testid="caseload-answer-due">
              {t('caseload-answer-due', { date: formatDate(r.answer_due_on) })}
            </span>
          </>
        )}
      </TableCell>
      <TableCell>{r.next_appointment ? formatWallTime(r.next_appointment) : t('caseload-no-appointment')}</TableCell>
    </TableRow>
  );
}, sameRow);
