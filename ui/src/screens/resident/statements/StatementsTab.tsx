import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { ErrorPayload, PrintFile, StatementsOverview } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useText } from '../../../i18n/useText';
import { useCoachName } from '../../shared/useCoachName';
import { DecisionList, type Recipients } from './DecisionList';
import { IssuedList } from './IssuedList';
import { OtherDocuments, type OtherDocument } from './OtherDocuments';
import { PrintActions } from './PrintActions';
import { Verklaring56Section } from './Verklaring56Section';

interface Props {
  residentId: string;
  /** Something was stored: the app refreshes its pending-changes count. */
  onChanged: () => void;
}

/** The last file made, and where on the page its actions are shown. */
interface Printed {
  at: string;
  file: PrintFile | null;
  error: ErrorPayload | null;
}

/**
 * Verklaringen: the verklaring 56+ (advice, decision, printing), the statements issued so
 * far with the sharing register, and the other documents Werkpad prints.
 */
export function StatementsTab({ residentId, onChanged }: Props) {
  const { t } = useText();
  const coachName = useCoachName();
  const [overview, setOverview] = useState<StatementsOverview | null>(null);
  const [loadError, setLoadError] = useState<ErrorPayload | null>(null);
  const [printed, setPrinted] = useState<Printed | null>(null);
  const [busyAt, setBusyAt] = useState<string | null>(null);

  const load = useCallback(() => {
    api.statementsOverview({ resident_id: residentId }).then(
      (o) => {
        setOverview(o);
        setLoadError(null);
      },
      (e: ErrorPayload) => setLoadError(e),
    );
  }, [residentId]);

  useEffect(load, [load]);

  const changed = () => {
    load();
    onChanged();
  };

  /** Makes a PDF; `stores` when it records an issued statement (then the overview changes). */
  const print = async (at: string, make: () => Promise<PrintFile>, stores: boolean) => {
    setBusyAt(at);
    setPrinted(null);
    try {
      const file = await make();
      setPrinted({ at, file, error: null });
      if (stores) changed();
    } catch (e) {
      setPrinted({ at, file: null, error: e as ErrorPayload });
    } finally {
      setBusyAt(null);
    }
  };

  const actionsAt = (at: string, testId: string) => (
    <PrintActions
      file={printed?.at === at ? printed.file : null}
      error={printed?.at === at ? printed.error : null}
      testId={testId}
    />
  );

  const issue = (decisionId: string, to: Recipients) =>
    print(`decision-${decisionId}`, () => api.verklaring56Issue({ decision_id: decisionId, ...to }), true);
  const reprint = (statementId: string) =>
    print('issued', () => api.statementReprint({ statement_id: statementId }), true);
  const makeOther = (doc: OtherDocument) =>
    print(
      'other',
      () => {
        if (doc === 'inzage') return api.inzageExport({ resident_id: residentId });
        if (doc === 'privacy') return api.privacyStatement();
        return api.statementIssue({ resident_id: residentId, kind: doc });
      },
      doc !== 'privacy',
    );

  return (
    <>
      <Heading2>{t('file-tab-statements')}</Heading2>
      <Paragraph className="werkpad-muted">{t('statements-print-folder')}</Paragraph>
      <Verklaring56Section residentId={residentId} coachName={coachName} onDecided={changed} />
      {overview ? (
        <>
          <DecisionList
            decisions={overview.decisions}
            busyAt={busyAt}
            onIssue={(id, to) => void issue(id, to)}
            actionsFor={(id) => actionsAt(`decision-${id}`, `decision-print-${id}`)}
          />
          <IssuedList
            statements={overview.statements}
            disclosures={overview.disclosures}
            busy={busyAt === 'issued'}
            onReprint={(id) => void reprint(id)}
            actions={actionsAt('issued', 'issued-print')}
          />
        </>
      ) : loadError ? (
        <ErrorAlert error={loadError} testId="statements-load-error" />
      ) : (
        <Paragraph>{t('app-loading')}</Paragraph>
      )}
      <OtherDocuments busy={busyAt === 'other'} onMake={(doc) => void makeOther(doc)} actions={actionsAt('other', 'other-print')} />
    </>
  );
}
