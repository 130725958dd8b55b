import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import * as api from '../../api/contract.gen';
import type { ErrorPayload, FetchedReport, FetchedTeams, ReportInput } from '../../api/contract.gen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { formatDate, formatInstant } from '../../i18n/format';
import { useText } from '../../i18n/useText';
import { ReportTable } from './ReportTable';
import { defaultPeriod, lastMonths, monthLabel } from './format';
import './reports.css';

/** How far back the month pickers go (the server allows 60 months per report). */
const MONTHS_BACK = 60;
/** The team picker's value for every team. */
const ALL = 'all';

/**
 * Managementinformatie, for team leads (their own team) and policy staff (any team or all
 * teams): figures from the server, aggregates only, with charts where looking is easier
 * than reading and every table as a real table. Offline it shows the last fetched figures
 * of the same question, and says so. The server decides who sees what; this screen only
 * shows what it answered.
 */
export function Reports({ today = new Date() }: { today?: Date }) {
  const { t } = useText();
  const months = lastMonths(today, MONTHS_BACK);
  const initial = defaultPeriod(today);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [team, setTeam] = useState<string>('');
  const [teams, setTeams] = useState<FetchedTeams | null>(null);
  const [fetched, setFetched] = useState<{ input: ReportInput; result: FetchedReport } | null>(null);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const fetchReport = async (input: ReportInput) => {
    setBusy(true);
    setFailure(null);
    setStatus('');
    try {
      setFetched({ input, result: await api.reportFetch(input) });
    } catch (e) {
      setFailure(e as ErrorPayload);
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    api.reportTeams().then(
      (list) => {
        setTeams(list);
        const own = list.teams.all_allowed ? ALL : (list.teams.teams[0]?.id ?? ALL);
        setTeam(own);
        void fetchReport({ team: own === ALL ? null : own, from: initial.from, to: initial.to });
      },
      (e) => setFailure(e as ErrorPayload),
    );
    // Once, when the screen opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void fetchReport({ team: team === ALL || team === '' ? null : team, from, to });
  };

  const exportAs = async (kind: 'csv' | 'pdf') => {
    if (!fetched) return;
    setFailure(null);
    setStatus('');
    try {
      if (kind === 'csv') {
        const file = await api.reportSaveCsv(fetched.input);
        const to = await api.printFileSave({ path: file.path });
        if (to) setStatus(t('reports-saved', { path: to }));
      } else {
        const file = await api.reportSavePdf(fetched.input);
        await api.printFileOpen({ path: file.path });
        setStatus(t('reports-pdf-opened'));
      }
    } catch (e) {
      setFailure(e as ErrorPayload);
    }
  };

  const monthOptions = months.map((m) => ({ value: m, text: monthLabel(m, t, true) }));
  const list = teams?.teams;
  const report = fetched?.result.report;

  return (
    <section aria-labelledby="reports-heading" data-testid="reports" className="werkpad-reports">
      <PageHeading testId="reports-heading">
        <span id="reports-heading">{t('reports-title')}</span>
      </PageHeading>
      <Paragraph>{t('reports-intro')}</Paragraph>
      <form noValidate onSubmit={submit} className="werkpad-section werkpad-report-form" aria-label={t('reports-choose')}>
        <SelectField
          id="reports-from"
          testId="reports-from"
          label={t('reports-from')}
          value={from}
          options={[...monthOptions].reverse()}
          emptyText={false}
          onChange={setFrom}
        />
        <SelectField
          id="reports-to"
          testId="reports-to"
          label={t('reports-to')}
          value={to}
          options={[...monthOptions].reverse()}
          emptyText={false}
          onChange={setTo}
        />
        {list?.all_allowed ? (
          <SelectField
            id="reports-team"
            testId="reports-team"
            label={t('reports-team')}
            value={team}
            options={[{ value: ALL, text: t('report-all-teams') }, ...list.teams.map((x) => ({ value: x.id, text: x.name }))]}
            emptyText={false}
            onChange={setTeam}
          />
        ) : list?.teams[0] ? (
          <p className="werkpad-report-team" data-testid="reports-own-team">
            {t('reports-team')}: {list.teams[0].name}
          </p>
        ) : null}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" data-testid="reports-show" busy={busy} disabled={busy}>
            {t('reports-show')}
          </Button>
        </ButtonGroup>
      </form>
      {teams?.from_cache ? (
        <Paragraph className="werkpad-notice">{t('reports-teams-cached', { fetched: formatInstant(teams.fetched_at) })}</Paragraph>
      ) : null}
      <ErrorAlert error={failure} testId="reports-error" />
      <div role="status" aria-live="polite" data-testid="reports-status">
        {busy ? <Paragraph>{t('reports-loading')}</Paragraph> : null}
        {status ? <Paragraph>{status}</Paragraph> : null}
      </div>
      {fetched && report ? (
        <div data-testid="reports-result">
          <p className="werkpad-report-asof" data-testid="reports-as-of">
            <strong>{t('reports-as-of', { date: formatDate(report.as_of) })}</strong>
            {' · '}
            {report.team ?? t('report-all-teams')}
            {' · '}
            {t('report-period', { from: monthLabel(report.from, t, true), to: monthLabel(report.to, t, true) })}
          </p>
          {fetched.result.from_cache ? (
            <Alert type="warning" data-testid="reports-cached">
              <Paragraph>{t('reports-cached', { fetched: formatInstant(fetched.result.fetched_at) })}</Paragraph>
            </Alert>
          ) : null}
          <ButtonGroup>
            <Button appearance="secondary-action-button" data-testid="reports-csv" onClick={() => void exportAs('csv')}>
              {t('reports-save-csv')}
            </Button>
            <Button appearance="secondary-action-button" data-testid="reports-pdf" onClick={() => void exportAs('pdf')}>
              {t('reports-print-pdf')}
            </Button>
          </ButtonGroup>
          <p className="werkpad-report-legend" data-testid="reports-legend">
            {t('report-legend-hidden', { threshold: report.threshold })}
          </p>
          {report.tables.length === 0 ? <Paragraph>{t('reports-no-tables')}</Paragraph> : null}
          {report.tables.map((table, i) => (
            <ReportTable key={table.id} table={table} index={i} />
          ))}
        </div>
      ) : null}
    </section>
  );
}
