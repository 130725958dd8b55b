import {
  Button,
  Heading2,
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
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../api/contract.gen';
import type { EmployerRecord, ErrorPayload, Workplace } from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { useText } from '../../i18n/useText';
import { CsvImport } from './CsvImport';
import { EmployerForm } from './EmployerForm';

interface Props {
  onOpen: (employerId: string) => void;
}

interface Loaded {
  employers: EmployerRecord[];
  /** Workplaces per employer id. */
  counts: Map<string, number>;
}

function countByEmployer(workplaces: Workplace[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of workplaces) counts.set(w.employer_id, (counts.get(w.employer_id) ?? 0) + 1);
  return counts;
}

/**
 * Werkgevers: every employer on this laptop (shared by the team) with its place and number
 * of workplaces, a form for a new one, and an import of a CSV file.
 */
export function Employers({ onOpen }: Props) {
  const { t } = useText();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(() => {
    Promise.all([api.employers(), api.workplaces()]).then(
      ([employers, workplaces]) => {
        setLoaded({ employers: employers ?? [], counts: countByEmployer(workplaces ?? []) });
        setFailure(null);
      },
      (e: ErrorPayload) => setFailure(e),
    );
  }, []);
  useEffect(load, [load]);

  useLayoutEffect(() => {
    if (adding) formHeading.current?.focus();
  }, [adding]);

  const closeForm = () => {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <>
      <PageHeading>{t('employers-title')}</PageHeading>
      <Paragraph>{t('employers-intro')}</Paragraph>
      <ErrorAlert error={failure} />
      {adding ? (
        <section aria-labelledby="employer-new-heading" className="werkpad-section werkpad-subform">
          <Heading2 id="employer-new-heading" ref={formHeading} tabIndex={-1} className="werkpad-focus-target">
            {t('employer-new-title')}
          </Heading2>
          <EmployerForm employer={null} onSaved={(e) => onOpen(e.id)} onCancel={closeForm} />
        </section>
      ) : (
        <Button ref={addButton} appearance="primary-action-button" data-testid="employer-new" onClick={() => setAdding(true)}>
          {t('employer-new')}
        </Button>
      )}
      <p className="werkpad-result-count" role="status" aria-live="polite">
        {loaded ? t('employers-count', { count: loaded.employers.length }) : t('app-loading')}
      </p>
      {loaded && loaded.employers.length === 0 ? <Paragraph>{t('employers-empty')}</Paragraph> : null}
      {loaded && loaded.employers.length > 0 ? (
        <div className="werkpad-table-scroll">
          <Table>
            <TableCaption className="werkpad-visually-hidden">{t('employers-caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('employers-col-name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers-col-place')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers-col-workplaces')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {loaded.employers.map((e) => (
                <TableRow key={e.id} data-testid="employer-row" data-employer-id={e.id}>
                  <TableHeaderCell scope="row">
                    <LinkButton inline data-testid="employer-open" onClick={() => onOpen(e.id)}>
                      {e.name}
                    </LinkButton>
                  </TableHeaderCell>
                  <TableCell>{e.address.woonplaats}</TableCell>
                  <TableCell data-testid="employer-workplace-count">{loaded.counts.get(e.id) ?? 0}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      <CsvImport onImported={load} />
    </>
  );
}
