import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import * as api from '../../../api/contract.gen';
import type { Appointment, ErrorPayload, PlacementView, VerzuimCase } from '../../../api/contract.gen';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { msg } from '../../../i18n/msg';
import { useText } from '../../../i18n/useText';
import { useCoachName } from '../../shared/useCoachName';
import { AbsenceForm } from './AbsenceForm';
import { AccountForm } from './AccountForm';
import { ControlForm } from './ControlForm';
import { VerzuimDecisionForm } from './VerzuimDecisionForm';
import { VerzuimItem, type VerzuimStep } from './VerzuimItem';

interface Props {
  residentId: string;
  /** The resident's appointments (a missed one can be the reason of a report). */
  appointments: readonly Appointment[];
  onChanged: () => void;
}

type Open = { what: 'new' } | { what: VerzuimStep; id: string } | null;

const NOTICES: Record<string, string> = {
  new: msg('verzuim-notice-reported'),
  control: msg('verzuim-notice-control'),
  account: msg('verzuim-notice-account'),
  decide: msg('verzuim-notice-decided'),
};

/**
 * Verzuim: absences from the workplace or the programme, the controller's check, the
 * resident's own account (hoor en wederhoor) and the decision a named person takes.
 */
export function VerzuimTab({ residentId, appointments, onChanged }: Props) {
  const { t } = useText();
  const coachName = useCoachName();
  const [cases, setCases] = useState<VerzuimCase[] | null>(null);
  const [placements, setPlacements] = useState<PlacementView[]>([]);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<{ id: string; n: number } | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    api.verzuimCases({ resident_id: residentId }).then(setCases, setFailure);
    api.placements({ resident_id: residentId }).then((p) => setPlacements(p ?? []), setFailure);
  }, [residentId]);
  useLayoutEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const saved = (c: VerzuimCase[]) => {
    const what = open?.what ?? 'new';
    setCases(c);
    setOpen(null);
    setNotice((old) => ({ id: NOTICES[what] ?? NOTICES.new ?? '', n: (old?.n ?? 0) + 1 }));
    onChanged();
  };
  const cancel = () => {
    const wasNew = open?.what === 'new';
    setOpen(null);
    if (wasNew) requestAnimationFrame(() => newButton.current?.focus());
  };

  return (
    <>
      <Heading2>{t('file-tab-verzuim')}</Heading2>
      <Paragraph>{t('verzuim-intro')}</Paragraph>
      <ErrorAlert error={failure} testId="verzuim-load-failure" />
      <p ref={noticeRef} role="status" tabIndex={-1} className="werkpad-notice werkpad-focus-target" data-testid="verzuim-notice">
        {notice ? t(notice.id) : ''}
      </p>
      {open?.what === 'new' ? (
        <AbsenceForm residentId={residentId} placements={placements} appointments={appointments} onSaved={saved} onCancel={cancel} />
      ) : (
        <Button ref={newButton} appearance="primary-action-button" data-testid="absence-new" onClick={() => setOpen({ what: 'new' })}>
          {t('absence-new')}
        </Button>
      )}
      <section aria-labelledby="verzuim-list-heading" className="werkpad-section">
        <Heading3 id="verzuim-list-heading">{t('verzuim-list-title')}</Heading3>
        {cases === null ? (
          failure ? null : <Paragraph>{t('app-loading')}</Paragraph>
        ) : cases.length === 0 ? (
          <Paragraph data-testid="verzuim-empty">{t('verzuim-empty')}</Paragraph>
        ) : (
          <ul className="werkpad-reports" data-testid="verzuim-list">
            {cases.map((c) => {
              const mine = open !== null && open.what !== 'new' && open.id === c.id ? open.what : null;
              return (
                <VerzuimItem key={c.id} residentId={residentId} verzuim={c} busy={mine !== null} onOpen={(what) => setOpen({ what, id: c.id })}>
                  {mine === 'control' ? <ControlForm residentId={residentId} verzuim={c} onSaved={saved} onCancel={cancel} /> : null}
                  {mine === 'account' ? <AccountForm residentId={residentId} verzuim={c} onSaved={saved} onCancel={cancel} /> : null}
                  {mine === 'decide' ? (
                    <VerzuimDecisionForm residentId={residentId} verzuim={c} coachName={coachName} onSaved={saved} onCancel={cancel} />
                  ) : null}
                </VerzuimItem>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
