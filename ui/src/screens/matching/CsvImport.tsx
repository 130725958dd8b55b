import { Alert, Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type ChangeEvent, useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../api/contract.gen';
import type { CsvImportReport, CsvLineErrors } from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LabelledField, describedBy } from '../../components/fieldParts';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useText } from '../../i18n/useText';

interface Props {
  /** Something was stored: reload the list. */
  onImported: () => void;
}

interface Chosen {
  name: string;
  content: string;
}

const FIELD_ID = 'csv-file';

/** The errors of one line: "Regel 3", then one item per column (or that it cannot be read). */
function LineReport({ line }: { line: CsvLineErrors }) {
  const { t } = useText();
  return (
    <li data-testid="csv-line" data-line={line.line}>
      <strong>{t('csv-line', { line: line.line })}</strong>
      <ul>
        {line.unreadable !== null ? <li data-testid="csv-line-error">{t('csv-line-unreadable')}</li> : null}
        {line.errors.map((e, i) => (
          <li key={`${e.field}-${i}`} data-testid="csv-line-error">
            {t('csv-column-error', { column: e.field, message: t(e.message_id, e.args) })}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** What an import did: the counts, or every line with errors (then nothing was stored). */
export function CsvReport({ report }: { report: CsvImportReport }) {
  const { t } = useText();
  if (report.errors.length > 0) {
    return (
      <Alert type="error" data-testid="csv-report-errors">
        <Heading3>{t('csv-errors-title', { count: report.errors.length })}</Heading3>
        <Paragraph>{t('csv-errors-nothing-stored')}</Paragraph>
        <ul className="werkpad-csv-lines">
          {report.errors.map((line, i) => (
            <LineReport key={`${line.line}-${i}`} line={line} />
          ))}
        </ul>
      </Alert>
    );
  }
  return (
    <Alert type="ok" data-testid="csv-report-ok">
      <Paragraph>
        {t('csv-imported', { employers: report.employers_created, workplaces: report.workplaces_created })}
      </Paragraph>
    </Alert>
  );
}

/**
 * "Importeren uit CSV": the coach picks a file, the window reads it as text and hands it to
 * the backend, which stores all rows or none.
 */
export function CsvImport({ onImported }: Props) {
  const { t } = useText();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [missing, setMissing] = useState(false);
  const [report, setReport] = useState<CsvImportReport | null>(null);
  const form = useFormSubmit();
  const result = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (report) result.current?.focus();
  }, [report]);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setReport(null);
    setMissing(false);
    setChosen(file ? { name: file.name, content: await file.text() } : null);
  };

  const submit = () => {
    setReport(null);
    if (!chosen) {
      setMissing(true);
      document.getElementById(FIELD_ID)?.focus();
      return;
    }
    void form.submit(async () => {
      const r = await api.workplacesImportCsv({ content: chosen.content });
      setReport(r);
      if (r.errors.length === 0) onImported();
    });
  };

  const field = {
    id: FIELD_ID,
    label: t('csv-file'),
    description: t('csv-file-description'),
    error: missing ? t('csv-file-missing') : undefined,
  };
  return (
    <section aria-labelledby="csv-heading" className="werkpad-section">
      <Heading2 id="csv-heading">{t('csv-title')}</Heading2>
      <Paragraph>{t('csv-intro')}</Paragraph>
      <Paragraph className="werkpad-muted">{t('csv-columns')}</Paragraph>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <LabelledField p={field}>
          <input
            id={FIELD_ID}
            data-testid="csv-file"
            type="file"
            accept=".csv,text/csv"
            className="werkpad-file-input"
            aria-describedby={describedBy(field)}
            aria-invalid={missing || undefined}
            onChange={(e) => void pick(e)}
          />
        </LabelledField>
        <Button type="submit" appearance="secondary-action-button" data-testid="csv-import" busy={form.busy} disabled={form.busy}>
          {t('csv-import')}
        </Button>
      </form>
      <ErrorAlert error={form.failure} testId="csv-failure" />
      <div ref={result} tabIndex={-1} className="werkpad-focus-target" data-testid="csv-report">
        {report ? <CsvReport report={report} /> : null}
      </div>
    </section>
  );
}
